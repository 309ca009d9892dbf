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

import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_ID, APP_NAME, ORGANIZATION_DOMAIN
from desktop.components import app_version
from desktop.diagnostics import configure_logging
from desktop.launch_options import parse_window_args
from desktop.resources import icon_file
from desktop.vault.files import default_vault_dir
from desktop.views.common import preferences
from desktop.views.common.failure_report import install_reporter
from desktop.views.common.translation import apply_language
from desktop.views.common.wheel_guard import guard_windows_on_focus
from desktop.views.controller import DesktopController

ORGANIZATION = "Sorakumo"
APP_ICON = "sorakumo-desk.svg"

log = logging.getLogger(__name__)


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the window system, the icon; the language from preferences; the
    wheel guard on every window's fields."""
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(app_version())
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName("Sorakumo Desk")
        app.setDesktopFileName(APP_ID)  # packaging/linux/jp.sorakumo.desk.desktop
        app.setWindowIcon(QIcon(icon_file(APP_ICON)))
        guard_windows_on_focus(app)
    apply_language(preferences.language())


def _set_windows_app_id() -> None:
    """Windows groups the taskbar button and pins under this id, not under ``python.exe``'s."""
    if sys.platform == "win32":
        import ctypes

        try:
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
        except (AttributeError, OSError):  # an old or stripped-down Windows: the default grouping
            log.info("no AppUserModelID set")


def create_app(argv: Sequence[str]) -> tuple[QApplication, DesktopController]:
    """The application and its controller, configured but not started."""
    args, qt_args = parse_window_args(list(argv)[1:])
    configure_logging(debug=args.debug, console_level=logging.INFO)
    log.info("Sorakumo Desk %s starting", app_version())
    _set_windows_app_id()
    app = QApplication(list(argv)[:1] + qt_args)
    install_reporter(app)
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
    arguments = list(sys.argv if argv is None else argv)
    app, controller = create_app(arguments)
    quit_on_signals(app, controller)
    args, _qt_args = parse_window_args(arguments[1:])
    if args.self_check:
        from desktop.views.self_check import start_self_check

        start_self_check(app, controller, Path(args.self_check))
    else:
        controller.start()
    return app.exec()
