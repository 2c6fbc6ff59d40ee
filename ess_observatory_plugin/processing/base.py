"""Base class of the plugin's Processing algorithms."""

import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import interface_language
from ..core.settings import database_path

ICON_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg")
HELP_URL = "https://github.com/ess-observatory/ess-observatory-plugin#processing-algorithms"


class RendererPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an output layer once QGIS has loaded it, when it has ``field_name``."""

    # QGIS keeps only a pointer to a post-processor: Python must keep the object.
    _alive = []

    def __init__(self, field_name, make_renderer):
        super().__init__()
        self.field_name = field_name
        self.make_renderer = make_renderer

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexFromName(self.field_name) >= 0:
            layer.setRenderer(self.make_renderer(layer))
            layer.triggerRepaint()

    @classmethod
    def create(cls, field_name, make_renderer):
        post_processor = cls(field_name, make_renderer)
        cls._alive = cls._alive[-20:] + [post_processor]
        return post_processor


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

    def add_database_parameter(self):
        """Add the optional DATABASE parameter: the observatory GeoPackage, by
        default the one of the plugin settings, else the bundled one."""
        self.addParameter(QgsProcessingParameterFile(
            "DATABASE", self.tr("Observatory database"), extension="gpkg", defaultValue=database_path(),
            optional=True))

    def database(self, parameters, context):
        return self.parameterAsFile(parameters, "DATABASE", context) or database_path()

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """Reject, before the run, the values Processing would only call incorrect,
        with a message that lists what is accepted."""
        for definition in self.parameterDefinitions():
            name = definition.name()
            value = parameters.get(name)
            if isinstance(definition, QgsProcessingParameterEnum) and definition.usesStaticStrings() \
                    and value not in (None, "") and not isinstance(value, (list, tuple)):
                if str(value) not in definition.options():
                    return False, self.tr("{0} {1!r} is not accepted: use one of {2}.").format(
                        name, value, ", ".join(definition.options()))
            if name == "TERRITORY" and not (definition.flags() & definition.FlagOptional) \
                    and (value is None or str(value).strip() == ""):
                return False, self.tr("TERRITORY is empty: give a region code such as 04 or a province code "
                                      "such as 04.421.")
        return super().checkParameterValues(parameters, context)

    @staticmethod
    def language_index_default():
        """Index of the interface language in the ar, fr, en list of LANGUAGE parameters."""
        return {"ar": 0, "fr": 1, "en": 2}[interface_language()]
