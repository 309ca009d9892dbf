"""P-EMERGENCY: declare an emergency and deal with every booking in its period in one step.

The step is one transaction: the declaration is stored, one ``disaster``
notice per client is queued through the outbound-contact gate, naming every
affected booking of theirs (P-CONTACT), and every live booking whose session
day falls in the period — inquiries with a date included — is cancelled (fee
forced to zero by the booking rules' emergency reason) or postponed. Either
all of it happens or none. An inquiry cannot be postponed (it has nothing
agreed yet), so under "postpone" it is cancelled, also without a fee. A
booking made later inside a declared period is warned about
(:func:`declarations_covering`). Every time comes from the vault's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from desktop.models import Booking, Client, Emergency
from desktop.policy import emergency as rules
from desktop.policy.bookings import ACTIVE_STATUSES, BookingStatus, CancelledBy
from desktop.policy.contacts import Basis, ContactChannel
from desktop.policy.emergency import EmergencyAction, EmergencyKind, NoticeFacts
from desktop.policy.practice import PracticeSettings
from desktop.services import bookings, outbound, practice_settings
from desktop.services.bookings import cancellation_fees
from desktop.services.outbound import ContactRecord, OutboundContact, enforce
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class AffectedBooking:
    """A booking the declaration reaches, as the dialog lists it before the step."""

    id: int
    client_id: int
    client_name: str
    starts_at: datetime | None
    session_date: date
    status: BookingStatus
    price_yen: int | None


@dataclass(frozen=True, slots=True)
class EmergencyOutcome:
    emergency_id: int
    cancelled: tuple[int, ...]
    postponed: tuple[int, ...]
    contacts: tuple[ContactRecord, ...]


@dataclass(frozen=True, slots=True)
class EmergencySummary:
    id: int
    kind: EmergencyKind
    issuing_body: str
    first_day: date
    last_day: date
    action: EmergencyAction
    declared_at: str


def _affected_query(first_day: date, last_day: date) -> Select[Booking, str]:
    """Live bookings with their session day in the period: an inquiry with only a date is reached too."""
    return (
        select(Booking, Client.full_name)
        .join(Client, Client.id == Booking.client_id)
        .where(
            Booking.session_date >= first_day,
            Booking.session_date <= last_day,
            Booking.status.in_([s.value for s in ACTIVE_STATUSES]),
        )
        .order_by(Booking.session_date, Booking.start_time, Booking.id)
    )


def affected_bookings(vault: OpenVault, *, first_day: date, last_day: date) -> list[AffectedBooking]:
    """P-EMERGENCY: every live booking with its session in the period, earliest first."""
    with vault.unit_of_work() as session:
        found = [
            AffectedBooking(
                row.id,
                row.client_id,
                name,
                row.starts_at,
                row.session_date,
                BookingStatus(row.status),
                row.price_yen,
            )
            for row, name in session.execute(_affected_query(first_day, last_day))
            if row.session_date is not None
        ]
        audit.append(session, "emergency.previewed", detail={"bookings": len(found)})
        return found


def declare_emergency(
    vault: OpenVault,
    *,
    kind: EmergencyKind,
    issuing_body: str,
    first_day: date,
    last_day: date,
    action: EmergencyAction,
    language: str = "ja",
) -> EmergencyOutcome:
    """P-EMERGENCY: store the declaration, queue one notice per client, cancel or postpone the bookings."""
    body = " ".join(issuing_body.split())
    enforce(rules.check_declaration(kind.value, body, first_day, last_day))
    settings = practice_settings.load(vault)
    schedule = cancellation_fees.load(vault)
    cancelled: list[int] = []
    postponed: list[int] = []
    with vault.unit_of_work() as session:
        clock = practice_time(session)
        declared = Emergency(
            kind=kind.value,
            issuing_body=body,
            first_day=first_day,
            last_day=last_day,
            action=action.value,
            declared_at=clock.stamp(),
        )
        session.add(declared)
        session.flush()
        affected = [row for row, _name in session.execute(_affected_query(first_day, last_day)).all()]
        per_client: dict[int, list[Booking]] = {}
        for row in affected:
            if row.session_date is not None and row.session_date >= clock.today():
                per_client.setdefault(row.client_id, []).append(row)
        note = f"{rules.kind_name(kind, language)}: {body} ({first_day:%Y-%m-%d} – {last_day:%Y-%m-%d})"
        queued = [
            _queue_notice(session, declared, kind, body, action, settings, note, language, rows)
            for rows in per_client.values()
        ]
        for row in affected:
            if action is EmergencyAction.POSTPONE and row.status != BookingStatus.INQUIRY.value:
                bookings.transition_within(
                    session,
                    row.id,
                    BookingStatus.POSTPONED,
                    "booking.postponed",
                )
                postponed.append(row.id)
            else:
                bookings.cancel_within(
                    session,
                    schedule,
                    booking_id=row.id,
                    cancelled_by=CancelledBy.COUNSELLOR,
                    reason=rules.CANCEL_REASON,
                    waive_fee=True,
                )
                cancelled.append(row.id)
        audit.append(
            session,
            "emergency.declared",
            entity="emergency",
            entity_id=declared.id,
            detail={
                "kind": kind.value,
                "action": action.value,
                "cancelled": len(cancelled),
                "postponed": len(postponed),
                "contacts": len(queued),
            },
        )
        return EmergencyOutcome(declared.id, tuple(cancelled), tuple(postponed), tuple(queued))


def _queue_notice(
    session: Session,
    declared: Emergency,
    kind: EmergencyKind,
    body: str,
    action: EmergencyAction,
    settings: PracticeSettings,
    note: str,
    language: str,
    rows: list[Booking],
) -> ContactRecord:
    """One ``disaster`` notice to one client, naming every affected booking of theirs (P-CONTACT)."""
    client = session.get(Client, rows[0].client_id)
    assert client is not None
    text = rules.notice_text(
        NoticeFacts(
            client_name=client.full_name,
            sessions=tuple((r.session_date, r.start_time) for r in rows if r.session_date is not None),
            kind=kind,
            issuing_body=body,
            action=action,
            practice_name=settings.practice_name,
            counsellor_name=settings.counsellor_name,
        ),
        language,
    )
    return outbound.record_within(
        session,
        OutboundContact(
            client_id=client.id,
            basis=Basis.DISASTER.value,
            channel=(ContactChannel.EMAIL if client.email else ContactChannel.PHONE).value,
            note=note,
            booking_ids=tuple(r.id for r in rows),
            emergency_id=declared.id,
            subject=_subject(language, settings.practice_name),
            text=text,
            queued=True,
        ),
    )


def declarations_covering(vault: OpenVault, *, day: date) -> list[EmergencySummary]:
    """P-EMERGENCY: the declarations whose period covers ``day``: a booking made then is warned about."""
    with vault.reading() as session:
        rows = session.scalars(
            select(Emergency)
            .where(Emergency.first_day <= day, Emergency.last_day >= day)
            .order_by(Emergency.first_day.desc(), Emergency.id.desc())
        )
        return [_summary(r) for r in rows]


def _summary(r: Emergency) -> EmergencySummary:
    return EmergencySummary(
        r.id,
        EmergencyKind(r.kind),
        r.issuing_body,
        r.first_day,
        r.last_day,
        EmergencyAction(r.action),
        r.declared_at,
    )


def _subject(language: str, practice_name: str) -> str:
    if language == "ja":
        return f"【{practice_name}】ご予約についてのお知らせ"
    return f"{practice_name}: about your booking"


def list_emergencies(vault: OpenVault) -> list[EmergencySummary]:
    """Every declaration, newest first."""
    with vault.unit_of_work() as session:
        rows = session.scalars(select(Emergency).order_by(Emergency.first_day.desc(), Emergency.id.desc()))
        found = [_summary(r) for r in rows]
        audit.append(session, "emergencies.listed", detail={"rows": len(found)})
        return found
