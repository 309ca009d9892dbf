"""QApplication set-up: names, translators, style, the controller, and Ctrl+C / SIGTERM.

A Python signal handler runs only when the interpreter runs, and Qt's event
loop waits in C++: without help Ctrl+C in the terminal does nothing until the
next mouse move. On POSIX the signal's byte goes through
``signal.set_wakeup_fd`` into a pipe that a ``QSocketNotifier`` watches, so
the loop wakes at once; on Windows (where the wake-up needs a socket, which
this app never opens) a short timer gives the interpreter its turn. Either
way the handler locks the session through the controller — the vault closed,
its key dropped, the clipboard cleared — and then quits with exit code 0.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME
from desktop.vault.files import default_vault_dir
from desktop.views.common import preferences
from desktop.views.common.translation import apply_language
from desktop.views.common.wheel_guard import guard_windows_on_focus
from desktop.views.controller import DesktopController

ORGANIZATION = "Sorakumo"

log = logging.getLogger(__name__)


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the window system; the language from preferences; the wheel
    guard on every window's fields."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Sorakumo Desk")
        app.setDesktopFileName(APP_NAME)
        guard_windows_on_focus(app)
    apply_language(preferences.language())


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sorakumo-desk")
    parser.add_argument("--vault", metavar="DIR", help="vault folder to open")
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def create_app(argv: Sequence[str]) -> tuple[QApplication, DesktopController]:
    """The application and its controller, configured but not started."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its plugin chatter says nothing useful
    args = _parse(argv)
    app = QApplication(list(argv))
    configure_application(app)
    folder = (
        Path(args.vault).expanduser()
        if args.vault
        else (preferences.last_vault_folder() or default_vault_dir())
    )
    controller = DesktopController(folder)
    app.aboutToQuit.connect(controller.shutdown)
    return app, controller


#: Windows only: how often the interpreter gets a turn to run a signal handler.
SIGNAL_POLL_MS = 200


def quit_on_signals(app: QApplication, controller: DesktopController) -> QObject:
    """SIGINT and SIGTERM lock the session and quit; returns the object that keeps the loop listening."""

    def handle(signum: int, _frame: object) -> None:
        log.info("signal %d: locking and quitting", signum)
        QTimer.singleShot(0, app, lambda: (controller.lock(), app.quit()))

    if os.name == "posix":
        read_end, write_end = os.pipe()
        os.set_blocking(read_end, False)
        os.set_blocking(write_end, False)
        signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
        notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)
        # Reading the byte is all: the Python handler runs as soon as this slot returns to Python.
        notifier.activated.connect(lambda: _drain(read_end))
        listener: QObject = notifier
    else:
        timer = QTimer(app)
        timer.timeout.connect(lambda: None)
        timer.start(SIGNAL_POLL_MS)
        listener = timer
    signal.signal(signal.SIGINT, handle)
    signal.signal(signal.SIGTERM, handle)
    return listener


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Open the window; returns the process exit code."""
    app, controller = create_app(list(sys.argv if argv is None else argv))
    quit_on_signals(app, controller)
    controller.start()
    return app.exec()
