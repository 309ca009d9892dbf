"""The disclosure-consent rules of POLICY.md: P-DISCLOSE, P-PURPOSE and the retention side of P-LAW.

A disclosure under ``consent`` rests on that client's consent, given by the day, neither withdrawn
nor expired by then, naming the recipient (or its kind) and every item handed over; the other bases
need a justification, and ``law`` / ``public_health`` the requesting body and its reference. Every
disclosure names how to reach its recipient. A testimonial needs a ``testimonial`` consent
(P-PURPOSE). Provision records are kept for the years APPI Art. 29 sets (three; one when a contract
document is the record). Checks return a :class:`~desktop.policy.Verdict` and never raise; reasons
are English templates for ``QCoreApplication.translate("policy", ...)`` that name the part of the
written policy which applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.personal_data import fold

P_DISCLOSE = "P-DISCLOSE"
P_PURPOSE = "P-PURPOSE"
P_LAW = "P-LAW"

#: APPI Art. 29 and its rules: a provision record is kept three years, one year when a contract
#: document serves as the record. Settings may lengthen these, never shorten them.
STANDARD_RETENTION_YEARS = 3
CONTRACT_RETENTION_YEARS = 1
RETENTION_YEARS_MAX = 30
#: APPI Arts. 33–35 ask for an answer "without delay"; the practice sets how many days that means.
REQUEST_DUE_DAYS_RANGE = (1, 90)
JUSTIFICATION_MAX = 2000


class DataItem(StrEnum):
    """P-DATA: the items of personal data a disclosure or consent can name."""

    NAME = "name"
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    GENDER = "gender"
    OCCUPATION = "occupation"
    PHONE = "phone"
    EMAIL = "email"
    CONSULTATION = "consultation"


class Relation(StrEnum):
    """Who the recipient is to the client. Every one of them is a third party (P-DISCLOSE)."""

    FAMILY = "family"
    FRIEND = "friend"
    SCHOOL = "school"
    EMPLOYER = "employer"
    MEDICAL = "medical"
    GOVERNMENT = "government"
    COURT = "court"
    POLICE = "police"
    OTHER = "other"


class Basis(StrEnum):
    """P-DISCLOSE: the only grounds on which anything about a client reaches someone else."""

    CONSENT = "consent"
    LAW = "law"
    VITAL = "vital"
    PUBLIC_HEALTH = "public_health"
    RIGHTS = "rights"


class ConsentKind(StrEnum):
    """What a consent allows: a disclosure, a testimonial (P-PURPOSE) or holding sensitive data."""

    DISCLOSURE = "disclosure"
    TESTIMONIAL = "testimonial"
    SENSITIVE_DATA = "sensitive_data_acquisition"


class ConsentMethod(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    EMAIL = "email"
    FORM = "form"


class HandOver(StrEnum):
    """How the data reached the recipient."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    POST = "post"
    EMAIL = "email"
    FILE = "file"
    OTHER = "other"


class RetentionCase(StrEnum):
    """Which of the law's cases sets how long a provision record is kept."""

    STANDARD = "standard"
    CONTRACT = "contract"


class RequestKind(StrEnum):
    """APPI Arts. 33–35: what a client may ask of the practice about their data."""

    SEE_DATA = "see_data"
    SEE_PROVISION_RECORDS = "see_provision_records"
    CORRECT = "correct"
    STOP_USE = "stop_use"
    ERASE = "erase"


class RequestStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    REFUSED = "refused"


