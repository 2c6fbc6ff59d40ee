"""Make the ILLUSTRATIVE list of microcredit branches of the two pilot regions.

The list is made up. It serves demonstrations, training sessions and the
tests of the branch import, and it must never be read as where microcredit
branches are. Its institutions, "Association de microcrédit A" to "D", do not
exist. Its file name and title rows are marked ILLUSTRATIVE, and so are its
layer rows (illustrative = 1) and the layer metadata once it is imported.

What is real: the communes of regions 01 (Tanger-Tétouan-Al Hoceïma) and 04
(Rabat-Salé-Kénitra), their polygons and their 2024 census population, all
read from the observatory database. Each commune gets about one branch per
PEOPLE_PER_BRANCH inhabitants (the fraction is drawn at random), at a random
point inside its polygon.

The rows mix the forms real lists arrive in: decimal degrees as numbers or
as text with a decimal comma, degrees-minutes-seconds, Lambert Merchich Nord
Maroc metres (EPSG:26191), latitude and longitude in each other's columns, a
commune code only (some as numbers that lost their leading zeros) or a
commune name only (French or Arabic); dates as date cells, Excel serial
numbers or dd/mm/yyyy text. The header is on row 4 below two merged title
rows, the institution cell is merged over the first rows, and a few blank
rows trail the table. BAD_ROWS adds rows the import must reject, one per
reason. The generator is seeded, so the same database gives the same list.

Run from the repository root with QGIS's Python:

    QT_QPA_PLATFORM=offscreen python3 data/make_illustrative_branches.py \
        [--database ess_observatory_plugin/data/observatory.gpkg] [--output FILE]
"""

import argparse
import os
import random
import sqlite3
import sys
from contextlib import closing
from datetime import date, datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

SEED = 20250301
REGIONS = ("01", "04")
PEOPLE_PER_BRANCH = 30000
OUTPUT = os.path.join(ROOT, "data", "microcredit_branches_ILLUSTRATIVE_pilot_regions.xlsx")
DEFAULT_DATABASE = os.path.join(ROOT, "ess_observatory_plugin", "data", "observatory.gpkg")
SOURCE = "Illustrative sample made by data/make_illustrative_branches.py"

# Generic names with invented market shares: none is a real institution.
INSTITUTIONS = (
    ("Association de microcrédit A", 0.40),
    ("Association de microcrédit B", 0.30),
    ("Association de microcrédit C", 0.20),
    ("Association de microcrédit D", 0.10),
)
STREETS = ("avenue Hassan II", "avenue Mohammed V", "boulevard Al Massira", "rue Al Qods", "avenue des FAR",
           "rue du Marché", "route principale")

# Location format of the good rows, with the share of rows in each.
LOCATION_FORMATS = (
    ("decimal", 0.30), ("decimal_comma", 0.12), ("dms", 0.10), ("lambert", 0.10), ("swapped", 0.04),
    ("code_only", 0.20), ("name_only", 0.14),
)
# Reasons the import must give, one deliberately bad row each.
BAD_ROWS = (
    "outside_spain", "outside_algeria", "in_the_sea", "missing_minus", "unknown_code", "unknown_name",
    "no_location", "duplicate", "far_from_commune", "impossible_date", "no_institution",
)
# Bad rows go after this many data rows, so that the merged block stays good.
FIRST_BAD_ROW = 12
MERGED_INSTITUTION_ROWS = 4
TRAILING_BLANK_ROWS = 5

HEADERS = (
    "N°", "Institution / المؤسسة", "Agence / الوكالة", "Adresse / العنوان", "Code commune / رمز الجماعة",
    "Commune / الجماعة", "Date d'ouverture / تاريخ الافتتاح", "Latitude / خط العرض", "Longitude / خط الطول",
    "X Lambert (m)", "Y Lambert (m)",
)
TITLE = ("DONNÉES ILLUSTRATIVES, NON RÉELLES / ILLUSTRATIVE DATA, NOT REAL / بيانات توضيحية، غير حقيقية")
SUBTITLE = (
    "Agences de microcrédit fictives des régions pilotes 01 (Tanger-Tétouan-Al Hoceïma) et 04 "
    "(Rabat-Salé-Kénitra), générées par data/make_illustrative_branches.py (graine {seed}) à partir des "
    "communes et des populations du RGPH 2024. Les associations A à D n'existent pas."
)


