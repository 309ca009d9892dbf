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

import phonenumbers
from phonenumbers import PhoneNumberType

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


#: The vowel a kana ends in, as the hiragana vowel (from the character's Unicode name: KA -> あ).
_VOWELS = {"A": "あ", "I": "い", "U": "う", "E": "え", "O": "お"}


def _vowel_of(kana: str) -> str | None:
    """The hiragana vowel ``kana`` ends in (か -> あ, ゅ -> う), or None for ん and non-kana."""
    if not "ぁ" <= kana <= "ゖ":
        return None
    name = unicodedata.name(kana, "")
    return _VOWELS.get(name[-1:]) if name.startswith("HIRAGANA LETTER") else None


def reading_key(text: str) -> str:
    """A sort key in gojūon order: the reading in hiragana, without spaces.

    The long-vowel mark ー (U+30FC) comes after every kana in code-point order,
    so ラーメン would sort after ランチ. Japanese dictionaries and the standard
    collation (JIS X 4061) read the mark as the vowel of the kana before it:
    ラーメン sorts as らあめん, コーヒー as こおひい. The key does the same; a
    mark with no kana before it (or after ん) is kept as it is.
    """
    folded = fold(text).replace(" ", "")
    hiragana = "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in folded)
    key: list[str] = []
    for ch in hiragana:
        vowel = _vowel_of(key[-1]) if ch == "ー" and key else None
        key.append(vowel or ch)
    return "".join(key)


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


def _japanese_number(digits: str) -> phonenumbers.PhoneNumber | None:
    """``digits`` (a national number, 0 first) as a number in use in Japan, or None."""
    try:
        number = phonenumbers.parse(digits, "JP")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number_for_region(number, "JP") else None


def check_phone(text: str, *, mobile: bool = False) -> FieldCheck:
    """Japanese numbers, checked and grouped with ``phonenumbers`` (libphonenumber's data for Japan).

    Counting digits cannot tell a free-dial 0800-123-4567 (11 digits) from an
    080 mobile: libphonenumber knows which prefixes are in use for what, so a
    free-dial number keeps its own grouping and a mobile-only field refuses it.
    Numbers are stored in the national format (055-987-6543, 0554-12-3456).
    """
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
    number = _japanese_number(digits)
    if mobile and (number is None or phonenumbers.number_type(number) != PhoneNumberType.MOBILE):
        problem = QT_TRANSLATE_NOOP(
            "policy", "A mobile number has 11 digits and starts with 070, 080 or 090."
        )
        return FieldCheck(raw, problem)
    if number is None:
        problem = QT_TRANSLATE_NOOP(
            "policy", "A phone number has 10 digits, or 11 for mobiles and 050 numbers."
        )
        return FieldCheck(raw, problem)
    return FieldCheck(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def check_email(text: str) -> FieldCheck:
    value = fold(text).replace(" ", "")
    if value and not _EMAIL_RE.fullmatch(value):
        return FieldCheck(value, QT_TRANSLATE_NOOP("policy", "An email address looks like name@example.jp."))
    return FieldCheck(value)


#: Japanese eras a birth date on an intake form may be written in, with the year before their first.
_ERAS = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERA_LETTERS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}


def birth_date_parts(text: str) -> tuple[int, int, int] | bool | None:
    """Year, month and day as written (era years made Western); None if empty, False if unreadable.

    Accepts 1985-04-02, 1985/4/2, 1985年4月2日, 19850402, 昭和60年4月2日 and S60.4.2,
    with full-width digits too. The parts come before the date, so the form can
    say what is wrong with one that does not exist (February 30th).
    """
    folded = fold_hyphens(text).replace("元年", "1年")
    if not folded:
        return None
    offset = 0
    era = re.match(r"(明治|大正|昭和|平成|令和|[MTSHR])\s*", folded, re.IGNORECASE)
    if era is not None:
        name = era.group(1)
        offset = _ERAS[_ERA_LETTERS.get(name.upper(), name)]
        folded = folded[era.end() :]
    parts = [int(p) for p in re.findall(r"\d+", folded)]
    if len(parts) == 1 and len(str(parts[0])) == 8 and not offset:
        number = parts[0]
        parts = [number // 10000, number // 100 % 100, number % 100]
    if len(parts) != 3 or re.search(r"[^\d\s./\-年月日]", folded):
        return False
    return parts[0] + offset, parts[1], parts[2]


def parse_birth_date(text: str) -> date | bool | None:
    """The date written, None if the text is empty, False if it cannot be read or does not exist.

    The client form and the client-list import both read dates of birth with
    it, so a date one accepts the other accepts.
    """
    parts = birth_date_parts(text)
    if not isinstance(parts, tuple):
        return parts
    try:
        return date(*parts)
    except (ValueError, OverflowError):
        return False


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
