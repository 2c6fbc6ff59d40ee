"""Registration of tables that imports add to the observatory GeoPackage.

A table created after the build is registered in ``gpkg_contents`` so that
QGIS and the layer catalogue list it, and its source and licence are stored
twice, like the build's layers: a row of ``layer_metadata`` for reports and
QGIS layer metadata in ``gpkg_metadata``.
"""

from .metadata import QGIS_METADATA_URI, build_layer_metadata, metadata_xml


def table_exists(connection, name):
    return connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def register_attribute_table(connection, name, description):
    """Add an attribute table to gpkg_contents unless it is listed already."""
    listed = connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (name,)).fetchone()
    if not listed:
        connection.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
            (name, name, description))


def touch_contents(connection, name):
    """Update last_change of a table in gpkg_contents after rows were written."""
    connection.execute(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
        (name,))


def _ensure_metadata_tables(connection):
    connection.execute(
        "CREATE TABLE IF NOT EXISTS layer_metadata (fid INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT, title TEXT, "
        "abstract TEXT, licence TEXT, attribution TEXT, source TEXT)")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, "
        "md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, "
        "mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS gpkg_metadata_reference (reference_scope TEXT NOT NULL, "
        "table_name TEXT, column_name TEXT, row_id_value INTEGER, "
        "timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
        "md_file_id INTEGER NOT NULL, md_parent_id INTEGER)")


def write_table_metadata(connection, layer_name, title, abstract, licence, attribution, source,
                         keywords=("Morocco", "SSE")):
    """Store (or replace) the metadata of one table in layer_metadata and gpkg_metadata."""
    _ensure_metadata_tables(connection)
    connection.execute("DELETE FROM layer_metadata WHERE layer = ?", (layer_name,))
    connection.execute(
        "INSERT INTO layer_metadata (layer, title, abstract, licence, attribution, source) VALUES (?, ?, ?, ?, ?, ?)",
        (layer_name, title, abstract, licence, attribution, source))

    xml = metadata_xml(build_layer_metadata(layer_name, title, abstract, licence, attribution, source, keywords))

    previous = [row[0] for row in connection.execute(
        "SELECT md_file_id FROM gpkg_metadata_reference WHERE reference_scope = 'table' AND table_name = ?",
        (layer_name,))]
    for identifier in previous:
        connection.execute("DELETE FROM gpkg_metadata WHERE id = ?", (identifier,))
    connection.execute("DELETE FROM gpkg_metadata_reference WHERE reference_scope = 'table' AND table_name = ?",
                       (layer_name,))
    cursor = connection.execute(
        "INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES ('dataset', ?, 'text/xml', ?)",
        (QGIS_METADATA_URI, xml))
    connection.execute(
        "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES ('table', ?, ?)",
        (layer_name, cursor.lastrowid))
