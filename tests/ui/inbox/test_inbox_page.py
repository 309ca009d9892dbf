"""The Inbox section through its real widgets: import by drop, danger first, calls, linking senders.

Files are dropped on the page as a file manager drops them (a drag-enter and
a drop event carrying ``file://`` URLs); outcomes are read from the widgets
and from the vault, and the corpus is compared exactly with what was stored.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Message
from desktop.services import clients, practice_settings
from desktop.services.inbox.mail_import import ImportReport
from desktop.vault.store import OpenVault
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.common.worker import wait_for_background_work
from desktop.views.inbox.call_dialog import CallDialog
from desktop.views.inbox.inbox_model import InboxModel
from desktop.views.inbox.inbox_page import InboxPage
from desktop.views.inbox.sender_dialogs import LinkSenderDialog, ProspectDialog
from tests.helpers import mail_corpus as corpus
from tests.helpers.vaults import make_vault
from tests.security.test_no_plaintext_mail import MARKER, marked_message, scan
from tests.ui.drive import SLOW_MS, child, click, type_text
from tests.ui.test_no_network import no_sockets  # noqa: F401 (a fixture, used by name)
from tests.unit.test_mail_real_world import HTML_PART, alternative


def _word(text: str) -> str:
    return f"=?UTF-8?B?{base64.b64encode(text.encode()).decode()}?="


#: A message that mentions a default danger phrase, written in katakana and split by a line break.
DANGER_MAIL = (
    f"From: {_word('匿名')} <anon@example.net>\r\nTo: office@sorakumo.example\r\n"
    f"Subject: {_word('ご相談')}\r\nDate: Mon, 02 Nov 2026 09:00:00 +0900\r\n"
    "Message-ID: <danger-1@example.net>\r\nContent-Type: text/plain; charset=UTF-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "最近、死に\r\nタイと思うことがあります。\r\n"
).encode()


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    clients.create_client(
        opened, draft=clients.ClientDraft(full_name="佐藤 花子", email=corpus.SATO, status="active")
    )
    settings = practice_settings.load(opened)  # the corpus holds the practice's own sent reply
    practice_settings.save(opened, replace(settings, practice_addresses=(corpus.PRACTICE,)))
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault) -> Iterator[InboxPage]:
    shown = InboxPage()
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(lambda: bool(child(shown, QLabel, "threadCountLabel").text()), timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def drop_files(qtbot: QtBot, page: InboxPage, paths: list[Path]) -> object:
    """Drag ``paths`` over the page and drop them; return the import report the page emits."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(page.width() // 2, page.height() // 2)
    enter = QDragEnterEvent(
        where, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(where),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.imported, timeout=SLOW_MS) as imported:
        QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    return imported.args[0]


def test_a_message_imported_with_a_defect_is_named_in_the_report_in_the_counsellors_language(
    qtbot: QtBot, page: InboxPage, tmp_path: Path
) -> None:
    unclosed = tmp_path / "予約.eml"
    unclosed.write_bytes(alternative(closed=False, html=HTML_PART))
    imported = drop_files(qtbot, page, [unclosed])
    assert isinstance(imported, ImportReport)
    report = child(page, QLabel, "importReportLabel").text().splitlines()
    assert report == [
        "Imported 1 message.",
        "Imported, but check it: 予約.eml — "
        "the message has no closing MIME boundary, so its end may be missing.",
    ]
    apply_language(Language.JAPANESE)
    try:
        japanese = page.report_text(imported).splitlines()[1]
    finally:
        apply_language(Language.ENGLISH)
    assert japanese == (
        "取り込みましたが、内容をご確認ください：予約.eml — "
        "MIME の終わりの区切りがないため、メールの末尾が欠けている可能性があります。"
    )


def _table_column(page: InboxPage, column: int) -> list[str]:
    model = child(page, QTableView, "threadTable").model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _show_all(qtbot: QtBot, page: InboxPage) -> None:
    tabs = child(page, QTabBar, "inboxViewTabs")
    tabs.setCurrentIndex(4)
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() > 0, timeout=SLOW_MS)


