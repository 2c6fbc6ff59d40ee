"""The ESS layer catalogue dock: the six thematic units and the layers they offer."""

import os
import sqlite3
import unicodedata

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import settings
from ..core.catalogue_layers import catalogue_entries, make_layer, territory_choices
from ..core.errors import ObservatoryError
from ..core.i18n import interface_language
from ..core.log import log, log_error, log_warning
from ..core.units import THEMATIC_UNITS

ENTRY_ROLE = Qt.UserRole
UNIT_ROLE = Qt.UserRole + 1
HINT_COLOUR = QColor("#707070")
ERROR_STYLE = "QLabel { color: #a50f15; background: #fde0dd; border: 1px solid #f4a6a0; padding: 4px; }"
WARNING_STYLE = "QLabel { color: #7a4a00; background: #fff3cd; border: 1px solid #f0d58c; padding: 4px; }"

_GEOMETRY_ICONS = {
    "POINT": "/mIconPointLayer.svg",
    "MULTIPOINT": "/mIconPointLayer.svg",
    "LINESTRING": "/mIconLineLayer.svg",
    "MULTILINESTRING": "/mIconLineLayer.svg",
    "POLYGON": "/mIconPolygonLayer.svg",
    "MULTIPOLYGON": "/mIconPolygonLayer.svg",
}


class WrappingItemDelegate(QStyledItemDelegate):
    """Gives each row the height its word-wrapped text needs at the tree's current width.

    QTreeView wraps text with setWordWrap(True) but keeps one-line rows, which
    cuts long layer names and import hints.
    """

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        size = super().sizeHint(option, index)
        depth = 1
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        icon_width = option.decorationSize.width() + 4 if index.data(Qt.DecorationRole) is not None else 0
        width = self.tree.viewport().width() - self.tree.indentation() * depth - icon_width - 6
        font = index.data(Qt.FontRole) or option.font
        text = index.data(Qt.DisplayRole) or ""
        bounds = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 60), 100000), Qt.TextWordWrap, text)
        size.setHeight(max(size.height(), bounds.height() + 6))
        return size

    def initStyleOption(self, option, index):  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        if option.direction == Qt.RightToLeft and _starts_left_to_right(option.text):
            # Untranslated English text in a right-to-left tree would show its final full
            # stop or bracket on the left. A left-to-right mark keeps it at the end.
            option.text += "\u200e"


def _starts_left_to_right(text):
    """Return True when the first strongly directional character of ``text`` is left-to-right."""
    for character in text or "":
        direction = unicodedata.bidirectional(character)
        if direction == "L":
            return True
        if direction in ("R", "AL"):
            return False
    return False


