"""The Clients section: create, edit, search and annotate clients through the real widgets.

The page is built on its own over a real encrypted vault. Text is typed key by
key (Japanese and full-width digits included), buttons are clicked, and every
outcome is read back from the widgets and from the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent, Client, ConsultationNote, NoteRevision
from desktop.policy import personal_data as pd
from desktop.services import client_search, clients, consultation_notes
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.clients.clients_page import ClientsPage
from desktop.views.common.local_time import practice_today
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.vaults import make_vault
from tests.ui.drive import SLOW_MS, child, click, type_into, type_text

FIELDS = {
    "full_name": "clientNameEdit",
    "name_reading": "clientReadingEdit",
    "postal_code": "clientPostalEdit",
    "address": "clientAddressEdit",
    "birth_date": "clientBirthDateEdit",
    "occupation": "clientOccupationEdit",
    "phone": "clientPhoneEdit",
    "mobile": "clientMobileEdit",
    "email": "clientEmailEdit",
}


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened, _code = make_vault(tmp_path / "vault")
    yield opened
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, vault: OpenVault) -> Iterator[ClientsPage]:
    shown = ClientsPage()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    shown.set_vault(vault)
    qtbot.waitUntil(lambda: bool(child(shown, QLabel, "clientCountLabel").text()), timeout=SLOW_MS)
    yield shown
    shown.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()


@pytest.fixture
def practice(vault: OpenVault) -> dict[str, int]:
    """Three clients made through the services; a note for one of them."""
    people = {
        "山田 花子": ClientDraft(
            "山田 花子", "やまだ はなこ", mobile="090-1234-5678", email="hanako@example.jp", status="active"
        ),
        "佐藤 太郎": ClientDraft("佐藤 太郎", "サトウ タロウ", phone="055-123-4567", email="taro@example.jp"),
        "伊藤 美咲": ClientDraft("伊藤 美咲", "いとう みさき", status="closed"),
    }
    ids = {name: clients.create_client(vault, draft=draft).id for name, draft in people.items()}
    consultation_notes.add_note(
        vault, client_id=ids["伊藤 美咲"], occurred_on=date(2026, 11, 2), text="睡眠のリズムについて相談。"
    )
    return ids


# --- reading the page -----------------------------------------------------------------------------


def listed_names(page: ClientsPage) -> list[str]:
    """The names in the client list as shown (a row still loading shows the placeholder)."""
    model = child(page, QTableView, "clientList").model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def wait_for_list(qtbot: QtBot, page: ClientsPage, names: list[str]) -> None:
    qtbot.waitUntil(lambda: listed_names(page) == names, timeout=SLOW_MS)


def search_for(qtbot: QtBot, page: ClientsPage, text: str, names: list[str]) -> None:
    type_into(qtbot, child(page, QLineEdit, "clientSearchEdit"), text)
    wait_for_list(qtbot, page, names)


def choose(qtbot: QtBot, page: ClientsPage, name: str) -> None:
    """Click the client's row and wait for the record to open."""
    table = child(page, QTableView, "clientList")
    row = listed_names(page).index(name)
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: child(page, QLineEdit, "clientNameEdit").text() == name, timeout=SLOW_MS)


def save(qtbot: QtBot, page: ClientsPage) -> str:
    """Click Save and return what the status line says when the save has ended."""
    status = child(page, QLabel, "clientEditorStatusLabel")
    status.clear()
    click(qtbot, child(page, QAbstractButton, "saveClientButton"))
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    return status.text()


def fill(qtbot: QtBot, page: ClientsPage, **values: str) -> None:
    for field, text in values.items():
        type_into(qtbot, child(page, QLineEdit, FIELDS[field]), text)


def stored(vault: OpenVault) -> list[Client]:
    assert wait_for_background_work()
    with vault.unit_of_work() as session:
        rows = session.scalars(select(Client).order_by(Client.id)).all()
        session.expunge_all()
        return list(rows)


