"""The ESS layer catalogue: its entries, the layers it loads, the dock and the settings dialog."""

import sqlite3

import pytest
from qgis.core import (
    Qgis,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSettings,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialog

from ess_observatory_plugin.core import settings
from ess_observatory_plugin.core.catalogue import indicator, indicators_of_unit
from ess_observatory_plugin.core.catalogue_layers import (
    catalogue_entries,
    make_layer,
    territory_choices,
)
from ess_observatory_plugin.core.errors import DatabaseError, InvalidCodeError, UnknownTerritoryError
from ess_observatory_plugin.core.i18n import translate
from ess_observatory_plugin.core.units import THEMATIC_UNITS, UNIT_CODES, thematic_unit

COMMUNES = 1503
RABAT_SALE_KENITRA_COMMUNES = 114
RABAT_PREFECTURE_COMMUNES = 2
EMPTY_UNITS = ("potentials", "iga", "microcredit")


def all_entries(units):
    return [entry for unit in units for entry in unit.entries]


def graduated_rules(layer):
    """Return (class rules, 'No data' rules) of a layer's rule-based renderer."""
    rules = layer.renderer().rootRule().children()
    no_data = [rule for rule in rules if rule.filterExpression().endswith("IS NULL")]
    classes = [rule for rule in rules if rule not in no_data]
    return classes, no_data


def redness(colour):
    return colour.red() - colour.green()


@pytest.fixture
def catalogue_settings(database_path, monkeypatch):
    """Point the plugin settings at the test database and restore the stored choice afterwards."""
    stored = QgsSettings().value(settings.DATABASE_KEY, None)
    monkeypatch.setattr(settings, "BUNDLED_DATABASE", database_path)
    settings.set_database_path("")
    yield database_path
    if stored is None:
        QgsSettings().remove(settings.DATABASE_KEY)
    else:
        QgsSettings().setValue(settings.DATABASE_KEY, stored)


@pytest.fixture
def dock(qgis_iface, qgis_new_project, catalogue_settings):
    from ess_observatory_plugin.ui.catalogue_dock import CatalogueDock

    qgis_iface.messageBar().clear_messages()
    widget = CatalogueDock(qgis_iface, qgis_iface.mainWindow())
    yield widget
    widget.deleteLater()


def add_branch_layer(database_path):
    """Write a small microcredit_branches point layer into the database, as an import would."""
    memory = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string&field=region_code:string"
                            "&field=province_code:string", "branches", "memory")
    features = []
    for name, region, province, x, y in (("Rabat Agdal", "04", "04.421", -6.85, 34.0),
                                         ("Kénitra centre", "04", "04.281", -6.58, 34.26),
                                         ("Tanger Medina", "01", "01.511", -5.81, 35.78)):
        feature = QgsFeature(memory.fields())
        feature.setAttributes([name, region, province])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    memory.dataProvider().addFeatures(features)

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "microcredit_branches"
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, database_path, QgsProject.instance().transformContext(), options)
    assert error == QgsVectorFileWriter.NoError, message


# Catalogue entries


def test_units_listed_in_display_order(database_path):
    units = catalogue_entries(database_path, "en")

    assert [unit.unit.code for unit in units] == list(UNIT_CODES)
    assert len(units) == 6


def test_indicator_entries_follow_catalogue(database_path):
    units = catalogue_entries(database_path, "en")

    for unit in units:
        expected = [i.code for i in indicators_of_unit(unit.unit.code)]
        listed = [entry.indicator_code for entry in unit.entries if entry.is_indicator_map]
        assert listed == expected, unit.unit.code
    assert len(all_entries(units)) == 21


def test_empty_units_carry_import_hint(database_path):
    units = {unit.unit.code: unit for unit in catalogue_entries(database_path, "en")}

    for code in EMPTY_UNITS:
        assert units[code].entries == ()
        assert not units[code].has_data
        assert units[code].import_hint == thematic_unit(code).import_hint()
        assert units[code].import_hint
    for code in ("socio_economic", "infrastructure", "sse_actors"):
        assert units[code].has_data
        assert units[code].import_hint == ""


def test_entry_titles_in_three_languages(database_path):
    for language in ("ar", "fr", "en"):
        entries = {e.indicator_code: e for e in all_entries(catalogue_entries(database_path, language))}
        label = indicator("unemployment_rate").label(language)
        assert entries["unemployment_rate"].title == f"{label} (2024)"
    arabic = {e.indicator_code: e for e in all_entries(catalogue_entries(database_path, "ar"))}
    assert arabic["illiteracy_rate"].title == "معدل الأمية (2024)"


