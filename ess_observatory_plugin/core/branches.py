"""Microcredit branches: the ``microcredit_branches`` layer and its import.

The layer (points, EPSG:4326) has one row per branch of a microcredit
association, with fields institution, branch_name, address, commune_code,
commune_name, opening_date, latitude, longitude, placement, source,
illustrative, import_id, source_row and input_notes.

A register sent by an institution or a delegation is imported in three
stages. Every row is first checked without touching the database: its point
must fall in Morocco and, when the row names a commune too, within
COMMUNE_TOLERANCE_METRES of it; a row with only a commune is placed at a
point inside the commune's polygon (placement = 'commune', latitude and
longitude left empty). The rows that fail go to the rejects file with their
reason. The accepted rows, the audit row and the layer metadata are then
written in one SQLite transaction, so that a failure or a cancellation
leaves the database file exactly as it was.
"""

import getpass
import os
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import database
from .errors import ObservatoryError
from .i18n import translate
from .imports import ImportCanceledError, RegisterFileError, RowValueError
from .imports.communes import CommuneIndex
from .imports.coordinates import (
    AUTO,
    COORDINATE_SYSTEMS,
    NOTATION_DECIMAL_COMMA,
    NOTATION_MINUTES,
    NOTATION_SECONDS,
    WGS84,
    read_point,
    split_coordinate_pair,
    zone_name,
)
from .gpkg_tables import write_table_metadata
from .imports.excel import FieldSpec, clean_text, compact_label, is_blank, parse_date, read_register
from .imports.geopackage import (
    create_point_layer,
    point_blob,
    register_geometry_functions,
    update_layer_extent,
)
from .imports.rejects import RejectedRow, write_rejects
from .log import log, log_error

LAYER_NAME = "microcredit_branches"
OPERATION = "import_microcredit_branches"
SRS_ID = 4326

# A point may lie this far outside the commune its row names. Commune
# polygons are generalised, and branches cluster in town centres on commune
# borders, so a point a kilometre or two off is still in its commune. Farther
# out, the point or the commune is wrong.
COMMUNE_TOLERANCE_METRES = 2000.0
# A point outside every commune but this close to one (a harbour, a beach
# road) is kept and given the nearest commune. Farther out, it is outside
# Morocco. Ceuta and Melilla are not in the database, so a point within this
# distance of their border is also kept, in the nearest commune.
BORDER_TOLERANCE_METRES = 1000.0
# Two readings of one row (latitude/longitude and X/Y) must agree this closely.
AGREEMENT_METRES = 50.0

PLACEMENT_COORDINATES = "coordinates"
PLACEMENT_COMMUNE = "commune"

BRANCH_FIELDS = (
    FieldSpec("institution", (
        "Institution", "association", "association de microcredit", "association de micro credit",
        "amc", "institution de microfinance", "imf", "organisme", "etablissement", "nom de l'institution",
        "nom de l'association", "microcredit association", "microfinance institution", "operator", "operateur",
        "المؤسسة", "الجمعية", "جمعية القروض الصغرى", "مؤسسة القروض الصغرى", "اسم المؤسسة", "اسم الجمعية",
    )),
    FieldSpec("branch_name", (
        "Branch", "branch name", "agence", "nom de l'agence", "succursale", "point de vente", "guichet",
        "branche", "office", "الوكالة", "اسم الوكالة", "الفرع", "اسم الفرع",
    )),
    FieldSpec("address", ("Address", "adresse", "adresse de l'agence", "adresse postale", "العنوان", "عنوان الوكالة")),
    FieldSpec("commune_code", (
        "Commune code", "code commune", "code de la commune", "code hcp", "code geographique", "code commune hcp",
        "code", "hcp code", "code_commune", "رمز الجماعة", "الرمز الجغرافي", "رمز", "الرمز",
    )),
    FieldSpec("commune_name", (
        "Commune", "nom de la commune", "commune name", "nom commune", "municipality", "collectivite territoriale",
        "الجماعة", "اسم الجماعة", "الجماعة الترابية",
    )),
    FieldSpec("opening_date", (
        "Opening date", "date d'ouverture", "date ouverture", "date de creation", "date d'ouverture de l'agence",
        "ouverture", "date opened", "تاريخ الافتتاح", "تاريخ الفتح", "تاريخ الإحداث", "تاريخ الإنشاء",
    )),
    FieldSpec("latitude", ("Latitude", "lat", "latitude wgs84", "latitude wgs 84", "خط العرض", "العرض", "دائرة العرض")),
    FieldSpec("longitude", ("Longitude", "long", "lon", "lng", "longitude wgs84", "longitude wgs 84", "خط الطول",
                            "الطول")),
    FieldSpec("x", ("X", "x lambert", "lambert x", "coordonnee x", "easting")),
    FieldSpec("y", ("Y", "y lambert", "lambert y", "coordonnee y", "northing")),
    FieldSpec("coordinates", (
        "Coordinates", "coordonnees", "coordonnees gps", "gps", "position gps", "localisation gps",
        "gps coordinates", "الإحداثيات", "إحداثيات gps", "الموقع الجغرافي",
    )),
)
REQUIRED_COLUMNS = ("institution",)
LOCATION_COLUMNS = (("latitude", "longitude"), ("x", "y"), ("coordinates",), ("commune_code",), ("commune_name",))