def actions(vault: OpenVault) -> list[str]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def error_under(page: ClientsPage, field: str) -> str:
    """The sentence shown under a field, or "" when none is visible."""
    label = child(page, QLabel, f"{field}Error")
    return label.text() if label.isVisible() else ""


# --- creating and editing -------------------------------------------------------------------------


def test_create_client_typing_japanese_and_full_width_digits(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    fill(
        qtbot,
        page,
        full_name="山田 花子",
        name_reading="やまだ はなこ",
        postal_code="４１１ー００３６",
        address="静岡県三島市一番町１－１",
        birth_date="１９８５年４月２日",
        occupation="会社員",
        mobile="０９０ー１２３４ー５６７８",
        email="ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ",
    )
    gender = child(page, QComboBox, "clientGenderCombo")
    gender.setCurrentIndex(gender.findData(pd.Gender.FEMALE.value))
    type_text(qtbot, child(page, QPlainTextEdit, "clientPrivateNotesEdit"), "紹介: 知人から")

    assert save(qtbot, page) == "Saved."

    assert child(page, QLineEdit, "clientPostalEdit").text() == "411-0036"
    assert child(page, QLineEdit, "clientMobileEdit").text() == "090-1234-5678"
    assert child(page, QLineEdit, "clientEmailEdit").text() == "hanako@example.jp"
    assert child(page, QLineEdit, "clientBirthDateEdit").text() == "1985-04-02"
    wait_for_list(qtbot, page, ["山田 花子"])
    assert child(page, QLabel, "clientCountLabel").text().startswith("1 ")
    assert child(page, QLabel, "clientTitleLabel").text() == "山田 花子"
    [client] = stored(vault)
    assert (client.full_name, client.name_reading, client.sort_key) == (
        "山田 花子",
        "やまだ はなこ",
        "やまだはなこ",
    )
    assert (client.postal_code, client.address) == ("411-0036", "静岡県三島市一番町1-1")
    assert (client.mobile, client.email, client.birth_date) == (
        "090-1234-5678",
        "hanako@example.jp",
        date(1985, 4, 2),
    )
    assert (client.gender, client.occupation, client.private_notes) == ("female", "会社員", "紹介: 知人から")
    assert client.status == "prospect"
    assert actions(vault)[-1] == "client.created"


def test_edit_client_opens_audited_and_saves_folded_values(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, practice: dict[str, int]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "佐藤 太郎")
    assert actions(vault)[-1] == "client.viewed"
    assert child(page, QLineEdit, "clientReadingEdit").text() == "サトウ タロウ"

    fill(qtbot, page, phone="０５５ー９８７ー６５４３", occupation="教員")
    status = child(page, QComboBox, "clientStatusCombo")
    status.setCurrentIndex(status.findData("active"))
    assert save(qtbot, page) == "Saved."

    assert child(page, QLineEdit, "clientPhoneEdit").text() == "055-987-6543"
    [satou] = [c for c in stored(vault) if c.id == practice["佐藤 太郎"]]
    assert (satou.phone, satou.occupation, satou.status) == ("055-987-6543", "教員", "active")
    assert actions(vault)[-1] == "client.changed"
    table = child(page, QTableView, "clientList")
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    row = listed_names(page).index("佐藤 太郎")
    qtbot.waitUntil(lambda: table.model().index(row, 3).data() == "055-987-6543", timeout=SLOW_MS)
    assert table.model().index(row, 2).data() == "Active"


def test_invalid_fields_are_explained_under_each_field_and_nothing_is_lost(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    future = (practice_today() + timedelta(days=30)).isoformat()
    typed = {
        "full_name": "鈴木 一郎",
        "postal_code": "41-0036",
        "mobile": "03-1234-5678",
        "email": "ichiro@",
        "birth_date": future,
        "name_reading": "すずき いちろう",
    }
    fill(qtbot, page, **typed)

    assert save(qtbot, page) == "Nothing was saved: check the marked fields."

    assert error_under(page, "postal_code") == "A postal code has seven digits, like 411-0036."
    assert error_under(page, "mobile") == "A mobile number has 11 digits and starts with 070, 080 or 090."
    assert error_under(page, "email") == "An email address looks like name@example.jp."
    assert error_under(page, "birth_date") == "The date of birth must be in the past."
    assert error_under(page, "full_name") == ""
    assert error_under(page, "phone") == ""
    assert child(page, QLineEdit, "clientEmailEdit").property("invalid") is True
    for field, text in typed.items():
        assert child(page, QLineEdit, FIELDS[field]).text() == text
    assert stored(vault) == []

    fill(qtbot, page, postal_code="411-0036", mobile="090 1234 5678", email="ichiro@example.jp")
    type_into(qtbot, child(page, QLineEdit, "clientBirthDateEdit"), "S50.1.15")
    assert save(qtbot, page) == "Saved."
    assert all(error_under(page, field) == "" for field in (*FIELDS, "gender", "status"))
    assert child(page, QLineEdit, "clientEmailEdit").property("invalid") is False
    [client] = stored(vault)
    assert (client.mobile, client.birth_date) == ("090-1234-5678", date(1975, 1, 15))


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("1990-02-30", "That day does not exist: February 1990 has 28 days."),
        ("2024年2月30日", "That day does not exist: February 2024 has 29 days."),
        ("1985-13-40", "There is no month 13: a month is 1 to 12."),
        ("1985-4", "Write the date as year-month-day, like 1985-04-02."),
    ],
)
def test_p_data_a_birth_date_that_cannot_be_is_told_what_is_wrong_and_not_saved(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, typed: str, sentence: str
) -> None:
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    fill(qtbot, page, full_name="鈴木 一郎", birth_date=typed)
    click(qtbot, child(page, QAbstractButton, "saveClientButton"))
    assert error_under(page, "birth_date") == sentence
    assert child(page, QLineEdit, "clientBirthDateEdit").text() == typed
    assert stored(vault) == []