def test_period_not_repeated_in_title(database_path):
    entries = {e.indicator_code: e for e in all_entries(catalogue_entries(database_path, "en"))}

    assert entries["population_growth"].title == "Population change 2014-2024"


def test_registered_layer_appears_under_unit(database_path):
    add_branch_layer(database_path)
    units = {unit.unit.code: unit for unit in catalogue_entries(database_path, "en")}

    microcredit = units["microcredit"]
    assert microcredit.has_data
    assert microcredit.import_hint == ""
    assert [entry.layer_name for entry in microcredit.entries] == ["microcredit_branches"]
    assert microcredit.entries[0].title == "Microcredit branches"
    assert microcredit.entries[0].geometry_type == "POINT"


def test_registered_layer_filtered_by_territory(database_path):
    add_branch_layer(database_path)
    entry = next(e for e in all_entries(catalogue_entries(database_path, "en"))
                 if e.layer_name == "microcredit_branches")

    assert make_layer(database_path, entry, "en").featureCount() == 3
    assert make_layer(database_path, entry, "en", region_code="04").featureCount() == 2
    layer = make_layer(database_path, entry, "en", region_code="04", province_code="04.421")
    assert layer.isValid()
    assert layer.featureCount() == 1
    assert layer.name() == "Microcredit branches – Rabat"


def test_indicator_without_values_left_out(database_path):
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE indicator_wide SET weekly_souks = NULL")
    codes = [e.indicator_code for e in all_entries(catalogue_entries(database_path, "en"))]

    assert "weekly_souks" not in codes
    assert "public_services" in codes


def test_missing_database_raises_clear_error(tmp_path):
    missing = str(tmp_path / "nowhere.gpkg")

    with pytest.raises(DatabaseError, match="not found"):
        catalogue_entries(missing, "en")


