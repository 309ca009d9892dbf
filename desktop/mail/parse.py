"""One raw message (bytes) to a :class:`ParsedMail`: headers decoded, body as text, attachments.

Japanese mail comes in ISO-2022-JP, Shift_JIS, EUC-JP or UTF-8, and senders'
programs often use the Microsoft or JIS X 0213 supersets of the declared
charset (circled digits, wave dash); so do Chinese and Korean senders (GBK
labelled GB2312, CP949 labelled EUC-KR). Each text part is therefore decoded
with its declared charset first and then with the superset that keeps every
character (:mod:`desktop.mail.charsets`), and only as a last resort with
replacement characters; headers are decoded by :mod:`desktop.mail.headers`.
A malformed part never raises. The body prefers ``text/plain`` and falls back
to HTML converted to text (:mod:`desktop.mail.html_text`). Mail that mail
programs show despite a defect (no closing MIME boundary) is read, and the
defect is named in :attr:`ParsedMail.defects` for the importer to show.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC
from email import errors as email_errors
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.mail.charsets import canonical, decode_text
from desktop.mail.headers import addresses, clean, decode_words
from desktop.mail.html_text import html_to_text


class _RememberingPolicy(EmailPolicy):
    """``policy.default``, except that a header value already parsed is not parsed again.

    The ``email`` package parses a header each time it is read, and reading a
    message's structure reads ``Content-Type`` and ``Content-Disposition``
    many times; in a mailbox the same values recur in every message. Parsed
    headers are immutable strings, so one parse serves every read.
    :func:`forget_headers` empties the memory after each file, so no header
    text outlives the import.
    """

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):
            return value
        return _parsed_header(name, value)


@functools.lru_cache(maxsize=4096)
def _parsed_header(name: str, value: str) -> Any:
    return policy.default.header_fetch_parse(name, value)


def forget_headers() -> None:
    """Drop every remembered header (called when a file is done)."""
    _parsed_header.cache_clear()


_POLICY = _RememberingPolicy()
_PARSER = BytesParser(policy=_POLICY)

_ANGLED = re.compile(r"<([^<>\s]+)>")
#: Longest Message-ID kept as is; longer ones are stored as their SHA-256 (the column holds 255).
_MAX_ID = 250

#: Defects that mean the file is broken, not just written by a careless program.
_DAMAGE = (email_errors.StartBoundaryNotFoundDefect, email_errors.MultipartInvariantViolationDefect)
#: Base64 that stops inside a group of four: the part was cut short.
_CUT = (email_errors.InvalidBase64LengthDefect, email_errors.InvalidBase64PaddingDefect)


class MailProblem(StrEnum):
    """Why a file (or one message of a mailbox) was not imported; the value is an English sentence."""

    MISSING = QT_TRANSLATE_NOOP("MailProblem", "the file does not exist")
    UNREADABLE = QT_TRANSLATE_NOOP("MailProblem", "the file cannot be read (access denied or not a file)")
    EMPTY = QT_TRANSLATE_NOOP("MailProblem", "the file is empty")
    NOT_MAIL = QT_TRANSLATE_NOOP("MailProblem", "the file is not an email message or a mailbox")
    DAMAGED = QT_TRANSLATE_NOOP("MailProblem", "the message is damaged or cut short")
    NOT_STORED = QT_TRANSLATE_NOOP(
        "MailProblem", "the message could not be stored (an unexpected error); the others were imported"
    )


class MailDefect(StrEnum):
    """What is wrong with a message that was read all the same; the value is an English sentence."""

    UNCLOSED = QT_TRANSLATE_NOOP(
        "MailDefect", "the message has no closing MIME boundary, so its end may be missing"
    )


class MailUnreadable(ValueError):
    """Raised by :func:`parse_message` only; :mod:`desktop.mail.reading` turns it into a reason."""

    def __init__(self, problem: MailProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """A message as the vault keeps it; ``sent_at`` is a UTC ISO string or ``None`` without a date."""

    message_id: str | None
    in_reply_to: str
    references: tuple[str, ...]
    from_address: str
    from_name: str
    to_addresses: tuple[str, ...]
    subject: str
    sent_at: str | None
    body: str
    body_source: str
    attachments: tuple[Attachment, ...]
    content_hash: str
    #: Defects the message was read despite (mail programs show it too); empty for well-formed mail.
    defects: tuple[MailDefect, ...] = ()


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message with line endings and trailing blanks folded (``.eml`` and mbox agree)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n").rstrip()).hexdigest()


def _charset_of(part: Message) -> str:
    return canonical(part.get_content_charset() or "us-ascii")


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text = decode_text(data, _charset_of(part))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _raw_header(message: EmailMessage, name: str) -> str | None:
    wanted = name.lower()
    return next((str(value) for key, value in message.raw_items() if key.lower() == wanted), None)


def _header(message: EmailMessage, name: str, fallback_charset: str) -> str:
    """A header as text (see :func:`desktop.mail.headers.decode_words`); empty when the message has none."""
    raw = _raw_header(message, name)
    return "" if raw is None else decode_words(raw, fallback_charset)


def _ids(text: str) -> tuple[str, ...]:
    return tuple(_short_id(found) for found in _ANGLED.findall(text))


def _short_id(found: str) -> str:
    return found if len(found) <= _MAX_ID else hashlib.sha256(found.encode()).hexdigest()


def _message_id(message: EmailMessage, charset: str) -> str | None:
    text = _header(message, "Message-ID", charset)
    found = _ids(text)
    if found:
        return found[0]
    bare = text.strip("<> ")
    return _short_id(bare) if bare else None


def _addresses(message: EmailMessage, name: str, charset: str) -> list[tuple[str, str]]:
    raw = _raw_header(message, name)
    return [] if raw is None else addresses(raw, charset)


def _sent_at(message: EmailMessage) -> str | None:
    raw = _raw_header(message, "Date")
    if raw is None:
        return None
    try:
        moment = parsedate_to_datetime(raw)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # "-0000": the time is UTC with no zone known
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _leaves(part: Message) -> list[Message]:
    """Every non-multipart part in order; an attached message stays one part (it becomes a file)."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        return [part]
    found: list[Message] = []
    for child in part.get_payload():
        if isinstance(child, Message):
            found.extend(_leaves(child))
    return found