def test_p_data_each_field_is_checked_when_left_and_again_as_it_is_corrected(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    page.window().activateWindow()  # offscreen has no window manager: focus moves only in an active window
    qtbot.waitUntil(page.window().isActiveWindow)
    email = child(page, QLineEdit, "clientEmailEdit")
    email.setFocus()
    type_text(qtbot, email, "ichiro@")
    assert error_under(page, "email") == ""  # not while the field is being typed
    qtbot.keyClick(email, Qt.Key.Key_Tab)  # leaving it
    qtbot.waitUntil(lambda: error_under(page, "email") == "An email address looks like name@example.jp.")
    birth = child(page, QLineEdit, "clientBirthDateEdit")
    birth.setFocus()
    type_text(qtbot, birth, "1990-02-30")
    qtbot.keyClick(birth, Qt.Key.Key_Tab)
    assert error_under(page, "birth_date") == "That day does not exist: February 1990 has 28 days."
    assert error_under(page, "email") != "", "leaving one field keeps the other's sentence"

    birth.setFocus()
    qtbot.keyClick(birth, Qt.Key.Key_Backspace)
    qtbot.keyClick(birth, Qt.Key.Key_8)  # 1990-02-28: corrected, the sentence goes at once
    assert error_under(page, "birth_date") == ""
    assert birth.property("invalid") is False
    email.setFocus()
    type_text(qtbot, email, "example.jp")
    assert error_under(page, "email") == ""


def test_every_wrong_field_is_shown_at_one_save_and_saved_goes_with_a_new_edit(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    click(qtbot, child(page, QAbstractButton, "newClientButton"))
    fill(qtbot, page, full_name="", birth_date="1990-02-30", email="ichiro@", postal_code="41")
    assert save(qtbot, page) == "Nothing was saved: check the marked fields."
    assert error_under(page, "full_name") == "Enter the client's full name."
    assert error_under(page, "birth_date") != "" and error_under(page, "email") != ""
    assert error_under(page, "postal_code") != ""

    fill(qtbot, page, full_name="鈴木 一郎", birth_date="1990-02-28", email="", postal_code="")
    assert save(qtbot, page) == "Saved."
    type_into(qtbot, child(page, QLineEdit, "clientOccupationEdit"), "教員")
    assert child(page, QLabel, "clientEditorStatusLabel").text() == ""  # it holds unsaved edits now


# --- finding --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ("山田", ["山田 花子"]),
        ("やまだ", ["山田 花子"]),
        ("ヤマダ", ["山田 花子"]),
        ("さとう", ["佐藤 太郎"]),
        ("09012345678", ["山田 花子"]),
        ("０５５１２３", ["佐藤 太郎"]),
        ("taro@example", ["佐藤 太郎"]),
        ("example.jp", ["佐藤 太郎", "山田 花子"]),
        ("睡眠の", ["伊藤 美咲"]),  # note text is searched from the third character
        ("リズムについて", ["伊藤 美咲"]),
        ("該当なし", []),
    ],
)
def test_search_as_you_type(
    qtbot: QtBot, page: ClientsPage, practice: dict[str, int], query: str, names: list[str]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])  # gojūon order of the reading
    search_for(qtbot, page, query, names)
    assert child(page, QLabel, "clientCountLabel").text().startswith(f"{len(names)} ")
    type_into(qtbot, child(page, QLineEdit, "clientSearchEdit"), "")
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])


