"""The audit trail's filter choices for the disclosure-consent events (P-DISCLOSE)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

DISCLOSURE_ACTION_KINDS = [
    ("disclosure.", QT_TRANSLATE_NOOP("AuditModel", "Disclosures")),
    ("consent.", QT_TRANSLATE_NOOP("AuditModel", "Consents")),
    ("request.", QT_TRANSLATE_NOOP("AuditModel", "Clients' requests")),
]
