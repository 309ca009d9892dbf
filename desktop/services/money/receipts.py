"""Receipts (領収書): numbered without gaps, drawn through the export gate (P-MONEY-RECEIPT, P-LAW).

A receipt is issued from a payment. Its number is the next of the vault's
receipt sequence, taken inside the transaction that records it (``BEGIN
IMMEDIATE``: one writer at a time), and the sequence only rises (a database
trigger). Every value printed is stored on the row, so a re-issue (再発行)
draws the same receipt with its number again, and a void (取消) keeps it in the
list. A restore cannot reuse a number: :mod:`desktop.vault.receipt_watermark`
keeps the highest issued beside the vault, and numbers issued after the backup
are recorded as lost before the next one is taken.

A receipt is personal data handed to the client: it leaves through
:mod:`desktop.services.records.record_exports` (a PDF drawn by the window from
the document built here, read back and checked) and is recorded like the
client's own copy (recipient ``data_subject``), never as a disclosure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import (
    Client,
    MoneyAllocation,
    MoneyCharge,
    MoneyPayment,
    MoneyReceipt,
    MoneyReceiptEvent,
    MoneySequence,
)
from desktop.policy import money as rules
from desktop.services.money import money_settings
from desktop.services.money.charges import enforce
from desktop.services.practice_settings import load_in as practice_settings_in
from desktop.services.records import subject_access
from desktop.services.records.record_exports import (
    Entry,
    ExportDocument,
    ExportFormat,
    Field,
    Renderer,
    Section,
    rendered,
    sealed,
    write,
)
from desktop.vault import audit, receipt_watermark
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

KIND = "receipt"
SEQUENCE = "receipt"
#: What a receipt is for, in Japanese whatever the window's language (the receipt is a Japanese document).
CONTENT_SESSION = "カウンセリング料"
CONTENT_CANCELLATION = "キャンセル料"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    receipt_id: int
    number: int
    status: str  # issued, reissued, voided, lost
    issued_on: date
    addressee: str
    total_yen: int
    needs_stamp: bool


def _take_number(session: Session, folder: Path) -> int:
    """The next receipt number; numbers issued after a restored backup are recorded as lost first."""
    sequence = session.get(MoneySequence, SEQUENCE)
    if sequence is None:
        sequence = MoneySequence(name=SEQUENCE, last_number=0)
        session.add(sequence)
    last = max(sequence.last_number, session.scalar(select(func.max(MoneyReceipt.number))) or 0)
    highest = receipt_watermark.read(folder)
    today = practice_time(session).today()
    if highest > last:
        years = money_settings.load_in(session).books_retention_years
        for number in range(last + 1, highest + 1):
            session.add(
                MoneyReceipt(
                    number=number,
                    status="lost",
                    issued_on=today,
                    transaction_on=today,
                    retained_until=rules.books_retained_until(today, years),
                    recorded_at=practice_time(session).stamp(),
                )
            )
        audit.append(session, "receipt.lost_in_restore", detail={"first": last + 1, "last": highest})
        last = highest
    sequence.last_number = last + 1
    session.flush()
    return last + 1


def _amounts(session: Session, payment: MoneyPayment) -> tuple[int, int]:
    """The payment split into its taxable and non-taxable parts (an unallocated rest is taxable)."""
    non_taxable = session.scalar(
        select(func.coalesce(func.sum(MoneyAllocation.amount_yen), 0))
        .join(MoneyCharge, MoneyCharge.id == MoneyAllocation.charge_id)
        .where(
            MoneyAllocation.payment_id == payment.id,
            MoneyCharge.tax_class == rules.TaxClass.NON_TAXABLE.value,
        )
    )
    return payment.amount_yen - int(non_taxable or 0), int(non_taxable or 0)


def status_of(session: Session, receipt: MoneyReceipt) -> str:
    if receipt.status == "lost":
        return "lost"
    kinds = set(
        session.scalars(select(MoneyReceiptEvent.kind).where(MoneyReceiptEvent.receipt_id == receipt.id))
    )
    return "voided" if "voided" in kinds else "reissued" if "reissued" in kinds else "issued"


def document(session: Session, receipt: MoneyReceipt, *, reissue: bool) -> ExportDocument:
    """The receipt as the export gate's document: every value printed, from the stored row."""
    amounts = rules.ReceiptAmounts(
        receipt.total_yen, receipt.taxable_yen, receipt.tax_yen, receipt.non_taxable_yen, receipt.rate_percent
    )
    shown = bool(receipt.registration_number)
    values: list[Field] = [
        Field("receipt_number", receipt.number),
        Field("issued_on", receipt.issued_on),
        Field("addressee", receipt.addressee),
        Field("total_yen", receipt.total_yen),
        Field("content", receipt.content),
        Field("transaction_date", receipt.transaction_on),
        Field("taxable_yen", receipt.taxable_yen),
        Field("rate", receipt.rate_percent),
        Field("tax_yen", receipt.tax_yen),
        Field("non_taxable_yen", receipt.non_taxable_yen),
        Field("issuer_name", receipt.issuer_name),
        Field("issuer_address", receipt.issuer_address),
        Field("issuer_contact", receipt.issuer_contact),
        Field("registration_number", receipt.registration_number),
        Field("reissue", reissue),
        Field("needs_stamp", rules.needs_revenue_stamp(amounts, tax_shown=shown)),
    ]
    produced = practice_time(session).stamp()
    return sealed(
        ExportDocument(KIND, receipt.addressee, produced, (Section("receipt", (Entry(tuple(values)),)),))
    )


