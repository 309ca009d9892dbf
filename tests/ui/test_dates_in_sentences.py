"""Dates inside sentences read as the language writes them: 2026年12月11日 10:00, December 11, 2026, 10:00.

The views have one formatter for a date in a sentence (``local_time.in_sentence``)
and the error sentences, shared with the command line, the same rules
(``desktop.i18n``); no ISO date reaches a sentence.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QApplication

from desktop.errors import PolicyRefusal
from desktop.policy.bookings import agreement
from desktop.views.common.error_text import describe
from desktop.views.common.local_time import in_sentence
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language

CLASH = "The counsellor already has a session from %1 to %2; keep %3 minutes between sessions."


def test_in_sentence_writes_japanese_dates_and_times(qapp: QApplication) -> None:
    apply_language(Language.JAPANESE)
    assert in_sentence(date(2026, 12, 11)) == "2026年12月11日"
    assert in_sentence(datetime(2026, 12, 11, 10, 0)) == "2026年12月11日 10:00"
    # A stored UTC time is shown in the practice's zone (Asia/Tokyo by default).
    assert in_sentence("2026-12-11T01:00:00+00:00") == "2026年12月11日 10:00"


def test_in_sentence_writes_english_dates_and_times(qapp: QApplication) -> None:
    apply_language(Language.ENGLISH)
    assert in_sentence(date(2026, 12, 11)) == "December 11, 2026"
    assert in_sentence("2026-12-11T01:00:00+00:00") == "December 11, 2026, 10:00"
    assert in_sentence("not a time") == "not a time"


def test_a_refusal_with_a_date_and_time_reads_without_iso(qapp: QApplication) -> None:
    refusal = PolicyRefusal(agreement.P_FORMAT, CLASH, ("2026-12-11 10:00", "11:00", "15"))
    apply_language(Language.JAPANESE)
    sentence = describe(refusal)
    assert "2026年12月11日 10:00" in sentence and "2026-12-11" not in sentence
    apply_language(Language.ENGLISH)
    assert describe(refusal).startswith(
        "The counsellor already has a session from December 11, 2026, 10:00 to 11:00"
    )