def test_unrelated_file_raises_database_error(tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("not a database", encoding="utf-8")

    with pytest.raises(DatabaseError, match="not a GeoPackage"):
        catalogue_entries(str(path), "en")


# Layers


def test_every_indicator_layer_adds_valid(database_path, qgis_new_project):
    entries = all_entries(catalogue_entries(database_path, "fr"))
    assert len(entries) == 21

    for entry in entries:
        layer = make_layer(database_path, entry, "fr")
        assert QgsProject.instance().addMapLayer(layer) is not None, entry.indicator_code
        assert layer.isValid(), entry.indicator_code
        assert layer.featureCount() == COMMUNES, entry.indicator_code
        assert layer.renderer().type() in ("RuleRenderer", "graduatedSymbol"), entry.indicator_code

        classes, no_data = graduated_rules(layer)
        assert len(classes) >= 3, entry.indicator_code
        assert all(rule.label() for rule in classes), entry.indicator_code
        has_nulls = any(f[entry.indicator_code] is None or str(f[entry.indicator_code]) == "NULL"
                        for f in layer.getFeatures())
        assert len(no_data) == (1 if has_nulls else 0), entry.indicator_code
        if has_nulls:
            assert no_data[0].label() == translate("Styling", "No data", None, "fr"), entry.indicator_code
            assert no_data[0].filterExpression() == f'"{entry.indicator_code}" IS NULL'

        label = indicator(entry.indicator_code).label("fr")
        assert layer.name().startswith(label), entry.indicator_code
        assert "_" not in layer.name(), entry.indicator_code

    assert len(QgsProject.instance().mapLayers()) == 21


def test_layer_carries_database_metadata(database_path):
    entry = all_entries(catalogue_entries(database_path, "en"))[4]
    layer = make_layer(database_path, entry, "en")

    metadata = layer.metadata()
    assert metadata.title() == "Unemployment rate (2024)"
    assert "Unemployed as a share of the active population" in metadata.abstract()
    assert "HCP RGPH 2024 and 2014" in metadata.abstract()
    assert any("CC BY 4.0" in licence for licence in metadata.licenses())
    assert any("Haut-Commissariat au Plan" in right for right in metadata.rights())


def test_region_filter_gives_114_communes(database_path):
    entry = all_entries(catalogue_entries(database_path, "en"))[0]
    layer = make_layer(database_path, entry, "en", region_code="04")

    assert layer.isValid()
    assert layer.featureCount() == RABAT_SALE_KENITRA_COMMUNES
    assert {feature["region_code"] for feature in layer.getFeatures()} == {"04"}
    assert layer.name() == "Population (2024) – Rabat-Salé-Kénitra"


def test_province_filter_gives_two_communes(database_path):
    entry = all_entries(catalogue_entries(database_path, "ar"))[0]
    layer = make_layer(database_path, entry, "ar", region_code="04", province_code="04.421")

    assert layer.featureCount() == RABAT_PREFECTURE_COMMUNES
    assert {feature["province_code"] for feature in layer.getFeatures()} == {"04.421"}
    assert layer.name() == "السكان (2024) – الرباط"


def test_classes_computed_within_region(database_path):
    entry = next(e for e in all_entries(catalogue_entries(database_path, "en"))
                 if e.indicator_code == "unemployment_rate")
    layer = make_layer(database_path, entry, "en", region_code="04")

    values = [f["unemployment_rate"] for f in layer.getFeatures() if f["unemployment_rate"] is not None]
    classes, _ = graduated_rules(layer)
    assert classes[-1].label().endswith(f"{max(values):.1f} %")


def test_need_drawn_in_red_whatever_polarity(database_path):
    entries = {e.indicator_code: e for e in all_entries(catalogue_entries(database_path, "en"))}

    # The rules belong to the layer's renderer, so each layer is kept alive while they are read.
    unemployment_layer = make_layer(database_path, entries["unemployment_rate"], "en")
    unemployment, _ = graduated_rules(unemployment_layer)
    assert redness(unemployment[-1].symbol().color()) > 100
    assert redness(unemployment[0].symbol().color()) < 0

    electricity_layer = make_layer(database_path, entries["electricity_access"], "en")
    electricity, _ = graduated_rules(electricity_layer)
    assert redness(electricity[0].symbol().color()) > 100
    assert redness(electricity[-1].symbol().color()) < 0


@pytest.mark.parametrize("region, province, error", [
    ("13", None, InvalidCodeError),
    ("04.421", None, InvalidCodeError),
    (None, "04", InvalidCodeError),
    (None, "04.999", UnknownTerritoryError),
    ("01", "04.421", UnknownTerritoryError),
])
def test_bad_territory_code_raises(database_path, region, province, error):
    entry = all_entries(catalogue_entries(database_path, "en"))[0]

    with pytest.raises(error):
        make_layer(database_path, entry, "en", region_code=region, province_code=province)


def test_codes_typed_without_zeros_accepted(database_path):
    entry = all_entries(catalogue_entries(database_path, "en"))[0]

    assert make_layer(database_path, entry, "en", region_code="4").featureCount() == RABAT_SALE_KENITRA_COMMUNES
    assert make_layer(database_path, entry, "en", province_code="04421").featureCount() == RABAT_PREFECTURE_COMMUNES


# Territory choices


def test_territory_choices_list_provinces(database_path):
    choices = territory_choices(database_path, "fr")

    assert [code for code, _ in choices.regions] == [f"{n:02d}" for n in range(1, 13)]
    assert dict(choices.regions)["04"] == "Rabat-Salé-Kénitra"
    provinces = dict(choices.provinces["04"])
    assert len(provinces) == 7
    assert provinces["04.421"] == "Rabat"
    assert sum(len(p) for p in choices.provinces.values()) == 75
    names = [name for _, name in choices.provinces["04"]]
    assert names.index("Kénitra") < names.index("Khémisset") < names.index("Rabat")


def test_territory_choices_in_arabic(database_path):
    choices = territory_choices(database_path, "ar")

    assert dict(choices.regions)["04"] == "الرباط-سلا-القنيطرة"
    assert dict(choices.provinces["04"])["04.421"] == "الرباط"


# Dock


def unit_items(dock):
    return [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]


def layer_items(dock):
    return [item.child(j) for item in unit_items(dock) for j in range(item.childCount())
            if item.child(j).data(0, Qt.UserRole) is not None]


def test_dock_lists_six_units_in_order(dock):
    assert dock.windowTitle() == "ESS layer catalogue"
    assert [item.text(0) for item in unit_items(dock)] == [unit.label() for unit in THEMATIC_UNITS]
    for item in unit_items(dock):
        assert item.childCount() >= 1, item.text(0)
        assert item.isExpanded(), item.text(0)
    assert len(layer_items(dock)) == 21


def test_dock_shows_hint_for_empty_units(dock):
    items = {item.text(0): item for item in unit_items(dock)}

    for code in EMPTY_UNITS:
        unit = thematic_unit(code)
        item = items[unit.label()]
        assert item.childCount() == 1
        hint = item.child(0)
        assert hint.text(0) == unit.import_hint()
        assert hint.font(0).italic()
        assert hint.foreground(0).color().name() == "#707070"
        assert not hint.flags() & Qt.ItemIsSelectable
        assert hint.data(0, Qt.UserRole) is None


def test_dock_shows_database_in_use(dock, catalogue_settings):
    assert "observatory.gpkg" in dock.database_label.text()
    assert dock.database_label.toolTip() == catalogue_settings
    assert dock.message_label.isHidden()


def test_dock_territory_combos(dock):
    assert dock.region_combo.count() == 13
    assert dock.region_combo.itemText(0) == "All of Morocco"
    assert dock.region_combo.itemData(0) is None
    assert not dock.province_combo.isEnabled()

    dock.region_combo.setCurrentIndex(dock.region_combo.findData("04"))
    assert dock.province_combo.isEnabled()
    assert dock.province_combo.count() == 8
    assert dock.province_combo.findData("04.421") > 0
    assert dock.province_combo.findData("01.511") == -1


def test_add_button_adds_layer_to_unit_group(dock, qgis_new_project):
    assert not dock.add_button.isEnabled()
    first = layer_items(dock)[0]
    dock.tree.setCurrentItem(first)
    assert dock.add_button.isEnabled()

    dock.add_button.click()

    layers = list(QgsProject.instance().mapLayers().values())
    assert len(layers) == 1
    assert layers[0].isValid()
    assert layers[0].name() == "Population (2024)"
    assert layers[0].featureCount() == COMMUNES
    group = QgsProject.instance().layerTreeRoot().findGroup("Socio-economic variables")
    assert group is not None
    assert [node.layerId() for node in group.findLayers()] == [layers[0].id()]


def test_add_respects_region_and_province(dock, qgis_new_project):
    dock.region_combo.setCurrentIndex(dock.region_combo.findData("04"))
    dock.tree.setCurrentItem(layer_items(dock)[4])
    layer = dock.add_selected_layer()
    assert layer.featureCount() == RABAT_SALE_KENITRA_COMMUNES

    dock.province_combo.setCurrentIndex(dock.province_combo.findData("04.421"))
    layer = dock.add_selected_layer()
    assert layer.featureCount() == RABAT_PREFECTURE_COMMUNES
    assert layer.name() == "Unemployment rate (2024) – Rabat"
    assert len(QgsProject.instance().mapLayers()) == 2


def test_double_click_adds_layer(dock, qgis_new_project):
    infrastructure = unit_items(dock)[1]
    item = infrastructure.child(0)

    dock.tree.itemDoubleClicked.emit(item, 0)

    layers = list(QgsProject.instance().mapLayers().values())
    assert [layer.name() for layer in layers] == ["Households with electricity (2024)"]
    assert QgsProject.instance().layerTreeRoot().findGroup("Basic infrastructure") is not None


def test_double_click_on_hint_adds_nothing(dock, qgis_new_project):
    hint = unit_items(dock)[2].child(0)
    assert hint is not None
    assert hint.data(0, Qt.UserRole) is None

    dock.tree.itemDoubleClicked.emit(hint, 0)

    assert QgsProject.instance().mapLayers() == {}


def test_every_dock_entry_adds_valid_layer(dock, qgis_new_project):
    items = layer_items(dock)
    assert len(items) == 21

    for item in items:
        dock.tree.setCurrentItem(item)
        layer = dock.add_selected_layer()
        assert layer is not None, item.text(0)
        assert layer.isValid(), item.text(0)
        classes, no_data = graduated_rules(layer)
        assert classes, item.text(0)
        assert len(no_data) <= 1, item.text(0)
    assert len(QgsProject.instance().mapLayers()) == 21


def test_dock_handles_missing_database(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    from ess_observatory_plugin.ui.catalogue_dock import CatalogueDock

    missing = str(tmp_path / "missing" / "observatory.gpkg")
    monkeypatch.setattr(settings, "database_path", lambda: missing)

    dock = CatalogueDock(qgis_iface, qgis_iface.mainWindow())

    assert not dock.message_label.isHidden()
    assert "not found" in dock.message_label.text()
    assert missing in dock.message_label.text()
    assert [item.text(0) for item in unit_items(dock)] == [unit.label() for unit in THEMATIC_UNITS]
    for item in unit_items(dock):
        assert item.childCount() == 1
        assert "could not be opened" in item.child(0).text(0)
    assert layer_items(dock) == []
    assert not dock.add_button.isEnabled()
    assert dock.region_combo.count() == 1
    assert dock.add_selected_layer() is None


def test_dock_warns_when_chosen_database_is_gone(dock, tmp_path):
    QgsSettings().setValue(settings.DATABASE_KEY, str(tmp_path / "deleted.gpkg"))

    dock.reload()

    assert not dock.message_label.isHidden()
    assert "deleted.gpkg" in dock.message_label.text()
    assert "bundled database is in use" in dock.message_label.text()
    assert len(layer_items(dock)) == 21


def test_dock_reports_add_failure(dock, qgis_iface, qgis_new_project, monkeypatch):
    import ess_observatory_plugin.ui.catalogue_dock as catalogue_dock

    def fail(*_args, **_kwargs):
        raise DatabaseError("Cannot open layer commune_indicators.")

    monkeypatch.setattr(catalogue_dock, "make_layer", fail)
    dock.tree.setCurrentItem(layer_items(dock)[0])

    assert dock.add_selected_layer() is None
    messages = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("Cannot open layer commune_indicators." in message for message in messages)
    assert QgsProject.instance().mapLayers() == {}


def test_dock_reload_picks_up_new_layer(dock, catalogue_settings):
    add_branch_layer(catalogue_settings)

    dock.reload()

    microcredit = unit_items(dock)[5]
    assert microcredit.childCount() == 1
    assert microcredit.child(0).text(0) == "Microcredit branches"
    assert microcredit.child(0).data(0, Qt.UserRole) is not None


def test_dock_right_to_left_arabic(qgis_iface, qgis_new_project, catalogue_settings, monkeypatch):
    import ess_observatory_plugin.ui.catalogue_dock as catalogue_dock

    monkeypatch.setattr(catalogue_dock, "interface_language", lambda: "ar")
    dock = catalogue_dock.CatalogueDock(qgis_iface, qgis_iface.mainWindow())

    assert dock.layoutDirection() == Qt.RightToLeft
    assert layer_items(dock)[0].text(0) == "السكان (2024)"
    dock.region_combo.setCurrentIndex(dock.region_combo.findData("04"))
    assert dock.region_combo.currentText() == "الرباط-سلا-القنيطرة (04)"


# Settings dialog


@pytest.fixture
def settings_dialog(qgis_iface, catalogue_settings):
    from ess_observatory_plugin.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(qgis_iface.mainWindow())
    yield dialog
    dialog.deleteLater()


def test_settings_stores_valid_database(settings_dialog, built_database):
    other = built_database[0]
    settings_dialog.file_widget.setFilePath(other)

    settings_dialog.accept()

    assert settings_dialog.result() == QDialog.Accepted
    assert QgsSettings().value(settings.DATABASE_KEY, "", type=str) == other
    assert settings.database_path() == other
    assert "observatory database" in settings_dialog.status_label.text()


def test_settings_rejects_non_database(settings_dialog, tmp_path):
    path = tmp_path / "notes.gpkg"
    path.write_text("not a database", encoding="utf-8")
    settings_dialog.file_widget.setFilePath(str(path))

    settings_dialog.accept()

    assert settings_dialog.result() != QDialog.Accepted
    assert "not a GeoPackage" in settings_dialog.status_label.text()
    assert QgsSettings().value(settings.DATABASE_KEY, "", type=str) == ""


def test_settings_rejects_other_geopackage(settings_dialog, tmp_path):
    path = str(tmp_path / "roads.gpkg")
    memory = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "roads", "memory")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, path, QgsProject.instance().transformContext(), options)
    assert error == QgsVectorFileWriter.NoError, message
    settings_dialog.file_widget.setFilePath(path)

    settings_dialog.accept()

    assert settings_dialog.result() != QDialog.Accepted
    assert "is not an observatory database" in settings_dialog.status_label.text()
    assert "communes" in settings_dialog.status_label.text()


