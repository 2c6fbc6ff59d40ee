"""Plugin settings: where the observatory database is."""

import os

from qgis.core import QgsSettings

SETTINGS_PREFIX = "ess_observatory"
DATABASE_KEY = f"{SETTINGS_PREFIX}/database_path"
PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLED_DATABASE = os.path.join(PLUGIN_DIR, "data", "observatory.gpkg")


def bundled_database():
    return BUNDLED_DATABASE


def user_database():
    """Return a database path in the QGIS profile, which plugin updates leave alone."""
    from qgis.core import QgsApplication

    return os.path.join(QgsApplication.qgisSettingsDirPath(), "ess_observatory", "observatory.gpkg")


def database_path():
    """Return the database chosen in the settings, else the bundled one."""
    chosen = QgsSettings().value(DATABASE_KEY, "", type=str)
    if chosen and os.path.isfile(chosen):
        return chosen
    return BUNDLED_DATABASE


def set_database_path(path):
    QgsSettings().setValue(DATABASE_KEY, path or "")
