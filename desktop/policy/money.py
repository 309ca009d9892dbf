"""The money side of the practice: charges, payments, receipts and the books, as pure rules.

POLICY.md names the books only under P-LAW ("the books and receipt copies tax law
requires ... stay until their retention ends"); the rules below give the rest an
id of its own, each stating what Japanese tax practice asks of a solo practice:

- ``P-MONEY-CHARGE``: a charge arises from a booking — a completed session charges
  its agreed price, a cancellation its fee, a waived fee nothing (and names why).
- ``P-MONEY-LEDGER``: charges, payments and receipts are never edited or deleted;
  a mistake is corrected by a counter-entry; only the retention purge removes rows.
- ``P-MONEY-TAX``: amounts are whole yen; sessions carry consumption tax at 10 %,
  a cancellation fee is compensation (不課税) and is never taxed; tax is computed
  once per receipt per rate and rounded down (切り捨て).
- ``P-MONEY-RECEIPT``: receipt numbers are sequential, without gaps, never reused;
  the addressee is the client's name, or 上様 only where Settings allow it.
- ``P-MONEY-INVOICE``: a registered issuer's receipt carries every item of a
  適格請求書 (qualified invoice).
- ``P-MONEY-STAMP``: a receipt of ¥50,000 or more (a separately shown tax left
  out) needs a revenue stamp (収入印紙): the counsellor is reminded.
- ``P-MONEY-RETAIN``: the books are kept for years after the tax year (7 by default,
  a blue-return filer's period), also after the client's erasure, then purged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict

P_MONEY_CHARGE = "P-MONEY-CHARGE"
P_MONEY_LEDGER = "P-MONEY-LEDGER"
P_MONEY_TAX = "P-MONEY-TAX"
P_MONEY_RECEIPT = "P-MONEY-RECEIPT"
P_MONEY_INVOICE = "P-MONEY-INVOICE"
P_MONEY_STAMP = "P-MONEY-STAMP"
P_MONEY_RETAIN = "P-MONEY-RETAIN"

#: P-MONEY-TAX: the standard consumption-tax rate, in percent (counselling is not reduced-rate).
TAX_RATE_PERCENT = 10
#: P-MONEY-STAMP: a receipt for this much or more needs a revenue stamp.
STAMP_THRESHOLD_YEN = 50_000
#: P-MONEY-RETAIN: years the books are kept after the tax year (blue-return filer); stricter only.
DEFAULT_BOOKS_RETENTION_YEARS = 7
BOOKS_RETENTION_RANGE = (DEFAULT_BOOKS_RETENTION_YEARS, 30)
#: The addressee a receipt may carry instead of the client's name, where Settings allow it.
UESAMA = "上様"
#: The largest single amount the ledger accepts (a typo guard, not a law).
MAX_AMOUNT_YEN = 10_000_000


class ChargeKind(StrEnum):
    SESSION = "session"
    CANCELLATION_FEE = "cancellation_fee"
    MANUAL = "manual"


class TaxClass(StrEnum):
    """P-MONEY-TAX: ``taxable_10`` for sessions, ``non_taxable`` (不課税) for cancellation fees."""

    TAXABLE_10 = "taxable_10"
    NON_TAXABLE = "non_taxable"


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    CARD_QR = "card_qr"
    OTHER = "other"


class WaiverReason(StrEnum):
    """P-MONEY-CHARGE: why a cancellation charged nothing."""

    COUNSELLOR_CANCELLED = "counsellor_cancelled"
    EMERGENCY = "emergency"
    WAIVED = "waived"
    NOT_CONFIRMED = "not_confirmed"
    NOTICE_FREE = "notice_free"


CHARGE_KIND_LABELS = {
    ChargeKind.SESSION: QT_TRANSLATE_NOOP("money", "Session"),
    ChargeKind.CANCELLATION_FEE: QT_TRANSLATE_NOOP("money", "Cancellation fee"),
    ChargeKind.MANUAL: QT_TRANSLATE_NOOP("money", "Other charge"),
}
METHOD_LABELS = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("money", "Cash"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("money", "Bank transfer"),
    PaymentMethod.CARD_QR: QT_TRANSLATE_NOOP("money", "Card or QR payment"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("money", "Other"),
}
WAIVER_LABELS = {
    WaiverReason.COUNSELLOR_CANCELLED: QT_TRANSLATE_NOOP("money", "Cancelled by the counsellor: no fee"),
    WaiverReason.EMERGENCY: QT_TRANSLATE_NOOP("money", "Declared emergency: no fee"),
    WaiverReason.WAIVED: QT_TRANSLATE_NOOP("money", "Fee waived by the counsellor"),
    WaiverReason.NOT_CONFIRMED: QT_TRANSLATE_NOOP("money", "Booking was not yet confirmed: no fee"),
    WaiverReason.NOTICE_FREE: QT_TRANSLATE_NOOP("money", "Cancelled with enough notice: no fee"),
}


@dataclass(frozen=True, slots=True)
class ChargeTerms:
    kind: ChargeKind
    tax_class: TaxClass
    amount_yen: int
    waiver: WaiverReason | None = None


def session_charge(price_yen: int | None) -> ChargeTerms:
    """P-MONEY-CHARGE: a completed session charges the price agreed (P-CONFIRM point 3), taxable."""
    return ChargeTerms(ChargeKind.SESSION, TaxClass.TAXABLE_10, max(0, price_yen or 0))


def cancellation_charge(
    *, fee_yen: int, waived: bool, reason: str, by_counsellor: bool, was_confirmed: bool
) -> ChargeTerms:
    """P-MONEY-CHARGE, P-MONEY-TAX: a cancellation charges its fee, never taxed; zero names its reason."""
    if fee_yen > 0 and not waived:
        return ChargeTerms(ChargeKind.CANCELLATION_FEE, TaxClass.NON_TAXABLE, fee_yen)
    if reason == WaiverReason.EMERGENCY.value:
        why = WaiverReason.EMERGENCY
    elif waived:
        why = WaiverReason.WAIVED
    elif by_counsellor:
        why = WaiverReason.COUNSELLOR_CANCELLED
    elif not was_confirmed:
        why = WaiverReason.NOT_CONFIRMED
    else:
        why = WaiverReason.NOTICE_FREE
    return ChargeTerms(ChargeKind.CANCELLATION_FEE, TaxClass.NON_TAXABLE, 0, why)


def tax_class_of(kind: ChargeKind) -> TaxClass:
    """P-MONEY-TAX: a cancellation fee is never taxed; a session and any other charge are."""
    return TaxClass.NON_TAXABLE if kind is ChargeKind.CANCELLATION_FEE else TaxClass.TAXABLE_10


@dataclass(frozen=True, slots=True)
class ReceiptAmounts:
    """One receipt's amounts per tax class, as printed (P-MONEY-TAX)."""

    total_yen: int
    taxable_yen: int  # the 10 % part, tax included
    tax_yen: int
    non_taxable_yen: int
    rate_percent: int = TAX_RATE_PERCENT

    @property
    def taxable_net_yen(self) -> int:
        return self.taxable_yen - self.tax_yen


