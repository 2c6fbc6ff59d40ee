"""Import of registers typed by hand: Excel or CSV files sent by partners.

The modules here know nothing of any particular register, so the imports of
microcredit branches, cooperatives, associations and the project bank share
them:

- ``excel`` reads an .xlsx, .xls or .csv file, finds its header row by the
  known names of its columns (Arabic, French or English), and parses the
  numbers, dates and texts people type;
- ``coordinates`` reads a point in decimal degrees, degrees-minutes-seconds or
  Lambert Merchich metres and returns it in EPSG:4326;
- ``communes`` finds the commune a row names by code or name, or the one
  containing its point, and measures distances to communes in metres;
- ``rejects`` writes the rows that could not be imported, as they were typed,
  each with the reason;
- ``geopackage`` creates point layers, their spatial index and metadata with
  sqlite3, so that an import writes everything in one transaction.

This package imports none of its modules, so that they can import the
exceptions below without a cycle.
"""

from ..errors import ObservatoryError


class RegisterFileError(ObservatoryError):
    """A register file that cannot be imported at all: missing, of an unknown
    format, without a recognisable header row, or without a required column."""


class RowValueError(ObservatoryError):
    """A value of one row that cannot be read. The message is the reason
    written to the rejects file, so it names the value and the fix."""


class ImportCanceledError(ObservatoryError):
    """The user canceled the import before it was committed."""
