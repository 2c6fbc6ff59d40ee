"""The microcredit proximity analysis: distances, E2SFCA, coverage, siting, network and the algorithm."""

import math
import os
import re
import subprocess

import numpy as np
import openpyxl
import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDistanceArea,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ess_observatory_plugin.core import i18n
from ess_observatory_plugin.core.proximity import analysis, demand, summary, supply
from ess_observatory_plugin.core.proximity.accessibility import e2sfca, gaussian_weight
from ess_observatory_plugin.core.proximity.cancel import AnalysisCanceled
from ess_observatory_plugin.core.proximity.coverage import gini, lorenz_curve, parse_bands
from ess_observatory_plugin.core.proximity.distances import haversine_m, straight_line_costs
from ess_observatory_plugin.core.proximity.errors import ProximityInputError
from ess_observatory_plugin.core.proximity.network import network_costs
from ess_observatory_plugin.core.proximity.siting import greedy_maximal_coverage

ALGORITHM = "ess_observatory:microcredit_proximity"
I18N_DIR = os.path.join(os.path.dirname(i18n.__file__), "..", "i18n")

# Branch points near Rabat, Salé, Kénitra and Khémisset (region 04), with their institution.
REGION_04_BRANCHES = [
    (-6.8416, 34.0209, "Al Amana"), (-6.8300, 34.0000, "Attawfiq"), (-6.7985, 34.0531, "Al Amana"),
    (-6.5802, 34.2610, "Al Baraka"), (-6.5500, 34.2500, "Attawfiq"), (-6.0626, 33.8235, "Al Amana"),
    (-6.2700, 34.4000, "Inmaa"), (-5.9700, 34.6000, "Al Amana"),
]

# WGS 84 ellipsoid.
SEMI_MAJOR_M = 6378137.0
FLATTENING = 1 / 298.257223563


def vincenty_m(lon1, lat1, lon2, lat2):
    """Vincenty's inverse formula on WGS 84, written here to check QgsDistanceArea independently."""
    b = SEMI_MAJOR_M * (1 - FLATTENING)
    reduced1 = math.atan((1 - FLATTENING) * math.tan(math.radians(lat1)))
    reduced2 = math.atan((1 - FLATTENING) * math.tan(math.radians(lat2)))
    difference = math.radians(lon2 - lon1)
    lam = difference
    for _ in range(200):
        sin_lam, cos_lam = math.sin(lam), math.cos(lam)
        sin_sigma = math.hypot(math.cos(reduced2) * sin_lam, math.cos(reduced1) * math.sin(reduced2)
                               - math.sin(reduced1) * math.cos(reduced2) * cos_lam)
        if sin_sigma == 0:
            return 0.0
        cos_sigma = math.sin(reduced1) * math.sin(reduced2) + math.cos(reduced1) * math.cos(reduced2) * cos_lam
        sigma = math.atan2(sin_sigma, cos_sigma)
        sin_alpha = math.cos(reduced1) * math.cos(reduced2) * sin_lam / sin_sigma
        cos2_alpha = 1 - sin_alpha ** 2
        cos_2sigma_m = cos_sigma - 2 * math.sin(reduced1) * math.sin(reduced2) / cos2_alpha
        c = FLATTENING / 16 * cos2_alpha * (4 + FLATTENING * (4 - 3 * cos2_alpha))
        previous = lam
        lam = difference + (1 - c) * FLATTENING * sin_alpha * (
            sigma + c * sin_sigma * (cos_2sigma_m + c * cos_sigma * (-1 + 2 * cos_2sigma_m ** 2)))
        if abs(lam - previous) < 1e-13:
            break
    u2 = cos2_alpha * (SEMI_MAJOR_M ** 2 - b ** 2) / b ** 2
    big_a = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    big_b = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    delta_sigma = big_b * sin_sigma * (cos_2sigma_m + big_b / 4 * (
        cos_sigma * (-1 + 2 * cos_2sigma_m ** 2)
        - big_b / 6 * cos_2sigma_m * (-3 + 4 * sin_sigma ** 2) * (-3 + 4 * cos_2sigma_m ** 2)))
    return b * big_a * (sigma - delta_sigma)