def _export(
    session: Session, vault: OpenVault, receipt: MoneyReceipt, *, reissue: bool, path: Path, render: Renderer
) -> ExportDocument:
    """Draw, check and write the receipt; recorded like the client's own copy (P-LAW)."""
    doc = document(session, receipt, reissue=reissue)
    data = rendered(doc, ExportFormat.PDF, render)
    audit.append(
        session,
        "client.exported",
        entity="client" if receipt.client_id is not None else None,
        entity_id=receipt.client_id,
        detail={
            "format": ExportFormat.PDF.value,
            "recipient": subject_access.RECIPIENT,
            "kind": KIND,
            "receipt": receipt.number,
            "reissue": reissue,
            "reference": doc.reference,
        },
    )
    session.flush()
    receipt_watermark.raise_to(vault.folder, receipt.number)
    write(path, data)
    return doc


def issue_receipt(
    vault: OpenVault, *, payment_id: int, addressee: str, path: Path, render: Renderer
) -> ExportDocument:
    """P-MONEY-RECEIPT, P-MONEY-INVOICE: the next number, every item printed, the copy kept in the books."""
    with vault.unit_of_work() as session:
        payment = session.get(MoneyPayment, payment_id)
        if payment is None or payment.client_id is None:
            raise LookupError(payment_id)
        client = session.get(Client, payment.client_id)
        assert client is not None  # the link is cleared only when the client row goes
        settings = money_settings.load_in(session)
        enforce(
            rules.check_addressee(addressee, client_name=client.full_name, allow_uesama=settings.allow_uesama)
        )
        live = [
            r
            for r in session.scalars(select(MoneyReceipt).where(MoneyReceipt.payment_id == payment_id))
            if status_of(session, r) != "voided"
        ]
        if payment.amount_yen <= 0 or live:
            raise PolicyRefusal(
                rules.P_MONEY_RECEIPT,
                QT_TRANSLATE_NOOP(
                    "policy",
                    "This payment already has a receipt (or is a refund); re-issue that receipt instead.",
                ),
            )
        taxable, non_taxable = _amounts(session, payment)
        amounts = rules.receipt_amounts(taxable_yen=taxable, non_taxable_yen=non_taxable)
        content = "・".join(
            text
            for text, part in ((CONTENT_SESSION, taxable), (CONTENT_CANCELLATION, non_taxable))
            if part > 0
        )
        today = practice_time(session).today()
        row = MoneyReceipt(
            number=_take_number(session, vault.folder),
            status="issued",
            payment_id=payment.id,
            client_id=payment.client_id,
            issued_on=today,
            transaction_on=payment.paid_on,
            addressee=addressee.strip(),
            content=content,
            total_yen=amounts.total_yen,
            taxable_yen=amounts.taxable_yen,
            tax_yen=amounts.tax_yen,
            non_taxable_yen=amounts.non_taxable_yen,
            rate_percent=amounts.rate_percent,
            registration_number=settings.registration_number,
            issuer_name=practice_settings_in(session).practice_name,
            issuer_address=settings.practice_address,
            issuer_contact=settings.practice_contact,
            retained_until=rules.books_retained_until(today, settings.books_retention_years),
            recorded_at=practice_time(session).stamp(),
        )
        session.add(row)
        session.flush()
        return _export(session, vault, row, reissue=False, path=path, render=render)