def test_dropping_the_corpus_imports_it_exactly_and_names_each_refused_file(
    qtbot: QtBot, page: InboxPage, vault: OpenVault, tmp_path: Path
) -> None:
    paths = corpus.write_corpus(tmp_path / "mail")
    drop_files(qtbot, page, paths)
    report = child(page, QLabel, "importReportLabel").text().splitlines()
    assert report[0] == "Imported 13 messages; 2 already in the vault were skipped."
    assert set(report[1:]) == {f"Not imported: {name} — {reason}." for name, reason in corpus.REFUSED.items()}
    with vault.unit_of_work() as session:
        rows = list(session.scalars(select(Message)))
        stored = {row.message_id or "": corpus.Expected.of(row) for row in rows}
    assert stored == corpus.EXPECTED

    _show_all(qtbot, page)
    # The report described the list as the import left it; another view drops it (issue 14).
    assert not child(page, QLabel, "importReportLabel").isVisible()
    subjects = _table_column(page, InboxModel.SUBJECT)
    assert subjects[0] == corpus.RAW_SUBJECT  # the newest first
    assert corpus.ISO_SUBJECT in subjects and f"Re: {corpus.ISO_SUBJECT}" not in subjects  # one thread


def test_the_reader_shows_the_thread_and_the_message_in_full(
    qtbot: QtBot, page: InboxPage, tmp_path: Path
) -> None:
    drop_files(qtbot, page, corpus.write_corpus(tmp_path / "mail")[:8])
    _show_all(qtbot, page)
    row = _table_column(page, InboxModel.SUBJECT).index(corpus.ISO_SUBJECT)
    table = child(page, QTableView, "threadTable")
    table.selectRow(row)
    messages = child(page, QListWidget, "threadMessageList")
    qtbot.waitUntil(lambda: messages.count() == 2, timeout=SLOW_MS)
    reader = child(page, QTextBrowser, "messageReader")
    messages.setCurrentRow(0)
    text = reader.toPlainText()
    assert corpus.ISO_BODY in text and corpus.ISO_SUBJECT in text and "佐藤 花子" in text
    messages.setCurrentRow(1)
    assert corpus.REPLY_BODY in reader.toPlainText()
    assert "Sent" in messages.item(1).text()


def test_p_afterfollow_the_danger_phrase_message_is_on_top_and_marked_as_an_aid(
    qtbot: QtBot, page: InboxPage, tmp_path: Path
) -> None:
    (tmp_path / "danger.eml").write_bytes(DANGER_MAIL)
    drop_files(qtbot, page, [*corpus.write_corpus(tmp_path / "mail")[:5], tmp_path / "danger.eml"])
    _show_all(qtbot, page)
    assert _table_column(page, InboxModel.SUBJECT)[0] == "ご相談"
    states = _table_column(page, InboxModel.STATE)
    assert states[0].startswith("⚠ Check first (aid)")
    assert not any("aid" in state for state in states[1:])
    assert "aid to reading, not a judgement" in child(page, QLabel, "dangerAidLabel").text()
    child(page, QTabBar, "inboxViewTabs").setCurrentIndex(3)  # Not matched
    qtbot.waitUntil(
        lambda: wait_for_background_work() and _table_column(page, InboxModel.SUBJECT)[:1] == ["ご相談"]
    )


def test_a_call_is_logged_into_the_selected_thread(qtbot: QtBot, page: InboxPage, tmp_path: Path) -> None:
    drop_files(qtbot, page, corpus.write_corpus(tmp_path / "mail")[:1])
    _show_all(qtbot, page)
    child(page, QTableView, "threadTable").selectRow(0)
    qtbot.waitUntil(lambda: child(page, QListWidget, "threadMessageList").count() == 1, timeout=SLOW_MS)
    click(qtbot, child(page, QPushButton, "logCallButton"))
    dialog = page.findChild(CallDialog, "callDialog")
    assert dialog is not None
    child(dialog, QSpinBox, "callMinutesSpin").setValue(15)
    click(qtbot, child(dialog, QPushButton, "callOkButton"))
    qtbot.waitUntil(lambda: bool(child(dialog, QLabel, "callErrorLabel").text()), timeout=SLOW_MS)
    assert child(dialog, QLabel, "callErrorLabel").text() == "Write a short summary of the call."
    type_text(qtbot, child(dialog, QPlainTextEdit, "callSummaryEdit"), "火曜の十時で確認した。")
    with qtbot.waitSignal(dialog.logged, timeout=SLOW_MS):
        click(qtbot, child(dialog, QPushButton, "callOkButton"))
    messages = child(page, QListWidget, "threadMessageList")
    qtbot.waitUntil(lambda: messages.count() == 2, timeout=SLOW_MS)
    assert "Call, 15 min" in messages.item(1).text()
    assert _table_column(page, InboxModel.COUNT)[0] == "2 (calls: 1)"


