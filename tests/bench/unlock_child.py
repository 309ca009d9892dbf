"""Unlock to main window, in one process (a child of ``python -m tests.bench``).

``python -m tests.bench.unlock_child VAULT REPEATS`` reads the vault's database
key as hex from one line of standard input, then alternates two timings:

* baseline: a bare ``QMainWindow`` created, shown and painted;
* app: a fresh :class:`DesktopController` is started and its unlock dialog is
  shown (not timed); then, timed, the key opens the vault on the vault thread
  (``store.open_with_key``: everything the real unlock does except Argon2id),
  the dialog hands the vault on as it does after a successful unlock (its
  ``unlocked`` signal, then ``accept()``), the controller shows the workspace,
  and the clock stops when the workspace's first paint pass is over.

A first round of each is a discarded warm-up. Prints ``RESULT {json}`` with
the millisecond lists.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.app import configure_application
from desktop.vault import store
from desktop.vault.store import OpenVault
from desktop.views.common.worker import run_in_background, wait_for_background_work
from desktop.views.controller import DesktopController
from tests.bench._paint import FirstPaint, in_window, inside
from tests.bench.startup_child import TIMEOUT_S, WINDOW_SIZE


def _settle(app: QApplication) -> None:
    wait_for_background_work()
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents(None, 0)  # includes deferred deletes


def time_bare_window(app: QApplication) -> float:
    start = time.perf_counter()
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    watch = FirstPaint(in_window(window))
    window.show()
    painted = watch.wait(TIMEOUT_S)
    window.close()
    window.deleteLater()
    _settle(app)
    return painted - start


#: The idle-lock period before the practice's own setting has loaded (the app's default).
IDLE_DEFAULT_MS = 5 * 60_000

notes: set[str] = set()


def time_unlock(app: QApplication, folder: Path, key: bytes) -> float:
    controller = DesktopController(folder)
    if controller.watcher.interval_ms() <= 0:
        # Until the settings load (off the GUI thread) the idle timer would run at 0 ms and
        # could lock the vault straight after unlocking; give it the default period instead.
        notes.add(
            "the idle-lock timer starts at 0 ms until the practice settings load, so the app can "
            "lock itself right after unlocking (a race); the bench set it to the 5-minute default"
        )
        controller.watcher.set_interval_ms(IDLE_DEFAULT_MS)
    dialog_shown = FirstPaint(lambda widget: widget.window().objectName() == "unlockDialog")
    controller.start()
    dialog_shown.wait(TIMEOUT_S)
    _settle(app)
    dialog = controller.unlock_dialog
    workspace = controller.window.findChild(QWidget, "workspace")
    if dialog is None or workspace is None or controller.vault is not None:
        raise RuntimeError("the window is not waiting for the passphrase")
    failures: list[Exception] = []

    def opened(vault: OpenVault | None) -> None:
        if vault is None:
            failures.append(RuntimeError("the key does not open the bench vault"))
            return
        dialog.unlocked.emit(vault)
        dialog.accept()

    watch = FirstPaint(inside(workspace))
    start = time.perf_counter()
    run_in_background(
        lambda: store.open_with_key(folder, key),
        owner=dialog,
        on_success=opened,
        on_failure=failures.append,
    )
    try:
        painted = watch.wait(TIMEOUT_S)
    except TimeoutError:
        if failures:
            raise failures[0] from None
        raise
    if controller.vault is None:
        raise RuntimeError("the vault was locked again straight after unlocking")
    _settle(app)
    controller.window.close()  # closes the vault, as quitting does
    controller.window.deleteLater()
    _settle(app)
    return painted - start


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.bench.unlock_child VAULT REPEATS < key-hex", file=sys.stderr)
        return 2
    folder, repeats = Path(argv[0]), int(argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    configure_application(app)
    baseline: list[float] = []
    unlock: list[float] = []
    for round_ in range(repeats + 1):
        pair = (time_bare_window(app), time_unlock(app, folder, key))
        if round_ == 0:
            continue  # warm-up
        baseline.append(pair[0] * 1000)
        unlock.append(pair[1] * 1000)
    print("RESULT " + json.dumps({"baseline": baseline, "app": unlock, "notes": sorted(notes)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
