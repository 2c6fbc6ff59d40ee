"""Processing algorithm: income-generating-activity opportunity map by value chain."""

import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import database
from ..core.agr import METHODS, CLASSIFICATIONS, AgrSettings, compute_agr
from ..core.errors import ObservatoryError
from ..core.i18n import LANGUAGES
from ..core.log import log, log_error
from .base import EssAlgorithm


class _StyleOpportunityLayer(QgsProcessingLayerPostProcessorInterface):
    """Styles the loaded output by opportunity class, one legend group per value chain, the first one shown."""

    instance = None

    def __init__(self, language, chains):
        super().__init__()
        self.language = language
        self.chains = chains

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if not isinstance(layer, QgsVectorLayer):
            return
        from qgis.core import QgsRuleBasedRenderer

        from ..core.agr_report import opportunity_renderer

        root = QgsRuleBasedRenderer.Rule(None)
        for position, (code, name) in enumerate(self.chains):
            group = QgsRuleBasedRenderer.Rule(None, 0, 0, f"\"value_chain\" = '{code}'", name)
            for child in opportunity_renderer(self.language).rootRule().children():
                group.appendChild(child.clone())
            group.setActive(position == 0)
            root.appendChild(group)
        layer.setRenderer(QgsRuleBasedRenderer(root))
        layer.triggerRepaint()

    @classmethod
    def create(cls, language, chains):
        # QGIS keeps only a pointer: the instance must outlive processAlgorithm.
        cls.instance = cls(language, chains)
        return cls.instance


