"""The ESS Observatory Processing provider (id ``ess_observatory``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.log import log
from .base import ICON_PATH
from .agr_opportunity_map import AgrOpportunityMapAlgorithm
from .build_database import BuildDatabaseAlgorithm
from .import_branches import ImportMicrocreditBranchesAlgorithm
from .import_potentials import ImportPotentialsAlgorithm
from .import_projects import ImportProjectsAlgorithm
from .microcredit_proximity import MicrocreditProximityAlgorithm
from .regional_diagnostic import RegionalDiagnosticAlgorithm

PROVIDER_ID = "ess_observatory"


class EssObservatoryProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return QCoreApplication.translate("EssObservatoryProvider", "ESS Observatory")

    def longName(self):  # noqa: N802 (QGIS API)
        return self.name()

    def icon(self):
        return QIcon(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        algorithms = (
            BuildDatabaseAlgorithm(),
            RegionalDiagnosticAlgorithm(),
            ImportMicrocreditBranchesAlgorithm(),
            MicrocreditProximityAlgorithm(),
            ImportPotentialsAlgorithm(),
            ImportProjectsAlgorithm(),
            AgrOpportunityMapAlgorithm(),
        )
        for algorithm in algorithms:
            self.addAlgorithm(algorithm)
        log(f"Processing provider {PROVIDER_ID} loaded {len(self.algorithms())} algorithms")
