"""P-EMERGENCY: declare an emergency and deal with every booking in its period in one step.

The step is one transaction: the declaration is stored, every live booking
whose session falls in the period is cancelled (fee forced to zero by the
booking rules' emergency reason) or postponed, and one ``disaster`` contact
per client is queued with a ready message (P-CONTACT). Either all of it
happens or none. An inquiry cannot be postponed (it has nothing agreed yet),
so under "postpone" it is cancelled, also without a fee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Select, select

from desktop.models import Booking, Client, Emergency
from desktop.policy import emergency as rules
from desktop.policy.bookings import ACTIVE_STATUSES, BookingStatus, CancelledBy
from desktop.policy.contacts import Basis, ContactChannel
from desktop.policy.emergency import EmergencyAction, EmergencyKind, NoticeFacts
from desktop.services import bookings, contacts, practice_settings
from desktop.services.bookings import cancellation_fees
from desktop.services.contacts import ContactRecord
from desktop.services.inbox.triage import enforce, stamp
from desktop.vault import audit
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class AffectedBooking:
    """A booking the declaration reaches, as the dialog lists it before the step."""

    id: int
    client_id: int
    client_name: str
    starts_at: datetime
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
    return (
        select(Booking, Client.full_name)
        .join(Client, Client.id == Booking.client_id)
        .where(
            Booking.starts_at >= datetime.combine(first_day, time()),
            Booking.starts_at <= datetime.combine(last_day, time.max),
            Booking.status.in_([s.value for s in ACTIVE_STATUSES]),
        )
        .order_by(Booking.starts_at, Booking.id)
    )


def affected_bookings(vault: OpenVault, *, first_day: date, last_day: date) -> list[AffectedBooking]:
    """P-EMERGENCY: every live booking with its session in the period, earliest first."""
    with vault.unit_of_work() as session:
        found = [
            AffectedBooking(
                row.id, row.client_id, name, row.starts_at, BookingStatus(row.status), row.price_yen
            )
            for row, name in session.execute(_affected_query(first_day, last_day))
            if row.starts_at is not None
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
    now: datetime | None = None,
) -> EmergencyOutcome:
    """P-EMERGENCY: store the declaration, cancel or postpone its bookings, queue ``disaster`` contacts."""
    body = " ".join(issuing_body.split())
    enforce(rules.check_declaration(kind.value, body, first_day, last_day))
    settings = practice_settings.load(vault)
    schedule = cancellation_fees.load(vault)
    cancelled: list[int] = []
    postponed: list[int] = []
    notices: dict[int, tuple[Client, Booking]] = {}
    with vault.unit_of_work() as session:
        declared = Emergency(
            kind=kind.value,
            issuing_body=body,
            first_day=first_day,
            last_day=last_day,
            action=action.value,
            declared_at=stamp(),
        )
        session.add(declared)
        session.flush()
        for row, _name in session.execute(_affected_query(first_day, last_day)).all():
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
            client = session.get(Client, row.client_id)
            assert client is not None
            notices.setdefault(client.id, (client, row))
        queued = []
        note = f"{rules.kind_name(kind, language)}: {body} ({first_day:%Y-%m-%d} – {last_day:%Y-%m-%d})"
        for client, first in notices.values():
            assert first.session_date is not None and first.start_time is not None
            text = rules.notice_text(
                NoticeFacts(
                    client_name=client.full_name,
                    session_date=first.session_date,
                    start=first.start_time,
                    kind=kind,
                    issuing_body=body,
                    action=action,
                    practice_name=settings.practice_name,
                    counsellor_name=settings.counsellor_name,
                ),
                language,
            )
            queued.append(
                contacts.record_within(
                    session,
                    client_id=client.id,
                    basis=Basis.DISASTER.value,
                    channel=(ContactChannel.EMAIL if client.email else ContactChannel.PHONE).value,
                    note=note,
                    booking_id=first.id,
                    emergency_id=declared.id,
                    subject=_subject(language, settings.practice_name),
                    text=text,
                    queued=True,
                )
            )
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


def _subject(language: str, practice_name: str) -> str:
    if language == "ja":
        return f"【{practice_name}】ご予約についてのお知らせ"
    return f"{practice_name}: about your booking"


def list_emergencies(vault: OpenVault) -> list[EmergencySummary]:
    """Every declaration, newest first."""
    with vault.unit_of_work() as session:
        rows = session.scalars(select(Emergency).order_by(Emergency.first_day.desc(), Emergency.id.desc()))
        found = [
            EmergencySummary(
                r.id,
                EmergencyKind(r.kind),
                r.issuing_body,
                r.first_day,
                r.last_day,
                EmergencyAction(r.action),
                r.declared_at,
            )
            for r in rows
        ]
        audit.append(session, "emergencies.listed", detail={"rows": len(found)})
        return found
