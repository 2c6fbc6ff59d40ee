"""Processing algorithm: regional diagnostic (placeholder until the module lands)."""

from .base import EssAlgorithm


class RegionalDiagnosticAlgorithm(EssAlgorithm):
    def name(self):
        return "regional_diagnostic"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Regional diagnostic")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        pass

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        return {}