def branch_layer(points, crs="EPSG:4326", name="branches", extra_fields="", values=None):
    """A memory point layer of branches with a name, an institution and loan officers."""
    layer = QgsVectorLayer(f"Point?crs={crs}&field=name:string&field=institution:string"
                           f"&field=officers:double{extra_fields}", name, "memory")
    features = []
    for position, point in enumerate(points):
        feature = QgsFeature(layer.fields())
        if point is not None:
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point[0], point[1])))
        feature["name"] = f"B{position}"
        feature["institution"] = point[2] if point is not None and len(point) > 2 else "Al Amana"
        feature["officers"] = 2.0
        for field, value in (values or {}).get(position, {}).items():
            feature[field] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def run_algorithm(database, branches, tmp_path, feedback=None, **extra):
    parameters = {
        "BRANCHES": branches, "DATABASE": database, "TERRITORY": "04", "LANGUAGE": "fr",
        "OUTPUT_DEMAND": "memory:", "OUTPUT_COVERAGE": "memory:", "OUTPUT_LINES": "memory:",
    }
    parameters.update(extra)
    return processing.run(ALGORITHM, parameters, feedback=feedback)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps the warnings an algorithm pushes."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.warnings.append(warning)
        super().pushWarning(warning)


@pytest.fixture(scope="module")
def proximity_provider(processing_provider):
    from ess_observatory_plugin.processing.microcredit_proximity import MicrocreditProximityAlgorithm

    if processing_provider.algorithm("microcredit_proximity") is None:
        assert processing_provider.addAlgorithm(MicrocreditProximityAlgorithm())
    return processing_provider


@pytest.fixture(scope="module")
def compiled_translations():
    """Compile the .ts sources as `make translations` does, and reload the report translators."""
    for language in ("fr", "ar"):
        source = os.path.join(I18N_DIR, f"ess_observatory_{language}.ts")
        subprocess.run(["lrelease", "-silent", source, "-qm", source[:-3] + ".qm"], check=True)
    i18n._report_translators.clear()


@pytest.fixture(scope="module")
def commune_units(built_database):
    units = demand.read_units(demand.commune_layer(built_database[0]), "population_15_plus")
    return units


def unit_point(units, code):
    position = int(np.nonzero(units.table["code"].to_numpy() == code)[0][0])
    return demand.unit_points(units)[position], position


# Distances


@pytest.mark.parametrize("code", ["04.421.01.0", "04.441.01.08", "01.511.01.0", "08.201.01.05"])
def test_commune_distance_matches_vincenty(commune_units, code):
    (longitude, latitude), _ = unit_point(commune_units, code)
    branches = np.array([[longitude + 0.05, latitude + 0.03], [longitude - 0.4, latitude + 0.2]])
    table = straight_line_costs([[longitude, latitude]], branches, 100.0)

    expected_near = vincenty_m(longitude, latitude, longitude + 0.05, latitude + 0.03)
    expected_far = vincenty_m(longitude, latitude, longitude - 0.4, latitude + 0.2)
    assert table.nearest_branch[0] == 0
    assert table.nearest_distance_km[0] * 1000 == pytest.approx(expected_near, abs=0.01)
    by_branch = dict(zip(table.pair_branch, table.pair_cost))
    assert by_branch[1] * 1000 == pytest.approx(expected_far, abs=0.01)


def test_distance_matches_projected_metres(commune_units):
    (longitude, latitude), _ = unit_point(commune_units, "04.421.01.0")
    utm = QgsCoordinateReferenceSystem("EPSG:32629")
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance())
    start = transform.transform(QgsPointXY(longitude, latitude))
    end = transform.transform(QgsPointXY(longitude + 0.1, latitude + 0.05))
    # UTM zone 29 has a scale factor of 0.9996 to 1.0004 at Rabat: grid metres agree within 0.1 %.
    grid_m = math.hypot(end.x() - start.x(), end.y() - start.y())
    table = straight_line_costs([[longitude, latitude]], [[longitude + 0.1, latitude + 0.05]], 50.0)
    assert table.nearest_distance_km[0] * 1000 == pytest.approx(grid_m, rel=1e-3)


def test_haversine_within_prefilter_margin():
    spherical = haversine_m(-6.84, 34.02, -7.62, 33.59)
    ellipsoidal = vincenty_m(-6.84, 34.02, -7.62, 33.59)
    assert abs(spherical - ellipsoidal) / ellipsoidal < 0.006


