"""Read a register typed by hand in Excel or saved as CSV.

A register is a table typed by hand. Its header row may sit below a title,
a date or a logo, and its column names may be Arabic, French or English. Its
cells contain codes that lost their leading zeros, numbers stored as text,
decimal commas, Excel date serials or ``dd/mm/yyyy`` texts, merged cells and
blank rows. ``read_register`` finds the header row by matching the cells of
the first rows against a synonym table and maps each column to a canonical
field. It returns every data row with its cells as read, so that a row that
fails later can be written to the rejects file unchanged.

Formats: .xlsx and .xlsm (openpyxl), .xls (GDAL's XLS driver) and .csv or
.txt (UTF-8, UTF-16 with a byte order mark, else Windows Arabic cp1256; the
delimiter among ``; , tab |`` is the one under which a header row is found).
"""

import codecs
import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from ..i18n import translate
from . import RegisterFileError, RowValueError

# The header must be within this many rows of the top, which leaves room
# for titles, logos and notes above it.
HEADER_SCAN_ROWS = 30
# A header row must name at least this many known fields, so that a title
# such as "Agence" alone is never taken for the header.
MINIMUM_HEADER_FIELDS = 2

EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
LEGACY_EXCEL_EXTENSIONS = (".xls",)
TEXT_EXTENSIONS = (".csv", ".txt")
SUPPORTED_EXTENSIONS = EXCEL_EXTENSIONS + LEGACY_EXCEL_EXTENSIONS + TEXT_EXTENSIONS
CSV_DELIMITERS = (";", ",", "\t", "|")

# Day 0 of Excel's two date systems. The 1900 system counts from 30/12/1899
# because Excel treats 1900 as a leap year. Serials before 1/3/1900 (61) are
# therefore one day off, but no register date is that old.
EXCEL_EPOCHS = {1900: date(1899, 12, 30), 1904: date(1904, 1, 1)}
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

