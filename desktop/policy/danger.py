"""P-AFTERFOLLOW: spotting messages that may speak of danger to life, so none is overlooked.

This is an aid, not a judgement: a message that mentions one of the
counsellor's phrases is pinned to the top of every inbox list and marked; a
message without one may still be serious. The counsellor edits the phrase list
in Settings (it lives in :class:`~desktop.policy.practice.PracticeSettings`).

Matching is done on *normalised* text so that the way something was typed
does not hide it: full- and half-width forms, katakana and hiragana, upper and
lower case, and line breaks that mail programs insert in the middle of a
Japanese sentence all compare equal.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict

P_AFTERFOLLOW = "P-AFTERFOLLOW"

#: Longest phrase the Settings page accepts; longer lines are almost certainly pasted text.
PHRASE_MAX = 40
#: Most phrases a list may hold (each message is checked against every one).
PHRASES_MAX = 300

DEFAULT_PHRASES_JA: tuple[str, ...] = (
    "死にたい",
    "死のうと",
    "消えたい",
    "いなくなりたい",
    "生きていたくない",
    "生きるのがつらい",
    "生きる意味がない",
    "自殺",
    "自死",
    "命を絶",
    "終わりにしたい",
    "首をつ",
    "首を吊",
    "飛び降り",
    "リストカット",
    "自傷",
    "薬を大量",
    "過量服薬",
    "殺したい",
    "殺される",
    "暴力を受け",
    "虐待",
)
DEFAULT_PHRASES_EN: tuple[str, ...] = (
    "kill myself",
    "killing myself",
    "want to die",
    "wish I were dead",
    "end my life",
    "suicide",
    "suicidal",
    "self-harm",
    "hurt myself",
    "overdose",
    "no reason to live",
    "better off dead",
    "kill him",
    "kill her",
    "being abused",
)

_KATAKANA_FIRST, _KATAKANA_LAST = 0x30A1, 0x30F6
_KANA_SHIFT = 0x60
_SPACES = re.compile(r"\s+")
_WORDY = re.compile(r"[a-z0-9]")


#: Katakana to hiragana, as one ``str.translate`` table.
_HIRAGANA = {code: code - _KANA_SHIFT for code in range(_KATAKANA_FIRST, _KATAKANA_LAST + 1)}


def normalise(text: str) -> str:
    """Fold the ways one phrase can be typed into one form.

    NFKC turns full-width letters and digits into plain ones and half-width
    katakana into full-width; katakana then becomes hiragana; case is folded;
    whitespace next to Japanese characters disappears (mail programs wrap
    lines mid-sentence) and any other run of whitespace becomes one space.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_HIRAGANA).casefold()
    return _SPACES.sub(_gap, folded).strip()


def _gap(run: re.Match[str]) -> str:
    """Whitespace next to a Japanese character (a mail line break) goes; other runs become a space."""
    text, start, end = run.string, run.start(), run.end()
    touches_japanese = (start > 0 and not text[start - 1].isascii()) or (
        end < len(text) and not text[end].isascii()
    )
    return "" if touches_japanese else " "


def _pattern(needle: str) -> re.Pattern[str] | None:
    """For a needle with an ASCII letter or digit at an end, that end must be a word boundary.

    Japanese has no spaces between words, so Japanese phrases match anywhere
    (``None``: a plain substring test decides); "want to die" must not match
    inside "want to diet".
    """
    head = r"(?<![a-z0-9])" if _WORDY.match(needle[0]) else ""
    tail = r"(?![a-z0-9])" if _WORDY.match(needle[-1]) else ""
    return re.compile(head + re.escape(needle) + tail) if head or tail else None


@functools.lru_cache(maxsize=8)
def _needles(phrases: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
    """Each phrase with its normalised form and boundary pattern, worked out once per list.

    An import checks thousands of messages against the same list; only the
    message text is normalised each time.
    """
    found = ((phrase, normalise(phrase)) for phrase in phrases)
    return tuple((phrase, needle, _pattern(needle)) for phrase, needle in found if needle)


def first_match(text: str, phrases: Iterable[str]) -> str | None:
    """The first of ``phrases`` that ``text`` mentions once both are normalised, or ``None``."""
    haystack = normalise(text)
    for phrase, needle, pattern in _needles(tuple(phrases)):
        if needle in haystack and (pattern is None or pattern.search(haystack)):
            return phrase
    return None


def mentions_danger(text: str, phrases: Iterable[str]) -> bool:
    """P-AFTERFOLLOW: does ``text`` mention any of the counsellor's danger phrases?"""
    return first_match(text, phrases) is not None


def clean_phrases(lines: Iterable[str]) -> tuple[str, ...]:
    """The phrase list as stored: each line trimmed, blanks and repeats (after normalising) dropped."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for line in lines:
        phrase = " ".join(line.split())
        key = normalise(phrase)
        if key and key not in seen:
            seen.add(key)
            cleaned.append(phrase)
    return tuple(cleaned)


def check_phrases(phrases: tuple[str, ...]) -> Verdict:
    """P-AFTERFOLLOW: a phrase list the inbox can check every message against quickly.

    An empty list is allowed (the aid is then off); a very long line is
    refused because it would never match and is usually pasted by mistake.
    """
    if len(phrases) > PHRASES_MAX:
        return Verdict.refuse(
            P_AFTERFOLLOW,
            QT_TRANSLATE_NOOP("policy", "The danger phrase list can hold at most %1 phrases."),
            str(PHRASES_MAX),
        )
    for phrase in phrases:
        if len(phrase) > PHRASE_MAX:
            return Verdict.refuse(
                P_AFTERFOLLOW,
                QT_TRANSLATE_NOOP("policy", "A danger phrase can be at most %1 characters: “%2…”."),
                str(PHRASE_MAX),
                phrase[:12],
            )
    return Verdict.allow(P_AFTERFOLLOW)