def test_nearest_matches_exhaustive_search(commune_units):
    rng = np.random.default_rng(11)
    points = demand.unit_points(commune_units)[:300]
    branches = points[rng.choice(len(points), 40, replace=False)] + rng.normal(0, 0.05, (40, 2))
    table = straight_line_costs(points, branches, 10.0)

    measure = QgsDistanceArea()
    measure.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    measure.setEllipsoid("WGS84")
    for row in range(0, 300, 7):
        exact = [measure.measureLine(QgsPointXY(*points[row]), QgsPointXY(*branch)) for branch in branches]
        assert table.nearest_branch[row] == int(np.argmin(exact))
        assert table.nearest_cost[row] * 1000 == pytest.approx(min(exact), abs=1e-6)
    within = {(d, b) for d, b in zip(table.pair_demand, table.pair_branch)}
    row = 5
    exact = [measure.measureLine(QgsPointXY(*points[row]), QgsPointXY(*branch)) for branch in branches]
    assert {b for d, b in within if d == row} == {b for b, metres in enumerate(exact) if metres <= 10000.0}


# Accessibility, coverage and siting


def test_gaussian_weight_values():
    weights = gaussian_weight([0.0, 5.0, 10.0, 12.0], 10.0)
    assert weights[0] == pytest.approx(1.0)
    assert weights[1] == pytest.approx((math.exp(-0.125) - math.exp(-0.5)) / (1 - math.exp(-0.5)))
    assert weights[1] == pytest.approx(0.70136, abs=1e-5)
    assert weights[2] == 0.0
    assert weights[3] == 0.0


def test_e2sfca_small_case_by_hand():
    # Two communes (100 and 300 people), two branches (capacity 2 and 1), catchment 10 km.
    pair_demand = [0, 0, 1, 1, 1]
    pair_branch = [0, 1, 0, 1, 1]
    pair_cost = [0.0, 5.0, 8.0, 5.0, 15.0]  # the last pair lies beyond the catchment
    w5 = (math.exp(-0.5 * 0.25) - math.exp(-0.5)) / (1 - math.exp(-0.5))
    w8 = (math.exp(-0.5 * 0.64) - math.exp(-0.5)) / (1 - math.exp(-0.5))
    ratio_0 = 2.0 / (100 * 1.0 + 300 * w8)
    ratio_1 = 1.0 / (100 * w5 + 300 * w5)
    expected_0 = 10_000 * (ratio_0 * 1.0 + ratio_1 * w5)
    expected_1 = 10_000 * (ratio_0 * w8 + ratio_1 * w5)

    score, ratio = e2sfca(pair_demand, pair_branch, pair_cost, [100.0, 300.0], [2.0, 1.0], 10.0)
    assert ratio[0] == pytest.approx(ratio_0)
    assert ratio[1] == pytest.approx(ratio_1)
    assert score[0] == pytest.approx(expected_0)
    assert score[1] == pytest.approx(expected_1)
    # Capacity is conserved: the target-weighted scores add up to the total capacity.
    assert (score[0] * 100 + score[1] * 300) / 10_000 == pytest.approx(3.0)


def test_e2sfca_branch_without_demand_adds_nothing():
    score, ratio = e2sfca([0], [0], [3.0], [0.0], [5.0], 10.0)
    assert ratio[0] == 0.0
    assert score[0] == 0.0


def test_gini_and_lorenz_by_hand():
    assert gini([1.0, 1.0, 1.0], [10, 10, 10]) == pytest.approx(0.0)
    # Half the people have nothing, the other half share everything equally.
    assert gini([0.0, 0.0, 1.0, 1.0], [1, 1, 1, 1]) == pytest.approx(0.5)
    # Weights count like repeated people: 3 people at 0 and 1 person at 4.
    assert gini([0.0, 4.0], [3, 1]) == pytest.approx(gini([0, 0, 0, 4], [1, 1, 1, 1]))
    population, accessibility = lorenz_curve([0.0, 4.0], [3, 1])
    assert list(population) == pytest.approx([0.0, 0.75, 1.0])
    assert list(accessibility) == pytest.approx([0.0, 0.0, 1.0])
    assert math.isnan(gini([0.0, 0.0], [1, 1]))


