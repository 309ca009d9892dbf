"""Triage, replies, contacts and emergencies through the real widgets (pytest-qt).

The action panel is driven on its own with messages written to a real vault;
the mail program is replaced by a recorder so the ``mailto:`` URL handed to it
can be checked; results are read back from the widgets and the vault.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Booking, BookingCancellation, Contact, MessageHold, MessageTag
from desktop.policy.afterfollow import HoldReason, Trigger
from desktop.policy.bookings import Channel, Requester
from desktop.services import bookings
from desktop.vault.store import OpenVault
from desktop.views.common import mail_program
from desktop.views.common.worker import wait_for_background_work
from desktop.views.contacts.contacts_page import ContactsPage
from desktop.views.contacts.emergency_dialog import EmergencyDialog
from desktop.views.contacts.new_contact_dialog import NewContactDialog
from desktop.views.inbox.message_actions import MessageActions
from tests.helpers.followup import (
    add_client,
    add_message,
    completed_session,
    confirmed_booking,
    day_at,
    menu_item,
)
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, run_modal, tick, type_text


def idle() -> None:
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    yield opened
    idle()
    opened.close()


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The mail program: records every URL instead of opening it."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(mail_program, "opener", record)
    return urls


@pytest.fixture
def panel(qtbot: QtBot, vault: OpenVault) -> MessageActions:
    actions = MessageActions()
    qtbot.addWidget(actions)
    actions.set_vault(vault)
    actions.show()
    return actions


def show(qtbot: QtBot, panel: MessageActions, message_id: int) -> None:
    panel.show_message(message_id)
    qtbot.waitUntil(lambda: panel.eligibility_label.text() != "", timeout=SLOW_MS)
    idle()


def test_p_afterfollow_online_only_sender_is_told_to_propose_in_person(
    qtbot: QtBot, vault: OpenVault, panel: MessageActions
) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    completed_session(vault, client, menu_item(vault, "online_video"))
    show(qtbot, panel, add_message(vault, client_id=client))
    assert "propose an in-person session" in panel.eligibility_label.text()
    assert panel.propose_button.font().bold()


def test_triage_a_message_with_a_trigger_then_hold_it(
    qtbot: QtBot, vault: OpenVault, panel: MessageActions
) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    completed_session(vault, client, menu_item(vault, "in_person"))
    message = add_message(vault, client_id=client, body="先生に決めてほしいです。")
    show(qtbot, panel, message)
    assert panel.eligibility_label.text().startswith("After-follow")
    assert not panel.hold_actions[HoldReason.CONSULTATION_CONTENT].isVisible()
    with qtbot.waitSignal(panel.changed, timeout=SLOW_MS) as changed:
        tick(qtbot, panel.trigger_checks[Trigger.DEPENDENCY])
    assert changed.args == [message]
    idle()
    assert panel.trigger_checks[Trigger.DEPENDENCY].isChecked()
    with qtbot.waitSignal(panel.changed, timeout=SLOW_MS):
        panel.hold_actions[HoldReason.TRIGGER].trigger()
    idle()
    assert panel.hold_label.text().startswith("Held: No longer after-follow")
    with vault.unit_of_work() as session:
        assert [t.trigger for t in session.scalars(select(MessageTag))] == ["dependency"]
        assert session.scalars(select(MessageHold.reason)).all() == ["trigger"]


def test_p_premeet_consultation_before_meeting_is_held_from_the_panel(
    qtbot: QtBot, vault: OpenVault, panel: MessageActions
) -> None:
    prospect = add_client(vault, "佐藤 一郎")
    message = add_message(vault, client_id=prospect, body="家族のことで相談したいのですが…")
    show(qtbot, panel, message)
    assert panel.eligibility_label.text().startswith("Not yet met")
    assert not panel.hold_actions[HoldReason.TRIGGER].isVisible()
    with qtbot.waitSignal(panel.changed, timeout=SLOW_MS):
        panel.hold_actions[HoldReason.CONSULTATION_CONTENT].trigger()
    idle()
    assert panel.hold_label.text().startswith("Held: Consultation by email")
    with vault.unit_of_work() as session:
        assert session.scalars(select(MessageHold.message_id)).all() == [message]


def test_reply_hands_a_mailto_url_to_the_mail_program_and_logs_it(
    qtbot: QtBot, vault: OpenVault, panel: MessageActions, opened_urls: list[str]
) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    completed_session(vault, client, menu_item(vault, "in_person"))
    message = add_message(vault, client_id=client, subject="近況のご報告")
    show(qtbot, panel, message)
    click(qtbot, panel.reply_button)
    dialog = panel.reply_dialog
    qtbot.waitUntil(lambda: dialog.text_edit.toPlainText() != "", timeout=SLOW_MS)
    assert dialog.template_combo.currentText() == "After-follow reply"
    dialog.text_edit.moveCursor(dialog.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.text_edit, "お大事に。")
    with qtbot.waitSignal(dialog.replied, timeout=SLOW_MS):
        click(qtbot, dialog.open_button)
    idle()
    assert len(opened_urls) == 1
    url = urlsplit(opened_urls[0])
    assert url.scheme == "mailto" and unquote(url.path) == "hanako@example.jp"
    query = parse_qs(url.query)
    assert query["subject"] == ["Re: 近況のご報告"]
    body = query["body"][0]
    assert body.startswith("Dear 山田 花子,\r\n") and body.endswith("\r\nお大事に。")
    with vault.unit_of_work() as session:
        logged = session.scalars(select(Contact)).one()
        assert (logged.basis, logged.reply_to_message_id, logged.channel) == ("reply", message, "email")
        assert logged.text == body.replace("\r\n", "\n")
    click(qtbot, dialog.open_button)  # a second hand-over is not a second contact
    idle()
    with vault.unit_of_work() as session:
        assert len(session.scalars(select(Contact)).all()) == 1
    dialog.close()


def test_propose_in_person_opens_an_inquiry_and_the_proposal(
    qtbot: QtBot, vault: OpenVault, panel: MessageActions, opened_urls: list[str]
) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    completed_session(vault, client, menu_item(vault, "online_phone"))
    message = add_message(vault, client_id=client)
    show(qtbot, panel, message)
    click(qtbot, panel.propose_button)
    qtbot.waitUntil(lambda: getattr(panel, "reply_dialog", None) is not None, timeout=SLOW_MS)
    dialog = panel.reply_dialog
    qtbot.waitUntil(lambda: "an in-person session?" in dialog.text_edit.toPlainText(), timeout=SLOW_MS)
    assert dialog.template_combo.currentText() == "Proposal of an in-person session"
    assert "booking inquiry" in panel.status_label.text()
    with vault.unit_of_work() as session:
        inquiries = session.scalars(select(Booking).where(Booking.status == "inquiry")).all()
        assert [(b.client_id, b.channel) for b in inquiries] == [(client, "email")]
    dialog.close()


def _wait_combo(qtbot: QtBot, combo_count: object) -> None:
    qtbot.waitUntil(combo_count, timeout=SLOW_MS)  # type: ignore[arg-type]


def test_p_contact_new_contact_cannot_be_logged_without_a_basis(qtbot: QtBot, vault: OpenVault) -> None:
    client = add_client(vault, "山田 花子", "hanako@example.jp")
    booking = bookings.create_booking(  # an exception names the upcoming booking it concerns
        vault, client_id=client, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    page = ContactsPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    dialog = page.new_contact()
    assert isinstance(dialog, NewContactDialog)
    type_text(qtbot, dialog.search_edit, "山田")
    qtbot.waitUntil(lambda: dialog.client_combo.currentData() == client, timeout=SLOW_MS)
    idle()
    type_text(qtbot, dialog.note_edit, "体調を崩したため")
    assert dialog.basis() is None and not dialog.log_button.isEnabled()
    assert dialog.basis_hint.text() == "No basis, no contact."
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("counsellor_unavailable"))
    dialog.booking_combo.setCurrentIndex(dialog.booking_combo.findData(booking))
    assert dialog.log_button.isEnabled()
    with qtbot.waitSignal(dialog.logged, timeout=SLOW_MS):
        click(qtbot, dialog.log_button)
    idle()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=SLOW_MS)
    assert page.table.item(0, 1).text() == "山田 花子"
    assert page.table.item(0, 2).text() == "Counsellor unavailable"
    with vault.unit_of_work() as session:
        assert session.scalars(select(Contact.basis)).all() == ["counsellor_unavailable"]


def test_p_emergency_dialog_cancels_the_period_without_fee_and_queues_contacts(
    qtbot: QtBot, vault: OpenVault, opened_urls: list[str]
) -> None:
    item = menu_item(vault, "in_person")
    hanako = add_client(vault, "山田 花子", "hanako@example.jp")
    booking_id = confirmed_booking(vault, hanako, item, day_at(date(2030, 9, 2), 10))
    page = ContactsPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    dialog = page.declare_emergency()
    assert isinstance(dialog, EmergencyDialog)
    dialog.first_edit.setDate(QDate(2030, 9, 1))
    dialog.last_edit.setDate(QDate(2030, 9, 3))
    qtbot.waitUntil(lambda: dialog.bookings_list.count() == 1, timeout=SLOW_MS)
    assert "山田 花子" in dialog.bookings_list.item(0).text()
    assert not dialog.apply_button.isEnabled()  # no issuing body yet
    type_text(qtbot, dialog.issuer_edit, "気象庁")
    assert dialog.apply_button.text() == "Cancel all without fee"
    with qtbot.waitSignal(page.emergency_declared, timeout=SLOW_MS):
        run_modal(  # it asks first, naming the booking
            dialog,
            "emergencyConfirmBox",
            lambda: click(qtbot, dialog.apply_button),
            lambda box: click(qtbot, child(box, QAbstractButton, "emergencyConfirmButton")),
        )
    idle()
    with vault.unit_of_work() as session:
        cancellation = session.scalars(select(BookingCancellation)).one()
        assert (cancellation.booking_id, cancellation.fee_yen, cancellation.fee_waived) == (
            booking_id,
            0,
            True,
        )
        contact = session.scalars(select(Contact)).one()
        assert (contact.basis, contact.status) == ("disaster", "queued")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=SLOW_MS)
    assert page.queued_check.isChecked() and "(to be made)" in page.table.item(0, 0).text()
    page.table.selectRow(0)
    assert page.made_button.isEnabled()
    click(qtbot, page.mail_button)  # the ready message goes to the mail program, then counts as made
    url = urlsplit(opened_urls[0])
    assert unquote(url.path) == "hanako@example.jp"
    assert "No cancellation fee is charged." in parse_qs(url.query)["body"][0]
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=SLOW_MS)
    with vault.unit_of_work() as session:
        assert session.scalars(select(Contact.status)).all() == ["made"]
    QApplication.processEvents()


def test_danger_phrases_are_edited_in_settings_and_reflag_messages(qtbot: QtBot, vault: OpenVault) -> None:
    from desktop.models import Message
    from desktop.views.settings.danger_settings import DangerSettings

    client = add_client(vault, "山田 花子")
    message = add_message(vault, client_id=client, body="夜になると不安でネムレナイ")
    group = DangerSettings()
    qtbot.addWidget(group)
    group.set_vault(vault)
    qtbot.waitUntil(lambda: "死にたい" in group.phrases_edit.toPlainText(), timeout=SLOW_MS)
    assert "only an aid" in group.note_label.text()
    group.phrases_edit.moveCursor(group.phrases_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(group.phrases_edit, Qt.Key.Key_Return)
    type_text(qtbot, group.phrases_edit, "ねむれない")
    with qtbot.waitSignal(group.saved, timeout=SLOW_MS) as saved:
        click(qtbot, group.save_button)
    assert saved.args[0][-1] == "ねむれない"
    idle()
    with vault.unit_of_work() as session:
        assert session.get(Message, message).danger  # type: ignore[union-attr]


AFTER_FOLLOW_MAIL = (
    "From: hanako@example.jp\r\nTo: office@sorakumo.example\r\n"
    "Subject: =?UTF-8?B?" + base64.b64encode("近況です".encode()).decode() + "?=\r\n"
    "Date: Tue, 03 Nov 2026 09:00:00 +0900\r\nMessage-ID: <af-1@example.jp>\r\n"
    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "先生に全部決めてほしいです。\r\n"
).encode()


def test_inbox_triage_with_a_trigger_hold_and_reply_through_the_inbox(
    qtbot: QtBot, vault: OpenVault, tmp_path: Path, opened_urls: list[str]
) -> None:
    from PySide6.QtWidgets import QTableView

    from desktop.views.inbox.inbox_page import InboxPage
    from tests.ui.drive import child
    from tests.ui.inbox.test_inbox_page import drop_files

    client = add_client(vault, "山田 花子", "hanako@example.jp")
    completed_session(vault, client, menu_item(vault, "in_person"))
    page = InboxPage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.set_vault(vault)
    (tmp_path / "af.eml").write_bytes(AFTER_FOLLOW_MAIL)
    drop_files(qtbot, page, [tmp_path / "af.eml"])
    page.show_view("after_follow")
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() == 1, timeout=SLOW_MS)
    child(page, QTableView, "threadTable").selectRow(0)
    panel = page.actions_panel
    qtbot.waitUntil(lambda: panel.eligibility_label.text().startswith("After-follow"), timeout=SLOW_MS)
    with qtbot.waitSignal(panel.changed, timeout=SLOW_MS):
        tick(qtbot, panel.trigger_checks[Trigger.DEPENDENCY])
    idle()
    click(qtbot, panel.reply_button)
    dialog = panel.reply_dialog
    qtbot.waitUntil(lambda: dialog.open_button.isEnabled(), timeout=SLOW_MS)
    assert dialog.template_combo.currentText() == "Proposal of an in-person session"
    with qtbot.waitSignal(dialog.replied, timeout=SLOW_MS):
        click(qtbot, dialog.open_button)
    assert opened_urls and parse_qs(urlsplit(opened_urls[0]).query)["subject"] == ["Re: 近況です"]
    dialog.close()
    with qtbot.waitSignal(panel.changed, timeout=SLOW_MS):
        panel.hold_actions[HoldReason.TRIGGER].trigger()
    idle()
    page.show_view("held")
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() == 1, timeout=SLOW_MS)
    with vault.unit_of_work() as session:
        assert session.scalars(select(Contact.basis)).all() == ["reply"]
        assert session.scalars(select(MessageHold.reason)).all() == ["trigger"]
    page.clear()
    idle()


def test_a_too_long_danger_phrase_gets_one_sentence_and_keeps_the_text(
    qtbot: QtBot, vault: OpenVault
) -> None:
    from desktop.views.settings.danger_settings import DangerSettings

    group = DangerSettings()
    qtbot.addWidget(group)
    group.set_vault(vault)
    qtbot.waitUntil(group.isEnabled, timeout=SLOW_MS)
    group.phrases_edit.setPlainText("死にたい\n" + "長" * 41)
    click(qtbot, group.save_button)
    qtbot.waitUntil(lambda: group.status_label.text() != "", timeout=SLOW_MS)
    assert (
        group.status_label.text()
        == "A danger phrase can be at most 40 characters: “長長長長長長長長長長長長…”."
    )
    assert group.phrases_edit.toPlainText() == "死にたい\n" + "長" * 41
    assert group.save_button.isEnabled()
