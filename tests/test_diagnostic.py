"""The regional_diagnostic algorithm end to end, through Processing."""

import subprocess

import openpyxl
import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from ess_observatory_plugin.core.diagnostic import compute_diagnostic


def run_diagnostic(database_path, tmp_path, territory, language="fr", name="diagnostic"):
    return processing.run("ess_observatory:regional_diagnostic", {
        "DATABASE": database_path,
        "TERRITORY": territory,
        "LANGUAGE": language,
        "OUTPUT_LAYER": str(tmp_path / f"{name}.gpkg"),
        "OUTPUT_XLSX": str(tmp_path / f"{name}.xlsx"),
        "OUTPUT_PDF": str(tmp_path / f"{name}.pdf"),
    })


@pytest.fixture(scope="module")
def region_04(built_database, processing_provider, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("region_04")
    return run_diagnostic(built_database[0], tmp_path, "04", "fr")


def pdf_pages(path):
    output = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in output.splitlines() if line.startswith("Pages:")))


def test_layer_has_communes_of_territory(region_04):
    layer = QgsVectorLayer(region_04["OUTPUT_LAYER"], "diagnostic", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 114
    codes = {feature["code"] for feature in layer.getFeatures()}
    assert all(code.startswith("04.") for code in codes)
    names = layer.fields().names()
    for field in ("unemployment_rate", "illiteracy_rate", "electricity_access", "needs_index", "needs_rank"):
        assert field in names


def test_workbook_sheets(region_04):
    workbook = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])
    assert len(workbook.sheetnames) == 6
    summary, communes, provinces, needs, gaps = (workbook.worksheets[i] for i in range(5))
    assert summary.cell(1, 3).value == "Rabat-Salé-Kénitra"
    assert communes.max_row == 115
    assert provinces.max_row == 8
    assert needs.max_row == 115
    assert gaps.max_row > 1


def test_workbook_summary_values(region_04, built_database):
    workbook = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])
    summary = workbook.worksheets[0]
    rows = {summary.cell(r, 7).value: [summary.cell(r, c).value for c in range(1, 8)]
            for r in range(2, summary.max_row + 1)}
    population = rows["population"]
    assert population[2] == 5132639
    assert population[3] == 36828330
    unemployment = rows["unemployment_rate"]
    assert unemployment[2] == pytest.approx(19.75, abs=0.1)
    assert 1 <= unemployment[5] <= 12


def test_workbook_provinces_aggregated_by_denominator(region_04):
    workbook = openpyxl.load_workbook(region_04["OUTPUT_XLSX"])
    communes, provinces = workbook.worksheets[1], workbook.worksheets[2]
    header = [c.value for c in communes[1]]
    population_column = header.index("Population") + 1
    unemployment_column = header.index("Taux de chômage") + 1
    active_weighted = {}
    for row in range(2, communes.max_row + 1):
        province = communes.cell(row, 5).value
        active_weighted.setdefault(province, []).append(
            (communes.cell(row, unemployment_column).value, communes.cell(row, population_column).value))
    province_header = [c.value for c in provinces[1]]
    province_population = province_header.index("Population") + 1
    for row in range(2, provinces.max_row + 1):
        code = provinces.cell(row, 1).value
        total = sum(p for _, p in active_weighted[code])
        assert provinces.cell(row, province_population).value == total


def test_needs_ranking_sorted(region_04):
    needs = openpyxl.load_workbook(region_04["OUTPUT_XLSX"]).worksheets[3]
    values = [needs.cell(r, 6).value for r in range(2, needs.max_row + 1)]
    assert values == sorted(values, reverse=True)
    assert [needs.cell(r, 1).value for r in range(2, 5)] == [1, 2, 3]


def test_gaps_only_below_national(region_04):
    gaps = openpyxl.load_workbook(region_04["OUTPUT_XLSX"]).worksheets[4]
    for row in range(2, gaps.max_row + 1):
        value, national = gaps.cell(row, 4).value, gaps.cell(row, 5).value
        label = gaps.cell(row, 1).value
        if "Distance" in label:
            assert value > national
        else:
            assert value < national


def test_pdf_has_pages(region_04):
    assert pdf_pages(region_04["OUTPUT_PDF"]) >= 2