class AgrOpportunityMapAlgorithm(EssAlgorithm):
    DATABASE = "DATABASE"
    TERRITORY = "TERRITORY"
    VALUE_CHAINS = "VALUE_CHAINS"
    CRITERIA = "CRITERIA"
    FINANCE_ACCESS = "FINANCE_ACCESS"
    WEIGHTS = "WEIGHTS"
    AHP_MATRIX = "AHP_MATRIX"
    ACCEPT_INCONSISTENT = "ACCEPT_INCONSISTENT"
    METHOD = "METHOD"
    CONSTRAINTS = "CONSTRAINTS"
    CLASSIFICATION = "CLASSIFICATION"
    SENSITIVITY_CHANGE = "SENSITIVITY_CHANGE"
    MONTE_CARLO_RUNS = "MONTE_CARLO_RUNS"
    SEED = "SEED"
    LANGUAGE = "LANGUAGE"
    OUTPUT_LAYER = "OUTPUT_LAYER"
    OUTPUT_WEIGHTS = "OUTPUT_WEIGHTS"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"

    def name(self):
        return "agr_opportunity_map"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Income-generating activity opportunity map")

    def group(self):
        return self.tr("Income-generating activities")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "income_generating_activities"

    def tags(self):
        return self.tr("AGR,IGA,opportunity,value chain,multi-criteria,MCDA,AHP,TOPSIS,sensitivity,potentials").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Scores the communes of a region or a province for one or several value chains by multi-criteria "
            "analysis, ranks them, cuts them into high, medium and low opportunity, and tests how stable the "
            "ranking is when the weights change.\n\n"
            "DATABASE: the observatory GeoPackage, with potentials imported by import_potentials.\n"
            "TERRITORY: a region code such as 04, or a province code such as 04.281.\n"
            "VALUE_CHAINS: value chain codes separated by commas, such as honey,olive_oil; an unknown code stops "
            "the run with the list of valid codes.\n"
            "CRITERIA: optional JSON or CSV file of criteria (criterion, direction benefit or cost, "
            "standardisation minmax, zscore or fuzzy with low and high thresholds, weight, missing exclude, worst "
            "or best). Default: the chain's potential; needs (unemployment, women's activity); infrastructure "
            "(electricity, running water, distance to a paved road as a cost, weekly souks); SSE fabric "
            "(cooperative members); and access to microcredit when FINANCE_ACCESS is given.\n"
            "FINANCE_ACCESS: optional output layer of the microcredit proximity analysis, with a commune code "
            "field and an accessibility (or access_score) field.\n"
            "WEIGHTS: optional direct weights, criterion=weight separated by semicolons, or numbers in the order "
            "of the criteria; rescaled to sum to 1.\n"
            "AHP_MATRIX: optional CSV or JSON pairwise comparison matrix (Saaty's 1-9 scale, fractions such as "
            "1/3 allowed, criterion codes as first row and column); weights from its principal eigenvector.\n"
            "ACCEPT_INCONSISTENT: go on when the consistency ratio of the AHP matrix is 0.1 or more; otherwise "
            "the run stops.\n"
            "METHOD: wlc (weighted linear combination) or topsis.\n"
            "CONSTRAINTS: conditions separated by semicolons, FIELD OPERATOR VALUE with > >= < <= = !=, on a "
            "criterion or a field of the commune indicators; potential levels none, low, medium, high. Example: "
            "potential > none; type = rural. A commune with a NULL value fails the condition.\n"
            "CLASSIFICATION: quantile (terciles) or jenks, to cut the scores into three classes.\n"
            "SENSITIVITY_CHANGE: relative change of each weight in the one-at-a-time analysis, in percent.\n"
            "MONTE_CARLO_RUNS and SEED: number of random weight vectors (Dirichlet around the chosen weights) and "
            "the seed that makes them reproducible.\n"
            "LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.\n\n"
            "Missing values: by default a commune missing a criterion gets no score for the chain and is listed "
            "with the missing criteria; the default distance to a paved road, which HCP measures for rural "
            "households only, gives communes without rural households the best value. The counts are reported. "
            "No missing value is counted as zero.\n\n"
            "OUTPUT_LAYER: one polygon per commune and value chain with each standardised criterion, the score, "
            "the class, the rank and the Monte Carlo stability.\n"
            "OUTPUT_WEIGHTS: the weights and the consistency ratio.\n"
            "OUTPUT_XLSX: criteria, weights, scores, top communes, sensitivity, missing values and the projects of "
            "the bank in the territory.\n"
            "OUTPUT_PDF: maps per value chain with legend, scale bar and north arrow, and the stability of the "
            "top 10. Reports say when the potentials are illustrative.")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_database_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.TERRITORY, self.tr("Territory code (region such as 04, or province such as 04.281)"),
            defaultValue="04"))
        self.addParameter(QgsProcessingParameterString(
            self.VALUE_CHAINS, self.tr("Value chain codes, separated by commas"), defaultValue="olive_oil,honey"))
        self.addParameter(QgsProcessingParameterFile(
            self.CRITERIA, self.tr("Criteria file (JSON or CSV; empty for the default criteria)"), optional=True,
            fileFilter=self.tr("Criteria (*.json *.csv)")))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.FINANCE_ACCESS, self.tr("Access to microcredit (output of the microcredit proximity analysis)"),
            [QgsProcessing.TypeVector], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.WEIGHTS, self.tr("Weights (criterion=weight; ...), optional"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.AHP_MATRIX, self.tr("AHP pairwise comparison matrix (CSV or JSON), optional"), optional=True,
            fileFilter=self.tr("Matrix (*.csv *.json)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ACCEPT_INCONSISTENT, self.tr("Go on with an inconsistent AHP matrix (ratio 0.1 or more)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Aggregation method"), options=list(METHODS), defaultValue=METHODS[0],
            usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterString(
            self.CONSTRAINTS, self.tr("Constraints (such as potential > none; type = rural)"),
            defaultValue="potential > none", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.CLASSIFICATION, self.tr("Classes of the scores"), options=list(CLASSIFICATIONS),
            defaultValue=CLASSIFICATIONS[0], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.SENSITIVITY_CHANGE, self.tr("Weight change of the one-at-a-time sensitivity (%)"),
            QgsProcessingParameterNumber.Double, defaultValue=20.0, minValue=0.1, maxValue=99.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MONTE_CARLO_RUNS, self.tr("Monte Carlo runs of random weights"), QgsProcessingParameterNumber.Integer,
            defaultValue=500, minValue=0, maxValue=100000))
        self.addParameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Report language"), options=list(LANGUAGES),
            defaultValue=LANGUAGES[self.language_index_default()], usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LAYER, self.tr("Opportunity by commune and value chain"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_WEIGHTS, self.tr("Criterion weights"), QgsProcessing.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, self.tr("Opportunity workbook"), self.tr("Excel workbook (*.xlsx)"), optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Opportunity report"), self.tr("PDF report (*.pdf)"), optional=True,
            createByDefault=True))

    def _settings(self, parameters, context):
        language = self.parameterAsEnumString(parameters, self.LANGUAGE, context)
        if language not in LANGUAGES:
            raise QgsProcessingException(self.tr("Language {0} is not supported: use ar, fr or en.").format(language))
        method = self.parameterAsEnumString(parameters, self.METHOD, context)
        classification = self.parameterAsEnumString(parameters, self.CLASSIFICATION, context)
        finance = None
        if parameters.get(self.FINANCE_ACCESS):
            finance = self.parameterAsVectorLayer(parameters, self.FINANCE_ACCESS, context)
            if finance is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.FINANCE_ACCESS))
        return AgrSettings(
            territory=self.parameterAsString(parameters, self.TERRITORY, context),
            value_chains=self.parameterAsString(parameters, self.VALUE_CHAINS, context),
            criteria_path=self.parameterAsFile(parameters, self.CRITERIA, context) or None,
            weights=self.parameterAsString(parameters, self.WEIGHTS, context) or None,
            ahp_matrix_path=self.parameterAsFile(parameters, self.AHP_MATRIX, context) or None,
            accept_inconsistent=self.parameterAsBool(parameters, self.ACCEPT_INCONSISTENT, context),
            method=method, constraints=self.parameterAsString(parameters, self.CONSTRAINTS, context) or "",
            classification=classification,
            sensitivity_change=self.parameterAsDouble(parameters, self.SENSITIVITY_CHANGE, context),
            monte_carlo_runs=self.parameterAsInt(parameters, self.MONTE_CARLO_RUNS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            language=language, finance_access_layer=finance)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        path = self.database(parameters, context)
        settings = self._settings(parameters, context)
        log(f"agr_opportunity_map started: territory {settings.territory}, chains {settings.value_chains}, "
            f"method {settings.method}, database {path}")

        steps.setCurrentStep(0)
        steps.pushInfo(self.tr("Scoring the communes"))
        try:
            result = compute_agr(path, settings, steps)
        except ObservatoryError as error:
            log_error(f"agr_opportunity_map failed: {error}")
            raise QgsProcessingException(str(error)) from error
        if result is None or feedback.isCanceled():
            return {}
        for message in result.messages:
            steps.pushWarning(message)
        if result.ahp is not None:
            steps.pushInfo(self.tr("AHP consistency ratio: {0:.3f}").format(result.ahp.consistency_ratio))
        for row in result.missing.to_dict("records"):
            steps.pushInfo(self.tr("{0}: {1} communes lack {2} ({3}).").format(
                row["value_chain"], row["communes"], row["criterion"], row["effect"]))

        steps.setCurrentStep(1)
        sink_id = self._write_layer(parameters, context, steps, result)
        if feedback.isCanceled():
            return {}
        results = {self.OUTPUT_LAYER: sink_id}
        weights_id = self._write_weights(parameters, context, result)
        if weights_id is not None:
            results[self.OUTPUT_WEIGHTS] = weights_id

        steps.setCurrentStep(2)
        xlsx_path = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        if xlsx_path:
            from ..core.agr_workbook import write_agr_workbook

            xlsx_path = _with_extension(xlsx_path, ".xlsx")
            steps.pushInfo(self.tr("Writing the workbook {0}").format(xlsx_path))
            write_agr_workbook(result, xlsx_path)
            results[self.OUTPUT_XLSX] = xlsx_path
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(3)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if pdf_path:
            from ..core.agr_report import write_agr_report

            pdf_path = _with_extension(pdf_path, ".pdf")
            steps.pushInfo(self.tr("Writing the report {0}").format(pdf_path))
            try:
                write_agr_report(result, pdf_path, steps)
            except ObservatoryError as error:
                log_error(f"agr_opportunity_map report failed: {error}")
                raise QgsProcessingException(str(error)) from error
            results[self.OUTPUT_PDF] = pdf_path

        steps.setCurrentStep(4)
        if context.willLoadLayerOnCompletion(sink_id):
            details = context.layerToLoadOnCompletionDetails(sink_id)
            details.name = self.tr("Opportunities {0}").format(result.territory.name(settings.language))
            chains = [(code, result.chain_name(code)) for code in result.chain_codes]
            details.setPostProcessor(_StyleOpportunityLayer.create(settings.language, chains))
        log(f"agr_opportunity_map finished: {result.territory.code}, {len(result.scores)} commune-chain rows")
        return results

    def _fields(self, result):
        fields = QgsFields()
        for name in ("code", "name_fr", "name_ar", "type", "province_code", "region_code", "value_chain",
                     "value_chain_name", "potential_level"):
            fields.append(QgsField(name, QVariant.String))
        fields.append(QgsField("illustrative", QVariant.Int))
        for criterion in result.criteria:
            fields.append(QgsField(f"s_{criterion.code}", QVariant.Double))
        fields.append(QgsField("score", QVariant.Double))
        fields.append(QgsField("opportunity_class", QVariant.String))
        fields.append(QgsField("rank", QVariant.Int))
        fields.append(QgsField("top_share", QVariant.Double))
        fields.append(QgsField("status", QVariant.String))
        fields.append(QgsField("missing_criteria", QVariant.String))
        return fields

    def _write_layer(self, parameters, context, feedback, result):
        source = QgsVectorLayer(database.layer_uri(result.database_path, "communes", result.territory.commune_filter),
                                "communes", "ogr")
        if not source.isValid():
            raise QgsProcessingException(self.tr("Cannot read the communes layer of {0}: rebuild the database.").format(
                result.database_path))
        geometries = {feature["code"]: feature.geometry() for feature in source.getFeatures()}
        fields = self._fields(result)
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_LAYER, context, fields,
                                             QgsWkbTypes.MultiPolygon, source.crs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_LAYER))

        rows = result.scores.to_dict("records")
        total = max(1, len(rows))
        for position, row in enumerate(rows):
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            geometry = geometries.get(row["code"])
            if geometry is not None:
                feature.setGeometry(geometry)
            values = {
                "code": row["code"], "name_fr": row["name_fr"], "name_ar": row["name_ar"], "type": row["type"],
                "province_code": row["province_code"], "region_code": row["region_code"],
                "value_chain": row["value_chain"], "value_chain_name": result.chain_name(row["value_chain"]),
                "potential_level": row["potential_level"], "illustrative": _integer(row["potential_illustrative"]),
                "score": _number(row["score"]), "opportunity_class": row["opportunity_class"],
                "rank": _integer(row["rank"]), "top_share": _number(row["top_share"]), "status": row["status"],
                "missing_criteria": row["missing_criteria"],
            }
            for criterion in result.criteria:
                values[f"s_{criterion.code}"] = _number(row[f"s_{criterion.code}"])
            for name, value in values.items():
                feature[name] = value if not _is_missing(value) else None
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            feedback.setProgress(100.0 * (position + 1) / total)
        return sink_id

    def _write_weights(self, parameters, context, result):
        fields = QgsFields()
        for name in ("criterion", "label", "criterion_group", "direction", "standardisation"):
            fields.append(QgsField(name, QVariant.String))
        for name in ("low", "high"):
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("missing", QVariant.String))
        fields.append(QgsField("weight", QVariant.Double))
        fields.append(QgsField("weight_source", QVariant.String))
        for name in ("consistency_ratio", "consistency_index", "lambda_max"):
            fields.append(QgsField(name, QVariant.Double))
        sink, sink_id = self.parameterAsSink(parameters, self.OUTPUT_WEIGHTS, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            return None
        ahp = result.ahp
        for criterion in result.criteria:
            feature = QgsFeature(fields)
            feature.setAttributes([
                criterion.code, result.criterion_label(criterion.code), criterion.group, criterion.direction,
                criterion.standardisation, criterion.low, criterion.high, criterion.missing, float(criterion.weight),
                result.weights_source, None if ahp is None else float(ahp.consistency_ratio),
                None if ahp is None else float(ahp.consistency_index), None if ahp is None else float(ahp.lambda_max)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return sink_id


def _is_missing(value):
    return value is None or (isinstance(value, float) and value != value)


def _number(value):
    return None if _is_missing(value) else float(value)


def _integer(value):
    return None if _is_missing(value) else int(value)


def _with_extension(path, extension):
    return path if path.lower().endswith(extension) else os.path.splitext(path)[0] + extension
