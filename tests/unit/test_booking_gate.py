"""The booking gate: every public writer of booking rows goes through it, and nothing else builds them.

Two proofs, so a new bypass fails here: with the gate made to refuse, every public function in
``desktop/services/`` that writes booking rows refuses and leaves the rows as they were; and a
scan of the source finds no other module that constructs (or bulk-writes) a booking, a
cancellation or a counted exchange, and no public booking service left unclassified.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import desktop
from desktop.errors import PolicyRefusal
from desktop.models import Base, Booking, BookingCancellation, BookingExchange, Message
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.bookings import (
    BookingStatus,
    CancelledBy,
    Channel,
    ExchangeSource,
    Requester,
    TravelMeans,
)
from desktop.policy.contacts import Basis, ContactChannel
from desktop.policy.emergency import EmergencyAction, EmergencyKind
from desktop.services import bookings, clients, emergencies, outbound
from desktop.services.bookings import cancellation_fees, gate, moves, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.services.inbox import triage
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock

PACKAGE = Path(desktop.__file__).parent
DAY = date(2026, 12, 9)
START = datetime.combine(DAY, time(14))

#: Public booking services that only read (or write other rows: a note's link, a setting, the audit).
READERS = {
    "attach_note",
    "buffer_minutes",
    "cancellation_of",
    "confirmation_message",
    "cut_call_short",
    "open_booking",
    "round_trips_of",
    "set_buffer_minutes",
}
#: Services outside the bookings package that write booking rows, each through a booking writer.
OUTSIDE_WRITERS = {
    ("emergencies", "declare_emergency"),
    ("inbox/triage", "propose_in_person"),
    ("outbound", "record_within"),  # a reply by email counts an exchange (P-ROUNDTRIPS)
}
#: The one module allowed to build booking rows, and the demo's bulk insert of a made-up past.
BUILDER = PACKAGE / "services" / "bookings" / "gate.py"
DEMO_BULK = PACKAGE / "demo" / "inserts.py"
ROW_CLASSES = {"Booking", "BookingCancellation", "BookingExchange"}


class GateRefused(PolicyRefusal):
    def __init__(self) -> None:
        super().__init__("P-GATE", "refused by the gate")


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    fake = FakeClock(START - timedelta(days=7))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def world(open_vault: OpenVault) -> dict[str, int]:
    client = clients.create_client(open_vault, draft=ClientDraft(full_name="山田 花子")).id
    menu = session_menu.add_item(
        open_vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, 8000)
    ).id
    with open_vault.unit_of_work() as session:
        message = Message(
            kind="email",
            direction="in",
            client_id=client,
            thread_key="t1",
            from_address="hanako@example.jp",
            sent_at="2026-11-30T01:00:00+00:00",
            created_at="2026-11-30T01:00:00+00:00",
        )
        session.add(message)
        session.flush()
        message_id = message.id

    def booking(channel: Channel, start: datetime) -> int:
        return bookings.create_booking(
            open_vault,
            client_id=client,
            requested_by=Requester.CLIENT,
            channel=channel,
            via_website_form=True,
            wish_to_book=True,
            form_consents_agreed=True,
            session_date=start.date(),
            start_time=start.time(),
            menu_item_id=menu,
        ).id

    inquiry = booking(Channel.EMAIL, START)
    negotiating = booking(Channel.PHONE, START + timedelta(days=1))
    bookings.confirm_own_will(open_vault, booking_id=negotiating, channel=Channel.PHONE)
    bookings.start_negotiation(open_vault, booking_id=negotiating)
    confirmed = booking(Channel.PHONE, START + timedelta(days=2))
    bookings.confirm_own_will(open_vault, booking_id=confirmed, channel=Channel.PHONE)
    bookings.start_negotiation(open_vault, booking_id=confirmed)
    bookings.agree_date(open_vault, booking_id=confirmed)
    bookings.agree_start(open_vault, booking_id=confirmed)
    bookings.agree_menu_item(open_vault, booking_id=confirmed)
    bookings.agree_arrival(
        open_vault, booking_id=confirmed, travel_means=TravelMeans.CAR, pickup_needed=False
    )
    bookings.confirm_booking(open_vault, booking_id=confirmed)
    return {
        "client": client,
        "menu": menu,
        "inquiry": inquiry,
        "negotiating": negotiating,
        "confirmed": confirmed,
        "message": message_id,
    }


def _writers(vault: OpenVault, w: dict[str, int]) -> dict[str, Callable[[], Any]]:
    """Every public writer of booking rows, called as its callers call it."""
    started = START + timedelta(days=2, hours=1)

    def within(work: Callable[[Any], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with vault.unit_of_work() as session:
                return work(session)

        return run

    def after_start(work: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            vault.time.clock = FakeClock(started)
            return work()

        return run

    schedule = cancellation_fees.load(vault)
    return {
        "create_booking": lambda: bookings.create_booking(
            vault, client_id=w["client"], requested_by=Requester.CLIENT, channel=Channel.PHONE
        ),
        "create_within": within(
            lambda s: bookings.create_within(
                s, client_id=w["client"], requested_by=Requester.CLIENT, channel=Channel.PHONE
            )
        ),
        "record_channel_facts": lambda: bookings.record_channel_facts(
            vault,
            booking_id=w["inquiry"],
            via_website_form=True,
            wish_to_book=False,
            form_consents_agreed=True,
        ),
        "change_channel": lambda: bookings.change_channel(
            vault, booking_id=w["inquiry"], channel=Channel.PHONE
        ),
        "confirm_own_will": lambda: bookings.confirm_own_will(
            vault, booking_id=w["inquiry"], channel=Channel.EMAIL
        ),
        "record_round_trip": lambda: bookings.record_round_trip(vault, booking_id=w["inquiry"]),
        "count_exchange": within(
            lambda s: bookings.count_exchange(
                s, client_id=w["client"], source=ExchangeSource.MAIL_IN, message_id=w["message"]
            )
        ),
        "move_booking": lambda: bookings.move_booking(vault, booking_id=w["negotiating"], start_time=time(9)),
        "move_undoably": lambda: bookings.move_undoably(
            vault, booking_id=w["negotiating"], session_date=DAY, start_time=time(9)
        ),
        "undo_move": lambda: bookings.undo_move(vault, receipt=_unchanged_receipt(vault, w["negotiating"])),
        "propose_arrival": lambda: bookings.propose_arrival(
            vault, booking_id=w["negotiating"], travel_means=TravelMeans.BUS, pickup_needed=False
        ),
        "agree_date": lambda: bookings.agree_date(vault, booking_id=w["negotiating"]),
        "agree_start": lambda: bookings.agree_start(vault, booking_id=w["negotiating"]),
        "agree_menu_item": lambda: bookings.agree_menu_item(vault, booking_id=w["negotiating"]),
        "agree_arrival": lambda: bookings.agree_arrival(
            vault, booking_id=w["negotiating"], travel_means=TravelMeans.TRAIN, pickup_needed=True
        ),
        "start_negotiation": lambda: bookings.start_negotiation(vault, booking_id=w["inquiry"]),
        "confirm_booking": lambda: bookings.confirm_booking(vault, booking_id=w["negotiating"]),
        "complete_booking": after_start(lambda: bookings.complete_booking(vault, booking_id=w["confirmed"])),
        "mark_no_show": after_start(lambda: bookings.mark_no_show(vault, booking_id=w["confirmed"])),
        "postpone_booking": lambda: bookings.postpone_booking(vault, booking_id=w["confirmed"]),
        "transition_within": within(
            lambda s: bookings.transition_within(
                s, w["confirmed"], BookingStatus.POSTPONED, "booking.postponed"
            )
        ),
        "cancel_booking": lambda: bookings.cancel_booking(
            vault, booking_id=w["confirmed"], cancelled_by=CancelledBy.CLIENT
        ),
        "cancel_within": within(
            lambda s: bookings.cancel_within(
                s, schedule, booking_id=w["confirmed"], cancelled_by=CancelledBy.COUNSELLOR
            )
        ),
        "emergencies.declare_emergency": lambda: emergencies.declare_emergency(
            vault,
            kind=EmergencyKind.TYPHOON,
            issuing_body="静岡県",
            first_day=DAY,
            last_day=DAY + timedelta(days=3),
            action=EmergencyAction.CANCEL,
        ),
        "inbox/triage.propose_in_person": lambda: triage.propose_in_person(vault, message_id=w["message"]),
        "outbound.record_within": lambda: outbound.record(
            vault,
            outbound.OutboundContact(
                client_id=w["client"],
                basis=Basis.REPLY.value,
                channel=ContactChannel.EMAIL.value,
                template=ReplyTemplate.BOOKING_POINTS,
                reply_to_message_id=w["message"],
            ),
        ),
    }


def _unchanged_receipt(vault: OpenVault, booking_id: int) -> bookings.MoveReceipt:
    """A receipt of a move to where the booking is now, from where it is now: taking it back is a write."""
    with vault.unit_of_work() as session:
        state = moves._state(session.get_one(Booking, booking_id))
    return bookings.MoveReceipt(booking_id, state, state)


def _snapshot(vault: OpenVault) -> list[tuple[Any, ...]]:
    with vault.unit_of_work() as session:
        rows: list[tuple[Any, ...]] = []
        for model in (Booking, BookingCancellation, BookingExchange):
            for row in session.scalars(select(model).order_by(model.id)):
                rows.append(tuple(getattr(row, c.key) for c in model.__table__.columns))
        return rows


def test_p_gate_every_public_booking_service_is_a_listed_writer_or_a_reader(
    open_vault: OpenVault, world: dict[str, int]
) -> None:
    """A new public booking service fails here until it is listed as a writer (and proven) or a reader."""
    public = {name for name in bookings.__all__ if inspect.isfunction(getattr(bookings, name))}
    in_package = {name for name in _writers(open_vault, world) if "." not in name}
    assert public == in_package | READERS
    assert not in_package & READERS


def test_p_gate_every_public_writer_of_booking_rows_goes_through_the_gate(
    open_vault: OpenVault, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Make the gate refuse: each writer refuses, and not one booking, cancellation or exchange changed."""
    calls: list[str] = []

    def refuse(*_args: object, **_kwargs: object) -> None:
        calls.append("admit")
        raise GateRefused

    monkeypatch.setattr(gate, "admit", refuse)
    before = _snapshot(open_vault)
    for name, call in _writers(open_vault, world).items():
        calls.clear()
        with pytest.raises(GateRefused):
            call()
        assert calls, f"{name} did not ask the gate"
        open_vault.time.clock = FakeClock(START - timedelta(days=7))
        assert _snapshot(open_vault) == before, f"{name} wrote past a refusing gate"


