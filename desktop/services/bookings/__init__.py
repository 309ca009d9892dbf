"""Bookings: from the first request to a completed, missed, postponed or cancelled session.

One function per action the counsellor takes. Each opens one unit of work,
reads the booking into a :class:`~desktop.policy.bookings.BookingFacts`
snapshot, asks the policy (P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM,
P-FORMAT, P-CANCEL), and turns a refusal into a
:class:`~desktop.errors.PolicyRefusal` whose sentence names the rule and what
is missing. Every change is audited with ids only. Views get dataclasses.

Session times are the practice's local wall-clock times (naive ``datetime``).

Callers use this package's names (``bookings.create_booking(...)``); the
submodules hold one subject each:

- :mod:`.gate`: the booking gate, the only code that writes booking rows: every
  change above passes :func:`.gate.admit`, which checks P-WHO, P-CHANNEL,
  P-ROUNDTRIPS, P-CONFIRM, P-FORMAT, P-CANCEL and P-EMERGENCY in the caller's
  unit of work;
- :mod:`.creation`: recording a request and what the requester showed (P-WHO,
  P-CHANNEL, P-PREMEET);
- :mod:`.exchanges`: P-ROUNDTRIPS counting itself, per client negotiation
  (:func:`count_exchange`, :func:`round_trips_of`, the manual :func:`record_round_trip`);
- :mod:`.negotiation`: moving a booking and ticking the four points (P-CONFIRM);
- :mod:`.moves`: the calendar's move, with a receipt that takes it back (Ctrl+Z);
- :mod:`.transitions`: status changes along the state machine;
- :mod:`.cancellation`: cancelling, with who asked and the fee (P-CANCEL);
- :mod:`.reading`: opening a booking, its confirmation text, attaching a note,
  and the buffer between sessions;
- :mod:`._shared`: the details dataclasses and the helpers the others share.

Beside them, modules used by their own name
(``from desktop.services.bookings import booking_lists``):

- :mod:`.booking_lists`: the calendar's entries and a client's bookings;
- :mod:`.cancellation_fees`: the fee schedule (P-CANCEL);
- :mod:`.session_menu`: the session menu (P-FORMAT).
"""

from __future__ import annotations

from desktop.services.bookings._shared import (
    BUFFER_KEY,
    BookingDetails,
    CancellationRecord,
    ExchangeRecord,
    PointState,
)
from desktop.services.bookings.cancellation import cancel_booking, cancel_within, cancellation_of
from desktop.services.bookings.creation import (
    BookingRefused,
    change_channel,
    confirm_own_will,
    create_booking,
    create_within,
    cut_call_short,
    record_channel_facts,
)
from desktop.services.bookings.exchanges import count_exchange, record_round_trip, round_trips_of
from desktop.services.bookings.moves import MoveReceipt, move_undoably, undo_move
from desktop.services.bookings.negotiation import (
    agree_arrival,
    agree_date,
    agree_menu_item,
    agree_start,
    move_booking,
    propose_arrival,
)
from desktop.services.bookings.reading import (
    attach_note,
    buffer_minutes,
    confirmation_message,
    open_booking,
    set_buffer_minutes,
)
from desktop.services.bookings.transitions import (
    complete_booking,
    confirm_booking,
    mark_no_show,
    postpone_booking,
    start_negotiation,
    transition_within,
)

__all__ = [
    "BUFFER_KEY",
    "BookingDetails",
    "BookingRefused",
    "CancellationRecord",
    "ExchangeRecord",
    "MoveReceipt",
    "PointState",
    "agree_arrival",
    "agree_date",
    "agree_menu_item",
    "agree_start",
    "attach_note",
    "buffer_minutes",
    "cancel_booking",
    "cancel_within",
    "cancellation_of",
    "change_channel",
    "complete_booking",
    "confirm_booking",
    "confirm_own_will",
    "confirmation_message",
    "count_exchange",
    "create_booking",
    "create_within",
    "cut_call_short",
    "mark_no_show",
    "move_booking",
    "move_undoably",
    "open_booking",
    "postpone_booking",
    "propose_arrival",
    "record_channel_facts",
    "record_round_trip",
    "round_trips_of",
    "set_buffer_minutes",
    "start_negotiation",
    "transition_within",
    "undo_move",
]
