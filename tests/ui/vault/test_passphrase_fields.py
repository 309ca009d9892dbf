"""P-SAFEGUARD in the passphrase fields: what zxcvbn finds is said in Japanese, in our own words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar
from pytestqt.qtbot import QtBot

from desktop.policy.safeguard import Strength
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.vault.passphrase_fields import PassphraseFields
from tests.ui.drive import child, type_into


@pytest.fixture
def fields(qtbot: QtBot) -> PassphraseFields:
    apply_language(Language.JAPANESE)
    shown = PassphraseFields()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_p_safeguard_a_common_password_with_swaps_is_weak_and_its_hints_are_japanese(
    qtbot: QtBot, fields: PassphraseFields
) -> None:
    type_into(qtbot, child(fields, QLineEdit, "passphraseEdit"), "P@ssw0rd2026!")
    type_into(qtbot, child(fields, QLineEdit, "passphraseRepeatEdit"), "P@ssw0rd2026!")

    feedback = child(fields, QLabel, "passphraseFeedback").text()
    assert child(fields, QLabel, "strengthLabel").text() == "弱い"
    assert child(fields, QProgressBar, "strengthBar").value() == Strength.WEAK
    assert "よく使われているパスワードによく似ています" in feedback
    assert "大文字にしても強さはほとんど増しません" in feedback
    assert "password" not in feedback.lower() and "substitution" not in feedback.lower()
    assert fields.passphrase() is None


def test_p_safeguard_a_keyboard_walk_is_refused(qtbot: QtBot, fields: PassphraseFields) -> None:
    for name in ("passphraseEdit", "passphraseRepeatEdit"):
        type_into(qtbot, child(fields, QLineEdit, name), "1qaz2wsx3edc4rfv")
    assert fields.passphrase() is None
    assert "非常によく使われているパスワード" in child(fields, QLabel, "passphraseFeedback").text()


def test_p_safeguard_a_japanese_phrase_stays_strong(qtbot: QtBot, fields: PassphraseFields) -> None:
    for name in ("passphraseEdit", "passphraseRepeatEdit"):
        type_into(qtbot, child(fields, QLineEdit, name), "そらくもの空は今日も青い")
    assert child(fields, QLabel, "strengthLabel").text() == "とても強い"
    assert fields.passphrase() == "そらくもの空は今日も青い"
