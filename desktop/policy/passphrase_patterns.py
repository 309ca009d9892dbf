"""P-SAFEGUARD: the patterns people put in passphrases, found by ``zxcvbn``, with hints in our own words.

``zxcvbn`` knows common passwords, words and names, keyboard walks
(``1qaz2wsx``), l33t swaps (``P@ssw0rd``), repeats, runs and dates. Where it
finds no pattern it falls back to ten guesses a character, which knows
neither Japanese script nor character classes; for those stretches the
caller's own estimate (:mod:`desktop.policy.safeguard`) is used instead, and
zxcvbn's way of combining the parts is kept.

Its feedback comes as English sentences. They are used only as keys: each
maps to a sentence of ours marked for translation, and a sentence we do not
know (a newer zxcvbn) is left out rather than shown untranslated.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP

#: zxcvbn refuses longer input; the rest of a longer passphrase is estimated by the caller.
ZXCVBN_MAX_LENGTH = 72
_LOG2_10 = math.log2(10)

#: zxcvbn's feedback sentence -> ours (context "policy"), warnings first, then suggestions.
HINTS: dict[str, str] = {
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "policy", "A straight row of keys is easy to guess."
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "policy", "A short pattern on the keyboard is easy to guess."
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "policy", "A character typed again and again (like “aaa”) is easy to guess."
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "policy", "Repeating a group (like “abcabc”) adds little to the group itself."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "policy", "A run such as “abc” or “6543” is easy to guess."
    ),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP("policy", "A recent year is easy to guess."),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP("policy", "A date is often easy to guess."),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "policy", "This is one of the ten most used passwords."
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "policy", "This is one of the hundred most used passwords."
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP("policy", "This is a very common password."),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "policy", "This is close to a commonly used password."
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "policy", "A single word on its own is easy to guess."
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "policy", "A name on its own is easy to guess."
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "policy", "Common given names and family names are easy to guess."
    ),
    "Use a few words, avoid common phrases.": QT_TRANSLATE_NOOP(
        "policy", "Use several words, not a well-known phrase."
    ),
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "policy", "Symbols, digits and capitals are not needed."
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "policy", "Add a word or two more; unusual words are best."
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "policy", "Avoid patterns on the keyboard."
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP(
        "policy", "Avoid repeating words and characters."
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP("policy", "Avoid runs of letters or digits."),
    "Avoid recent years.": QT_TRANSLATE_NOOP("policy", "Avoid recent years."),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "policy", "Avoid years that have to do with you."
    ),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "policy", "Avoid dates and years that have to do with you."
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP("policy", "Capital letters add little."),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "policy", "All capitals are almost as easy to guess as all small letters."
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "policy", "A word written backwards is hardly harder to guess."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "policy", "Swaps such as “@” for “a” or “0” for “o” add little."
    ),
}


@dataclass(frozen=True, slots=True)
class PatternEstimate:
    """zxcvbn's estimate in bits (its unpatterned stretches judged by the caller), and our hints."""

    bits: float
    hints: tuple[str, ...]


def estimate(text: str, plain_bits: Callable[[str], float]) -> PatternEstimate:
    """P-SAFEGUARD: bits an attacker who knows common patterns needs for ``text``.

    ``plain_bits`` estimates a stretch in which zxcvbn found no pattern (its
    "bruteforce" matches, and whatever lies past zxcvbn's length limit).
    """
    from zxcvbn import zxcvbn  # loaded on first use: start-up does not pay for its word lists

    head, tail = text[:ZXCVBN_MAX_LENGTH], text[ZXCVBN_MAX_LENGTH:]
    result = zxcvbn(head)
    log10 = float(result["guesses_log10"])
    for match in result["sequence"]:
        pattern: str = match["pattern"]  # the stubs leave out "bruteforce", which scoring adds
        if pattern == "bruteforce":
            log10 += plain_bits(match["token"]) / _LOG2_10 - float(match.get("guesses_log10", 0.0))
    bits = log10 * _LOG2_10 + (plain_bits(tail) if tail else 0.0)
    feedback = result["feedback"]
    said = [feedback["warning"], *feedback["suggestions"]]
    hints = tuple(HINTS[sentence] for sentence in said if sentence in HINTS)
    return PatternEstimate(bits=max(bits, 0.0), hints=hints)
