"""Screens of the Disclosures & consents section for ``scripts/screenshots.py``.

After the section's log: the request register, the disclosure dialog on a
client's consent, and the export dialog set for a third party.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from desktop.policy.disclosure import ConsentKind, HandOver
from desktop.services import consents
from desktop.views.controller import DesktopController
from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog


def disclosure_screens(
    controller: DesktopController, save: Callable[[str, QWidget], None], then: Callable[[], None]
) -> None:
    window = controller.window
    vault = controller.vault
    assert vault is not None
    in_force = next(
        c
        for c in consents.list_consents(vault)
        if c.draft.kind is ConsentKind.DISCLOSURE and c.withdrawn_on is None
    )
    assert in_force.client_id is not None
    client_id, name = in_force.client_id, in_force.client_name

    def requests() -> None:
        tabs = window.disclosures_page.findChild(QTabWidget, "disclosureTabs")
        assert tabs is not None
        tabs.setCurrentIndex(2)
        QTimer.singleShot(
            300, lambda: (save("disclosure-requests", window), tabs.setCurrentIndex(0), dialog())
        )

    def dialog() -> None:
        shown = DisclosureDialog(vault, client_id, name, hand_over=HandOver.FILE, parent=window)
        shown.resize(700, 640)
        shown.show()
        QTimer.singleShot(600, lambda: (save("disclosure-dialog", shown), shown.close(), export(), None)[-1])

    def export() -> None:
        shown = SubjectAccessDialog(vault, client_id, "", window)
        shown.show()
        shown.recipient_box.third_party_radio.setChecked(True)
        QTimer.singleShot(700, lambda: finish(shown))

    def finish(shown: QDialog) -> None:
        save("export-third-party", shown)
        shown.close()
        then()

    requests()
