"""The booking gate: the one place that checks and writes booking rows (DESIGN.md, "Gates").

Every booking change — create, record what the requester showed, move, agree a point,
confirm, complete, cancel, count an exchange — ends in :func:`admit`, inside the caller's
unit of work (one ``BEGIN IMMEDIATE`` transaction). It checks the booking as it is about to
be written against P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM, P-FORMAT, P-CANCEL and
P-EMERGENCY together; a refusal raises :class:`~desktop.errors.PolicyRefusal`, so the unit
of work rolls back and nothing of the change is kept. The rows themselves are made only
here (:func:`new_booking`, :func:`new_cancellation`, :func:`new_exchange`); a test proves
no other module constructs them and every public writer goes through :func:`admit`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, BookingCancellation, BookingExchange, Emergency
from desktop.policy import Verdict
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy.bookings import BookingStatus
from desktop.services.bookings._shared import (
    _check_overlap,
    _count,
    _enforce,
    _exchange_rows,
    _facts,
    _local_now,
    _round_trip_limit,
)
from desktop.services.money import charges as money_charges


class Act(StrEnum):
    """The kinds of booking change; each decides which rules the gate applies beyond the invariants."""

    CREATE = "create"
    # Facts about the request: the channel, the form facts, the own will, an exchange counted.
    RECORD = "record"
    MOVE = "move"
    AGREE = "agree"
    TRANSITION = "transition"
    CANCEL = "cancel"


def new_booking(session: Session, **values: Any) -> Booking:
    """A new booking row, added to the session; :func:`admit` must pass before the unit of work ends."""
    row = Booking(**values)
    session.add(row)
    session.flush()
    return row


def new_cancellation(session: Session, **values: Any) -> BookingCancellation:
    """A booking's cancellation record (P-CANCEL), admitted with the booking by :func:`admit`."""
    record = BookingCancellation(**values)
    session.add(record)
    return record


def new_exchange(session: Session, **values: Any) -> BookingExchange:
    """One counted exchange of a client's negotiation (P-ROUNDTRIPS)."""
    record = BookingExchange(**values)
    session.add(record)
    session.flush()
    return record


def admit(
    session: Session,
    row: Booking,
    act: Act,
    *,
    was: BookingStatus | None = None,
    cancellation: BookingCancellation | None = None,
) -> None:
    """Check ``row`` as it is about to be written, or raise :class:`PolicyRefusal`.

    ``was`` is the status before a transition or cancellation; ``cancellation`` the record a
    cancellation writes. The negotiation's round-trip count is written onto the row here.
    """
    limit = _round_trip_limit(session)
    row.round_trips = _count(_exchange_rows(session, row.client_id))
    facts = _facts(row)
    status = facts.status
    _enforce(rules.check_relation(facts.requested_by, row.requester_relation))
    if status is not BookingStatus.REFUSED:
        _enforce(rules.check_requester(facts.requested_by))
    if status in rules.PAST_INQUIRY:
        _enforce(rules.check_own_will(facts))
    if row.format is not None:
        _enforce(rules.check_format(row.format))
    if act is Act.AGREE:
        _enforce(rules.check_can_negotiate(facts, limit))
        _enforce(rules.check_reagree_by_email(facts, limit, row.unticked_at_round_trip))
    if act is Act.TRANSITION:
        _enforce(rules.check_transition(replace(facts, status=was or status), status, limit))
        if status in rules.SESSION_HELD:
            _enforce(rules.check_session_started(row.starts_at, _local_now(session)))
    if status is BookingStatus.CONFIRMED:
        _enforce(_agreed_as_written(row, facts))
    if act is Act.CANCEL:
        _admit_cancellation(session, row, was or status, cancellation)
    moved = act in (Act.CREATE, Act.MOVE, Act.AGREE)
    confirming = act is Act.TRANSITION and status is BookingStatus.CONFIRMED
    if (moved or confirming) and status in rules.ACTIVE_STATUSES:
        session.flush()
        _check_overlap(session, row)
    session.flush()
    if act is Act.CANCEL or (act is Act.TRANSITION and status is BookingStatus.COMPLETED):
        # P-MONEY-CHARGE: the session or the cancellation charges itself in the same transaction.
        money_charges.charge_booking(session, row, cancellation if act is Act.CANCEL else None)


def _agreed_as_written(row: Booking, facts: rules.BookingFacts) -> Verdict:
    """P-CONFIRM: a confirmed booking has its four points ticked and point 3 kept as agreed."""
    verdict = rules.check_checklist(facts)
    if not verdict.allowed:
        return verdict
    if not row.session_name or row.duration_minutes is None or row.price_yen is None:
        return Verdict.refuse(rules.P_CONFIRM, _MISSING_SESSION)
    return Verdict.allow(rules.P_CONFIRM)


_MISSING_SESSION = QT_TRANSLATE_NOOP(
    "policy",
    "The written policy's section “Confirming a booking” needs the session agreed with its name, "
    "length and price; choose the session again and agree it.",
)


def _admit_cancellation(
    session: Session, row: Booking, was: BookingStatus, record: BookingCancellation | None
) -> None:
    """P-CANCEL: a live booking and its record; P-EMERGENCY: an emergency waiver needs its declaration."""
    if record is None or row.status != BookingStatus.CANCELLED:
        _enforce(Verdict.refuse(rules.P_CANCEL, rules.FINISHED))
        return
    _enforce(fees.check_cancel(was, reason=record.reason, waive_fee=record.fee_waived))
    if record.reason != rules.EMERGENCY_REASON:
        return
    day = row.session_date or record.cancelled_at.date()
    declared = session.scalar(
        select(Emergency.id)
        .where(Emergency.first_day <= day, Emergency.last_day >= day)
        .order_by(Emergency.id.desc())
    )
    if declared is None:
        _enforce(_no_declaration(day))
    record.emergency_id = declared
    record.fee_percent, record.fee_yen, record.fee_waived = 0, 0, True


def _no_declaration(day: date) -> Verdict:
    return Verdict.refuse(
        rules.P_EMERGENCY,
        QT_TRANSLATE_NOOP(
            "policy",
            "Under the written policy's rule for disasters and emergencies, a fee is waived as an "
            "emergency only while a public body's declaration covers the day; no declaration recorded "
            "here covers %1. Declare the emergency first, or give another reason.",
        ),
        day.isoformat(),  # a date in the sentence, as the reader's language writes it (error_sentences)
    )
