"""Demo data (``desktop.demo``): reproducible, valid, searchable, audited.

The demo practice is for newcomers, screenshots and the benchmark, so it has
to hold the same invariants as records made through the services: folded
fields that pass :func:`clients.validate`, readings in kana matching the
name, a search row per client, and an audit chain that still verifies.
Small counts keep the suite quick; ``make bench`` runs it at 10,000 clients.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.demo import agenda, plans, practice
from desktop.errors import InvalidInput
from desktop.models import (
    AuditEvent,
    Booking,
    BookingCancellation,
    Client,
    ConsultationNote,
    NoteRevision,
    SessionMenuItem,
)
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy import personal_data as pd
from desktop.policy.bookings import BookingStatus
from desktop.services import bookings as booking_service
from desktop.services import client_search, clients, consultation_notes
from desktop.services.bookings import _shared, session_menu
from desktop.vault import audit
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault

CLIENTS = 30
YEARS = 3

Snapshot = tuple[list[tuple[str, ...]], list[tuple[str, ...]]]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[OpenVault, practice.DemoSummary]]:
    vault, _code = make_vault(tmp_path / "filled")
    summary = practice.generate(vault, clients=CLIENTS, years=YEARS, seed=7)
    yield vault, summary
    vault.close()


def _content(vault: OpenVault) -> Snapshot:
    """Every client's fields and every note revision, in insertion order (ids left out)."""
    with vault.unit_of_work() as session:
        people = [
            tuple(str(getattr(c, f.name)) for f in fields(clients.ClientDraft))
            for c in session.scalars(select(Client).order_by(Client.id))
        ]
        notes = [
            tuple(str(value) for value in row)
            for row in session.execute(
                select(ConsultationNote.occurred_on, NoteRevision.revision, NoteRevision.text)
                .join(NoteRevision)
                .order_by(NoteRevision.id)
            )
        ]
    return people, notes


def _fresh(folder: Path, *, seed: int, count: int = CLIENTS) -> Snapshot:
    vault, _code = make_vault(folder)
    try:
        practice.generate(vault, clients=count, years=YEARS, seed=seed)
        return _content(vault)
    finally:
        vault.close()


def test_the_same_seed_gives_the_same_practice_in_two_vaults(tmp_path: Path) -> None:
    first = _fresh(tmp_path / "a", seed=3)
    second = _fresh(tmp_path / "b", seed=3)

    assert first == second
    assert len(first[0]) == CLIENTS and first[1]


def test_a_different_seed_gives_a_different_practice(tmp_path: Path) -> None:
    first_people, first_notes = _fresh(tmp_path / "a", seed=3)
    other_people, other_notes = _fresh(tmp_path / "b", seed=4)

    assert [p[:2] for p in first_people] != [p[:2] for p in other_people]
    assert first_notes != other_notes


def test_batches_do_not_change_the_data(tmp_path: Path) -> None:
    """The batch size is a transaction size, not part of the recipe."""
    whole = _fresh(tmp_path / "whole", seed=5)
    vault, _code = make_vault(tmp_path / "batched")
    try:
        practice.generate(vault, clients=CLIENTS, years=YEARS, seed=5, batch_clients=7)
        assert _content(vault) == whole
    finally:
        vault.close()


def test_counts_are_as_asked_and_as_reported(filled: tuple[OpenVault, practice.DemoSummary]) -> None:
    vault, summary = filled
    with vault.unit_of_work() as session:
        stored = (
            session.scalar(select(func.count()).select_from(Client)),
            session.scalar(select(func.count()).select_from(ConsultationNote)),
            session.scalar(select(func.count()).select_from(NoteRevision)),
            session.scalar(text("SELECT count(*) FROM client_search")),
        )
        statuses = set(session.scalars(select(Client.status)))
        most_revisions = session.scalar(select(func.max(NoteRevision.revision)))
    assert summary.clients == CLIENTS
    assert stored == (summary.clients, summary.notes, summary.revisions, summary.clients)
    assert summary.notes > CLIENTS  # years of sessions, not one note each
    assert summary.revisions > summary.notes  # some notes were edited
    assert most_revisions is not None and 2 <= most_revisions <= 3
    assert statuses <= {s.value for s in pd.ClientStatus} and len(statuses) >= 2


