"""The bank of income-generating projects (thematic unit "iga").

A point layer ``projects`` of the observatory GeoPackage in EPSG:4326: one
feature per project with its title, value chain, promoter type, commune,
status, expected jobs (of which women and youth), investment in dirhams,
funding source and dates. A project given only a commune code is placed on a
point inside its commune (``location_source`` = commune); one given
coordinates keeps them (``location_source`` = coordinates) when they fall
inside its commune.

The layer's attribute form (drop-down lists for value chain, promoter type
and status) is stored as its default style in the GeoPackage's
``layer_styles`` table, so QGIS shows it whenever the layer is added.
"""

import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

from . import database
from .errors import DatabaseError, InvalidCodeError, ObservatoryError
from .i18n import translate
from .imports import RowValueError
from .imports.coordinates import read_point
from .log import log, log_error, log_warning
from .gpkg_tables import write_table_metadata
from .potentials import ImportResult, chain_lookup, new_import_id, record_import_failure, value_chain_name, value_chains
from .potentials import create_schema as create_potentials_schema
from .sheet_reader import (
    CellError,
    SheetError,
    normalise_header,
    parse_commune_code,
    parse_date,
    parse_flag,
    parse_integer,
    parse_number,
    parse_text,
    read_sheet,
    write_rejects,
)

LAYER = "projects"
PROMOTER_TYPES = ("cooperative", "association", "group")
STATUSES = ("idea", "studied", "financed", "running", "stopped")
STYLE_NAME = "ESS Observatory project form"

# (field, OGR type) in layer order
FIELDS = (
    ("title", "String"), ("value_chain", "String"), ("promoter_type", "String"), ("promoter_name", "String"),
    ("commune_code", "String"), ("status", "String"), ("jobs_expected", "Integer"), ("jobs_women", "Integer"),
    ("jobs_youth", "Integer"), ("investment_mad", "Real"), ("funding_source", "String"), ("start_date", "Date"),
    ("end_date", "Date"), ("location_source", "String"), ("illustrative", "Integer"), ("import_id", "String"),
)

PROJECT_COLUMNS = {
    "title": ["title", "project", "projet", "intitule", "intitulé", "intitule du projet", "intitulé du projet",
              "nom du projet", "المشروع", "عنوان المشروع", "اسم المشروع"],
    "value_chain": ["value chain", "filiere", "filière", "chaine de valeur", "chaîne de valeur", "سلسلة القيمة",
                    "السلسلة", "القطاع"],
    "promoter_type": ["promoter type", "type de porteur", "type porteur", "porteur", "type de promoteur",
                      "promoteur", "نوع حامل المشروع", "حامل المشروع", "نوع الحامل"],
    "promoter_name": ["promoter", "promoter name", "nom du porteur", "nom porteur", "raison sociale",
                      "اسم حامل المشروع"],
    "commune_code": ["commune code", "code commune", "code de la commune", "code_commune", "رمز الجماعة", "code hcp"],
    "status": ["status", "statut", "etat", "état", "etat d avancement", "état d'avancement", "الوضعية", "الحالة"],
    "jobs_expected": ["jobs", "jobs expected", "emplois", "emplois prevus", "emplois prévus", "nombre d emplois",
                      "مناصب الشغل", "مناصب الشغل المتوقعة"],
    "jobs_women": ["jobs women", "women jobs", "emplois femmes", "dont femmes", "femmes", "مناصب الشغل للنساء",
                   "النساء"],
    "jobs_youth": ["jobs youth", "youth jobs", "emplois jeunes", "dont jeunes", "jeunes", "مناصب الشغل للشباب",
                   "الشباب"],
    "investment_mad": ["investment", "investment mad", "investissement", "investissement mad",
                       "investissement (mad)", "investissement dh", "montant", "cout", "coût", "الاستثمار",
                       "مبلغ الاستثمار", "الكلفة"],
    "funding_source": ["funding source", "source de financement", "financement", "bailleur", "مصدر التمويل",
                       "التمويل"],
    "start_date": ["start date", "date de debut", "date de début", "debut", "début", "تاريخ البدء", "تاريخ الانطلاق"],
    "end_date": ["end date", "date de fin", "fin", "تاريخ الانتهاء", "تاريخ النهاية"],
    "longitude": ["longitude", "lon", "x", "خط الطول"],
    "latitude": ["latitude", "lat", "y", "خط العرض"],
    "illustrative": ["illustratif", "illustrative", "توضيحي"],
}

