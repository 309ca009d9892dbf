"""Payments, part payments and refunds; a client's balance and what is outstanding (P-MONEY-LEDGER).

A payment is allocated to the charges it pays, oldest first (or to those the
counsellor picked), each up to what is still open; a part payment leaves the
rest open, an overpayment stays as the client's credit. A refund is a negative
payment naming the payment it returns and a reason; it reopens the charges that
payment paid, newest first. Nothing is ever edited or deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Client, MoneyAllocation, MoneyCharge, MoneyPayment, MoneyReceipt
from desktop.policy import money as rules
from desktop.services.money import money_settings
from desktop.services.money.charges import ChargeLine, charge_lines, enforce
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class PaymentLine:
    payment_id: int
    paid_on: date
    method: rules.PaymentMethod
    amount_yen: int
    reason: str
    refunds_id: int | None
    receipt_numbers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ClientLedger:
    """A client's charges and payments, and the balance (positive: the client owes)."""

    client_id: int
    charges: tuple[ChargeLine, ...]
    payments: tuple[PaymentLine, ...]

    @property
    def charged_yen(self) -> int:
        return sum(c.amount_yen for c in self.charges)

    @property
    def paid_yen(self) -> int:
        return sum(p.amount_yen for p in self.payments)

    @property
    def balance_yen(self) -> int:
        return self.charged_yen - self.paid_yen


def _payment_lines(session: Session, client_id: int) -> tuple[PaymentLine, ...]:
    receipts: dict[int, list[int]] = {}
    for payment_id, number in session.execute(
        select(MoneyReceipt.payment_id, MoneyReceipt.number)
        .where(MoneyReceipt.client_id == client_id)
        .order_by(MoneyReceipt.number)
    ):
        if payment_id is not None:
            receipts.setdefault(payment_id, []).append(number)
    rows = session.scalars(
        select(MoneyPayment)
        .where(MoneyPayment.client_id == client_id)
        .order_by(MoneyPayment.paid_on, MoneyPayment.id)
    )
    return tuple(
        PaymentLine(
            p.id,
            p.paid_on,
            rules.PaymentMethod(p.method),
            p.amount_yen,
            p.reason,
            p.refunds_id,
            tuple(receipts.get(p.id, ())),
        )
        for p in rows
    )


def ledger_in(session: Session, client_id: int) -> ClientLedger:
    charges = charge_lines(session, MoneyCharge.client_id == client_id)
    return ClientLedger(client_id, tuple(charges), _payment_lines(session, client_id))


def client_ledger(vault: OpenVault, *, client_id: int) -> ClientLedger:
    """The client's page: every charge with what is open, every payment, the balance."""
    with vault.reading() as session:
        return ledger_in(session, client_id)


def _new_payment(session: Session, client_id: int, amount_yen: int, **values: object) -> MoneyPayment:
    day = practice_time(session).today()
    years = money_settings.load_in(session).books_retention_years
    row = MoneyPayment(
        client_id=client_id,
        paid_on=day,
        amount_yen=amount_yen,
        retained_until=rules.books_retained_until(day, years),
        recorded_at=practice_time(session).stamp(),
        **values,
    )
    session.add(row)
    session.flush()
    return row


def record_payment(
    vault: OpenVault,
    *,
    client_id: int,
    amount_yen: int,
    method: rules.PaymentMethod,
    charge_ids: Sequence[int] = (),
) -> int:
    """P-MONEY-LEDGER: a payment received today, allocated to open charges oldest first."""
    enforce(rules.check_amount(amount_yen, refund=False, reason=""))
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise LookupError(client_id)
        row = _new_payment(session, client_id, amount_yen, method=method.value, reason="")
        left = amount_yen
        lines = charge_lines(session, MoneyCharge.client_id == client_id)
        chosen = [c for c in lines if not charge_ids or c.charge_id in charge_ids]
        for line in chosen:
            share = min(left, line.open_yen)
            if share > 0:
                session.add(MoneyAllocation(payment_id=row.id, charge_id=line.charge_id, amount_yen=share))
                left -= share
        audit.append(
            session,
            "payment.recorded",
            entity="client",
            entity_id=client_id,
            detail={"payment": row.id, "method": method.value, "amount_yen": amount_yen},
        )
        return row.id


def record_refund(vault: OpenVault, *, payment_id: int, amount_yen: int, reason: str) -> int:
    """P-MONEY-LEDGER: money given back: a negative payment naming the payment and a reason."""
    enforce(rules.check_amount(-abs(amount_yen), refund=True, reason=reason))
    with vault.unit_of_work() as session:
        paid = session.get(MoneyPayment, payment_id)
        if paid is None or paid.client_id is None or paid.amount_yen < 0:
            raise LookupError(payment_id)
        refunded = session.scalar(
            select(func.coalesce(func.sum(MoneyPayment.amount_yen), 0)).where(
                MoneyPayment.refunds_id == payment_id
            )
        )
        enforce(rules.check_refund(abs(amount_yen), refundable_yen=paid.amount_yen + int(refunded or 0)))
        row = _new_payment(
            session,
            paid.client_id,
            -abs(amount_yen),
            method=paid.method,
            refunds_id=paid.id,
            reason=" ".join(reason.split())[:200],
        )
        left = abs(amount_yen)
        allocations = session.execute(
            select(MoneyAllocation.charge_id, func.sum(MoneyAllocation.amount_yen))
            .where(
                MoneyAllocation.payment_id.in_(
                    select(MoneyPayment.id).where(
                        (MoneyPayment.id == payment_id) | (MoneyPayment.refunds_id == payment_id)
                    )
                )
            )
            .group_by(MoneyAllocation.charge_id)
            .order_by(MoneyAllocation.charge_id.desc())
        ).all()
        for charge_id, allocated in allocations:
            back = min(left, int(allocated))
            if back > 0:
                session.add(MoneyAllocation(payment_id=row.id, charge_id=charge_id, amount_yen=-back))
                left -= back
        audit.append(
            session,
            "payment.refunded",
            entity="client",
            entity_id=paid.client_id,
            detail={"payment": row.id, "refunds": paid.id, "amount_yen": -abs(amount_yen)},
        )
        return row.id


@dataclass(frozen=True, slots=True)
class Outstanding:
    client_id: int
    client_name: str
    charge: ChargeLine


def outstanding(vault: OpenVault) -> list[Outstanding]:
    """Every charge still open, oldest first, with whose it is (the counsellor's own list)."""
    with vault.reading() as session:
        lines = [c for c in charge_lines(session, MoneyCharge.client_id.is_not(None)) if c.open_yen > 0]
        owners: dict[int, int] = {
            charge_id: owner
            for charge_id, owner in session.execute(
                select(MoneyCharge.id, MoneyCharge.client_id).where(
                    MoneyCharge.id.in_([c.charge_id for c in lines])
                )
            )
            if owner is not None
        }
        names = dict(session.execute(select(Client.id, Client.full_name)).all()) if lines else {}
        return [Outstanding(owners[c.charge_id], names.get(owners[c.charge_id], ""), c) for c in lines]
