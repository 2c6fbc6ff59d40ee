"""Processing algorithm: proximity of target populations to microcredit branches."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import ObservatoryError
from ..core.i18n import LANGUAGES
from ..core.log import log, log_error
from ..core.proximity import outputs
from ..core.proximity.analysis import ProximitySettings, run_proximity
from ..core.proximity.cancel import AnalysisCanceled
from ..core.proximity.coverage import parse_bands
from ..core.proximity.demand import attach_communes, commune_layer, read_units
from ..core.proximity.styles import access_renderer
from ..core.proximity.supply import read_branches
from .base import EssAlgorithm, RendererPostProcessor

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
MAX_NEW_BRANCHES = 500


class MicrocreditProximityAlgorithm(EssAlgorithm):
    BRANCHES = "BRANCHES"
    DEMAND = "DEMAND"
    DATABASE = "DATABASE"
    TARGET = "TARGET"
    TERRITORY = "TERRITORY"
    DISTANCE_BANDS = "DISTANCE_BANDS"
    CATCHMENT_KM = "CATCHMENT_KM"
    POPULATION_RASTER = "POPULATION_RASTER"
    CAPACITY = "CAPACITY"
    ROAD_NETWORK = "ROAD_NETWORK"
    SPEED_FIELD = "SPEED_FIELD"
    NEW_BRANCHES = "NEW_BRANCHES"
    LANGUAGE = "LANGUAGE"
    OUTPUT_DEMAND = "OUTPUT_DEMAND"
    OUTPUT_COVERAGE = "OUTPUT_COVERAGE"
    OUTPUT_LINES = "OUTPUT_LINES"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_PDF = "OUTPUT_PDF"

    def name(self):
        return "microcredit_proximity"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Microcredit proximity")

    def group(self):
        return self.tr("Microcredit")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "microcredit"

    def tags(self):
        return self.tr("microcredit,microfinance,branch,distance,accessibility,E2SFCA,catchment,coverage,"
                       "underserved,gini,lorenz,location,network").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Measures how close the target population of each commune is to microcredit branches, which "
            "communes are underserved, and where new branches would reach the most people.\n\n"
            "BRANCHES: point layer of microcredit branches, in any CRS. A field named institution (or "
            "association, amc) gives each branch's institution; a field named name or id its label. If a "
            "field illustrative equals 1 for any branch, or the layer name or source contains "
            "ILLUSTRATIVE, the workbook and the report say that the branch data are illustrative.\n"
            "DEMAND: polygon or point layer of the target population (default: the commune_indicators "
            "communes of DATABASE).\n"
            "DATABASE: the observatory GeoPackage, for the default communes, territory codes and names, and "
            "the needs indicators of demand features that lack them.\n"
            "TARGET: field or expression of DEMAND giving the target population (default: "
            "population_15_plus). NULL counts as 0; negative values are rejected.\n"
            "TERRITORY: optional region code (04) or province code (04.421). Everything is computed over the "
            "whole DEMAND layer, so that branches and people across the border count, and the outputs keep "
            "the territory only.\n"
            "DISTANCE_BANDS: band limits in km separated by commas (default 5,10,20); in minutes when "
            "SPEED_FIELD is set.\n"
            "CATCHMENT_KM: catchment d0 of the accessibility score and of new sites, in km (default 20); in "
            "minutes when SPEED_FIELD is set.\n"
            "POPULATION_RASTER: optional population raster. The positive cells inside each demand polygon of "
            "the territory become demand points, each carrying its share of the polygon's raster population "
            "times its TARGET. Polygons not wholly inside the raster keep one point.\n"
            "CAPACITY: optional numeric field of BRANCHES (loan officers, active clients or portfolio); 1 per "
            "branch when empty.\n"
            "ROAD_NETWORK: optional line layer. Distances then run along the roads, plus a straight connector "
            "from each point to the nearest road.\n"
            "SPEED_FIELD: optional speed field of ROAD_NETWORK in km/h. Costs are then travel times in "
            "minutes: roads with a NULL speed run at 40 km/h and connectors at 5 km/h (walking).\n"
            "NEW_BRANCHES: number of new branch sites to propose (default 0: none).\n"
            "LANGUAGE: ar, fr or en, the language of the workbook, the report and the text fields.\n\n"
            "Straight-line distances are measured on the WGS 84 ellipsoid, in metres, never in degrees.\n\n"
            "OUTPUT_DEMAND: one feature per demand unit with nearest_branch, nearest_institution, "
            "distance_km (travel_min with speeds), branches_<band>km per band, branches_catchment, "
            "branches_per_10k (branches within the catchment per 10,000 target people), access_score, "
            "covered_share (% of the target within the catchment), institutions_overlap (distinct "
            "institutions with a branch within the catchment), underserved (1 or 0), underserved_rule, "
            "underserved_reason, typology, typology_label and rank (1 = lowest accessibility).\n"
            "OUTPUT_COVERAGE: table per study area, region, province and commune of the share of the target "
            "population whose nearest branch is within each band, the mean distance, the mean score and the "
            "Gini index of accessibility.\n"
            "OUTPUT_LINES: a line from each demand point to its nearest branch.\n"
            "OUTPUT_SITES: with NEW_BRANCHES > 0, the proposed sites, chosen greedily among the commune "
            "points: each covers the largest target population not yet within the catchment of a branch, "
            "with the population it adds (added_target).\n"
            "OUTPUT_XLSX: workbook with summary, communes, coverage, Lorenz curve data, new sites and method.\n"
            "OUTPUT_PDF: map report with the accessibility map, branches, lines, legend, scale bar, north "
            "arrow, Lorenz curve, coverage table, source and date.\n\n"
            "Accessibility (E2SFCA, Gaussian decay): W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - "
            "exp(-0.5)) for d <= d0, else 0. Each branch j has R_j = S_j / sum_k P_k W(d_kj), with S_j its "
            "capacity and P_k the target of demand point k. Each point i has A_i = sum_j R_j W(d_ij). "
            "access_score = 10,000 x A_i: capacity per 10,000 target people.\n\n"
            "Underserved rule: a unit is underserved when less than half of its target population has a "
            "branch within the catchment (no_branch_within_catchment), or when its access_score is below "
            "half the target-weighted mean score of all demand units (low_accessibility).\n"
            "Typology: access class (far, low, served) crossed with needs: high when unemployment is above "
            "the median of the demand units and the share of cooperative members below its median, moderate "
            "when one holds, low when none does."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.BRANCHES, self.tr("Microcredit branches"), [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DEMAND, self.tr("Demand (default: communes of the database)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint], optional=True))
        self.add_database_parameter()
        self.addParameter(QgsProcessingParameterExpression(
            self.TARGET, self.tr("Target population (field or expression of the demand layer)"),
            defaultValue="population_15_plus", parentLayerParameterName=self.DEMAND))
        self.addParameter(QgsProcessingParameterString(
            self.TERRITORY, self.tr("Territory code (region such as 04, or province such as 04.421)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.DISTANCE_BANDS, self.tr("Distance bands (km, or minutes with a speed field)"),
            defaultValue="5,10,20"))
        self.addParameter(QgsProcessingParameterNumber(
            self.CATCHMENT_KM, self.tr("Catchment (km, or minutes with a speed field)"),
            QgsProcessingParameterNumber.Double, defaultValue=20.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.POPULATION_RASTER, self.tr("Population raster"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CAPACITY, self.tr("Branch capacity (loan officers, active clients or portfolio)"),
            parentLayerParameterName=self.BRANCHES, type=QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ROAD_NETWORK, self.tr("Road network"), [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SPEED_FIELD, self.tr("Speed field of the road network (km/h)"),
            parentLayerParameterName=self.ROAD_NETWORK, type=QgsProcessingParameterField.Numeric,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_BRANCHES, self.tr("New branch sites to propose"), QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0, maxValue=MAX_NEW_BRANCHES))
        self.addParameter(QgsProcessingParameterEnum(
            self.LANGUAGE, self.tr("Report language"), options=list(LANGUAGES),
            defaultValue=LANGUAGES[self.language_index_default()], usesStaticStrings=True))

        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DEMAND, self.tr("Proximity by commune"), QgsProcessing.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_COVERAGE, self.tr("Coverage by territory"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Lines to the nearest branch"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SITES, self.tr("Proposed branch sites"), QgsProcessing.TypeVectorPoint, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_XLSX, self.tr("Proximity workbook"), self.tr("Excel workbook (*.xlsx)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("Proximity report"), self.tr("PDF report (*.pdf)"), optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        language = self._language(parameters, context)
        try:
            settings, branches, units, raster, roads = self._read_inputs(parameters, context, steps, language)
            log(f"microcredit_proximity started: {len(branches)} branches, {len(units)} demand units, "
                f"territory {settings.territory_code or 'none'}, language {language}")

            steps.setCurrentStep(1)
            steps.pushInfo(self.tr("Measuring distances and accessibility"))
            result = run_proximity(branches, units, settings, raster=raster, roads=roads, feedback=steps,
                                   transform_context=context.transformContext())
            for warning in result.warnings:
                steps.pushWarning(warning)
                log(f"microcredit_proximity: {warning}")
            if result.illustrative:
                steps.pushWarning(self.tr("The branch data are illustrative: the results are not real figures."))

            steps.setCurrentStep(2)
            results = self._write_layers(parameters, context, steps, result, language)

            steps.setCurrentStep(3)
            xlsx_path = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
            if xlsx_path:
                from ..core.proximity.workbook import write_workbook

                xlsx_path = _with_extension(xlsx_path, ".xlsx")
                steps.pushInfo(self.tr("Writing the workbook {0}").format(xlsx_path))
                results[self.OUTPUT_XLSX] = write_workbook(result, xlsx_path, language)

            steps.setCurrentStep(4)
            pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
            if pdf_path:
                from ..core.proximity.report import write_report

                pdf_path = _with_extension(pdf_path, ".pdf")
                steps.pushInfo(self.tr("Writing the report {0}").format(pdf_path))
                results[self.OUTPUT_PDF] = write_report(result, pdf_path, language, steps)
        except AnalysisCanceled:
            feedback.pushInfo(self.tr("Canceled: no output was written."))
            return {}
        except ObservatoryError as error:
            log_error(f"microcredit_proximity failed: {error}")
            raise QgsProcessingException(str(error)) from error

        log(f"microcredit_proximity finished: {len(result.units)} demand units, gini {result.gini:.3f}")
        return results

    def _language(self, parameters, context):
        value = self.parameterAsEnumString(parameters, self.LANGUAGE, context)
        if value not in LANGUAGES:
            raise QgsProcessingException(self.tr("Language {0} is not supported: use ar, fr or en.").format(value))
        return value

    def _read_inputs(self, parameters, context, feedback, language):
        path = self.database(parameters, context)
        bands = parse_bands(self.parameterAsString(parameters, self.DISTANCE_BANDS, context))
        catchment = self.parameterAsDouble(parameters, self.CATCHMENT_KM, context)
        if not catchment > 0:
            raise QgsProcessingException(self.tr("CATCHMENT_KM must be greater than 0."))
        target = self.parameterAsExpression(parameters, self.TARGET, context) or "population_15_plus"
        roads = self.parameterAsSource(parameters, self.ROAD_NETWORK, context)
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context) or None
        if speed_field and roads is None:
            raise QgsProcessingException(self.tr("SPEED_FIELD needs a ROAD_NETWORK layer."))
        settings = ProximitySettings(
            bands=bands, catchment=catchment, database_path=path,
            territory_code=(self.parameterAsString(parameters, self.TERRITORY, context) or "").strip() or None,
            new_branches=self.parameterAsInt(parameters, self.NEW_BRANCHES, context), language=language,
            target_label=target, speed_field=speed_field)

        feedback.setCurrentStep(0)
        feedback.pushInfo(self.tr("Reading the branches"))
        branch_source = self.parameterAsSource(parameters, self.BRANCHES, context)
        if branch_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.BRANCHES))
        branch_layer = self.parameterAsVectorLayer(parameters, self.BRANCHES, context)
        layer_name = branch_layer.name() if branch_layer is not None else ""
        layer_source = branch_layer.source() if branch_layer is not None else str(parameters.get(self.BRANCHES))
        capacity = self.parameterAsString(parameters, self.CAPACITY, context) or None
        branches = read_branches(branch_source, capacity, layer_name, layer_source, context.transformContext(),
                                 feedback)

        feedback.pushInfo(self.tr("Reading the demand"))
        demand_source = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand_source is None:
            demand_source = commune_layer(path)
        units = read_units(demand_source, target, context.transformContext(), feedback,
                           context.expressionContext())
        attach_communes(units, path, feedback)
        raster = self.parameterAsRasterLayer(parameters, self.POPULATION_RASTER, context)
        return settings, branches, units, raster, roads

    def _write_layers(self, parameters, context, feedback, result, language):
        results = {}
        geometry_type = QgsWkbTypes.MultiPolygon if result.is_polygon else QgsWkbTypes.Point
        fields = outputs.demand_fields(result)
        results[self.OUTPUT_DEMAND] = self._write(parameters, context, feedback, self.OUTPUT_DEMAND, fields,
                                                  geometry_type, outputs.demand_features(result, fields, language),
                                                  len(result.units))
        fields = outputs.coverage_fields(result)
        results[self.OUTPUT_COVERAGE] = self._write(parameters, context, feedback, self.OUTPUT_COVERAGE, fields,
                                                    QgsWkbTypes.NoGeometry, outputs.coverage_features(result, fields),
                                                    len(result.coverage))
        fields = outputs.line_fields(result)
        results[self.OUTPUT_LINES] = self._write(parameters, context, feedback, self.OUTPUT_LINES, fields,
                                                 QgsWkbTypes.LineString, outputs.line_features(result, fields),
                                                 len(result.points))
        if result.settings.new_branches > 0 and parameters.get(self.OUTPUT_SITES) is not None:
            fields = outputs.site_fields()
            results[self.OUTPUT_SITES] = self._write(parameters, context, feedback, self.OUTPUT_SITES, fields,
                                                     QgsWkbTypes.Point, outputs.site_features(result, fields),
                                                     len(result.sites))
            if len(result.sites) < result.settings.new_branches:
                feedback.pushWarning(self.tr("{0} of the {1} new sites requested add target population within "
                                             "the catchment; more sites would add none.").format(
                    len(result.sites), result.settings.new_branches))

        demand_id = results[self.OUTPUT_DEMAND]
        if context.willLoadLayerOnCompletion(demand_id):
            details = context.layerToLoadOnCompletionDetails(demand_id)
            territory = result.territory.name(language) if result.territory else ""
            details.name = self.tr("Microcredit proximity {0}").format(territory).strip()
            details.setPostProcessor(RendererPostProcessor.create(
                "access_score", lambda layer: access_renderer(layer, language)))
        return results

    def _write(self, parameters, context, feedback, name, fields, geometry_type, features, total):
        sink, sink_id = self.parameterAsSink(parameters, name, context, fields, geometry_type, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        for position, feature in enumerate(features):
            if feedback.isCanceled():
                raise AnalysisCanceled("canceled while writing")
            if geometry_type == QgsWkbTypes.MultiPolygon and feature.hasGeometry():
                geometry = feature.geometry()
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Could not write a feature to {0}: {1}").format(
                    name, sink.lastError()))
            feedback.setProgress(100.0 * (position + 1) / max(1, total))
        return sink_id


def _with_extension(path, extension):
    return path if path.lower().endswith(extension) else os.path.splitext(path)[0] + extension