def receipt_amounts(*, taxable_yen: int, non_taxable_yen: int) -> ReceiptAmounts:
    """P-MONEY-TAX: the tax inside ``taxable_yen`` (tax included), once per receipt, rounded down.

    Prices are stored tax included (what the client pays); the tax of the 10 % part is
    ``floor(taxable × 10 / 110)``, computed once for the receipt and rate, never per line —
    the rounding the invoice rules allow and most small practices use. The non-taxable
    part (cancellation fees) carries no tax.
    """
    tax = (taxable_yen * TAX_RATE_PERCENT) // (100 + TAX_RATE_PERCENT) if taxable_yen > 0 else 0
    return ReceiptAmounts(taxable_yen + non_taxable_yen, taxable_yen, tax, non_taxable_yen)


def needs_revenue_stamp(amounts: ReceiptAmounts, *, tax_shown: bool) -> bool:
    """P-MONEY-STAMP: ¥50,000 or more, the tax left out when it is shown separately."""
    base = amounts.total_yen - (amounts.tax_yen if tax_shown else 0)
    return base >= STAMP_THRESHOLD_YEN


def corporate_check_digit(twelve: str) -> int:
    """The check digit of a corporate number (法人番号) for its 12-digit base number.

    9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right, Qn 1 for odd n, 2 for even.
    """
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(twelve), start=1))
    return 9 - total % 9


