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
        """Translate under the name of the class that wrote the string: pylupdate5
        files self.tr() strings under the enclosing class, so the lookup walks the
        class hierarchy from the algorithm up to this base class."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text or cls is EssAlgorithm:
                return translated
        return text

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