DATA_ITEM_LABELS = {
    DataItem.NAME: QT_TRANSLATE_NOOP("policy", "Name"),
    DataItem.ADDRESS: QT_TRANSLATE_NOOP("policy", "Address"),
    DataItem.BIRTH_DATE: QT_TRANSLATE_NOOP("policy", "Date of birth"),
    DataItem.GENDER: QT_TRANSLATE_NOOP("policy", "Gender"),
    DataItem.OCCUPATION: QT_TRANSLATE_NOOP("policy", "Occupation"),
    DataItem.PHONE: QT_TRANSLATE_NOOP("policy", "Telephone numbers"),
    DataItem.EMAIL: QT_TRANSLATE_NOOP("policy", "Email address"),
    DataItem.CONSULTATION: QT_TRANSLATE_NOOP("policy", "Consultation content"),
}
RELATION_LABELS = {
    Relation.FAMILY: QT_TRANSLATE_NOOP("policy", "Family"),
    Relation.FRIEND: QT_TRANSLATE_NOOP("policy", "Friend or acquaintance"),
    Relation.SCHOOL: QT_TRANSLATE_NOOP("policy", "School"),
    Relation.EMPLOYER: QT_TRANSLATE_NOOP("policy", "Employer"),
    Relation.MEDICAL: QT_TRANSLATE_NOOP("policy", "Medical"),
    Relation.GOVERNMENT: QT_TRANSLATE_NOOP("policy", "Government body"),
    Relation.COURT: QT_TRANSLATE_NOOP("policy", "Court"),
    Relation.POLICE: QT_TRANSLATE_NOOP("policy", "Police"),
    Relation.OTHER: QT_TRANSLATE_NOOP("policy", "Other"),
}
BASIS_LABELS = {
    Basis.CONSENT: QT_TRANSLATE_NOOP("policy", "The client's consent"),
    Basis.LAW: QT_TRANSLATE_NOOP("policy", "Required by law"),
    Basis.VITAL: QT_TRANSLATE_NOOP("policy", "To protect life, health or property"),
    Basis.PUBLIC_HEALTH: QT_TRANSLATE_NOOP("policy", "Public health request"),
    Basis.RIGHTS: QT_TRANSLATE_NOOP("policy", "To protect rights"),
}
CONSENT_KIND_LABELS = {
    ConsentKind.DISCLOSURE: QT_TRANSLATE_NOOP("policy", "Disclosure to others"),
    ConsentKind.TESTIMONIAL: QT_TRANSLATE_NOOP("policy", "Testimonial"),
    ConsentKind.SENSITIVE_DATA: QT_TRANSLATE_NOOP("policy", "Holding sensitive data (intake)"),
}
CONSENT_METHOD_LABELS = {
    ConsentMethod.IN_PERSON: QT_TRANSLATE_NOOP("policy", "In person"),
    ConsentMethod.PHONE: QT_TRANSLATE_NOOP("policy", "Phone"),
    ConsentMethod.EMAIL: QT_TRANSLATE_NOOP("policy", "Email"),
    ConsentMethod.FORM: QT_TRANSLATE_NOOP("policy", "Written form"),
}
HAND_OVER_LABELS = {
    HandOver.IN_PERSON: QT_TRANSLATE_NOOP("policy", "In person"),
    HandOver.PHONE: QT_TRANSLATE_NOOP("policy", "Phone"),
    HandOver.POST: QT_TRANSLATE_NOOP("policy", "Post"),
    HandOver.EMAIL: QT_TRANSLATE_NOOP("policy", "Email"),
    HandOver.FILE: QT_TRANSLATE_NOOP("policy", "Exported file"),
    HandOver.OTHER: QT_TRANSLATE_NOOP("policy", "Other"),
}
RETENTION_CASE_LABELS = {
    RetentionCase.STANDARD: QT_TRANSLATE_NOOP("policy", "Standard record"),
    RetentionCase.CONTRACT: QT_TRANSLATE_NOOP("policy", "Contract document serves as the record"),
}
REQUEST_KIND_LABELS = {
    RequestKind.SEE_DATA: QT_TRANSLATE_NOOP("policy", "See their data"),
    RequestKind.SEE_PROVISION_RECORDS: QT_TRANSLATE_NOOP("policy", "See provision records"),
    RequestKind.CORRECT: QT_TRANSLATE_NOOP("policy", "Correct their data"),
    RequestKind.STOP_USE: QT_TRANSLATE_NOOP("policy", "Stop use"),
    RequestKind.ERASE: QT_TRANSLATE_NOOP("policy", "Erase their data"),
}
REQUEST_STATUS_LABELS = {
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("policy", "Open"),
    RequestStatus.ANSWERED: QT_TRANSLATE_NOOP("policy", "Answered"),
    RequestStatus.REFUSED: QT_TRANSLATE_NOOP("policy", "Refused"),
}