_PROMOTER_SYNONYMS = {
    "cooperative": ["cooperative", "coopérative", "cooperative agricole", "coop", "تعاونية"],
    "association": ["association", "assoc", "جمعية"],
    "group": ["group", "groupement", "gie", "groupement d interet economique", "groupement d'intérêt économique",
              "مجموعة", "مجموعة ذات نفع اقتصادي"],
}
_STATUS_SYNONYMS = {
    "idea": ["idea", "idee", "idée", "projet", "فكرة"],
    "studied": ["studied", "etudie", "étudié", "etude", "étude", "en etude", "en étude", "مدروس", "دراسة"],
    "financed": ["financed", "finance", "financé", "ممول"],
    "running": ["running", "en cours", "en activite", "en activité", "operationnel", "opérationnel", "actif",
                "في طور الإنجاز", "قيد التشغيل", "نشيط"],
    "stopped": ["stopped", "arrete", "arrêté", "abandonne", "abandonné", "متوقف"],
}


def _lookup(synonyms):
    return {normalise_header(word): key for key, words in synonyms.items() for word in (key, *words)}


_PROMOTER_LOOKUP = _lookup(_PROMOTER_SYNONYMS)
_STATUS_LOOKUP = _lookup(_STATUS_SYNONYMS)


def promoter_type_labels(language=None):
    return {
        "cooperative": translate("Projects", "Cooperative", None, language),
        "association": translate("Projects", "Association", None, language),
        "group": translate("Projects", "Economic interest group", None, language),
    }


def status_labels(language=None):
    return {
        "idea": translate("Projects", "Idea", None, language),
        "studied": translate("Projects", "Studied", None, language),
        "financed": translate("Projects", "Financed", None, language),
        "running": translate("Projects", "Running", None, language),
        "stopped": translate("Projects", "Stopped", None, language),
    }


def field_aliases(language=None):
    return {
        "title": translate("Projects", "Project title", None, language),
        "value_chain": translate("Projects", "Value chain", None, language),
        "promoter_type": translate("Projects", "Promoter type", None, language),
        "promoter_name": translate("Projects", "Promoter", None, language),
        "commune_code": translate("Projects", "Commune code", None, language),
        "status": translate("Projects", "Status", None, language),
        "jobs_expected": translate("Projects", "Jobs expected", None, language),
        "jobs_women": translate("Projects", "of which women", None, language),
        "jobs_youth": translate("Projects", "of which youth", None, language),
        "investment_mad": translate("Projects", "Investment (MAD)", None, language),
        "funding_source": translate("Projects", "Funding source", None, language),
        "start_date": translate("Projects", "Start date", None, language),
        "end_date": translate("Projects", "End date", None, language),
        "location_source": translate("Projects", "Location from", None, language),
        "illustrative": translate("Projects", "Illustrative data", None, language),
        "import_id": translate("Projects", "Import", None, language),
    }


def layer_exists(path):
    with closing(database.connect(path)) as connection:
        return connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (LAYER,)).fetchone() is not None


def ensure_schema(path):
    """Create the projects layer (and the value chain table it refers to) when missing.

    Returns True when the layer was created. The default form style is stored
    with it.
    """
    create_potentials_schema(path)
    if layer_exists(path):
        return False
    from osgeo import ogr, osr

    source = ogr.Open(path, 1)
    if source is None:
        raise DatabaseError(f"Cannot open {path} for writing.")
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(4326)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(LAYER, reference, ogr.wkbPoint,
                               ["GEOMETRY_NAME=geom", "FID=fid", f"IDENTIFIER={LAYER}",
                                "DESCRIPTION=Bank of income-generating projects"])
    types = {"String": ogr.OFTString, "Integer": ogr.OFTInteger, "Real": ogr.OFTReal, "Date": ogr.OFTDate}
    for name, kind in FIELDS:
        definition = ogr.FieldDefn(name, types[kind])
        if name in ("title", "commune_code", "value_chain", "status", "promoter_type"):
            definition.SetNullable(False)
        layer.CreateField(definition)
    source = None

    with closing(sqlite3.connect(path)) as connection, connection:
        write_table_metadata(
            connection, LAYER, "Bank of income-generating projects",
            "Income-generating projects of the regional project banks: value chain, promoter type, commune, "
            "status, expected jobs (women, youth), investment in MAD, funding source and dates. Points are the "
            "project's coordinates, or a point inside its commune when only the commune is known "
            "(location_source). Rows flagged illustrative=1 are made-up demonstration data.",
            "Data of the regional delegations of the ministry in charge of the SSE",
            "Regional SSE development plans (PRDESS) and delegations' project banks",
            "Project bank sheets imported with ess_observatory:import_projects",
            ("Morocco", "SSE", "income-generating activity", "project bank"))
    store_default_form(path)
    log(f"Projects layer created in {path}")
    return True