_LAYER_COLUMNS = (
    "institution", "branch_name", "address", "commune_code", "commune_name", "opening_date", "latitude",
    "longitude", "placement", "source", "illustrative", "import_id", "source_row", "input_notes",
)
_ILLUSTRATIVE_MARKERS = ("illustrati", "توضيحي")


# Kinds of notes on accepted rows, counted in the import summary.
NOTE_SWAPPED = "swapped"
NOTE_CONVERTED = "converted"
NOTE_NOTATION = "notation"
NOTE_OUTSIDE = "outside_commune"
NOTE_COMMUNE_FOUND = "commune_from_point"
NOTE_PLACED = "placed_in_commune"
NOTE_CODE_READ = "code_read"
NOTE_NAME_UNKNOWN = "name_not_found"


def _note_labels():
    return {
        NOTE_SWAPPED: translate("BranchImport", "coordinates typed in each other's columns, swapped back"),
        NOTE_CONVERTED: translate("BranchImport", "coordinates converted from Lambert Merchich"),
        NOTE_NOTATION: translate("BranchImport", "coordinates in sexagesimal notation or with decimal commas"),
        NOTE_OUTSIDE: translate("BranchImport", "a point outside its commune, within the tolerance"),
        NOTE_COMMUNE_FOUND: translate("BranchImport", "the commune found from the point"),
        NOTE_PLACED: translate("BranchImport", "no coordinates, placed inside the commune"),
        NOTE_CODE_READ: translate("BranchImport", "a commune code typed in another form (lost leading zeros)"),
        NOTE_NAME_UNKNOWN: translate("BranchImport", "an unknown commune name beside a valid code"),
    }


_NOTATION_NOTES = {
    NOTATION_SECONDS: lambda: translate("BranchImport", "read from degrees, minutes and seconds"),
    NOTATION_MINUTES: lambda: translate("BranchImport", "read from degrees and decimal minutes"),
    NOTATION_DECIMAL_COMMA: lambda: translate("BranchImport", "read with a decimal comma"),
}


@dataclass
class Branch:
    """An accepted row, ready to be written."""

    row_number: int
    institution: str
    branch_name: str
    address: str
    commune: object
    opening_date: object
    longitude: float
    latitude: float
    placement: str
    notes: list = field(default_factory=list)
    typed_point: bool = True

    def key(self):
        return duplicate_key(self.institution, self.branch_name, self.address, self.commune.code,
                             self.latitude if self.typed_point else None,
                             self.longitude if self.typed_point else None)


