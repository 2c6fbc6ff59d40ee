"""The observatory database: one GeoPackage, read and written through GDAL/OGR.

Layers: ``regions``, ``provinces`` and ``communes`` (polygons, EPSG:4326);
the long table ``indicator_values``; the ``indicator_catalogue``; wide views
``commune_indicators``, ``province_indicators`` and ``region_indicators`` that
join each territory's polygon with one field per indicator; ``build_report``,
``layer_metadata`` and the ``audit_log`` of every import and build.
"""

import getpass
import hashlib
import os
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

from .errors import DatabaseError, MissingDependencyError
from .i18n import translate

GEOMETRY_LAYERS = ("regions", "provinces", "communes")
INDICATOR_VIEWS = {"commune": "commune_indicators", "province": "province_indicators",
                   "region": "region_indicators"}
LEVEL_LAYERS = {"commune": "communes", "province": "provinces", "region": "regions"}
DEFAULT_PERIOD = "2024"

AUDIT_COLUMNS = (
    "operation TEXT NOT NULL, file TEXT, checksum TEXT, user_name TEXT, "
    "started_at TEXT, finished_at TEXT, rows_accepted INTEGER, rows_rejected INTEGER, "
    "status TEXT, message TEXT"
)


def connect(path):
    """Open the GeoPackage with sqlite3, checking that it is one."""
    if not path or not os.path.isfile(path):
        raise DatabaseError(translate(
            "Database",
            "Observatory database {0} not found. Build it with Processing > ESS Observatory > "
            "Build observatory database, or choose another file in the plugin settings.").format(repr(path)))
    connection = sqlite3.connect(path)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    except sqlite3.DatabaseError as error:
        connection.close()
        raise DatabaseError(translate("Database", "{0} is not a GeoPackage: {1}.").format(path, error)) from error

    missing = {"gpkg_contents", "communes", "indicator_values"} - tables
    if missing:
        connection.close()
        raise DatabaseError(translate(
            "Database",
            "{0} is not an observatory database: tables {1} are missing. "
            "Rebuild it with Build observatory database.").format(path, ", ".join(sorted(missing))))
    return connection


def layer_uri(path, layer_name, subset=None):
    uri = f"{path}|layername={layer_name}"
    if subset:
        uri += f"|subset={subset}"
    return uri


def require_pandas():
    """Import pandas, raising MissingDependencyError with the install command when it is missing.

    The plugin loads without pandas; only its analyses need it.
    """
    try:
        import pandas
    except ImportError as error:
        raise MissingDependencyError(translate(
            "Database", "The Python package pandas is needed for this analysis. On Debian or Ubuntu: "
            "apt-get install python3-pandas; on Windows, install pandas with the OSGeo4W installer.")) from error
    return pandas


def read_frame(path, sql, params=()):
    pd = require_pandas()

    with closing(connect(path)) as connection:
        return pd.read_sql_query(sql, connection, params=params)


def indicator_values(path, level=None, codes=None, period=None):
    """Read rows of the long indicator table, filtered by level, codes and period."""
    clauses, params = [], []
    if level:
        clauses.append("level = ?")
        params.append(level)
    if period:
        clauses.append("period = ?")
        params.append(period)
    sql = "SELECT * FROM indicator_values"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    frame = read_frame(path, sql, params)
    if codes is not None:
        frame = frame[frame["code"].isin(set(codes))]
    return frame


def territories(path):
    """Return the communes, provinces and regions tables without geometry."""
    return {
        "commune": read_frame(path, "SELECT code, name_fr, name_ar, type, province_code, region_code FROM communes"),
        "province": read_frame(path, "SELECT code, name_fr, name_ar, type, region_code FROM provinces"),
        "region": read_frame(path, "SELECT code, name_fr, name_ar FROM regions"),
    }


def build_report(path):
    frame = read_frame(path, "SELECT key, value FROM build_report")
    return dict(zip(frame["key"], frame["value"]))


def file_checksum(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def ensure_audit_table(connection):
    connection.execute(
        "CREATE TABLE IF NOT EXISTS audit_log (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
        + AUDIT_COLUMNS + ")"
    )
    registered = connection.execute(
        "SELECT 1 FROM gpkg_contents WHERE table_name = 'audit_log'").fetchone()
    if not registered:
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES ('audit_log', 'attributes', 'audit_log', "
            "'Every build and import of the observatory database', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
        )


def record_audit(path, operation, source_file=None, rows_accepted=None, rows_rejected=None,
                 status="success", message=None, started_at=None):
    """Append one row to the audit log and return its id."""
    checksum = file_checksum(source_file) if source_file and os.path.isfile(source_file) else None
    finished_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with closing(sqlite3.connect(path)) as connection, connection:
        ensure_audit_table(connection)
        cursor = connection.execute(
            "INSERT INTO audit_log (operation, file, checksum, user_name, started_at, finished_at, "
            "rows_accepted, rows_rejected, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (operation, source_file, checksum, _user_name(), started_at or finished_at, finished_at,
             rows_accepted, rows_rejected, status, message),
        )
        return cursor.lastrowid


def _user_name():
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None
