"""Keeping the books after an erasure, and purging them when their retention ends (P-MONEY-RETAIN).

Tax law wants the books and receipt copies kept for years after the tax year.
Erasing a client therefore keeps their charges, payments and receipts: the
database clears the link to the client (``ON DELETE SET NULL``) and the name
stays only where a receipt printed it. :func:`purge_expired` removes what no
client links any more once ``retained_until`` has come, inside a permit the
database triggers require (no other path may delete a row of the books).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    MoneyAllocation,
    MoneyCharge,
    MoneyPayment,
    MoneyPurgePermit,
    MoneyReceipt,
    MoneyReceiptEvent,
)
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class KeptBooks:
    """What an erasure keeps of the client's books, and the first day all of it may go."""

    rows: int
    until: date | None


def kept_on_erasure(session: Session, client_id: int) -> KeptBooks:
    """The client's rows of the books an erasure keeps (for the confirmation and the audit trail)."""
    rows, until = 0, None
    for model in (MoneyCharge, MoneyPayment, MoneyReceipt):
        count, latest = session.execute(
            select(func.count(), func.max(model.retained_until)).where(model.client_id == client_id)
        ).one()
        rows += int(count or 0)
        if latest is not None and (until is None or latest > until):
            until = latest
    return KeptBooks(rows, until)


def _expired(
    model: type[MoneyCharge] | type[MoneyPayment] | type[MoneyReceipt], day: date
) -> ColumnElement[bool]:
    """Rows no client links any more whose retention has ended."""
    return and_(model.client_id.is_(None), model.retained_until <= day)


def purge_expired(vault: OpenVault) -> int:
    """P-MONEY-RETAIN: remove the unlinked rows of the books whose retention has ended."""
    with vault.unit_of_work() as session:
        day = practice_time(session).today()
        session.add(MoneyPurgePermit(day=day))
        session.flush()
        receipts = select(MoneyReceipt.id).where(_expired(MoneyReceipt, day))
        session.execute(delete(MoneyReceiptEvent).where(MoneyReceiptEvent.receipt_id.in_(receipts)))
        gone = list(session.scalars(receipts))
        session.execute(delete(MoneyReceipt).where(MoneyReceipt.id.in_(gone)))
        removed = len(gone)
        kept_receipts = select(MoneyReceipt.payment_id).where(MoneyReceipt.payment_id.is_not(None))
        payments = list(
            session.scalars(
                select(MoneyPayment.id)
                .where(_expired(MoneyPayment, day), MoneyPayment.id.not_in(kept_receipts))
                .order_by(MoneyPayment.id.desc())
            )
        )
        session.execute(delete(MoneyAllocation).where(MoneyAllocation.payment_id.in_(payments)))
        for payment_id in payments:  # refunds (newer) before the payments they return
            if session.scalar(select(func.count()).where(MoneyPayment.refunds_id == payment_id)) == 0:
                session.execute(delete(MoneyPayment).where(MoneyPayment.id == payment_id))
                removed += 1
        used = select(MoneyAllocation.charge_id)
        charges = list(
            session.scalars(
                select(MoneyCharge.id)
                .where(_expired(MoneyCharge, day), MoneyCharge.id.not_in(used))
                .order_by(MoneyCharge.id.desc())
            )
        )
        for charge_id in charges:  # counter-entries (newer) before the charges they correct
            if session.scalar(select(func.count()).where(MoneyCharge.corrects_id == charge_id)) == 0:
                session.execute(delete(MoneyCharge).where(MoneyCharge.id == charge_id))
                removed += 1
        session.execute(delete(MoneyPurgePermit))
        if removed:
            audit.append(session, "books.purged", detail={"rows": removed})
        return removed