#: Bases that need the requesting body and its reference besides a justification.
_NEEDS_REQUESTER = frozenset({Basis.LAW, Basis.PUBLIC_HEALTH})


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    """A consent as the rules see it; ``relations`` (and optionally ``recipient``) say whom it covers."""

    id: int
    client_id: int
    kind: ConsentKind
    given_on: date
    relations: frozenset[Relation] = frozenset()
    recipient: str = ""
    items: frozenset[DataItem] = frozenset()
    withdrawn_on: date | None = None
    expires_on: date | None = None

    def in_force_on(self, day: date) -> bool:
        """Given by ``day``, not withdrawn by then, not expired (``expires_on`` is its last day)."""
        expired = self.expires_on is not None and day > self.expires_on
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day) and not expired


@dataclass(frozen=True, slots=True)
class DisclosureFacts:
    """What the counsellor is about to record as disclosed."""

    client_id: int
    disclosed_on: date
    recipient: str
    relation: Relation
    items: frozenset[DataItem]
    basis: Basis
    consent: ConsentFacts | None = None
    justification: str = ""
    requesting_body: str = ""
    reference: str = ""
    recipient_contact: str = ""


def _same_recipient(named: str, recipient: str) -> bool:
    return fold(named).casefold() == fold(recipient).casefold()


def consent_covers(consent: ConsentFacts, facts: DisclosureFacts) -> Verdict:
    """P-DISCLOSE: does ``consent`` allow handing ``facts.items`` to ``facts.recipient``?"""
    if consent.client_id != facts.client_id or consent.kind is not ConsentKind.DISCLOSURE:
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP("policy", "The chosen consent is not this client's consent to a disclosure."),
        )
    if consent.withdrawn_on is not None and consent.withdrawn_on <= facts.disclosed_on:
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy",
                "The client withdrew this consent on %1; under “Disclosure of personal data to third "
                "parties” nothing may be disclosed without the client's own direct will.",
            ),
            consent.withdrawn_on.isoformat(),
        )
    if consent.expires_on is not None and consent.expires_on < facts.disclosed_on:
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy",
                "This consent held only until %1; under “Disclosure of personal data to third parties” "
                "an expired consent is no basis for a disclosure.",
            ),
            consent.expires_on.isoformat(),
        )
    if consent.given_on > facts.disclosed_on:
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP("policy", "This consent was given on %1, after the day of the disclosure."),
            consent.given_on.isoformat(),
        )
    if facts.relation not in consent.relations or (
        consent.recipient and not _same_recipient(consent.recipient, facts.recipient)
    ):
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy", "The client's consent does not cover this recipient; record a consent that does."
            ),
        )
    missing = [item for item in DataItem if item in facts.items and item not in consent.items]
    if missing:
        # The label is an argument the views translate, so the sentence names the item in any language.
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy", "The client's consent does not cover “%1”; record a consent that covers it."
            ),
            DATA_ITEM_LABELS[missing[0]],
        )
    return Verdict.allow(P_DISCLOSE)


