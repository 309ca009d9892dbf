"""Demo data (``desktop.services.demo_data``): reproducible, valid, searchable, audited.

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
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.errors import InvalidInput
from desktop.models import AuditEvent, Client, ConsultationNote, NoteRevision
from desktop.policy import personal_data as pd
from desktop.services import clients, consultation_notes, demo_data
from desktop.vault import audit
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault

CLIENTS = 30
YEARS = 3

Snapshot = tuple[list[tuple[str, ...]], list[tuple[str, ...]]]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[OpenVault, demo_data.DemoSummary]]:
    vault, _code = make_vault(tmp_path / "filled")
    summary = demo_data.generate(vault, clients=CLIENTS, years=YEARS, seed=7)
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
        demo_data.generate(vault, clients=count, years=YEARS, seed=seed)
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
        demo_data.generate(vault, clients=CLIENTS, years=YEARS, seed=5, batch_clients=7)
        assert _content(vault) == whole
    finally:
        vault.close()


def test_counts_are_as_asked_and_as_reported(filled: tuple[OpenVault, demo_data.DemoSummary]) -> None:
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


def test_generating_again_adds_to_the_practice(filled: tuple[OpenVault, demo_data.DemoSummary]) -> None:
    vault, first = filled

    second = demo_data.generate(vault, clients=5, years=1, seed=8)

    with vault.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == first.clients + 5
        assert session.scalar(text("SELECT count(*) FROM client_search")) == first.clients + 5
    assert second.clients == 5


def test_every_client_passes_validation_unchanged_with_a_kana_reading(
    filled: tuple[OpenVault, demo_data.DemoSummary],
) -> None:
    vault, _summary = filled
    with vault.unit_of_work() as session:
        rows = session.scalars(select(Client)).all()
    for client in rows:
        draft = clients.ClientDraft(**{f.name: getattr(client, f.name) for f in fields(clients.ClientDraft)})
        assert clients.validate(draft) == draft  # already folded: validating changes nothing
        assert pd.check_reading(client.name_reading).ok and client.name_reading
        assert client.sort_key == pd.reading_key(client.name_reading)
        assert all("ぁ" <= ch <= "ゖ" or ch == "ー" for ch in client.sort_key)
        assert len(client.full_name.split(" ")) == len(client.name_reading.split(" ")) == 2
        assert client.mobile or client.phone
        assert not client.email or client.email.split("@")[1].startswith("example.")


def test_notes_lie_within_the_period_and_revisions_keep_the_earlier_text(
    filled: tuple[OpenVault, demo_data.DemoSummary],
) -> None:
    vault, _summary = filled
    with vault.unit_of_work() as session:
        days = list(session.scalars(select(ConsultationNote.occurred_on)))
        edited = session.scalar(select(NoteRevision.note_id).where(NoteRevision.revision == 2).limit(1))
    assert edited is not None
    start = demo_data.DEFAULT_UNTIL.replace(year=demo_data.DEFAULT_UNTIL.year - YEARS) - timedelta(days=1)
    assert all(start <= day <= demo_data.DEFAULT_UNTIL for day in days)
    history = consultation_notes.history(vault, note_id=edited)
    assert history[1].text.startswith(history[0].text)
    assert history[1].written_at >= history[0].written_at


def test_search_finds_a_generated_client_by_name_reading_phone_and_note(
    filled: tuple[OpenVault, demo_data.DemoSummary],
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
        assert client.id in clients.search_ids(vault, query=query), query


def test_the_index_row_is_what_reindex_writes(filled: tuple[OpenVault, demo_data.DemoSummary]) -> None:
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
        summary = demo_data.generate(vault, clients=CLIENTS, years=YEARS, seed=9, batch_clients=12)
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
    assert set(details[0]) == {"clients", "notes", "revisions", "seed", "years"}
    assert not any(name in event.detail for event in events for name in names)


@pytest.mark.parametrize(("count", "years"), [(-1, 5), (10, 0), (demo_data.MAX_CLIENTS + 1, 5)])
def test_counts_out_of_range_are_refused_before_anything_is_written(
    open_vault: OpenVault, count: int, years: int
) -> None:
    with pytest.raises(InvalidInput):
        demo_data.generate(open_vault, clients=count, years=years, seed=1)
    assert clients.search_ids(open_vault) == []


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

    with pytest.raises(demo_data.DemoUnavailable, match=r"pip install -e '\.\[demo\]'"):
        demo_data.generate(open_vault, clients=1, years=1, seed=1)
