"""P-AFTERFOLLOW danger aid: phrases matched on normalised text, whatever the width, kana or case."""

from __future__ import annotations

import pytest

from desktop.policy import danger
from desktop.policy.danger import DEFAULT_PHRASES_EN, DEFAULT_PHRASES_JA
from desktop.policy.practice import PracticeSettings

DEFAULTS = DEFAULT_PHRASES_JA + DEFAULT_PHRASES_EN


def test_p_afterfollow_normalise_folds_width_kana_case_and_spaces() -> None:
    assert danger.normalise("ＡＢＣ　１２３") == "abc 123"
    assert danger.normalise("ﾘｽﾄｶｯﾄ") == danger.normalise("りすとかっと") == "りすとかっと"
    assert danger.normalise("リストカット") == "りすとかっと"
    assert danger.normalise("  Kill\n\tMYSELF ") == "kill myself"
    assert danger.normalise("死に\r\nたい") == "死にたい"


@pytest.mark.parametrize(
    "text",
    [
        "最近、もう死にたいと思うことがあります。",
        "もう　消えたい　です",
        "昨日ﾘｽﾄｶｯﾄをしてしまいました",
        "昨日りすとかっとをしてしまいました",
        "時々\n死にたい\nと思います",
        "I sometimes think I want to DIE.",
        "I keep thinking about SUICIDE",
        "ｉ　ｗａｎｔ　ｔｏ　ｄｉｅ",
        "thinking of\nkilling myself",
    ],
)
def test_p_afterfollow_danger_phrases_are_found_however_typed(text: str) -> None:
    assert danger.mentions_danger(text, DEFAULTS)


@pytest.mark.parametrize(
    "text",
    [
        "来週の予約の時間を変更できますか。",
        "Can we move Tuesday's session?",
        "I want to diet before summer.",
        "The skill himself taught me",
        "",
    ],
)
def test_p_afterfollow_ordinary_messages_are_not_flagged(text: str) -> None:
    assert not danger.mentions_danger(text, DEFAULTS)


def test_p_afterfollow_first_match_names_the_counsellors_phrase() -> None:
    assert danger.first_match("ＯＶＥＲＤＯＳＥ last night", ["overdose"]) == "overdose"
    assert danger.first_match("nothing here", ["overdose"]) is None


def test_p_afterfollow_empty_list_turns_the_aid_off() -> None:
    assert not danger.mentions_danger("死にたい", [])
    assert not danger.mentions_danger("死にたい", ["", "   "])


def test_p_afterfollow_clean_phrases_drops_blanks_and_kana_width_repeats() -> None:
    assert danger.clean_phrases(
        ["  死にたい ", "", "リストカット", "ﾘｽﾄｶｯﾄ", "りすとかっと", "Kill  me"]
    ) == (
        "死にたい",
        "リストカット",
        "Kill me",
    )


def test_p_afterfollow_phrase_list_limits() -> None:
    assert danger.check_phrases(DEFAULTS).allowed
    assert not danger.check_phrases(("x" * (danger.PHRASE_MAX + 1),)).allowed
    too_many = tuple(f"phrase {n}" for n in range(danger.PHRASES_MAX + 1))
    verdict = danger.check_phrases(too_many)
    assert not verdict.allowed and verdict.rule == "P-AFTERFOLLOW"


def test_p_afterfollow_practice_settings_carry_both_default_lists() -> None:
    phrases = PracticeSettings().danger_phrases
    assert set(DEFAULT_PHRASES_JA) <= set(phrases) and set(DEFAULT_PHRASES_EN) <= set(phrases)
    assert danger.clean_phrases(phrases) == phrases