_ARABIC_DIGITS = str.maketrans({
    **{chr(0x0660 + n): str(n) for n in range(10)},
    **{chr(0x06F0 + n): str(n) for n in range(10)},
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
})
_ARABIC_LETTER_VARIANTS = str.maketrans({"\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None})
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_HEADER_PARTS = re.compile(r"[/|\n]")
_THOUSANDS_WITH_SPACES = re.compile(r"^[-+]?\d{1,3}(?: \d{3})+(?:[.,]\d+)?$")
_PLAIN_NUMBER = re.compile(r"^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$")
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


@dataclass(frozen=True)
class FieldSpec:
    """A canonical field of a register and the header names that mean it."""

    name: str
    synonyms: tuple
    label: str = ""

    @property
    def shown_name(self):
        return self.label or self.synonyms[0]


@dataclass
class RegisterRow:
    """One data row: its number in the file, its cells as read, and the cells
    of the mapped columns under their canonical field names."""

    number: int
    cells: tuple
    values: dict

    def get(self, name):
        return self.values.get(name)


@dataclass
class Register:
    path: str
    sheet: str
    header_row: int
    headers: tuple
    columns: dict
    ignored_headers: list
    rows: list
    preamble: list
    blank_rows: int = 0
    date_system: int = 1900
    encoding: str = None
    delimiter: str = None
    field_labels: dict = field(default_factory=dict)

    def column_summary(self):
        """Describe which typed header was read as which field."""
        return ", ".join(f"{self.headers[index]} -> {name}" for name, index in self.columns.items())


# ---------------------------------------------------------------- text helpers


def normalise_label(text):
    """Return a header or a name reduced for comparison.

    Case, accents, Arabic short vowels, tatweel, hamza carriers and the
    alif maqsura / ta marbuta spellings are ignored; punctuation becomes a
    space. "Code de la commune", "CODE_DE_LA_COMMUNE" and "Code de la
    Commune " give the same label, as do "الجماعة" and "الجماعه".
    """
    if text is None:
        return ""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_ARABIC_DIGITS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.translate(_ARABIC_LETTER_VARIANTS).lower()
    stripped = re.sub(r"[\W_]+", " ", stripped)
    return " ".join(stripped.split())


def compact_label(text):
    """Return ``normalise_label`` without spaces, for names typed with or
    without hyphens and apostrophes (Ouled M'hamed, Ouled Mhamed)."""
    return normalise_label(text).replace(" ", "")


def is_blank(value):
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return isinstance(value, str) and not value.strip()


def clean_text(value):
    """Return a cell as text with spaces collapsed, or None when blank.

    A whole number read from a numeric cell loses Excel's ``.0``.
    """
    if is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(_SPACES.split(str(value))).strip() or None


def parse_number(value):
    """Return a cell as a float, or None when blank.

    Text is accepted with a decimal comma (``35,7712``), a decimal point,
    Arabic-Indic digits, and thousands grouped by spaces, points or commas
    when a decimal separator of the other kind follows (``366 860,5``,
    ``1.234,5``, ``1,234.5``). A single comma is always a decimal comma.
    Raises RowValueError for anything else.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise RowValueError(translate("RegisterImport", "{0!r} is not a number.").format(value))
    if isinstance(value, (int, float)):
        return float(value)

    text = str(value).translate(_ARABIC_DIGITS).strip()
    text = _SPACES.sub(" ", text)
    if " " in text:
        if not _THOUSANDS_WITH_SPACES.match(text):
            raise RowValueError(translate("RegisterImport", "{0!r} is not a number.").format(value))
        text = text.replace(" ", "")

    commas, points = text.count(","), text.count(".")
    if commas and points:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        whole, _, fraction = text.rpartition(decimal_mark)
        if not re.match(r"^[-+]?\d{1,3}(?:" + re.escape(grouping) + r"\d{3})+$", whole):
            raise RowValueError(translate("RegisterImport", "{0!r} is not a number.").format(value))
        text = whole.replace(grouping, "") + "." + fraction
    elif commas == 1:
        text = text.replace(",", ".")
    elif commas > 1 or points > 1:
        separator = "," if commas else "."
        if not re.match(r"^[-+]?\d{1,3}(?:" + re.escape(separator) + r"\d{3})+$", text):
            raise RowValueError(translate("RegisterImport", "{0!r} is not a number.").format(value))
        text = text.replace(separator, "")

    if not _PLAIN_NUMBER.match(text):
        raise RowValueError(translate("RegisterImport", "{0!r} is not a number.").format(value))
    return float(text)


def parse_date(value, date_system=1900):
    """Return a cell as a date, or None when blank.

    Accepted: a date cell, an Excel serial number (in a cell or as text) of
    the workbook's date system, ``dd/mm/yyyy`` with ``/``, ``-`` or ``.``,
    and ``yyyy-mm-dd``, each optionally followed by a time. Dates are read day
    first, as in Morocco: ``02/25/2019`` is rejected, not turned into
    25 February. Raises RowValueError with the value and the expected form.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise _invalid_date(value)
    if isinstance(value, (int, float)):
        return _date_from_serial(value, value, date_system)

    text = str(value).translate(_ARABIC_DIGITS).strip()
    if re.match(r"^\d+(?:\.\d+)?$", text):
        return _date_from_serial(float(text), value, date_system)

    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) != 4:
            raise RowValueError(translate(
                "RegisterImport", "Date {0!r} has a two-digit year: write the year with four digits, as in 15/03/2019."
            ).format(value))
        return _checked_date(year, month, day, value)

    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
        return _checked_date(year, month, day, value)

    raise _invalid_date(value)


def _invalid_date(value):
    return RowValueError(translate(
        "RegisterImport", "Date {0!r} is not a date: write it as dd/mm/yyyy (15/03/2019) or use a date cell."
    ).format(value))


def _checked_date(year, month, day, typed):
    try:
        result = date(year, month, day)
    except ValueError:
        raise RowValueError(translate(
            "RegisterImport", "Date {0!r} does not exist: dates are read as day/month/year (dd/mm/yyyy)."
        ).format(typed)) from None
    if not EARLIEST_YEAR <= result.year <= LATEST_YEAR:
        raise RowValueError(translate("RegisterImport", "Date {0!r} is outside the years {1} to {2}.").format(
            typed, EARLIEST_YEAR, LATEST_YEAR))
    return result


def _date_from_serial(serial, typed, date_system):
    if EARLIEST_YEAR <= serial <= LATEST_YEAR and float(serial).is_integer():
        raise RowValueError(translate(
            "RegisterImport", "Date {0!r} looks like a year, not a date: give the full date as dd/mm/yyyy."
        ).format(typed))
    if serial < 1:
        raise _invalid_date(typed)
    try:
        result = EXCEL_EPOCHS[date_system] + timedelta(days=int(serial))
    except OverflowError:
        raise _invalid_date(typed) from None
    if not EARLIEST_YEAR <= result.year <= LATEST_YEAR:
        raise RowValueError(translate(
            "RegisterImport", "Date {0!r} read as an Excel date serial gives {1}, outside the years {2} to {3}: "
            "write the date as dd/mm/yyyy."
        ).format(typed, result.strftime("%d/%m/%Y"), EARLIEST_YEAR, LATEST_YEAR))
    return result


# ---------------------------------------------------------------- headers


def synonym_lookup(fields):
    """Map each normalised synonym to its field.

    Raises ValueError when two fields share a synonym, which is a mistake in
    the field table.
    """
    lookup = {}
    for spec in fields:
        for synonym in spec.synonyms:
            key = normalise_label(synonym)
            if lookup.get(key, spec.name) != spec.name:
                raise ValueError(f"Header synonym {synonym!r} is given for {lookup[key]} and {spec.name}.")
            lookup[key] = spec.name
    return lookup


def _header_variants(text):
    """Yield the readings of a header cell, whole first.

    Units in brackets are dropped ("X (Lambert)" -> "x"), and a header
    written in two languages is split ("Commune / الجماعة").
    """
    yield normalise_label(text)
    yield normalise_label(_BRACKETS.sub(" ", text))
    for part in _HEADER_PARTS.split(text):
        yield normalise_label(part)
        yield normalise_label(_BRACKETS.sub(" ", part))


def header_field(cell, lookup):
    """Return the canonical field a header cell names, or None."""
    if is_blank(cell) or not isinstance(cell, str):
        return None
    for variant in _header_variants(cell):
        if variant in lookup:
            return lookup[variant]
    return None


def _map_header_row(cells, lookup):
    """Return ({field: column index}, [(field, first index, second index)])."""
    columns, conflicts = {}, []
    for index, cell in enumerate(cells):
        name = header_field(cell, lookup)
        if name is None:
            continue
        if name in columns:
            conflicts.append((name, columns[name], index))
            continue
        columns[name] = index
    return columns, conflicts


def _find_header(grid, lookup):
    """Return (row index, columns, conflicts) of the best header row, or None."""
    best = None
    for index, cells in enumerate(grid[:HEADER_SCAN_ROWS]):
        columns, conflicts = _map_header_row(cells, lookup)
        if len(columns) >= MINIMUM_HEADER_FIELDS and (best is None or len(columns) > len(best[1])):
            best = (index, columns, conflicts)
    return best


def column_letter(index):
    """Return the spreadsheet letter of a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


# ---------------------------------------------------------------- reading


def read_register(path, fields, required=(), one_of=(), sheet=None):
    """Read a register file and return a Register.

    ``fields`` is a sequence of FieldSpec. ``required`` lists the fields whose
    column must exist. ``one_of`` lists groups of fields: at least one group
    must be present in full, for example latitude and longitude, or a
    commune code. Raises RegisterFileError naming the file and the fix.
    """
    if not path or not os.path.isfile(path):
        raise RegisterFileError(translate(
            "RegisterImport", "Register file {0!r} not found: choose an existing .xlsx, .xls or .csv file."
        ).format(path))
    extension = os.path.splitext(path)[1].lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise RegisterFileError(translate(
            "RegisterImport",
            "Register file {0} has the extension {1!r}, which is not supported: save it as .xlsx or .csv."
        ).format(path, extension))

    lookup = synonym_lookup(fields)
    labels = {spec.name: spec.shown_name for spec in fields}
    if extension in TEXT_EXTENSIONS:
        candidates = _csv_candidates(path)
    elif extension in EXCEL_EXTENSIONS:
        candidates = _xlsx_sheets(path)
    else:
        candidates = _xls_sheets(path)

    best = None
    for candidate in candidates:
        if sheet is not None and candidate["sheet"] != sheet:
            continue
        found = _find_header(candidate["grid"], lookup)
        if found is not None and (best is None or len(found[1]) > len(best[1][1])):
            best = (candidate, found)

    if best is None:
        if sheet is not None and not any(c["sheet"] == sheet for c in candidates):
            raise RegisterFileError(translate("RegisterImport", "Sheet {0!r} not found in {1}: sheets are {2}.").format(
                sheet, path, ", ".join(c["sheet"] for c in candidates)))
        raise RegisterFileError(translate(
            "RegisterImport",
            "No header row found in the first {0} rows of {1}: name the columns with headers such as {2}."
        ).format(HEADER_SCAN_ROWS, path, _expected_headers(fields)))

    candidate, (header_index, columns, conflicts) = best
    grid = candidate["grid"]
    headers = _header_texts(grid, header_index)
    if conflicts:
        name, first, second = conflicts[0]
        raise RegisterFileError(translate(
            "RegisterImport",
            "Columns {0} ({1!r}) and {2} ({3!r}) of {4} both name the field {5}: rename or delete one of them."
        ).format(column_letter(first), headers[first], column_letter(second), headers[second], path,
                 labels[name]))

    _check_columns(path, columns, required, one_of, labels)
    rows, blank_rows = _data_rows(grid, header_index, columns)
    ignored = [headers[i] for i in range(len(headers)) if headers[i] and i not in columns.values()]
    preamble = [" ".join(clean_text(c) for c in cells if not is_blank(c))
                for cells in grid[:header_index] if any(not is_blank(c) for c in cells)]

    return Register(
        path=path, sheet=candidate["sheet"], header_row=header_index + 1, headers=headers,
        columns=columns, ignored_headers=ignored, rows=rows, preamble=preamble, blank_rows=blank_rows,
        date_system=candidate.get("date_system", 1900), encoding=candidate.get("encoding"),
        delimiter=candidate.get("delimiter"), field_labels=labels,
    )


def _expected_headers(fields):
    return "; ".join(f"{spec.shown_name} ({', '.join(spec.synonyms[1:4])})" for spec in fields)


def _check_columns(path, columns, required, one_of, labels):
    missing = [name for name in required if name not in columns]
    if missing:
        raise RegisterFileError(translate(
            "RegisterImport", "{0} has no column for {1}: add a column with that header."
        ).format(path, ", ".join(labels[name] for name in missing)))
    if one_of and not any(all(name in columns for name in group) for group in one_of):
        alternatives = [" + ".join(labels[name] for name in group) for group in one_of]
        groups = translate("RegisterImport", " or ").join(alternatives)
        raise RegisterFileError(translate(
            "RegisterImport", "{0} has none of the columns needed: add {1}.").format(path, groups))


def _header_texts(grid, header_index):
    width = max(len(cells) for cells in grid)
    cells = list(grid[header_index]) + [None] * (width - len(grid[header_index]))
    return tuple(clean_text(cell) or "" for cell in cells)


def _data_rows(grid, header_index, columns):
    """Return the rows below the header and the number of blank rows between them.

    Blank rows after the last filled row are not counted: Excel keeps many.
    """
    width = max(len(cells) for cells in grid)
    rows, blank_rows, pending_blanks = [], 0, 0
    for index in range(header_index + 1, len(grid)):
        cells = tuple(grid[index]) + (None,) * (width - len(grid[index]))
        if all(is_blank(cell) for cell in cells):
            pending_blanks += 1
            continue
        blank_rows += pending_blanks
        pending_blanks = 0
        values = {name: cells[column] for name, column in columns.items()}
        rows.append(RegisterRow(number=index + 1, cells=cells, values=values))
    return rows, blank_rows


def _xlsx_sheets(path):
    try:
        import openpyxl
    except ImportError as error:
        from ..errors import MissingDependencyError

        raise MissingDependencyError(translate(
            "RegisterImport", "Reading .xlsx files needs the Python package openpyxl: install python3-openpyxl "
            "(Debian, Ubuntu) or run pip install openpyxl in QGIS's Python.")) from error
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as error:  # openpyxl raises many types for damaged files
        raise RegisterFileError(translate(
            "RegisterImport", "Cannot read the workbook {0}: {1}. Open it in Excel and save it again as .xlsx."
        ).format(path, error)) from error

    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    date_system = 1904 if workbook.epoch == CALENDAR_MAC_1904 else 1900
    sheets = []
    for worksheet in workbook.worksheets:
        if worksheet.sheet_state != "visible":
            continue
        grid = [list(cells) for cells in worksheet.iter_rows(
            min_row=1, min_col=1, max_row=max(worksheet.max_row, 1),
            max_col=max(worksheet.max_column, 1), values_only=True)]
        _fill_merged_cells(grid, worksheet.merged_cells.ranges)
        sheets.append({"sheet": worksheet.title, "grid": grid, "date_system": date_system})
    workbook.close()
    return sheets


def _fill_merged_cells(grid, ranges):
    """Copy the value of each merged range down its first column.

    Excel stores the value in the top-left cell only, so an institution merged
    over the rows of its branches would otherwise reach only the first row.
    The other columns of a range stay blank: a title merged across columns
    belongs to one column, and copying it would make two columns claim it.
    """
    for merged in ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for row in range(merged.min_row, merged.max_row):
            grid[row][merged.min_col - 1] = value


def _xls_sheets(path):
    """Read an .xls workbook through GDAL's XLS driver (FreeXL), cells as text.

    Date cells arrive as yyyy-mm-dd text and numbers as text.
    NOTE: the driver does not report merged cells, so a merged value stays in
    the first row of its range. The tests read a minimal BIFF8 file written
    by hand, not one saved by Excel.
    """
    from osgeo import gdal

    options = {"OGR_XLS_HEADERS": "DISABLE", "OGR_XLS_FIELD_TYPES": "STRING"}
    previous = {key: gdal.GetConfigOption(key) for key in options}
    try:
        for key, value in options.items():
            gdal.SetConfigOption(key, value)
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLS"])
        if dataset is None:
            raise RegisterFileError(translate(
                "RegisterImport", "Cannot read the workbook {0}: open it in Excel and save it as .xlsx."
            ).format(path))
        sheets = []
        for layer_index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(layer_index)
            width = layer.GetLayerDefn().GetFieldCount()
            grid = []
            for feature in layer:
                # The driver numbers features from 1 for the first row of the sheet, empty rows included.
                row_index = feature.GetFID() - 1
                while len(grid) < row_index:
                    grid.append([None] * width)
                grid.append([feature.GetField(i) for i in range(width)])
            sheets.append({"sheet": layer.GetName(), "grid": grid or [[None]], "date_system": 1900})
        return sheets
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)


def _decode_text_file(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # NOTE: cp1256 decodes every byte. French accented lower-case letters
        # sit at the same bytes as in cp1252, but capitals such as É do not,
        # so a cp1252 file with capital accents reads them as Arabic letters.
        return raw.decode("cp1256"), "cp1256"


def _csv_candidates(path):
    text, encoding = _decode_text_file(path)
    candidates = []
    for delimiter in CSV_DELIMITERS:
        grid = [list(cells) for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        candidates.append({"sheet": "", "grid": grid or [[None]], "encoding": encoding, "delimiter": delimiter})
    return candidates
