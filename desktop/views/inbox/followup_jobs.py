"""The inbox's follow-up work (triage, holds, replies) for the worker thread (P-AFTERFOLLOW).

Like :mod:`desktop.views.calendar.booking_jobs`, each function imports its service
when it runs, on the worker thread, so SQLAlchemy stays out of the views.
Results are the services' dataclasses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.policy.afterfollow import HoldReason, ReplyTemplate, Trigger

if TYPE_CHECKING:
    from desktop.policy import Verdict
    from desktop.services.contacts import ContactRecord
    from desktop.services.inbox.replies import ReplyDraft
    from desktop.services.inbox.triage import MessageTriage
    from desktop.vault.store import OpenVault


# --- triage --------------------------------------------------------------------------------


def triage_of(vault: OpenVault, message_id: int) -> MessageTriage:
    from desktop.services.inbox import triage

    return triage.triage_of(vault, message_id=message_id)


def set_trigger(vault: OpenVault, message_id: int, trigger: Trigger, tagged: bool) -> MessageTriage:
    from desktop.services.inbox import triage

    return triage.set_trigger(vault, message_id=message_id, trigger=trigger, tagged=tagged)


def hold(vault: OpenVault, message_id: int, reason: HoldReason) -> MessageTriage:
    from desktop.services.inbox import triage

    return triage.hold_message(vault, message_id=message_id, reason=reason)


def release(vault: OpenVault, message_id: int) -> MessageTriage:
    from desktop.services.inbox import triage

    return triage.release_hold(vault, message_id=message_id)


def propose_in_person(vault: OpenVault, message_id: int) -> int:
    from desktop.services.inbox import triage

    return triage.propose_in_person(vault, message_id=message_id)


# --- replies -------------------------------------------------------------------------------


def draft_reply(vault: OpenVault, message_id: int, template: ReplyTemplate, language: str) -> ReplyDraft:
    from desktop.services.inbox import replies

    return replies.draft_reply(vault, message_id=message_id, template=template, language=language)


def reply_templates(vault: OpenVault, message_id: int) -> tuple[list[ReplyTemplate], Verdict]:
    from desktop.services.inbox import replies

    return replies.reply_templates(vault, message_id=message_id)


def log_reply(vault: OpenVault, draft: ReplyDraft, subject: str, text: str) -> ContactRecord:
    from desktop.services.inbox import replies

    return replies.log_reply(vault, draft=draft, subject=subject, text=text)
