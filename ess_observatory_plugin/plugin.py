"""The plugin object QGIS loads: menu, toolbar, dock, Processing provider, translator."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.log import log

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
TRANSLATION_PREFIX = "ess_observatory"


def translation_file(locale):
    """Return the .qm file for a locale, trying ``ar_MA`` then ``ar``, or None."""
    folder = os.path.join(PLUGIN_DIR, "i18n")
    for candidate in (locale, locale[:2]):
        path = os.path.join(folder, f"{TRANSLATION_PREFIX}_{candidate}.qm")
        if candidate and os.path.isfile(path):
            return path
    return None


class EssObservatoryPlugin:
    MENU = "&ESS Observatory"

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.translator = None
        self.dock = None
        self.actions = []
        self.toolbar = None
        self._install_translator()

    def tr(self, text):
        return QCoreApplication.translate("EssObservatoryPlugin", text)

    def _install_translator(self):
        locale = str(QgsSettings().value("locale/userLocale", "") or "")
        path = translation_file(locale)
        if path is None:
            return
        self.translator = QTranslator()
        if self.translator.load(path):
            QCoreApplication.installTranslator(self.translator)
            log(f"Translation loaded: {path}")
        else:
            self.translator = None

    def initProcessing(self):  # noqa: N802 (QGIS API)
        from .processing.provider import EssObservatoryProvider

        if self.provider is not None:
            return
        provider = EssObservatoryProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider
        else:
            # The registry refuses a second provider with the same id and deletes it.
            log(f"Processing provider {provider.id()} is already registered; the plugin keeps that one")

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return

        icon = QIcon(os.path.join(PLUGIN_DIR, "resources", "icon.svg"))
        self.toolbar = self.iface.addToolBar(self.tr("ESS Observatory"))
        self.toolbar.setObjectName("EssObservatoryToolbar")

        catalogue_action = QAction(icon, self.tr("ESS layer catalogue"), self.iface.mainWindow())
        catalogue_action.setObjectName("EssObservatoryCatalogueAction")
        catalogue_action.setCheckable(True)
        catalogue_action.toggled.connect(self._toggle_dock)
        self._add_action(catalogue_action, toolbar=True)

        diagnostic_action = QAction(icon, self.tr("Regional diagnostic…"), self.iface.mainWindow())
        diagnostic_action.setObjectName("EssObservatoryDiagnosticAction")
        diagnostic_action.triggered.connect(lambda: self._open_algorithm("regional_diagnostic"))
        self._add_action(diagnostic_action)

        build_action = QAction(icon, self.tr("Build observatory database…"), self.iface.mainWindow())
        build_action.setObjectName("EssObservatoryBuildAction")
        build_action.triggered.connect(lambda: self._open_algorithm("build_database"))
        self._add_action(build_action)

        settings_action = QAction(self.tr("Settings…"), self.iface.mainWindow())
        settings_action.setObjectName("EssObservatorySettingsAction")
        settings_action.triggered.connect(self._open_settings)
        self._add_action(settings_action)

        self.catalogue_action = catalogue_action
        self._create_dock()
        log("Plugin loaded")

    def _add_action(self, action, toolbar=False):
        self.iface.addPluginToMenu(self.MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def _create_dock(self):
        from .ui.catalogue_dock import CatalogueDock

        self.dock = CatalogueDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("EssObservatoryCatalogueDock")
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.dock.visibilityChanged.connect(self.catalogue_action.setChecked)
        self.dock.hide()

    def _toggle_dock(self, visible):
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _open_algorithm(self, name):
        from qgis import processing

        processing.execAlgorithmDialog(f"ess_observatory:{name}", {})

    def _open_settings(self):
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec_() and self.dock is not None:
            self.dock.reload()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginMenu(self.MENU, action)
                if self.toolbar is not None:
                    self.toolbar.removeAction(action)
            self.actions = []
            if self.dock is not None:
                self.iface.removeDockWidget(self.dock)
                self.dock.deleteLater()
                self.dock = None
            if self.toolbar is not None:
                self.toolbar.deleteLater()
                self.toolbar = None

        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        log("Plugin unloaded")
