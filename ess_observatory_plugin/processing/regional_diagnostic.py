"""Processing algorithm: regional diagnostic of a region or a province."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import database
from ..core.diagnostic import compute_diagnostic
from ..core.errors import ObservatoryError
from ..core.i18n import LANGUAGES
from ..core.log import log, log_error
from ..core.styling import graduated_renderer
from ..core.workbook import write_workbook
from .base import EssAlgorithm, RendererPostProcessor


class RegionalDiagnosticAlgorithm(EssAlgorithm):
    DATABASE = "DATABASE"
    TERRITORY = "TERRITORY"
    LANGUAGE = "LANGUAGE"
    OUTPUT_LAYER = "OUTPUT_LAYER"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"

    def name(self):
        return "regional_diagnostic"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Regional diagnostic")

    def group(self):
        return self.tr("Diagnostics")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "diagnostics"

    def tags(self):
        return self.tr("region,province,commune,census,indicators,report,needs,infrastructure").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Compares a region or a province with the nation from the observatory database and ranks its "
            "communes.\n\n"
            "DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else "
            "the bundled one).\n"
            "TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost "
            "their leading zero (4, 4421) are accepted.\n"
            "LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.\n\n"
            "OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs "
            "index.\n"
            "OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and "
            "the territory's rank among the 12 regions, or among the provinces), the communes, the "
            "provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.\n"
            "OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north "
            "arrow, a chart, and the source.\n\n"
            "Needs index: unemployment, women's activity, illiteracy, women's illiteracy, schooling, "
            "electricity, running water and the distance of rural households to a paved road, each "
            "scaled from 0 (least need among Morocco's communes) to 100 (most need), then averaged."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_database_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.TERRITORY, self.tr("Territory code (region such as 04, or province such as 04.421)"),
            defaultValue="04"))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Report language"), options=list(LANGUAGES),
            defaultValue=LANGUAGES[self.language_index_default()], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAYER, self.tr("Communes with indicators"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, self.tr("Diagnostic workbook"), self.tr("Excel workbook (*.xlsx)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Diagnostic report"), self.tr("PDF report (*.pdf)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        path = self.database(parameters, context)
        territory_code = self.parameterAsString(parameters, self.TERRITORY, context)
        language = self._language(parameters, context)
        xlsx_path = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        log(f"regional_diagnostic started: territory {territory_code}, language {language}, database {path}")

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Computing the diagnostic tables"))
        try:
            diagnostic = compute_diagnostic(path, territory_code, language, steps)
        except ObservatoryError as error:
            log_error(f"regional_diagnostic failed: {error}")
            raise QgsProcessingException(str(error)) from error
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(1)
        steps.pushInfo(self.tr("Writing the communes of {0}").format(diagnostic.territory.name(language)))
        sink_id = self._write_layer(parameters, context, steps, diagnostic)
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        results = {self.OUTPUT_LAYER: sink_id}
        if xlsx_path:
            steps.pushInfo(self.tr("Writing the workbook {0}").format(xlsx_path))
            write_workbook(diagnostic, _with_extension(xlsx_path, ".xlsx"))
            results[self.OUTPUT_XLSX] = _with_extension(xlsx_path, ".xlsx")
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        if pdf_path:
            steps.pushInfo(self.tr("Writing the report {0}").format(pdf_path))
            from ..core.report import write_report

            try:
                write_report(diagnostic, _with_extension(pdf_path, ".pdf"), steps)
            except ObservatoryError as error:
                log_error(f"regional_diagnostic report failed: {error}")
                raise QgsProcessingException(str(error)) from error
            results[self.OUTPUT_PDF] = _with_extension(pdf_path, ".pdf")

        if context.willLoadLayerOnCompletion(sink_id):
            details = context.layerToLoadOnCompletionDetails(sink_id)
            details.name = self.tr("Diagnostic {0}").format(diagnostic.territory.name(language))
            details.setPostProcessor(RendererPostProcessor.create(
                "unemployment_rate", lambda layer: graduated_renderer(layer, "unemployment_rate", language=language)))

        log(f"regional_diagnostic finished: {diagnostic.territory.code}, {len(diagnostic.communes)} communes")
        return results

    def _language(self, parameters, context):
        value = self.parameterAsEnumString(parameters, self.LANGUAGE, context)
        if value not in LANGUAGES:
            raise QgsProcessingException(
                self.tr("Language {0} is not supported: use ar, fr or en.").format(value))
        return value

    def _write_layer(self, parameters, context, feedback, diagnostic):
        source = QgsVectorLayer(
            database.layer_uri(diagnostic.database_path, database.INDICATOR_VIEWS["commune"],
                               diagnostic.territory.commune_filter),
            "communes", "ogr")
        if not source.isValid():
            raise QgsProcessingException(
                self.tr("Cannot read the commune_indicators layer of {0}: rebuild the database.").format(
                    diagnostic.database_path))

        fields = QgsFields()
        for field in source.fields():
            if field.name() != "fid":
                fields.append(field)
        fields.append(QgsField("needs_index", QVariant.Double))
        fields.append(QgsField("needs_rank", QVariant.Int))

        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, fields,
                                             QgsWkbTypes.MultiPolygon, source.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LAYER))

        needs = diagnostic.needs.set_index("code")
        total = source.featureCount() or 1
        for position, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
            if feedback.isCanceled():
                break
            output = QgsFeature(fields)
            output.setGeometry(feature.geometry())
            for field in fields:
                if field.name() in ("needs_index", "needs_rank"):
                    continue
                output[field.name()] = feature[field.name()]
            code = feature["code"]
            if code in needs.index:
                output["needs_index"] = _float_or_none(needs.at[code, "needs_index"])
                output["needs_rank"] = int(needs.at[code, "rank"])
            sink.addFeature(output, QgsFeatureSink.FastInsert)
            feedback.setProgress(100.0 * (position + 1) / total)
        return sink_id


def _float_or_none(value):
    return None if value is None or value != value else float(value)


def _with_extension(path, extension):
    return path if path.lower().endswith(extension) else os.path.splitext(path)[0] + extension
