"""The audit trail's names for the disclosure-consent events, and their filter choices (P-DISCLOSE)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

DISCLOSURE_ACTION_LABELS = {
    "consent.recorded": QT_TRANSLATE_NOOP("AuditModel", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("AuditModel", "Consent withdrawal recorded"),
    "disclosure.recorded": QT_TRANSLATE_NOOP("AuditModel", "Disclosure recorded"),
    "disclosure.corrected": QT_TRANSLATE_NOOP("AuditModel", "Disclosure record corrected"),
    "disclosure.deleted": QT_TRANSLATE_NOOP("AuditModel", "Disclosure record deleted after retention"),
    "disclosure.purged": QT_TRANSLATE_NOOP("AuditModel", "Records of erased clients purged after retention"),
    "disclosure.report_saved": QT_TRANSLATE_NOOP("AuditModel", "Annual disclosure report saved"),
    "request.recorded": QT_TRANSLATE_NOOP("AuditModel", "Client's request registered"),
    "request.answered": QT_TRANSLATE_NOOP("AuditModel", "Client's request answered"),
    "testimonial.marked": QT_TRANSLATE_NOOP("AuditModel", "Testimonial marked"),
    "testimonial.taken_down": QT_TRANSLATE_NOOP("AuditModel", "Testimonial taken down"),
    "demo.disclosures_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo consents and disclosures added"),
}

DISCLOSURE_ACTION_KINDS = [
    ("disclosure.", QT_TRANSLATE_NOOP("AuditModel", "Disclosures")),
    ("consent.", QT_TRANSLATE_NOOP("AuditModel", "Consents")),
    ("request.", QT_TRANSLATE_NOOP("AuditModel", "Clients' requests")),
]
