"""Opening the client list on the demo vault, in one process (a child of ``python -m tests.bench``).

``python -m tests.bench.clients_child VAULT REPEATS`` reads the vault's
database key as hex from one line of standard input, opens the vault once
(not timed) and alternates two timings:

* baseline: a bare ``QMainWindow`` created, shown and painted (as in
  :mod:`tests.bench.unlock_child`);
* app: a :class:`desktop.views.clients.clients_page.ClientsPage` created, given the
  vault (``set_vault``), resized to the main window's size and shown; the
  clock stops when a paint pass has drawn the list's viewport while its model
  holds rows, that is the list with its first rows on screen (see
  :mod:`tests.bench._paint`), however the page loads them.

A first round of each is a discarded warm-up. Prints ``RESULT {json}`` with
the millisecond lists.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from desktop.app import configure_application
from desktop.vault import store
from desktop.vault.store import OpenVault
from tests.bench._paint import FirstPaint
from tests.bench.startup_child import TIMEOUT_S, WINDOW_SIZE
from tests.bench.unlock_child import _settle, time_bare_window


def showing_rows(page: Callable[[], QWidget | None]) -> Callable[[QWidget], bool]:
    """Match the viewport of an item view inside the page whose model has rows."""

    def matches(widget: QWidget) -> bool:
        root = page()
        view = widget.parentWidget()
        if root is None or not isinstance(view, QAbstractItemView) or widget is not view.viewport():
            return False
        model = view.model()
        return root.isAncestorOf(view) and model is not None and model.rowCount() > 0

    return matches


def time_page(app: QApplication, vault: OpenVault, factory: Callable[[], QWidget]) -> float:
    """From constructing the page to the end of the first paint pass that shows its rows."""
    holder: list[QWidget] = []
    watch = FirstPaint(showing_rows(lambda: holder[0] if holder else None))
    start = time.perf_counter()
    page = factory()
    holder.append(page)
    page.set_vault(vault)  # type: ignore[attr-defined]
    page.resize(*WINDOW_SIZE)
    page.show()
    try:
        painted = watch.wait(TIMEOUT_S)
    except TimeoutError:
        raise RuntimeError("the client list never painted a row") from None
    page.close()
    page.deleteLater()
    _settle(app)
    return painted - start


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.bench.clients_child VAULT REPEATS < key-hex", file=sys.stderr)
        return 2
    folder, repeats = Path(argv[0]), int(argv[1])
    key = bytes.fromhex(sys.stdin.readline().strip())
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    configure_application(app)
    from desktop.views.clients.clients_page import ClientsPage

    vault = store.open_with_key(folder, key)
    if vault is None:
        raise RuntimeError("the key does not open the bench vault")
    baseline: list[float] = []
    opened: list[float] = []
    try:
        for round_ in range(repeats + 1):
            pair = (time_bare_window(app), time_page(app, vault, ClientsPage))
            if round_ == 0:
                continue  # warm-up
            baseline.append(pair[0] * 1000)
            opened.append(pair[1] * 1000)
    finally:
        _settle(app)
        vault.close()
    print("RESULT " + json.dumps({"baseline": baseline, "app": opened}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
