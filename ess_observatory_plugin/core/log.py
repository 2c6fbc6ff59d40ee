"""The plugin's single logging helper: every message goes to the QGIS log
panel under one tag, and optionally to the message bar."""

from qgis.core import Qgis, QgsMessageLog

PLUGIN_TAG = "ESS Observatory"


def log(message, level=Qgis.Info, push=False, duration=5):
    """Write a message to the QGIS log panel and, with push, to the message bar."""
    QgsMessageLog.logMessage(str(message), PLUGIN_TAG, level, notifyUser=False)

    if not push:
        return

    try:
        from qgis.utils import iface
    except ImportError:
        return
    if iface is not None and iface.messageBar() is not None:
        iface.messageBar().pushMessage(PLUGIN_TAG, str(message), level, duration)


def log_warning(message, push=False):
    log(message, Qgis.Warning, push)


def log_error(message, push=False):
    log(message, Qgis.Critical, push)
