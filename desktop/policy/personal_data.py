"""P-DATA: the personal data a client record holds, and how each item is checked.

The checks help rather than block: full-width digits, Japanese hyphens and
spaces are folded to their plain forms first, and a value that still does not
fit gets one sentence saying what is expected. Nothing typed is discarded.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP

RULE = "P-DATA"

# Characters people type for a hyphen in Japanese text.
_HYPHENS = "-‐‑‒–—―−ーｰ－"
_HYPHEN_RE = re.compile(f"[{re.escape(_HYPHENS)}]")
_EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
EARLIEST_BIRTH_YEAR = 1900


class ClientStatus(StrEnum):
    """Where a client stands with the practice."""

    PROSPECT = "prospect"  # not yet met
    ACTIVE = "active"
    CLOSED = "closed"


class Gender(StrEnum):
    UNSPECIFIED = "unspecified"
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


STATUS_LABELS = {
    ClientStatus.PROSPECT: QT_TRANSLATE_NOOP("policy", "Not yet met"),
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("policy", "Active"),
    ClientStatus.CLOSED: QT_TRANSLATE_NOOP("policy", "Closed"),
}
GENDER_LABELS = {
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("policy", "Not stated"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("policy", "Female"),
    Gender.MALE: QT_TRANSLATE_NOOP("policy", "Male"),
    Gender.OTHER: QT_TRANSLATE_NOOP("policy", "Other"),
}


@dataclass(frozen=True, slots=True)
class FieldCheck:
    """A value after folding, and what is wrong with it (an English template) if anything."""

    value: str
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def fold(text: str) -> str:
    """NFKC (full-width digits and letters to plain, half-width kana to full) and trimmed spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def fold_hyphens(text: str) -> str:
    return _HYPHEN_RE.sub("-", fold(text))


def digits_only(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isdigit())


def check_name(text: str) -> FieldCheck:
    value = fold(text)
    if not value:
        return FieldCheck(value, QT_TRANSLATE_NOOP("policy", "Enter the client's full name."))
    return FieldCheck(value)


def reading_key(text: str) -> str:
    """A sort key in gojūon order: the reading in hiragana, without spaces."""
    folded = fold(text).replace(" ", "")
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in folded)


def check_reading(text: str) -> FieldCheck:
    value = fold(text)
    kana = value.replace(" ", "").replace("・", "")
    if value and not all(("ぁ" <= ch <= "ゖ") or ("ァ" <= ch <= "ヺ") or ch == "ー" for ch in kana):
        return FieldCheck(value, QT_TRANSLATE_NOOP("policy", "Write the reading in hiragana or katakana."))
    return FieldCheck(value)


def check_postal_code(text: str) -> FieldCheck:
    """Japanese postal codes: seven digits, shown as 123-4567."""
    raw = fold_hyphens(text)
    if not raw:
        return FieldCheck("")
    digits = digits_only(raw.replace("〒", ""))
    if len(digits) != 7 or not re.fullmatch(r"〒?\s*\d{3}-?\d{4}", raw):
        return FieldCheck(raw, QT_TRANSLATE_NOOP("policy", "A postal code has seven digits, like 411-0036."))
    return FieldCheck(f"{digits[:3]}-{digits[3:]}")


def check_phone(text: str, *, mobile: bool = False) -> FieldCheck:
    """Japanese numbers: 0 and 9 more digits (landline) or 070/080/090 and 8 more (mobile)."""
    raw = fold_hyphens(text).replace("(", "-").replace(")", "-")
    if not raw:
        return FieldCheck("")
    if raw.startswith("+81"):
        raw = "0" + raw[3:].lstrip(" -")
    digits = digits_only(raw)
    if not re.fullmatch(r"[\d\s-]+", raw) or not digits.startswith("0"):
        problem = QT_TRANSLATE_NOOP(
            "policy", "Use digits and hyphens only, starting with 0, like 055-123-4567."
        )
        return FieldCheck(raw, problem)
    is_mobile = len(digits) == 11 and digits[:3] in {"070", "080", "090"}
    if mobile and not is_mobile:
        problem = QT_TRANSLATE_NOOP(
            "policy", "A mobile number has 11 digits and starts with 070, 080 or 090."
        )
        return FieldCheck(raw, problem)
    if not (len(digits) == 10 or (len(digits) == 11 and digits[:3] in {"050", "070", "080", "090"})):
        problem = QT_TRANSLATE_NOOP(
            "policy", "A phone number has 10 digits, or 11 for mobiles and 050 numbers."
        )
        return FieldCheck(raw, problem)
    if len(digits) == 11:
        return FieldCheck(f"{digits[:3]}-{digits[3:7]}-{digits[7:]}")
    grouped = re.sub(r"-+", "-", raw.replace(" ", "-")).strip("-")
    return FieldCheck(grouped if "-" in grouped else digits)


def check_email(text: str) -> FieldCheck:
    value = fold(text).replace(" ", "")
    if value and not _EMAIL_RE.fullmatch(value):
        return FieldCheck(value, QT_TRANSLATE_NOOP("policy", "An email address looks like name@example.jp."))
    return FieldCheck(value)


def check_birth_date(value: date | None, today: date) -> FieldCheck:
    if value is None:
        return FieldCheck("")
    if value >= today:
        return FieldCheck(
            value.isoformat(), QT_TRANSLATE_NOOP("policy", "The date of birth must be in the past.")
        )
    if value.year < EARLIEST_BIRTH_YEAR:
        return FieldCheck(value.isoformat(), QT_TRANSLATE_NOOP("policy", "Check the year of birth."))
    return FieldCheck(value.isoformat())