def test_an_unmatched_sender_is_linked_or_made_a_prospect(
    qtbot: QtBot, page: InboxPage, vault: OpenVault, tmp_path: Path
) -> None:
    drop_files(
        qtbot, page, [p for p in corpus.write_corpus(tmp_path / "mail") if p.name.startswith(("02", "04"))]
    )
    child(page, QTabBar, "inboxViewTabs").setCurrentIndex(3)
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() == 2, timeout=SLOW_MS)
    table = child(page, QTableView, "threadTable")
    table.selectRow(_table_column(page, InboxModel.SUBJECT).index(corpus.SJIS_SUBJECT))
    link = child(page, QPushButton, "linkSenderButton")
    qtbot.waitUntil(link.isVisible, timeout=SLOW_MS)
    click(qtbot, link)
    dialog = page.findChild(LinkSenderDialog, "linkSenderDialog")
    assert dialog is not None
    type_text(qtbot, child(dialog, QLineEdit, "linkSearchEdit"), "佐藤")
    clients_list = child(dialog, QListWidget, "linkClientList")
    qtbot.waitUntil(
        lambda: clients_list.count() == 1 and "佐藤" in clients_list.item(0).text(), timeout=SLOW_MS
    )
    with qtbot.waitSignal(dialog.matched, timeout=SLOW_MS):
        click(qtbot, child(dialog, QPushButton, "senderOkButton"))
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() == 1, timeout=SLOW_MS)

    table.selectRow(0)
    prospect_button = child(page, QPushButton, "createProspectButton")
    qtbot.waitUntil(prospect_button.isVisible, timeout=SLOW_MS)
    click(qtbot, prospect_button)
    prospect = page.findChild(ProspectDialog, "prospectDialog")
    assert prospect is not None
    click(qtbot, child(prospect, QPushButton, "senderOkButton"))
    qtbot.waitUntil(lambda: bool(child(prospect, QLabel, "senderErrorLabel").text()), timeout=SLOW_MS)
    type_text(qtbot, child(prospect, QLineEdit, "prospectNameEdit"), "ミュラー ルネ")
    with qtbot.waitSignal(prospect.matched, timeout=SLOW_MS) as made:
        click(qtbot, child(prospect, QPushButton, "senderOkButton"))
    qtbot.waitUntil(lambda: wait_for_background_work() and page.model.rowCount() == 0, timeout=SLOW_MS)
    assert clients.open_client(vault, client_id=made.args[0]).draft.status == "prospect"
    with vault.unit_of_work() as session:
        senders = dict(session.execute(select(Message.from_address, Message.client_id)).all())
    assert senders["renee@example.org"] == made.args[0]
    assert senders["takahashi@example.ne.jp"] is not None


def test_p_safeguard_a_dropped_message_leaves_no_trace_outside_the_vault(
    qtbot: QtBot, page: InboxPage, vault: OpenVault, tmp_path: Path
) -> None:
    since = time.time() - 1
    source = tmp_path / "incoming" / "marked.eml"
    source.parent.mkdir()
    source.write_bytes(marked_message())
    drop_files(qtbot, page, [source])
    _show_all(qtbot, page)
    child(page, QTableView, "threadTable").selectRow(0)
    reader = child(page, QTextBrowser, "messageReader")
    qtbot.waitUntil(lambda: MARKER in reader.toPlainText(), timeout=SLOW_MS)
    assert scan(tmp_path, vault.folder, source, since) == []


@pytest.mark.usefixtures("no_sockets")
def test_importing_and_reading_mail_opens_no_socket(qtbot: QtBot, page: InboxPage, tmp_path: Path) -> None:
    """Mail comes from files only (DESIGN: no network); an attempt would fail the import."""
    report = drop_files(qtbot, page, corpus.write_corpus(tmp_path / "mail")[:7])
    assert getattr(report, "imported", 0) == 7
    _show_all(qtbot, page)
    child(page, QTableView, "threadTable").selectRow(0)
    qtbot.waitUntil(lambda: bool(child(page, QTextBrowser, "messageReader").toPlainText()), timeout=SLOW_MS)