def test_arabic_province_diagnostic(built_database, processing_provider, tmp_path):
    results = run_diagnostic(built_database[0], tmp_path, "4421", "ar", "rabat")
    layer = QgsVectorLayer(results["OUTPUT_LAYER"], "rabat", "ogr")
    assert layer.featureCount() == 2
    workbook = openpyxl.load_workbook(results["OUTPUT_XLSX"])
    assert workbook.worksheets[0].sheet_view.rightToLeft
    assert workbook.worksheets[0].cell(1, 3).value == "الرباط"
    assert pdf_pages(results["OUTPUT_PDF"]) >= 2


@pytest.mark.parametrize("territory, message", [
    ("13", "region codes run from 01 to 12"),
    ("04.999", "Provinces of region 04: 04.421 (Rabat)"),
    ("Rabat", "Valid region codes: 01 (Tanger"),
    ("04.421.01.07", "expected a region or a province"),
])
def test_unknown_territory_rejected(built_database, processing_provider, tmp_path, territory, message):
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(").replace(")", r"\)")):
        run_diagnostic(built_database[0], tmp_path, territory)


def test_unknown_language_rejected(built_database, processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_diagnostic(built_database[0], tmp_path, "04", "de")


def test_missing_database_rejected(processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_diagnostic(str(tmp_path / "absent.gpkg"), tmp_path, "04")


def test_not_a_database_rejected(processing_provider, tmp_path):
    bogus = tmp_path / "bogus.gpkg"
    bogus.write_text("not a geopackage")
    with pytest.raises(QgsProcessingException):
        run_diagnostic(str(bogus), tmp_path, "04")


def test_cancellation_stops_before_outputs(built_database, processing_provider, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    results = processing.run("ess_observatory:regional_diagnostic", {
        "DATABASE": built_database[0], "TERRITORY": "04", "LANGUAGE": "en",
        "OUTPUT_LAYER": str(tmp_path / "c.gpkg"), "OUTPUT_XLSX": str(tmp_path / "c.xlsx"),
        "OUTPUT_PDF": str(tmp_path / "c.pdf"),
    }, feedback=feedback)
    assert "OUTPUT_XLSX" not in results
    assert not (tmp_path / "c.xlsx").exists()
    assert not (tmp_path / "c.pdf").exists()


def test_diagnostic_rank_among_regions(built_database):
    diagnostic = compute_diagnostic(built_database[0], "01", "en")
    assert diagnostic.ranked_among == 12
    ranks = diagnostic.summary.set_index("indicator")["rank"]
    assert ranks.between(1, 12).all()
    needs = diagnostic.needs["needs_index"]
    assert needs.between(0, 100).all()
    assert len(diagnostic.communes) == 146


def test_language_message_lists_accepted(built_database, processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="LANGUAGE 'de' is not accepted: use one of ar, fr, en"):
        run_diagnostic(built_database[0], tmp_path, "04", "de")


def test_empty_territory_message(built_database, processing_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="TERRITORY is empty"):
        run_diagnostic(built_database[0], tmp_path, "  ")


def test_database_defaults_to_settings(processing_provider, tmp_path, monkeypatch):
    from ess_observatory_plugin.processing.regional_diagnostic import RegionalDiagnosticAlgorithm
    from qgis.core import QgsProcessingContext

    monkeypatch.setattr("ess_observatory_plugin.processing.base.database_path", lambda: "/chosen/observatory.gpkg")
    algorithm = RegionalDiagnosticAlgorithm()
    algorithm.initAlgorithm()
    assert algorithm.database({}, QgsProcessingContext()) == "/chosen/observatory.gpkg"
    assert algorithm.parameterDefinition("DATABASE").flags() & algorithm.parameterDefinition("DATABASE").FlagOptional


def test_loaded_output_is_styled(built_database, processing_provider, tmp_path, qgis_new_project):
    from qgis.core import QgsProject

    results = processing.runAndLoadResults("ess_observatory:regional_diagnostic", {
        "DATABASE": built_database[0], "TERRITORY": "04.421", "LANGUAGE": "en",
        "OUTPUT_LAYER": str(tmp_path / "styled.gpkg"), "OUTPUT_XLSX": str(tmp_path / "styled.xlsx"),
        "OUTPUT_PDF": str(tmp_path / "styled.pdf"),
    })
    assert results["OUTPUT_LAYER"] == str(tmp_path / "styled.gpkg")
    loaded = [layer for layer in QgsProject.instance().mapLayers().values() if layer.name() == "Diagnostic Rabat"]
    assert len(loaded) == 1
    assert loaded[0].renderer().type() == "RuleRenderer"