def configure_project_form(layer, path=None, language=None):
    """Set drop-down lists (ValueMap) on value_chain, promoter_type and status, aliases and constraints.

    ``layer`` is a loaded QgsVectorLayer of projects; ``path`` the database
    whose value chains fill the list (default: the layer's own file).
    """
    from qgis.core import QgsDefaultValue, QgsEditorWidgetSetup, QgsFieldConstraints

    path = path or layer.source().split("|")[0]
    chains = value_chains(path)
    chain_map = [{f"{value_chain_name(chains, code, language or 'fr')} ({code})": code} for code in chains["code"]]
    promoter_map = [{label: key} for key, label in promoter_type_labels(language).items()]
    status_map = [{label: key} for key, label in status_labels(language).items()]
    fields = layer.fields()
    for name, entries in (("value_chain", chain_map), ("promoter_type", promoter_map), ("status", status_map)):
        index = fields.indexFromName(name)
        if index < 0:
            raise ObservatoryError(f"The projects layer has no field {name}; recreate it with import_projects.")
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": entries}))
        layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)

    for name, alias in field_aliases(language).items():
        index = fields.indexFromName(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    for name in ("title", "commune_code"):
        index = fields.indexFromName(name)
        layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)
    for name in ("jobs_women", "jobs_youth"):
        index = fields.indexFromName(name)
        layer.setConstraintExpression(
            index, f'"{name}" IS NULL OR ("{name}" >= 0 AND ("jobs_expected" IS NULL OR "{name}" <= "jobs_expected"))',
            translate("Projects", "cannot exceed the jobs expected", None, language))
    date_index = fields.indexFromName("end_date")
    layer.setConstraintExpression(date_index, '"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"',
                                  translate("Projects", "the end date comes before the start date", None, language))
    for name in ("start_date", "end_date"):
        layer.setEditorWidgetSetup(fields.indexFromName(name), QgsEditorWidgetSetup(
            "DateTime", {"display_format": "dd/MM/yyyy", "field_format": "yyyy-MM-dd", "calendar_popup": True,
                         "allow_null": True}))
    status_index = fields.indexFromName("status")
    layer.setDefaultValueDefinition(status_index, QgsDefaultValue("'idea'"))
    location_index = fields.indexFromName("location_source")
    layer.setDefaultValueDefinition(location_index, QgsDefaultValue("'coordinates'"))
    return layer


