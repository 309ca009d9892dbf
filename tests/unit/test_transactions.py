"""Every unit of work is one ``BEGIN IMMEDIATE`` transaction (DESIGN.md, "Gates, clock and transactions").

Two openings of one vault stand for two processes (the window's worker and
an ``import-mail`` beside it): each has its own engine and connections.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.errors import VaultBusy
from desktop.models import Client
from desktop.services import audit_log, clients
from desktop.vault import engine as vault_engine
from desktop.vault import store
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault

#: Generous: a waiting writer is released as soon as the first commits; this only bounds a hang.
RELEASE_TIMEOUT_S = 60


@pytest.fixture
def two_openings(tmp_path: Path) -> Iterator[tuple[OpenVault, OpenVault]]:
    first, _code = make_vault(tmp_path / "vault")
    second = store.open_with_key(tmp_path / "vault", first.key())
    assert second is not None
    yield first, second
    second.close()
    first.close()


def _count_clients(vault: OpenVault) -> int:
    with vault.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Client)) or 0)


def test_a_unit_of_work_holds_the_write_lock_from_its_first_read(
    two_openings: tuple[OpenVault, OpenVault], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = two_openings
    monkeypatch.setattr(vault_engine, "BUSY_WAIT_SECONDS", 0)
    impatient = store.open_with_key(first.folder, first.key())  # opened without any busy wait
    assert impatient is not None
    try:
        with first.unit_of_work() as session:
            session.scalar(select(func.count()).select_from(Client))  # a read only, no write yet
            with pytest.raises(VaultBusy), impatient.unit_of_work() as other:
                # Refused at its BEGIN, before its first read: the lock was the first unit's
                # from its first read, although it has written nothing yet.
                other.scalar(select(func.count()).select_from(Client))
            assert _count_clients(impatient) == 0  # a reader is never kept waiting
        with impatient.unit_of_work() as session:
            session.add(Client(full_name="後の人", sort_key="あと", created_at="x", updated_at="x"))
        assert _count_clients(first) == 1
    finally:
        impatient.close()


def test_a_second_writer_waits_and_then_does_its_work(two_openings: tuple[OpenVault, OpenVault]) -> None:
    first, second = two_openings
    order: list[str] = []
    failures: list[BaseException] = []
    started = threading.Event()

    def write_second() -> None:
        started.set()
        try:
            clients.create_client(second, draft=clients.ClientDraft(full_name="二番目 さん"))
            order.append("second")
        except BaseException as error:  # reported to the test thread below
            failures.append(error)

    with first.unit_of_work() as session:
        session.add(Client(full_name="一番目 さん", sort_key="いち", created_at="x", updated_at="x"))
        worker = threading.Thread(target=write_second)
        worker.start()
        assert started.wait(RELEASE_TIMEOUT_S)
        order.append("first")
    worker.join(RELEASE_TIMEOUT_S)
    assert not worker.is_alive() and failures == []
    assert order == ["first", "second"]
    assert _count_clients(first) == 2
    assert audit_log.verify(first).intact