def check_disclosure(facts: DisclosureFacts) -> Verdict:
    """P-DISCLOSE: a disclosure is recorded only with a basis, and each basis with what it needs."""
    if not facts.recipient.strip():
        return Verdict.refuse(P_DISCLOSE, QT_TRANSLATE_NOOP("policy", "Name the recipient."))
    if not facts.recipient_contact.strip():
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy",
                "Write how to reach the recipient (address, telephone or email): a record of "
                "“Disclosure of personal data to third parties” must say who received the data.",
            ),
        )
    if not facts.items:
        return Verdict.refuse(
            P_DISCLOSE, QT_TRANSLATE_NOOP("policy", "Choose the data items that were disclosed.")
        )
    if facts.basis is Basis.CONSENT:
        if facts.consent is None:
            return Verdict.refuse(
                P_DISCLOSE,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "Nothing may be disclosed without a basis: choose the client's recorded consent, "
                    "or another basis with its justification.",
                ),
            )
        return consent_covers(facts.consent, facts)
    if not facts.justification.strip():
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP("policy", "Write why this basis applies: a justification is required."),
        )
    if facts.basis in _NEEDS_REQUESTER and not (facts.requesting_body.strip() and facts.reference.strip()):
        return Verdict.refuse(
            P_DISCLOSE,
            QT_TRANSLATE_NOOP(
                "policy", "Name the body that requested the information and the reference of its request."
            ),
        )
    return Verdict.allow(P_DISCLOSE)


def check_testimonial(consents: Iterable[ConsentFacts], client_id: int, on: date) -> Verdict:
    """P-PURPOSE: a client's words become a testimonial only with their testimonial consent in force."""
    if any(
        c.client_id == client_id and c.kind is ConsentKind.TESTIMONIAL and c.in_force_on(on) for c in consents
    ):
        return Verdict.allow(P_PURPOSE)
    return Verdict.refuse(
        P_PURPOSE,
        QT_TRANSLATE_NOOP(
            "policy",
            "The client's consent to testimonials is not in force; under “Purposes of use of personal "
            "data” (improving the service, such as testimonials) their words cannot be used as one.",
        ),
    )


def recorded_late(consent: ConsentFacts | None, recorded_on: date) -> date | None:
    """P-DISCLOSE: the consent's withdrawal day if a disclosure on it is recorded after it (kept, flagged)."""
    if consent is None or consent.withdrawn_on is None or consent.withdrawn_on > recorded_on:
        return None
    return consent.withdrawn_on


def has_intake_consent(consents: Iterable[ConsentFacts], on: date) -> bool:
    """APPI Art. 20(2): whether consent to hold sensitive (mental-health) data is in force."""
    return any(c.kind is ConsentKind.SENSITIVE_DATA and c.in_force_on(on) for c in consents)


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 1 March, so a record is never kept short."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def retention_ends(recorded_on: date, years: int) -> date:
    """P-LAW / APPI Art. 29: the first day a record made on ``recorded_on`` may be deleted."""
    return add_years(recorded_on, years)


def check_deletion(retained_until: date, today: date) -> Verdict:
    """P-DISCLOSE / P-LAW: a provision record cannot be deleted before its retention ends."""
    if today >= retained_until:
        return Verdict.allow(P_LAW)
    return Verdict.refuse(
        P_LAW,
        QT_TRANSLATE_NOOP(
            "policy", "The law requires this record to be kept until %1; it cannot be deleted before then."
        ),
        retained_until.isoformat(),
    )


def request_due(received_on: date, due_days: int) -> date:
    """APPI Arts. 33–35: the day an answer is due, ``due_days`` after the request arrived."""
    return received_on + timedelta(days=due_days)


def check_answer(status: RequestStatus, response: str, refusal_reason: str) -> Verdict:
    """P-LAW: an answered request says what was done; a refused one also says why."""
    if status is RequestStatus.OPEN:
        return Verdict.allow(P_LAW)
    if not response.strip():
        return Verdict.refuse(P_LAW, QT_TRANSLATE_NOOP("policy", "Write the response given to the client."))
    if status is RequestStatus.REFUSED and not refusal_reason.strip():
        return Verdict.refuse(
            P_LAW, QT_TRANSLATE_NOOP("policy", "A refusal needs its reason, as the client must be told it.")
        )
    return Verdict.allow(P_LAW)
