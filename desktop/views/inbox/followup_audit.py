"""How the audit trail names the follow-up events (triage, replies, contacts, emergencies)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

#: Merged into the audit model's labels; context ``AuditModel`` like the rest.
AUDIT_LABELS = {
    "message.triage_viewed": QT_TRANSLATE_NOOP("AuditModel", "Message triage opened"),
    "message.tagged": QT_TRANSLATE_NOOP("AuditModel", "After-follow trigger tagged"),
    "message.untagged": QT_TRANSLATE_NOOP("AuditModel", "After-follow trigger removed"),
    "message.held": QT_TRANSLATE_NOOP("AuditModel", "Reply held"),
    "message.released": QT_TRANSLATE_NOOP("AuditModel", "Hold released"),
    "message.in_person_proposed": QT_TRANSLATE_NOOP("AuditModel", "In-person session proposed"),
    "message.reply_drafted": QT_TRANSLATE_NOOP("AuditModel", "Reply drafted"),
    "contact.logged": QT_TRANSLATE_NOOP("AuditModel", "Contact logged"),
    "contact.queued": QT_TRANSLATE_NOOP("AuditModel", "Contact prepared"),
    "contact.made": QT_TRANSLATE_NOOP("AuditModel", "Prepared contact made"),
    "contacts.listed": QT_TRANSLATE_NOOP("AuditModel", "Contact log viewed"),
    "contacts.reply_targets": QT_TRANSLATE_NOOP("AuditModel", "Client's messages listed for a reply"),
    "emergency.previewed": QT_TRANSLATE_NOOP("AuditModel", "Bookings of an emergency period listed"),
    "emergency.declared": QT_TRANSLATE_NOOP("AuditModel", "Emergency declared"),
    "emergencies.listed": QT_TRANSLATE_NOOP("AuditModel", "Emergencies listed"),
    "demo.followup_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo holds and contacts added"),
}
