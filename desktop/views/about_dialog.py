"""About Sorakumo Desk: the version, the components shipped with their licences, and diagnostics.

The list of components is read from the installed distributions' metadata
(:mod:`desktop.components`), so it names what this copy actually ships. "Copy
diagnostics" puts on the clipboard what support needs — version, system, Qt,
and the end of the diagnostics log — which holds no personal data
(:mod:`desktop.diagnostics`).
"""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import diagnostics
from desktop.components import Component, app_version, shipped_components
from desktop.i18n import fill
from desktop.views.common.forms import Retranslatable, heading, named, primary_button

ICON_PX = 64


def diagnostics_text() -> str:
    """What "Copy diagnostics" copies: facts about this copy and this computer, then the log's end."""
    return "\n".join(
        (
            diagnostics.platform_summary(),
            f"Qt: {qVersion()} (PySide6 {PySide6.__version__})",
            f"Qt platform: {QGuiApplication.platformName()}",
            f"Log: {diagnostics.LOG_FILE_NAME} ({diagnostics.TAIL_LINES} last lines follow)",
            "",
            diagnostics.log_tail(),
        )
    )


class AboutDialog(Retranslatable, QDialog):
    """Opened from Help ▸ About; everything on it is read at opening, nothing from the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._components = shipped_components()
        icon = named(QLabel(), "aboutIcon")
        icon.setPixmap(QGuiApplication.windowIcon().pixmap(ICON_PX, ICON_PX))
        self._title = heading("aboutTitle")
        self._purpose = named(QLabel(), "aboutPurpose")
        self._purpose.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self._title)
        text.addWidget(self._purpose)
        top.addLayout(text, 1)
        self._licences = named(QTextBrowser(), "aboutLicences")
        self._licences.setOpenLinks(False)  # the app opens nothing on the network, not even a link
        self._log_place = named(QLabel(), "aboutLogFolder")
        self._log_place.setWordWrap(True)
        self._copy = named(QPushButton(), "copyDiagnosticsButton")
        self._copy.clicked.connect(self._copy_diagnostics)
        self._copied = named(QLabel(), "diagnosticsCopiedLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self._copy)
        row.addWidget(self._copied, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._licences, 1)
        layout.addWidget(self._log_place)
        layout.addLayout(row)
        self.resize(620, 560)
        self.retranslateUi()
        primary_button(self, buttons.button(QDialogButtonBox.StandardButton.Close))

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About this app"))
        self._title.setText(fill(self.tr("Sorakumo Desk %1"), (app_version(),)))
        self._purpose.setText(
            self.tr(
                "Practice records for a solo counsellor, kept encrypted on this computer. "
                "It never connects to the internet."
            )
        )
        self._licences.setHtml(self._licences_html())
        self._log_place.setText(
            fill(self.tr("The diagnostics log is kept in %1."), (str(diagnostics.log_dir()),))
        )
        self._copy.setText(self.tr("&Copy diagnostics"))
        self._copy.setToolTip(
            self.tr(
                "Copies the version, the system and the end of the diagnostics log, for support. "
                "The log holds no client data."
            )
        )

    def _licences_html(self) -> str:
        rows = [Component("Python", platform.python_version(), "PSF-2.0"), *self._components]
        cells = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in rows
        )
        qt_notice = fill(
            self.tr(
                "This program uses Qt %1 through PySide6 under the GNU Lesser General Public License "
                "version 3 (LGPL-3.0). Qt is a product of The Qt Company; its source code is "
                "available from the Qt Project, and you may replace the Qt libraries shipped with "
                "this program with your own build of the same version."
            ),
            (qVersion(),),
        )
        heading_text = self.tr("Components shipped with this program")
        columns = (self.tr("Component"), self.tr("Version"), self.tr("Licence"))
        header = "".join(f"<th align='left'>{html.escape(column)}</th>" for column in columns)
        return (
            f"<p>{html.escape(qt_notice)}</p><p><b>{html.escape(heading_text)}</b></p>"
            f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{cells}</table>"
        )

    @Slot()
    def _copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics_text())
        self._copied.setText(self.tr("Copied. Paste it into your message to support."))
