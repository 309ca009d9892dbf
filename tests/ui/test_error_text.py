"""The one place that turns an error into a sentence: dates in a refusal read as the language writes them.

A :class:`~desktop.errors.PolicyRefusal` carries its dates as ISO text; the
sentence shows them as a long date without the weekday — 2026年12月6日 in
Japanese, December 6, 2026 in English — and leaves every other argument as it
was (translated when it is a label).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.errors import PolicyRefusal
from desktop.policy import disclosure as rules
from desktop.views.common.error_text import describe
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language

EXPIRED = (
    "This consent held only until %1; under “Disclosure of personal data to third parties” "
    "an expired consent is no basis for a disclosure."
)
NOT_COVERED = "The client's consent does not cover “%1”; record a consent that covers it."


def _refusal(reason: str, *args: str) -> PolicyRefusal:
    return PolicyRefusal(rules.P_DISCLOSE, reason, args)


def test_an_iso_date_in_a_refusal_reads_as_a_japanese_long_date(qapp: QApplication) -> None:
    apply_language(Language.JAPANESE)
    sentence = describe(_refusal(EXPIRED, "2026-12-06"))
    assert "2026年12月6日" in sentence
    assert "2026-12-06" not in sentence and "日曜日" not in sentence
    assert sentence.startswith("この同意の有効期限は2026年12月6日まで")


def test_an_iso_date_in_a_refusal_reads_as_an_english_long_date(qapp: QApplication) -> None:
    apply_language(Language.ENGLISH)
    sentence = describe(_refusal(EXPIRED, "2026-12-06"))
    assert sentence.startswith("This consent held only until December 6, 2026;")
    assert "Sunday" not in sentence


def test_other_arguments_are_kept_and_labels_still_translated(qapp: QApplication) -> None:
    apply_language(Language.JAPANESE)
    label = rules.DATA_ITEM_LABELS[rules.DataItem.CONSULTATION]
    sentence = describe(_refusal(NOT_COVERED, label))
    assert "ご相談の内容" in sentence and label not in sentence
    for kept in ("令和8年(ワ)第12号", "2026-13-40", "20261206"):
        assert kept in describe(_refusal("%1", kept))