def _receipt(session: Session, receipt_id: int) -> MoneyReceipt:
    row = session.get(MoneyReceipt, receipt_id)
    if row is None or row.status == "lost":
        raise LookupError(receipt_id)
    return row


def _refuse_voided() -> PolicyRefusal:
    return PolicyRefusal(
        rules.P_MONEY_RECEIPT,
        QT_TRANSLATE_NOOP("policy", "This receipt was voided; issue a new one instead."),
    )


def reissue_receipt(vault: OpenVault, *, receipt_id: int, path: Path, render: Renderer) -> ExportDocument:
    """P-MONEY-RECEIPT: the same receipt drawn again with its number, marked 再発行."""
    with vault.unit_of_work() as session:
        row = _receipt(session, receipt_id)
        if status_of(session, row) == "voided":
            raise _refuse_voided()
        session.add(
            MoneyReceiptEvent(
                receipt_id=row.id,
                kind="reissued",
                happened_on=practice_time(session).today(),
                reason="",
                recorded_at=practice_time(session).stamp(),
            )
        )
        return _export(session, vault, row, reissue=True, path=path, render=render)


def void_receipt(vault: OpenVault, *, receipt_id: int, reason: str) -> None:
    """P-MONEY-RECEIPT: a receipt withdrawn stays in the list marked 取消; its number is not reused."""
    if not reason.strip():
        raise PolicyRefusal(
            rules.P_MONEY_RECEIPT, QT_TRANSLATE_NOOP("policy", "Give the reason the receipt is voided.")
        )
    with vault.unit_of_work() as session:
        row = _receipt(session, receipt_id)
        if status_of(session, row) == "voided":
            raise _refuse_voided()
        session.add(
            MoneyReceiptEvent(
                receipt_id=row.id,
                kind="voided",
                happened_on=practice_time(session).today(),
                reason=" ".join(reason.split())[:200],
                recorded_at=practice_time(session).stamp(),
            )
        )
        audit.append(
            session,
            "receipt.voided",
            entity="client",
            entity_id=row.client_id,
            detail={"receipt": row.number},
        )


def receipt_lines(vault: OpenVault, *, client_id: int | None = None) -> list[ReceiptLine]:
    """Receipts by number (every number, lost and voided ones included), or one client's."""
    with vault.reading() as session:
        query = select(MoneyReceipt).order_by(MoneyReceipt.number)
        if client_id is not None:
            query = query.where(MoneyReceipt.client_id == client_id)
        lines = []
        for row in session.scalars(query):
            amounts = rules.ReceiptAmounts(row.total_yen, row.taxable_yen, row.tax_yen, row.non_taxable_yen)
            stamp = rules.needs_revenue_stamp(amounts, tax_shown=bool(row.registration_number))
            lines.append(
                ReceiptLine(
                    row.id,
                    row.number,
                    status_of(session, row),
                    row.issued_on,
                    row.addressee,
                    row.total_yen,
                    stamp,
                )
            )
        return lines


def addressees(vault: OpenVault, *, client_id: int) -> tuple[str, ...]:
    """Whom a receipt for the client may be made out to: their name, and 上様 where Settings allow it.

    Read for the client page already open (its opening was recorded), so no event of its own.
    """
    with vault.reading() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise LookupError(client_id)
        allowed = money_settings.load_in(session).allow_uesama
        return (client.full_name, rules.UESAMA) if allowed else (client.full_name,)
