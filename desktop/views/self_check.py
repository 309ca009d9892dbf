"""``--self-check DIR``: does this installed copy open a vault and draw its main screens?

For an installer's smoke test and for support ("does the program work on this
computer?"): the window opens a vault with the passphrase from one line of
standard input, shows the calendar, the clients and the inbox once each,
paints each into ``DIR/<section>.png``, prints the unlock dialog's title and
one line per section (its name as the sidebar shows it), both in the
interface language, and quits. The exit code
is 0 when every screen painted without a fault, 1 when a paint failed
(:mod:`desktop.views.common.failure_report` counted it), 2 when the vault did
not open in time. Nothing from the vault is printed: the pictures stay in the
folder the counsellor chose.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.views.common.failure_report import failures_reported
from desktop.views.controller import DesktopController
from desktop.views.sections import Section

#: Sections a counsellor opens first; each has its own painting (the week grid, lists, the reader).
CHECKED = (Section.CALENDAR, Section.CLIENTS, Section.INBOX)
#: Time the key derivation and the first reads may take on a slow machine before the check gives up.
DEADLINE_MS = 180_000

log = logging.getLogger(__name__)


def start_self_check(app: QApplication, controller: DesktopController, folder: Path) -> None:
    """Unlock with the passphrase from stdin, then paint each section and quit with the verdict."""
    folder.mkdir(parents=True, exist_ok=True)
    passphrase = sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    before = failures_reported()

    def give_up() -> None:
        print("self-check: the vault did not open", flush=True)
        app.exit(2)

    deadline = QTimer(app)
    deadline.setSingleShot(True)
    deadline.timeout.connect(give_up)

    def paint_sections() -> None:
        deadline.stop()
        window = controller.window
        for section in CHECKED:
            window.show_section(section)
            picture = folder / f"{section.value.key}.png"
            painted = window.grab().save(str(picture))  # grab() paints every visible widget now
            item = window.sidebar.currentItem()
            print(f"{section.value.key}\t{item.text()}\t{'painted' if painted else 'not saved'}", flush=True)
        faults = failures_reported() - before
        print(f"self-check: {window.windowTitle()}; {faults} painting faults", flush=True)
        controller.lock()
        app.exit(0 if faults == 0 else 1)

    controller.unlocked.connect(lambda: QTimer.singleShot(0, paint_sections))
    deadline.start(DEADLINE_MS)
    controller.start()
    dialog = controller.unlock_dialog
    if dialog is None:  # the key is remembered on this device: the vault opens by itself
        print("unlock\t(remembered on this device)", flush=True)
        return
    print(f"unlock\t{dialog.windowTitle()}", flush=True)
    dialog.passphrase_edit.setText(passphrase)
    dialog.unlock_button.click()