@dataclass
class ImportResult:
    input_path: str
    database_path: str
    rejects_path: str
    source: str
    illustrative: bool
    import_id: int = None
    accepted: int = 0
    rejected: int = 0
    header_row: int = 0
    sheet: str = ""
    columns: str = ""
    ignored_headers: list = field(default_factory=list)
    blank_rows: int = 0
    rows_without_fields: list = field(default_factory=list)
    placed_by_commune: int = 0
    corrections: Counter = field(default_factory=Counter)

    def summary_lines(self):
        lines = []
        if self.illustrative:
            lines.append(translate(
                "BranchImport", "ILLUSTRATIVE DATA: these branches are made up for demonstration and training, "
                "and are flagged illustrative = 1 in the layer."))
        lines += [
            translate("BranchImport", "Header found on row {0}{1}: {2}").format(
                self.header_row, f" ({self.sheet})" if self.sheet else "", self.columns),
            translate("BranchImport", "Rows accepted: {0}; rows rejected: {1} (see {2})").format(
                self.accepted, self.rejected, self.rejects_path),
            translate("BranchImport", "Rows placed inside their commune for lack of coordinates: {0}").format(
                self.placed_by_commune),
        ]
        if self.ignored_headers:
            lines.append(translate("BranchImport", "Columns not imported: {0}").format(", ".join(self.ignored_headers)))
        if self.blank_rows:
            lines.append(translate("BranchImport", "Empty rows skipped: {0}").format(self.blank_rows))
        if self.rows_without_fields:
            lines.append(translate(
                "BranchImport", "Rows skipped because every imported column is empty in them: {0} (rows {1})"
            ).format(len(self.rows_without_fields), _row_list(self.rows_without_fields)))
        labels = _note_labels()
        for kind, count in sorted(self.corrections.items()):
            if kind == NOTE_PLACED:
                continue  # counted by placed_by_commune above
            lines.append(translate("BranchImport", "Rows with {0}: {1}").format(labels.get(kind, kind), count))
        if self.import_id is not None:
            lines.append(translate("BranchImport", "Import {0} recorded in the audit log of {1}").format(
                self.import_id, self.database_path))
        return lines


def _row_list(numbers, limit=20):
    text = ", ".join(str(number) for number in numbers[:limit])
    return text + (", ..." if len(numbers) > limit else "")


class RowRejected(ObservatoryError):
    """A row that cannot be imported; ``reasons`` lists every problem found."""

    def __init__(self, reasons):
        super().__init__(" ".join(reasons))
        self.reasons = reasons


def duplicate_key(institution, branch_name, address, commune_code, latitude, longitude):
    """Return what makes two rows the same branch.

    Same institution and commune, and the same branch name; without a name,
    the same address; without either, the same point to about 10 m.
    """
    if branch_name:
        place = ("name", compact_label(branch_name))
    elif address:
        place = ("address", compact_label(address))
    elif latitude is not None and longitude is not None:
        place = ("point", round(latitude, 4), round(longitude, 4))
    else:
        place = ("commune",)
    return compact_label(institution), commune_code, place


# ---------------------------------------------------------------- row checks