def test_parse_bands_sorts_and_rejects():
    assert parse_bands("20, 5;10") == [5.0, 10.0, 20.0]
    with pytest.raises(ProximityInputError, match="not a number"):
        parse_bands("5,ten")
    with pytest.raises(ProximityInputError, match="greater than 0"):
        parse_bands("0,5")


def test_greedy_coverage_reaches_known_optimum():
    # Candidate A covers demand 0 and 1, B covers 1 and 2, C covers 3, D covers 4 (already covered).
    pair_candidate = [0, 0, 1, 1, 2, 3]
    pair_demand = [0, 1, 1, 2, 3, 4]
    target = [50.0, 50.0, 60.0, 70.0, 500.0]
    covered = [False, False, False, False, True]
    sites = greedy_maximal_coverage(pair_candidate, pair_demand, target, covered, 2, 4)

    assert [site.candidate for site in sites] == [1, 2]
    assert [site.added_target for site in sites] == [110.0, 70.0]
    assert sites[-1].covered_after == 500.0 + 180.0
    best = max(sum(target[d] for d in {d for c, d in zip(pair_candidate, pair_demand) if c in (a, b)}
                   if not covered[d])
               for a in range(4) for b in range(4) if a < b)
    assert sum(site.added_target for site in sites) == best


def test_greedy_coverage_stops_when_nothing_left():
    sites = greedy_maximal_coverage([0, 1], [0, 0], [10.0], [False], 3, 2)
    assert len(sites) == 1
    assert sites[0].added_target == 10.0


# Road network


def network_layer(lines, speeds=None):
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=speed:double", "roads", "memory")
    features = []
    for position, line in enumerate(lines):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(*point) for point in line]))
        feature["speed"] = speeds[position] if speeds else None
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def test_network_distance_on_hand_made_network():
    a, b, c = (-7.0, 33.0), (-6.99, 33.0), (-6.99, 33.01)
    far_a, far_b = (-6.8, 33.2), (-6.79, 33.2)
    roads = network_layer([[a, b], [b, c], [far_a, far_b]])
    table = network_costs(roads, [a, far_a], [c], 50.0)

    ab, bc = vincenty_m(*a, *b), vincenty_m(*b, *c)
    assert table.unit == "km"
    assert table.nearest_branch[0] == 0
    assert table.nearest_cost[0] * 1000 == pytest.approx(ab + bc, abs=0.05)
    assert table.nearest_cost[0] * 1000 > vincenty_m(*a, *c)
    # The second point sits on a road the rest of the network does not reach.
    assert table.nearest_branch[1] == -1
    assert math.isnan(table.nearest_cost[1])


def test_network_travel_time_with_speeds():
    a, b, c = (-7.0, 33.0), (-6.99, 33.0), (-6.99, 33.01)
    roads = network_layer([[a, b], [b, c]], speeds=[60.0, 30.0])
    table = network_costs(roads, [a], [c], 60.0, speed_field="speed")

    minutes = (vincenty_m(*a, *b) / 1000 / 60.0 + vincenty_m(*b, *c) / 1000 / 30.0) * 60.0
    assert table.unit == "min"
    assert table.nearest_cost[0] == pytest.approx(minutes, rel=1e-4)
    assert table.nearest_distance_km[0] * 1000 == pytest.approx(vincenty_m(*a, *b) + vincenty_m(*b, *c), abs=0.05)


def test_network_speed_field_missing():
    roads = network_layer([[(-7.0, 33.0), (-6.99, 33.0)]], speeds=[50.0])
    with pytest.raises(ProximityInputError, match="SPEED_FIELD 'kmh'"):
        network_costs(roads, [(-7.0, 33.0)], [(-6.99, 33.0)], 10.0, speed_field="kmh")


# Core analysis on real communes


def run_core(database, layer, territory="04", **settings):
    branches = supply.read_branches(layer, settings.pop("capacity", None), layer.name(), layer.source())
    units = demand.read_units(demand.commune_layer(database), settings.pop("target", "population_15_plus"))
    options = {"bands": [5.0, 10.0, 20.0], "catchment": 20.0, "database_path": database,
               "territory_code": territory}
    options.update(settings)
    return analysis.run_proximity(branches, units, analysis.ProximitySettings(**options))


