"""Point layers written with sqlite3 inside an import's transaction.

OGR would open its own connection and commit apart from the import, so the
imports create and fill their layers with plain SQL on the connection that
has the transaction open. The layers follow the GeoPackage 1.2 rules: a row in
gpkg_contents and gpkg_geometry_columns, standard geometry blobs, and an
R-tree spatial index kept current by triggers. Those triggers call the SQL
functions ST_IsEmpty and ST_MinX, ST_MaxX, ST_MinY, ST_MaxY, which GDAL
registers on its connections and ``register_geometry_functions`` registers
on ours.
"""

import math
import struct

RTREE_EXTENSION = "http://www.geopackage.org/spec120/#extension_rtree"


def point_blob(longitude, latitude, srs_id):
    """Return the GeoPackage geometry blob of a 2D point, without envelope."""
    # Header: magic "GP", version 0, flags 0x01 (little-endian, no envelope), srs_id.
    header = b"GP\x00\x01" + struct.pack("<i", srs_id)
    return header + struct.pack("<BIdd", 1, 1, longitude, latitude)


def blob_bounds(blob):
    """Return (min x, max x, min y, max y) of a geometry blob.

    The bounds come from the blob's envelope when it has one, else from a
    point's coordinates. Returns None for a blob without envelope whose
    geometry is not a point.
    """
    if blob is None or len(blob) < 8 or bytes(blob[:2]) != b"GP":
        return None
    flags = blob[3]
    order = "<" if flags & 0x01 else ">"
    if (flags >> 1) & 0x07:
        return struct.unpack_from(order + "4d", blob, 8)
    wkb = bytes(blob[8:])
    if len(wkb) < 21:
        return None
    wkb_order = "<" if wkb[0] == 1 else ">"
    geometry_type = struct.unpack_from(wkb_order + "I", wkb, 1)[0]
    if geometry_type % 1000 != 1:
        return None
    x, y = struct.unpack_from(wkb_order + "2d", wkb, 5)
    return x, x, y, y


def register_geometry_functions(connection):
    """Register ST_IsEmpty and ST_MinX..ST_MaxY on a sqlite3 connection."""
    def bound(position):
        def function(blob):
            bounds = blob_bounds(blob)
            return None if bounds is None else bounds[position]
        return function

    def is_empty(blob):
        if blob is None:
            return None
        if len(blob) < 4 or blob[3] & 0x10:  # flag bit 4: empty geometry
            return 1
        bounds = blob_bounds(blob)
        return 1 if bounds is not None and any(math.isnan(value) for value in bounds) else 0

    connection.create_function("ST_IsEmpty", 1, is_empty, deterministic=True)
    for position, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        connection.create_function(name, 1, bound(position), deterministic=True)


def create_point_layer(connection, table, description, columns_sql, srs_id=4326):
    """Create a point layer (fid, geom and ``columns_sql``) with its spatial index, unless it exists.

    Returns whether the layer was created.
    """
    if connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone():
        return False
    connection.execute(
        f'CREATE TABLE "{table}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" POINT, {columns_sql})')
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) "
        "VALUES (?, 'features', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)",
        (table, table, description, srs_id))
    connection.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, 'geom', 'POINT', ?, 0, 0)", (table, srs_id))
    _create_spatial_index(connection, table)
    return True


def _create_spatial_index(connection, table):
    """Create the R-tree index of ``table``.geom and the six triggers of the GeoPackage rtree extension."""
    index = f"rtree_{table}_geom"
    connection.execute(f'CREATE VIRTUAL TABLE "{index}" USING rtree(id, minx, maxx, miny, maxy)')
    bounds = 'ST_MinX(NEW."geom"), ST_MaxX(NEW."geom"), ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")'
    filled = '(NEW."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom"))'
    empty = '(NEW."geom" IS NULL OR ST_IsEmpty(NEW."geom"))'
    upsert = f'INSERT OR REPLACE INTO "{index}" VALUES (NEW."fid", {bounds});'
    triggers = {
        "insert": f'AFTER INSERT ON "{table}" WHEN {filled} BEGIN {upsert} END',
        "update1": f'AFTER UPDATE OF "geom" ON "{table}" WHEN OLD."fid" = NEW."fid" AND {filled} '
                   f'BEGIN {upsert} END',
        "update2": f'AFTER UPDATE OF "geom" ON "{table}" WHEN OLD."fid" = NEW."fid" AND {empty} '
                   f'BEGIN DELETE FROM "{index}" WHERE id = OLD."fid"; END',
        "update3": f'AFTER UPDATE ON "{table}" WHEN OLD."fid" != NEW."fid" AND {filled} '
                   f'BEGIN DELETE FROM "{index}" WHERE id = OLD."fid"; {upsert} END',
        "update4": f'AFTER UPDATE ON "{table}" WHEN OLD."fid" != NEW."fid" AND {empty} '
                   f'BEGIN DELETE FROM "{index}" WHERE id IN (OLD."fid", NEW."fid"); END',
        "delete": f'AFTER DELETE ON "{table}" WHEN OLD."geom" NOT NULL '
                  f'BEGIN DELETE FROM "{index}" WHERE id = OLD."fid"; END',
    }
    for name, body in triggers.items():
        connection.execute(f'CREATE TRIGGER "{index}_{name}" {body}')
    connection.execute(
        "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
        "VALUES (?, 'geom', 'gpkg_rtree_index', ?, 'write-only')", (table, RTREE_EXTENSION))


def update_layer_extent(connection, table):
    """Store the layer's extent and the time of change in gpkg_contents."""
    extent = connection.execute(
        f'SELECT MIN(ST_MinX(geom)), MIN(ST_MinY(geom)), MAX(ST_MaxX(geom)), MAX(ST_MaxY(geom)) FROM "{table}"'
    ).fetchone()
    connection.execute(
        "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
        "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?", (*extent, table))
