"""Processing algorithm: import a register of microcredit branches."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.branches import COMMUNE_TOLERANCE_METRES, LAYER_NAME, import_branches
from ..core.errors import ObservatoryError
from ..core.imports import ImportCanceledError
from ..core.imports.coordinates import AUTO, COORDINATE_SYSTEMS
from ..core.imports.excel import HEADER_SCAN_ROWS
from ..core.log import log_error
from .base import EssAlgorithm


class ImportMicrocreditBranchesAlgorithm(EssAlgorithm):
    INPUT = "INPUT"
    DATABASE = "DATABASE"
    SOURCE = "SOURCE"
    COORDINATE_SYSTEM = "COORDINATE_SYSTEM"
    ILLUSTRATIVE = "ILLUSTRATIVE"
    OUTPUT_REJECTS = "OUTPUT_REJECTS"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    IMPORT_ID = "IMPORT_ID"

    def name(self):
        return "import_microcredit_branches"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Import microcredit branches")

    def group(self):
        return self.tr("Imports")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "imports"

    def tags(self):
        return self.tr("microcredit,microfinance,branches,register,excel,csv,import,lambert,merchich").split(",")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "Imports a list of microcredit branches, typed in Excel or saved as CSV, into the layer "
            "microcredit_branches of the observatory database. Good rows are imported; every other row goes "
            "to the rejects file with its reason. The import is one transaction: if it fails or is canceled, "
            "the database is left as it was. Each import is recorded in the audit_log table (file, checksum, "
            "user, rows accepted and rejected), and its id is stored on every imported row (import_id).\n\n"
            "INPUT: the list, as .xlsx, .xls or .csv (UTF-8, or Windows Arabic cp1256; separated by ; , tab "
            "or |). The header row may be below a title: it is found among the first {1} rows by its column "
            "names, in Arabic, French or English. Recognised columns: Institution (Association, المؤسسة; "
            "required), Branch (Agence, الوكالة), Address (Adresse, العنوان), Commune code (Code commune, "
            "رمز الجماعة), Commune (الجماعة), Opening date (Date d'ouverture, تاريخ الافتتاح), Latitude and "
            "Longitude (خط العرض, خط الطول), X and Y (Lambert), or Coordinates (GPS) in one cell. Other "
            "columns are listed in the log and not imported. Merged cells count for every row they cover.\n\n"
            "Each row needs a location: coordinates, or a commune code or name. Coordinates may be decimal "
            "degrees with a point or a comma, degrees-minutes-seconds such as 35°46'12.5\"N or 35 46 12.5 N, "
            "or Lambert Merchich metres. Latitude and longitude typed in each other's columns are swapped "
            "back. Points must be in Morocco and, when the row names a commune too, within {0:.0f} km of "
            "it. A row with only a commune is placed at a point inside the commune (placement = commune, "
            "latitude and longitude left empty). A commune code may be typed in any HCP form, also after "
            "Excel dropped its leading zeros (4421010 for 04.421.01.0). Dates may be date cells, Excel "
            "serial numbers, dd/mm/yyyy or yyyy-mm-dd. A row repeating a branch of the file or of the "
            "database (same institution, commune and branch name) is rejected as a duplicate.\n\n"
            "DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else "
            "the bundled one).\n"
            "SOURCE: who sent the list and when, such as 'Association X, regional office, March 2025'. It is "
            "stored on every row.\n"
            "COORDINATE_SYSTEM: auto reads each row as degrees or Lambert metres from its values, and tells "
            "Nord Maroc from Sud Maroc by the row's commune; EPSG:4326, EPSG:26191 (Merchich / Nord Maroc) "
            "or EPSG:26192 (Merchich / Sud Maroc) requires every row to be in that system.\n"
            "ILLUSTRATIVE: the list is made-up demonstration or training data. Its rows are flagged "
            "illustrative = 1, the source and the layer metadata say so, and a file whose name or title "
            "says illustrative cannot be imported without it.\n\n"
            "OUTPUT_REJECTS: the rejects file (.xlsx or .csv, by default a temporary .xlsx file): source row number, "
            "reason, then the row as typed. Correct the rows there and import that file again.\n"
            "ACCEPTED, REJECTED: the number of rows imported and rejected. IMPORT_ID: the audit_log id."
        ).format(COMMUNE_TOLERANCE_METRES / 1000, HEADER_SCAN_ROWS)

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("List of branches"),
            fileFilter=self.tr("Registers (*.xlsx *.xlsm *.xls *.csv *.txt)")))
        self.add_database_parameter()
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, self.tr("Source of the list (who sent it, when)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.COORDINATE_SYSTEM, self.tr("Coordinate system of the list"), options=list(COORDINATE_SYSTEMS),
            defaultValue=AUTO, usesStaticStrings=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ILLUSTRATIVE, self.tr("Illustrative data (made up for demonstration or training)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REJECTS, self.tr("Rejected rows"), self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
            defaultValue=QgsProcessing.TEMPORARY_OUTPUT))
        self.addOutput(QgsProcessingOutputNumber(self.ACCEPTED, self.tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORT_ID, self.tr("Import id in the audit log")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        input_path = self.parameterAsFile(parameters, self.INPUT, context)
        path = self.database(parameters, context)
        source = self.parameterAsString(parameters, self.SOURCE, context).strip()
        coordinate_system = self.parameterAsEnumString(parameters, self.COORDINATE_SYSTEM, context) or AUTO
        illustrative = self.parameterAsBoolean(parameters, self.ILLUSTRATIVE, context)
        rejects_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REJECTS, context)

        if not input_path:
            raise QgsProcessingException(self.tr("INPUT is empty: choose the .xlsx, .xls or .csv list of branches."))
        if not source:
            raise QgsProcessingException(self.tr(
                "SOURCE is empty: name who sent the list and when, such as 'Association X, March 2025'."))
        if coordinate_system not in COORDINATE_SYSTEMS:
            raise QgsProcessingException(self.tr("COORDINATE_SYSTEM {0} is not supported: use one of {1}.").format(
                coordinate_system, ", ".join(COORDINATE_SYSTEMS)))
        if not rejects_path.lower().endswith((".xlsx", ".csv")):
            rejects_path += ".xlsx"

        if illustrative:
            feedback.pushWarning(self.tr(
                "ILLUSTRATIVE DATA: the rows of this list are flagged illustrative = 1; they are not real branches."))
        try:
            result = import_branches(path, input_path, source, rejects_path, coordinate_system, illustrative,
                                     feedback)
        except ImportCanceledError:
            feedback.pushInfo(self.tr("Import canceled: the database is unchanged."))
            return {}
        except ObservatoryError as error:
            log_error(f"import_microcredit_branches failed: {error}")
            raise QgsProcessingException(str(error)) from error

        for line in result.summary_lines():
            feedback.pushInfo(line)
        if result.rejected:
            feedback.pushWarning(self.tr("{0} rows were rejected. The reasons are in {1}.").format(
                result.rejected, result.rejects_path))
        feedback.pushInfo(self.tr("Layer: {0}|layername={1}").format(path, LAYER_NAME))

        return {
            self.OUTPUT_REJECTS: result.rejects_path,
            self.ACCEPTED: result.accepted,
            self.REJECTED: result.rejected,
            self.IMPORT_ID: result.import_id,
        }
