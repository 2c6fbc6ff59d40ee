"""Potentials and project imports, the project form and the AGR opportunity analysis,
on the real observatory database built from the census packages."""

import json
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import date

import numpy as np
import openpyxl
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

from ess_observatory_plugin.core import potentials as potentials_module
from ess_observatory_plugin.core.agr import AgrError, AgrSettings, compute_agr
from ess_observatory_plugin.core.errors import ObservatoryError
from ess_observatory_plugin.core.potentials import import_potentials, latest_potentials, value_chains
from ess_observatory_plugin.core.projects import (
    configure_project_form,
    import_projects,
    load_layer,
    projects_summary,
    read_projects,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ILLUSTRATIVE_SHEET = os.path.join(ROOT, "data", "potentials_ILLUSTRATIVE_pilot_regions.xlsx")
PROJECT_HEADER = ["Intitulé du projet", "Filière", "Type de porteur", "Code commune", "Statut", "Emplois prévus",
                  "dont femmes", "dont jeunes", "Investissement (MAD)", "Source de financement", "Date de début",
                  "Date de fin", "Latitude", "Longitude"]
# Sidi Yahya Zaer (rural, region 04) and Kénitra (urban, region 04).
ZAER = "04.501.03.11"
KENITRA = "04.281.01.01"


@pytest.fixture(scope="module")
def agr_provider(processing_provider):
    """The session provider with the AGR algorithms, added when provider.py does not list them yet."""
    from ess_observatory_plugin.processing.agr_opportunity_map import AgrOpportunityMapAlgorithm
    from ess_observatory_plugin.processing.import_potentials import ImportPotentialsAlgorithm
    from ess_observatory_plugin.processing.import_projects import ImportProjectsAlgorithm

    for algorithm in (AgrOpportunityMapAlgorithm(), ImportPotentialsAlgorithm(), ImportProjectsAlgorithm()):
        if processing_provider.algorithm(algorithm.name()) is None:
            assert processing_provider.addAlgorithm(algorithm)
    return processing_provider


def write_projects_sheet(path, rows, title="Banque de projets AGR"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Projets"
    sheet.append([title])
    sheet.append([])
    sheet.append(PROJECT_HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return str(path)


GOOD_PROJECTS = [
    ["Unité de miel Zaër", "Miel", "Coopérative", ZAER, "en cours", 12, 8, 5, "250 000,50", "INDH",
     date(2024, 3, 1), "31/12/2026", None, None],
    ["Fraises du Gharb", "red_berries", "groupement", "42810101", "financé", "20", "15", "10", 1200000, "PMV",
     45000, None, "LATITUDE", "LONGITUDE"],
    ["Pêche Mehdya", "fisheries", "association", "04.281.01.05", "idée", 6, 1, 4, 90000, None, None, None,
     None, None],
]
BAD_PROJECTS = [
    ["Bad chain", "truffles", "cooperative", ZAER, "idea", 1, 0, 0, 0, None, None, None, None, None],
    ["Too many women", "honey", "association", ZAER, "idea", 3, 5, 0, 0, None, None, None, None, None],
    ["Far away", "honey", "association", ZAER, "idea", 3, 1, 0, 0, None, None, None, 35.7, -5.8],
    ["Backwards", "honey", "association", ZAER, "idea", 3, 1, 0, 0, None, "01/01/2026", "01/01/2025", None, None],
    ["Unknown status", "honey", "association", ZAER, "maybe", 3, 1, 0, 0, None, None, None, None, None],
    ["Unité de miel Zaër", "honey", "cooperative", ZAER, "idea", 1, 0, 0, 0, None, None, None, None, None],
]


@pytest.fixture(scope="module")
def agr_database(built_database, tmp_path_factory):
    """A copy of the session database with the illustrative potentials and a small project bank."""
    folder = tmp_path_factory.mktemp("agr")
    path = str(folder / "observatory.gpkg")
    shutil.copy(built_database[0], path)
    # The berries project gets coordinates of a point inside Kénitra, in degrees-minutes-seconds for the latitude.
    communes = QgsVectorLayer(f"{path}|layername=communes|subset=code = '{KENITRA}'", "communes", "ogr")
    inside = next(communes.getFeatures()).geometry().pointOnSurface().asPoint()
    degrees = int(inside.y())
    minutes = (inside.y() - degrees) * 60
    latitude = f"{degrees}°{minutes:.4f}'N"
    rows = [[latitude if cell == "LATITUDE" else round(inside.x(), 6) if cell == "LONGITUDE" else cell
             for cell in row] for row in GOOD_PROJECTS]
    potentials = import_potentials(path, ILLUSTRATIVE_SHEET, rejects_path=str(folder / "potentials_rejects.xlsx"))
    projects = import_projects(path, write_projects_sheet(folder / "projects.xlsx", rows + BAD_PROJECTS),
                               rejects_path=str(folder / "projects_rejects.csv"))
    return path, potentials, projects


def audit_rows(path, operation):
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT status, rows_accepted, rows_rejected, message FROM audit_log "
                                  "WHERE operation = ? ORDER BY fid", (operation,)).fetchall()


# Potentials

def test_illustrative_potentials_imported(agr_database):
    path, result, _ = agr_database
    assert result.accepted == 4420
    assert result.rejected == 0
    assert result.illustrative_rows == 4420
    status, accepted, rejected, message = audit_rows(path, "import_potentials")[-1]
    assert (status, accepted, rejected) == ("success", 4420, 0)
    assert result.import_id in message
    with closing(sqlite3.connect(path)) as connection:
        contents = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
        title = connection.execute("SELECT title FROM layer_metadata WHERE layer = 'potentials'").fetchone()[0]
        linked = connection.execute("SELECT count(*) FROM gpkg_metadata_reference WHERE table_name = 'potentials'"
                                    ).fetchone()[0]
    assert contents["potentials"] == "attributes"
    assert contents["value_chains"] == "attributes"
    assert "ILLUSTRATIVE" in title
    assert linked == 1
    layer = QgsVectorLayer(f"{path}|layername=potentials", "potentials", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 4420


def test_seeded_value_chains(agr_database):
    chains = value_chains(agr_database[0])
    codes = set(chains["code"])
    for code in ("olive_oil", "argan", "honey", "dates", "saffron", "aromatic_medicinal_plants", "goat_dairy",
                 "cactus", "fisheries", "handicrafts", "rural_tourism"):
        assert code in codes
    assert (chains["added_by_delegation"] == 0).all()
    assert chains.set_index("code").at["argan", "name_ar"] == "الأركان"


def test_illustrative_geography(agr_database):
    frame = latest_potentials(agr_database[0], ["argan", "fisheries"])
    argan = frame[frame["value_chain"] == "argan"]
    assert len(argan) == 260
    assert (argan["score"] == 0).all()
    fisheries = frame[(frame["value_chain"] == "fisheries") & (frame["score"] > 0)]
    assert len(fisheries) > 0
    # Inland communes such as Sidi Yahya Zaer have no fisheries.
    assert ZAER not in set(fisheries["commune_code"])


def test_quantity_rows_scored_by_tertiles(agr_database):
    frame = latest_potentials(agr_database[0], ["honey"])
    by_quantity = frame[frame["scored_from"] == "quantity"]
    assert len(by_quantity) > 0
    assert set(by_quantity["unit"]) == {"ruches"}
    assert set(by_quantity["score"]) <= {1.0, 2.0, 3.0}


def test_illustrative_script_reproducible(built_database, tmp_path):
    output = tmp_path / "potentials_ILLUSTRATIVE_test.xlsx"
    command = ["/usr/bin/env", "python3" if not os.path.exists("/tmp/venv/bin/python") else "/tmp/venv/bin/python",
               os.path.join(ROOT, "data", "make_illustrative_potentials.py"), "--database", built_database[0],
               "--output", str(output), "--regions", "04"]
    completed = subprocess.run(command, capture_output=True, text=True, env={**os.environ,
                                                                              "QT_QPA_PLATFORM": "offscreen"})
    assert completed.returncode == 0, completed.stderr
    sheet = openpyxl.load_workbook(output).active
    assert sheet.cell(1, 1).value.startswith("ILLUSTRATIVE DATA")
    assert sheet.cell(4, 1).value == "Code commune"
    assert sheet.max_row == 4 + 114 * 17
    committed = openpyxl.load_workbook(ILLUSTRATIVE_SHEET).active
    committed_04 = [tuple(c.value for c in row) for row in committed.iter_rows(min_row=5) if row[0].value.startswith("04.")]
    assert len(committed_04) == 114 * 17
    assert openpyxl.load_workbook(output).properties.title.startswith("ILLUSTRATIVE")


def test_illustrative_script_requires_marked_name(built_database, tmp_path):
    command = ["/tmp/venv/bin/python", os.path.join(ROOT, "data", "make_illustrative_potentials.py"),
               "--database", built_database[0], "--output", str(tmp_path / "potentials.xlsx")]
    completed = subprocess.run(command, capture_output=True, text=True)
    assert completed.returncode != 0
    assert "ILLUSTRATIVE" in completed.stderr


def test_potentials_rejects_with_reasons(database_path, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["PRDESS - potentiels"])
    sheet.append(["Code commune", "Filière", "Niveau", "Quantité", "Unité", "Année"])
    sheet.append([ZAER, "Miel", "élevé", None, None, 2024])
    sheet.append(["45010311", "olive_oil", "moyen", None, None, 2024])     # leading zero lost
    sheet.append(["04.999.99.99", "honey", "low", None, None, 2024])
    sheet.append([ZAER, "truffes", "low", None, None, 2024])
    sheet.append([ZAER, "argan", "énorme", None, None, 2024])
    sheet.append([ZAER, "carob", None, 12, None, 2024])
    sheet.append([ZAER, "carob", None, None, None, 2024])
    sheet.append([ZAER, "Miel", "faible", None, None, 2024])
    sheet.append([ZAER, "figs", "low", None, None, 1850])
    workbook.save(tmp_path / "potentials.xlsx")

    result = import_potentials(database_path, str(tmp_path / "potentials.xlsx"),
                               rejects_path=str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 2
    assert result.rejected == 7
    rejects = openpyxl.load_workbook(tmp_path / "rejects.xlsx").active
    reasons = {rejects.cell(row, 1).value: rejects.cell(row, 2).value for row in range(2, rejects.max_row + 1)}
    assert "not a commune code" in reasons[5]
    assert "unknown value chain 'truffes'" in reasons[6]
    assert "is not none, low, medium or high" in reasons[7]
    assert "has no unit" in reasons[8]
    assert "neither a potential level nor a quantity" in reasons[9]
    assert "duplicate of row 3" in reasons[10]
    assert "outside 1990-2100" in reasons[11]
    frame = latest_potentials(database_path)
    assert set(frame["commune_code"]) == {ZAER}
    assert set(frame["value_chain"]) == {"honey", "olive_oil"}


def test_value_chain_sheet_adds_chain(database_path, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Potentiels"
    sheet.append(["Code commune", "Filière", "Niveau"])
    sheet.append([ZAER, "Truffes du désert", "moyen"])
    chains = workbook.create_sheet("value_chains")
    chains.append(["Code", "Nom français", "Nom arabe", "Nom anglais"])
    chains.append(["desert_truffle", "Truffes du désert", "الترفاس", "Desert truffle"])
    workbook.save(tmp_path / "potentials.xlsx")

    result = import_potentials(database_path, str(tmp_path / "potentials.xlsx"))
    assert result.added_value_chains == ["desert_truffle"]
    assert result.accepted == 1
    frame = value_chains(database_path).set_index("code")
    assert frame.at["desert_truffle", "added_by_delegation"] == 1
    assert frame.at["desert_truffle", "name_ar"] == "الترفاس"


def test_failed_import_leaves_database_unchanged(database_path, monkeypatch):
    def fail(connection, illustrative_rows):
        raise RuntimeError("disk full")

    monkeypatch.setattr(potentials_module, "_describe_potentials", fail)
    with pytest.raises(ObservatoryError, match="the database is unchanged"):
        import_potentials(database_path, ILLUSTRATIVE_SHEET)
    with closing(sqlite3.connect(database_path)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "potentials" not in tables
    assert "value_chains" not in tables
    assert audit_rows(database_path, "import_potentials")[-1][0] == "failed"


def test_import_potentials_algorithm(database_path, agr_provider, tmp_path):
    results = processing.run("ess_observatory:import_potentials", {
        "DATABASE": database_path, "INPUT": ILLUSTRATIVE_SHEET, "OUTPUT_REJECTS": str(tmp_path / "rejects.xlsx")})
    assert results["ACCEPTED"] == 4420
    assert results["REJECTED"] == 0
    assert results["IMPORT_ID"].startswith("potentials-")


# Project bank

def test_projects_imported_with_rejects(agr_database):
    path, _, result = agr_database
    assert result.accepted == 3
    assert result.rejected == 6
    frame = read_projects(path).set_index("title")
    honey = frame.loc["Unité de miel Zaër"]
    assert honey["value_chain"] == "honey"
    assert honey["promoter_type"] == "cooperative"
    assert honey["status"] == "running"
    assert honey["investment_mad"] == pytest.approx(250000.5)
    assert honey["start_date"] == "2024-03-01"
    assert honey["end_date"] == "2026-12-31"
    assert honey["location_source"] == "commune"
    berries = frame.loc["Fraises du Gharb"]
    assert berries["commune_code"] == KENITRA
    assert berries["location_source"] == "coordinates"
    assert berries["start_date"] == "2023-03-15"   # Excel serial 45000
    assert frame.loc["Pêche Mehdya", "status"] == "idea"


def test_project_rejects_reasons(agr_database):
    path, _, result = agr_database
    with open(result.rejects_path, encoding="utf-8-sig") as handle:
        text = handle.read()
    assert "unknown value chain 'truffles'" in text
    assert "exceed the jobs expected" in text
    assert "lies outside commune 04.501.03.11" in text
    assert "comes before start date" in text
    assert "'maybe' is not one of" in text
    assert "duplicate of row 4" in text
    assert audit_rows(path, "import_projects")[-1][:3] == ("success", 3, 6)


def test_project_points_inside_communes(agr_database):
    path = agr_database[0]
    layer = load_layer(path)
    communes = QgsVectorLayer(f"{path}|layername=communes", "communes", "ogr")
    polygons = {f["code"]: f.geometry() for f in communes.getFeatures()}
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.featureCount() == 3
    for feature in layer.getFeatures():
        assert polygons[feature["commune_code"]].contains(feature.geometry())


def test_project_form_drop_downs(agr_database):
    # The default style stored in layer_styles configures a freshly loaded layer.
    layer = QgsVectorLayer(f"{agr_database[0]}|layername=projects", "projects", "ogr")
    fields = layer.fields()
    for name in ("value_chain", "promoter_type", "status"):
        setup = layer.editorWidgetSetup(fields.indexFromName(name))
        assert setup.type() == "ValueMap", name
    status_map = layer.editorWidgetSetup(fields.indexFromName("status")).config()["map"]
    assert [list(entry.values())[0] for entry in status_map] == ["idea", "studied", "financed", "running", "stopped"]
    promoter_map = layer.editorWidgetSetup(fields.indexFromName("promoter_type")).config()["map"]
    assert [list(entry.values())[0] for entry in promoter_map] == ["cooperative", "association", "group"]
    chain_values = [list(entry.values())[0] for entry in
                    layer.editorWidgetSetup(fields.indexFromName("value_chain")).config()["map"]]
    assert "olive_oil" in chain_values
    assert "argan" in chain_values
    with closing(sqlite3.connect(agr_database[0])) as connection:
        assert connection.execute("SELECT useAsDefault FROM layer_styles WHERE f_table_name = 'projects'"
                                  ).fetchone()[0] == 1


def test_configure_form_in_arabic(agr_database):
    layer = QgsVectorLayer(f"{agr_database[0]}|layername=projects", "projects", "ogr")
    configure_project_form(layer, agr_database[0], "ar")
    chain_map = layer.editorWidgetSetup(layer.fields().indexFromName("value_chain")).config()["map"]
    labels = [list(entry.keys())[0] for entry in chain_map]
    assert "زيت الزيتون (olive_oil)" in labels


def test_projects_summary_by_chain_and_status(agr_database):
    summary = projects_summary(agr_database[0], "04")
    total = summary[summary["value_chain"] == "total"].iloc[0]
    assert total["projects"] == 3
    assert total["jobs_expected"] == 38
    assert total["jobs_women"] == 24
    assert total["jobs_youth"] == 19
    honey = summary[(summary["value_chain"] == "honey") & (summary["status"] == "running")].iloc[0]
    assert honey["projects"] == 1
    assert projects_summary(agr_database[0], "01").empty


def test_import_projects_algorithm(database_path, agr_provider, tmp_path):
    sheet = write_projects_sheet(tmp_path / "bank.xlsx", GOOD_PROJECTS[:1])  # no coordinates
    results = processing.run("ess_observatory:import_projects", {"DATABASE": database_path, "INPUT": sheet,
                                                                  "ILLUSTRATIVE": True})
    assert results["ACCEPTED"] == 1
    assert read_projects(database_path)["illustrative"].tolist() == [1]


# Opportunity analysis

def run_agr(path, tmp_path, name="agr", **parameters):
    values = {
        "DATABASE": path, "TERRITORY": "04", "VALUE_CHAINS": "honey,fisheries", "LANGUAGE": "fr",
        "MONTE_CARLO_RUNS": 100, "SEED": 3,
        "OUTPUT_LAYER": str(tmp_path / f"{name}.gpkg"), "OUTPUT_WEIGHTS": str(tmp_path / f"{name}_weights.csv"),
        "OUTPUT_XLSX": str(tmp_path / f"{name}.xlsx"), "OUTPUT_PDF": str(tmp_path / f"{name}.pdf"),
    }
    values.update(parameters)
    return processing.run("ess_observatory:agr_opportunity_map", values)


@pytest.fixture(scope="module")
def region_04(agr_database, agr_provider, tmp_path_factory):
    return run_agr(agr_database[0], tmp_path_factory.mktemp("agr_04"))


def pdf_pages(path):
    output = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in output.splitlines() if line.startswith("Pages:")))


def test_output_layer_commune_by_chain(region_04):
    layer = QgsVectorLayer(region_04["OUTPUT_LAYER"], "agr", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 2 * 114
    names = layer.fields().names()
    for field in ("code", "value_chain", "potential_level", "illustrative", "s_potential", "s_unemployment_rate",
                  "s_paved_road_distance_rural", "score", "opportunity_class", "rank", "top_share", "status"):
        assert field in names
    assert "s_finance_access" not in names
    features = list(layer.getFeatures())
    fisheries = [f for f in features if f["value_chain"] == "fisheries"]
    scored = [f for f in fisheries if f["status"] == "scored"]
    assert 0 < len(scored) < 114
    assert sorted(f["rank"] for f in scored)[0] == 1
    assert {f["opportunity_class"] for f in scored} == {"high", "medium", "low"}
    assert all(0.0 <= f["score"] <= 1.0 for f in scored)
    excluded = [f for f in fisheries if f["status"] == "excluded"]
    assert all(f["score"] is None or str(f["score"]) == "NULL" for f in excluded)
    assert all(f["illustrative"] == 1 for f in scored)
    # A higher score never has a worse rank.
    ordered = sorted(scored, key=lambda f: f["rank"])
    assert all(a["score"] >= b["score"] for a, b in zip(ordered, ordered[1:]))


def test_weights_output(region_04):
    layer = QgsVectorLayer(region_04["OUTPUT_WEIGHTS"], "weights", "ogr")
    rows = {f["criterion"]: f for f in layer.getFeatures()}
    assert set(rows) == {"potential", "unemployment_rate", "activity_rate_women", "electricity_access",
                         "running_water_access", "paved_road_distance_rural", "weekly_souks",
                         "cooperative_member_share"}
    assert sum(float(f["weight"]) for f in rows.values()) == pytest.approx(1.0, abs=1e-6)
    # 0.30 of the 0.90 left once finance access is out.
    assert float(rows["potential"]["weight"]) == pytest.approx(0.30 / 0.90, abs=1e-6)
    assert rows["potential"]["weight_source"] == "criteria"


def sheet(name):
    """The French name of a workbook sheet, as the fixture's run writes it."""
    from ess_observatory_plugin.core.i18n import translate

    return translate("AgrWorkbook", name, None, "fr")


def test_workbook_sheets_and_warning(region_04):
    workbook = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])
    assert workbook.sheetnames == [sheet(n) for n in (
        "Read me", "Criteria", "Weights", "Scores", "Top communes", "Sensitivity", "Missing values", "Projects",
        "Projects summary")]
    assert "ILLUSTRATI" in workbook[sheet("Read me")].cell(1, 1).value
    assert "ILLUSTRATIVE" in workbook.properties.title
    assert workbook[sheet("Scores")].max_row == 1 + 2 * 114
    top = workbook[sheet("Top communes")]
    assert top.max_row == 1 + 2 * 10
    assert [top.cell(row, 2).value for row in range(2, 12)] == list(range(1, 11))
    projects = workbook[sheet("Projects")]
    titles = {projects.cell(row, 1).value for row in range(2, projects.max_row + 1)}
    assert titles == {"Unité de miel Zaër", "Pêche Mehdya"}
    summary = workbook[sheet("Projects summary")]
    assert summary.cell(summary.max_row, 3).value == 3


def test_workbook_counts_missing_values(region_04):
    missing = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])[sheet("Missing values")]
    rows = [[missing.cell(r, c).value for c in range(1, 6)] for r in range(2, missing.max_row + 1)]
    # The policy column shows the policy in words, not the code "best".
    road = [row for row in rows if row[2] == sheet("best value")]
    assert road, rows
    assert not [row for row in rows if row[2] in ("best", "worst", "exclude")]
    assert all(row[3] > 0 for row in road)


def test_pdf_pages(region_04):
    assert pdf_pages(region_04["OUTPUT_PDF"]) == 3
    text = subprocess.run(["pdftotext", region_04["OUTPUT_PDF"], "-"], capture_output=True, text=True).stdout
    # French when the compiled translations are present, English otherwise.
    marks = text.count("ILLUSTRATIF") + text.count("ILLUSTRATIVE")
    assert marks >= 3


@pytest.mark.parametrize("language, expected", [
    ("fr", "potentialité supérieure à nulle (règle : \u2066potential > none\u2069)"),
    ("ar", "المؤهلات أعلى من منعدمة (القاعدة: \u2066potential > none\u2069)"),
    ("en", "potential above nil (rule: \u2066potential > none\u2069)"),
])
def test_constraint_in_words(language, expected):
    from ess_observatory_plugin.core.agr_report import constraints_text
    from ess_observatory_plugin.core.mcda.constraints import parse_constraints

    assert constraints_text(parse_constraints("potential > none"), language) == expected


def test_footer_credits_illustrative_script(region_04):
    text = subprocess.run(["pdftotext", region_04["OUTPUT_PDF"], "-"], capture_output=True, text=True).stdout
    assert "make_illustrative_potentials.py" in text
    assert "potentialités et projets : délégations régionales" not in text


def test_workbook_codes_in_words(region_04):
    workbook = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])
    criteria = workbook[sheet("Criteria")]
    rows = [[criteria.cell(r, c).value for c in range(1, 11)] for r in range(2, criteria.max_row + 1)]
    potential = next(row for row in rows if row[1] == "potential")
    assert potential[2] == sheet("potential")
    assert potential[4] == sheet("linear between the low and high thresholds")
    assert potential[9].startswith("Potentialité de la commune")
    read_me = [cell.value for (cell,) in workbook[sheet("Read me")].iter_rows(max_col=1)]
    assert any("du fichier des critères" in (line or "") for line in read_me)
    assert not any("de le fichier" in (line or "") for line in read_me)


