"""The mail reader on hostile input: it raises nothing but :class:`MailUnreadable`, whatever the bytes.

Two sources of input: arbitrary bytes (with and without a plausible header
block in front), and real messages — CPython's own ``email`` test data in
``tests/fixtures/mail/cpython`` and the project's corpus — mutated by byte
flips, cuts, insertions and repeats. Whatever is read must be storable: no
field holds an escaped byte (a lone surrogate), which is what made one odd
address fail a whole import. ``SORAKUMO_FUZZ_EXAMPLES`` raises the number of
examples for a long run (``make torture``); CI keeps a few hundred.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.mail.parse import MailProblem, MailUnreadable, ParsedMail, parse_message
from desktop.mail.reading import Parsed, Unreadable, read_bytes
from tests.helpers import mail_corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "cpython"
EXAMPLES = int(os.environ.get("SORAKUMO_FUZZ_EXAMPLES", "300"))
REAL = [path.read_bytes() for path in sorted(FIXTURES.glob("msg_*.txt"))] + [
    data for name, data in mail_corpus.FILES.items() if name.endswith(".eml")
]
_HEADERS = (
    b"From: =?UTF-8?B?5bGx55Sw?= <a@example.jp>\r\nDate: Tue, 24 Nov 2026 09:15:00 +0900\r\n"
    b'Content-Type: multipart/mixed; boundary="B"\r\n'
)


def _storable(mail: ParsedMail) -> None:
    """Every text field encodes as UTF-8, as the vault's insert does."""
    for field in dataclasses.fields(mail):
        value = getattr(mail, field.name)
        values = value if isinstance(value, tuple) else (value,)
        for item in values:
            if isinstance(item, str):
                item.encode("utf-8")
            elif dataclasses.is_dataclass(item):
                item.filename.encode("utf-8")
                item.content_type.encode("utf-8")


def _read(raw: bytes) -> None:
    try:
        mail = parse_message(raw)
    except MailUnreadable:
        return
    _storable(mail)


@st.composite
def _mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(REAL)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("flip", "cut", "insert", "truncate", "repeat")))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from((b"\r\n", b"--", b"=?", b"?=", b"\x1b$B", b"\xff", b"\r\n\r\n"))
            )
            data[at:at] = draw(st.binary(max_size=16))
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_mail_or_a_reason(data: bytes) -> None:
    _read(data)
    _read(_HEADERS + data)
    for outcome in read_bytes("fuzz.mbox", b"From x\n" + data):
        assert isinstance(outcome, Parsed | Unreadable)


@_SETTINGS
@given(_mutated())
def test_mutated_real_mail_is_mail_or_a_reason(data: bytes) -> None:
    _read(data)


def test_every_real_message_unchanged_is_mail_or_a_reason() -> None:
    for raw in REAL:
        _read(raw)


def test_parts_nested_deeper_than_the_stack_are_damaged() -> None:
    raw = _HEADERS.replace(b'"B"', b'"b"') + b"\r\n--b\r\n"
    for level in range(3000):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
    raw += b"Content-Type: text/plain\r\n\r\nhello\r\n"
    with pytest.raises(MailUnreadable) as refused:
        parse_message(raw)
    assert refused.value.problem is MailProblem.DAMAGED
