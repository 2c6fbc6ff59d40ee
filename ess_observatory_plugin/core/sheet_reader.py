"""Register sheets of the potentials and project imports, read through the
shared register import (``core/imports``).

This module keeps the small interface the two imports use (read_sheet,
parse_* helpers that name the column in their error, write_rejects) and
delegates the reading itself to ``imports.excel.read_register``: header row
found below titles through Arabic, French and English synonyms, merged cells,
numbers stored as text, decimal commas, Excel date serials and
``dd/mm/yyyy``. Bad cells raise CellError, whose message becomes the row's
reason in the rejects file.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .codes import code_level, normalise_code
from .errors import ObservatoryError
from .i18n import translate
from .imports import RegisterFileError, RowValueError
from .imports import excel
from .imports.rejects import RejectedRow
from .imports.rejects import write_rejects as write_register_rejects


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
    date_system: int = 1900


def normalise_header(text):
    """Lower-case, strip accents, tatweel and punctuation so that 'Filière :' matches 'filiere'."""
    text = unicodedata.normalize("NFKD", str(text or "")).replace("\u0640", "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\s_\-./:()'’*]+", " ", text)
    return text.strip()


def read_sheet(path, synonyms, required, sheet_name=None, skip_sheets=()):
    """Read the sheet whose header row names every ``required`` field.

    ``synonyms`` maps each canonical field to the headers that mean it.
    Sheets named in ``skip_sheets`` are left out unless ``sheet_name`` names
    one. Raises SheetError when the file cannot be read or no sheet fits.
    """
    fields = [excel.FieldSpec(name, tuple([name, *names])) for name, names in synonyms.items()]
    sheets = [sheet_name] if sheet_name else _candidate_sheets(path, skip_sheets)
    error = None
    for candidate in sheets:
        try:
            register = excel.read_register(path, fields, required=tuple(required), sheet=candidate)
        except RegisterFileError as failure:
            error = failure
            continue
        rows = [SheetRow(row.number, dict(row.values), list(row.cells)) for row in register.rows]
        return Sheet(register.sheet, register.header_row, list(register.headers), dict(register.columns), rows,
                     list(register.ignored_headers), register.date_system)
    raise SheetError(str(error) if error else f"{path}: no sheet to read.")


def _candidate_sheets(path, skip_sheets):
    """Return the sheet names to try, in workbook order; [None] (any sheet) for CSV files."""
    if not str(path).lower().endswith((".xlsx", ".xlsm")):
        return [None]
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception as error:  # openpyxl raises several unrelated types for a bad file
        raise SheetError(f"{path} cannot be read as an Excel workbook (.xlsx): {error}.") from error
    names = list(workbook.sheetnames)
    workbook.close()
    skipped = {normalise_header(name) for name in skip_sheets}
    return [name for name in names if normalise_header(name) not in skipped] or [None]


def parse_text(value):
    """Return the cell as stripped text, or None when blank."""
    if excel.is_blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return excel.clean_text(value)


def _labelled(function, value, label, *arguments):
    try:
        return function(value, *arguments)
    except RowValueError as error:
        raise CellError(f"{label}: {error}") from error


def parse_commune_code(value, known_codes):
    """Read a commune code in any form ``normalise_code`` accepts, and check
    that it names a commune of the database. Raises CellError or InvalidCodeError."""
    if parse_text(value) is None:
        raise CellError(translate("SheetReader", "commune code is missing"))
    code = normalise_code(value, known_codes)
    if code_level(code) != "commune" or code not in known_codes:
        raise CellError(translate(
            "SheetReader", "{0!r} is not a commune code of the database (RR.PPP.CC.KK)").format(value))
    return code


def parse_number(value, label="value"):
    """Read a number typed as a number, as text, with a decimal comma or Arabic-Indic digits."""
    return _labelled(excel.parse_number, value, label)


def parse_integer(value, label="value"):
    number = parse_number(value, label)
    if number is None:
        return None
    if not float(number).is_integer():
        raise CellError(translate("SheetReader", "{0}: {1!r} is not a whole number.").format(label, value))
    return int(number)


def parse_date(value, label="date", date_system=1900):
    """Read a date from a date cell, an Excel serial, dd/mm/yyyy or yyyy-mm-dd."""
    parsed = _labelled(excel.parse_date, value, label, date_system)
    if parsed is not None and not isinstance(parsed, date):
        raise CellError(translate("SheetReader", "{0}: {1!r} is not a date.").format(label, value))
    return parsed


_TRUE = {"1", "yes", "oui", "true", "vrai", "y", "o", "x", "نعم"}
_FALSE = {"0", "no", "non", "false", "faux", "n", "لا"}


def parse_flag(value, label="flag", default=False):
    """Read a yes/no cell in English, French or Arabic, or 0/1."""
    if excel.is_blank(value):
        return default
    text = normalise_header(parse_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(translate("SheetReader", "{0}: {1!r} is not yes or no (1 or 0).").format(label, value))


def write_rejects(path, header, rejects, title_lines=()):
    """Write rejected rows (row number, cells, reason) with the shared rejects writer; return the path."""
    rejected = [RejectedRow(number, reason, tuple(cells)) for number, cells, reason in rejects]
    return write_register_rejects(path, header, rejected, title_lines)