def test_arabic_report_region_01(agr_database, agr_provider, tmp_path):
    results = run_agr(agr_database[0], tmp_path, "ar", TERRITORY="01", VALUE_CHAINS="olive_oil", LANGUAGE="ar")
    assert pdf_pages(results["OUTPUT_PDF"]) == 2
    workbook = openpyxl.load_workbook(results["OUTPUT_XLSX"])
    assert workbook.worksheets[0].sheet_view.rightToLeft


def test_unknown_value_chain_lists_codes(agr_database, agr_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"Unknown value chain 'truffles'\. Valid codes: olive_oil, "):
        run_agr(agr_database[0], tmp_path, VALUE_CHAINS="honey,truffles")


def test_criterion_field_missing(agr_database, agr_provider, tmp_path):
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps([{"criterion": "potential", "standardisation": "fuzzy", "low": 0, "high": 3},
                                    {"criterion": "altitude"}]), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Criterion field 'altitude' not found"):
        run_agr(agr_database[0], tmp_path, CRITERIA=str(criteria))


def _settings(**values):
    defaults = dict(territory="04", value_chains=["honey"], constraints="potential > none", monte_carlo_runs=50,
                    seed=5, language="en")
    defaults.update(values)
    return AgrSettings(**defaults)


def test_nulls_excluded_and_listed(agr_database, tmp_path):
    criteria = tmp_path / "criteria.csv"
    criteria.write_text("criterion;direction;standardisation;weight;missing\n"
                        "unemployment_rate;benefit;minmax;1;exclude\n"
                        "paved_road_distance_rural;cost;minmax;1;exclude\n", encoding="utf-8")
    result = compute_agr(agr_database[0], _settings(criteria_path=str(criteria), constraints=""))
    scores = result.scores
    missing = scores[scores["status"] == "missing"]
    # Communes without rural households have no distance to a paved road.
    assert len(missing) > 0
    assert missing["score"].isna().all()
    assert (missing["missing_criteria"] == "paved_road_distance_rural").all()
    assert "04.421.01.0" in set(missing["code"])
    row = result.missing.iloc[0]
    assert (row["criterion"], row["policy"], row["communes"], row["effect"]) == \
        ("paved_road_distance_rural", "exclude", len(missing), "not scored")


