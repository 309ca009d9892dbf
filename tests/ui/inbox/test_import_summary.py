"""The import summary names only what happened: no "0 already in the vault"."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.inbox.mail_import import FileReport, ImportReport
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.inbox.inbox_page import InboxPage


@pytest.mark.parametrize(
    ("language", "fresh", "again"),
    [
        (
            Language.ENGLISH,
            "Imported 3 messages.",
            "Imported 1 message; 2 already in the vault were skipped.",
        ),
        (Language.JAPANESE, "3 件のメッセージを取り込みました。", "1 件のメッセージを取り込みました。"),
    ],
)
def test_the_summary_leaves_out_a_count_of_nothing(
    qtbot: QtBot, language: Language, fresh: str, again: str
) -> None:
    apply_language(language)
    page = InboxPage()
    qtbot.addWidget(page)
    assert page.report_text(ImportReport((FileReport("a.eml", imported=3),))) == fresh
    twice = page.report_text(ImportReport((FileReport("b.mbox", imported=1, duplicates=2),)))
    assert twice.startswith(again.rstrip("。"))
    assert ("2" in twice) and "0" not in twice