class _RowChecker:
    def __init__(self, communes, coordinate_system, date_system):
        self.communes = communes
        self.coordinate_system = coordinate_system
        self.date_system = date_system

    def check(self, row):
        """Return the Branch of a row, or raise RowRejected with every reason found."""
        reasons, notes = [], []

        institution = clean_text(row.get("institution"))
        if institution is None:
            reasons.append(translate("BranchImport", "Institution is empty: name the microcredit association."))

        opening_date = None
        try:
            opening_date = parse_date(row.get("opening_date"), self.date_system)
        except RowValueError as error:
            reasons.append(str(error))

        stated = self._stated_communes(row, reasons, notes)
        sources = self._point_sources(row, reasons)
        located = None
        if stated is None:
            pass  # the commune's reason is already in ``reasons``
        elif self._has_typed_point(row):
            if sources:
                try:
                    located = self._locate(sources, stated, notes)
                except RowValueError as error:
                    reasons.append(str(error))
        elif len(stated) == 1:
            located = self._place_in_commune(stated[0], notes)
        elif stated:
            reasons.append(translate(
                "BranchImport", "Commune name {0!r} matches several communes ({1}): give the commune code."
            ).format(clean_text(row.get("commune_name")), ", ".join(c.label for c in stated)))
        else:
            reasons.append(translate(
                "BranchImport", "No location: give latitude and longitude, Lambert X and Y, or the commune "
                "code or name."))

        if reasons:
            raise RowRejected(reasons)

        commune, longitude, latitude, placement = located
        return Branch(
            row_number=row.number, institution=institution, branch_name=clean_text(row.get("branch_name")),
            address=clean_text(row.get("address")), commune=commune, opening_date=opening_date,
            longitude=longitude, latitude=latitude, placement=placement, notes=notes,
            typed_point=placement == PLACEMENT_COORDINATES,
        )

    # -- commune columns

    @staticmethod
    def _has_typed_point(row):
        return any(not is_blank(row.get(name)) for name in ("latitude", "longitude", "x", "y", "coordinates"))

    def _stated_communes(self, row, reasons, notes):
        """Return the communes the row names: () when none, None when a named one is invalid."""
        code_value, name_value = row.get("commune_code"), row.get("commune_name")
        by_code = by_name = None
        failed = False
        if not is_blank(code_value):
            try:
                by_code = self.communes.by_code(code_value)
            except RowValueError as error:
                reasons.append(str(error))
                failed = True
        if not is_blank(name_value) and not failed:
            try:
                by_name = self.communes.by_name(name_value)
            except RowValueError as error:
                if by_code is None:
                    reasons.append(str(error))
                    failed = True
                else:
                    commune = by_code.candidates[0]
                    notes.append((NOTE_NAME_UNKNOWN, translate(
                        "BranchImport", "commune name {0!r} not found; the code {1} ({2}) was used").format(
                            clean_text(name_value), commune.code, commune.name_fr)))
        if failed:
            return None

        if by_code is not None:
            commune = by_code.candidates[0]
            if by_code.note:
                notes.append((NOTE_CODE_READ, by_code.note))
            if by_name is not None and commune not in by_name.candidates:
                reasons.append(translate(
                    "BranchImport", "Commune code {0!r} is {1} but the commune name {2!r} is {3}: correct one of them."
                ).format(clean_text(code_value), commune.label, clean_text(name_value),
                         ", ".join(c.label for c in by_name.candidates)))
                return None
            return (commune,)
        if by_name is not None:
            return by_name.candidates
        return ()

    @staticmethod
    def _place_in_commune(commune, notes):
        point = commune.inner_point()
        text = translate("BranchImport", "no coordinates: placed inside commune {0}").format(commune.label)
        notes.append((NOTE_PLACED, text))
        return commune, point.x(), point.y(), PLACEMENT_COMMUNE

    # -- coordinates

    def _point_sources(self, row, reasons):
        """Return [(label, readings)] for each filled group of coordinate columns."""
        sources = []
        groups = (
            (translate("BranchImport", "latitude and longitude"), lambda: (row.get("latitude"), row.get("longitude"))),
            (translate("BranchImport", "X and Y"), lambda: (row.get("y"), row.get("x"))),
            (translate("BranchImport", "coordinates"), lambda: split_coordinate_pair(row.get("coordinates"))),
        )
        for label, values in groups:
            try:
                northing, easting = values()
                readings = read_point(northing, easting, self.coordinate_system)
            except RowValueError as error:
                reasons.append(str(error))
                continue
            if readings:
                sources.append((label, readings))
        return sources

    def _locate(self, sources, stated, notes):
        label, readings = sources[0]
        reading, commune, distance = self._resolve(readings, stated)
        for other_label, other_readings in sources[1:]:
            other, _commune, _distance = self._resolve(other_readings, stated)
            gap = self.communes.measure.measureLine(reading.point, other.point)
            if gap > AGREEMENT_METRES:
                raise RowValueError(translate(
                    "BranchImport", "The {0} and the {1} of this row are {2:.0f} m apart: keep only the right ones."
                ).format(label, other_label, gap))

        if reading.swapped and reading.crs == WGS84:
            text = translate("BranchImport", "latitude and longitude were in each other's columns")
            notes.append((NOTE_SWAPPED, text))
        elif reading.swapped:
            notes.append((NOTE_SWAPPED, translate("BranchImport", "X and Y were in each other's columns")))
        if reading.crs != WGS84:
            text = translate("BranchImport", "converted from {0}").format(zone_name(reading.crs))
            notes.append((NOTE_CONVERTED, text))
        if reading.notation in _NOTATION_NOTES:
            notes.append((NOTE_NOTATION, _NOTATION_NOTES[reading.notation]()))
        if distance > 0:
            text = translate("BranchImport", "point {0:.0f} m outside commune {1}").format(distance, commune.label)
            notes.append((NOTE_OUTSIDE, text))
        if not stated:
            notes.append((NOTE_COMMUNE_FOUND, translate("BranchImport", "commune found from the point")))
        return commune, reading.longitude, reading.latitude, PLACEMENT_COORDINATES

    def _resolve(self, readings, stated):
        """Return (reading, commune, metres outside that commune) for the readings of one point."""
        located, nearest_miss = [], None
        for reading in readings:
            commune = self.communes.containing(reading.point)
            outside = 0.0
            if commune is None:
                commune, outside = self.communes.nearest(reading.point)
                if commune is None or outside > BORDER_TOLERANCE_METRES:
                    if nearest_miss is None or outside < nearest_miss[0]:
                        nearest_miss = (outside, reading, commune)
                    continue
            located.append((reading, commune, outside))

        if not located:
            outside, reading, commune = nearest_miss
            where = ""
            if commune is not None:
                where = translate("BranchImport", " from the nearest commune ({0})").format(commune.label)
            raise RowValueError(translate(
                "BranchImport", "Point latitude {0:.6f}, longitude {1:.6f} is outside Morocco: {2:.1f} km{3}."
            ).format(reading.latitude, reading.longitude, outside / 1000, where))

        if stated:
            pairs = []
            for reading, found, outside in located:
                for commune in stated:
                    distance = outside if found is commune else self.communes.distance(commune, reading.point)
                    pairs.append((reading.swapped, distance, reading, commune))
            close = [pair for pair in pairs if pair[1] <= COMMUNE_TOLERANCE_METRES]
            if not close:
                _swapped, distance, reading, commune = min(pairs, key=lambda pair: pair[1])
                raise RowValueError(translate(
                    "BranchImport",
                    "Point latitude {0:.6f}, longitude {1:.6f} is {2:.1f} km from commune {3}, farther than "
                    "the {4:.0f} km accepted: check the coordinates and the commune."
                ).format(reading.latitude, reading.longitude, distance / 1000, commune.label,
                         COMMUNE_TOLERANCE_METRES / 1000))
            _swapped, distance, reading, commune = min(close, key=lambda pair: (pair[0], pair[1]))
            return reading, commune, distance

        preferred = [entry for entry in located if not entry[0].swapped] or located
        first = preferred[0][0]
        others = [entry[0] for entry in preferred[1:]
                  if self.communes.measure.measureLine(first.point, entry[0].point) > AGREEMENT_METRES]
        if others:
            zones = translate("BranchImport", " and ").join(sorted({zone_name(r.crs) for r in [first] + others}))
            raise RowValueError(translate(
                "BranchImport",
                "These coordinates fall in Morocco in more than one reading ({0}): choose the coordinate "
                "system, or give the commune code so that the right reading can be kept.").format(zones))
        return preferred[0]