def test_search_follows_input_method_commits_not_preedit(
    qtbot: QtBot, page: ClientsPage, practice: dict[str, int]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    edit = child(page, QLineEdit, "clientSearchEdit")
    edit.setFocus()
    composing = QInputMethodEvent("さとう", [])
    QApplication.sendEvent(edit, composing)
    assert edit.text() == ""
    committed = QInputMethodEvent()
    committed.setCommitString("佐藤")
    QApplication.sendEvent(edit, committed)
    wait_for_list(qtbot, page, ["佐藤 太郎"])


def test_status_filter_and_count(qtbot: QtBot, page: ClientsPage, practice: dict[str, int]) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    assert child(page, QLabel, "clientCountLabel").text() == "3 clients"
    combo = child(page, QComboBox, "clientStatusFilter")
    assert [combo.itemText(i) for i in range(combo.count())] == ["All", "Not yet met", "Active", "Closed"]
    for status, names in (("active", ["山田 花子"]), ("closed", ["伊藤 美咲"]), ("prospect", ["佐藤 太郎"])):
        combo.setCurrentIndex(combo.findData(status))
        wait_for_list(qtbot, page, names)
        assert child(page, QLabel, "clientCountLabel").text() == "1 client"
    combo.setCurrentIndex(combo.findData("active"))
    search_for(qtbot, page, "佐藤", [])
    combo.setCurrentIndex(0)
    wait_for_list(qtbot, page, ["佐藤 太郎"])


def _add_numbered_clients(vault: OpenVault, count: int) -> None:
    """試験 0000, 試験 0001, … in that order (their readings sort as their numbers)."""
    with vault.unit_of_work() as session:
        for number in range(count):
            reading = f"てすと{number:04d}"
            session.add(
                Client(
                    full_name=f"試験 {number:04d}",
                    name_reading=reading,
                    sort_key=reading,
                    created_at="2026-01-01T00:00:00+00:00",
                    updated_at="2026-01-01T00:00:00+00:00",
                )
            )


def test_the_list_reads_a_page_at_a_time_as_it_scrolls(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    _add_numbered_clients(vault, 450)
    page.reload()
    table = child(page, QTableView, "clientList")
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=SLOW_MS)
    assert model.rowCount() < 450, "only the first page is read when the list opens"
    count = child(page, QLabel, "clientCountLabel")
    qtbot.waitUntil(lambda: count.text() == "450 clients", timeout=SLOW_MS)
    assert model.index(0, 0).data() == "試験 0000"
    while model.rowCount() < 450:
        held = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda held=held: model.rowCount() > held, timeout=SLOW_MS)
    assert [model.index(row, 0).data() for row in (99, 100, 449)] == ["試験 0099", "試験 0100", "試験 0449"]