_REGISTRATION = re.compile(r"T([1-9]\d{12})")


def clean_registration_number(text: str) -> str:
    """The number as typed, without spaces or hyphens, full-width digits and ``t`` folded."""
    folded = text.translate(str.maketrans("０１２３４５６７８９Ｔｔt", "0123456789TTT"))
    return re.sub(r"[\s\-‐－]", "", folded)


def check_registration_number(number: str, *, corporation: bool) -> Verdict:
    """P-MONEY-INVOICE: ``T`` and 13 digits; a corporation's digits are its corporate number.

    A corporation's 13 digits are its 法人番号, whose first digit is a check digit and is
    verified here. A sole proprietor's 13 digits are a number the tax office assigns (not the
    My Number); the NTA publishes no check-digit rule for it, so only its form is checked.
    An empty number means the practice is not a registered issuer.
    """
    if not number:
        return Verdict.allow(P_MONEY_INVOICE)
    match = _REGISTRATION.fullmatch(number)
    if match is None:
        return Verdict.refuse(
            P_MONEY_INVOICE,
            QT_TRANSLATE_NOOP(
                "policy", "A registration number is the letter T and 13 digits, for example T1234567890123."
            ),
        )
    digits = match.group(1)
    if corporation and corporate_check_digit(digits[1:]) != int(digits[0]):
        return Verdict.refuse(
            P_MONEY_INVOICE,
            QT_TRANSLATE_NOOP(
                "policy",
                "The 13 digits are not a corporate number: its first digit does not match the others. "
                "Check the number on the registration notice.",
            ),
        )
    return Verdict.allow(P_MONEY_INVOICE)


def check_addressee(addressee: str, *, client_name: str, allow_uesama: bool) -> Verdict:
    """P-MONEY-RECEIPT: the receipt is made out to the client's name, or to 上様 where allowed."""
    if addressee == UESAMA:
        if allow_uesama:
            return Verdict.allow(P_MONEY_RECEIPT)
        return Verdict.refuse(
            P_MONEY_RECEIPT,
            QT_TRANSLATE_NOOP(
                "policy", "Receipts made out to 上様 are not allowed in Settings; use the client's name."
            ),
        )
    if addressee.strip() and addressee.strip() == client_name.strip():
        return Verdict.allow(P_MONEY_RECEIPT)
    return Verdict.refuse(
        P_MONEY_RECEIPT,
        QT_TRANSLATE_NOOP("policy", "A receipt is made out to the client's own name."),
    )


def check_amount(amount_yen: int, *, refund: bool, reason: str) -> Verdict:
    """P-MONEY-LEDGER: whole yen, not zero; a refund (negative) names its reason."""
    if amount_yen == 0 or abs(amount_yen) > MAX_AMOUNT_YEN:
        return Verdict.refuse(
            P_MONEY_LEDGER,
            QT_TRANSLATE_NOOP("policy", "Give an amount in yen between 1 and 10,000,000."),
        )
    if (amount_yen < 0) != refund:
        return Verdict.refuse(
            P_MONEY_LEDGER, QT_TRANSLATE_NOOP("policy", "A refund is entered as a refund, not a payment.")
        )
    if refund and not reason.strip():
        return Verdict.refuse(P_MONEY_LEDGER, QT_TRANSLATE_NOOP("policy", "Give the reason for the refund."))
    return Verdict.allow(P_MONEY_LEDGER)