# ---------------------------------------------------------------- import


def import_branches(database_path, input_path, source, rejects_path, coordinate_system=AUTO,
                    illustrative=False, feedback=None, sheet=None):
    """Import a register of microcredit branches and return an ImportResult.

    Raises RegisterFileError or DatabaseError when the file or the database
    cannot be used, and ImportCanceledError when ``feedback`` is canceled.
    After any exception the database is unchanged.
    """
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    source = (source or "").strip()
    if not source:
        raise RegisterFileError(translate(
            "BranchImport",
            "The source is empty: name who sent the list, such as 'Association X, regional office, March 2025'."))
    if coordinate_system not in COORDINATE_SYSTEMS:
        raise RegisterFileError(translate(
            "BranchImport", "Coordinate system {0!r} is not supported: use one of {1}."
        ).format(coordinate_system, ", ".join(COORDINATE_SYSTEMS)))
    with closing(database.connect(database_path)):
        pass

    log(f"{OPERATION} started: {input_path} into {database_path}")
    register = read_register(input_path, BRANCH_FIELDS, REQUIRED_COLUMNS, LOCATION_COLUMNS, sheet=sheet)
    _check_illustrative_flag(register, illustrative)
    if illustrative and not any(marker in source.lower() for marker in _ILLUSTRATIVE_MARKERS):
        source = f"{source} [ILLUSTRATIVE]"

    result = ImportResult(
        input_path=input_path, database_path=database_path, rejects_path=rejects_path, source=source,
        illustrative=illustrative, header_row=register.header_row, sheet=register.sheet,
        columns=register.column_summary(), ignored_headers=register.ignored_headers,
        blank_rows=register.blank_rows,
    )
    _info(feedback, translate("BranchImport", "Header found on row {0}: {1}").format(
        register.header_row, result.columns))

    communes = CommuneIndex(database_path)
    existing = _existing_keys(database_path)
    accepted, rejected = _check_rows(register, communes, coordinate_system, existing, feedback, result)

    _info(feedback, translate("BranchImport", "Writing {0} rejected rows to {1}").format(len(rejected), rejects_path))
    write_rejects(rejects_path, register.headers, rejected, _rejects_title(result, register),
                  register.delimiter or ";")
    _progress(feedback, 70)

    result.accepted, result.rejected = len(accepted), len(rejected)
    try:
        result.import_id = _write(database_path, accepted, result, started_at, coordinate_system, feedback)
    except ImportCanceledError:
        log(f"{OPERATION} canceled, database unchanged: {input_path}")
        raise
    except (sqlite3.Error, OSError) as error:
        log_error(f"{OPERATION} failed, database unchanged: {input_path}: {error}")
        raise ObservatoryError(translate(
            "BranchImport", "Writing the branches to {0} failed: {1}. The database is unchanged."
        ).format(database_path, error)) from error

    _progress(feedback, 100)
    log(f"{OPERATION} finished: import {result.import_id}, {result.accepted} accepted, {result.rejected} rejected")
    return result


