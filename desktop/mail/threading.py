"""Which conversation a message belongs to: References and In-Reply-To first, then the subject.

Pure functions; the import service keeps the map of known Message-IDs. A
thread's key is ``id:`` and the Message-ID its replies point back to as the
root (so a reply imported before its original still lands in the same
thread), or ``hash:`` and the content hash of a message that has neither an
id nor a parent. Replies without headers (some mobile programs drop them) are
joined by their subject with the ``Re:`` prefixes removed, for the same
correspondent only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

#: Reply and forward prefixes, after NFKC (so "ＲＥ：" is "RE:"), any number of them, any case.
_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|sv|返信|転送)(\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE)


def subject_key(subject: str) -> str:
    """The subject without reply prefixes, width-folded, case-folded and with single spaces."""
    folded = unicodedata.normalize("NFKC", subject)
    return " ".join(_PREFIX.sub("", folded).split()).casefold()


def is_reply_subject(subject: str) -> bool:
    return _PREFIX.match(unicodedata.normalize("NFKC", subject)) is not None


def thread_key(
    *,
    message_id: str | None,
    in_reply_to: str,
    references: tuple[str, ...],
    content_hash: str,
    known: Mapping[str, str],
    by_subject: str | None,
) -> str:
    """The thread of a message, given the threads of the Message-IDs already ``known``.

    ``by_subject`` is the thread of an earlier message from the same
    correspondent with the same :func:`subject_key`, used only for a reply
    that names no parent.
    """
    for parent in (in_reply_to, *reversed(references)):
        if parent and parent in known:
            return known[parent]
    if references:
        return f"id:{references[0]}"
    if in_reply_to:
        return f"id:{in_reply_to}"
    if by_subject is not None:
        return by_subject
    return f"id:{message_id}" if message_id else f"hash:{content_hash}"