class CatalogueTree(QTreeWidget):
    """A tree whose rows grow and shrink with the dock's width."""

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class CatalogueDock(QgsDockWidget):
    """Lists the layers of each thematic unit and adds the chosen one to the project."""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.language = interface_language()
        self.database_path = None
        self._choices = None
        self.setWindowTitle(self.tr("ESS layer catalogue"))
        if self.language == "ar":
            self.setLayoutDirection(Qt.RightToLeft)

        self._build_widgets()
        self.reload()

    def _build_widgets(self):
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)

        database_row = QHBoxLayout()
        self.database_label = QLabel(content)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        database_row.addWidget(self.database_label, 1)
        self.settings_button = QToolButton(content)
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setIcon(QgsApplication.getThemeIcon("/mActionOptions.svg"))
        self.settings_button.setToolTip(self.tr("Choose the observatory database"))
        self.settings_button.clicked.connect(self.open_settings)
        database_row.addWidget(self.settings_button, 0, Qt.AlignTop)
        layout.addLayout(database_row)

        self.message_label = QLabel(content)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        territory_form = QFormLayout()
        self.region_combo = QComboBox(content)
        self.region_combo.setObjectName("regionCombo")
        self.region_combo.currentIndexChanged.connect(self._fill_provinces)
        territory_form.addRow(self.tr("Region"), self.region_combo)
        self.province_combo = QComboBox(content)
        self.province_combo.setObjectName("provinceCombo")
        territory_form.addRow(self.tr("Province"), self.province_combo)
        layout.addLayout(territory_form)

        self.tree = CatalogueTree(content)
        self.tree.setObjectName("catalogueTree")
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(WrappingItemDelegate(self.tree))
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(QHeaderView.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_add_button)
        self.tree.itemDoubleClicked.connect(self._add_item)
        layout.addWidget(self.tree, 1)

        self.add_button = QPushButton(QgsApplication.getThemeIcon("/mActionAddLayer.svg"), self.tr("Add to map"), content)
        self.add_button.setObjectName("addButton")
        self.add_button.setToolTip(self.tr("Add the selected layer to the map, limited to the chosen territory"))
        self.add_button.clicked.connect(self.add_selected_layer)
        layout.addWidget(self.add_button)

        self.setWidget(content)

    # Loading the catalogue

    def reload(self):
        """Read the database chosen in the settings again and refill the dock."""
        self.database_path = settings.database_path()
        self._show_database_line()

        units, choices, error = None, None, None
        try:
            units = catalogue_entries(self.database_path, self.language)
            choices = territory_choices(self.database_path, self.language)
        except (ObservatoryError, sqlite3.Error) as exception:
            error = str(exception)
            log_error(f"Layer catalogue: {error}")

        self._show_problem(error)
        self._fill_regions(choices)
        self._fill_tree(units)
        self._update_add_button()

    def _show_database_line(self):
        path = self.database_path
        bundled = os.path.abspath(path) == os.path.abspath(settings.bundled_database())
        if bundled:
            text = self.tr("Database: {name} (bundled with the plugin)")
        else:
            text = self.tr("Database: {name}")
        self.database_label.setText(text.format(name=os.path.basename(path)))
        self.database_label.setToolTip(path)

    def _show_problem(self, error):
        """Show a database error, or a warning when the chosen file was not found."""
        if error:
            self.message_label.setStyleSheet(ERROR_STYLE)
            self.message_label.setText(error)
            self.message_label.show()
            return

        chosen = QgsSettings().value(settings.DATABASE_KEY, "", type=str)
        if chosen and not os.path.isfile(chosen):
            warning = self.tr("The chosen database {path} was not found, so the bundled database is in use.")
            self.message_label.setStyleSheet(WARNING_STYLE)
            self.message_label.setText(warning.format(path=chosen))
            self.message_label.show()
            log_warning(warning.format(path=chosen))
            return
        self.message_label.hide()

    def _fill_regions(self, choices):
        self._choices = choices
        previous = self.region_combo.currentData()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All of Morocco"), None)
        for code, name in (choices.regions if choices else []):
            self.region_combo.addItem(self.tr("{name} ({code})").format(name=name, code=code), code)
        index = self.region_combo.findData(previous) if previous else 0
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.setEnabled(choices is not None)
        self.region_combo.blockSignals(False)
        self._fill_provinces()

    def _fill_provinces(self, *_args):
        region_code = self.region_combo.currentData()
        previous = self.province_combo.currentData()
        self.province_combo.clear()
        self.province_combo.addItem(self.tr("All provinces"), None)
        provinces = self._choices.provinces.get(region_code, []) if self._choices and region_code else []
        for code, name in provinces:
            self.province_combo.addItem(self.tr("{name} ({code})").format(name=name, code=code), code)
        index = self.province_combo.findData(previous) if previous else 0
        self.province_combo.setCurrentIndex(max(index, 0))
        self.province_combo.setEnabled(bool(provinces))

    def _fill_tree(self, units):
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        folder_icon = QgsApplication.getThemeIcon("/mIconFolder.svg")

        if units is None:
            self._fill_tree_unavailable(bold, folder_icon)
            return

        for unit_catalogue in units:
            unit_item = QTreeWidgetItem([unit_catalogue.title])
            unit_item.setFont(0, bold)
            unit_item.setIcon(0, folder_icon)
            unit_item.setData(0, UNIT_ROLE, unit_catalogue.unit.code)
            unit_item.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(unit_item)

            for entry in unit_catalogue.entries:
                entry_item = QTreeWidgetItem([entry.title])
                entry_item.setData(0, ENTRY_ROLE, entry)
                entry_item.setData(0, UNIT_ROLE, unit_catalogue.unit.code)
                entry_item.setIcon(0, self._entry_icon(entry))
                entry_item.setToolTip(0, entry.description or entry.title)
                unit_item.addChild(entry_item)

            if not unit_catalogue.has_data:
                unit_item.addChild(self._hint_item(unit_catalogue.import_hint))
            unit_item.setExpanded(True)

    def _fill_tree_unavailable(self, bold, folder_icon):
        """List the units even without a database, each saying why it is empty."""
        for unit in THEMATIC_UNITS:
            unit_item = QTreeWidgetItem([unit.label()])
            unit_item.setFont(0, bold)
            unit_item.setIcon(0, folder_icon)
            unit_item.setFlags(Qt.ItemIsEnabled)
            self.tree.addTopLevelItem(unit_item)
            unit_item.addChild(self._hint_item(self.tr("Not available: the observatory database could not be opened.")))
            unit_item.setExpanded(True)

    def _hint_item(self, text):
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemIsEnabled)
        item.setForeground(0, HINT_COLOUR)
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        item.setFont(0, italic)
        item.setToolTip(0, text)
        return item

    @staticmethod
    def _entry_icon(entry):
        if entry.geometry_type:
            return QgsApplication.getThemeIcon(_GEOMETRY_ICONS.get(entry.geometry_type.upper(), "/mIconVector.svg"))
        return QgsApplication.getThemeIcon("/mIconTableLayer.svg")

    # Adding layers

    def selected_entry(self):
        items = self.tree.selectedItems()
        if not items:
            return None
        return items[0].data(0, ENTRY_ROLE)

    def _update_add_button(self):
        self.add_button.setEnabled(self.selected_entry() is not None)

    def _add_item(self, item, _column=0):
        if item.data(0, ENTRY_ROLE) is not None:
            self.tree.setCurrentItem(item)
            self.add_selected_layer()

    def add_selected_layer(self):
        """Add the selected layer to the project, in its unit's group; return the layer or None."""
        entry = self.selected_entry()
        if entry is None:
            return None

        region_code = self.region_combo.currentData()
        province_code = self.province_combo.currentData()
        try:
            layer = make_layer(self.database_path, entry, self.language, region_code, province_code)
        except (ObservatoryError, sqlite3.Error) as error:
            log_error(f"Layer catalogue: cannot add {entry.layer_name} ({entry.indicator_code}): {error}")
            self._push_message(str(error), Qgis.Critical)
            return None

        project = QgsProject.instance()
        project.addMapLayer(layer, False)
        self._unit_group(project, entry.unit_code).insertLayer(0, layer)
        log(f"Layer catalogue: added {layer.name()} ({layer.featureCount()} features) from {self.database_path}")

        if layer.featureCount() == 0:
            self._push_message(self.tr("Layer {name} has no features in the chosen territory.").format(
                name=layer.name()), Qgis.Warning)
        return layer

    def _unit_group(self, project, unit_code):
        """Return the layer-tree group named after the unit, created on top when missing."""
        title = self._unit_title(unit_code)
        root = project.layerTreeRoot()
        group = root.findGroup(title)
        if group is None:
            group = root.insertGroup(0, title)
        return group

    def _unit_title(self, unit_code):
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(0, UNIT_ROLE) == unit_code:
                return item.text(0)
        return unit_code

    def _push_message(self, text, level):
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            bar.pushMessage(self.tr("ESS layer catalogue"), text, level, 8)

    # Settings

    def open_settings(self):
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec_():
            self.reload()