def _check_illustrative_flag(register, illustrative):
    """Raise RegisterFileError when a file marked illustrative is imported as real data."""
    if illustrative:
        return
    texts = [os.path.basename(register.path)] + register.preamble
    marked = [text for text in texts if any(marker in text.lower() for marker in _ILLUSTRATIVE_MARKERS)]
    if marked:
        raise RegisterFileError(translate(
            "BranchImport", "{0} is marked as illustrative data ({1!r}) but the import is not flagged illustrative: "
            "set the illustrative option so that its rows are flagged, or use a file of real branches."
        ).format(register.path, marked[0]))


def _check_rows(register, communes, coordinate_system, existing, feedback, result):
    checker = _RowChecker(communes, coordinate_system, register.date_system)
    accepted, rejected, seen = [], [], {}
    total = max(len(register.rows), 1)
    for position, row in enumerate(register.rows):
        if feedback is not None and feedback.isCanceled():
            raise ImportCanceledError(translate("BranchImport", "Import canceled: the database is unchanged."))
        _progress(feedback, 60.0 * position / total)
        if all(is_blank(value) for value in row.values.values()):
            # Only columns that are not imported have values, such as the
            # numbers of a template's unused rows: nothing of it would enter the layer.
            result.rows_without_fields.append(row.number)
            continue
        try:
            branch = checker.check(row)
        except RowRejected as error:
            rejected.append(RejectedRow(row.number, str(error), row.cells))
            continue

        key = branch.key()
        if key in seen:
            rejected.append(RejectedRow(row.number, translate(
                "BranchImport",
                "Duplicate of row {0}: same institution, commune and branch name (or address, or point)."
            ).format(seen[key]), row.cells))
            continue
        if key in existing:
            rejected.append(RejectedRow(row.number, translate(
                "BranchImport", "Already in the database (import {0}): same institution, commune and branch name "
                "(or address, or point).").format(existing[key]), row.cells))
            continue
        seen[key] = row.number
        accepted.append(branch)
        for kind, _text in branch.notes:
            result.corrections[kind] += 1
        if branch.placement == PLACEMENT_COMMUNE:
            result.placed_by_commune += 1
    _progress(feedback, 60)
    return accepted, rejected