def test_nulls_worst_value(agr_database, tmp_path):
    criteria = tmp_path / "criteria.csv"
    criteria.write_text("criterion;direction;standardisation;weight;missing\n"
                        "unemployment_rate;benefit;minmax;1;exclude\n"
                        "paved_road_distance_rural;cost;minmax;1;worst\n", encoding="utf-8")
    result = compute_agr(agr_database[0], _settings(criteria_path=str(criteria), constraints=""))
    scores = result.scores.set_index("code")
    assert (result.scores["status"] == "scored").all()
    assert scores.at["04.421.01.0", "s_paved_road_distance_rural"] == 0.0
    assert result.missing.iloc[0]["effect"] == "worst value"


def test_constraints_exclude_urban(agr_database):
    result = compute_agr(agr_database[0], _settings(constraints="potential > none; type = rural"))
    scores = result.scores
    assert (scores.loc[scores["type"] == "urban", "status"] == "excluded").all()
    assert (scores.loc[scores["status"] == "scored", "potential"] > 0).all()


def test_no_potentials_for_region(agr_database):
    with pytest.raises(AgrError, match="import_potentials"):
        compute_agr(agr_database[0], _settings(territory="03"))


def test_sensitivity_seeded(agr_database):
    first = compute_agr(agr_database[0], _settings(seed=11))
    again = compute_agr(agr_database[0], _settings(seed=11))
    other = compute_agr(agr_database[0], _settings(seed=12))
    assert np.array_equal(first.monte_carlo["top_share"].to_numpy(), again.monte_carlo["top_share"].to_numpy())
    assert not np.array_equal(first.monte_carlo["mean_rank"].to_numpy(), other.monte_carlo["mean_rank"].to_numpy())
    assert first.monte_carlo["top_share"].between(0, 1).all()
    assert first.monte_carlo["top_share"].sum() == pytest.approx(10.0, abs=2.0)
    oat = first.one_at_a_time
    assert len(oat) == 2 * len(first.criteria)
    assert set(oat["change"]) == {0.2, -0.2}
    changed = compute_agr(agr_database[0], _settings(seed=11, sensitivity_change=50))
    assert set(changed.one_at_a_time["change"]) == {0.5, -0.5}


