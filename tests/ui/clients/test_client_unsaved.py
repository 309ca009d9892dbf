"""Nothing typed is lost by moving to another client, and passing over a client does not open it.

The Clients page over a real encrypted vault: edits are typed into the real
fields, rows are clicked or arrowed to, the question is answered (through
``_ask_unsaved`` or, once, by clicking the real message box), and every outcome
is read back from the widgets and the database, audit trail included.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent, Client, ConsultationNote, NoteRevision
from desktop.services import clients, consultation_notes
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.clients import clients_page
from desktop.views.clients.clients_page import Choice, ClientsPage
from desktop.views.clients.notes_panel import NotesPanel
from desktop.views.common.worker import wait_for_background_work
from desktop.views.main_window import MainWindow
from desktop.views.sections import Section
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, type_into, type_text

NAMES = ["伊藤 美咲", "加藤 健", "佐藤 太郎", "田中 陽子", "中村 翔", "山田 花子"]
READINGS = [
    "いとう みさき",
    "かとう けん",
    "さとう たろう",
    "たなか ようこ",
    "なかむら しょう",
    "やまだ はなこ",
]


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def ids(vault: OpenVault) -> dict[str, int]:
    """Six clients, listed in this order (gojūon order of the reading)."""
    return {
        name: clients.create_client(vault, draft=ClientDraft(name, reading, occupation="会社員")).id
        for name, reading in zip(NAMES, READINGS, strict=True)
    }


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault, ids: dict[str, int]) -> Iterator[ClientsPage]:
    shown = ClientsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(lambda: listed_names(shown) == NAMES, timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


class Answers:
    """Stands in for the question: answers with ``choice`` and counts how often it was asked."""

    def __init__(self, choice: Choice) -> None:
        self.choice = choice
        self.asked = 0

    def __call__(self) -> Choice:
        self.asked += 1
        return self.choice


def answer(monkeypatch: pytest.MonkeyPatch, page: ClientsPage, choice: Choice) -> Answers:
    answers = Answers(choice)
    monkeypatch.setattr(page, "_ask_unsaved", answers)
    return answers


# --- reading and driving the page -----------------------------------------------------------------


def listed_names(page: ClientsPage) -> list[str]:
    model = child(page, QTableView, "clientList").model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def selected_name(page: ClientsPage) -> str | None:
    table = child(page, QTableView, "clientList")
    rows = table.selectionModel().selectedRows()
    current = table.currentIndex()
    if not rows or not current.isValid():
        return None
    assert [index.row() for index in rows] == [current.row()]
    return str(current.data())


def name_shown(page: ClientsPage) -> str:
    return child(page, QLineEdit, "clientNameEdit").text()


def click_row(qtbot: QtBot, page: ClientsPage, name: str) -> None:
    table = child(page, QTableView, "clientList")
    centre = table.visualRect(table.model().index(NAMES.index(name), 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def choose(qtbot: QtBot, page: ClientsPage, name: str) -> None:
    """Click the row and wait until the record and its notes are on screen."""
    click_row(qtbot, page, name)
    qtbot.waitUntil(lambda: name_shown(page) == name, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: child(page, QAbstractButton, "addNoteButton").isEnabled(), timeout=SLOW_MS)
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


def occupation_edit(page: ClientsPage) -> QLineEdit:
    return child(page, QLineEdit, "clientOccupationEdit")


def settle() -> None:
    """Let every piece of vault work finish and its result arrive."""
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


# --- reading the vault ----------------------------------------------------------------------------


def stored(vault: OpenVault, client_id: int) -> Client:
    settle()
    with vault.unit_of_work() as session:
        client = session.get(Client, client_id)
        assert client is not None
        session.expunge(client)
        return client


def viewed(vault: OpenVault) -> list[int | None]:
    """The client ids of every audited view, oldest first."""
    settle()
    with vault.unit_of_work() as session:
        return list(
            session.scalars(
                select(AuditEvent.entity_id)
                .where(AuditEvent.action == "client.viewed")
                .order_by(AuditEvent.id)
            )
        )


def actions(vault: OpenVault) -> list[str]:
    settle()
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def note_texts(vault: OpenVault, client_id: int) -> list[str]:
    settle()
    with vault.unit_of_work() as session:
        return list(
            session.scalars(
                select(NoteRevision.text)
                .join(ConsultationNote)
                .where(ConsultationNote.client_id == client_id)
                .order_by(NoteRevision.id)
            )
        )


# --- the record -----------------------------------------------------------------------------------


def test_save_changes_saves_the_record_then_opens_the_chosen_client(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.SAVE)
    choose(qtbot, page, "佐藤 太郎")
    type_into(qtbot, occupation_edit(page), "教員")

    click_row(qtbot, page, "山田 花子")

    qtbot.waitUntil(lambda: name_shown(page) == "山田 花子", timeout=SLOW_MS)
    assert answers.asked == 1
    assert occupation_edit(page).text() == "会社員"
    assert stored(vault, ids["佐藤 太郎"]).occupation == "教員"
    assert actions(vault)[-2:] == ["client.changed", "client.viewed"]
    assert viewed(vault)[-1] == ids["山田 花子"]
    qtbot.waitUntil(lambda: selected_name(page) == "山田 花子", timeout=SLOW_MS)


def test_save_changes_that_are_refused_stays_on_the_client_and_shows_why(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.SAVE)
    choose(qtbot, page, "佐藤 太郎")
    type_into(qtbot, occupation_edit(page), "教員")
    type_into(qtbot, child(page, QLineEdit, "clientEmailEdit"), "taro@")

    click_row(qtbot, page, "山田 花子")

    status = child(page, QLabel, "clientEditorStatusLabel")
    qtbot.waitUntil(lambda: status.text() == "Nothing was saved: check the marked fields.", timeout=SLOW_MS)
    settle()
    assert answers.asked == 1
    assert child(page, QLabel, "emailError").text() == "An email address looks like name@example.jp."
    assert child(page, QLabel, "emailError").isVisible()
    assert (name_shown(page), occupation_edit(page).text()) == ("佐藤 太郎", "教員")
    assert selected_name(page) == "佐藤 太郎"
    assert stored(vault, ids["佐藤 太郎"]).occupation == "会社員"
    assert ids["山田 花子"] not in viewed(vault)
    assert page.editor.has_unsaved_changes()


def test_discard_drops_the_edits_and_opens_the_chosen_client(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.DISCARD)
    choose(qtbot, page, "佐藤 太郎")
    type_into(qtbot, occupation_edit(page), "教員")

    click_row(qtbot, page, "山田 花子")

    qtbot.waitUntil(lambda: name_shown(page) == "山田 花子", timeout=SLOW_MS)
    assert answers.asked == 1
    assert stored(vault, ids["佐藤 太郎"]).occupation == "会社員"
    assert "client.changed" not in actions(vault)
    choose(qtbot, page, "佐藤 太郎")  # nothing typed now: no question
    assert answers.asked == 1
    assert occupation_edit(page).text() == "会社員"


def test_keep_editing_stays_on_the_client_with_everything_typed(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.KEEP_EDITING)
    choose(qtbot, page, "佐藤 太郎")
    type_into(qtbot, occupation_edit(page), "教員")
    type_text(qtbot, child(page, QPlainTextEdit, "clientPrivateNotesEdit"), "紹介: 知人から")

    click_row(qtbot, page, "山田 花子")
    qtbot.waitUntil(lambda: answers.asked == 1, timeout=SLOW_MS)
    assert selected_name(page) == "佐藤 太郎"

    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    assert answers.asked == 2

    settle()
    assert name_shown(page) == "佐藤 太郎"
    assert occupation_edit(page).text() == "教員"
    assert child(page, QPlainTextEdit, "clientPrivateNotesEdit").toPlainText() == "紹介: 知人から"
    assert child(page, QLabel, "clientTitleLabel").text() == "佐藤 太郎"
    assert selected_name(page) == "佐藤 太郎"
    assert viewed(vault) == [ids["佐藤 太郎"]]
    assert stored(vault, ids["佐藤 太郎"]).occupation == "会社員"


def test_a_new_client_typed_but_not_saved_is_asked_about_and_saved(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.SAVE)
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    assert not page.editor.has_unsaved_changes()  # an empty form has nothing to lose
    type_into(qtbot, child(page, QLineEdit, "clientNameEdit"), "鈴木 一郎")
    type_into(qtbot, child(page, QLineEdit, "clientReadingEdit"), "すずき いちろう")

    click_row(qtbot, page, "伊藤 美咲")

    qtbot.waitUntil(lambda: name_shown(page) == "伊藤 美咲", timeout=SLOW_MS)
    assert answers.asked == 1
    settle()
    with vault.unit_of_work() as session:
        assert session.scalars(select(Client.full_name).where(Client.full_name == "鈴木 一郎")).all() == [
            "鈴木 一郎"
        ]
    qtbot.waitUntil(lambda: "鈴木 一郎" in listed_names(page), timeout=SLOW_MS)
    qtbot.waitUntil(lambda: selected_name(page) == "伊藤 美咲", timeout=SLOW_MS)


# --- the note -------------------------------------------------------------------------------------


def test_unsaved_note_text_is_asked_about_and_saved(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.SAVE)
    choose(qtbot, page, "山田 花子")
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    type_text(qtbot, child(page, QPlainTextEdit, "noteTextEdit"), "初回面談。睡眠の悩み")
    assert page.notes.has_unsaved_changes()
    assert not page.editor.has_unsaved_changes()

    click_row(qtbot, page, "佐藤 太郎")

    qtbot.waitUntil(lambda: name_shown(page) == "佐藤 太郎", timeout=SLOW_MS)
    assert answers.asked == 1
    assert note_texts(vault, ids["山田 花子"]) == ["初回面談。睡眠の悩み"]
    qtbot.waitUntil(lambda: child(page, QAbstractButton, "addNoteButton").isEnabled(), timeout=SLOW_MS)
    assert child(page, QPlainTextEdit, "noteTextEdit").toPlainText() == ""
    assert viewed(vault)[-1] == ids["佐藤 太郎"]


def test_the_real_question_box_is_answered_by_clicking_discard(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int]
) -> None:
    choose(qtbot, page, "伊藤 美咲")
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    type_text(qtbot, child(page, QPlainTextEdit, "noteTextEdit"), "書きかけ")
    seen: list[tuple[str, str, list[str]]] = []

    def answer_when_shown() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsavedChangesBox":
            return  # not open yet: look again on the next tick
        poll.stop()
        buttons = [button.text() for button in box.buttons()]
        seen.append((box.windowTitle(), box.text(), buttons))
        qtbot.mouseClick(child(box, QAbstractButton, "discardChangesButton"), Qt.MouseButton.LeftButton)

    poll = QTimer(interval=10)
    poll.timeout.connect(answer_when_shown)
    poll.start()
    try:
        click_row(qtbot, page, "加藤 健")
        qtbot.waitUntil(lambda: bool(seen), timeout=SLOW_MS)
    finally:
        poll.stop()

    title, text, buttons = seen[0]
    assert title == "Unsaved changes"
    assert text == "Some of what you typed for this client is not saved yet."
    assert sorted(buttons) == ["Discard", "Keep editing", "Save changes"]
    qtbot.waitUntil(lambda: name_shown(page) == "加藤 健", timeout=SLOW_MS)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert note_texts(vault, ids["伊藤 美咲"]) == []
    assert viewed(vault)[-1] == ids["加藤 健"]
    assert child(page, QPlainTextEdit, "noteTextEdit").toPlainText() == ""


# --- lock -----------------------------------------------------------------------------------------


def test_lock_drops_unsaved_edits_without_asking(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.SAVE)
    choose(qtbot, page, "田中 陽子")
    type_into(qtbot, occupation_edit(page), "看護師")
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    type_text(qtbot, child(page, QPlainTextEdit, "noteTextEdit"), "書きかけのメモ")

    page.clear()
    settle()

    assert answers.asked == 0
    assert occupation_edit(page).text() == ""
    assert child(page, QPlainTextEdit, "noteTextEdit").toPlainText() == ""
    assert not page.editor.has_unsaved_changes() and not page.notes.has_unsaved_changes()
    assert not page.isEnabled()
    assert stored(vault, ids["田中 陽子"]).occupation == "会社員"
    assert note_texts(vault, ids["田中 陽子"]) == []
    assert "client.changed" not in actions(vault)


# --- opening only where the selection rests -------------------------------------------------------


def test_arrowing_through_the_list_opens_only_where_the_selection_rests(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = answer(monkeypatch, page, Choice.KEEP_EDITING)
    choose(qtbot, page, "伊藤 美咲")
    before = len(viewed(vault))
    table = child(page, QTableView, "clientList")
    table.setFocus()

    for _ in range(5):
        qtbot.keyClick(table, Qt.Key.Key_Down)

    assert selected_name(page) == "山田 花子"
    qtbot.waitUntil(lambda: name_shown(page) == "山田 花子", timeout=SLOW_MS)
    opened = viewed(vault)[before:]
    assert 1 <= len(opened) <= 2
    assert opened[-1] == ids["山田 花子"]
    assert answers.asked == 0


def test_arrow_keys_wait_but_enter_and_a_click_open_at_once(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clients_page, "OPEN_DELAY_MS", 60_000)  # resting never ends within the test
    choose(qtbot, page, "伊藤 美咲")  # a click
    table = child(page, QTableView, "clientList")
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Down)
    settle()
    assert (selected_name(page), name_shown(page)) == ("加藤 健", "伊藤 美咲")
    assert viewed(vault) == [ids["伊藤 美咲"]]

    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: name_shown(page) == "加藤 健", timeout=SLOW_MS)
    assert viewed(vault) == [ids["伊藤 美咲"], ids["加藤 健"]]


def test_note_drafts_survive_looking_at_another_note_and_are_all_saved(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = ids["山田 花子"]
    for day, text in ((date(2026, 10, 1), "一回目の記録"), (date(2026, 10, 8), "二回目の記録")):
        consultation_notes.add_note(vault, client_id=client_id, occurred_on=day, text=text)
    answers = answer(monkeypatch, page, Choice.SAVE)
    choose(qtbot, page, "山田 花子")
    notes = child(page, QListWidget, "noteList")
    qtbot.waitUntil(lambda: notes.count() == 2, timeout=SLOW_MS)
    text_edit = child(page, QPlainTextEdit, "noteTextEdit")

    notes.setCurrentRow(0)  # newest first: 二回目
    text_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, text_edit, "(追記)")
    notes.setCurrentRow(1)  # 一回目: its own text, the draft kept aside
    assert text_edit.toPlainText() == "一回目の記録"
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    type_text(qtbot, text_edit, "新しい記録")
    notes.setCurrentRow(0)
    assert text_edit.toPlainText() == "二回目の記録(追記)"  # nothing typed is lost
    panel = page.findChild(NotesPanel)
    assert panel is not None and panel.has_unsaved_changes()

    click_row(qtbot, page, "佐藤 太郎")

    qtbot.waitUntil(lambda: name_shown(page) == "佐藤 太郎", timeout=SLOW_MS)
    assert answers.asked == 1
    texts = note_texts(vault, client_id)
    assert "二回目の記録(追記)" in texts and "新しい記録" in texts
    assert texts.count("一回目の記録") == 1  # the untouched note got no new revision


def test_closing_the_window_asks_first_and_keep_editing_keeps_it_open(
    qtbot: QtBot, vault: OpenVault, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_unlocked(vault)
    window.show()
    window.show_section(Section.CLIENTS)  # a section reads the vault when it is first shown
    page = window.clients_page
    qtbot.waitUntil(lambda: listed_names(page) == NAMES, timeout=SLOW_MS)
    choose(qtbot, page, "山田 花子")
    type_into(qtbot, occupation_edit(page), "教員")
    answers = answer(monkeypatch, page, Choice.KEEP_EDITING)

    assert not window.close()
    assert window.isVisible() and answers.asked == 1
    assert occupation_edit(page).text() == "教員"

    answers.choice = Choice.SAVE
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=SLOW_MS)
    assert stored(vault, ids["山田 花子"]).occupation == "教員"
    window.show_locked()