def _rejects_title(result, register):
    lines = [translate(
        "BranchImport", "Rows of {0} not imported into {1}, each with the reason. Correct them here and import "
        "this file again.").format(os.path.basename(result.input_path), LAYER_NAME)]
    if result.illustrative:
        lines.insert(0, translate("BranchImport", "ILLUSTRATIVE DATA, NOT REAL BRANCHES"))
    return lines


def _info(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _existing_keys(database_path):
    """Return {duplicate key: import id} of the branches already in the database."""
    with closing(sqlite3.connect(database_path)) as connection:
        present = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (LAYER_NAME,)).fetchone()
        if not present:
            return {}
        rows = connection.execute(
            f"SELECT institution, branch_name, address, commune_code, latitude, longitude, import_id "
            f"FROM {LAYER_NAME}").fetchall()
    return {duplicate_key(*row[:6]): row[6] for row in rows}


# ---------------------------------------------------------------- writing


def _write(database_path, branches, result, started_at, coordinate_system, feedback):
    """Write the branches, the audit row and the metadata in one transaction and return the import id."""
    connection = sqlite3.connect(database_path, timeout=30, isolation_level=None)
    try:
        register_geometry_functions(connection)
        connection.execute("BEGIN IMMEDIATE")
        try:
            ensure_branch_layer(connection)
            import_id = _insert_audit_row(connection, result, started_at, coordinate_system)
            rows = [_layer_row(branch, result, import_id) for branch in branches]
            for start in range(0, len(rows), 200):
                if feedback is not None and feedback.isCanceled():
                    raise ImportCanceledError(translate("BranchImport", "Import canceled: the database is unchanged."))
                connection.executemany(
                    f"INSERT INTO {LAYER_NAME} (geom, {', '.join(_LAYER_COLUMNS)}) "
                    f"VALUES (?, {', '.join('?' * len(_LAYER_COLUMNS))})", rows[start:start + 200])
                _progress(feedback, 70 + 25.0 * min(start + 200, len(rows)) / max(len(rows), 1))
            update_layer_extent(connection, LAYER_NAME)
            write_branch_metadata(connection)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return import_id


def _layer_row(branch, result, import_id):
    notes = "; ".join(text for _kind, text in branch.notes) or None
    return (
        point_blob(branch.longitude, branch.latitude, SRS_ID),
        branch.institution, branch.branch_name, branch.address, branch.commune.code, branch.commune.name_fr,
        branch.opening_date.isoformat() if branch.opening_date else None,
        branch.latitude if branch.typed_point else None,
        branch.longitude if branch.typed_point else None,
        branch.placement, result.source, 1 if result.illustrative else 0, import_id, branch.row_number, notes,
    )


