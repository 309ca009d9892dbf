"""Every dialog of the window for ``scripts/screenshots.py``, each in the fullest state it can show.

The dialogs and how to open them come from the same catalogue the size test
walks (``tests/ui/dialog_catalogue.py``), so a new dialog is photographed as
soon as the test knows it. Each is saved as ``<lang>-dialog-<name>.png``.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from desktop.vault.store import OpenVault

#: Time for a dialog's loads to arrive before it is drawn, and again after its fullest state.
SETTLE_MS = 700


def _file_name(qualified: str) -> str:
    """``desktop.views.calendar.booking_dialog.BookingDialog`` -> ``booking-dialog``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", qualified.rsplit(".", 1)[-1]).lower()


def dialog_screens(
    vault: OpenVault, parent: QWidget, save: Callable[[str, QWidget], None], then: Callable[[], None]
) -> None:
    from tests.ui.dialog_catalogue import OPENERS, make_world  # the repository root is on sys.path

    world = make_world(vault)
    scratch = Path(tempfile.mkdtemp(prefix="sorakumo-dialogs-"))
    waiting = list(OPENERS.items())

    def next_dialog() -> None:
        if not waiting:
            then()
            return
        name, opener = waiting.pop(0)
        dialog = opener.build(world, scratch)
        dialog.setParent(parent, dialog.windowFlags())
        dialog.show()
        QTimer.singleShot(SETTLE_MS, lambda: fullest(name, dialog, opener.fullest))

    def fullest(name: str, dialog: QDialog, reach: Callable[[QDialog], None]) -> None:
        reach(dialog)
        QTimer.singleShot(SETTLE_MS, lambda: shot(name, dialog))

    def shot(name: str, dialog: QDialog) -> None:
        save(f"dialog-{_file_name(name)}", dialog)
        dialog.close()
        dialog.deleteLater()
        next_dialog()

    next_dialog()
