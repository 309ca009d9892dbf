"""The inbox work the Inbox section hands to the worker thread, one function per action.

Like :mod:`desktop.views.calendar.booking_jobs`, each function imports its service
when it runs, on the worker thread, so SQLAlchemy stays out of the views and
out of start-up. Results are the services' dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.inbox import MessageView, ThreadRow
    from desktop.services.inbox.mail_import import ImportReport
    from desktop.vault.store import OpenVault


def threads(vault: OpenVault, view: str) -> list[ThreadRow]:
    """The threads of the view named ``view`` (an ``InboxView`` value)."""
    from desktop.services import inbox

    return inbox.threads(vault, view=inbox.InboxView(view))


def thread_messages(vault: OpenVault, thread_key: str) -> list[MessageView]:
    from desktop.services import inbox

    return inbox.thread_messages(vault, thread_key=thread_key)


def import_files(vault: OpenVault, paths: Sequence[Path]) -> ImportReport:
    from desktop.services.inbox import mail_import

    return mail_import.import_files(vault, paths)


def link_sender(vault: OpenVault, message_id: int, client_id: int) -> int:
    from desktop.services import inbox

    return inbox.link_sender(vault, message_id=message_id, client_id=client_id)


def create_prospect(vault: OpenVault, message_id: int, full_name: str) -> int:
    from desktop.services import inbox

    return inbox.create_prospect(vault, message_id=message_id, full_name=full_name)


def log_call(
    vault: OpenVault,
    *,
    occurred_at: datetime,
    duration_minutes: int,
    caller: str,
    summary: str,
    client_id: int | None,
    thread_of: int | None,
) -> int:
    from desktop.services import inbox

    draft = inbox.CallDraft(occurred_at, duration_minutes, caller, summary, client_id, "in", thread_of)
    return inbox.log_call(vault, draft=draft)
