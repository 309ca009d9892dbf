"""The inbox: threads per view, reading a thread, matching senders, logging calls, danger flags.

Every use case is one transaction, audited with ids only. Callers use this
package's names (``inbox.threads(...)``); the submodules hold one subject each:

- :mod:`.lists`: the threads of each view (P-PREMEET, P-AFTERFOLLOW) and the
  messages of one thread;
- :mod:`.senders`: matching an unknown sender to a client, or making them a prospect;
- :mod:`.calls`: phone calls logged as messages, and refreshing the danger flags;
- :mod:`._shared`: the helpers :mod:`.senders` and :mod:`.calls` share.

Beside them, modules used by their own name
(``from desktop.services.inbox import mail_import``):

- :mod:`.mail_import`: importing .eml files and mbox mailboxes;
- :mod:`.triage`: trigger tags, holds and the in-person proposal (P-AFTERFOLLOW, P-PREMEET);
- :mod:`.replies`: reply drafts handed to the mail program and logged (P-CONTACT);
- :mod:`.danger_phrases`: the phrases that raise a message to the top.
"""

from __future__ import annotations

from desktop.services.inbox.calls import CallDraft, InvalidCall, add_call, log_call, refresh_danger_flags
from desktop.services.inbox.lists import (
    THREAD_LIMIT,
    AttachmentInfo,
    InboxView,
    MessageView,
    ThreadRow,
    thread_messages,
    threads,
)
from desktop.services.inbox.senders import create_prospect, link_sender

__all__ = [
    "THREAD_LIMIT",
    "AttachmentInfo",
    "CallDraft",
    "InboxView",
    "InvalidCall",
    "MessageView",
    "ThreadRow",
    "add_call",
    "create_prospect",
    "link_sender",
    "log_call",
    "refresh_danger_flags",
    "thread_messages",
    "threads",
]
