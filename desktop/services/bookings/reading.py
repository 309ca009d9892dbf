"""Opening a booking, its confirmation text, the note attached to its session, and the buffer setting.

What the counsellor reads of a booking (each opening is audited) and the P-FORMAT buffer kept
between two sessions, which the overlap check in ``_shared`` reads.
"""

from __future__ import annotations

from desktop.errors import InvalidSetting
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, ConsultationNote, Setting
from desktop.policy import Verdict, confirmation
from desktop.policy import bookings as rules
from desktop.policy.bookings import BookingStatus
from desktop.services import practice_settings
from desktop.services.bookings._shared import (
    BUFFER_KEY,
    BookingDetails,
    _buffer,
    _details,
    _enforce,
    _event,
    _row,
)
from desktop.vault import audit
from desktop.vault.store import OpenVault

# --- reading -------------------------------------------------------------------------------


def open_booking(vault: OpenVault, *, booking_id: int) -> BookingDetails:
    """The whole booking; opening it is an audited view."""
    with vault.unit_of_work() as session:
        row = _row(session, booking_id)
        _event(session, "booking.viewed", row)
        return _details(session, row)


def confirmation_message(vault: OpenVault, *, booking_id: int, language: str = "ja") -> str:
    """P-CONFIRM: the confirmation text of a confirmed booking, in Japanese (``ja``) or English.

    Point 3 is the session as agreed and kept on the booking (name, length, price), never the
    menu as it reads today; the text states the end time and the price.
    """
    with vault.unit_of_work() as session:
        settings = practice_settings.load_in(session)
        row = _row(session, booking_id)
        if row.status != BookingStatus.CONFIRMED:
            _enforce(
                Verdict.refuse(
                    rules.P_CONFIRM,
                    QT_TRANSLATE_NOOP("policy", "Only a confirmed booking has a confirmation message."),
                )
            )
        client = session.get(Client, row.client_id)
        assert client is not None and row.ends_at is not None and row.price_yen is not None
        assert row.session_date and row.start_time and row.format and row.duration_minutes
        facts = confirmation.ConfirmationFacts(
            client_name=client.full_name,
            session_date=row.session_date,
            start=row.start_time,
            end=row.ends_at.time(),
            menu_name=row.session_name,
            duration_minutes=row.duration_minutes,
            price_yen=row.price_yen,
            session_format=rules.SessionFormat(row.format),
            travel_means=rules.TravelMeans(row.travel_means) if row.travel_means else None,
            pickup_needed=bool(row.pickup_needed),
            practice_name=settings.practice_name,
            counsellor_name=settings.counsellor_name,
            pickup_station=settings.pickup_station,
        )
        _event(session, "booking.confirmation_text", row, language=language)
    return confirmation.confirmation_text(facts, language)


def attach_note(vault: OpenVault, *, note_id: int, booking_id: int) -> None:
    """Link a consultation note to the completed session it records (the same client's)."""
    with vault.unit_of_work() as session:
        note = session.get(ConsultationNote, note_id)
        if note is None:
            raise LookupError(note_id)
        row = _row(session, booking_id)
        if row.client_id != note.client_id:
            _enforce(
                Verdict.refuse(
                    rules.P_FORMAT,
                    QT_TRANSLATE_NOOP(
                        "policy", "A note can only be attached to a session of the same client."
                    ),
                )
            )
        if row.status != BookingStatus.COMPLETED:
            _enforce(
                Verdict.refuse(
                    rules.P_CONFIRM,
                    QT_TRANSLATE_NOOP("policy", "A note can only be attached to a completed session."),
                )
            )
        note.booking_id = booking_id
        _event(session, "note.attached", row, note=note_id)


# --- booking settings ----------------------------------------------------------------------


def buffer_minutes(vault: OpenVault) -> int:
    """P-FORMAT: the minutes kept free between two sessions."""
    with vault.unit_of_work() as session:
        return _buffer(session)


def set_buffer_minutes(vault: OpenVault, *, minutes: int) -> int:
    low, high = rules.BUFFER_MINUTES_RANGE
    if not low <= minutes <= high:
        raise InvalidSetting(
            BUFFER_KEY,
            QT_TRANSLATE_NOOP("settings", "%1 must be between %2 and %3."),
            QT_TRANSLATE_NOOP("settings", "Minutes between sessions"),
            str(low),
            str(high),
        )
    with vault.unit_of_work() as session:
        if _buffer(session) != minutes or session.get(Setting, BUFFER_KEY) is None:
            session.merge(Setting(key=BUFFER_KEY, value=str(minutes)))
            audit.append(session, "settings.changed", detail={"keys": BUFFER_KEY})
    return minutes
