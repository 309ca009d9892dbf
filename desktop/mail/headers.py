"""Header text of a message as clean ``str``: RFC 2047 encoded words, raw 8-bit bytes, addresses.

The ``email`` package reads a header's raw bytes as ASCII with escaped
surrogates, and decodes an encoded word in exactly its declared charset.
Here the same text is decoded as ``policy.default`` decodes it — folds
removed, the blanks between two encoded words dropped, every other blank
kept (so a folded ``Re: TEST =?ISO-2022-JP?...?=`` keeps its space) — but
each word's bytes go through the superset rules of
:mod:`desktop.mail.charsets`, neighbouring words of one charset are joined
before decoding (a character split between two words survives), and raw
8-bit bytes are read as UTF-8 (RFC 6532) or else in the body's charset.
Whatever comes out holds no escaped bytes: it can be stored and shown.
"""

from __future__ import annotations

import binascii
import re
from base64 import b64decode
from email.utils import getaddresses

from desktop.mail.charsets import canonical, decode_raw, decode_text

#: An RFC 2047 encoded word; like the ``email`` package, also found inside a longer token.
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_QP_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_ESCAPED = re.compile(r"[\udc80-\udcff]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str, charset: str) -> str:
    """``text`` with raw 8-bit bytes (escaped surrogates) decoded, and no lone surrogate left."""
    if _ESCAPED.search(text):
        text = decode_raw(text.encode("utf-8", "surrogateescape"), charset)
    return _SURROGATE.sub("\ufffd", text)


def _word_bytes(encoding: str, encoded: str) -> bytes | None:
    """The bytes of one encoded word, or ``None`` when they cannot be recovered (kept as written)."""
    data = encoded.encode("utf-8", "surrogateescape")
    if encoding in "qQ":
        return _QP_ESCAPE.sub(lambda found: bytes([int(found[1], 16)]), data.replace(b"_", b" "))
    data = _NOT_BASE64.sub(b"", data)
    data = data[: len(data) - len(data) % 4] if len(data) % 4 == 1 else data + b"=" * (-len(data) % 4)
    try:
        return b64decode(data)
    except (binascii.Error, ValueError):
        return None


def decode_words(raw: str, fallback_charset: str) -> str:
    """A header's text, unfolded and decoded, with runs of blanks made single spaces."""
    text = raw.replace("\r", "").replace("\n", "")
    pieces: list[tuple[str | bytes, str]] = []  # (text, "") or (bytes, charset)
    position, after_word = 0, False
    for found in _ENCODED_WORD.finditer(text):
        between = text[position : found.start()]
        if between and not (after_word and not between.strip(" \t")):
            pieces.append((between, ""))
        data = _word_bytes(found[2], found[3])
        if data is None:
            pieces.append((found[0], ""))
        else:
            pieces.append((data, canonical(found[1])))
        after_word, position = data is not None, found.end()
    pieces.append((text[position:], ""))
    return " ".join(clean(_joined(pieces, fallback_charset), fallback_charset).split())


def _joined(pieces: list[tuple[str | bytes, str]], fallback_charset: str) -> str:
    """Plain text as it is; neighbouring words of one charset decoded together."""
    out: list[str] = []
    pending, pending_charset = b"", ""
    for piece, charset in pieces:
        if isinstance(piece, bytes) and charset == pending_charset:
            pending += piece
            continue
        if pending_charset:
            out.append(decode_text(pending, pending_charset))
        pending, pending_charset = b"", ""
        if isinstance(piece, bytes):
            pending, pending_charset = piece, charset
        else:
            out.append(clean(piece, fallback_charset))
    if pending_charset:
        out.append(decode_text(pending, pending_charset))
    return "".join(out)


def addresses(raw: str, fallback_charset: str) -> list[tuple[str, str]]:
    """(address in lower case, display name decoded) for each address of a header's raw text."""
    text = clean(raw.replace("\r", "").replace("\n", ""), fallback_charset)
    found = []
    for display, address in getaddresses([text]):
        if "@" in address:
            found.append((address.strip().lower(), decode_words(display, fallback_charset)))
    return found
