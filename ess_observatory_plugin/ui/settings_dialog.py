"""The plugin settings dialog: which observatory database the plugin reads."""

import os
import sqlite3
from contextlib import closing

from qgis.core import QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ..core import database, settings
from ..core.errors import DatabaseError
from ..core.i18n import interface_language
from ..core.log import log

VALID_STYLE = "QLabel { color: #1b5e20; }"
INVALID_STYLE = "QLabel { color: #a50f15; }"


class SettingsDialog(QDialog):
    """Chooses the observatory database and stores the choice in the QGIS settings.

    Choosing the bundled database stores an empty path, so that the plugin
    keeps following its bundled file after an upgrade moves it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("ESS Observatory settings"))
        self.setMinimumWidth(560)
        if interface_language() == "ar":
            self.setLayoutDirection(Qt.RightToLeft)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The layer catalogue reads the observatory database chosen here, and the "
                               "regional diagnostic offers it as its default. Build a database with "
                               "Processing > ESS Observatory > Build observatory database."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setObjectName("databaseFileWidget")
        self.file_widget.setStorageMode(QgsFileWidget.GetFile)
        self.file_widget.setFilter(self.tr("GeoPackage (*.gpkg *.GPKG)"))
        self.file_widget.setDialogTitle(self.tr("Choose the observatory database"))
        form.addRow(self.tr("Observatory database"), self.file_widget)
        layout.addLayout(form)

        bundled_row = QHBoxLayout()
        self.bundled_button = QPushButton(self.tr("Use the bundled database"), self)
        self.bundled_button.setObjectName("bundledButton")
        self.bundled_button.setToolTip(settings.bundled_database())
        self.bundled_button.clicked.connect(self.use_bundled_database)
        bundled_row.addWidget(self.bundled_button)
        bundled_row.addStretch(1)
        layout.addLayout(bundled_row)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        chosen = QgsSettings().value(settings.DATABASE_KEY, "", type=str)
        self.file_widget.setFilePath(chosen or settings.bundled_database())
        self.file_widget.fileChanged.connect(self.validate)
        self.validate()

    def chosen_path(self):
        return self.file_widget.filePath().strip()

    def use_bundled_database(self):
        self.file_widget.setFilePath(settings.bundled_database())

    def validate(self, *_args):
        """Check the chosen file, show the result and return the error message or None."""
        error = self._database_error(self.chosen_path())
        if error is None:
            self.status_label.setStyleSheet(VALID_STYLE)
            self.status_label.setText(self._build_summary(self.chosen_path()))
        else:
            self.status_label.setStyleSheet(INVALID_STYLE)
            self.status_label.setText(error)
        return error

    def _database_error(self, path):
        """Return why ``path`` is not a usable observatory database, or None when it is."""
        if not path:
            return self.tr("Choose an observatory database file (.gpkg).")
        try:
            with closing(database.connect(path)):
                pass
        except DatabaseError as error:
            return str(error)
        except sqlite3.Error as error:
            return self.tr("Failed to read {path}: {error}.").format(path=path, error=error)
        return None

    def _build_summary(self, path):
        """Describe a valid database by its build date and commune count, when its build report has them."""
        try:
            with closing(database.connect(path)) as connection:
                report = dict(connection.execute("SELECT key, value FROM build_report"))
        except (DatabaseError, sqlite3.Error):
            report = {}
        built_at, communes = report.get("built_at"), report.get("communes")
        if built_at and communes:
            return self.tr("This file is an observatory database, built on {date} with {communes} communes.").format(
                date=str(built_at)[:10], communes=communes)
        return self.tr("This file is an observatory database.")

    def accept(self):
        """Store the chosen database, or keep the dialog open and show why it cannot be used."""
        if self.validate() is not None:
            return

        path = os.path.abspath(self.chosen_path())
        bundled = path == os.path.abspath(settings.bundled_database())
        settings.set_database_path("" if bundled else path)
        log(f"Observatory database set to {path}")
        super().accept()