def test_crs_26191_matches_4326(built_database):
    layer_4326 = branch_layer(REGION_04_BRANCHES)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsCoordinateReferenceSystem("EPSG:26191"), QgsProject.instance())
    projected = []
    for longitude, latitude, institution in REGION_04_BRANCHES:
        point = transform.transform(QgsPointXY(longitude, latitude))
        projected.append((point.x(), point.y(), institution))
    layer_26191 = branch_layer(projected, crs="EPSG:26191")

    geographic = run_core(built_database[0], layer_4326)
    merchich = run_core(built_database[0], layer_26191)
    assert len(geographic.units) == 114
    assert list(geographic.units["nearest_branch"]) == list(merchich.units["nearest_branch"])
    # The EPSG:4326 -> 26191 -> 4326 round trip moves points by a few millimetres.
    assert np.allclose(geographic.units["distance_km"], merchich.units["distance_km"], atol=1e-5)
    assert np.allclose(geographic.units["score"], merchich.units["score"], rtol=1e-4)


def test_core_distance_of_rabat(built_database, commune_units):
    result = run_core(built_database[0], branch_layer(REGION_04_BRANCHES))
    (longitude, latitude), _ = unit_point(commune_units, "04.421.01.0")
    rabat = result.units[result.units["code"] == "04.421.01.0"].iloc[0]
    expected = min(vincenty_m(longitude, latitude, x, y) for x, y, _ in REGION_04_BRANCHES)
    assert rabat["distance_km"] * 1000 == pytest.approx(expected, abs=0.01)
    assert rabat["institutions_overlap"] == 2
    assert rabat["underserved"] == 0
    ranks = sorted(result.units["rank"])
    assert ranks == list(range(1, 115))


def test_raster_cells_keep_commune_target(built_database, commune_units, tmp_path):
    from osgeo import gdal, osr

    geometry = commune_units.geometries[unit_point(commune_units, "04.421.01.0")[1]]
    box = geometry.boundingBox()
    path = str(tmp_path / "population.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 20, 20, 1, gdal.GDT_Float32)
    margin = 0.01
    dataset.SetGeoTransform([box.xMinimum() - margin, (box.width() + 2 * margin) / 20, 0,
                             box.yMaximum() + margin, 0, -(box.height() + 2 * margin) / 20])
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(4326)
    dataset.SetProjection(reference.ExportToWkt())
    values = np.arange(400, dtype="float32").reshape(20, 20)
    dataset.GetRasterBand(1).WriteArray(values)
    dataset.GetRasterBand(1).SetNoDataValue(-1)
    dataset = None
    raster = QgsRasterLayer(path, "population")
    assert raster.isValid()

    _, rabat = unit_point(commune_units, "04.421.01.0")
    points = demand.demand_points(commune_units, [rabat], raster)
    assert points.raster_units == 1
    assert len(points) > 10
    assert set(points.unit_index) == {rabat}
    assert points.target.sum() == pytest.approx(commune_units.table["target"][rabat])


def test_cancel_stops_analysis(built_database):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    branches = supply.read_branches(branch_layer(REGION_04_BRANCHES))
    units = demand.read_units(demand.commune_layer(built_database[0]), "population_15_plus")
    settings = analysis.ProximitySettings(bands=[5.0], catchment=20.0, database_path=built_database[0])
    with pytest.raises(AnalysisCanceled):
        analysis.run_proximity(branches, units, settings, feedback=feedback)


# Bad inputs


def test_empty_branches_rejected(built_database, proximity_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="has no feature"):
        run_algorithm(built_database[0], branch_layer([]), tmp_path)


def test_null_geometries_skipped_and_counted(built_database, proximity_provider, tmp_path):
    feedback = RecordingFeedback()
    layer = branch_layer(REGION_04_BRANCHES + [None, None])
    results = run_algorithm(built_database[0], layer, tmp_path, feedback=feedback)
    assert results["OUTPUT_DEMAND"].featureCount() == 114
    assert any("2 branches have no geometry" in warning for warning in feedback.warnings)


def test_branches_outside_morocco_reported(built_database, proximity_provider, tmp_path):
    feedback = RecordingFeedback()
    swapped = [(34.02, -6.84, "Al Amana")]
    run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES + swapped), tmp_path, feedback=feedback)
    assert any("1 branches lie outside Morocco" in warning for warning in feedback.warnings)
    with pytest.raises(QgsProcessingException, match="outside Morocco"):
        run_algorithm(built_database[0], branch_layer(swapped), tmp_path)


