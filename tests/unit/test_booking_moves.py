"""The calendar's move of a booking and its undo (Ctrl+Z), both through the booking gate (P-CONFIRM).

A stray drag of a confirmed booking demotes it; taking the move back restores the
date, the start, the points as the client agreed them and the confirmed status,
but only while nothing else has changed the booking.
"""

from __future__ import annotations

from datetime import datetime, time

import pytest

from desktop.errors import PolicyRefusal
from desktop.policy.bookings import BookingStatus
from desktop.services import bookings
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock
from tests.helpers.followup import add_client, confirmed_booking, menu_item

START = datetime(2026, 12, 10, 10, 0)


@pytest.fixture
def confirmed(open_vault: OpenVault) -> int:
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    client = add_client(open_vault, "山田花子")
    return confirmed_booking(open_vault, client, menu_item(open_vault, "in_person"), START)


def test_p_confirm_undoing_a_move_restores_the_confirmed_booking_as_agreed(
    open_vault: OpenVault, confirmed: int
) -> None:
    before = bookings.open_booking(open_vault, booking_id=confirmed)

    moved, receipt = bookings.move_undoably(
        open_vault, booking_id=confirmed, session_date=START.date(), start_time=time(14)
    )
    assert receipt is not None and receipt.was_confirmed
    assert moved.status is BookingStatus.NEGOTIATING
    assert moved.starts_at == datetime(2026, 12, 10, 14, 0)

    back = bookings.undo_move(open_vault, receipt=receipt)

    assert back.status is BookingStatus.CONFIRMED
    assert (back.starts_at, back.ends_at) == (before.starts_at, before.ends_at)
    assert [(p.point, p.agreed) for p in back.checklist] == [(p.point, p.agreed) for p in before.checklist]


def test_p_confirm_a_move_to_the_same_place_gives_no_receipt(open_vault: OpenVault, confirmed: int) -> None:
    details, receipt = bookings.move_undoably(
        open_vault, booking_id=confirmed, session_date=START.date(), start_time=START.time()
    )
    assert receipt is None and details.status is BookingStatus.CONFIRMED


def test_p_confirm_a_move_is_not_taken_back_once_the_booking_changed_again(
    open_vault: OpenVault, confirmed: int
) -> None:
    _moved, receipt = bookings.move_undoably(
        open_vault, booking_id=confirmed, session_date=START.date(), start_time=time(14)
    )
    assert receipt is not None
    agreed = bookings.agree_start(open_vault, booking_id=confirmed)

    with pytest.raises(PolicyRefusal) as refused:
        bookings.undo_move(open_vault, receipt=receipt)

    assert refused.value.rule == "P-CONFIRM"
    still = bookings.open_booking(open_vault, booking_id=confirmed)
    assert (still.starts_at, still.status) == (agreed.starts_at, agreed.status)
