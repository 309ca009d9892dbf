"""One raw message (bytes) to a :class:`ParsedMail`: headers decoded, body as text, attachments.

Japanese mail comes in ISO-2022-JP, Shift_JIS, EUC-JP or UTF-8, and senders'
programs often use the Microsoft or JIS X 0213 supersets of the declared
charset (circled digits, wave dash). Each text part is therefore decoded with
its declared charset first and then with the superset that keeps every
character, and only as a last resort with replacement characters; a
malformed part never raises. The body prefers ``text/plain`` and falls back to
HTML converted to text (:mod:`desktop.mail.html_text`).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
from dataclasses import dataclass
from datetime import UTC
from email import errors as email_errors
from email import policy
from email.header import decode_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.policy import EmailPolicy
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP
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

#: Declared charset -> codecs tried after it, widest last.
_SUPERSETS: dict[str, tuple[str, ...]] = {
    "iso-2022-jp": ("iso2022_jp_2004", "iso2022_jp_ext", "iso2022_jp_2"),
    "cp932": ("shift_jis_2004",),
    "euc-jp": ("euc_jis_2004", "euc_jisx0213"),
    "us-ascii": ("utf-8", "cp932", "euc_jp"),
}
_ALIASES = {
    "iso2022-jp": "iso-2022-jp",
    "iso-2022-jp-ms": "iso-2022-jp",
    "csiso2022jp": "iso-2022-jp",
    # Mail that says Shift_JIS is nearly always written by Windows' superset (①, ～ as U+FF5E).
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms_kanji": "cp932",
    "windows-31j": "cp932",
    "euc_jp": "euc-jp",
    "x-euc-jp": "euc-jp",
    "ascii": "us-ascii",
    "utf8": "utf-8",
}
_ANGLED = re.compile(r"<([^<>\s]+)>")
#: Longest Message-ID kept as is; longer ones are stored as their SHA-256 (the column holds 255).
_MAX_ID = 250

#: Defects that mean the file was cut short or broken, not just written by a careless program.
_DAMAGE = (
    email_errors.CloseBoundaryNotFoundDefect,
    email_errors.StartBoundaryNotFoundDefect,
    email_errors.InvalidBase64LengthDefect,
    email_errors.MultipartInvariantViolationDefect,
)


class MailProblem(StrEnum):
    """Why a file (or one message of a mailbox) was not imported; the value is an English sentence."""

    MISSING = QT_TRANSLATE_NOOP("MailProblem", "the file does not exist")
    UNREADABLE = QT_TRANSLATE_NOOP("MailProblem", "the file cannot be read (access denied or not a file)")
    EMPTY = QT_TRANSLATE_NOOP("MailProblem", "the file is empty")
    NOT_MAIL = QT_TRANSLATE_NOOP("MailProblem", "the file is not an email message or a mailbox")
    DAMAGED = QT_TRANSLATE_NOOP("MailProblem", "the message is damaged or cut short")


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


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message with line endings and trailing blanks folded (``.eml`` and mbox agree)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n").rstrip()).hexdigest()


def _charset_of(part: Message) -> str:
    declared = (part.get_content_charset() or "us-ascii").strip().lower()
    return _ALIASES.get(declared, declared)


def decode_text(data: bytes, charset: str) -> str:
    """``data`` as text: the declared charset, then its supersets, then UTF-8, never an exception."""
    charset = _ALIASES.get(charset.lower(), charset.lower())
    for codec in (charset, *_SUPERSETS.get(charset, ()), "utf-8"):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(charset if _known(charset) else "utf-8", errors="replace")


def _known(codec: str) -> bool:
    try:
        codecs.lookup(codec)
    except LookupError:
        return False
    return True


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text = decode_text(data, _charset_of(part))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _raw_header(message: EmailMessage, name: str) -> str | None:
    wanted = name.lower()
    return next((str(value) for key, value in message.raw_items() if key.lower() == wanted), None)


def _header(message: EmailMessage, name: str, fallback_charset: str) -> str:
    """A header as text (see :func:`_decoded_words`); empty when the message has none."""
    raw = _raw_header(message, name)
    return "" if raw is None else _decoded_words(raw, fallback_charset)


def _decoded_words(raw: str, fallback_charset: str) -> str:
    """Header text with RFC 2047 words decoded by the same superset rules as bodies.

    The ``email`` package decodes a word in exactly its declared charset and
    replaces what it cannot read (a circled digit in "Shift_JIS"); here each
    word goes through :func:`decode_text`, and raw 8-bit bytes in a header are
    read in the charset of the message's body.
    """
    try:
        words = decode_header(raw)
    except (ValueError, IndexError, TypeError):  # a malformed encoded word: keep the text as written
        words = [(raw, None)]
    text = "".join(
        decode_text(chunk, (charset or fallback_charset).split("*")[0]) if isinstance(chunk, bytes) else chunk
        for chunk, charset in words
    )
    if _garbled(text):
        text = decode_text(text.encode("utf-8", "surrogateescape"), fallback_charset)
    return " ".join(text.split())


def _garbled(text: str) -> bool:
    """Escaped raw bytes: text the ``email`` package read as bytes it could not decode."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


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
    """(address in lower case, display name decoded) for each address of a header, read from its raw text."""
    raw = _raw_header(message, name)
    if raw is None:
        return []
    found = []
    for display, address in getaddresses([raw]):
        if "@" in address:
            found.append((address.strip().lower(), _decoded_words(display, charset)))
    return found


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
    return Attachment(" ".join(name.split())[:255], part.get_content_type(), data)


def _is_inline_text(part: Message) -> bool:
    return (
        part.get_content_maintype() == "text"
        and part.get_content_disposition() != "attachment"
        and not part.get_filename()
    )


def _damaged(message: Message) -> bool:
    return any(isinstance(defect, _DAMAGE) for part in message.walk() for defect in part.defects)


def _looks_like_mail(message: EmailMessage) -> bool:
    """At least a sender or a date or an id, and headers that ended where a header block ends."""
    if any(isinstance(d, email_errors.MissingHeaderBodySeparatorDefect) for d in message.defects):
        return False
    return any(_raw_header(message, name) is not None for name in ("From", "Date", "Message-ID"))


def parse_message(raw: bytes) -> ParsedMail:
    """Parse one message; raise :class:`MailUnreadable` for a file that is not mail or is damaged."""
    if not raw.strip():
        raise MailUnreadable(MailProblem.EMPTY)
    if b"\x00" in raw[:4096]:
        raise MailUnreadable(MailProblem.NOT_MAIL)
    message = _PARSER.parsebytes(raw)
    assert isinstance(message, EmailMessage)
    if not _looks_like_mail(message):
        raise MailUnreadable(MailProblem.NOT_MAIL)
    if _damaged(message):
        raise MailUnreadable(MailProblem.DAMAGED)
    body_part = message.get_body(preferencelist=("plain", "html"))
    if body_part is None:
        body, source = "", "none"
    elif body_part.get_content_subtype() == "html":
        body, source = html_to_text(_part_text(body_part)), "html"
    else:
        body, source = _part_text(body_part).rstrip(), "plain"
    charset = _charset_of(body_part) if body_part is not None else "us-ascii"
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
    )