def _modules(root: Path) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def test_p_gate_no_other_module_builds_booking_rows() -> None:
    """Only the gate constructs Booking, BookingCancellation or BookingExchange, or bulk-writes them.

    The demo's bulk insert of its made-up past is the one exception, named here.
    """
    found = []
    for path, tree in _modules(PACKAGE):
        if path in (BUILDER,):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = _name(node.func)
            built = called in ROW_CLASSES
            bulk = called in {"insert", "update", "delete"} and any(
                _name(a) in ROW_CLASSES for a in node.args
            )
            if (built or bulk) and not (bulk and path == DEMO_BULK):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found, f"booking rows built outside the gate: {found}"


def test_p_gate_services_outside_the_bookings_package_write_bookings_only_through_its_writers() -> None:
    """Outside ``services/bookings``, a service that imports a booking row class never assigns its fields,
    and each public function that calls a booking writer is in the gate test's list."""
    own = {Booking.__tablename__, BookingCancellation.__tablename__, BookingExchange.__tablename__}
    shared = {c.key for t in Base.metadata.tables.values() if t.name not in own for c in t.columns}
    columns = {c.key for c in Booking.__table__.columns} - shared  # fields only a booking has
    writer_names = {name for name in bookings.__all__ if name not in READERS}
    services = PACKAGE / "services"
    listed = set()
    for path, tree in _modules(services):
        if (services / "bookings") in path.parents:
            continue
        imports_rows = any(
            isinstance(n, ast.ImportFrom) and any(a.name in ROW_CLASSES for a in n.names)
            for n in ast.walk(tree)
        )
        for node in ast.walk(tree):
            if imports_rows and isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for element in target.elts if isinstance(target, ast.Tuple) else [target]:
                        assert not (isinstance(element, ast.Attribute) and element.attr in columns), (
                            f"{path.relative_to(PACKAGE)}:{node.lineno} writes a booking field"
                        )
        for function in tree.body:
            if not isinstance(function, ast.FunctionDef) or function.name.startswith("_"):
                continue
            calls = {_name(n.func) for n in ast.walk(function) if isinstance(n, ast.Call)}
            if calls & writer_names:
                module = str(path.relative_to(services).with_suffix(""))
                listed.add((module, function.name))
    assert listed == OUTSIDE_WRITERS
