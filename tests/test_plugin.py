"""Plugin load and unload in QGIS, its metadata and its translations."""

import configparser
import os

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget

import ess_observatory_plugin
from ess_observatory_plugin.plugin import translation_file

PLUGIN_DIR = os.path.dirname(ess_observatory_plugin.__file__)


@pytest.fixture
def loaded_plugin(qgis_iface):
    plugin = ess_observatory_plugin.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    if plugin.provider is not None or plugin.actions:
        plugin.unload()


def test_metadata_fields():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    general = parser["general"]
    for key in ("name", "qgisMinimumVersion", "description", "version", "author", "email", "about",
                "repository", "tracker", "icon", "hasProcessingProvider", "about[fr]", "about[ar]"):
        assert general.get(key), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert os.path.isfile(os.path.join(PLUGIN_DIR, general["icon"]))


def test_load_registers_provider_menu_and_dock(loaded_plugin, qgis_iface):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ess_observatory")
    assert provider is not None
    algorithm_ids = {a.id() for a in provider.algorithms()}
    assert {"ess_observatory:build_database", "ess_observatory:regional_diagnostic"} <= algorithm_ids
    assert len(loaded_plugin.actions) >= 3
    assert loaded_plugin.dock is not None
    assert isinstance(loaded_plugin.dock, QDockWidget)


def test_unload_leaves_nothing(qgis_iface):
    plugin = ess_observatory_plugin.classFactory(qgis_iface)
    plugin.initGui()
    dock = plugin.dock
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("ess_observatory") is None
    assert plugin.actions == []
    assert plugin.dock is None
    assert plugin.translator is None
    assert plugin.toolbar is None
    assert dock is not None


def test_algorithms_have_help(loaded_plugin):
    provider = QgsApplication.processingRegistry().providerById("ess_observatory")
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 100, algorithm.id()
        assert algorithm.displayName(), algorithm.id()


@pytest.mark.parametrize("locale, expected", [("ar_MA", "ar"), ("fr_MA", "fr"), ("ar", "ar"), ("fr_FR", "fr")])
def test_translation_lookup_falls_back_to_language(locale, expected):
    path = translation_file(locale)
    assert path is not None, f"no compiled translation for {locale}: run make translations"
    assert path.endswith(f"ess_observatory_{expected}.qm")


def test_no_translation_for_english():
    assert translation_file("en_US") is None


@pytest.mark.parametrize("language, text", [("fr", "Diagnostic régional"), ("ar", "التشخيص الجهوي")])
def test_algorithm_name_translated(language, text):
    from ess_observatory_plugin.core.i18n import translate

    assert translate("RegionalDiagnosticAlgorithm", "Regional diagnostic", None, language) == text


def test_algorithm_interface_follows_translator():
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from ess_observatory_plugin.processing.regional_diagnostic import RegionalDiagnosticAlgorithm

    translator = QTranslator()
    assert translator.load(translation_file("fr_MA"))
    QCoreApplication.installTranslator(translator)
    try:
        algorithm = RegionalDiagnosticAlgorithm()
        assert algorithm.displayName() == "Diagnostic régional"
        assert "TERRITORY" in algorithm.shortHelpString()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert RegionalDiagnosticAlgorithm().displayName() == "Regional diagnostic"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_translation_sources_complete(language):
    import xml.etree.ElementTree as ElementTree

    path = os.path.join(PLUGIN_DIR, "i18n", f"ess_observatory_{language}.ts")
    messages = list(ElementTree.parse(path).iter("message"))
    unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert len(messages) > 500
    assert unfinished == [], f"{len(unfinished)} strings lack a {language} translation: run " \
                             "scripts/update_translations.py and translate them"


def test_plugin_loads_without_pandas(tmp_path):
    """The provider registers without pandas and openpyxl, and an analysis names what to install."""
    import subprocess
    import sys

    script = tmp_path / "without_pandas.py"
    script.write_text(
        "import builtins, sys\n"
        "real_import = builtins.__import__\n"
        "def blocked(name, *args, **kwargs):\n"
        "    if name.split('.')[0] in ('pandas', 'openpyxl'):\n"
        "        raise ImportError(name)\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = blocked\n"
        f"sys.path.insert(0, {os.path.dirname(PLUGIN_DIR)!r})\n"
        "from qgis.core import QgsApplication\n"
        "application = QgsApplication([], False)\n"
        "application.initQgis()\n"
        "sys.path.append(QgsApplication.pkgDataPath() + '/python/plugins')\n"
        "from processing.core.Processing import Processing\n"
        "Processing.initialize()\n"
        "import ess_observatory_plugin\n"
        "plugin = ess_observatory_plugin.classFactory(None)\n"
        "plugin.initProcessing()\n"
        "provider = QgsApplication.processingRegistry().providerById('ess_observatory')\n"
        "print('ALGORITHMS', len(provider.algorithms()))\n"
        "from qgis import processing\n"
        "try:\n"
        "    processing.run('ess_observatory:regional_diagnostic', {'TERRITORY': '04', 'LANGUAGE': 'en',\n"
        "                   'OUTPUT_LAYER': 'TEMPORARY_OUTPUT', 'OUTPUT_XLSX': 'TEMPORARY_OUTPUT',\n"
        "                   'OUTPUT_PDF': 'TEMPORARY_OUTPUT'})\n"
        "except Exception as error:\n"
        "    print('ERROR', error)\n",
        encoding="utf-8")
    completed = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert "ALGORITHMS 7" in completed.stdout, completed.stdout + completed.stderr
    assert "The Python package pandas is needed" in completed.stdout, completed.stdout + completed.stderr
