"""Reading of register sheets typed by hand, for the potentials and project imports.

Finds the header row among the first rows (headers in French, Arabic or
English, matched through synonyms), skips blank rows, and turns cells into
numbers and dates the way delegations type them: decimal commas, numbers
stored as text, Excel date serials, ``dd/mm/yyyy``. Bad cells raise
CellError, whose message becomes the row's reason in the rejects file.

NOTE: a small interface of its own until the shared register import
(core/imports/excel.py) is available; callers only use read_sheet,
parse_number, parse_date, parse_flag and write_rejects.
"""

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .errors import MissingDependencyError, ObservatoryError

HEADER_SEARCH_ROWS = 20
EXCEL_EPOCH = date(1899, 12, 30)
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


class CellError(ValueError):
    """A cell that cannot be read as the value its column expects."""


class SheetError(ObservatoryError):
    """A workbook or sheet that cannot be imported at all."""


@dataclass
class SheetRow:
    """One data row: its row number in the sheet and its cells by canonical field."""

    number: int
    values: dict
    original: list = field(default_factory=list)


@dataclass
class Sheet:
    name: str
    header_row: int
    header: list
    columns: dict
    rows: list
    ignored_columns: list


def _openpyxl():
    try:
        import openpyxl
    except ImportError as error:
        raise MissingDependencyError(
            "The Python package openpyxl is needed to read Excel files. On Debian: apt-get install python3-openpyxl"
        ) from error
    return openpyxl


def normalise_header(text):
    """Lower-case, strip accents, tatweel and punctuation so that 'Filière :' matches 'filiere'."""
    text = unicodedata.normalize("NFKD", str(text or "")).replace("\u0640", "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\s_\-./:()'’*]+", " ", text)
    return text.strip()


def _match_columns(cells, synonyms):
    """Return canonical field -> column index for the cells of one candidate header row."""
    lookup = {}
    for canonical, names in synonyms.items():
        for name in (canonical, *names):
            lookup.setdefault(normalise_header(name), canonical)
    columns = {}
    for index, cell in enumerate(cells):
        canonical = lookup.get(normalise_header(cell))
        if canonical is not None and canonical not in columns:
            columns[canonical] = index
    return columns


def _pick_sheet(workbook, sheet_name):
    if sheet_name:
        if sheet_name not in workbook.sheetnames:
            raise SheetError(f"Sheet {sheet_name!r} not found; the workbook has: {', '.join(workbook.sheetnames)}.")
        return [workbook[sheet_name]]
    return list(workbook.worksheets)


def read_sheet(path, synonyms, required, sheet_name=None, skip_sheets=()):
    """Read the first sheet whose header row names every ``required`` field.

    ``synonyms`` maps each canonical field to the headers that stand for it.
    Returns a Sheet whose rows hold raw cell values by canonical field.
    Raises SheetError when the file cannot be opened or no sheet fits.
    """
    if not path or not os.path.isfile(path):
        raise SheetError(f"Input file {path!r} not found.")
    openpyxl = _openpyxl()
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises several unrelated types for a bad file
        raise SheetError(f"{path} cannot be read as an Excel workbook (.xlsx): {error}.") from error

    skipped = {normalise_header(name) for name in skip_sheets}
    found = None
    closest = ("", set())
    try:
        for worksheet in _pick_sheet(workbook, sheet_name):
            if not sheet_name and normalise_header(worksheet.title) in skipped:
                continue
            rows = list(worksheet.iter_rows(values_only=True))
            for position, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
                columns = _match_columns(cells, synonyms)
                if set(required) <= set(columns):
                    found = (worksheet.title, position, rows, columns)
                    break
                if len(columns) > len(closest[1]):
                    closest = (worksheet.title, set(columns))
            if found is not None:
                break
    finally:
        workbook.close()

    if found is None:
        names = ", ".join(f"{name} ({' / '.join(synonyms[name][:2])})" for name in required)
        detail = ""
        if closest[1]:
            missing = ", ".join(name for name in required if name not in closest[1])
            detail = f" The closest header, in sheet {closest[0]!r}, lacks: {missing}."
        raise SheetError(f"No sheet of {os.path.basename(path)} has a header row with the columns {names} "
                         f"in its first {HEADER_SEARCH_ROWS} rows.{detail}")

    title, header_position, rows, columns = found
    header = [str(c) if c is not None else "" for c in rows[header_position]]
    data_rows = []
    for offset, cells in enumerate(rows[header_position + 1:], start=header_position + 2):
        if all(_blank(c) for c in cells):
            continue
        values = {name: (cells[index] if index < len(cells) else None) for name, index in columns.items()}
        data_rows.append(SheetRow(offset, values, list(cells)))
    ignored = [h for i, h in enumerate(header) if h and i not in columns.values()]
    return Sheet(title, header_position + 1, header, columns, data_rows, ignored)


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def parse_text(value):
    """Return the cell as stripped text, or None when blank."""
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_number(value, label="value"):
    """Read a number typed as a number, as text, with a decimal comma or Arabic-Indic digits."""
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(f"{label} {value!r} is not a number.")
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).translate(_ARABIC_INDIC_DIGITS).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+,\d+", text):
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError as error:
        raise CellError(f"{label} {value!r} is not a number.") from error


def parse_integer(value, label="value"):
    number = parse_number(value, label)
    if number is None:
        return None
    if not float(number).is_integer():
        raise CellError(f"{label} {value!r} is not a whole number.")
    return int(number)


def parse_date(value, label="date"):
    """Read a date from a datetime, an Excel serial, dd/mm/yyyy, yyyy-mm-dd or a bare year."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1900 <= value <= 2100 and float(value).is_integer():
            return date(int(value), 1, 1)
        if 1 <= value < 100000:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(f"{label} {value!r} is not a date.")
    text = str(value).translate(_ARABIC_INDIC_DIGITS).strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%Y/%m/%d", "%d/%m/%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1)
    raise CellError(f"{label} {value!r} is not a date: use dd/mm/yyyy.")


_TRUE = {"1", "yes", "oui", "true", "vrai", "y", "o", "x", "نعم"}
_FALSE = {"0", "no", "non", "false", "faux", "n", "لا"}


def parse_flag(value, label="flag", default=False):
    """Read a yes/no cell in English, French or Arabic, or 0/1."""
    if _blank(value):
        return default
    text = normalise_header(parse_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(f"{label} {value!r} is not yes or no (1 or 0).")


def write_rejects(path, header, rejects):
    """Write rejected rows with their sheet row number and reason; return the path.

    ``rejects`` is a list of (row number, original cells, reason). The file is
    .xlsx when ``path`` ends so, else CSV in UTF-8 with a byte-order mark so
    that Excel shows Arabic text.
    """
    columns = ["row", "reason"] + [h or f"column {i + 1}" for i, h in enumerate(header)]
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    if path.lower().endswith(".xlsx"):
        openpyxl = _openpyxl()
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "rejects"
        sheet.append(columns)
        for number, cells, reason in rejects:
            sheet.append([number, reason] + [_excel_value(c) for c in cells])
        sheet.column_dimensions["B"].width = 60
        workbook.save(path)
        return path
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for number, cells, reason in rejects:
            writer.writerow([number, reason] + ["" if c is None else c for c in cells])
    return path


def _excel_value(value):
    if isinstance(value, (str, int, float, date, datetime)) or value is None:
        return value
    return str(value)