def load_layer(path, name=None):
    """Return the projects layer of the database as a QgsVectorLayer (not added to a project)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(database.layer_uri(path, LAYER), name or LAYER, "ogr")
    if not layer.isValid():
        raise DatabaseError(f"The projects layer of {path} cannot be read; import a project bank first.")
    return layer


def store_default_form(path, language=None):
    """Configure the form on the projects layer and save it as the default style in layer_styles."""
    layer = load_layer(path)
    configure_project_form(layer, path, language)
    # QGIS 3.22 opens a modal question before it overwrites a stored style of
    # the same name, which blocks a headless run: remove the old row first.
    with closing(sqlite3.connect(path)) as connection, connection:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            connection.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (LAYER, STYLE_NAME))
    message = layer.saveStyleToDatabase(STYLE_NAME, "Attribute form with drop-down lists", True, "")
    # QGIS 3.22 returns the error text; it is empty on success.
    if message:
        log_warning(f"The project form could not be stored as the default style of {path}: {message}")
    return not message


def _value_label(lookup, value, label, allowed, language=None):
    text = parse_text(value)
    if text is None:
        raise CellError(translate("Projects", "{0} is missing").format(label))
    key = lookup.get(normalise_header(text))
    if key is None:
        raise CellError(translate("Projects", "{0} {1!r} is not one of: {2}").format(label, text, ", ".join(allowed)))
    return key


def import_projects(path, input_path, sheet_name=None, illustrative=False, rejects_path=None, feedback=None):
    """Import a project bank sheet into the projects layer; return an ImportResult.

    Bad rows go to the rejects file with their reason. Good rows are written
    in one OGR transaction, which a failure rolls back whole. One audit_log
    row records the import or its failure.
    """
    if not input_path or not os.path.isfile(input_path):
        raise SheetError(translate("Projects", "Input file {0!r} not found.").format(input_path))
    import_id = new_import_id("projects")
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    result = ImportResult("import_projects", import_id)
    log(f"import_projects started: {input_path} into {path}, import {import_id}")
    try:
        ensure_schema(path)
        sheet = read_sheet(input_path, PROJECT_COLUMNS, ("title", "commune_code"), sheet_name)
        communes = _commune_geometries(path)
        existing = _existing_keys(path)
        rows, rejects = _validate_projects(sheet, value_chains(path), communes, existing, illustrative, feedback)
        if feedback is not None and feedback.isCanceled():
            raise ObservatoryError(translate("Projects", "Import canceled; the database is unchanged."))
        _write_features(path, rows, import_id)
    except Exception as error:
        log_error(f"import_projects failed, project bank unchanged: {error}")
        record_import_failure(path, "import_projects", os.path.abspath(input_path), error, started_at)
        if isinstance(error, ObservatoryError):
            raise
        raise ObservatoryError(translate("Projects", "Import of {0} failed; the project bank is unchanged: {1}").format(
            input_path, error)) from error

    result.accepted = len(rows)
    result.rejected = len(rejects)
    result.illustrative_rows = sum(1 for row in rows if row["illustrative"])
    if rejects and rejects_path:
        result.rejects_path = write_rejects(rejects_path, sheet.header, rejects)
    store_default_form(path)
    result.audit_id = database.record_audit(
        path, "import_projects", os.path.abspath(input_path), rows_accepted=result.accepted,
        rows_rejected=result.rejected,
        message=f"import_id={import_id}; sheet={sheet.name}; illustrative rows={result.illustrative_rows}",
        started_at=started_at)
    log(f"import_projects finished: {result.accepted} accepted, {result.rejected} rejected, import {import_id}")
    return result


def _commune_geometries(path):
    """Return commune code -> OGR polygon geometry."""
    from osgeo import ogr

    source = ogr.Open(path, 0)
    layer = source.GetLayerByName("communes")
    geometries = {}
    for feature in layer:
        geometry = feature.GetGeometryRef()
        geometries[feature.GetField("code")] = geometry.Clone() if geometry is not None else None
    source = None
    return geometries


def _existing_keys(path):
    """Return (normalised title, commune code) -> fid of the projects already in the bank."""
    with closing(database.connect(path)) as connection:
        rows = connection.execute(f"SELECT fid, title, commune_code FROM {LAYER}").fetchall()
    return {(_title_key(title), commune): fid for fid, title, commune in rows}


def _title_key(title):
    return re.sub(r"\s+", " ", normalise_header(title or ""))


def _validate_projects(sheet, chains, communes, existing, illustrative, feedback):
    lookup = chain_lookup(chains)
    known = set(communes)
    rows, rejects, seen = [], [], {}
    total = max(1, len(sheet.rows))
    for position, row in enumerate(sheet.rows):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * position / total)
        try:
            values = _project_row(row.values, lookup, ", ".join(chains["code"]), communes, known, illustrative,
                                  sheet.date_system)
        except (CellError, InvalidCodeError, RowValueError) as error:
            rejects.append((row.number, row.original, str(error)))
            continue
        key = (_title_key(values["title"]), values["commune_code"])
        if key in existing:
            rejects.append((row.number, row.original, translate(
                "Projects", "already in the project bank (feature {0}): same title and commune").format(existing[key])))
            continue
        if key in seen:
            rejects.append((row.number, row.original, translate(
                "Projects", "duplicate of row {0}: same title and commune").format(seen[key])))
            continue
        seen[key] = row.number
        rows.append(values)
    return rows, rejects


def _non_negative_integer(values, name, label):
    number = parse_integer(values.get(name), label)
    if number is not None and number < 0:
        raise CellError(translate("Projects", "{0} {1} is negative").format(label, number))
    return number


def _project_row(values, lookup, valid_chains, communes, known, illustrative, date_system=1900):
    title = parse_text(values.get("title"))
    if title is None:
        raise CellError(translate("Projects", "project title is missing"))

    code = parse_commune_code(values.get("commune_code"), known)

    chain_text = parse_text(values.get("value_chain"))
    if chain_text is None:
        raise CellError(translate("Projects", "value chain is missing"))
    chain = lookup.get(normalise_header(chain_text))
    if chain is None:
        raise CellError(translate("Projects", "unknown value chain {0!r}; use one of: {1}").format(chain_text, valid_chains))

    promoter = _value_label(_PROMOTER_LOOKUP, values.get("promoter_type"), translate("Projects", "promoter type"), PROMOTER_TYPES)
    status = _value_label(_STATUS_LOOKUP, values.get("status"), translate("Projects", "status"), STATUSES)

    jobs = _non_negative_integer(values, "jobs_expected", translate("Projects", "jobs expected"))
    women = _non_negative_integer(values, "jobs_women", translate("Projects", "jobs for women"))
    youth = _non_negative_integer(values, "jobs_youth", translate("Projects", "jobs for youth"))
    for count, label in ((women, translate("Projects", "jobs for women")), (youth, translate("Projects", "jobs for youth"))):
        if count is not None and jobs is not None and count > jobs:
            raise CellError(translate("Projects", "{0} ({1}) exceed the jobs expected ({2})").format(label, count, jobs))

    investment = parse_number(values.get("investment_mad"), translate("Projects", "investment"))
    if investment is not None and investment < 0:
        raise CellError(translate("Projects", "investment {0:g} is negative").format(investment))

    start = parse_date(values.get("start_date"), translate("Projects", "start date"), date_system)
    end = parse_date(values.get("end_date"), translate("Projects", "end date"), date_system)
    if start and end and end < start:
        raise CellError(translate("Projects", "end date {0} comes before start date {1}").format(end.isoformat(), start.isoformat()))

    point, location_source = _location(values, code, communes)
    return {
        "title": title, "value_chain": chain, "promoter_type": promoter,
        "promoter_name": parse_text(values.get("promoter_name")), "commune_code": code, "status": status,
        "jobs_expected": jobs, "jobs_women": women, "jobs_youth": youth, "investment_mad": investment,
        "funding_source": parse_text(values.get("funding_source")),
        "start_date": start.isoformat() if start else None, "end_date": end.isoformat() if end else None,
        "location_source": location_source,
        "illustrative": int(parse_flag(values.get("illustrative"), translate("Projects", "illustrative")) or bool(illustrative)),
        "geometry": point,
    }


def _location(values, code, communes):
    """Return (WKT point, location source) from the coordinates, else a point inside the commune.

    Coordinates are read by the shared register import: decimal degrees,
    degrees-minutes-seconds or Lambert Merchich metres, and latitude and
    longitude typed in each other's column. The first reading that falls in
    the commune is kept; a swapped one is recorded as such.
    """
    from osgeo import ogr

    readings = read_point(values.get("latitude"), values.get("longitude"))
    commune = communes.get(code)
    if not readings:
        if commune is None:
            raise CellError(translate("Projects", "commune {0} has no polygon to place the project in; give coordinates").format(code))
        return commune.PointOnSurface().ExportToWkt(), "commune"
    for reading in readings:
        point = ogr.CreateGeometryFromWkt(f"POINT ({reading.longitude!r} {reading.latitude!r})")
        if commune is None or commune.Contains(point):
            return point.ExportToWkt(), "coordinates (swapped)" if reading.swapped else "coordinates"
    first = readings[0]
    raise CellError(translate(
        "Projects", "the point at latitude {0:.5f}, longitude {1:.5f} lies outside commune {2}, "
        "{3:.1f} km from its boundary").format(
        first.latitude, first.longitude, code, _distance_km(commune, first.longitude, first.latitude)))


def _distance_km(commune, longitude, latitude):
    """Distance in km on the WGS 84 ellipsoid from a point to the nearest point of a commune."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsDistanceArea,
        QgsGeometry,
        QgsPointXY,
    )

    polygon = QgsGeometry()
    polygon.fromWkb(bytes(commune.ExportToWkb()))
    point = QgsGeometry.fromPointXY(QgsPointXY(longitude, latitude))
    closest = polygon.nearestPoint(point).asPoint()
    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateTransformContext())
    measure.setEllipsoid("WGS84")
    return measure.measureLine(QgsPointXY(longitude, latitude), closest) / 1000.0


