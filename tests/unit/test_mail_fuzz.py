"""The mail reader on hostile input: it raises nothing but :class:`MailUnreadable`, whatever the bytes.

Two sources of input: arbitrary bytes (with and without a plausible header
block in front, and as a mailbox), and real messages — CPython's own ``email``
test data in ``tests/fixtures/mail/cpython`` and the project's corpus —
mutated by byte flips, cuts, insertions and repeats. Whatever is read must be
storable: no field holds an escaped byte (a lone surrogate), which is what
made one odd address fail a whole import. The targets are shared with the
torture run (:mod:`tests.torture.fuzz`), which runs them for minutes;
``SORAKUMO_FUZZ_EXAMPLES`` raises the number of examples here.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings

from desktop.mail.parse import MailProblem, MailUnreadable, parse_message
from tests.torture import fuzz

EXAMPLES = int(os.environ.get("SORAKUMO_FUZZ_EXAMPLES", "300"))
_SETTINGS = settings(max_examples=EXAMPLES, **fuzz.SETTINGS)
ANY_BYTES, CHANGED_MAIL = fuzz.TARGETS[:2]


@_SETTINGS
@given(ANY_BYTES.strategy())
def test_arbitrary_bytes_are_mail_or_a_reason(data: bytes) -> None:
    ANY_BYTES.check(data)


@_SETTINGS
@given(CHANGED_MAIL.strategy())
def test_mutated_real_mail_is_mail_or_a_reason(data: bytes) -> None:
    CHANGED_MAIL.check(data)


def test_every_real_message_unchanged_is_mail_or_a_reason() -> None:
    for raw in fuzz.REAL_MAIL:
        fuzz.read_mail(raw)


def test_parts_nested_deeper_than_the_stack_are_damaged() -> None:
    raw = fuzz.HEADERS.replace(b'"B"', b'"b"') + b"\r\n--b\r\n"
    for level in range(3000):
        raw += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (level, level)
    raw += b"Content-Type: text/plain\r\n\r\nhello\r\n"
    with pytest.raises(MailUnreadable) as refused:
        parse_message(raw)
    assert refused.value.problem is MailProblem.DAMAGED
