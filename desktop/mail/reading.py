"""Mail files to parsed messages: an ``.eml`` is one message, an mbox many.

The kind is told from the content, not the name: a file whose first line is
an mbox ``From`` separator is a mailbox. Mailboxes are split here (mboxrd:
``>From`` lines lose one ``>``) rather than with :mod:`mailbox`, which opens
the file for writing and may leave lock files next to it; nothing is ever
written beside the file read. Every outcome is data: a :class:`ParsedMail`
or an :class:`Unreadable` naming the file (and the message's place in a
mailbox) with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.mail.parse import MailProblem, MailUnreadable, ParsedMail, forget_headers, parse_message

#: A separator starts the file or follows a blank line; a bare "From " inside a body does not split.
_SEPARATOR = re.compile(rb"(?:\A|(?<=\n\n)|(?<=\n\r\n))From [^\r\n]*\r?\n")
_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file, or message ``position`` (1-based) of a mailbox, that was not imported, and why."""

    name: str
    problem: MailProblem
    position: int = 0


@dataclass(frozen=True, slots=True)
class Parsed:
    """A message read from file ``name`` (``position`` in a mailbox, 0 for a single message)."""

    name: str
    mail: ParsedMail
    position: int = 0


def is_mbox(raw: bytes) -> bool:
    return raw.startswith(b"From ")


def split_mbox(raw: bytes) -> Iterator[bytes]:
    """The raw bytes of each message of an mbox, separator line removed and ``>From`` unquoted."""
    starts = [found.start() for found in _SEPARATOR.finditer(raw)]
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(raw)
        chunk = raw[start:end]
        chunk = chunk[chunk.index(b"\n") + 1 :]
        yield _QUOTED_FROM.sub(rb"\1", chunk)


def _one(name: str, raw: bytes, position: int) -> Parsed | Unreadable:
    try:
        return Parsed(name, parse_message(raw), position)
    except MailUnreadable as refused:
        return Unreadable(name, refused.problem, position)
    except Exception:  # the email package's own bugs on hostile input: one reason, never a crash
        return Unreadable(name, MailProblem.DAMAGED, position)


def read_bytes(name: str, raw: bytes) -> Iterator[Parsed | Unreadable]:
    """Every message in ``raw`` (one ``.eml`` or a whole mbox) as an outcome."""
    try:
        if not is_mbox(raw):
            yield _one(name, raw, 0)
            return
        for position, chunk in enumerate(split_mbox(raw), start=1):
            yield _one(name, chunk, position)
    finally:
        forget_headers()


def read_file(path: Path) -> Iterator[Parsed | Unreadable]:
    """Every message of the file at ``path``; a file that cannot be opened is one :class:`Unreadable`."""
    name = path.name
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        yield Unreadable(name, MailProblem.MISSING)
        return
    except OSError:  # a folder, no permission, a device
        yield Unreadable(name, MailProblem.UNREADABLE)
        return
    yield from read_bytes(name, raw)