def start_qgis():
    """Start a headless QGIS application unless one is running (the tests run one)."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        application = QgsApplication([], False)
        application.initQgis()
        return application
    return None


def read_communes(database_path):
    """Return [(code, name_fr, name_ar, population)] of the pilot regions, by code."""
    placeholders = ", ".join("?" * len(REGIONS))
    with closing(sqlite3.connect(database_path)) as connection:
        return connection.execute(
            "SELECT c.code, c.name_fr, c.name_ar, v.value FROM communes c JOIN indicator_values v "
            "ON v.code = c.code AND v.level = 'commune' AND v.indicator = 'population' AND v.period = '2024' "
            f"WHERE c.region_code IN ({placeholders}) ORDER BY c.code", REGIONS).fetchall()


def branch_counts(communes, rng):
    """Draw the number of branches of each commune: population / PEOPLE_PER_BRANCH, fraction at random."""
    counts = {}
    for code, _fr, _ar, population in communes:
        expected = (population or 0) / PEOPLE_PER_BRANCH
        counts[code] = int(expected) + (1 if rng.random() < expected - int(expected) else 0)
    return counts


def random_point(commune, key):
    """Return a uniformly drawn point inside the commune's polygon.

    The draw has a generator of its own, seeded by ``key``, because the
    number of draws depends on the polygon's shape. A change of one polygon
    then moves the points of that commune only, and every other cell of the
    list stays the same.
    """
    from qgis.core import QgsPointXY

    rng = random.Random(f"{SEED}:{key}")
    box = commune.geometry.boundingBox()
    for _attempt in range(1000):
        point = QgsPointXY(rng.uniform(box.xMinimum(), box.xMaximum()), rng.uniform(box.yMinimum(), box.yMaximum()))
        if commune.contains(point):
            return point
    return commune.inner_point()


def weighted_choice(rng, choices):
    names, weights = zip(*choices)
    return rng.choices(names, weights=weights)[0]


def dms_text(value, positive, negative, style):
    """Write decimal degrees as degrees, minutes and seconds to 0.1 second (about 3 m)."""
    hemisphere = positive if value >= 0 else negative
    tenths = round(abs(value) * 36000)
    degrees, rest = divmod(tenths, 36000)
    minutes, seconds = divmod(rest, 600)
    if style == 0:
        return f"{degrees}°{minutes:02d}'{seconds / 10:04.1f}\"{hemisphere}"
    return f"{degrees} {minutes} {seconds / 10:.1f} {hemisphere}"


def opening_date_cell(rng):
    """Draw an opening date from 2000 to 2024 and write it in one of the forms registers use."""
    day = date(2000, 1, 1) + timedelta(days=rng.randrange((date(2024, 12, 31) - date(2000, 1, 1)).days))
    form = rng.random()
    if form < 0.40:
        return datetime(day.year, day.month, day.day)
    if form < 0.60:
        return (day - date(1899, 12, 30)).days  # Excel serial number in a plain number cell
    if form < 0.85:
        return day.strftime("%d/%m/%Y")
    return None


def good_rows(communes, index, counts, rng):
    """Return the rows of the made-up branches, one list of cells (without N°) each."""
    from ess_observatory_plugin.core.imports.coordinates import NORD_MAROC, wgs84_to_projected

    unique_names = {}
    for code, name_fr, name_ar, _population in communes:
        for name in (name_fr, name_ar):
            unique_names[(code, name)] = len(index.by_name(name).candidates) == 1

    rows = []
    for code, name_fr, name_ar, _population in communes:
        commune = index.communes[code]
        per_institution = {}
        for branch_index in range(counts[code]):
            institution = weighted_choice(rng, INSTITUTIONS)
            per_institution[institution] = per_institution.get(institution, 0) + 1
            branch = f"Agence {name_fr} {per_institution[institution]}"
            address = f"{rng.randint(1, 250)}, {rng.choice(STREETS)}, {name_fr}"
            point = random_point(commune, f"{code}:{branch_index}")
            latitude, longitude = round(point.y(), 6), round(point.x(), 6)
            cells = {"institution": institution, "branch": branch, "address": address,
                     "date": opening_date_cell(rng)}

            form = weighted_choice(rng, LOCATION_FORMATS)
            name = name_ar if rng.random() < 0.33 else name_fr
            if form == "name_only" and not unique_names[(code, name)]:
                form = "code_only"  # a name shared by two communes would be rejected as ambiguous
            if form in ("decimal", "decimal_comma", "dms", "swapped"):
                mention = rng.random()
                if mention < 0.4:
                    cells["code"] = code
                elif mention < 0.7:
                    cells["name"] = name_fr
            if form == "decimal":
                cells["lat"], cells["lon"] = latitude, longitude
            elif form == "decimal_comma":
                cells["lat"], cells["lon"] = f"{latitude:.6f}".replace(".", ","), f"{longitude:.6f}".replace(".", ",")
            elif form == "dms":
                style = rng.randrange(2)
                cells["lat"] = dms_text(point.y(), "N", "S", style)
                cells["lon"] = dms_text(point.x(), "E", "W", style)
            elif form == "swapped":
                cells["lat"], cells["lon"] = longitude, latitude
            elif form == "lambert":
                x, y = wgs84_to_projected(point.x(), point.y(), NORD_MAROC)
                cells["x"], cells["y"] = round(x, 1), round(y, 1)
                cells["code"] = code
            elif form == "code_only":
                # Half the codes as Excel leaves them after dropping leading zeros.
                cells["code"] = int(code.replace(".", "")) if rng.random() < 0.5 else code
            elif form == "name_only":
                cells["name"] = name
            rows.append(cells)

    rows.sort(key=lambda cells: (cells["institution"], str(cells.get("code") or cells.get("name") or ""),
                                 cells["branch"]))
    return rows


def bad_row(kind, good, index, rng):
    """Return the cells of a row the import must reject for reason ``kind``."""
    tanger = index.communes["01.511.01.0"]
    rabat = index.communes["04.421.01.0"]
    inside_tanger = random_point(tanger, f"bad:{kind}")
    base = {"institution": "Association de microcrédit B", "branch": f"Agence test {kind}",
            "address": "1, rue Al Qods", "date": "15/06/2012"}
    if kind == "outside_spain":
        return {**base, "lat": 36.7213, "lon": -4.4214}
    if kind == "outside_algeria":
        return {**base, "lat": 35.6971, "lon": -0.6308}
    if kind == "in_the_sea":
        return {**base, "lat": 34.2, "lon": -7.6}
    if kind == "missing_minus":
        return {**base, "lat": round(inside_tanger.y(), 6), "lon": round(-inside_tanger.x(), 6)}
    if kind == "unknown_code":
        return {**base, "code": "04.999.01.01"}
    if kind == "unknown_name":
        return {**base, "name": "Commune Imaginaire"}
    if kind == "no_location":
        return {**base}
    if kind == "duplicate":
        return dict(next(cells for cells in good if "lat" in cells and "code" in cells))
    if kind == "far_from_commune":
        return {**base, "code": rabat.code, "lat": round(inside_tanger.y(), 6), "lon": round(inside_tanger.x(), 6)}
    if kind == "impossible_date":
        return {**base, "code": tanger.code, "date": "31/02/2015"}
    if kind == "no_institution":
        return {**base, "institution": None, "code": tanger.code}
    raise ValueError(kind)


def make_rows(database_path):
    """Return (rows, number of good rows, number of bad rows); rows are lists of cells without N°."""
    from ess_observatory_plugin.core.imports.communes import CommuneIndex

    rng = random.Random(SEED)
    communes = read_communes(database_path)
    index = CommuneIndex(database_path)
    counts = branch_counts(communes, rng)
    good = good_rows(communes, index, counts, rng)

    rows = list(good)
    for kind in BAD_ROWS:
        cells = bad_row(kind, good, index, rng)
        rows.insert(rng.randrange(FIRST_BAD_ROW, len(rows) + 1), cells)
    return rows, len(good), len(BAD_ROWS)


def write_workbook(rows, output):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Agences (ILLUSTRATIF)"
    last_column = openpyxl.utils.get_column_letter(len(HEADERS))

    sheet["A1"] = TITLE
    sheet["A2"] = SUBTITLE.format(seed=SEED)
    sheet.merge_cells(f"A1:{last_column}1")
    sheet.merge_cells(f"A2:{last_column}2")
    sheet["A1"].font = Font(bold=True, size=14, color="C00000")
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[2].height = 45

    header_row = 4
    for column, header in enumerate(HEADERS, start=1):
        cell = sheet.cell(header_row, column, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")

    keys = ("institution", "branch", "address", "code", "name", "date", "lat", "lon", "x", "y")
    for number, cells in enumerate(rows, start=1):
        target = header_row + number
        sheet.cell(target, 1, number)
        for column, key in enumerate(keys, start=2):
            value = cells.get(key)
            if value is None:
                continue
            cell = sheet.cell(target, column, value)
            if isinstance(value, datetime):
                cell.number_format = "DD/MM/YYYY"

    first = header_row + 1
    institutions = {sheet.cell(first + offset, 2).value for offset in range(MERGED_INSTITUTION_ROWS)}
    if len(institutions) == 1:
        sheet.merge_cells(start_row=first, start_column=2, end_row=first + MERGED_INSTITUTION_ROWS - 1, end_column=2)
        sheet.cell(first, 2).alignment = Alignment(vertical="center")

    # Bordered but empty rows, as a form left longer than the list.
    thin = Side(style="thin", color="999999")
    for offset in range(1, TRAILING_BLANK_ROWS + 1):
        for column in range(1, len(HEADERS) + 1):
            sheet.cell(header_row + len(rows) + offset, column).border = Border(top=thin, bottom=thin)

    for column, width in zip("ABCDEFGHIJK", (6, 30, 30, 36, 16, 22, 16, 14, 14, 14, 14)):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    workbook.properties.title = "ILLUSTRATIVE microcredit branches, pilot regions 01 and 04"
    workbook.properties.creator = "data/make_illustrative_branches.py"
    # Fixed document dates. The ZIP container still records the time of
    # writing, so two runs differ in bytes: compare them by cell values.
    workbook.properties.created = workbook.properties.modified = datetime(2025, 3, 1)
    workbook.save(output)


def make_sample(database_path=DEFAULT_DATABASE, output=OUTPUT):
    """Write the illustrative list and return (good rows, bad rows)."""
    rows, good, bad = make_rows(database_path)
    write_workbook(rows, output)
    return good, bad


def main(argv=None):
    parser = argparse.ArgumentParser(description="Make the ILLUSTRATIVE microcredit branch list of regions 01 and 04.")
    parser.add_argument("--database", default=DEFAULT_DATABASE, help="observatory GeoPackage to read communes from")
    parser.add_argument("--output", default=OUTPUT, help="the .xlsx file to write")
    arguments = parser.parse_args(argv)
    if not os.path.isfile(arguments.database):
        parser.error(f"database {arguments.database} not found: build it with make data, or give --database.")

    application = start_qgis()
    good, bad = make_sample(arguments.database, arguments.output)
    print(f"{arguments.output}: {good + bad} ILLUSTRATIVE rows; an import accepts {good} and rejects {bad}.")
    if application is not None:
        application.exitQgis()


if __name__ == "__main__":
    main()
