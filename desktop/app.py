"""QApplication set-up: names, translators, style, and the controller."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME
from desktop.vault.files import default_vault_dir
from desktop.views.common import preferences
from desktop.views.common.translation import apply_language
from desktop.views.controller import DesktopController

ORGANIZATION = "Sorakumo"


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the window system; the language from preferences."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Sorakumo Desk")
        app.setDesktopFileName(APP_NAME)
    apply_language(preferences.language())


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sorakumo-desk")
    parser.add_argument("--vault", metavar="DIR", help="vault folder to open")
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Open the window; returns the process exit code."""
    argv = list(sys.argv if argv is None else argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin chatter says nothing useful
    args = _parse(argv)
    app = QApplication(argv)
    configure_application(app)
    folder = (
        Path(args.vault).expanduser()
        if args.vault
        else (preferences.last_vault_folder() or default_vault_dir())
    )
    controller = DesktopController(folder)
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
