"""The sections of the sidebar, in order, with what each will hold."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title: str
    purpose: str


class Section(Enum):
    CALENDAR = SectionInfo(
        "calendar",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Calendar"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage",
            "Bookings by week, day and month, with the four-point booking checklist.",
        ),
    )
    CLIENTS = SectionInfo(
        "clients",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Clients"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Client records and dated consultation notes."),
    )
    INBOX = SectionInfo(
        "inbox",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Inbox"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Imported email and phone calls, and after-follow replies."),
    )
    DISCLOSURES = SectionInfo(
        "disclosures",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Disclosures & consents"),
        QT_TRANSLATE_NOOP(
            "PlaceholderPage", "Clients' consents and the record of anything disclosed to others."
        ),
    )
    CONTACTS = SectionInfo(
        "contacts",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Contacts"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "Every contact you made, with its reason."),
    )
    SETTINGS = SectionInfo(
        "settings",
        QT_TRANSLATE_NOOP("PlaceholderPage", "Settings"),
        QT_TRANSLATE_NOOP("PlaceholderPage", "The practice, the language and security."),
    )
