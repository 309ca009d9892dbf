"""Help ▸ About: the version, every shipped component's licence, Qt's LGPL notice, and diagnostics.

Also the application's desktop identity as the window system sees it: the
window icon, the organisation's domain and the version from the package's
metadata.
"""

from __future__ import annotations

import logging
from importlib.metadata import version
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTextBrowser
from pytestqt.qtbot import QtBot

from desktop import APP_ID, ORGANIZATION_DOMAIN, diagnostics
from desktop.views.about_dialog import AboutDialog
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from tests.ui.conftest import ControllerFactory
from tests.ui.drive import child, click


def _open_about(qtbot: QtBot, make_controller: ControllerFactory) -> AboutDialog:
    controller = make_controller()
    controller.window.main_actions.about.trigger()
    dialog = controller.window.findChild(AboutDialog, "aboutDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_application_carries_its_identity(qapp: QApplication) -> None:
    assert qapp.applicationVersion() == version("sorakumo-desk")
    assert qapp.organizationDomain() == ORGANIZATION_DOMAIN
    assert QGuiApplication.desktopFileName() == APP_ID
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull() and not icon.pixmap(64, 64).isNull()


def test_about_lists_the_shipped_components_and_qt_s_licence(
    qtbot: QtBot, make_controller: ControllerFactory
) -> None:
    dialog = _open_about(qtbot, make_controller)
    assert child(dialog, QLabel, "aboutTitle").text() == f"Sorakumo Desk {version('sorakumo-desk')}"
    text = child(dialog, QTextBrowser, "aboutLicences").toPlainText()
    assert "GNU Lesser General Public License version 3 (LGPL-3.0)" in text
    for name in ("PySide6_Essentials", "SQLAlchemy", "sqlcipher3", "cryptography", "holidays", "Python"):
        assert name in text
    assert f"cryptography\n{version('cryptography')}\nApache-2.0 OR BSD-3-Clause\n" in text
    assert "pytest" not in text  # a test tool is not shipped


def test_copy_diagnostics_copies_version_system_and_the_log_s_end(
    qtbot: QtBot, make_controller: ControllerFactory
) -> None:
    assert diagnostics.configure_logging() is not None
    logging.getLogger("desktop.test").warning("marker line for the log tail")
    dialog = _open_about(qtbot, make_controller)
    click(qtbot, child(dialog, QPushButton, "copyDiagnosticsButton"))
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"Sorakumo Desk {version('sorakumo-desk')}\nSystem: ")
    assert "\nQt: " in copied and "marker line for the log tail" in copied
    assert str(Path.home()) not in copied  # the account's folder names the person


def test_about_in_japanese(qtbot: QtBot, make_controller: ControllerFactory) -> None:
    apply_language(Language.JAPANESE)
    dialog = _open_about(qtbot, make_controller)
    assert dialog.windowTitle() == "このアプリについて"
    assert child(dialog, QPushButton, "copyDiagnosticsButton").text() == "診断情報をコピー(&C)"
    assert "LGPL-3.0" in child(dialog, QTextBrowser, "aboutLicences").toPlainText()
