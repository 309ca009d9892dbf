"""Moving a booking on the calendar so that the move can be taken back (Ctrl+Z), both through the gate.

A stray drag of a confirmed booking used to demote it with no way back: the
points it unticked had to be agreed with the client again. The calendar's move
returns a :class:`MoveReceipt` with what the booking was before; :func:`undo_move`
puts exactly that back — the date, the start, the points as they were agreed
and the status — provided nothing else changed the booking since. The values
restored are the ones the client agreed, so P-CONFIRM holds as it did before
the drag; the gate checks the booking again as for any move.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking
from desktop.policy import Verdict
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus, Point
from desktop.services.bookings import gate
from desktop.services.bookings._shared import (
    _AGREED_COLUMNS,
    BookingDetails,
    _details,
    _enforce,
    _event,
    _row,
    _touch,
)
from desktop.services.bookings.negotiation import move_within
from desktop.vault.store import OpenVault

_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "policy",
    "The booking has changed since it was moved, so the move cannot be taken back; "
    "open the booking and change it there.",
)

#: The booking's columns a move changes: date, start, status, the four agreed times
#: (P-CONFIRM), when it was confirmed, and the exchange count at its last untick.
_MOVED_COLUMNS = (
    "session_date",
    "start_time",
    "status",
    *(_AGREED_COLUMNS[point] for point in Point),
    "confirmed_at",
    "unticked_at_round_trip",
)
_State = tuple[object, ...]


def _state(row: Booking) -> _State:
    return tuple(getattr(row, column) for column in _MOVED_COLUMNS)


@dataclass(frozen=True, slots=True)
class MoveReceipt:
    """One move of one booking: the booking before it, and as the move left it."""

    booking_id: int
    before: _State
    after: _State

    @property
    def was_confirmed(self) -> bool:
        return self.before[_MOVED_COLUMNS.index("status")] == BookingStatus.CONFIRMED.value


def move_undoably(
    vault: OpenVault, *, booking_id: int, session_date: date, start_time: time
) -> tuple[BookingDetails, MoveReceipt | None]:
    """P-CONFIRM: move as ``move_booking`` does; the receipt takes it back (None: nothing changed)."""
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        before = _state(row)
        changed = move_within(session, row, session_date=session_date, start_time=start_time)
        receipt = MoveReceipt(booking_id, before, _state(row)) if changed else None
        return _details(session, row), receipt


def undo_move(vault: OpenVault, *, receipt: MoveReceipt) -> BookingDetails:
    """Put the booking back as it was before the move of ``receipt``, if nothing changed it since."""
    with vault.unit_of_work() as session:
        row = _row(session, receipt.booking_id)
        if _state(row) != receipt.after:
            _enforce(Verdict.refuse(rules.P_CONFIRM, _CHANGED_SINCE))
        for column, value in zip(_MOVED_COLUMNS, receipt.before, strict=True):
            setattr(row, column, value)
        row.starts_at = (
            datetime.combine(row.session_date, row.start_time)
            if row.session_date and row.start_time
            else None
        )
        minutes = row.duration_minutes or rules.PROVISIONAL_DURATION_MINUTES
        row.ends_at = row.starts_at + timedelta(minutes=minutes) if row.starts_at else None
        _touch(session, row)
        gate.admit(session, row, gate.Act.MOVE)
        _event(session, "booking.moved", row, undone=True)
        return _details(session, row)
