"""Write the rows of a register that were not imported, each with its reason.

The rejects file has the source row number, the reason, then every cell of
the row as it was read (after merged cells were filled), under the headers
of the source file. A user can correct the rows in it and import it again:
the reader skips the row number and reason columns because their headers
name no field.
"""

import csv
import os
from dataclasses import dataclass
from datetime import date, datetime

from ..i18n import translate
from . import RegisterFileError

REJECT_EXTENSIONS = (".xlsx", ".csv")


@dataclass(frozen=True)
class RejectedRow:
    number: int
    reason: str
    cells: tuple


def write_rejects(path, headers, rejected, title_lines=(), delimiter=";"):
    """Write the rejects file as .xlsx or .csv (from the extension) and return its path.

    ``title_lines`` go above the table, one a row. A CSV file is UTF-8 with a
    byte order mark so that Excel shows Arabic text correctly.
    """
    extension = os.path.splitext(path)[1].lower()
    if extension not in REJECT_EXTENSIONS:
        raise RegisterFileError(translate(
            "RegisterImport", "Rejects file {0} has the extension {1!r}: give a name ending in .xlsx or .csv.").format(
                path, extension))
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)

    columns = [translate("RegisterImport", "Source row"), translate("RegisterImport", "Reason")]
    columns += [header or "" for header in headers]
    width = len(columns)
    rows = [[row.number, row.reason] + _padded(row.cells, width - 2) for row in rejected]
    if extension == ".csv":
        _write_csv(path, title_lines, columns, rows, delimiter)
    else:
        _write_xlsx(path, title_lines, columns, rows)
    return path


def _padded(cells, width):
    cells = list(cells)[:width]
    return cells + [None] * (width - len(cells))


def _write_csv(path, title_lines, columns, rows, delimiter):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for line in title_lines:
            writer.writerow([line])
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_text(value) for value in row])


def _csv_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() != datetime.min.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _write_xlsx(path, title_lines, columns, rows):
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = translate("RegisterImport", "Rejected rows")[:31]
    for line in title_lines:
        sheet.append([line])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    if title_lines:
        sheet.append([])

    sheet.append(columns)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)

    for values in rows:
        sheet.append([None] * len(values))
        target = sheet.max_row
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(target, column)
            if isinstance(value, str):
                # Control characters cannot be stored in .xlsx; they become U+FFFD.
                cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                cell.data_type = "s"  # a typed "=..." stays text, never a formula
            else:
                cell.value = value
                if isinstance(value, (datetime, date)):
                    cell.number_format = "DD/MM/YYYY"
        sheet.cell(target, 2).alignment = Alignment(wrap_text=True, vertical="top")

    sheet.freeze_panes = sheet.cell(header_row + 1, 3)
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 70
    workbook.save(path)
