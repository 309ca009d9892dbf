"""A session on one vault, in one process (a child of ``python -m tests.bench``).

``python -m tests.bench.session_child VAULT ROUNDS SWITCHES`` reads the vault's
database key as hex from one line of standard input, then:

* alternates a bare ``QMainWindow`` created, shown and painted (the baseline)
  with an unlock: a fresh :class:`DesktopController` shows its unlock dialog
  and — not timed — waits until the main window has been built in the
  background, as it is while the counsellor types; then, timed, the key opens
  the vault on the vault thread (``store.open_with_key``: everything the real
  unlock does except Argon2id), the dialog hands it on, and the clock stops
  when the workspace's first paint pass is over;
* after the last unlock, keeps the session open and measures how long after
  that first paint the vault thread stays busy, then the switch to Clients
  (a click on the built page until the list's first screenful is painted)
  and to Disclosures & consents (until the log's first screenful) when
  SWITCHES is 1 (a vault with clients), and the process's peak memory.

The first round is a discarded warm-up. Prints ``RESULT {json}``.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from desktop.app import configure_application
from desktop.vault import store
from desktop.vault.store import OpenVault
from desktop.views.common.worker import run_in_background, vault_pool, wait_for_background_work
from desktop.views.controller import DesktopController
from desktop.views.sections import Section
from tests.bench._paint import FirstPaint
from tests.bench.startup_child import TIMEOUT_S, WINDOW_SIZE

#: The vault thread counts as idle once it has had nothing to do for this long.
IDLE_SETTLE_S = 0.3


def _settle(app: QApplication) -> None:
    wait_for_background_work()
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents(None, 0)  # includes deferred deletes


def _spin_until(app: QApplication, done: object, what: str) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise RuntimeError(f"timed out waiting until {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def time_bare_window(app: QApplication) -> float:
    start = time.perf_counter()
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    watch = FirstPaint(window)
    window.show()
    painted = watch.wait(TIMEOUT_S)
    window.close()
    window.deleteLater()
    _settle(app)
    return painted - start


def open_session(app: QApplication, folder: Path, key: bytes) -> tuple[DesktopController, float, float]:
    """Unlock as the window does; (controller, seconds to the painted workspace, painted at)."""
    controller = DesktopController(folder)
    controller.start()
    _spin_until(app, lambda: controller.window_built, "the window was built behind the unlock dialog")
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

    watch = FirstPaint(workspace)
    start = time.perf_counter()
    run_in_background(
        lambda: store.open_with_key(folder, key), owner=dialog, on_success=opened, on_failure=failures.append
    )
    try:
        painted = watch.wait(TIMEOUT_S)
    except TimeoutError:
        if failures:
            raise failures[0] from None
        raise
    if controller.vault is None:
        raise RuntimeError("the vault was locked again straight after unlocking")
    return controller, painted - start, painted


def close_session(app: QApplication, controller: DesktopController) -> None:
    _settle(app)
    controller.window.close()  # closes the vault, as quitting does
    controller.window.deleteLater()
    _settle(app)


def vault_thread_busy_after(app: QApplication, painted: float) -> float:
    """Seconds from ``painted`` until the vault thread last had work (0 when it had none)."""
    pool = vault_pool()
    last_busy = painted
    idle_since: float | None = None
    deadline = time.perf_counter() + TIMEOUT_S
    while time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        now = time.perf_counter()
        if pool.activeThreadCount() > 0:
            last_busy, idle_since = now, None
        elif idle_since is None:
            idle_since = now
        elif now - idle_since >= IDLE_SETTLE_S:
            return max(0.0, last_busy - painted)
    raise RuntimeError("the vault thread never became idle")


def time_switch(app: QApplication, controller: DesktopController, section: Section, view_name: str) -> float:
    """From choosing ``section`` in the sidebar until its list's first screenful is painted."""
    view = controller.window.page(section).findChild(QAbstractItemView, view_name)
    if view is None:
        raise RuntimeError(f"no list {view_name!r} in the {section.value.key} section")
    model = view.model()
    watch = FirstPaint(view.viewport(), lambda: model.rowCount() > 0)
    start = time.perf_counter()
    controller.window.show_section(section)
    try:
        painted = watch.wait(TIMEOUT_S)
    except TimeoutError:
        raise RuntimeError(f"the {section.value.key} list never painted a row") from None
    _settle(app)
    return painted - start


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m tests.bench.session_child VAULT ROUNDS SWITCHES < key-hex", file=sys.stderr)
        return 2
    folder, rounds, switches = Path(argv[0]), int(argv[1]), argv[2] == "1"
    key = bytes.fromhex(sys.stdin.readline().strip())
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    configure_application(app)
    baseline: list[float] = []
    unlock: list[float] = []
    for round_ in range(rounds + 1):
        bare = time_bare_window(app)
        controller, seconds, painted = open_session(app, folder, key)
        if round_ < rounds:
            close_session(app, controller)
        if round_:  # the first is a warm-up
            baseline.append(bare * 1000)
            unlock.append(seconds * 1000)
    busy = vault_thread_busy_after(app, painted)
    clients = time_switch(app, controller, Section.CLIENTS, "clientList") if switches else None
    disclosures = (
        time_switch(app, controller, Section.DISCLOSURES, "disclosureLogTable") if switches else None
    )
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    close_session(app, controller)
    result = {
        "baseline": baseline,
        "unlock": unlock,
        "busy_ms": busy * 1000,
        "clients_ms": clients * 1000 if clients is not None else None,
        "disclosures_ms": disclosures * 1000 if disclosures is not None else None,
        "peak_kb": peak_kb,
    }
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
