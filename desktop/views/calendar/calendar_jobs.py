"""The calendar's work for the worker thread, one function per action.

Like :mod:`desktop.views.clients.client_jobs`, each function imports its service when
it runs, on the worker thread, so SQLAlchemy stays out of the views. The
calendar only ever asks for the period on screen: ``bookings_between`` is one
range scan of an index, whatever the vault's age.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails, MoveReceipt
    from desktop.services.bookings.booking_lists import CalendarEntry
    from desktop.services.records.calendar_export import CalendarExport
    from desktop.vault.store import OpenVault


def entries_between(vault: OpenVault, first_day: date, days: int) -> list[CalendarEntry]:
    """The bookings with a time on ``days`` days from ``first_day``, in time order."""
    from desktop.services.bookings import booking_lists

    start = datetime.combine(first_day, datetime.min.time())
    return booking_lists.bookings_between(vault, start=start, end=start + timedelta(days=days))


def move(vault: OpenVault, booking_id: int, new_start: datetime) -> tuple[BookingDetails, MoveReceipt | None]:
    """Propose a new date and start (drag and drop); the service unticks and demotes as policy says.
    The receipt (None when nothing changed) takes the move back."""
    from desktop.services import bookings

    return bookings.move_undoably(
        vault, booking_id=booking_id, session_date=new_start.date(), start_time=new_start.time()
    )


def record_agenda_printed(vault: OpenVault, day: date, booking_ids: list[int]) -> None:
    from desktop.services.bookings import booking_lists

    booking_lists.record_agenda_printed(vault, day=day, booking_ids=booking_ids)


def export_phone_calendar(
    vault: OpenVault, path: str, provision: Mapping[str, str] | None, untitled: str
) -> CalendarExport:
    """Write the bookings from today as .ics; with ``provision`` (recipient, contact, basis,
    justification) names are included and each named client's provision recorded first."""
    from pathlib import Path

    from desktop.policy.disclosure import Basis
    from desktop.services.records import calendar_export

    recorded = None
    if provision is not None:
        recorded = calendar_export.CalendarProvision(
            provision["recipient_name"],
            provision["recipient_contact"],
            Basis(provision["basis"]),
            provision["justification"],
        )
    return calendar_export.export_bookings(vault, path=Path(path), provision=recorded, untitled=untitled)


def undo_move(vault: OpenVault, receipt: MoveReceipt) -> BookingDetails:
    """Ctrl+Z: the booking back as it was before the move, if nothing changed it since."""
    from desktop.services import bookings

    return bookings.undo_move(vault, receipt=receipt)