def _write_features(path, rows, import_id):
    """Append the rows to the projects layer in one OGR transaction."""
    from osgeo import ogr

    source = ogr.Open(path, 1)
    layer = source.GetLayerByName(LAYER)
    definition = layer.GetLayerDefn()
    if source.StartTransaction() != ogr.OGRERR_NONE:
        raise DatabaseError(f"Cannot start a transaction on {path}.")
    try:
        for row in rows:
            feature = ogr.Feature(definition)
            for name, _kind in FIELDS:
                value = import_id if name == "import_id" else row.get(name)
                if value is not None:
                    feature.SetField(name, value)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(row["geometry"]))
            if layer.CreateFeature(feature) != ogr.OGRERR_NONE:
                raise DatabaseError(f"Cannot write project {row['title']!r} to {path}.")
        source.CommitTransaction()
    except Exception:
        source.RollbackTransaction()
        raise
    finally:
        source = None


def read_projects(path, commune_codes=None, value_chain_codes=None):
    """Return the projects (no geometry) as a DataFrame, optionally filtered."""
    import pandas as pd

    columns = [name for name, _kind in FIELDS]
    if not layer_exists(path):
        return pd.DataFrame(columns=["fid"] + columns)
    with closing(database.connect(path)) as connection:
        frame = pd.read_sql_query(f"SELECT fid, {', '.join(columns)} FROM {LAYER} ORDER BY fid", connection)
    if commune_codes is not None:
        frame = frame[frame["commune_code"].isin(set(commune_codes))]
    if value_chain_codes is not None:
        frame = frame[frame["value_chain"].isin(set(value_chain_codes))]
    return frame.reset_index(drop=True)


