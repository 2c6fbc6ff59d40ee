"""Processing algorithm: import of territorial potentials, and the base of the register imports."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.errors import ObservatoryError
from ..core.log import log_error
from .base import EssAlgorithm


class RegisterImportAlgorithm(EssAlgorithm):
    """Shared parameters and outputs of the potentials and project imports."""

    DATABASE = "DATABASE"
    INPUT = "INPUT"
    SHEET = "SHEET"
    ILLUSTRATIVE = "ILLUSTRATIVE"
    OUTPUT_REJECTS = "OUTPUT_REJECTS"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    IMPORT_ID = "IMPORT_ID"

    def group(self):
        return self.tr("Imports")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "imports"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.add_database_parameter()
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Excel sheet to import"), fileFilter=self.tr("Excel or CSV (*.xlsx *.xls *.csv)")))
        self.addParameter(QgsProcessingParameterString(
            self.SHEET, self.tr("Sheet name (empty: the first sheet with the expected columns)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ILLUSTRATIVE, self.tr("Mark every row as illustrative (made-up demonstration data)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REJECTS, self.tr("Rejected rows with their reason"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"), optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.ACCEPTED, self.tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputString(self.IMPORT_ID, self.tr("Import id in the audit log")))

    def run_import(self, function, parameters, context, feedback):
        path = self.database(parameters, context)
        input_path = self.parameterAsFile(parameters, self.INPUT, context)
        sheet = self.parameterAsString(parameters, self.SHEET, context) or None
        illustrative = self.parameterAsBool(parameters, self.ILLUSTRATIVE, context)
        rejects_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REJECTS, context) or None
        if rejects_path and not rejects_path.lower().endswith((".xlsx", ".csv")):
            rejects_path = os.path.splitext(rejects_path)[0] + ".xlsx"
        try:
            result = function(path, input_path, sheet, illustrative, rejects_path, feedback)
        except ObservatoryError as error:
            log_error(f"{self.name()} failed: {error}")
            raise QgsProcessingException(str(error)) from error

        feedback.pushInfo(self.tr("{0} rows imported, {1} rejected (import {2}).").format(
            result.accepted, result.rejected, result.import_id))
        if result.illustrative_rows:
            feedback.pushWarning(self.tr("{0} rows are marked illustrative: maps and reports will say so.").format(
                result.illustrative_rows))
        if result.rejected:
            feedback.pushWarning(self.tr("Rejected rows and their reasons: {0}").format(result.rejects_path))
        outputs = {self.ACCEPTED: result.accepted, self.REJECTED: result.rejected, self.IMPORT_ID: result.import_id}
        if result.rejects_path:
            outputs[self.OUTPUT_REJECTS] = result.rejects_path
        return outputs


class ImportPotentialsAlgorithm(RegisterImportAlgorithm):
    def name(self):
        return "import_potentials"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import territorial potentials")

    def tags(self):
        return self.tr("potentials,value chain,PRDESS,filière,Excel,import").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Imports the potentials of communes for value chains from a delegation's Excel sheet into the "
            "tables value_chains and potentials of the observatory database, creating them when missing.\n\n"
            "DATABASE: the observatory GeoPackage.\n"
            "INPUT: the .xlsx (or .csv) sheet. The header row may sit below a title. Columns, in French, Arabic or "
            "English: commune code (required), value chain (code or name, required), potential level (none, low, "
            "medium, high; nul, faible, moyen, élevé), or a quantity with its unit, source, year, illustrative "
            "(1 or 0). A sheet named value_chains (code, French name, Arabic name, English name) adds the value "
            "chains the delegation defines.\n"
            "SHEET: the sheet to read; empty for the first sheet with the expected columns.\n"
            "ILLUSTRATIVE: marks every row as made-up demonstration data.\n"
            "OUTPUT_REJECTS: the rows not imported, each with its reason (.xlsx or .csv).\n\n"
            "The import is one transaction: a failure leaves the database unchanged. Earlier rows are kept; "
            "analyses read the most recent row of each commune and value chain. Each import is recorded in the "
            "audit_log table.")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..core.potentials import import_potentials

        return self.run_import(import_potentials, parameters, context, feedback)
