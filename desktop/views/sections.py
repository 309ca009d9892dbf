"""The sections of the sidebar, in order, with what each will hold.

Texts are translated in the ``Section`` context: ``section_text(text)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from desktop.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title: str
    purpose: str
    #: The sidebar's icon in ``desktop/resources/icons`` (Lucide, ISC licence; see LICENSE-lucide.txt).
    icon: str


class Section(Enum):
    CALENDAR = SectionInfo(
        "calendar",
        QT_TRANSLATE_NOOP("Section", "Calendar"),
        QT_TRANSLATE_NOOP(
            "Section",
            "Bookings by week, day and month, with the four-point booking checklist.",
        ),
        "calendar.svg",
    )
    CLIENTS = SectionInfo(
        "clients",
        QT_TRANSLATE_NOOP("Section", "Clients"),
        QT_TRANSLATE_NOOP("Section", "Client records and dated consultation notes."),
        "users.svg",
    )
    INBOX = SectionInfo(
        "inbox",
        QT_TRANSLATE_NOOP("Section", "Inbox"),
        QT_TRANSLATE_NOOP("Section", "Imported email and phone calls, and after-follow replies."),
        "inbox.svg",
    )
    DISCLOSURES = SectionInfo(
        "disclosures",
        QT_TRANSLATE_NOOP("Section", "Disclosures & consents"),
        QT_TRANSLATE_NOOP("Section", "Clients' consents and the record of anything disclosed to others."),
        "shield-check.svg",
    )
    MONEY = SectionInfo(
        "money",
        QT_TRANSLATE_NOOP("Section", "Income"),
        QT_TRANSLATE_NOOP("Section", "The year's income per month, what is still owed, and the books."),
        "receipt-japanese-yen.svg",
    )
    CONTACTS = SectionInfo(
        "contacts",
        QT_TRANSLATE_NOOP("Section", "Contacts"),
        QT_TRANSLATE_NOOP("Section", "Every contact you made, with its reason."),
        "phone-outgoing.svg",
    )
    AUDIT = SectionInfo(
        "audit",
        QT_TRANSLATE_NOOP("Section", "Audit trail"),
        QT_TRANSLATE_NOOP("Section", "Every opening, change and export of a record, checked for tampering."),
        "scroll-text.svg",
    )
    SETTINGS = SectionInfo(
        "settings",
        QT_TRANSLATE_NOOP("Section", "Settings"),
        QT_TRANSLATE_NOOP("Section", "The practice, the language and security."),
        "settings.svg",
    )


def section_text(text: str) -> str:
    """A section's title or purpose in the current language."""
    return QCoreApplication.translate("Section", text)
