"""Screenshots of the follow-up screens: Contacts, the emergency dialog, a reply, the danger phrases.

Called from ``scripts/screenshots.py`` once the demo practice is in the vault;
each step waits for the widgets' background work, saves, and hands on to the
next, ending with ``then``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.models import Message
from desktop.policy.afterfollow import ReplyTemplate
from desktop.vault.store import OpenVault
from desktop.views.inbox.reply_dialog import ReplyDialog
from desktop.views.main_window import MainWindow
from desktop.views.sections import Section

Save = Callable[[str, QWidget], None]
#: The demo practice's next sessions lie in the fortnight after its reference date.
EMERGENCY_DAYS = (date(2026, 11, 1), date(2026, 11, 14))


def followup_shots(window: MainWindow, vault: OpenVault | None, save: Save, then: Callable[[], None]) -> None:
    """Contacts, then the emergency dialog over the demo week, a reply, and the danger phrases."""
    window.show_section(Section.CONTACTS)
    window.contacts_page.refresh()

    def contacts_shown() -> None:
        window.contacts_page.table.selectRow(0)
        save("contacts", window)
        dialog = window.contacts_page.declare_emergency()
        assert dialog is not None
        dialog.issuer_edit.setText("気象庁")
        dialog.first_edit.setDate(QDate(*EMERGENCY_DAYS[0].timetuple()[:3]))
        dialog.last_edit.setDate(QDate(*EMERGENCY_DAYS[1].timetuple()[:3]))
        QTimer.singleShot(700, lambda: emergency_shown(dialog))

    def emergency_shown(dialog: QWidget) -> None:
        save("emergency", dialog)
        dialog.close()
        message_id = None
        if vault is not None:
            with vault.unit_of_work() as session:
                message_id = session.scalar(
                    select(Message.id)
                    .where(Message.direction == "in", Message.client_id.is_not(None))
                    .limit(1)
                )
        if vault is None or message_id is None:
            danger_step()
            return
        reply = ReplyDialog(
            vault, message_id=message_id, template=ReplyTemplate.IN_PERSON_PROPOSAL, parent=window
        )
        reply.open()
        QTimer.singleShot(700, lambda: reply_shown(reply))

    def reply_shown(reply: QWidget) -> None:
        save("reply", reply)
        reply.close()
        danger_step()

    def danger_step() -> None:
        window.show_section(Section.SETTINGS)
        group = window.settings_page.danger_settings
        QTimer.singleShot(500, lambda: (save("danger-phrases", group), then()))

    QTimer.singleShot(700, contacts_shown)
