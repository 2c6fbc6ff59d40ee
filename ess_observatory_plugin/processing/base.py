"""Base class of the plugin's Processing algorithms."""

import os

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import interface_language

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg")
HELP_URL = "https://github.com/ess-observatory/ess-observatory-plugin#processing-algorithms"


class EssAlgorithm(QgsProcessingAlgorithm):
    """Shared translation, icon, help link and instance creation."""

    def tr(self, text):
        """Translate under the algorithm's class name, the context pylupdate5 gives
        self.tr() strings, falling back to this base class for its own strings."""
        translated = QCoreApplication.translate(type(self).__name__, text)
        if translated == text:
            translated = QCoreApplication.translate("EssAlgorithm", text)
        return translated

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(ICON_PATH)

    def helpUrl(self):  # noqa: N802 (QGIS API)
        return HELP_URL

    def group(self):
        return self.tr("Observatory database")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "database"

    @staticmethod
    def language_index_default():
        """Index of the interface language in the ar, fr, en list of LANGUAGE parameters."""
        return {"ar": 0, "fr": 1, "en": 2}[interface_language()]