def test_branches_far_from_territory_warned(built_database, proximity_provider, tmp_path):
    feedback = RecordingFeedback()
    marrakech = [(-7.99, 31.63, "Al Amana")]
    run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES + marrakech), tmp_path, feedback=feedback)
    assert any("1 of 9 branches are more than 20 km" in warning for warning in feedback.warnings)


@pytest.mark.parametrize("target", ["0", "NULL"])
def test_target_zero_or_null_rejected(built_database, proximity_provider, tmp_path, target):
    with pytest.raises(QgsProcessingException, match="zero or NULL for every demand feature"):
        run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES), tmp_path, TARGET=target)


def test_target_unknown_field_rejected(built_database, proximity_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="population_18_plus"):
        run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES), tmp_path,
                      TARGET='"population_18_plus" * 1')


def test_capacity_field_missing_rejected(built_database, proximity_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="CAPACITY field 'clients'"):
        run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES), tmp_path, CAPACITY="clients")


def test_capacity_zero_everywhere_rejected():
    layer = branch_layer(REGION_04_BRANCHES, values={i: {"officers": 0} for i in range(len(REGION_04_BRANCHES))})
    with pytest.raises(ProximityInputError, match="zero, negative or NULL for every branch"):
        supply.read_branches(layer, "officers")


def test_unknown_territory_rejected(built_database, proximity_provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="Unknown territory code"):
        run_algorithm(built_database[0], branch_layer(REGION_04_BRANCHES), tmp_path, TERRITORY="04.999")


# The algorithm end to end


@pytest.fixture(scope="module")
def region_04_run(built_database, proximity_provider, compiled_translations, tmp_path_factory):
    folder = tmp_path_factory.mktemp("proximity_04")
    layer = branch_layer(REGION_04_BRANCHES, extra_fields="&field=illustrative:integer",
                         values={0: {"illustrative": 1}})
    results = processing.run(ALGORITHM, {
        "BRANCHES": layer, "DATABASE": built_database[0], "TERRITORY": "04", "CAPACITY": "officers",
        "NEW_BRANCHES": 2, "LANGUAGE": "fr",
        "OUTPUT_DEMAND": str(folder / "demand.gpkg"), "OUTPUT_COVERAGE": str(folder / "coverage.gpkg"),
        "OUTPUT_LINES": str(folder / "lines.gpkg"), "OUTPUT_SITES": str(folder / "sites.gpkg"),
        "OUTPUT_XLSX": str(folder / "proximity.xlsx"), "OUTPUT_PDF": str(folder / "proximity.pdf"),
    })
    return results