def check_counter_entry(*, original_yen: int, correction_yen: int, reason: str) -> Verdict:
    """P-MONEY-LEDGER: a charge is corrected by a counter-entry with a reason, never below zero."""
    if not reason.strip():
        return Verdict.refuse(
            P_MONEY_LEDGER, QT_TRANSLATE_NOOP("policy", "Give the reason for the correction.")
        )
    if correction_yen == 0 or original_yen + correction_yen < 0:
        return Verdict.refuse(
            P_MONEY_LEDGER,
            QT_TRANSLATE_NOOP("policy", "A correction changes the charge and cannot take it below zero."),
        )
    return Verdict.allow(P_MONEY_LEDGER)


def books_retained_until(day: date, years: int) -> date:
    """P-MONEY-RETAIN: the first day a row of the books may go.

    The period runs from the day after the return's deadline (15 March of the following
    year) for ``years`` years, so a row of tax year Y may go on 16 March of Y + 1 + years.
    """
    return date(day.year + 1 + years, 3, 16)


#: P-MONEY-INVOICE: what a 適格請求書 must show (消費税法 57条の4), as the receipt's field keys.
INVOICE_ITEMS = (
    "issuer_name",
    "registration_number",
    "transaction_date",
    "content",
    "amount_per_rate",
    "rate",
    "tax_per_rate",
    "addressee",
)


@dataclass(frozen=True, slots=True)
class MoneySettings:
    """The money settings, each declared once with its default (stored in the vault).

    Prices are agreed tax included (税込), as a counselling practice quotes them; the tax
    is rounded down once per receipt and rate (P-MONEY-TAX).
    """

    practice_address: str = ""
    practice_contact: str = ""
    #: P-MONEY-INVOICE: ``T`` + 13 digits when the practice is a registered issuer, else empty.
    registration_number: str = ""
    #: Whether the 13 digits are a corporate number (verified by its check digit).
    issuer_is_corporation: bool = False
    #: P-MONEY-RECEIPT: whether a receipt may be made out to 上様 instead of the client's name.
    allow_uesama: bool = False
    #: P-MONEY-RETAIN: years the books are kept after the tax year; may be lengthened, never shortened.
    books_retention_years: int = DEFAULT_BOOKS_RETENTION_YEARS


def check_retention_years(years: int) -> Verdict:
    """P-MONEY-RETAIN: Settings may lengthen the period the books are kept, never shorten it."""
    low, high = BOOKS_RETENTION_RANGE
    if not low <= years <= high:
        return Verdict.refuse(
            P_MONEY_RETAIN,
            QT_TRANSLATE_NOOP(
                "policy", "The books are kept at least %1 years (tax law) and at most %2 years."
            ),
            str(low),
            str(high),
        )
    return Verdict.allow(P_MONEY_RETAIN)


def check_manual_charge(amount_yen: int, description: str) -> Verdict:
    """P-MONEY-CHARGE: a charge added by hand has an amount and says what it is for."""
    verdict = check_amount(amount_yen, refund=False, reason="")
    if not verdict.allowed:
        return verdict
    if not description.strip():
        return Verdict.refuse(P_MONEY_CHARGE, QT_TRANSLATE_NOOP("policy", "Say what the charge is for."))
    return Verdict.allow(P_MONEY_CHARGE)


def check_refund(amount_yen: int, *, refundable_yen: int) -> Verdict:
    """P-MONEY-LEDGER: a refund gives back at most what the payment brought in and was not refunded."""
    if amount_yen > refundable_yen:
        return Verdict.refuse(
            P_MONEY_LEDGER,
            QT_TRANSLATE_NOOP("policy", "At most ¥%1 of this payment can still be refunded."),
            f"{refundable_yen:,}",
        )
    return Verdict.allow(P_MONEY_LEDGER)
