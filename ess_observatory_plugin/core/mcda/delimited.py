"""Reading of small delimited text files typed by hand (criteria, AHP matrices)."""

import csv


def delimiter_of(text):
    """Return the field separator of ``text``: a semicolon or a tab when present, else a comma.

    Semicolons come first because spreadsheets with decimal commas export
    with them; csv.Sniffer guesses wrong on files of a few numeric rows.
    """
    for candidate in (";", "\t"):
        if candidate in text:
            return candidate
    return ","


def read_rows(path):
    """Return the non-blank rows of a delimited text file, BOM removed, cells stripped."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    rows = csv.reader(text.splitlines(), delimiter=delimiter_of(text))
    return [[cell.strip() for cell in row] for row in rows if any(cell.strip() for cell in row)]
