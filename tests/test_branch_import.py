"""Import of microcredit branch registers into the observatory database.

Every test imports into a fresh copy of the database built from the real
census and polygon packages. Expected points are computed by a second method
(hand arithmetic for sexagesimal notation, GDAL's osr for Lambert Merchich,
the haversine formula for distances) rather than by the code under test.
Reference points are taken inside the database's own commune polygons.
"""

import csv
import getpass
import hashlib
import importlib.util
import math
import os
import re
import sqlite3
import struct
from contextlib import closing
from datetime import date, datetime

import openpyxl
import pytest
from osgeo import osr
from qgis import processing
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from ess_observatory_plugin.core import branches
from ess_observatory_plugin.core.branches import BRANCH_FIELDS, LAYER_NAME, import_branches
from ess_observatory_plugin.core.imports import ImportCanceledError, RegisterFileError, RowValueError
from ess_observatory_plugin.core.imports.communes import CommuneIndex
from ess_observatory_plugin.core.imports.coordinates import parse_coordinate, read_point, split_coordinate_pair
from ess_observatory_plugin.core.imports.excel import (
    normalise_label,
    parse_date,
    parse_number,
    read_register,
    synonym_lookup,
)
from ess_observatory_plugin.core.imports.geopackage import blob_bounds
from ess_observatory_plugin.processing.import_branches import ImportMicrocreditBranchesAlgorithm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "data", "microcredit_branches_ILLUSTRATIVE_pilot_regions.xlsx")
SAMPLE_SCRIPT = os.path.join(ROOT, "data", "make_illustrative_branches.py")
SAMPLE_ACCEPTED = 314
SAMPLE_REJECTED = 11
ALGORITHM = "ess_observatory:import_microcredit_branches"

RABAT = "04.421.01.0"
TANGER = "01.511.01.0"
SIDI_TAIBI = "04.281.01.13"
AL_MANZLA = "01.511.05.01"
EARTH_RADIUS_METRES = 6371008.8

FRENCH_HEADERS = ["Nom de l'institution", "Nom de l'agence", "Adresse", "Code de la commune", "Commune",
                  "Date d'ouverture", "Latitude", "Longitude"]
ARABIC_HEADERS = ["المؤسسة", "اسم الوكالة", "العنوان", "رمز الجماعة", "الجماعة", "تاريخ الافتتاح",
                  "خط العرض", "خط الطول"]


# ---------------------------------------------------------------- helpers


def haversine_metres(longitude_1, latitude_1, longitude_2, latitude_2):
    phi_1, phi_2 = math.radians(latitude_1), math.radians(latitude_2)
    d_phi = phi_2 - phi_1
    d_lambda = math.radians(longitude_2 - longitude_1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi_1) * math.cos(phi_2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a))


def osr_to_projected(longitude, latitude, epsg):
    """Project a WGS 84 point with GDAL's osr, independently of QgsCoordinateTransform."""
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for reference in (source, target):
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _z = osr.CoordinateTransformation(source, target).TransformPoint(longitude, latitude)
    return x, y


