"""Writing a batch of demo plans: bulk inserts that keep the services' invariants.

Ten thousand clients cannot go through ``create_client`` one by one, so the
rows are inserted in bulk with consecutive ids, and each keeps what the
services would have written: the ``sort_key`` from the reading, the search
row from :func:`clients.search_row`, the booking fields of its state.

Bookings are the one kind of row the booking gate (``services/bookings/gate.py``)
otherwise writes alone; the demo's are a made-up past laid down in one bulk step
(replaying years of history through the gate would mean moving the vault's clock
through every day), never a user path. The rows keep the gate's invariants: the
agreed session's name, and each email round trip as one exchange each way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from desktop.demo.bookings import REFUSAL
from desktop.demo.plans import DEMO_MENU, BookingPlan, ClientPlan
from desktop.demo.world import World, utc_stamp
from desktop.models import (
    Booking,
    BookingCancellation,
    BookingExchange,
    Client,
    ConsultationNote,
    NoteRevision,
    SessionMenuItem,
)
from desktop.policy import bookings as rules
from desktop.policy import personal_data as pd
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import clients as client_service


def _next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0) + 1


def insert_clients(session: Session, plans: Sequence[ClientPlan]) -> list[Client]:
    """Insert the clients with consecutive ids; return them as (unsaved) objects with those ids."""
    first_id = _next_id(session, Client.id)
    rows = [
        {
            **asdict(plan.draft),
            "id": first_id + offset,
            "sort_key": pd.reading_key(plan.draft.name_reading or plan.draft.full_name),
            "created_at": plan.created_at,
            "updated_at": plan.updated_at,
        }
        for offset, plan in enumerate(plans)
    ]
    if rows:
        session.execute(insert(Client), rows)
    return [Client(**row) for row in rows]


def insert_consultation_notes(
    session: Session, saved: Sequence[Client], plans: Sequence[ClientPlan]
) -> tuple[int, int]:
    """Insert every note and its revisions; return (notes, revisions)."""
    note_id = _next_id(session, ConsultationNote.id)
    revision_id = _next_id(session, NoteRevision.id)
    notes: list[dict[str, object]] = []
    revisions: list[dict[str, object]] = []
    for client, plan in zip(saved, plans, strict=True):
        for note in plan.notes:
            notes.append(
                {
                    "id": note_id,
                    "client_id": client.id,
                    "occurred_on": note.occurred_on,
                    "booking_id": note.booking.id if note.booking else None,
                    "created_at": note.written_at[0],
                }
            )
            for number, (body, written_at) in enumerate(zip(note.texts, note.written_at, strict=True), 1):
                revisions.append(
                    {
                        "id": revision_id,
                        "note_id": note_id,
                        "revision": number,
                        "text": body,
                        "written_at": written_at,
                    }
                )
                revision_id += 1
            note_id += 1
    if notes:
        session.execute(insert(ConsultationNote), notes)
        session.execute(insert(NoteRevision), revisions)
    return len(notes), len(revisions)


def ensure_menu(session: Session, world: World) -> tuple[dict[str, int], int]:
    """The demo menu's ids by name, adding the items the vault does not offer yet; (ids, added)."""
    names = [item.name for item in DEMO_MENU]
    ids = {
        name: item_id
        for item_id, name in session.execute(
            select(SessionMenuItem.id, SessionMenuItem.name).where(
                SessionMenuItem.name.in_(names), SessionMenuItem.active.is_(True)
            )
        )
    }
    missing = [item for item in DEMO_MENU if item.name not in ids]
    stamp = utc_stamp(datetime.combine(world.start, time(9)) - timedelta(days=30))
    for item in missing:
        row = SessionMenuItem(
            name=item.name,
            format=item.format.value,
            duration_minutes=item.duration_minutes,
            price_yen=item.price_yen,
            active=True,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(row)
        session.flush()
        ids[item.name] = row.id
    return ids, len(missing)


def _booking_row(plan: BookingPlan, client_id: int, menu_ids: dict[str, int]) -> dict[str, object]:
    start, menu = plan.starts_at, plan.menu
    refused = plan.status is BookingStatus.REFUSED
    email = plan.channel is rules.Channel.EMAIL
    return {
        "id": plan.id,
        "client_id": client_id,
        "status": plan.status.value,
        "requested_by": plan.requested_by.value,
        "requester_relation": plan.requester_relation,
        "refusal_rule": REFUSAL.rule if refused else "",
        "refusal_reason": REFUSAL.reason if refused else "",
        "channel": plan.channel.value,
        # P-CHANNEL: an email booking came through the website form with a wish to book and every consent
        "via_website_form": email,
        "wish_to_book": email,
        "form_consents_agreed": email,
        "own_will_confirmed_at": plan.own_will_at,
        "own_will_channel": plan.channel.value if plan.own_will_at else None,
        "round_trips": plan.round_trips,
        "session_date": start.date() if start else None,
        "start_time": start.time() if start else None,
        "starts_at": start,
        "ends_at": start + timedelta(minutes=menu.duration_minutes) if start and menu else None,
        "menu_item_id": menu_ids[menu.name] if menu else None,
        "session_name": menu.name if menu else "",
        "format": menu.format.value if menu else None,
        "duration_minutes": menu.duration_minutes if menu else None,
        "price_yen": menu.price_yen if menu else None,
        "travel_means": plan.travel_means.value if plan.travel_means else None,
        "pickup_needed": plan.pickup_needed,
        "call_means": plan.call_means.value if plan.call_means else None,
        "date_agreed_at": plan.agreed.get(Point.DATE),
        "start_agreed_at": plan.agreed.get(Point.START),
        "menu_agreed_at": plan.agreed.get(Point.MENU),
        "arrival_agreed_at": plan.agreed.get(Point.ARRIVAL),
        "confirmed_at": plan.confirmed_at,
        "created_at": utc_stamp(plan.created),
        "updated_at": utc_stamp(plan.updated),
    }


def insert_bookings(
    session: Session, saved: Sequence[Client], plans: Sequence[ClientPlan], menu_ids: dict[str, int]
) -> tuple[int, int]:
    """Insert every booking (in time order per client) and its cancellation; return (bookings, cancellations).

    Each plan learns its id here, before the notes that point at it are inserted.
    """
    booking_id = _next_id(session, Booking.id)
    cancellation_id = _next_id(session, BookingCancellation.id)
    rows: list[dict[str, object]] = []
    cancellations: list[dict[str, object]] = []
    exchanges: list[dict[str, object]] = []
    for client, plan in zip(saved, plans, strict=True):
        for booking in plan.bookings:
            booking.id = booking_id
            booking_id += 1
            rows.append(_booking_row(booking, client.id, menu_ids))
            exchanges.extend(_exchange_rows(booking, client.id))
            cancel = booking.cancellation
            if cancel is None:
                continue
            terms = cancel.terms
            cancellations.append(
                {
                    "id": cancellation_id,
                    "booking_id": booking.id,
                    "cancelled_by": cancel.cancelled_by.value,
                    "cancelled_at": cancel.cancelled_at,
                    "notice_minutes": int(terms.notice_hours * 60),
                    "price_yen": booking.menu.price_yen if booking.menu else 0,
                    "fee_percent": terms.percent,
                    "fee_yen": terms.fee_yen,
                    "fee_waived": terms.waived,
                    "reason": cancel.reason,
                    "recorded_at": utc_stamp(cancel.cancelled_at),
                }
            )
            cancellation_id += 1
    if rows:
        session.execute(insert(Booking), rows)
    if cancellations:
        session.execute(insert(BookingCancellation), cancellations)
    if exchanges:
        session.execute(insert(BookingExchange), exchanges)
    return len(rows), len(cancellations)


def _exchange_rows(plan: BookingPlan, client_id: int) -> list[dict[str, object]]:
    """P-ROUNDTRIPS: each round trip of an email booking as the client's mail and the reply to it."""
    if plan.channel is not rules.Channel.EMAIL:
        return []
    stamp = utc_stamp(plan.created)
    return [
        {"client_id": client_id, "booking_id": plan.id, "source": source.value, "counted_at": stamp}
        for _ in range(plan.round_trips)
        for source in (rules.ExchangeSource.MAIL_IN, rules.ExchangeSource.REPLY)
    ]


def index_clients(session: Session, saved: Sequence[Client], plans: Sequence[ClientPlan]) -> None:
    """The clients' search rows, as :func:`clients.reindex` would write them one by one."""
    rows = [
        client_service.search_row(client, [note.texts[-1] for note in plan.notes])
        for client, plan in zip(saved, plans, strict=True)
    ]
    if not rows:
        return
    columns = ", ".join(rows[0])
    values = ", ".join(f":{column}" for column in rows[0])
    session.execute(text(f"INSERT INTO client_search ({columns}) VALUES ({values})"), rows)
