"""Every kind of event the audit trail can hold, with its name and the names of its details (P-SAFEGUARD).

:func:`desktop.vault.audit.append` refuses a kind that is not listed here, so
a new event cannot reach the trail without a name the counsellor can read;
the views translate these names (context ``AuditModel``) and a test finds a
Japanese and an English name for every kind. Listing events (a view of a
list rather than of one record) are recorded once per run of the same list,
not once per keystroke of a filter or date typed.
"""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP

#: Each event kind the application writes, and its name as the counsellor reads it.
EVENT_NAMES: dict[str, str] = {
    # the vault and its settings
    "vault.created": QT_TRANSLATE_NOOP("AuditModel", "Vault created"),
    "vault.unlocked": QT_TRANSLATE_NOOP("AuditModel", "Vault unlocked"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("AuditModel", "Passphrase changed"),
    "vault.passphrase_reset_with_recovery_code": QT_TRANSLATE_NOOP(
        "AuditModel", "Passphrase reset with the recovery code"
    ),
    "vault.restored_from_backup": QT_TRANSLATE_NOOP("AuditModel", "Vault restored from a backup"),
    "settings.changed": QT_TRANSLATE_NOOP("AuditModel", "Settings changed"),
    "backup.written": QT_TRANSLATE_NOOP("AuditModel", "Backup written and verified"),
    "backup.failed": QT_TRANSLATE_NOOP("AuditModel", "Backup failed"),
    "backup.pruned": QT_TRANSLATE_NOOP("AuditModel", "Older backups removed"),
    "backup.settings_changed": QT_TRANSLATE_NOOP("AuditModel", "Backup settings changed"),
    "clients.imported": QT_TRANSLATE_NOOP("AuditModel", "Client list imported"),
    "bookings.calendar_exported": QT_TRANSLATE_NOOP("AuditModel", "Bookings exported for a phone calendar"),
    "practice.exported": QT_TRANSLATE_NOOP("AuditModel", "Whole practice exported"),
    "menu_item.created": QT_TRANSLATE_NOOP("AuditModel", "Session added to the menu"),
    "menu_item.changed": QT_TRANSLATE_NOOP("AuditModel", "Session on the menu changed"),
    "menu_item.deactivated": QT_TRANSLATE_NOOP("AuditModel", "Session taken off the menu"),
    # clients and their notes
    "client.created": QT_TRANSLATE_NOOP("AuditModel", "Client record created"),
    "client.changed": QT_TRANSLATE_NOOP("AuditModel", "Client record changed"),
    "client.viewed": QT_TRANSLATE_NOOP("AuditModel", "Client record opened"),
    "client.exported": QT_TRANSLATE_NOOP("AuditModel", "Client record exported"),
    "client.erased": QT_TRANSLATE_NOOP("AuditModel", "Client record erased"),
    "note.created": QT_TRANSLATE_NOOP("AuditModel", "Consultation note written"),
    "note.revised": QT_TRANSLATE_NOOP("AuditModel", "Consultation note revised"),
    "note.attached": QT_TRANSLATE_NOOP("AuditModel", "Consultation note linked to its session"),
    # bookings
    "booking.created": QT_TRANSLATE_NOOP("AuditModel", "Booking created"),
    "calendar.agenda_printed": QT_TRANSLATE_NOOP("AuditModel", "Day's agenda printed"),
    "booking.refused": QT_TRANSLATE_NOOP("AuditModel", "Booking request refused"),
    "booking.viewed": QT_TRANSLATE_NOOP("AuditModel", "Booking opened"),
    "booking.channel_facts": QT_TRANSLATE_NOOP("AuditModel", "How the request arrived recorded"),
    "booking.channel_changed": QT_TRANSLATE_NOOP("AuditModel", "Booking moved to another channel"),
    "booking.own_will_confirmed": QT_TRANSLATE_NOOP("AuditModel", "Client's own wish confirmed"),
    "booking.call_cut_short": QT_TRANSLATE_NOOP("AuditModel", "Call cut short before the first meeting"),
    "booking.round_trip": QT_TRANSLATE_NOOP("AuditModel", "Mail exchange counted"),
    "booking.moved": QT_TRANSLATE_NOOP("AuditModel", "Booking moved"),
    "booking.point_agreed": QT_TRANSLATE_NOOP("AuditModel", "Booking point agreed"),
    "booking.negotiating": QT_TRANSLATE_NOOP("AuditModel", "Booking back in negotiation"),
    "booking.confirmed": QT_TRANSLATE_NOOP("AuditModel", "Booking confirmed"),
    "booking.completed": QT_TRANSLATE_NOOP("AuditModel", "Session completed"),
    "booking.no_show": QT_TRANSLATE_NOOP("AuditModel", "Client did not come"),
    "booking.postponed": QT_TRANSLATE_NOOP("AuditModel", "Booking postponed"),
    "booking.cancelled": QT_TRANSLATE_NOOP("AuditModel", "Booking cancelled"),
    "booking.confirmation_text": QT_TRANSLATE_NOOP("AuditModel", "Confirmation text prepared"),
    # the inbox and follow-up
    "mail.imported": QT_TRANSLATE_NOOP("AuditModel", "Mail imported"),
    "thread.opened": QT_TRANSLATE_NOOP("AuditModel", "Conversation opened"),
    "message.sender_linked": QT_TRANSLATE_NOOP("AuditModel", "Sender linked to a client"),
    "call.logged": QT_TRANSLATE_NOOP("AuditModel", "Phone call logged"),
    "messages.danger_refreshed": QT_TRANSLATE_NOOP("AuditModel", "Danger marks re-checked"),
    "message.triage_viewed": QT_TRANSLATE_NOOP("AuditModel", "Message triage opened"),
    "message.tagged": QT_TRANSLATE_NOOP("AuditModel", "After-follow trigger tagged"),
    "message.untagged": QT_TRANSLATE_NOOP("AuditModel", "After-follow trigger removed"),
    "message.held": QT_TRANSLATE_NOOP("AuditModel", "Reply held"),
    "message.released": QT_TRANSLATE_NOOP("AuditModel", "Hold released"),
    "message.proxy_request": QT_TRANSLATE_NOOP("AuditModel", "Request made for someone else refused"),
    "message.in_person_proposed": QT_TRANSLATE_NOOP("AuditModel", "In-person session proposed"),
    "message.reply_drafted": QT_TRANSLATE_NOOP("AuditModel", "Reply drafted"),
    "contact.logged": QT_TRANSLATE_NOOP("AuditModel", "Contact logged"),
    "contact.queued": QT_TRANSLATE_NOOP("AuditModel", "Contact prepared"),
    "contact.made": QT_TRANSLATE_NOOP("AuditModel", "Prepared contact made"),
    "contacts.listed": QT_TRANSLATE_NOOP("AuditModel", "Contact log viewed"),
    "contacts.reply_targets": QT_TRANSLATE_NOOP("AuditModel", "Client's messages listed for a reply"),
    "contacts.sent_outside_listed": QT_TRANSLATE_NOOP("AuditModel", "Mail sent outside the app listed"),
    "emergency.previewed": QT_TRANSLATE_NOOP("AuditModel", "Bookings of an emergency period listed"),
    "emergency.declared": QT_TRANSLATE_NOOP("AuditModel", "Emergency declared"),
    "emergencies.listed": QT_TRANSLATE_NOOP("AuditModel", "Emergencies listed"),
    # consents, disclosures, requests, testimonials
    "consent.recorded": QT_TRANSLATE_NOOP("AuditModel", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("AuditModel", "Consent withdrawal recorded"),
    "consent.kept_on_erasure": QT_TRANSLATE_NOOP("AuditModel", "Consent kept when the client was erased"),
    "consent.removed": QT_TRANSLATE_NOOP("AuditModel", "Consent record removed after retention"),
    "disclosure.recorded": QT_TRANSLATE_NOOP("AuditModel", "Disclosure recorded"),
    "disclosure.corrected": QT_TRANSLATE_NOOP("AuditModel", "Disclosure record corrected"),
    "disclosure.kept_on_erasure": QT_TRANSLATE_NOOP(
        "AuditModel", "Disclosure kept when the client was erased"
    ),
    "disclosure.removed": QT_TRANSLATE_NOOP("AuditModel", "Disclosure record removed after retention"),
    "disclosure.deleted": QT_TRANSLATE_NOOP("AuditModel", "Disclosure record deleted after retention"),
    "disclosure.purged": QT_TRANSLATE_NOOP("AuditModel", "Records of erased clients purged after retention"),
    "disclosure.report_saved": QT_TRANSLATE_NOOP("AuditModel", "Annual disclosure report saved"),
    "request.recorded": QT_TRANSLATE_NOOP("AuditModel", "Client's request registered"),
    "request.answered": QT_TRANSLATE_NOOP("AuditModel", "Client's request answered"),
    "testimonial.marked": QT_TRANSLATE_NOOP("AuditModel", "Testimonial marked"),
    "testimonial.taken_down": QT_TRANSLATE_NOOP("AuditModel", "Testimonial taken down"),
    # the demo practice
    "demo.generated": QT_TRANSLATE_NOOP("AuditModel", "Demo data added"),
    "demo.mail_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo mail added"),
    "demo.followup_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo holds and contacts added"),
    "demo.disclosures_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo consents and disclosures added"),
    # the books (issue 16)
    "charge.recorded": QT_TRANSLATE_NOOP("AuditModel", "Charge recorded"),
    "payment.recorded": QT_TRANSLATE_NOOP("AuditModel", "Payment recorded"),
    "payment.refunded": QT_TRANSLATE_NOOP("AuditModel", "Refund recorded"),
    "receipt.voided": QT_TRANSLATE_NOOP("AuditModel", "Receipt voided"),
    "receipt.lost_in_restore": QT_TRANSLATE_NOOP("AuditModel", "Receipt numbers lost in a restore"),
    "income.exported": QT_TRANSLATE_NOOP("AuditModel", "Income exported"),
    "books.purged": QT_TRANSLATE_NOOP("AuditModel", "Books purged after retention"),
    "demo.books_generated": QT_TRANSLATE_NOOP("AuditModel", "Demo books added"),
}