def test_settings_rejects_missing_file(settings_dialog, tmp_path):
    settings_dialog.file_widget.setFilePath(str(tmp_path / "gone.gpkg"))

    settings_dialog.accept()

    assert settings_dialog.result() != QDialog.Accepted
    assert "not found" in settings_dialog.status_label.text()


def test_bundled_button_stores_empty_path(settings_dialog, catalogue_settings, built_database):
    QgsSettings().setValue(settings.DATABASE_KEY, built_database[0])
    settings_dialog.file_widget.setFilePath(built_database[0])

    settings_dialog.bundled_button.click()
    settings_dialog.accept()

    assert settings_dialog.file_widget.filePath() == catalogue_settings
    assert settings_dialog.result() == QDialog.Accepted
    assert QgsSettings().value(settings.DATABASE_KEY, "", type=str) == ""
    assert settings.database_path() == catalogue_settings


def test_top_class_holds_maximum():
    from ess_observatory_plugin.core.styling import class_breaks

    values = [12.0, 30.5, 44.1, 49.226278187503, 51.283449]
    breaks = class_breaks(values, "jenks", 5, unit="index")
    assert breaks[-1] == 52
    percent = class_breaks([1.0, 5.0, 9.04, 18.2634], "jenks", 3, unit="percent")
    assert percent[-1] == pytest.approx(18.3)
