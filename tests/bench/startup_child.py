"""One cold start, measured inside a fresh process (a child of ``python -m tests.bench``).

``python -m tests.bench.startup_child baseline`` shows a bare ``QMainWindow``;
``python -m tests.bench.startup_child app VAULT`` does what ``python -m desktop
--vault VAULT`` does up to the unlock dialog: the QApplication, its names and
language, the real :class:`DesktopController` and ``start()``, which shows the
window, looks for a remembered key off the GUI thread and opens the dialog.

The clock starts on the first line below, before PySide6 or the app is
imported, and stops when the first paint pass of the target window is over
(see :mod:`tests.bench._paint`): the bare window for the baseline, the unlock
dialog for the app. Prints ``RESULT <milliseconds>`` and exits 0.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import sys  # noqa: E402  (after the clock starts, on purpose)

TIMEOUT_S = 30.0
#: The main window's default size, so both windows paint the same area.
WINDOW_SIZE = (1120, 720)


def _baseline() -> float:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from tests.bench._paint import FirstPaint, in_window

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    watch = FirstPaint(in_window(window))
    window.show()
    painted = watch.wait(TIMEOUT_S)
    window.close()
    app.processEvents()
    return painted


def _app(folder: str) -> float:
    import logging
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.app import configure_application
    from desktop.views.common.worker import wait_for_background_work
    from desktop.views.controller import DesktopController
    from desktop.views.vault.unlock_dialog import UnlockDialog
    from tests.bench._paint import FirstPaint

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication(sys.argv[:1])
    configure_application(app)

    def is_unlock_dialog(widget: QWidget) -> bool:
        return isinstance(widget.window(), UnlockDialog)

    watch = FirstPaint(is_unlock_dialog)
    controller = DesktopController(Path(folder))
    controller.start()
    painted = watch.wait(TIMEOUT_S)
    if controller.vault is not None:
        raise RuntimeError("the vault opened without a passphrase: is a key remembered?")
    wait_for_background_work()
    return painted


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else ""
    if mode == "baseline":
        painted = _baseline()
    elif mode == "app" and len(argv) == 2:
        painted = _app(argv[1])
    else:
        print("usage: python -m tests.bench.startup_child baseline | app VAULT", file=sys.stderr)
        return 2
    print(f"RESULT {(painted - T0) * 1000:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