#: Views of a list: a run of the same one (a filter typed, dates changed) is one event in the trail.
LISTING_KINDS = frozenset(
    {"contacts.listed", "contacts.sent_outside_listed", "emergency.previewed", "emergencies.listed"}
)

#: Each detail an event may carry, as the counsellor reads its name.
DETAIL_NAMES: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("AuditModel", "Day"),
    "action": QT_TRANSLATE_NOOP("AuditModel", "Action"),
    "automatic": QT_TRANSLATE_NOOP("AuditModel", "Automatic"),
    "backup_created_at": QT_TRANSLATE_NOOP("AuditModel", "Backup made"),
    "backup_revision": QT_TRANSLATE_NOOP("AuditModel", "Backup's schema"),
    "basis": QT_TRANSLATE_NOOP("AuditModel", "Basis"),
    "booking": QT_TRANSLATE_NOOP("AuditModel", "Booking"),
    "bookings": QT_TRANSLATE_NOOP("AuditModel", "Bookings"),
    "by": QT_TRANSLATE_NOOP("AuditModel", "Cancelled by"),
    "calls": QT_TRANSLATE_NOOP("AuditModel", "Calls"),
    "cancellation": QT_TRANSLATE_NOOP("AuditModel", "Cancellation record"),
    "cancellations": QT_TRANSLATE_NOOP("AuditModel", "Cancellations"),
    "cancelled": QT_TRANSLATE_NOOP("AuditModel", "Cancelled"),
    "channel": QT_TRANSLATE_NOOP("AuditModel", "Channel"),
    "cleared": QT_TRANSLATE_NOOP("AuditModel", "Marks cleared"),
    "client": QT_TRANSLATE_NOOP("AuditModel", "Client"),
    "clients": QT_TRANSLATE_NOOP("AuditModel", "Clients"),
    "consent": QT_TRANSLATE_NOOP("AuditModel", "Consent"),
    "consents": QT_TRANSLATE_NOOP("AuditModel", "Consents"),
    "contacts": QT_TRANSLATE_NOOP("AuditModel", "Contacts"),
    "content": QT_TRANSLATE_NOOP("AuditModel", "Content"),
    "corrects": QT_TRANSLATE_NOOP("AuditModel", "Corrects disclosure"),
    "count": QT_TRANSLATE_NOOP("AuditModel", "Exchanges"),
    "danger": QT_TRANSLATE_NOOP("AuditModel", "Marked for checking"),
    "demoted": QT_TRANSLATE_NOOP("AuditModel", "No longer confirmed"),
    "disclosure": QT_TRANSLATE_NOOP("AuditModel", "Disclosure"),
    "disclosures": QT_TRANSLATE_NOOP("AuditModel", "Disclosures"),
    "duplicates": QT_TRANSLATE_NOOP("AuditModel", "Already in the vault"),
    "encrypted": QT_TRANSLATE_NOOP("AuditModel", "Encrypted"),
    "error": QT_TRANSLATE_NOOP("AuditModel", "Error"),
    "fields": QT_TRANSLATE_NOOP("AuditModel", "Fields"),
    "files": QT_TRANSLATE_NOOP("AuditModel", "Files"),
    "flagged": QT_TRANSLATE_NOOP("AuditModel", "Marked"),
    "format": QT_TRANSLATE_NOOP("AuditModel", "Format"),
    "holds": QT_TRANSLATE_NOOP("AuditModel", "Holds"),
    "imported": QT_TRANSLATE_NOOP("AuditModel", "Imported"),
    "keep": QT_TRANSLATE_NOOP("AuditModel", "Backups kept"),
    "kept": QT_TRANSLATE_NOOP("AuditModel", "Kept"),
    "kept_disclosures": QT_TRANSLATE_NOOP("AuditModel", "Records kept"),
    "keys": QT_TRANSLATE_NOOP("AuditModel", "Settings"),
    "kind": QT_TRANSLATE_NOOP("AuditModel", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditModel", "Language"),
    "matched": QT_TRANSLATE_NOOP("AuditModel", "Messages linked"),
    "menu_items": QT_TRANSLATE_NOOP("AuditModel", "Sessions on the menu"),
    "message": QT_TRANSLATE_NOOP("AuditModel", "Message"),
    "messages": QT_TRANSLATE_NOOP("AuditModel", "Messages"),
    "minutes": QT_TRANSLATE_NOOP("AuditModel", "Minutes"),
    "note": QT_TRANSLATE_NOOP("AuditModel", "Note"),
    "notes": QT_TRANSLATE_NOOP("AuditModel", "Notes"),
    "point": QT_TRANSLATE_NOOP("AuditModel", "Point"),
    "postponed": QT_TRANSLATE_NOOP("AuditModel", "Postponed"),
    "prospect": QT_TRANSLATE_NOOP("AuditModel", "New prospective client"),
    "reason": QT_TRANSLATE_NOOP("AuditModel", "Reason"),
    "recipient": QT_TRANSLATE_NOOP("AuditModel", "Recipient"),
    "recorded_late": QT_TRANSLATE_NOOP("AuditModel", "Recorded late"),
    "records": QT_TRANSLATE_NOOP("AuditModel", "Records"),
    "reference": QT_TRANSLATE_NOOP("AuditModel", "Reference"),
    "refused": QT_TRANSLATE_NOOP("AuditModel", "Not imported"),
    "removed": QT_TRANSLATE_NOOP("AuditModel", "Removed"),
    "request": QT_TRANSLATE_NOOP("AuditModel", "Request"),
    "requests": QT_TRANSLATE_NOOP("AuditModel", "Requests"),
    "revision": QT_TRANSLATE_NOOP("AuditModel", "Revision"),
    "revisions": QT_TRANSLATE_NOOP("AuditModel", "Revisions"),
    "rows": QT_TRANSLATE_NOOP("AuditModel", "Rows"),
    "rule": QT_TRANSLATE_NOOP("AuditModel", "Rule"),
    "seed": QT_TRANSLATE_NOOP("AuditModel", "Seed"),
    "source": QT_TRANSLATE_NOOP("AuditModel", "Counted from"),
    "status": QT_TRANSLATE_NOOP("AuditModel", "Status"),
    "tags": QT_TRANSLATE_NOOP("AuditModel", "Tags"),
    "template": QT_TRANSLATE_NOOP("AuditModel", "Template"),
    "testimonial": QT_TRANSLATE_NOOP("AuditModel", "Testimonial"),
    "testimonials": QT_TRANSLATE_NOOP("AuditModel", "Testimonials"),
    "trigger": QT_TRANSLATE_NOOP("AuditModel", "Trigger"),
    "unticked": QT_TRANSLATE_NOOP("AuditModel", "Points unticked"),
    "verified": QT_TRANSLATE_NOOP("AuditModel", "Verified"),
    "waived": QT_TRANSLATE_NOOP("AuditModel", "Fee waived"),
    "year": QT_TRANSLATE_NOOP("AuditModel", "Year"),
    "years": QT_TRANSLATE_NOOP("AuditModel", "Years"),
    "amount_yen": QT_TRANSLATE_NOOP("AuditModel", "Amount (yen)"),
    "charge": QT_TRANSLATE_NOOP("AuditModel", "Charge"),
    "duplicates_imported": QT_TRANSLATE_NOOP("AuditModel", "Duplicates imported"),
    "encoding": QT_TRANSLATE_NOOP("AuditModel", "Encoding"),
    "events": QT_TRANSLATE_NOOP("AuditModel", "Events"),
    "first": QT_TRANSLATE_NOOP("AuditModel", "First"),
    "kept_books": QT_TRANSLATE_NOOP("AuditModel", "Books kept"),
    "last": QT_TRANSLATE_NOOP("AuditModel", "Last"),
    "method": QT_TRANSLATE_NOOP("AuditModel", "Method"),
    "names": QT_TRANSLATE_NOOP("AuditModel", "Names"),
    "payment": QT_TRANSLATE_NOOP("AuditModel", "Payment"),
    "pdfs": QT_TRANSLATE_NOOP("AuditModel", "PDFs"),
    "provisions": QT_TRANSLATE_NOOP("AuditModel", "Provisions"),
    "receipt": QT_TRANSLATE_NOOP("AuditModel", "Receipt"),
    "refunds": QT_TRANSLATE_NOOP("AuditModel", "Refunds"),
    "reissue": QT_TRANSLATE_NOOP("AuditModel", "Re-issue"),
    "skipped_duplicates": QT_TRANSLATE_NOOP("AuditModel", "Duplicates skipped"),
    "skipped_invalid": QT_TRANSLATE_NOOP("AuditModel", "Rows refused"),
    "tables": QT_TRANSLATE_NOOP("AuditModel", "Tables"),
    "undone": QT_TRANSLATE_NOOP("AuditModel", "Undone"),
    "with_defects": QT_TRANSLATE_NOOP("AuditModel", "Imported with a defect"),
}

#: Details kept for the machine (a record's seal): in the row, not in the sentence shown.
HIDDEN_DETAILS = frozenset({"sealed", "row_hash"})


class UnregisteredEvent(ValueError):
    """A programming error: an event kind missing from this registry."""


def check(action: str) -> None:
    """Refuse an event kind this registry does not name (its details are checked by a test)."""
    if action not in EVENT_NAMES:
        raise UnregisteredEvent(f"audit event kind {action!r} is not in desktop.vault.audit_events")