def _insert_audit_row(connection, result, started_at, coordinate_system):
    """Append the import's row to audit_log on the open transaction and return its id.

    ``database.record_audit`` opens its own connection, which would commit
    the audit row apart from the branches; this writes the same columns.
    """
    database.ensure_audit_table(connection)
    try:
        user_name = getpass.getuser()
    except (KeyError, OSError):
        user_name = None
    message = (f"source: {result.source}; illustrative: {'yes' if result.illustrative else 'no'}; "
               f"coordinate system: {coordinate_system}; header row: {result.header_row}; "
               f"rejects: {result.rejects_path}")
    if result.rows_without_fields:
        message += f"; rows skipped with every imported column empty: {_row_list(result.rows_without_fields)}"
    cursor = connection.execute(
        "INSERT INTO audit_log (operation, file, checksum, user_name, started_at, finished_at, rows_accepted, "
        "rows_rejected, status, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'success', ?)",
        (OPERATION, result.input_path, database.file_checksum(result.input_path), user_name, started_at,
         datetime.now(timezone.utc).isoformat(timespec="seconds"), result.accepted, result.rejected, message),
    )
    return cursor.lastrowid


def ensure_branch_layer(connection):
    """Create the microcredit_branches layer with its spatial index if it is missing."""
    create_point_layer(
        connection, LAYER_NAME, "Branches of microcredit associations",
        '"institution" TEXT NOT NULL, "branch_name" TEXT, "address" TEXT, "commune_code" TEXT, '
        '"commune_name" TEXT, "opening_date" DATE, "latitude" REAL, "longitude" REAL, '
        '"placement" TEXT NOT NULL CHECK ("placement" IN (\'coordinates\', \'commune\')), '
        '"source" TEXT, "illustrative" INTEGER NOT NULL DEFAULT 0 CHECK ("illustrative" IN (0, 1)), '
        '"import_id" INTEGER, "source_row" INTEGER, "input_notes" TEXT',
    )


# ---------------------------------------------------------------- metadata


def branch_metadata_entry(connection):
    """Return (title, abstract, licence, attribution, source) of the layer from its current rows."""
    total, illustrative, by_commune = connection.execute(
        f'SELECT COUNT(*), COALESCE(SUM(illustrative), 0), COALESCE(SUM(placement = \'commune\'), 0) '
        f'FROM "{LAYER_NAME}"').fetchone()
    sources = [row[0] for row in connection.execute(
        f'SELECT DISTINCT source FROM "{LAYER_NAME}" WHERE source IS NOT NULL ORDER BY source')]

    title = "Microcredit branches"
    if total and illustrative == total:
        title += " - ILLUSTRATIVE data, not real branches"
    elif illustrative:
        title += f" - includes {_count(illustrative, 'ILLUSTRATIVE row', 'ILLUSTRATIVE rows')}"

    abstract = (
        f"{_count(total, 'branch', 'branches')} of microcredit associations imported from registers sent by "
        f"their sources. Points are in EPSG:4326. {_count(by_commune, 'branch', 'branches')} had no coordinates "
        "and are placed at a point inside "
        "their commune (placement = 'commune', latitude and longitude empty); the others are placed by their "
        f"coordinates, each within {COMMUNE_TOLERANCE_METRES / 1000:.0f} km of the commune its row named. "
        "Each row carries the audit_log id of its import (import_id), its row in the source file and notes "
        "on how its location was read."
    )
    if illustrative:
        abstract += (
            f" {_count(illustrative, 'row is', 'rows are')} ILLUSTRATIVE (illustrative = 1): made up for "
            "demonstration and training from census populations, with generic institution names. They are not "
            "real branches and must not be used for analysis.")
    licence = "Terms agreed with each source named in the attribution"
    if total and illustrative == total:
        licence = "Illustrative data made by the ESS Observatory plugin; free to reuse for training"
    attribution = "; ".join(sources) if sources else "No rows imported yet"
    return title, abstract, licence, attribution, attribution


def _count(number, singular, plural):
    return f"{number} {singular if number == 1 else plural}"


def write_branch_metadata(connection):
    """Store the layer's metadata in layer_metadata and as QGIS XML in gpkg_metadata."""
    title, abstract, licence, attribution, source = branch_metadata_entry(connection)
    keywords = ["Morocco", "microcredit", "microfinance", "branches"]
    if "ILLUSTRATIVE" in title:
        keywords.append("illustrative")
    write_table_metadata(connection, LAYER_NAME, title, abstract, licence, attribution, source, keywords)