def projects_summary(path, region_code=None, commune_codes=None):
    """Return projects and jobs by value chain and status for a region (or a set of communes).

    Columns: value_chain, status, projects, jobs_expected, jobs_women,
    jobs_youth, investment_mad; a last row with value_chain "total" sums
    them. Missing job counts count as 0 in the sums and are reported in
    ``projects_without_jobs``.
    """
    import pandas as pd

    frame = read_projects(path)
    if region_code is not None:
        frame = frame[frame["commune_code"].str.startswith(f"{region_code}.")]
    if commune_codes is not None:
        frame = frame[frame["commune_code"].isin(set(commune_codes))]
    columns = ["value_chain", "status", "projects", "jobs_expected", "jobs_women", "jobs_youth", "investment_mad",
               "projects_without_jobs"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    frame = frame.assign(no_jobs=frame["jobs_expected"].isna().astype(int))
    grouped = frame.groupby(["value_chain", "status"], as_index=False).agg(
        projects=("title", "size"), jobs_expected=("jobs_expected", "sum"), jobs_women=("jobs_women", "sum"),
        jobs_youth=("jobs_youth", "sum"), investment_mad=("investment_mad", "sum"),
        projects_without_jobs=("no_jobs", "sum"))
    order = {status: position for position, status in enumerate(STATUSES)}
    grouped = grouped.sort_values(["value_chain", "status"], key=lambda c: c.map(order) if c.name == "status" else c)
    total = grouped[columns[2:]].sum()
    total_row = pd.DataFrame([{"value_chain": "total", "status": "", **total.to_dict()}])
    return pd.concat([grouped, total_row], ignore_index=True)[columns]
