"""A client list saved as CSV: its encoding, its rows, and a first guess at which column is which.

Excel on a Japanese system saves "CSV (comma delimited)" in Shift_JIS (Windows'
code page 932) with CRLF line ends, and "CSV UTF-8" in UTF-8 with a byte-order
mark; other programs write UTF-8 without one. The encoding is not declared in
the file, so it is found the only reliable way: a byte-order mark says UTF-8;
otherwise text that decodes as strict UTF-8 is UTF-8 (Shift_JIS text with any
Japanese in it almost never does), and otherwise it is read as CP932, the
superset of Shift_JIS Excel writes (①, ㈱ and the NEC/IBM kanji included). The
encoding used is reported so the counsellor sees which reading was chosen.

The first row holds the column headings. Every problem with the file as a
whole is one sentence (:class:`~desktop.errors.InvalidInput`); a problem with
one row belongs to that row and is shown in the preview.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.errors import InvalidInput
from desktop.i18n import QT_TRANSLATE_NOOP

#: Larger than any client list a solo practice keeps (10,000 clients is about 2 MB).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Longer than any field of a client record, even a long note: a longer cell is a broken file.
MAX_CELL_CHARS = 5000
_TOO_LARGE = QT_TRANSLATE_NOOP("policy", "The file is larger than 20 MB; that is not a client list.")


class Encoding(StrEnum):
    UTF8 = "utf-8"
    UTF8_BOM = "utf-8-sig"
    CP932 = "cp932"


ENCODING_LABELS = {
    Encoding.UTF8: QT_TRANSLATE_NOOP("policy", "UTF-8"),
    Encoding.UTF8_BOM: QT_TRANSLATE_NOOP("policy", "UTF-8 with a byte-order mark (Excel's “CSV UTF-8”)"),
    Encoding.CP932: QT_TRANSLATE_NOOP("policy", "Shift_JIS (CP932, as Excel saves CSV in Japanese)"),
}

#: The client-record fields a column can fill, in the order the mapping shows them.
FIELDS = (
    "full_name",
    "name_reading",
    "postal_code",
    "address",
    "birth_date",
    "gender",
    "occupation",
    "phone",
    "mobile",
    "email",
    "private_notes",
)

#: Headings (folded: NFKC, lower case, no spaces) each field is recognised by. Exact matches
#: are tried first; then a heading containing one of the words, in this order, so that
#: 氏名（カナ） is the reading before 氏名 is the name, and 携帯電話 the mobile before 電話.
_HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("name_reading", ("フリガナ", "ふりがな", "よみがな", "ヨミガナ", "読み", "よみ", "カナ", "かな",
                      "reading", "furigana", "kana")),
    ("mobile", ("携帯", "モバイル", "mobile", "cell")),
    ("email", ("メールアドレス", "メール", "e-mail", "email", "mail")),
    ("birth_date", ("生年月日", "誕生日", "dateofbirth", "birthdate", "birthday", "birth", "dob")),
    ("postal_code", ("郵便番号", "〒", "postalcode", "postcode", "zipcode", "zip")),
    ("address", ("住所", "所在地", "address")),
    ("gender", ("性別", "gender", "sex")),
    ("occupation", ("職業", "ご職業", "勤務先", "occupation", "job")),
    ("phone", ("電話番号", "電話", "tel", "phone", "telephone")),
    ("private_notes", ("備考", "メモ", "notes", "note", "memo", "remarks")),
    ("full_name", ("氏名", "名前", "お名前", "姓名", "顧客名", "相談者", "fullname", "name", "client")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One record of the file. ``number`` is its row as Excel shows it (the headings are row 1)."""

    number: int
    cells: tuple[str, ...]
    #: Cells past the last heading that hold something: the row does not fit the headings.
    extra_cells: bool = False
    #: A cell longer than :data:`MAX_CELL_CHARS`.
    oversized: bool = False


@dataclass(frozen=True, slots=True)
class CsvTable:
    encoding: Encoding
    headings: tuple[str, ...]
    rows: tuple[CsvRow, ...]


def read_file(path: Path) -> bytes:
    """The file's bytes, or a sentence if it cannot be read or is far too large for a client list."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput(_TOO_LARGE)
        return path.read_bytes()
    except OSError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "policy", "The file could not be read. Check that it exists and is not open elsewhere."
            )
        ) from None


def decode(data: bytes) -> tuple[str, Encoding]:
    """The file's text and the encoding it was read with; a sentence if it is not text."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff") or b"\x00" in data:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "policy",
                "The file is not a CSV text file (it holds NUL bytes, as a spreadsheet or “Unicode text” "
                "does). Save the list from Excel as “CSV UTF-8” or “CSV (comma delimited)”.",
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = Encoding.UTF8_BOM
    else:
        try:
            return data.decode("utf-8"), Encoding.UTF8
        except UnicodeDecodeError:
            encoding = Encoding.CP932
    try:
        return data.decode(encoding.value), encoding
    except UnicodeDecodeError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "policy",
                "The file is neither UTF-8 nor Shift_JIS text. Save the list from Excel as “CSV UTF-8” "
                "and choose it again.",
            )
        ) from None


def read_table(data: bytes) -> CsvTable:
    """The headings and the non-blank rows of a CSV file, or one sentence saying why it cannot be read."""
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(_TOO_LARGE)
    text, encoding = decode(data)
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "The file is empty."))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error:  # an unclosed quote, or a cell beyond the csv module's own limit
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "policy",
                "The file is not a well-formed CSV file (a quotation mark is not closed, or a cell is "
                "far too long). Save it again from the spreadsheet as CSV.",
            )
        ) from None
    numbered = [
        (number, cells) for number, cells in enumerate(records, start=1) if any(c.strip() for c in cells)
    ]
    if not numbered:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "The file is empty."))
    (_, headings), *body = numbered
    width = len(headings)
    if not body:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("policy", "The file has column headings but no rows of clients under them.")
        )
    rows = tuple(
        CsvRow(
            number,
            tuple(cells[:width]) + ("",) * (width - len(cells)),
            extra_cells=any(c.strip() for c in cells[width:]),
            oversized=any(len(c) > MAX_CELL_CHARS for c in cells),
        )
        for number, cells in body
    )
    return CsvTable(encoding, tuple(h.strip() for h in headings), rows)


def _folded(heading: str) -> str:
    return "".join(unicodedata.normalize("NFKC", heading).lower().split()).strip("*:：")


def guess_mapping(headings: Sequence[str]) -> dict[str, int]:
    """Field name -> column index, guessed from Japanese and English headings; unknown columns left out."""
    folded = [_folded(h) for h in headings]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for field, words in _HEADINGS:
            if field in mapping:
                continue
            for index, heading in enumerate(folded):
                if index in taken or not heading:
                    continue
                hit = heading in words if exact else any(word in heading for word in words)
                if hit:
                    mapping[field] = index
                    taken.add(index)
                    break
    return mapping