def test_algorithm_demand_layer(region_04_run):
    layer = QgsVectorLayer(region_04_run["OUTPUT_DEMAND"], "demand", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == 114
    names = layer.fields().names()
    for field in ("nearest_branch", "nearest_institution", "distance_km", "branches_5km", "branches_10km",
                  "branches_20km", "branches_per_10k", "access_score", "underserved", "underserved_rule",
                  "typology", "institutions_overlap", "rank"):
        assert field in names
    features = list(layer.getFeatures())
    assert all(feature["code"].startswith("04.") for feature in features)
    assert all(feature["branches_5km"] <= feature["branches_10km"] <= feature["branches_20km"]
               for feature in features)
    underserved = [feature for feature in features if feature["underserved"] == 1]
    assert underserved
    assert all(feature["underserved_rule"] for feature in underserved)
    far = [f for f in features if f["branches_20km"] == 0]
    assert far
    assert all("no_branch_within_catchment" in f["underserved_rule"] for f in far)
    assert all(f["typology"].startswith("far_") for f in far)
    assert all(f["illustrative"] == 1 for f in features)


def test_algorithm_coverage_lines_and_sites(region_04_run):
    coverage = QgsVectorLayer(region_04_run["OUTPUT_COVERAGE"], "coverage", "ogr")
    rows = {(f["level"], f["code"]): f for f in coverage.getFeatures()}
    assert ("region", "04") in rows
    assert len([key for key in rows if key[0] == "province"]) == 7
    region = rows[("region", "04")]
    assert 0 <= region["share_5km"] <= region["share_10km"] <= region["share_20km"] <= 100
    assert 0 <= region["gini"] <= 1

    assert all(f["illustrative"] == 1 for f in rows.values())

    lines = QgsVectorLayer(region_04_run["OUTPUT_LINES"], "lines", "ogr")
    assert lines.featureCount() == 114
    assert all(f["illustrative"] == 1 for f in lines.getFeatures())

    sites = QgsVectorLayer(region_04_run["OUTPUT_SITES"], "sites", "ogr")
    added = [f["added_target"] for f in sites.getFeatures()]
    assert len(added) == 2
    assert added[0] >= added[1] > 0


def test_algorithm_workbook_in_french(region_04_run):
    workbook = openpyxl.load_workbook(region_04_run["OUTPUT_XLSX"])
    assert workbook.sheetnames[:4] == ["Synthèse", "Communes", "Couverture", "Courbe de Lorenz"]
    summary = workbook["Synthèse"]
    assert "illustratives" in summary.cell(1, 1).value
    communes = workbook["Communes"]
    assert communes.max_row == 115
    lorenz = workbook["Courbe de Lorenz"]
    assert lorenz.cell(2, 1).value == "Part cumulée de la population ciblée (%)"
    assert lorenz.cell(3, 1).value == 0
    assert lorenz.cell(lorenz.max_row, 2).value == pytest.approx(100.0)


def test_algorithm_report_says_illustrative(region_04_run):
    path = region_04_run["OUTPUT_PDF"]
    pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in pages
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("illustratives") >= 2


def test_algorithm_report_numbers_in_french(region_04_run):
    text = subprocess.run(["pdftotext", region_04_run["OUTPUT_PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    # The tables and the chart are drawn as outlines, so only the labels reach pdftotext.
    assert re.search(r"zone de chalandise : 20 km ; [\d.]+ agences ; produit le \d{1,2} \w+ \d{4}", text), text
    assert re.search(r"Produit le \d{1,2} \w+ \d{4}", text), text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)


def test_band_header_in_words(compiled_translations):
    header = i18n.translate("ProximityReport", "Within {0} {1}", None, "fr")
    assert header.format(summary.distance_text(5.0, "fr"), "km") == "À moins de 5 km"


@pytest.mark.parametrize("language, value, expected", [("fr", 84.66, "84,7"), ("ar", 84.66, "84,7"),
                                                       ("en", 84.66, "84.7")])
def test_key_figure_follows_language(compiled_translations, language, value, expected):
    assert summary.format_value(value, "0.0", language) == expected


def test_band_limit_follows_language():
    assert summary.distance_text(2.5, "fr") == "2,5"
    assert summary.distance_text(5.0, "fr") == "5"
    assert summary.distance_text(2.5, "en") == "2.5"


def test_formulas_one_per_line_isolated_in_arabic():
    assert len(summary.E2SFCA_FORMULAS) == 5
    assert summary.left_to_right("A_i = Σ_j R_j W(d_ij)", "ar") == "\u2066A_i = Σ_j R_j W(d_ij)\u2069"
    assert summary.left_to_right("A_i", "fr") == "A_i"


def test_algorithm_report_in_arabic(built_database, proximity_provider, compiled_translations, tmp_path):
    layer = branch_layer(REGION_04_BRANCHES, name="ILLUSTRATIVE branches")
    results = run_algorithm(built_database[0], layer, tmp_path, LANGUAGE="ar",
                            OUTPUT_XLSX=str(tmp_path / "ar.xlsx"), OUTPUT_PDF=str(tmp_path / "ar.pdf"))
    workbook = openpyxl.load_workbook(results["OUTPUT_XLSX"])
    summary = workbook.worksheets[0]
    assert summary.sheet_view.rightToLeft
    assert "توضيحية" in summary.cell(1, 1).value
    assert os.path.getsize(results["OUTPUT_PDF"]) > 10_000
