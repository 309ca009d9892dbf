"""One cold start, measured inside a fresh process (a child of ``python -m tests.bench``).

``python -m tests.bench.startup_child baseline`` shows a bare ``QMainWindow``;
``python -m tests.bench.startup_child app VAULT`` does what ``python -m desktop
--vault VAULT`` does up to the unlock dialog: the QApplication, its names and
language, the real :class:`DesktopController` and ``start()``, which shows the
window, looks for a remembered key off the GUI thread and opens the dialog.

The clock starts on the first line below, before PySide6 or the app is
imported, and stops when the first paint pass of the target window is over
(see :mod:`tests.bench._paint`): the bare window for the baseline, the unlock
dialog for the app. Prints ``RESULT <milliseconds> <peak memory in KiB>`` and
exits 0; the bare window's peak memory is the yardstick for the app's after
unlocking (:mod:`tests.bench.session_child`).
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import resource  # noqa: E402  (after the clock starts, on purpose)
import sys  # noqa: E402

TIMEOUT_S = 30.0
#: The main window's default size, so both windows paint the same area.
WINDOW_SIZE = (1120, 720)


def _baseline() -> float:
    from PySide6.QtWidgets import QApplication, QMainWindow

    from tests.bench._paint import FirstPaint

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    watch = FirstPaint(window)
    window.show()
    painted = watch.wait(TIMEOUT_S)
    window.close()
    app.processEvents()
    return painted


def _app(folder: str) -> float:
    import logging
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from desktop.app import configure_application
    from desktop.views.common.worker import wait_for_background_work
    from desktop.views.controller import DesktopController
    from tests.bench._paint import FirstPaint

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication(sys.argv[:1])
    configure_application(app)
    controller = DesktopController(Path(folder))
    controller.start()  # builds and opens the dialog; it paints in the event loop below
    if controller.unlock_dialog is None:
        raise RuntimeError("start() opened no unlock dialog: is a key remembered?")
    painted = FirstPaint(controller.unlock_dialog).wait(TIMEOUT_S)
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
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"RESULT {(painted - T0) * 1000:.3f} {peak_kb}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