def dms(value, positive, negative, separator_style=0):
    """Write decimal degrees as degrees, minutes and seconds to 0.001 second (3 cm)."""
    hemisphere = positive if value >= 0 else negative
    total = abs(value) * 3600
    degrees = int(total // 3600)
    minutes = int((total - degrees * 3600) // 60)
    seconds = total - degrees * 3600 - minutes * 60
    if separator_style == 0:
        return f"{degrees}°{minutes}'{seconds:.3f}\"{hemisphere}"
    return f"{degrees} {minutes} {seconds:.3f} {hemisphere}"


def write_register(path, headers, rows, title_rows=("Liste des agences de microcrédit", "Mise à jour 2025"),
                   blank_rows_before_header=1, merges=()):
    """Write an .xlsx register with title rows (merged across), blank rows, then the header."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    last_column = openpyxl.utils.get_column_letter(len(headers))
    for line in title_rows:
        sheet.append([line])
        sheet.merge_cells(f"A{sheet.max_row}:{last_column}{sheet.max_row}")
    for _blank in range(blank_rows_before_header):
        sheet.append([])
    header_row = len(title_rows) + blank_rows_before_header + 1
    for column, header in enumerate(headers, start=1):
        sheet.cell(header_row, column, header)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                cell = sheet.cell(header_row + offset, column, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # typed text, not a formula
    for merged in merges:
        sheet.merge_cells(merged)
    workbook.save(path)
    return header_row


def write_minimal_xls(path, rows, date_cells=()):
    """Write a one-sheet BIFF8 .xls file: text as shared strings, numbers as NUMBER records.

    No package here writes .xls, so this builds the smallest file GDAL's XLS
    driver reads: a compound document (512-byte sectors, one FAT sector, one
    directory sector) with a Workbook stream padded to 4096 bytes so that it
    needs no mini stream. Cells listed in ``date_cells`` as (row, column),
    0-based, get the built-in date format 14.
    """
    def record(kind, data):
        return struct.pack("<HH", kind, len(data)) + data

    def text(value, length_format="<H"):
        return struct.pack(length_format, len(value)) + b"\x01" + value.encode("utf-16-le")

    def beginning_of_file(kind):
        return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))

    def cell_format(format_index, style):
        flags = 0xFFF5 if style else 0x0001
        return record(0x00E0, struct.pack("<HHHBBBBIIH", 0, format_index, flags, 0x20, 0, 0, 0, 0, 0, 0x20C0))

    strings = []
    for row in rows:
        strings += [value for value in row if isinstance(value, str) and value not in strings]
    font = record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + text("Arial", "<B"))
    # Excel files carry 15 style formats then the cell formats: 15 is General, 16 a date.
    formats = b"".join(cell_format(0, True) for _ in range(15)) + cell_format(0, False) + cell_format(14, False)
    shared_strings = record(0x00FC, struct.pack("<II", len(strings), len(strings)) + b"".join(map(text, strings)))
    head = (beginning_of_file(0x0005) + record(0x0042, struct.pack("<H", 1200)) + record(0x0022, struct.pack("<H", 0))
            + font * 5 + formats)
    sheet_name = "Feuil1"
    sheet_offset = len(head) + (4 + 6 + 2 + 2 * len(sheet_name)) + len(shared_strings) + 4
    sheet_entry = record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + text(sheet_name, "<B"))
    stream = head + sheet_entry + shared_strings + record(0x000A, b"")

    cells = b""
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, str):
                cells += record(0x00FD, struct.pack("<HHHI", row_index, column, 15, strings.index(value)))
            elif value is not None:
                style = 16 if (row_index, column) in date_cells else 15
                cells += record(0x0203, struct.pack("<HHHd", row_index, column, style, float(value)))
    width = max(len(row) for row in rows)
    stream += beginning_of_file(0x0010) + record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))
    stream += cells + record(0x000A, b"")
    stream += b"\x00" * (max(4096, -(-len(stream) // 512) * 512) - len(stream))

    end_of_chain, free = 0xFFFFFFFE, 0xFFFFFFFF
    sectors = len(stream) // 512
    allocation = [0xFFFFFFFD, end_of_chain] + [3 + i for i in range(sectors - 1)] + [end_of_chain]
    allocation += [free] * (128 - len(allocation))

    def directory_entry(name, kind, child, start, size):
        encoded = (name + "\x00").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", free, free, child) + b"\x00" * 20 + b"\x00" * 16
                + struct.pack("<II", start, size) + b"\x00" * 4)

    directory = (directory_entry("Root Entry", 5, 1, end_of_chain, 0)
                 + directory_entry("Workbook", 2, free, 2, len(stream)) + directory_entry("", 0, free, 0, 0) * 2)
    header = (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<9I", 0, 1, 1, 0, 4096, end_of_chain, 0, end_of_chain, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    with open(path, "wb") as handle:
        handle.write(header + struct.pack("<128I", *allocation) + directory + stream)


def run_import(database_path, tmp_path, rows, headers=FRENCH_HEADERS, name="branches.xlsx", **options):
    path = str(tmp_path / name)
    write_register(path, headers, rows)
    options.setdefault("rejects_path", str(tmp_path / "rejects.xlsx"))
    return import_branches(database_path, path, options.pop("source", "Test list, delegation of Rabat"), **options)


def stored_branches(database_path):
    """Return the rows of the layer as dicts, with the geometry's x and y."""
    with closing(sqlite3.connect(database_path)) as connection:
        connection.row_factory = sqlite3.Row
        rows = [dict(row) for row in connection.execute(f"SELECT * FROM {LAYER_NAME} ORDER BY fid")]
    for row in rows:
        min_x, _max_x, min_y, _max_y = blob_bounds(row.pop("geom"))
        row["x"], row["y"] = min_x, min_y
    return rows


def by_branch(database_path):
    return {row["branch_name"]: row for row in stored_branches(database_path)}


def rejects(path):
    """Return {source row: reason} of an .xlsx rejects file."""
    sheet = openpyxl.load_workbook(path).active
    header = next(index for index, row in enumerate(sheet.iter_rows(values_only=True), start=1)
                  if row[0] == "Source row")
    return {row[0]: row[1] for row in sheet.iter_rows(min_row=header + 1, values_only=True) if row[0] is not None}


def file_digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


@pytest.fixture(scope="module")
def communes(built_database):
    return CommuneIndex(built_database[0])


@pytest.fixture(scope="module")
def rabat_point(communes):
    return communes.communes[RABAT].inner_point()


@pytest.fixture(scope="module")
def import_algorithm(processing_provider):
    """The algorithm's id, registered in the provider if provider.py does not list it yet."""
    if processing_provider.algorithm("import_microcredit_branches") is None:
        processing_provider.addAlgorithm(ImportMicrocreditBranchesAlgorithm())
    return ALGORITHM


# ---------------------------------------------------------------- coordinates


def test_coordinate_formats_give_same_point(database_path, tmp_path, rabat_point):
    longitude, latitude = rabat_point.x(), rabat_point.y()
    x, y = osr_to_projected(longitude, latitude, 26191)
    formats = {
        "number": (latitude, longitude),
        "text point": (f"{latitude:.9f}", f"{longitude:.9f}"),
        "text comma": (f"{latitude:.9f}".replace(".", ","), f"{longitude:.9f}".replace(".", ",")),
        "dms symbols": (dms(latitude, "N", "S"), dms(longitude, "E", "W")),
        "dms spaces": (dms(latitude, "N", "S", 1), dms(longitude, "E", "O", 1)),
        "dms prefix": ("N " + dms(latitude, "", "")[:-1], "W " + dms(longitude, "", "")[:-1]),
        "lambert nord": (f"{y:.3f}", f"{x:.3f}"),
        "swapped": (longitude, latitude),
    }
    rows = [["AMC T", name, None, RABAT, None, None, lat, lon] for name, (lat, lon) in formats.items()]
    result = run_import(database_path, tmp_path, rows)

    assert result.rejected == 0, rejects(result.rejects_path)
    assert result.accepted == len(formats)
    stored = by_branch(database_path)
    for name in formats:
        row = stored[name]
        assert haversine_metres(row["x"], row["y"], longitude, latitude) < 1.0, name
        assert row["placement"] == "coordinates", name
        assert row["latitude"] == pytest.approx(row["y"], abs=1e-12), name
        assert row["longitude"] == pytest.approx(row["x"], abs=1e-12), name
        assert row["commune_code"] == RABAT, name
    assert "EPSG:26191" in stored["lambert nord"]["input_notes"]
    assert "degrees, minutes and seconds" in stored["dms symbols"]["input_notes"]


def test_lambert_nord_matches_wgs84_point(database_path, tmp_path, rabat_point):
    longitude, latitude = rabat_point.x(), rabat_point.y()
    x, y = osr_to_projected(longitude, latitude, 26191)
    headers = ["Institution", "Agence", "Code commune", "X", "Y"]

    declared = run_import(database_path, tmp_path, [["AMC L", "declared", None, x, y]], headers,
                          name="declared.xlsx", coordinate_system="EPSG:26191")
    assert declared.accepted == 1, rejects(declared.rejects_path)
    automatic = run_import(database_path, tmp_path, [["AMC L", "auto with commune", RABAT, x, y]], headers,
                           name="auto.xlsx")
    assert automatic.accepted == 1, rejects(automatic.rejects_path)

    stored = by_branch(database_path)
    for name in ("declared", "auto with commune"):
        assert haversine_metres(stored[name]["x"], stored[name]["y"], longitude, latitude) < 1.0, name


def test_lambert_without_commune_ambiguous_near_rabat(database_path, tmp_path, rabat_point):
    x, y = osr_to_projected(rabat_point.x(), rabat_point.y(), 26191)
    result = run_import(database_path, tmp_path, [["AMC L", "no commune", None, x, y]],
                        ["Institution", "Agence", "Code commune", "X", "Y"])
    assert result.accepted == 0
    reason = list(rejects(result.rejects_path).values())[0]
    assert "EPSG:26191" in reason
    assert "EPSG:26192" in reason


def test_lambert_without_commune_unique_in_tanger(database_path, tmp_path, communes):
    point = communes.communes[TANGER].inner_point()
    x, y = osr_to_projected(point.x(), point.y(), 26191)
    result = run_import(database_path, tmp_path, [["AMC L", "Tanger", None, x, y]],
                        ["Institution", "Agence", "Code commune", "X", "Y"])
    assert result.accepted == 1, rejects(result.rejects_path)
    row = by_branch(database_path)["Tanger"]
    assert row["commune_code"] == TANGER
    assert haversine_metres(row["x"], row["y"], point.x(), point.y()) < 1.0


def test_lambert_sud_declared(database_path, tmp_path, communes):
    southern = next(commune for code, commune in sorted(communes.communes.items())
                    if 28.5 < commune.inner_point().y() < 30.5 and commune.inner_point().x() < -8)
    point = southern.inner_point()
    x, y = osr_to_projected(point.x(), point.y(), 26192)
    result = run_import(database_path, tmp_path, [["AMC S", "south", southern.code, x, y]],
                        ["Institution", "Agence", "Code commune", "X", "Y"], coordinate_system="EPSG:26192")
    assert result.accepted == 1, rejects(result.rejects_path)
    row = by_branch(database_path)["south"]
    assert haversine_metres(row["x"], row["y"], point.x(), point.y()) < 1.0


def test_swapped_coordinates_corrected_and_noted(database_path, tmp_path, rabat_point):
    longitude, latitude = rabat_point.x(), rabat_point.y()
    rows = [
        ["AMC S", "numbers swapped", None, None, None, None, longitude, latitude],
        ["AMC S", "letters swapped", None, None, None, None, dms(longitude, "E", "W"), dms(latitude, "N", "S")],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 2, rejects(result.rejects_path)
    assert result.corrections[branches.NOTE_SWAPPED] == 2
    for name, row in by_branch(database_path).items():
        assert haversine_metres(row["x"], row["y"], longitude, latitude) < 1.0, name
        assert "each other's columns" in row["input_notes"], name
        assert row["latitude"] == pytest.approx(latitude, abs=1e-6), name


@pytest.mark.parametrize("typed, expected", [
    ("35°46'12.5\"N", 35 + 46 / 60 + 12.5 / 3600),
    ("35 46 12.5 N", 35 + 46 / 60 + 12.5 / 3600),
    ("N 35° 46' 12.5\"", 35 + 46 / 60 + 12.5 / 3600),
    ("35º46′12,5″N", 35 + 46 / 60 + 12.5 / 3600),
    ("5°48'44.3\"W", -(5 + 48 / 60 + 44.3 / 3600)),
    ("5°48'44.3\"O", -(5 + 48 / 60 + 44.3 / 3600)),
    ("5 48 44.3 Ouest", -(5 + 48 / 60 + 44.3 / 3600)),
    ("-5 48 44.3", -(5 + 48 / 60 + 44.3 / 3600)),
    ("35°46.208'N", 35 + 46.208 / 60),
    ("٣٥°٤٦'١٢٫٥\"N", 35 + 46 / 60 + 12.5 / 3600),
    ("35,7701", 35.7701),
    ("-5.8123", -5.8123),
    (35.7701, 35.7701),
])
def test_dms_parsing(typed, expected):
    assert parse_coordinate(typed).value == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("typed, message", [
    ("35°75'00\"N", "below 60"),
    ("35°46'61\"N", "below 60"),
    ("-35°46'N", "contradict"),
    ("35.5°46'N", "decimal part"),
    ("35°46'12\"X", "not a hemisphere"),
    ("inconnu", "not readable"),
    ("35 46 12 8", "not readable"),
])
def test_dms_parsing_rejects(typed, message):
    with pytest.raises(RowValueError, match=message):
        parse_coordinate(typed)


def test_coordinate_pair_in_one_cell(database_path, tmp_path, rabat_point):
    longitude, latitude = rabat_point.x(), rabat_point.y()
    for text in (f"{latitude:.7f}, {longitude:.7f}", f"{latitude:.7f};{longitude:.7f}".replace(".", ","),
                 f"{dms(latitude, 'N', 'S')} {dms(longitude, 'E', 'W')}"):
        first, second = split_coordinate_pair(text)
        reading = read_point(first, second)[0]
        assert haversine_metres(reading.longitude, reading.latitude, longitude, latitude) < 1.0, text

    result = run_import(database_path, tmp_path, [["AMC G", "gps", f"{latitude:.7f}, {longitude:.7f}"]],
                        ["Institution", "Agence", "Coordonnées GPS"])
    assert result.accepted == 1, rejects(result.rejects_path)


# ---------------------------------------------------------------- points outside


def test_points_outside_morocco_rejected(database_path, tmp_path, communes):
    tanger = communes.communes[TANGER].inner_point()
    rows = [
        ["AMC O", "Madrid", None, None, None, None, 40.4168, -3.7038],
        ["AMC O", "Oran", None, None, None, None, 35.6971, -0.6308],
        ["AMC O", "Atlantic", None, None, None, None, 34.2, -7.6],
        ["AMC O", "no minus", None, None, None, None, tanger.y(), -tanger.x()],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 0
    reasons = rejects(result.rejects_path)
    assert "outside Morocco" in reasons[5]
    assert "outside Morocco" in reasons[6]
    assert "outside Morocco" in reasons[7]
    assert "km from the nearest commune" in reasons[7]
    assert "east of Greenwich" in reasons[8]
    assert not os.path.exists(database_path + "-journal")
    assert stored_branches(database_path) == []


def _east_of(commune, metres):
    """Return the point ``metres`` east of the commune's easternmost vertex, and that vertex."""
    vertex = max(commune.geometry.vertices(), key=lambda v: v.x())
    degrees = metres / (EARTH_RADIUS_METRES * math.cos(math.radians(vertex.y())) * math.pi / 180)
    return QgsPointXY(vertex.x() + degrees, vertex.y()), vertex


def test_point_near_its_commune_kept(database_path, tmp_path, communes):
    rabat = communes.communes[RABAT]
    point, vertex = _east_of(rabat, 500)
    expected = haversine_metres(point.x(), point.y(), vertex.x(), vertex.y())
    assert communes.distance(rabat, point) == pytest.approx(expected, rel=0.01)

    result = run_import(database_path, tmp_path, [["AMC N", "near", None, RABAT, None, None, point.y(), point.x()]])
    assert result.accepted == 1, rejects(result.rejects_path)
    row = by_branch(database_path)["near"]
    assert row["commune_code"] == RABAT
    # The haversine sphere and the WGS 84 ellipsoid differ by about 0.2 % east-west at this latitude.
    match = re.search(r"point (\d+) m outside commune " + re.escape(RABAT), row["input_notes"])
    assert match is not None, row["input_notes"]
    assert float(match.group(1)) == pytest.approx(expected, rel=0.01)


def test_point_far_from_its_commune_rejected(database_path, tmp_path, communes):
    point, vertex = _east_of(communes.communes[RABAT], 5000)
    expected_km = haversine_metres(point.x(), point.y(), vertex.x(), vertex.y()) / 1000
    result = run_import(database_path, tmp_path, [["AMC F", "far", None, RABAT, None, None, point.y(), point.x()]])
    assert result.accepted == 0
    reason = list(rejects(result.rejects_path).values())[0]
    match = re.search(r"is ([\d.]+) km from commune " + re.escape(RABAT), reason)
    assert match is not None, reason
    assert float(match.group(1)) == pytest.approx(expected_km, abs=0.1)
    assert "farther than the 2 km accepted" in reason


# ---------------------------------------------------------------- headers and cells


def test_header_found_on_row_4_french(tmp_path):
    path = str(tmp_path / "fr.xlsx")
    header_row = write_register(path, FRENCH_HEADERS, [["AMC", "Agence", None, RABAT, None, None, None, None]])
    register = read_register(path, BRANCH_FIELDS)
    assert header_row == 4
    assert register.header_row == 4
    assert register.columns == {"institution": 0, "branch_name": 1, "address": 2, "commune_code": 3,
                                "commune_name": 4, "opening_date": 5, "latitude": 6, "longitude": 7}
    assert register.preamble == ["Liste des agences de microcrédit", "Mise à jour 2025"]
    assert [row.number for row in register.rows] == [5]


def test_header_found_on_row_4_arabic(database_path, tmp_path, communes):
    path = str(tmp_path / "ar.xlsx")
    point = communes.communes[SIDI_TAIBI].inner_point()
    rows = [["جمعية القروض أ", "وكالة سيدي الطيبي", "شارع الحسن الثاني", None, "سيدي الطيبي", "15/03/2019",
             point.y(), point.x()]]
    write_register(path, ARABIC_HEADERS, rows, title_rows=("لائحة وكالات القروض الصغرى", "تحيين 2025"))
    register = read_register(path, BRANCH_FIELDS)
    assert register.header_row == 4
    assert set(register.columns) == {"institution", "branch_name", "address", "commune_code", "commune_name",
                                     "opening_date", "latitude", "longitude"}

    result = import_branches(database_path, path, "Délégation de Kénitra", str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 1, rejects(result.rejects_path)
    row = stored_branches(database_path)[0]
    assert row["institution"] == "جمعية القروض أ"
    assert row["commune_code"] == SIDI_TAIBI
    assert row["opening_date"] == "2019-03-15"


def test_header_in_two_languages_and_units(tmp_path):
    path = str(tmp_path / "bilingual.xlsx")
    write_register(path, ["N°", "Institution / المؤسسة", "Latitude (WGS84)", "Longitude (WGS84)", "X Lambert (m)",
                          "Y Lambert (m)"], [[1, "AMC", 34.1, -6.8, None, None]])
    register = read_register(path, BRANCH_FIELDS)
    assert register.columns == {"institution": 1, "latitude": 2, "longitude": 3, "x": 4, "y": 5}
    assert register.ignored_headers == ["N°"]


def test_header_missing_rejected(tmp_path):
    path = str(tmp_path / "no_header.xlsx")
    write_register(path, ["Nom", "Ville", "Téléphone"], [["AMC", "Rabat", "0537000000"]])
    with pytest.raises(RegisterFileError, match="No header row found"):
        read_register(path, BRANCH_FIELDS, ("institution",))


def test_institution_column_required(database_path, tmp_path):
    with pytest.raises(RegisterFileError, match="no column for Institution"):
        run_import(database_path, tmp_path, [["Agence", RABAT]], ["Agence", "Code commune"])


def test_two_latitude_columns_rejected(database_path, tmp_path):
    with pytest.raises(RegisterFileError, match="both name the field Latitude"):
        run_import(database_path, tmp_path, [["AMC", 34.1, 34.1, -6.8]], ["Institution", "Latitude", "Lat", "Longitude"])


def test_synonyms_map_to_one_field():
    lookup = synonym_lookup(BRANCH_FIELDS)
    assert lookup["code commune"] == "commune_code"
    assert lookup[normalise_label("الجماعة")] == "commune_name"
    assert lookup[normalise_label("Code de la Commune ")] == "commune_code"


def test_merged_institution_cell_fills_rows(database_path, tmp_path):
    path = str(tmp_path / "merged.xlsx")
    rows = [["AMC M", f"Agence {n}", None, code, None, None, None, None]
            for n, code in enumerate((RABAT, TANGER, SIDI_TAIBI), start=1)]
    rows[1][0] = rows[2][0] = None
    write_register(path, FRENCH_HEADERS, rows, merges=("A5:A7",))
    result = import_branches(database_path, path, "Test", str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 3, rejects(result.rejects_path)
    assert {row["institution"] for row in stored_branches(database_path)} == {"AMC M"}


def test_blank_rows_skipped_not_rejected(database_path, tmp_path):
    path = str(tmp_path / "blanks.xlsx")
    write_register(path, FRENCH_HEADERS, [["AMC", "A1", None, RABAT], [], [], ["AMC", "A2", None, TANGER], [], [], []])
    workbook = openpyxl.load_workbook(path)
    workbook.active.cell(20, 1).border = openpyxl.styles.Border(top=openpyxl.styles.Side(style="thin"))
    workbook.save(path)
    result = import_branches(database_path, path, "Test", str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 2
    assert result.rejected == 0
    assert result.blank_rows == 2


def test_numbered_empty_rows_skipped_and_reported(database_path, tmp_path):
    headers = ["N°"] + FRENCH_HEADERS
    rows = [[1, "AMC", "A1", None, RABAT], [2], [3], [4, None, None, "Remarque sans agence"]]
    result = run_import(database_path, tmp_path, rows, headers)
    assert result.accepted == 1
    assert result.rejected == 1
    assert result.rows_without_fields == [6, 7]
    assert "Rows skipped because every imported column is empty in them: 2 (rows 6, 7)" in result.summary_lines()
    assert "Institution is empty" in rejects(result.rejects_path)[8]
    with closing(sqlite3.connect(database_path)) as connection:
        message = connection.execute("SELECT message FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()[0]
    assert "rows skipped with every imported column empty: 6, 7" in message

@pytest.mark.parametrize("typed, expected", [
    ("34,0209", 34.0209),
    ("34.0209", 34.0209),
    (" -6,8417 ", -6.8417),
    ("366 860,83", 366860.83),
    ("366\u00a0860,83", 366860.83),
    ("1.234,5", 1234.5),
    ("1,234.5", 1234.5),
    ("1.234.567", 1234567.0),
    ("١٢٣٫٥", 123.5),
    (42, 42.0),
    (None, None),
    ("  ", None),
])
def test_number_parsing(typed, expected):
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["12,34,5", "abc", "1 2", "3.4.5,6", "--3"])
def test_number_parsing_rejects(typed):
    with pytest.raises(RowValueError, match="is not a number"):
        parse_number(typed)


@pytest.mark.parametrize("typed, system, expected", [
    (datetime(2019, 1, 1, 0, 0), 1900, date(2019, 1, 1)),
    (date(2019, 1, 1), 1900, date(2019, 1, 1)),
    (43466, 1900, date(2019, 1, 1)),
    (43466.75, 1900, date(2019, 1, 1)),
    ("43466", 1900, date(2019, 1, 1)),
    (42004, 1904, date(2019, 1, 1)),
    ("01/01/2019", 1900, date(2019, 1, 1)),
    ("1-1-2019", 1900, date(2019, 1, 1)),
    ("25.12.2018", 1900, date(2018, 12, 25)),
    ("2019-01-01", 1900, date(2019, 1, 1)),
    ("01/01/2019 10:30", 1900, date(2019, 1, 1)),
    ("٠١/٠١/٢٠١٩", 1900, date(2019, 1, 1)),
    ("", 1900, None),
])
def test_date_parsing(typed, system, expected):
    assert parse_date(typed, system) == expected


@pytest.mark.parametrize("typed, message", [
    ("31/02/2019", "does not exist"),
    ("02/25/2019", "day/month/year"),
    ("01/01/19", "four digits"),
    (2019, "looks like a year"),
    ("hier", "not a date"),
    (-5, "not a date"),
])
def test_date_parsing_rejects(typed, message):
    with pytest.raises(RowValueError, match=message):
        parse_date(typed)


def test_dates_stored_as_iso(database_path, tmp_path):
    rows = [["AMC D", name, None, RABAT, None, typed, None, None] for name, typed in (
        ("cell", datetime(2019, 1, 1)), ("serial", 43466), ("text", "01/01/2019"), ("serial text", "43466"))]
    rows.append(["AMC D", "impossible", None, RABAT, None, "31/02/2019", None, None])
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 4
    assert {row["opening_date"] for row in stored_branches(database_path)} == {"2019-01-01"}
    assert "does not exist" in rejects(result.rejects_path)[9]


# ---------------------------------------------------------------- communes


def test_lost_leading_zeros_in_commune_codes(database_path, tmp_path):
    rows = [
        ["AMC Z", "city as number", None, 4421010],
        ["AMC Z", "city as text", None, "4421010"],
        ["AMC Z", "rural as number", None, 15110501],
        ["AMC Z", "urban 9 digits", None, "042810113"],
        ["AMC Z", "dotted short", None, "4.281.1.13"],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 5, rejects(result.rejects_path)
    stored = by_branch(database_path)
    assert stored["city as number"]["commune_code"] == RABAT
    assert stored["city as text"]["commune_code"] == RABAT
    assert stored["rural as number"]["commune_code"] == AL_MANZLA
    assert stored["urban 9 digits"]["commune_code"] == SIDI_TAIBI
    assert stored["dotted short"]["commune_code"] == SIDI_TAIBI
    assert "commune code 4421010 read as 04.421.01.0" in stored["city as number"]["input_notes"]


def test_commune_only_rows_placed_inside_commune(database_path, tmp_path, communes):
    rows = [
        ["AMC C", "by code", None, RABAT],
        ["AMC C", "by French name", None, None, "Sidi Taïbi"],
        ["AMC C", "by Arabic name", None, None, "طنجة"],
        ["AMC C", "by prefixed name", None, None, "Commune rurale Al Manzla"],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 4, rejects(result.rejects_path)
    assert result.placed_by_commune == 4

    expected = {"by code": RABAT, "by French name": SIDI_TAIBI, "by Arabic name": TANGER,
                "by prefixed name": AL_MANZLA}
    for name, row in by_branch(database_path).items():
        commune = communes.communes[expected[name]]
        point = QgsPointXY(row["x"], row["y"])
        assert row["placement"] == "commune", name
        assert row["commune_code"] == commune.code, name
        assert row["commune_name"] == commune.name_fr, name
        assert row["latitude"] is None, name
        assert row["longitude"] is None, name
        assert commune.geometry.contains(QgsGeometry.fromPointXY(point)), name
        assert "placed inside commune" in row["input_notes"], name


def test_ambiguous_and_unknown_communes_rejected(database_path, tmp_path):
    rows = [
        ["AMC X", "shared name", None, None, "Oulad Aissa"],
        ["AMC X", "unknown name", None, None, "Commune Imaginaire"],
        ["AMC X", "unknown code", None, "04.999.01.01"],
        ["AMC X", "province code", None, "04.421"],
        ["AMC X", "conflict", None, RABAT, "Tanger"],
        ["AMC X", "nothing"],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 0
    reasons = rejects(result.rejects_path)
    assert "matches several communes" in reasons[5]
    assert "not a commune of the observatory database" in reasons[6]
    assert "04.999.01.01 is not a commune" in reasons[7]
    assert "is a province code" in reasons[8]
    assert "correct one of them" in reasons[9]
    assert "No location" in reasons[10]


def test_shared_name_settled_by_point(database_path, tmp_path, communes):
    candidates = communes.by_name("Oulad Aissa").candidates
    assert len(candidates) == 3
    target = candidates[1]
    point = target.inner_point()
    result = run_import(database_path, tmp_path, [["AMC X", "named", None, None, "Oulad Aissa", None,
                                                   point.y(), point.x()]])
    assert result.accepted == 1, rejects(result.rejects_path)
    assert stored_branches(database_path)[0]["commune_code"] == target.code


# ---------------------------------------------------------------- duplicates


def test_duplicates_rejected_with_reason(database_path, tmp_path):
    rows = [
        ["AMC D", "Agence Centre", None, RABAT],
        ["AMC D", "Agence Centre", None, RABAT],
        ["amc d", "AGENCE  CENTRE", None, 4421010],
        ["AMC D", "Agence Centre", None, TANGER],
    ]
    result = run_import(database_path, tmp_path, rows)
    assert result.accepted == 2
    reasons = rejects(result.rejects_path)
    assert reasons[6].startswith("Duplicate of row 5")
    assert reasons[7].startswith("Duplicate of row 5")

    again = run_import(database_path, tmp_path, rows, name="again.xlsx", rejects_path=str(tmp_path / "again.xlsx.csv"))
    assert again.accepted == 0
    with open(again.rejects_path, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    reasons = {int(line[0]): line[1] for line in lines[lines.index(["Source row", "Reason"] + FRENCH_HEADERS) + 1:]}
    assert reasons[5].startswith(f"Already in the database (import {result.import_id})")
    assert reasons[8].startswith(f"Already in the database (import {result.import_id})")


# ---------------------------------------------------------------- files


def test_cp1256_csv_with_arabic_headers(database_path, tmp_path, communes):
    point = communes.communes[TANGER].inner_point()
    lines = [
        "لائحة الوكالات;;;",
        ";".join(["المؤسسة", "الوكالة", "الجماعة", "خط العرض", "خط الطول", "تاريخ الافتتاح"]),
        ";".join(["جمعية أ", "وكالة طنجة المدينة", "طنجة", f"{point.y():.7f}".replace(".", ","),
                  f"{point.x():.7f}".replace(".", ","), "05/09/2016"]),
        ";".join(["جمعية أ", "وكالة الرباط", "الرباط", "", "", ""]),
        ";;;;;",
    ]
    path = tmp_path / "arabe.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1256"))

    register = read_register(str(path), BRANCH_FIELDS)
    assert register.encoding == "cp1256"
    assert register.delimiter == ";"
    assert register.header_row == 2

    result = import_branches(database_path, str(path), "جمعية أ", str(tmp_path / "rejects.csv"))
    assert result.accepted == 2, open(result.rejects_path, encoding="utf-8-sig").read()
    stored = by_branch(database_path)
    assert stored["وكالة طنجة المدينة"]["commune_code"] == TANGER
    assert stored["وكالة طنجة المدينة"]["opening_date"] == "2016-09-05"
    assert stored["وكالة الرباط"]["placement"] == "commune"
    assert stored["وكالة الرباط"]["institution"] == "جمعية أ"


def test_utf8_csv_with_comma_delimiter(database_path, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Institution,Agence,Code commune\nAMC U,Agence Rabat,04.421.01.0\nAMC U,Agence Tanger,1511010\n",
                    encoding="utf-8")
    result = import_branches(database_path, str(path), "Test", str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 2
    assert {row["commune_code"] for row in stored_branches(database_path)} == {RABAT, TANGER}


def test_legacy_xls_register_read(database_path, tmp_path, communes):
    point = communes.communes[TANGER].inner_point()
    path = str(tmp_path / "ancien.xls")
    rows = [["Liste des agences"], [], [], ["Institution", "Agence", "Code commune", "Date d'ouverture", "Latitude",
                                           "Longitude"],
            ["AMC X", "Agence 1", "01.511.01.0", 43466, point.y(), point.x()], [],
            ["AMC X", "Agence 2", 4421010, "01/01/2019"]]
    write_minimal_xls(path, rows, date_cells={(4, 3)})

    register = read_register(path, BRANCH_FIELDS)
    assert register.header_row == 4
    assert [row.number for row in register.rows] == [5, 7]
    assert register.blank_rows == 1

    result = import_branches(database_path, path, "Test", str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 2, rejects(result.rejects_path)
    stored = by_branch(database_path)
    assert stored["Agence 1"]["commune_code"] == TANGER
    assert stored["Agence 1"]["opening_date"] == "2019-01-01"
    assert haversine_metres(stored["Agence 1"]["x"], stored["Agence 1"]["y"], point.x(), point.y()) < 1.0
    assert stored["Agence 2"]["commune_code"] == RABAT
    assert stored["Agence 2"]["opening_date"] == "2019-01-01"


def test_rejects_file_keeps_row_as_typed(database_path, tmp_path):
    rows = [["AMC R", "typed", "12 rue X", 4499999, "Nulle part", datetime(2018, 5, 4), "34,5", "=1+1"]]
    result = run_import(database_path, tmp_path, rows)
    sheet = openpyxl.load_workbook(result.rejects_path).active
    values = list(sheet.iter_rows(values_only=True))
    header_index = next(i for i, row in enumerate(values) if row[0] == "Source row")
    assert values[header_index] == tuple(["Source row", "Reason"] + FRENCH_HEADERS)
    rejected = values[header_index + 1]
    assert rejected[0] == 5
    assert rejected[2:] == ("AMC R", "typed", "12 rue X", 4499999, "Nulle part", datetime(2018, 5, 4), "34,5", "=1+1")
    assert sheet.cell(header_index + 2, 10).data_type == "s"


def test_rejects_file_corrected_and_imported_again(database_path, tmp_path):
    result = run_import(database_path, tmp_path, [["AMC R", "to fix", None, "04.999.01.01"],
                                                  ["AMC R", "fine", None, RABAT]])
    assert (result.accepted, result.rejected) == (1, 1)

    workbook = openpyxl.load_workbook(result.rejects_path)
    sheet = workbook.active
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == 5)
    sheet.cell(row, 2 + 4).value = TANGER
    fixed = str(tmp_path / "fixed.xlsx")
    workbook.save(fixed)

    second = import_branches(database_path, fixed, "Test, corrected", str(tmp_path / "rejects_2.xlsx"))
    assert (second.accepted, second.rejected) == (1, 0)
    assert by_branch(database_path)["to fix"]["commune_code"] == TANGER


def test_unsupported_extension_rejected(database_path, tmp_path):
    path = tmp_path / "list.ods"
    path.write_bytes(b"not really")
    with pytest.raises(RegisterFileError, match="save it as .xlsx or .csv"):
        import_branches(database_path, str(path), "Test", str(tmp_path / "rejects.xlsx"))


# ---------------------------------------------------------------- transaction and audit


def _fail(*_arguments, **_keywords):
    raise RuntimeError("simulated failure after the rows were written")


def test_failed_first_import_leaves_database_unchanged(database_path, tmp_path, monkeypatch):
    before = file_digest(database_path)
    monkeypatch.setattr(branches, "write_branch_metadata", _fail)
    with pytest.raises(RuntimeError, match="simulated failure"):
        run_import(database_path, tmp_path, [["AMC T", "one", None, RABAT], ["AMC T", "two", None, TANGER]])
    assert file_digest(database_path) == before
    assert not os.path.exists(database_path + "-journal")
    with closing(sqlite3.connect(database_path)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE name = ?", (LAYER_NAME,)).fetchone() == (0,)


def test_failed_later_import_leaves_database_unchanged(database_path, tmp_path, monkeypatch):
    run_import(database_path, tmp_path, [["AMC T", "first", None, RABAT]])
    before = file_digest(database_path)
    monkeypatch.setattr(branches, "update_layer_extent", _fail)
    with pytest.raises(RuntimeError, match="simulated failure"):
        run_import(database_path, tmp_path, [["AMC T", "second", None, TANGER]], name="second.xlsx")
    assert file_digest(database_path) == before
    assert [row["branch_name"] for row in stored_branches(database_path)] == ["first"]


def test_canceled_import_leaves_database_unchanged(database_path, tmp_path):
    before = file_digest(database_path)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(ImportCanceledError):
        run_import(database_path, tmp_path, [["AMC T", "one", None, RABAT]], feedback=feedback)
    assert file_digest(database_path) == before


def test_audit_row_written(database_path, tmp_path):
    result = run_import(database_path, tmp_path, [["AMC A", "ok", None, RABAT], ["AMC A", "bad", None, "99"]],
                        source="AMC A, siège, mars 2025")
    input_path = str(tmp_path / "branches.xlsx")
    with closing(sqlite3.connect(database_path)) as connection:
        connection.row_factory = sqlite3.Row
        audit = dict(connection.execute("SELECT * FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone())
    assert audit["fid"] == result.import_id
    assert audit["operation"] == "import_microcredit_branches"
    assert audit["file"] == input_path
    assert audit["checksum"] == file_digest(input_path)
    assert audit["user_name"] == getpass.getuser()
    assert audit["rows_accepted"] == 1
    assert audit["rows_rejected"] == 1
    assert audit["status"] == "success"
    assert "AMC A, siège, mars 2025" in audit["message"]
    assert [row["import_id"] for row in stored_branches(database_path)] == [result.import_id]


def test_layer_registered_and_read_by_qgis(database_path, tmp_path, rabat_point):
    run_import(database_path, tmp_path, [["AMC Q", "q1", None, RABAT, None, "01/02/2020", rabat_point.y(),
                                          rabat_point.x()], ["AMC Q", "q2", None, TANGER]])
    with closing(sqlite3.connect(database_path)) as connection:
        contents = connection.execute(
            "SELECT data_type, srs_id, min_x, max_y FROM gpkg_contents WHERE table_name = ?", (LAYER_NAME,)).fetchone()
        geometry_column = connection.execute(
            "SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
            (LAYER_NAME,)).fetchone()
        metadata = connection.execute("SELECT title FROM layer_metadata WHERE layer = ?", (LAYER_NAME,)).fetchone()
    assert contents[:2] == ("features", 4326)
    assert contents[2] is not None
    assert geometry_column == ("POINT", 4326)
    assert metadata == ("Microcredit branches",)

    layer = QgsVectorLayer(f"{database_path}|layername={LAYER_NAME}", LAYER_NAME, "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 2
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.hasSpatialIndex() == layer.SpatialIndexPresent
    assert layer.metadata().title() == "Microcredit branches"
    feature = next(layer.getFeatures("\"branch_name\" = 'q1'"))
    assert feature["opening_date"].toPyDate() == date(2020, 2, 1)
    assert feature.geometry().asPoint().x() == pytest.approx(rabat_point.x(), abs=1e-9)


# ---------------------------------------------------------------- illustrative sample


def test_illustrative_sample_imports_with_expected_counts(database_path, tmp_path):
    result = import_branches(database_path, SAMPLE, "Illustrative sample made by data/make_illustrative_branches.py",
                             str(tmp_path / "rejects.xlsx"), illustrative=True)
    assert result.accepted == SAMPLE_ACCEPTED
    assert result.rejected == SAMPLE_REJECTED
    assert result.header_row == 4
    assert result.summary_lines()[0].startswith("ILLUSTRATIVE DATA")

    stored = stored_branches(database_path)
    assert len(stored) == SAMPLE_ACCEPTED
    assert {row["illustrative"] for row in stored} == {1}
    assert {row["commune_code"][:2] for row in stored} == {"01", "04"}
    assert {row["placement"] for row in stored} == {"coordinates", "commune"}
    assert all("ILLUSTRATIVE" in row["source"].upper() for row in stored)

    reasons = list(rejects(result.rejects_path).values())
    expected_fragments = ("outside Morocco (in either order", "km from the nearest commune", "east of Greenwich",
                          "04.999.01.01 is not a commune", "Commune Imaginaire", "No location", "Duplicate of row",
                          "km from commune 04.421.01.0", "31/02/2015", "Institution is empty")
    for fragment in expected_fragments:
        assert any(fragment in reason for reason in reasons), fragment
    assert openpyxl.load_workbook(result.rejects_path).active["A1"].value == "ILLUSTRATIVE DATA, NOT REAL BRANCHES"

    with closing(sqlite3.connect(database_path)) as connection:
        title, abstract = connection.execute(
            "SELECT title, abstract FROM layer_metadata WHERE layer = ?", (LAYER_NAME,)).fetchone()
        xml = connection.execute(
            "SELECT m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r ON r.md_file_id = m.id "
            "WHERE r.table_name = ?", (LAYER_NAME,)).fetchone()[0]
    assert "ILLUSTRATIVE" in title
    assert f"{SAMPLE_ACCEPTED} rows are ILLUSTRATIVE" in abstract
    assert "ILLUSTRATIVE" in xml


def test_illustrative_sample_requires_flag(database_path, tmp_path):
    before = file_digest(database_path)
    with pytest.raises(RegisterFileError, match="illustrative"):
        import_branches(database_path, SAMPLE, "Somebody", str(tmp_path / "rejects.xlsx"))
    assert file_digest(database_path) == before


def test_illustrative_sample_regenerates_identically(built_database, tmp_path):
    spec = importlib.util.spec_from_file_location("make_illustrative_branches", SAMPLE_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first, second = str(tmp_path / "first.xlsx"), str(tmp_path / "second.xlsx")
    assert module.make_sample(built_database[0], first) == (SAMPLE_ACCEPTED, SAMPLE_REJECTED)
    module.make_sample(built_database[0], second)

    def cells(path, keep_coordinates=True):
        rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
        # Columns H to K hold the coordinates, the only cells that depend on the polygons.
        return rows if keep_coordinates else [row[:7] for row in rows]

    assert cells(first) == cells(second)
    assert cells(first, keep_coordinates=False) == cells(SAMPLE, keep_coordinates=False)
    committed, regenerated = openpyxl.load_workbook(SAMPLE).active, openpyxl.load_workbook(first).active
    assert sorted(map(str, regenerated.merged_cells.ranges)) == sorted(map(str, committed.merged_cells.ranges))


def test_illustrative_sample_file_says_illustrative():
    sheet = openpyxl.load_workbook(SAMPLE).active
    assert "ILLUSTRATIVE" in os.path.basename(SAMPLE)
    assert "ILLUSTRATIVE DATA, NOT REAL" in sheet["A1"].value
    assert "A1:K1" in map(str, sheet.merged_cells.ranges)
    assert sheet["B4"].value == "Institution / المؤسسة"
    institutions = {sheet.cell(row, 2).value for row in range(5, sheet.max_row + 1)} - {None}
    assert institutions == {f"Association de microcrédit {letter}" for letter in "ABCD"}


# ---------------------------------------------------------------- Processing


def run_algorithm(import_algorithm, database_path, input_path, rejects_path, feedback=None, **overrides):
    parameters = {"INPUT": input_path, "DATABASE": database_path, "SOURCE": "Délégation de Rabat, test",
                  "COORDINATE_SYSTEM": "auto", "ILLUSTRATIVE": False, "OUTPUT_REJECTS": rejects_path}
    parameters.update(overrides)
    return processing.run(import_algorithm, parameters, feedback=feedback)


def test_algorithm_imports_sample(import_algorithm, database_path, tmp_path):
    rejects_path = str(tmp_path / "rejects.csv")
    results = run_algorithm(import_algorithm, database_path, SAMPLE, rejects_path, ILLUSTRATIVE=True)
    assert results["ACCEPTED"] == SAMPLE_ACCEPTED
    assert results["REJECTED"] == SAMPLE_REJECTED
    assert results["OUTPUT_REJECTS"] == rejects_path
    assert os.path.isfile(rejects_path)
    assert results["IMPORT_ID"] == stored_branches(database_path)[0]["import_id"]
    with open(rejects_path, encoding="utf-8-sig") as handle:
        assert handle.readline().startswith("ILLUSTRATIVE DATA, NOT REAL BRANCHES")


def test_algorithm_declared_coordinate_system(import_algorithm, database_path, tmp_path, rabat_point):
    x, y = osr_to_projected(rabat_point.x(), rabat_point.y(), 26191)
    path = str(tmp_path / "lambert.xlsx")
    write_register(path, ["Institution", "Agence", "X", "Y"], [["AMC P", "lambert", x, y]])
    results = run_algorithm(import_algorithm, database_path, path, str(tmp_path / "rejects.xlsx"),
                            COORDINATE_SYSTEM="EPSG:26191")
    assert (results["ACCEPTED"], results["REJECTED"]) == (1, 0)
    row = stored_branches(database_path)[0]
    assert haversine_metres(row["x"], row["y"], rabat_point.x(), rabat_point.y()) < 1.0


@pytest.mark.parametrize("overrides, message", [
    ({"SOURCE": "  "}, "SOURCE is empty"),
    ({"INPUT": "/nonexistent/branches.xlsx"}, "/nonexistent/branches.xlsx"),
    ({"ILLUSTRATIVE": False}, "illustrative"),
])
def test_algorithm_errors_name_value_and_fix(import_algorithm, database_path, tmp_path, overrides, message):
    before = file_digest(database_path)
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(import_algorithm, database_path, SAMPLE, str(tmp_path / "rejects.xlsx"), **overrides)
    assert file_digest(database_path) == before


def test_algorithm_missing_database(import_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="not found"):
        run_algorithm(import_algorithm, str(tmp_path / "missing.gpkg"), SAMPLE, str(tmp_path / "rejects.xlsx"),
                      ILLUSTRATIVE=True)


def test_algorithm_canceled_leaves_database_unchanged(import_algorithm, database_path, tmp_path):
    before = file_digest(database_path)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    results = run_algorithm(import_algorithm, database_path, SAMPLE, str(tmp_path / "rejects.xlsx"), feedback,
                            ILLUSTRATIVE=True)
    assert "ACCEPTED" not in results
    assert file_digest(database_path) == before


def test_algorithm_help_documents_parameters():
    algorithm = ImportMicrocreditBranchesAlgorithm()
    algorithm.initAlgorithm()
    help_text = algorithm.shortHelpString()
    for name in ("INPUT", "DATABASE", "SOURCE", "COORDINATE_SYSTEM", "ILLUSTRATIVE", "OUTPUT_REJECTS", "ACCEPTED",
                 "REJECTED"):
        assert f"{name}:" in help_text or f"{name}," in help_text, name
        assert algorithm.parameterDefinition(name) is not None or name in ("ACCEPTED", "REJECTED"), name
    assert algorithm.name() == "import_microcredit_branches"
    assert algorithm.groupId() == "imports"
    assert algorithm.parameterDefinition("COORDINATE_SYSTEM").options() == ["auto", "EPSG:4326", "EPSG:26191",
                                                                             "EPSG:26192"]
