"""The Inbox section: imported mail and calls, triage, holds and after-follow replies.

Other sections reach it only through the names below: how the audit trail
names the inbox's and the follow-up's events.
"""

from desktop.views.inbox.followup_audit import AUDIT_LABELS as FOLLOWUP_AUDIT_LABELS
from desktop.views.inbox.inbox_model import AUDIT_LABELS as INBOX_AUDIT_LABELS

__all__ = ["FOLLOWUP_AUDIT_LABELS", "INBOX_AUDIT_LABELS"]
