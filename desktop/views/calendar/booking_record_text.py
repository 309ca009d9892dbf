"""Sentences for what a booking keeps about itself: its cancellation record and its counted exchanges.

P-CANCEL: a cancelled booking shows when it was cancelled, who asked, why, the notice given
and the fee or why it was waived, wherever it is opened (the booking dialog, the client's
bookings tab). P-ROUNDTRIPS: the booking shows what its negotiation count is made of, and from
where each exchange was counted. Plain functions over the services' dataclasses, translated in
the ``BookingRecord`` context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.i18n import fill
from desktop.policy.bookings import EMERGENCY_REASON, EXCHANGE_SOURCE_LABELS, CancelledBy, ExchangeSource
from desktop.views.calendar import calendar_look as look
from desktop.views.common.local_time import date_text, datetime_text

if TYPE_CHECKING:
    from desktop.services.bookings import CancellationRecord, ExchangeRecord


def _notice(minutes: int | None) -> str:
    if minutes is None:
        return QCoreApplication.translate("BookingRecord", "no session time was set")
    if minutes < 0:
        return QCoreApplication.translate("BookingRecord", "after the session had begun")
    hours = minutes // 60
    return fill(QCoreApplication.translate("BookingRecord", "%1 h before the session"), (str(hours),))


def _fee(record: CancellationRecord) -> str:
    if record.fee_waived and record.reason == EMERGENCY_REASON:
        return QCoreApplication.translate(
            "BookingRecord", "no fee: waived for an emergency declared for that day"
        )
    if record.fee_waived:
        return fill(QCoreApplication.translate("BookingRecord", "no fee: waived (%1)"), (record.reason,))
    if record.fee_yen == 0:
        return QCoreApplication.translate("BookingRecord", "no fee")
    yen = QLocale().toString(record.fee_yen)
    return fill(
        QCoreApplication.translate("BookingRecord", "fee %1 yen (%2% of the session price)"),
        (yen, str(record.fee_percent)),
    )


def cancellation_text(record: CancellationRecord) -> str:
    """P-CANCEL: one sentence with the whole cancellation record."""
    who = (
        QCoreApplication.translate("BookingRecord", "the client")
        if record.cancelled_by is CancelledBy.CLIENT
        else QCoreApplication.translate("BookingRecord", "the counsellor")
    )
    when = f"{date_text(record.cancelled_at.date())} {look.time_text(record.cancelled_at)}"
    reason = record.reason or QCoreApplication.translate("BookingRecord", "none given")
    return fill(
        QCoreApplication.translate(
            "BookingRecord", "Cancelled on %1 at the request of %2. Reason: %3. Notice: %4. Fee: %5."
        ),
        (when, who, reason, _notice(record.notice_minutes), _fee(record)),
    )


def cancellation_fee_text(record: CancellationRecord) -> str:
    """P-CANCEL: the fee or the waiver alone, for a column of a list."""
    return _fee(record)


def _source(source: ExchangeSource) -> str:
    return QCoreApplication.translate("policy", EXCHANGE_SOURCE_LABELS[source])


def exchanges_text(exchanges: tuple[ExchangeRecord, ...]) -> str:
    """P-ROUNDTRIPS: each counted exchange, when and from where, oldest first."""
    if not exchanges:
        return QCoreApplication.translate("BookingRecord", "No email exchange counted yet.")
    lines = [
        fill(
            QCoreApplication.translate("BookingRecord", "%1: %2"),
            (datetime_text(e.counted_at), _source(e.source)),
        )
        for e in exchanges
    ]
    return "\n".join(lines)