def test_a_client_far_down_the_list_stays_chosen_when_the_list_is_read_again(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault
) -> None:
    _add_numbered_clients(vault, 260)
    page.reload()
    table = child(page, QTableView, "clientList")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=SLOW_MS)
    far = client_search.search_ids(vault)[250]
    page.editor.open_client(far)  # opened from elsewhere (a booking, the inbox), not from the list
    qtbot.waitUntil(lambda: page.editor.client_id == far, timeout=SLOW_MS)
    page.reload()  # as after a save or an import
    qtbot.waitUntil(lambda: table.currentIndex().isValid(), timeout=SLOW_MS)
    assert table.model().index(table.currentIndex().row(), 0).data() == "試験 0250"


# --- notes ----------------------------------------------------------------------------------------


def test_notes_keep_every_revision(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, practice: dict[str, int]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "山田 花子")
    notes = child(page, QListWidget, "noteList")
    qtbot.waitUntil(lambda: child(page, QAbstractButton, "addNoteButton").isEnabled(), timeout=SLOW_MS)
    assert notes.count() == 0

    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    child(page, QDateEdit, "noteDateEdit").setDate(QDate(2026, 11, 20))
    text_edit = child(page, QPlainTextEdit, "noteTextEdit")
    type_text(qtbot, text_edit, "初回面談。職場の人間関係の悩み")
    click(qtbot, child(page, QAbstractButton, "saveNoteButton"))
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=SLOW_MS)
    assert notes.item(0).text() == "11/20/2026  初回面談。職場の人間関係の悩み"
    assert notes.currentRow() == 0

    type_into(qtbot, text_edit, "初回面談。職場の人間関係と睡眠の悩み")
    click(qtbot, child(page, QAbstractButton, "saveNoteButton"))
    caption = child(page, QLabel, "noteCaptionLabel")
    qtbot.waitUntil(lambda: caption.text() == "Note with 2 revisions, dated:", timeout=SLOW_MS)
    assert notes.count() == 1
    assert "睡眠" in notes.item(0).text()

    click(qtbot, child(page, QAbstractButton, "noteHistoryButton"))
    qtbot.waitUntil(lambda: page.findChild(QDialog, "noteHistoryDialog") is not None, timeout=SLOW_MS)
    dialog = child(page, QDialog, "noteHistoryDialog")
    revisions = child(dialog, QListWidget, "noteRevisionList")
    assert revisions.count() == 2
    assert revisions.item(0).text().startswith("Revision 1")
    assert revisions.item(0).text().endswith("初回面談。職場の人間関係の悩み")
    assert revisions.item(1).text().endswith("初回面談。職場の人間関係と睡眠の悩み")
    dialog.reject()

    assert wait_for_background_work()
    with vault.unit_of_work() as session:
        texts = session.scalars(
            select(NoteRevision.text)
            .join(ConsultationNote)
            .where(ConsultationNote.client_id == practice["山田 花子"])
            .order_by(NoteRevision.revision)
        ).all()
    assert list(texts) == ["初回面談。職場の人間関係の悩み", "初回面談。職場の人間関係と睡眠の悩み"]
    search_for(qtbot, page, "睡眠の悩み", ["山田 花子"])


def test_an_empty_note_is_not_saved(qtbot: QtBot, page: ClientsPage, practice: dict[str, int]) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "佐藤 太郎")
    qtbot.waitUntil(lambda: child(page, QAbstractButton, "addNoteButton").isEnabled(), timeout=SLOW_MS)
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    click(qtbot, child(page, QAbstractButton, "saveNoteButton"))
    assert child(page, QLabel, "noteStatusLabel").text() == "Write something first: a note needs some text."
    assert child(page, QListWidget, "noteList").count() == 0