def _attachment(part: Message) -> Attachment:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload(0)
        data = inner.as_bytes(policy=policy.default) if isinstance(inner, Message) else b""
        name = part.get_filename() or "message.eml"
    else:
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        name = part.get_filename() or ""
    return Attachment(
        " ".join(clean(name, "us-ascii").split())[:255], clean(part.get_content_type(), ""), data
    )


def _is_inline_text(part: Message) -> bool:
    return (
        part.get_content_maintype() == "text"
        and part.get_content_disposition() != "attachment"
        and not part.get_filename()
    )


def _defects(message: Message, body_part: Message | None) -> tuple[MailDefect, ...]:
    """The defects a readable message is kept with; :class:`MailUnreadable` when it is damaged.

    Mail programs show a multipart message whose closing boundary is missing
    (list archives and some senders drop it), so it is read with a note when
    its text is there and its last part is not visibly cut (base64 that stops
    inside a group of four, or nothing after its headers). A missing opening
    boundary leaves no parts at all: that is damage.
    """
    found = [defect for part in message.walk() for defect in part.defects]
    if any(isinstance(defect, _DAMAGE) for defect in found):
        raise MailUnreadable(MailProblem.DAMAGED)
    if not any(isinstance(defect, email_errors.CloseBoundaryNotFoundDefect) for defect in found):
        return ()
    last = _leaves(message)[-1]
    if body_part is None or (last.get_content_maintype() != "multipart" and _cut_short(last)):
        raise MailUnreadable(MailProblem.DAMAGED)
    return (MailDefect.UNCLOSED,)


def _cut_short(part: Message) -> bool:
    """The last part of an unclosed message ends in its headers, or inside a group of base64."""
    if not part.get_payload():
        return True
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() != "base64":
        return False
    part.get_payload(decode=True)  # registers the decoding's defects on the part
    return any(isinstance(defect, _CUT) for defect in part.defects)


def _looks_like_mail(message: EmailMessage) -> bool:
    """At least a sender or a date or an id, and headers that ended where a header block ends."""
    if any(isinstance(d, email_errors.MissingHeaderBodySeparatorDefect) for d in message.defects):
        return False
    return any(_raw_header(message, name) is not None for name in ("From", "Date", "Message-ID"))


def parse_message(raw: bytes) -> ParsedMail:
    """Parse one message; raise :class:`MailUnreadable` for a file that is not mail or is damaged.

    That is the only exception it raises, whatever the bytes (``tests/unit/test_mail_fuzz.py``).
    """
    try:
        return _parse(raw)
    except RecursionError:  # parts nested deeper than the interpreter's stack: no mail program writes that
        raise MailUnreadable(MailProblem.DAMAGED) from None


def _parse(raw: bytes) -> ParsedMail:
    if not raw.strip():
        raise MailUnreadable(MailProblem.EMPTY)
    if b"\x00" in raw[:4096]:
        raise MailUnreadable(MailProblem.NOT_MAIL)
    message = _PARSER.parsebytes(raw)
    assert isinstance(message, EmailMessage)
    if not _looks_like_mail(message):
        raise MailUnreadable(MailProblem.NOT_MAIL)
    body_part = message.get_body(preferencelist=("plain", "html"))
    defects = _defects(message, body_part)
    if body_part is None:
        body, source = "", "none"
    elif body_part.get_content_subtype() == "html":
        body, source = html_to_text(_part_text(body_part)), "html"
    else:
        body, source = _part_text(body_part).rstrip(), "plain"
    charset = _charset_of(body_part) if body_part is not None else "us-ascii"
    body = clean(body, charset)
    attachments = tuple(
        _attachment(part) for part in _leaves(message) if part is not body_part and not _is_inline_text(part)
    )
    senders = _addresses(message, "From", charset)
    address, name = senders[0] if senders else ("", _header(message, "From", charset))
    return ParsedMail(
        message_id=_message_id(message, charset),
        in_reply_to=next(iter(_ids(_header(message, "In-Reply-To", charset))), ""),
        references=_ids(_header(message, "References", charset)),
        from_address=address,
        from_name=name,
        to_addresses=tuple(addr for addr, _ in _addresses(message, "To", charset)),
        subject=_header(message, "Subject", charset),
        sent_at=_sent_at(message),
        body=body,
        body_source=source,
        attachments=attachments,
        content_hash=content_hash(raw),
        defects=defects,
    )