def test_generating_again_adds_to_the_practice(filled: tuple[OpenVault, practice.DemoSummary]) -> None:
    vault, first = filled

    second = practice.generate(vault, clients=5, years=1, seed=8)

    with vault.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == first.clients + 5
        assert session.scalar(text("SELECT count(*) FROM client_search")) == first.clients + 5
    assert second.clients == 5


def test_every_client_passes_validation_unchanged_with_a_kana_reading(
    filled: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = filled
    with vault.unit_of_work() as session:
        rows = session.scalars(select(Client)).all()
    for client in rows:
        draft = clients.ClientDraft(**{f.name: getattr(client, f.name) for f in fields(clients.ClientDraft)})
        # already folded: validating changes nothing
        assert clients.validate(draft, born_before=vault.time.today()) == draft
        assert pd.check_reading(client.name_reading).ok and client.name_reading
        assert client.sort_key == pd.reading_key(client.name_reading)
        assert all("ぁ" <= ch <= "ゖ" or ch == "ー" for ch in client.sort_key)
        assert len(client.full_name.split(" ")) == len(client.name_reading.split(" ")) == 2
        assert client.mobile or client.phone
        assert not client.email or client.email.split("@")[1].startswith("example.")


def test_notes_lie_within_the_period_and_revisions_keep_the_earlier_text(
    filled: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = filled
    with vault.unit_of_work() as session:
        days = list(session.scalars(select(ConsultationNote.occurred_on)))
        edited = session.scalar(select(NoteRevision.note_id).where(NoteRevision.revision == 2).limit(1))
    assert edited is not None
    start = practice.DEFAULT_UNTIL.replace(year=practice.DEFAULT_UNTIL.year - YEARS) - timedelta(days=1)
    assert all(start <= day <= practice.DEFAULT_UNTIL for day in days)
    history = consultation_notes.history(vault, note_id=edited)
    assert history[1].text.startswith(history[0].text)
    assert history[1].written_at >= history[0].written_at


def test_search_finds_a_generated_client_by_name_reading_phone_and_note(
    filled: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = filled
    with vault.unit_of_work() as session:
        client = session.scalars(
            select(Client).where(Client.status == "active", Client.mobile != "").limit(1)
        ).one()
        note = session.scalars(
            select(NoteRevision.text).join(ConsultationNote).where(ConsultationNote.client_id == client.id)
        ).first()
    assert note is not None
    katakana_reading = "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in client.sort_key)
    queries = [
        client.full_name,
        client.full_name.split(" ")[0],  # a two-character family name goes through LIKE
        client.name_reading,
        client.sort_key,  # typed in hiragana
        katakana_reading,  # typed in katakana
        client.mobile,
        pd.digits_only(client.mobile),
        note[:6],
    ]
    for query in queries:
        assert client.id in client_search.search_ids(vault, query=query), query


def test_the_index_row_is_what_reindex_writes(filled: tuple[OpenVault, practice.DemoSummary]) -> None:
    vault, _summary = filled
    columns = "full_name, name_reading, phones, email, notes"
    with vault.unit_of_work() as session:
        ids = list(session.scalars(select(Client.id).order_by(Client.id).limit(5)))
        bulk = {
            i: session.execute(text(f"SELECT {columns} FROM client_search WHERE rowid = {i}")).one()
            for i in ids
        }
        for client_id in ids:
            clients.reindex(session, client_id)
        again = {
            i: session.execute(text(f"SELECT {columns} FROM client_search WHERE rowid = {i}")).one()
            for i in ids
        }

    def note_set(row: tuple[str, ...]) -> tuple[object, ...]:
        # reindex reads the notes in the database's order; the bulk load in note order
        return (*row[:4], sorted(row[4].split("\n")))

    assert {i: note_set(tuple(r)) for i, r in bulk.items()} == {
        i: note_set(tuple(r)) for i, r in again.items()
    }


def test_one_audit_event_per_batch_with_counts_only_and_the_chain_verifies(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "v")
    try:
        summary = practice.generate(vault, clients=CLIENTS, years=YEARS, seed=9, batch_clients=12)
        with vault.unit_of_work() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo.generated")).all()
            report = audit.verify(session)
            names = set(session.scalars(select(Client.full_name)))
    finally:
        vault.close()
    assert report.intact, report.problem
    assert len(events) == 3  # 12 + 12 + 6
    details = [json.loads(event.detail) for event in events]
    assert sum(d["clients"] for d in details) == summary.clients
    assert sum(d["notes"] for d in details) == summary.notes
    assert sum(d["bookings"] for d in details) == summary.bookings
    assert set(details[0]) == {
        "clients",
        "notes",
        "revisions",
        "bookings",
        "cancellations",
        "menu_items",
        "seed",
        "years",
    }
    assert not any(name in event.detail for event in events for name in names)


@pytest.mark.parametrize(("count", "years"), [(-1, 5), (10, 0), (practice.MAX_CLIENTS + 1, 5)])
def test_counts_out_of_range_are_refused_before_anything_is_written(
    open_vault: OpenVault, count: int, years: int
) -> None:
    with pytest.raises(InvalidInput):
        practice.generate(open_vault, clients=count, years=years, seed=1)
    assert client_search.search_ids(open_vault) == []


def test_without_faker_it_says_how_to_install_it(
    open_vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_faker(name: str, *args: object, **kwargs: object) -> object:
        if name == "faker" or name.startswith("faker."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_faker)

    with pytest.raises(practice.DemoUnavailable, match=r"pip install 'sorakumo-desk\[demo\]'"):
        practice.generate(open_vault, clients=1, years=1, seed=1)


# --- bookings ------------------------------------------------------------------------------

BOOKING_CLIENTS = 120
BOOKING_YEARS = 4


@pytest.fixture(scope="module")
def booked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[OpenVault, practice.DemoSummary]]:
    """One practice with bookings, shared by the read-only booking tests (built once: it is the slow part)."""
    vault, _code = make_vault(tmp_path_factory.mktemp("booked") / "v")
    summary = practice.generate(vault, clients=BOOKING_CLIENTS, years=BOOKING_YEARS, seed=11)
    yield vault, summary
    vault.close()


def _bookings(vault: OpenVault) -> list[Booking]:
    with vault.unit_of_work() as session:
        rows = list(session.scalars(select(Booking).order_by(Booking.id)))
        session.expunge_all()
    return rows


def _booking_content(
    folder: Path, *, seed: int, batch: int = practice.BATCH_CLIENTS
) -> list[tuple[str, ...]]:
    vault, _code = make_vault(folder)
    try:
        practice.generate(vault, clients=40, years=3, seed=seed, batch_clients=batch)
        skip = {"id", "client_id", "menu_item_id"}
        return [
            tuple(str(getattr(row, c.key)) for c in Booking.__table__.columns if c.key not in skip)
            for row in _bookings(vault)
        ]
    finally:
        vault.close()


def test_the_same_seed_gives_the_same_bookings_whatever_the_batch_size(tmp_path: Path) -> None:
    first = _booking_content(tmp_path / "a", seed=21)
    again = _booking_content(tmp_path / "b", seed=21, batch=9)
    other = _booking_content(tmp_path / "c", seed=22)

    assert first and first == again
    assert first != other


def test_bookings_can_be_left_out_and_leave_the_clients_as_they_are(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "bare")
    try:
        summary = practice.generate(vault, clients=CLIENTS, years=YEARS, seed=3, bookings=False)
        people, _notes = _content(vault)
        assert summary.bookings == 0 and not _bookings(vault)
        assert session_menu.list_items(vault) == []
    finally:
        vault.close()
    assert people == _fresh(tmp_path / "booked", seed=3)[0]


def test_the_menu_has_the_three_formats_with_prices_in_yen(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, summary = booked
    items = session_menu.list_items(vault)
    assert summary.menu_items == len(items) == len(plans.DEMO_MENU)
    assert {item.format for item in items} == set(rules.SessionFormat)
    assert all(1000 <= item.price_yen <= 30_000 for item in items)
    assert all(
        session_menu.validate(session_menu.MenuItemDraft(i.name, i.format, i.duration_minutes, i.price_yen))
        for i in items
    )


def test_every_state_is_present_and_the_counts_are_reported(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, summary = booked
    rows = _bookings(vault)
    assert {row.status for row in rows} == {s.value for s in BookingStatus}
    assert summary.bookings == len(rows) > BOOKING_CLIENTS * 3
    completed = [row for row in rows if row.status == BookingStatus.COMPLETED]
    assert len(completed) > len(rows) / 2  # the past is mostly sessions that took place


def test_no_two_bookings_overlap_with_the_buffer(booked: tuple[OpenVault, practice.DemoSummary]) -> None:
    vault, _summary = booked
    buffer = booking_service.buffer_minutes(vault)
    timed = sorted((row.starts_at, row.ends_at) for row in _bookings(vault) if row.starts_at and row.ends_at)
    assert len(timed) > BOOKING_CLIENTS
    for (start, end), later in pairwise(timed):
        assert not rules.conflicts(start, end, [later], buffer), (start, end, later)


def test_sessions_lie_in_working_hours_on_weekdays_and_some_saturdays(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = booked
    timed = [row for row in _bookings(vault) if row.starts_at and row.ends_at]
    weekdays = {row.starts_at.weekday() for row in timed if row.starts_at}
    assert 6 not in weekdays and 5 in weekdays
    for row in timed:
        assert row.starts_at and row.ends_at and row.session_date and row.start_time
        opening, closing = agenda.SATURDAY_HOURS if row.starts_at.weekday() == 5 else agenda.WEEKDAY_HOURS
        begin = row.starts_at.hour * 60 + row.starts_at.minute
        assert opening <= begin and begin + (row.duration_minutes or 0) <= closing
        assert row.starts_at == datetime.combine(row.session_date, row.start_time)
        assert row.ends_at - row.starts_at == timedelta(minutes=row.duration_minutes or 0)


def test_future_bookings_are_confirmed_or_under_negotiation_and_the_past_is_settled(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = booked
    until = datetime.combine(practice.DEFAULT_UNTIL, datetime.max.time())
    future = {row.status for row in _bookings(vault) if row.starts_at and row.starts_at > until}
    past = {row.status for row in _bookings(vault) if row.starts_at and row.starts_at <= until}
    assert BookingStatus.CONFIRMED in future and future <= {"confirmed", "negotiating", "inquiry"}
    assert not past & {"confirmed", "negotiating", "inquiry"}


def test_confirmed_and_held_sessions_passed_every_rule_on_the_way(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = booked
    limit = 5
    for row in _bookings(vault):
        facts = _shared._facts(row)
        if row.status in ("confirmed", "completed", "no_show"):
            assert facts.agreed == frozenset(rules.Point), row.id
            assert row.confirmed_at is not None
            was = rules.BookingFacts(**{**_as_dict(facts), "status": BookingStatus.NEGOTIATING})
            assert rules.check_transition(was, BookingStatus.CONFIRMED, limit).allowed, row.id
            agreed = [row.date_agreed_at, row.start_agreed_at, row.menu_agreed_at, row.arrival_agreed_at]
            assert row.own_will_confirmed_at is not None
            assert all(row.own_will_confirmed_at <= moment <= row.confirmed_at for moment in agreed if moment)
            assert row.starts_at and row.confirmed_at < row.starts_at
        if row.status in ("negotiating", "postponed", "cancelled") and row.own_will_confirmed_at:
            assert rules.check_own_will(facts).allowed and rules.check_channel(facts).allowed
        if row.channel == "email":
            assert row.via_website_form and row.wish_to_book and row.form_consents_agreed
            assert row.round_trips <= limit
        else:
            assert row.round_trips == 0
        if row.format and row.format != "in_person" and row.arrival_agreed_at:
            assert row.pickup_needed is False and row.call_means == row.format.removeprefix("online_")
        if row.format == "in_person" and row.arrival_agreed_at:
            assert row.travel_means and row.pickup_needed is not None and row.call_means is None
    pickups = [row for row in _bookings(vault) if row.status == "completed" and row.pickup_needed]
    assert pickups  # some in-person clients are met at the station


def _as_dict(facts: rules.BookingFacts) -> dict[str, object]:
    return {name: getattr(facts, name) for name in rules.BookingFacts.__slots__}


def test_refused_requests_were_made_by_someone_else_and_keep_the_reason(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = booked
    refused = [row for row in _bookings(vault) if row.status == "refused"]
    assert refused
    for row in refused:
        assert row.requested_by == "other" and row.requester_relation
        assert row.refusal_rule == rules.P_WHO and row.refusal_reason
        assert row.starts_at is None and row.own_will_confirmed_at is None
    others = [row for row in _bookings(vault) if row.requested_by == "other"]
    assert len(others) == len(refused)


def test_cancellations_carry_the_fee_the_schedule_gives(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, summary = booked
    with vault.unit_of_work() as session:
        pairs = list(session.execute(select(Booking, BookingCancellation).join(BookingCancellation)))
        session.expunge_all()
        cancelled = session.scalar(select(func.count()).where(Booking.status == "cancelled"))
    assert summary.cancellations == len(pairs) == cancelled
    percents = set()
    for booking, record in pairs:
        terms = fees.cancellation_terms(
            schedule=fees.FeeSchedule(),
            status=BookingStatus.CONFIRMED if booking.confirmed_at else BookingStatus.NEGOTIATING,
            starts_at=booking.starts_at,
            cancelled_at=record.cancelled_at,
            price_yen=booking.price_yen,
            cancelled_by=rules.CancelledBy(record.cancelled_by),
            reason=record.reason,
        )
        assert (record.fee_percent, record.fee_yen, record.fee_waived) == (
            terms.percent,
            terms.fee_yen,
            terms.waived,
        )
        assert record.notice_minutes == int(terms.notice_hours * 60)
        assert record.price_yen == booking.price_yen
        assert booking.starts_at and record.cancelled_at < booking.starts_at
        percents.add(record.fee_percent)
    assert percents >= {0, 50}  # the tiers are reached


def test_notes_are_attached_to_the_completed_session_of_their_day(
    booked: tuple[OpenVault, practice.DemoSummary],
) -> None:
    vault, _summary = booked
    with vault.unit_of_work() as session:
        pairs = session.execute(select(ConsultationNote, Booking).join(Booking)).all()
        attached = {note.booking_id for note, _booking in pairs}
        completed = set(session.scalars(select(Booking.id).where(Booking.status == "completed")))
    assert pairs
    for note, booking in pairs:
        assert booking.status == "completed" and booking.client_id == note.client_id
        assert booking.session_date == note.occurred_on
    assert attached == completed  # every completed session has its note


def test_generating_again_fits_new_bookings_around_the_old_ones_and_reuses_the_menu(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "twice")
    try:
        practice.generate(vault, clients=40, years=2, seed=1)
        again = practice.generate(vault, clients=40, years=2, seed=2)
        buffer = booking_service.buffer_minutes(vault)
        timed = sorted((r.starts_at, r.ends_at) for r in _bookings(vault) if r.starts_at and r.ends_at)
        with vault.unit_of_work() as session:
            menu = session.scalar(select(func.count()).select_from(SessionMenuItem))
    finally:
        vault.close()
    assert again.menu_items == 0 and menu == len(plans.DEMO_MENU)
    assert again.bookings > 0
    for (start, end), later in pairwise(timed):
        assert not rules.conflicts(start, end, [later], buffer)
