"""P-SAFEGUARD: reasonable measures against leaks, loss and unauthorised access.

The passphrase protects every client record (and keys the USB backups,
whose PBKDF2 is cheap to attack on a GPU), so the app refuses one that is too
short or too predictable and tells the counsellor how strong it is while
typing. Two estimates are made and the lower one counts: our own, which
knows Japanese script and discounts runs and well-known fragments, and
zxcvbn's (:mod:`desktop.policy.passphrase_patterns`), which knows common
passwords, keyboard walks, l33t swaps, years and dates.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict, passphrase_patterns

RULE = "P-SAFEGUARD"
MIN_PASSPHRASE_LENGTH = 10
MIN_PASSPHRASE_BITS = 50.0

_COMMON_FRAGMENTS = (
    "password",
    "passwort",
    "qwerty",
    "asdf",
    "zxcv",
    "letmein",
    "welcome",
    "admin",
    "sorakumo",
    "1234",
    "abcd",
    "iloveyou",
    "monkey",
    "dragon",
)


class Strength(IntEnum):
    """A five-step scale for the strength meter."""

    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class PassphraseAssessment:
    """How strong a passphrase is, whether the practice accepts it, and what would make it stronger.

    ``hints`` are English templates in the "policy" context, for the views to translate.
    """

    bits: float
    strength: Strength
    verdict: Verdict
    hints: tuple[str, ...] = ()


def _alphabet_size(text: str) -> int:
    size = 0
    if any(c.islower() and c.isascii() for c in text):
        size += 26
    if any(c.isupper() and c.isascii() for c in text):
        size += 26
    if any(c.isdigit() and c.isascii() for c in text):
        size += 10
    if any(c.isascii() and not c.isalnum() for c in text):
        size += 33
    if any(not c.isascii() for c in text):
        # Kana and kanji: thousands of symbols, but people pick common ones.
        size += 300
    return max(size, 1)


def _effective_length(text: str) -> float:
    """Length discounted for repeats, runs and well-known fragments."""
    lowered = text.lower()
    length = float(len(text))
    for fragment in _COMMON_FRAGMENTS:
        if fragment in lowered:
            length -= len(fragment) - 1
    runs = sum(1 for a, b in itertools.pairwise(text) if ord(b) - ord(a) in (-1, 0, 1))
    length -= runs * 0.75
    distinct = len(set(text))
    if distinct < len(text) / 2:
        length = min(length, distinct * 1.5)
    return max(length, 0.0)


def _plain_bits(text: str) -> float:
    """Our own estimate: the alphabet's size for each character, after the discounts."""
    return _effective_length(text) * math.log2(_alphabet_size(text)) if text else 0.0


def assess_passphrase(passphrase: str) -> PassphraseAssessment:
    """P-SAFEGUARD: estimate the strength of ``passphrase`` and decide if it is enough.

    The lower of our estimate and zxcvbn's counts, so ``P@ssw0rd2026!`` (a
    common password with swaps and a year) or ``1qaz2wsx3edc4rfv`` (a walk
    down the keyboard) is refused though long and varied.
    """
    text = unicodedata.normalize("NFC", passphrase)
    patterns = passphrase_patterns.estimate(text, _plain_bits) if text else None
    bits = min(_plain_bits(text), patterns.bits) if patterns is not None else 0.0
    if bits < 28:
        strength = Strength.VERY_WEAK
    elif bits < 40:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG

    if len(text) < MIN_PASSPHRASE_LENGTH:
        verdict = Verdict.refuse(
            RULE,
            QT_TRANSLATE_NOOP("policy", "Use at least %1 characters for the passphrase."),
            str(MIN_PASSPHRASE_LENGTH),
        )
    elif text.strip() != text or not text.strip():
        verdict = Verdict.refuse(
            RULE,
            QT_TRANSLATE_NOOP("policy", "The passphrase must not begin or end with a space."),
        )
    elif bits < MIN_PASSPHRASE_BITS:
        verdict = Verdict.refuse(
            RULE,
            QT_TRANSLATE_NOOP(
                "policy",
                "This passphrase is too easy to guess: add more words, or mix in "
                "digits, symbols or Japanese characters.",
            ),
        )
    else:
        verdict = Verdict.allow(RULE)
    # A passphrase too short or with spaces around it gets that one sentence; hints would only distract.
    fits = len(text) >= MIN_PASSPHRASE_LENGTH and text.strip() == text
    hints = patterns.hints if patterns is not None and fits else ()
    return PassphraseAssessment(bits=bits, strength=strength, verdict=verdict, hints=hints)
