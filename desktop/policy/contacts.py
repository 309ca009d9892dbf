"""P-CONTACT: the counsellor does not contact clients unprompted.

Every outbound contact (an email handed to the mail program, a phone call
made) is logged with its *basis*: ``reply``, answering a message or call the
person sent first, or one of the four exceptions the practice's policy names,
each with a note saying why. Without a basis there is no contact: the log is
the only way the app starts one, and it refuses a contact whose basis is
missing or does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict

P_CONTACT = "P-CONTACT"

NOTE_MAX = 2000


class Basis(StrEnum):
    """Why the counsellor may contact the person at all."""

    REPLY = "reply"
    DISASTER = "disaster"
    COUNSELLOR_UNAVAILABLE = "counsellor_unavailable"
    FAIR_BOOKING = "fair_booking"
    BOOKING_CHANGE = "booking_change"


class ContactChannel(StrEnum):
    """Contacts go to the email address or phone number the person gave, nothing else."""

    EMAIL = "email"
    PHONE = "phone"


#: The exceptions that concern someone *considering a booking*: the booking is named.
BOOKING_BASES = frozenset({Basis.FAIR_BOOKING, Basis.BOOKING_CHANGE})

BASIS_LABELS = {
    Basis.REPLY: QT_TRANSLATE_NOOP("policy", "Reply"),
    Basis.DISASTER: QT_TRANSLATE_NOOP("policy", "Disaster or disrupted transport"),
    Basis.COUNSELLOR_UNAVAILABLE: QT_TRANSLATE_NOOP("policy", "Counsellor unavailable"),
    Basis.FAIR_BOOKING: QT_TRANSLATE_NOOP("policy", "Fair bookings (urgent check of intent)"),
    Basis.BOOKING_CHANGE: QT_TRANSLATE_NOOP("policy", "Change in the booking situation"),
}
BASIS_HINTS = {
    Basis.REPLY: QT_TRANSLATE_NOOP("policy", "An answer to a message or call the person sent first."),
    Basis.DISASTER: QT_TRANSLATE_NOOP(
        "policy", "A disaster, disrupted transport or the like needs urgent contact."
    ),
    Basis.COUNSELLOR_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "policy", "The counsellor's sudden illness or circumstances."
    ),
    Basis.FAIR_BOOKING: QT_TRANSLATE_NOOP(
        "policy", "To keep bookings fair, an urgent check of intent with someone considering a booking."
    ),
    Basis.BOOKING_CHANGE: QT_TRANSLATE_NOOP(
        "policy", "The booking situation changed and someone considering a booking must know soon."
    ),
}
CHANNEL_LABELS = {
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("policy", "Email"),
    ContactChannel.PHONE: QT_TRANSLATE_NOOP("policy", "Phone"),
}


# The exceptions that concern bookings already made: they name every booking they concern.
EMERGENCY_BASES = frozenset({Basis.DISASTER, Basis.COUNSELLOR_UNAVAILABLE})


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """What the rule needs to know about one contact before it is logged, read from the vault.

    ``answers_inbound`` is true when ``reply_to_message`` names a message or
    call that came *from* the client (not one the counsellor sent), and
    ``already_answered`` when another reply already answers it.
    ``answers_booking`` is true for a reply to the client's own booking request
    (a copied confirmation answers the negotiation, not one message).
    ``booking_ids`` are the bookings named; ``upcoming_open`` how many of them
    are the client's own, still live and not yet past.
    """

    basis: str | None
    channel: str
    note: str = ""
    reply_to_message: int | None = None
    answers_inbound: bool = False
    already_answered: bool = False
    answers_booking: bool = False
    booking_ids: tuple[int, ...] = ()
    upcoming_open: int = 0


_REPLY_NEEDS_MESSAGE = QT_TRANSLATE_NOOP(
    "policy",
    "Under “Contact from the practice”, the practice contacts a client only in answer to their "
    "own wish: a reply must answer a message or call the client sent first.",
)


def check_contact(facts: ContactFacts) -> Verdict:
    """P-CONTACT: an outbound contact needs a basis, and the basis needs what justifies it.

    - ``reply`` answers the client's own message or call that is not answered
      yet, or (a copied confirmation) the client's own booking request;
    - the four exceptions carry a note saying why;
    - ``fair_booking`` and ``booking_change`` name an upcoming open booking of
      the client (someone *considering a booking*); ``disaster`` and
      ``counsellor_unavailable`` name the upcoming bookings they concern.
      A completed, cancelled or past booking is no basis.
    """
    if facts.channel not in set(ContactChannel):
        return Verdict.refuse(
            P_CONTACT, QT_TRANSLATE_NOOP("policy", "A contact is made by email or by phone.")
        )
    if facts.basis not in set(Basis):
        return Verdict.refuse(
            P_CONTACT,
            QT_TRANSLATE_NOOP(
                "policy",
                "The counsellor does not contact anyone unprompted: choose the basis of this contact.",
            ),
        )
    basis = Basis(facts.basis)
    if len(facts.note) > NOTE_MAX:
        return Verdict.refuse(
            P_CONTACT, QT_TRANSLATE_NOOP("policy", "The note can be at most %1 characters."), str(NOTE_MAX)
        )
    if basis is Basis.REPLY:
        if facts.reply_to_message is None:
            if facts.answers_booking and facts.upcoming_open:
                return Verdict.allow(P_CONTACT)
            return Verdict.refuse(P_CONTACT, _REPLY_NEEDS_MESSAGE)
        if not facts.answers_inbound:
            return Verdict.refuse(P_CONTACT, _REPLY_NEEDS_MESSAGE)
        if facts.already_answered:
            return Verdict.refuse(
                P_CONTACT,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "Under “Contact from the practice”, a reply answers the client's wish once: "
                    "this message has already been answered.",
                ),
            )
        return Verdict.allow(P_CONTACT)
    if not facts.note.strip():
        return Verdict.refuse(
            P_CONTACT,
            QT_TRANSLATE_NOOP("policy", "Write a note saying why this contact cannot wait."),
        )
    if not facts.booking_ids or facts.upcoming_open < len(facts.booking_ids):
        if basis in BOOKING_BASES:
            return Verdict.refuse(
                P_CONTACT,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "Under “Contact from the practice”, this exception is for someone considering "
                    "a booking: name an upcoming open booking of this client.",
                ),
            )
        return Verdict.refuse(
            P_CONTACT,
            QT_TRANSLATE_NOOP(
                "policy",
                "Under “Contact from the practice”, an urgent notice names the client's upcoming "
                "bookings it concerns; a completed, cancelled or past booking is no basis.",
            ),
        )
    return Verdict.allow(P_CONTACT)
