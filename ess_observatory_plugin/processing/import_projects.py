"""Processing algorithm: import of the income-generating project bank."""

from .import_potentials import RegisterImportAlgorithm


class ImportProjectsAlgorithm(RegisterImportAlgorithm):
    def name(self):
        return "import_projects"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import the income-generating project bank")

    def tags(self):
        return self.tr("projects,AGR,income-generating,project bank,jobs,Excel,import").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Imports income-generating projects from an Excel sheet into the projects point layer of the "
            "observatory database, creating it when missing with an attribute form whose value chain, promoter "
            "type and status fields are drop-down lists.\n\n"
            "DATABASE: the observatory GeoPackage.\n"
            "INPUT: the .xlsx (or .csv) sheet. Columns, in French, Arabic or English: project title and commune "
            "code (required), value chain, promoter type (cooperative, association, group), status (idea, "
            "studied, financed, running, stopped), jobs expected, of which women, of which youth, investment in "
            "MAD, funding source, start and end dates, and optionally latitude and longitude (decimal degrees, "
            "degrees-minutes-seconds or Lambert Merchich). A project without coordinates is placed inside its "
            "commune.\n"
            "SHEET, ILLUSTRATIVE, OUTPUT_REJECTS: as in the potentials import.\n\n"
            "Rows are rejected, with their reason, for an unknown commune or value chain, a point outside its "
            "commune, more jobs for women or youth than jobs expected, an end date before the start date, or a "
            "project already in the bank (same title and commune). The import is one transaction and is recorded "
            "in the audit_log table.")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..core.projects import import_projects

        return self.run_import(import_projects, parameters, context, feedback)
