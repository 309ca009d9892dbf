"""Charges: what a client owes, from their bookings or added by hand (P-MONEY-CHARGE, P-MONEY-LEDGER).

A completed session and a cancellation charge themselves: the booking gate
calls :func:`charge_booking` inside the transaction that completes or cancels
the booking, so no completed session is ever without its charge. A manual
charge names its reason; a charge is corrected only by a counter-entry (a new
row naming it, with a reason), never edited. Every amount is whole yen, tax
included; the kind sets the tax class (a cancellation fee is never taxed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.models import Booking, BookingCancellation, Client, MoneyAllocation, MoneyCharge
from desktop.policy import Verdict
from desktop.policy import money as rules
from desktop.services.money import money_settings
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


def enforce(verdict: Verdict) -> None:
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)


def _add(
    session: Session, terms: rules.ChargeTerms, *, client_id: int, day: date, **values: object
) -> MoneyCharge:
    years = money_settings.load_in(session).books_retention_years
    row = MoneyCharge(
        client_id=client_id,
        kind=terms.kind.value,
        tax_class=terms.tax_class.value,
        amount_yen=terms.amount_yen,
        reason=terms.waiver.value if terms.waiver else values.pop("reason", ""),
        incurred_on=day,
        retained_until=rules.books_retained_until(day, years),
        recorded_at=practice_time(session).stamp(),
        **values,
    )
    session.add(row)
    session.flush()
    audit.append(
        session,
        "charge.recorded",
        entity="client",
        entity_id=client_id,
        detail={"charge": row.id, "kind": row.kind, "amount_yen": row.amount_yen},
    )
    return row


def charge_booking(
    session: Session, booking: Booking, cancellation: BookingCancellation | None
) -> MoneyCharge:
    """P-MONEY-CHARGE: the charge a completed or cancelled booking makes (inside the gate's transaction)."""
    existing = session.scalar(
        select(MoneyCharge).where(MoneyCharge.booking_id == booking.id, MoneyCharge.corrects_id.is_(None))
    )
    if existing is not None:
        return existing
    day = booking.session_date or practice_time(session).today()
    if cancellation is None:
        terms = rules.session_charge(booking.price_yen)
    else:
        terms = rules.cancellation_charge(
            fee_yen=cancellation.fee_yen,
            waived=cancellation.fee_waived,
            reason=cancellation.reason,
            by_counsellor=cancellation.cancelled_by == "counsellor",
            was_confirmed=booking.confirmed_at is not None,
        )
        day = cancellation.cancelled_at.date()
    return _add(
        session,
        terms,
        client_id=booking.client_id,
        day=day,
        booking_id=booking.id,
        description=booking.session_name,
    )


def add_manual_charge(
    vault: OpenVault, *, client_id: int, amount_yen: int, description: str, taxable: bool = True
) -> int:
    """P-MONEY-CHARGE: a charge the counsellor adds by hand, with what it is for."""
    text = " ".join(description.split())[:200]
    enforce(rules.check_manual_charge(amount_yen, text))
    kind = rules.ChargeKind.MANUAL
    tax_class = rules.TaxClass.TAXABLE_10 if taxable else rules.TaxClass.NON_TAXABLE
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        day = practice_time(session).today()
        terms = rules.ChargeTerms(kind, tax_class, amount_yen)
        return _add(session, terms, client_id=client_id, day=day, description=text).id


def correct_charge(vault: OpenVault, *, charge_id: int, correction_yen: int, reason: str) -> int:
    """P-MONEY-LEDGER: a counter-entry: a new row naming the charge, never an edit of it."""
    with vault.unit_of_work() as session:
        original = session.get(MoneyCharge, charge_id)
        if original is None or original.client_id is None:
            raise LookupError(charge_id)
        root = original.corrects_id or original.id
        now_yen = charge_total(session, root)
        enforce(rules.check_counter_entry(original_yen=now_yen, correction_yen=correction_yen, reason=reason))
        kind = rules.ChargeKind(original.kind)
        terms = rules.ChargeTerms(kind, rules.TaxClass(original.tax_class), correction_yen)
        row = _add(
            session,
            terms,
            client_id=original.client_id,
            day=practice_time(session).today(),
            corrects_id=root,
            booking_id=original.booking_id,
            description=original.description,
            reason=" ".join(reason.split())[:200],
        )
        return row.id


def charge_total(session: Session, root_id: int) -> int:
    """A charge with its counter-entries."""
    total = session.scalar(
        select(func.coalesce(func.sum(MoneyCharge.amount_yen), 0)).where(
            (MoneyCharge.id == root_id) | (MoneyCharge.corrects_id == root_id)
        )
    )
    return int(total or 0)


@dataclass(frozen=True, slots=True)
class ChargeLine:
    """One charge as the client's page lists it: its amount with corrections and what is still open."""

    charge_id: int
    incurred_on: date
    kind: rules.ChargeKind
    tax_class: rules.TaxClass
    description: str
    reason: str
    amount_yen: int
    paid_yen: int
    booking_id: int | None

    @property
    def open_yen(self) -> int:
        return self.amount_yen - self.paid_yen


def charge_lines(session: Session, *where: object) -> list[ChargeLine]:
    """Charges (originals, with their corrections summed in), oldest first."""
    root = func.coalesce(MoneyCharge.corrects_id, MoneyCharge.id)
    totals = dict(
        session.execute(
            select(root, func.sum(MoneyCharge.amount_yen)).where(*where).group_by(root)  # type: ignore[arg-type]
        ).all()
    )
    paid = dict(
        session.execute(
            select(MoneyAllocation.charge_id, func.sum(MoneyAllocation.amount_yen))
            .where(MoneyAllocation.charge_id.in_(list(totals)))
            .group_by(MoneyAllocation.charge_id)
        ).all()
    )
    originals = session.scalars(
        select(MoneyCharge)
        .where(MoneyCharge.id.in_(list(totals)))
        .order_by(MoneyCharge.incurred_on, MoneyCharge.id)
    )
    return [
        ChargeLine(
            row.id,
            row.incurred_on,
            rules.ChargeKind(row.kind),
            rules.TaxClass(row.tax_class),
            row.description,
            row.reason,
            int(totals[row.id]),
            int(paid.get(row.id, 0)),
            row.booking_id,
        )
        for row in originals
    ]
