"""Client-name suggestions appear as soon as the search answers, after a key or an input-method commit.

Issue 14: in the booking, disclosure and contact dialogs the suggestions came
one edit late. A Japanese input method delivers 山田 as one commit (a
``QInputMethodEvent`` with a commit string), not as key presses; the popup must
show the matching clients for that commit without a further edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import clients
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from desktop.views.calendar.booking_dialog import BookingDialog
from desktop.views.contacts.new_contact_dialog import NewContactDialog
from desktop.views.disclosures.client_picker import ClientPicker
from tests.helpers.records import open_vault_for_views
from tests.ui.drive import SLOW_MS, child, type_text

HANAKO = "山田花子（やまだはなこ）"
TARO = "山田太郎（やまだたろう）"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    opened = next(gen := open_vault_for_views(tmp_path / "vault"))
    clients.create_client(opened, draft=ClientDraft(full_name="山田花子", name_reading="やまだはなこ"))
    clients.create_client(opened, draft=ClientDraft(full_name="山田太郎", name_reading="やまだたろう"))
    clients.create_client(opened, draft=ClientDraft(full_name="佐藤一郎", name_reading="さとういちろう"))
    yield opened
    next(gen, None)


def _commit(edit: QLineEdit, preedit: str, text: str) -> None:
    """What an input method sends: the reading being composed, then the converted text committed."""
    QApplication.sendEvent(edit, QInputMethodEvent(preedit, []))
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def _suggestions(edit: QLineEdit) -> list[str]:
    """The texts of the suggestion popup, once it is on screen."""
    completer = edit.completer()
    assert completer is not None
    popup = completer.popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _focused_edit(qtbot: QtBot, window: QWidget, edit: QLineEdit) -> QLineEdit:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=SLOW_MS)
    return edit


def _booking_edit(qtbot: QtBot, vault: OpenVault) -> QLineEdit:
    dialog = BookingDialog(vault)
    return _focused_edit(qtbot, dialog, child(dialog, QLineEdit, "bookingClientEdit"))


def _contact_edit(qtbot: QtBot, vault: OpenVault) -> QLineEdit:
    dialog = NewContactDialog(vault)
    return _focused_edit(qtbot, dialog, child(dialog, QLineEdit, "contactClientSearch"))


def _picker(qtbot: QtBot, vault: OpenVault) -> QLineEdit:
    picker = ClientPicker(lambda: vault)
    return _focused_edit(qtbot, picker, picker)


OPENERS = {"booking": _booking_edit, "contact": _contact_edit, "disclosures": _picker}


@pytest.mark.parametrize("where", OPENERS)
def test_suggestions_follow_an_input_method_commit_at_once(
    qtbot: QtBot, vault: OpenVault, where: str
) -> None:
    edit = OPENERS[where](qtbot, vault)

    _commit(edit, "やまだ", "山田")

    qtbot.waitUntil(lambda: sorted(_suggestions(edit)) == sorted([HANAKO, TARO]), timeout=SLOW_MS)


@pytest.mark.parametrize("where", OPENERS)
def test_suggestions_narrow_with_the_next_commit_without_another_edit(
    qtbot: QtBot, vault: OpenVault, where: str
) -> None:
    edit = OPENERS[where](qtbot, vault)
    _commit(edit, "やまだ", "山田")
    qtbot.waitUntil(lambda: len(_suggestions(edit)) == 2, timeout=SLOW_MS)

    _commit(edit, "たろう", "太郎")

    qtbot.waitUntil(lambda: _suggestions(edit) == [TARO], timeout=SLOW_MS)


def test_typed_keys_show_suggestions_and_the_contact_list_follows(qtbot: QtBot, vault: OpenVault) -> None:
    dialog = NewContactDialog(vault)
    edit = _focused_edit(qtbot, dialog, child(dialog, QLineEdit, "contactClientSearch"))
    combo = child(dialog, QComboBox, "contactClientCombo")

    type_text(qtbot, edit, "佐藤")

    qtbot.waitUntil(lambda: _suggestions(edit) == ["佐藤一郎（さとういちろう）"], timeout=SLOW_MS)
    assert combo.currentText() == "佐藤一郎（さとういちろう）"
