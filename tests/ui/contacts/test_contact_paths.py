"""Outbound contacts across screens: every path reaches the one gate (P-CONTACT, P-PREMEET, P-EMERGENCY).

Each test drives real widgets over a real encrypted vault whose clock the
test sets, and reads the outcome from the widgets and from the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from desktop.policy.afterfollow import HoldReason, ReplyTemplate
from desktop.policy.bookings import BookingStatus
from desktop.policy.contacts import Basis
from desktop.services import bookings, contacts
from desktop.services.inbox import triage
from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.common.worker import wait_for_background_work
from desktop.views.contacts.contacts_page import ContactsPage
from desktop.views.contacts.emergency_dialog import EmergencyDialog
from desktop.views.contacts.new_contact_dialog import NewContactDialog
from tests.helpers.clock import FakeClock
from tests.helpers.followup import add_client, add_message, confirmed_booking, menu_item
from tests.helpers.vaults import make_vault
from tests.ui.booking_drive import choose, idle
from tests.ui.drive import SLOW_MS, child, click, run_modal, type_into


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(datetime(2026, 12, 10, 9, 0))
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


def _contacts_page(qtbot: QtBot, vault: OpenVault) -> QTableWidget:
    page = ContactsPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.refresh()
    return child(page, QTableWidget, "contactsTable")


def test_p_premeet_reply_from_the_contacts_page_to_a_held_message_is_refused(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client = add_client(vault, "高橋三郎", "saburo@example.jp")
    message = add_message(vault, client_id=client, from_address="saburo@example.jp")
    dialog = NewContactDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, child(dialog, QLineEdit, "contactClientSearch"), "高橋")
    clients = child(dialog, QComboBox, "contactClientCombo")
    qtbot.waitUntil(lambda: clients.currentData() == client, timeout=SLOW_MS)
    choose(qtbot, child(dialog, QComboBox, "contactBasisCombo"), Basis.REPLY.value)
    replies = child(dialog, QComboBox, "contactReplyCombo")
    qtbot.waitUntil(lambda: replies.currentData() == message, timeout=SLOW_MS)
    templates = child(dialog, QComboBox, "contactTemplateCombo")
    qtbot.waitUntil(lambda: templates.count() > 0, timeout=SLOW_MS)
    offered = {templates.itemData(i) for i in range(templates.count())}
    assert ReplyTemplate.AFTER_FOLLOW.value not in offered  # not yet met: booking replies only
    choose(qtbot, templates, ReplyTemplate.BOOKING_POINTS.value)

    # Meanwhile the message is held from the inbox: the gate reads the hold again when logging.
    triage.hold_message(vault, message_id=message, reason=HoldReason.CONSULTATION_CONTENT)
    log = child(dialog, QAbstractButton, "logContactButton")
    assert log.isEnabled()
    click(qtbot, log)
    status = child(dialog, QLabel, "newContactStatusLabel")
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert "held" in status.text() and "hold notice or an in-person proposal" in status.text()
    assert dialog.isVisible()
    assert contacts.list_contacts(vault) == []

    # Chosen again, the message offers only what a held message may get.
    replies.setCurrentIndex(-1)
    replies.setCurrentIndex(0)
    qtbot.waitUntil(lambda: templates.count() == 2, timeout=SLOW_MS)
    assert {templates.itemData(i) for i in range(2)} == {
        ReplyTemplate.HOLD_NOTICE.value,
        ReplyTemplate.IN_PERSON_PROPOSAL.value,
    }
    assert "held" in child(dialog, QLabel, "contactReplyWhyLabel").text()


def test_p_contact_copied_confirmation_appears_in_contacts(qtbot: QtBot, vault: OpenVault) -> None:
    client = add_client(vault, "山田花子", "hanako@example.jp")
    booking = confirmed_booking(vault, client, menu_item(vault, "in_person"), datetime(2026, 12, 20, 14, 0))
    dialog = BookingDialog(vault, booking_id=booking)
    qtbot.addWidget(dialog)
    dialog.show()
    text = child(dialog, QLabel, "confirmationHintLabel")
    qtbot.waitUntil(lambda: "14:00" in dialog.confirmation.text_edit.toPlainText(), timeout=SLOW_MS)
    click(qtbot, child(dialog, QAbstractButton, "copyConfirmationButton"))
    qtbot.waitUntil(lambda: "logged in Contacts" in text.text(), timeout=SLOW_MS)
    idle()

    table = _contacts_page(qtbot, vault)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=SLOW_MS)
    assert table.item(0, 1).text() == "山田花子" and table.item(0, 2).text() == "Reply"
    (logged,) = contacts.list_contacts(vault)
    assert logged.template == "confirmation" and logged.booking_ids == (booking,)


def test_p_emergency_over_two_bookings_of_one_client_prepares_one_notice_naming_both(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client = add_client(vault, "山田花子", "hanako@example.jp")
    item = menu_item(vault, "in_person")
    first = confirmed_booking(vault, client, item, datetime(2026, 12, 20, 10, 0))
    second = confirmed_booking(vault, client, item, datetime(2026, 12, 21, 15, 0))
    dialog = EmergencyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, child(dialog, QLineEdit, "emergencyIssuerEdit"), "気象庁")
    dialog.last_edit.setDate(QDate(2026, 12, 21))
    dialog.first_edit.setDate(QDate(2026, 12, 20))
    bookings_list = dialog.bookings_list
    qtbot.waitUntil(lambda: bookings_list.count() == 2, timeout=SLOW_MS)
    asked: list[str] = []

    def confirm(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.extend((box.text(), box.informativeText()))
        click(qtbot, child(box, QAbstractButton, "emergencyConfirmButton"))

    with qtbot.waitSignal(dialog.declared, timeout=SLOW_MS):
        run_modal(dialog, "emergencyConfirmBox", lambda: click(qtbot, _apply_button(dialog)), confirm)
    idle()
    assert asked[0] == "Cancel 2 bookings without fee?"
    assert asked[1].count("山田花子") == 2 and "10:00" in asked[1] and "15:00" in asked[1]
    summary = child(dialog, QLabel, "emergencySummaryLabel")
    assert summary.text() == (
        "Done: 2 bookings cancelled without fee. 1 message is ready to send, under Contacts."
    )
    assert dialog.isVisible() and not _apply_button(dialog).isVisible()

    table = _contacts_page(qtbot, vault)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=SLOW_MS)
    (notice,) = contacts.list_contacts(vault)
    assert notice.queued and set(notice.booking_ids) == {first, second}
    assert "20 December 2026 at 10:00" in notice.text and "21 December 2026 at 15:00" in notice.text


def _apply_button(dialog: EmergencyDialog) -> QAbstractButton:
    return child(dialog, QAbstractButton, "emergencyApplyButton")


def test_p_emergency_going_back_from_the_question_changes_no_booking(qtbot: QtBot, vault: OpenVault) -> None:
    client = add_client(vault, "山田花子", "hanako@example.jp")
    booking = confirmed_booking(vault, client, menu_item(vault, "in_person"), datetime(2026, 12, 20, 10, 0))
    dialog = EmergencyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, child(dialog, QLineEdit, "emergencyIssuerEdit"), "気象庁")
    dialog.last_edit.setDate(QDate(2026, 12, 20))
    dialog.first_edit.setDate(QDate(2026, 12, 20))
    qtbot.waitUntil(lambda: dialog.bookings_list.count() == 1, timeout=SLOW_MS)

    run_modal(
        dialog,
        "emergencyConfirmBox",
        lambda: click(qtbot, _apply_button(dialog)),
        lambda box: click(qtbot, child(box, QAbstractButton, "emergencyBackButton")),
    )
    idle()

    assert bookings.open_booking(vault, booking_id=booking).status is BookingStatus.CONFIRMED
    assert contacts.list_contacts(vault) == []
    assert _apply_button(dialog).isEnabled()


def test_p_emergency_a_long_list_stays_on_screen_with_every_booking_under_details(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client = add_client(vault, "山田花子", "hanako@example.jp")
    item = menu_item(vault, "in_person")
    for day in range(10):
        confirmed_booking(vault, client, item, datetime(2026, 12, 14 + day, 10, 0))
    dialog = EmergencyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, child(dialog, QLineEdit, "emergencyIssuerEdit"), "気象庁")
    dialog.last_edit.setDate(QDate(2026, 12, 23))
    dialog.first_edit.setDate(QDate(2026, 12, 14))
    qtbot.waitUntil(lambda: dialog.bookings_list.count() == 10, timeout=SLOW_MS)
    asked: list[tuple[str, str]] = []

    def look(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        asked.append((box.informativeText(), box.detailedText()))
        click(qtbot, child(box, QAbstractButton, "emergencyBackButton"))

    run_modal(dialog, "emergencyConfirmBox", lambda: click(qtbot, _apply_button(dialog)), look)

    [(shown, details)] = asked
    assert shown.count("山田花子") == 8 and "…and 2 more bookings." in shown
    assert details.count("山田花子") == 10


def test_p_contact_sent_mail_outside_the_app_is_listed_until_its_basis_is_given(
    qtbot: QtBot, vault: OpenVault
) -> None:
    client = add_client(vault, "山田花子", "hanako@example.jp")
    asked = add_message(vault, client_id=client, subject="日程のご相談")
    add_message(
        vault, client_id=client, direction="out", from_address="office@sorakumo.example", subject="Re"
    )
    page = ContactsPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    box = page.sent_outside
    qtbot.waitUntil(lambda: box.isVisible() and box.list.count() == 1, timeout=SLOW_MS)
    box.list.setCurrentRow(0)
    dialog = box.give_basis()
    assert dialog is not None
    qtbot.addWidget(dialog)
    choose(qtbot, child(dialog, QComboBox, "contactBasisCombo"), Basis.REPLY.value)
    replies = child(dialog, QComboBox, "contactReplyCombo")
    qtbot.waitUntil(lambda: replies.currentData() == asked, timeout=SLOW_MS)
    assert not child(dialog, QComboBox, "contactTemplateCombo").isVisible()  # the mail already left
    with qtbot.waitSignal(box.basis_given, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "logContactButton"))
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=SLOW_MS)
    (logged,) = contacts.list_contacts(vault)
    assert logged.reply_to_message_id == asked