# --- requests, reload and lock --------------------------------------------------------------------


def test_export_and_erase_are_requested_with_the_client_id(
    qtbot: QtBot, page: ClientsPage, vault: OpenVault, practice: dict[str, int]
) -> None:
    export, erase = (
        child(page, QAbstractButton, "exportClientButton"),
        child(page, QAbstractButton, "eraseClientButton"),
    )
    assert not export.isEnabled() and not erase.isEnabled()
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "伊藤 美咲")
    with qtbot.waitSignal(page.export_requested) as exported:
        click(qtbot, export)
    assert exported.args == [practice["伊藤 美咲"]]
    with qtbot.waitSignal(page.erase_requested) as erased:
        click(qtbot, erase)
    assert erased.args == [practice["伊藤 美咲"]]

    clients.erase_client(vault, client_id=practice["伊藤 美咲"])  # what the erase dialog does
    page.reload()
    wait_for_list(qtbot, page, ["佐藤 太郎", "山田 花子"])
    assert child(page, QLineEdit, "clientNameEdit").text() == ""
    assert child(page, QListWidget, "noteList").count() == 0
    assert not export.isEnabled()


def test_lock_clears_everything_shown_and_ignores_late_results(
    qtbot: QtBot, page: ClientsPage, practice: dict[str, int]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "伊藤 美咲")
    qtbot.waitUntil(lambda: child(page, QListWidget, "noteList").count() == 1, timeout=SLOW_MS)
    notes = child(page, QListWidget, "noteList")
    qtbot.mouseClick(
        notes.viewport(), Qt.MouseButton.LeftButton, pos=notes.visualItemRect(notes.item(0)).center()
    )
    assert child(page, QPlainTextEdit, "noteTextEdit").toPlainText() == "睡眠のリズムについて相談。"
    click(qtbot, child(page, QAbstractButton, "noteHistoryButton"))
    qtbot.waitUntil(lambda: page.findChild(QDialog, "noteHistoryDialog") is not None, timeout=SLOW_MS)
    type_into(qtbot, child(page, QLineEdit, "clientSearchEdit"), "伊藤")
    page.reload()  # a search still on its way when the vault locks

    page.clear()
    assert wait_for_background_work()
    QCoreApplication.sendPostedEvents()

    assert listed_names(page) == []
    search = child(page, QLineEdit, "clientSearchEdit")
    assert search.text() == ""
    assert not search.isUndoAvailable()
    assert child(page, QLabel, "clientCountLabel").text() == ""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.findChild(QDialog, "noteHistoryDialog") is None
    assert "伊藤" not in child(page, QLabel, "clientTitleLabel").text()
    for name in FIELDS.values():
        assert child(page, QLineEdit, name).text() == ""
    assert child(page, QPlainTextEdit, "clientPrivateNotesEdit").toPlainText() == ""
    assert child(page, QListWidget, "noteList").count() == 0
    assert child(page, QPlainTextEdit, "noteTextEdit").toPlainText() == ""
    assert not page.isEnabled()


def test_switching_to_japanese_re_applies_texts_and_dates(
    qtbot: QtBot, page: ClientsPage, practice: dict[str, int]
) -> None:
    page.reload()
    wait_for_list(qtbot, page, ["伊藤 美咲", "佐藤 太郎", "山田 花子"])
    choose(qtbot, page, "伊藤 美咲")
    notes = child(page, QListWidget, "noteList")
    qtbot.waitUntil(lambda: notes.count() == 1, timeout=SLOW_MS)
    assert notes.item(0).text().startswith("11/2/2026")

    apply_language(Language.JAPANESE)

    date_edit = child(page, QDateEdit, "noteDateEdit")
    qtbot.waitUntil(lambda: date_edit.displayFormat() == "yyyy/MM/dd")
    assert notes.item(0).text().startswith("2026/11/02")
    table = child(page, QTableView, "clientList")
    assert table.model().columnCount() == 5