def _ahp_files(tmp_path, x):
    codes = ["potential", "unemployment_rate", "electricity_access", "cooperative_member_share"]
    criteria = tmp_path / "ahp_criteria.json"
    criteria.write_text(json.dumps([
        {"criterion": "potential", "standardisation": "fuzzy", "low": 0, "high": 3},
        {"criterion": "unemployment_rate"}, {"criterion": "electricity_access"},
        {"criterion": "cooperative_member_share"}]), encoding="utf-8")
    w = np.array([0.4, 0.3, 0.2, 0.1])
    e = np.array([[1, x, 1, 1 / x], [1 / x, 1, x, 1], [1, 1 / x, 1, x], [x, 1, 1 / x, 1]])
    matrix = (w[:, None] / w[None, :]) * e
    path = tmp_path / "ahp.csv"
    lines = ["," + ",".join(codes)] + [codes[i] + "," + ",".join(repr(v) for v in matrix[i]) for i in range(4)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(criteria), str(path)


def test_inconsistent_ahp_stops(agr_database, agr_provider, tmp_path):
    criteria, matrix = _ahp_files(tmp_path, 2.0)
    with pytest.raises(QgsProcessingException, match="consistency ratio 0.185"):
        run_agr(agr_database[0], tmp_path, CRITERIA=criteria, AHP_MATRIX=matrix)


def test_inconsistent_ahp_accepted(agr_database, agr_provider, tmp_path):
    criteria, matrix = _ahp_files(tmp_path, 2.0)
    results = run_agr(agr_database[0], tmp_path, CRITERIA=criteria, AHP_MATRIX=matrix, ACCEPT_INCONSISTENT=True,
                      OUTPUT_PDF=None)
    layer = QgsVectorLayer(results["OUTPUT_WEIGHTS"], "weights", "ogr")
    rows = {f["criterion"]: f for f in layer.getFeatures()}
    assert float(rows["potential"]["weight"]) == pytest.approx(0.4, abs=1e-6)
    assert float(rows["potential"]["consistency_ratio"]) == pytest.approx((0.5 / 3) / 0.9, abs=1e-6)
    assert rows["potential"]["weight_source"] == "ahp"


def test_direct_weights_and_topsis(agr_database):
    result = compute_agr(agr_database[0], _settings(
        method="topsis", weights="potential=2; unemployment_rate=1; activity_rate_women=1; electricity_access=1; "
                                "running_water_access=1; paved_road_distance_rural=1; weekly_souks=1; "
                                "cooperative_member_share=2"))
    assert result.weights_source == "direct"
    assert result.weights[0] == pytest.approx(0.2)
    scored = result.scores[result.scores["status"] == "scored"]
    assert scored["score"].between(0, 1).all()
    with pytest.raises(AgrError, match="WEIGHTS gives no weight for"):
        compute_agr(agr_database[0], _settings(weights="potential=1"))


def test_finance_access_layer(agr_database):
    layer = QgsVectorLayer("None?field=code:string(20)&field=access_score:double&field=target:double", "access",
                           "memory")
    communes = compute_agr(agr_database[0], _settings()).scores["code"]
    features = []
    for position, code in enumerate(communes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, float(position), 100.0])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = compute_agr(agr_database[0], _settings(finance_access_layer=layer))
    assert "finance_access" in [c.code for c in result.criteria]
    assert sum(c.weight for c in result.criteria) == pytest.approx(1.0)
    assert not any("Access to microcredit is left out" in m for m in result.messages)
    without = compute_agr(agr_database[0], _settings())
    assert any("Access to microcredit is left out" in m for m in without.messages)


def test_potentials_import_from_csv(database_path, tmp_path):
    csv_path = tmp_path / "potentials.csv"
    csv_path.write_text(
        "Code commune;Filière;Niveau de potentiel;Quantité;Unité;Année\n"
        f"{ZAER};Miel;élevé;;;2024\n"
        f"{ZAER};olive_oil;moyen;;;2024\n"
        "04.999.99.99;honey;low;;;2024\n",
        encoding="utf-8")
    result = import_potentials(database_path, str(csv_path), rejects_path=str(tmp_path / "rejects.xlsx"))
    assert result.accepted == 2
    assert result.rejected == 1
