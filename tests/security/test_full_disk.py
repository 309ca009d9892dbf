"""A full disk is survivable (P-SAFEGUARD): the vault opens read-only, says so, and records the unlock later.

The real full disk is a small tmpfs filled to its last byte (root only; the
tests say why when they skip). The injected one makes SQLite refuse every
write with its own SQLITE_FULL while reads go on, so the same promises are
also proved without root. Every assertion reads the vault's audit rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import FullDiskWork, StorageFull
from desktop.models import AuditEvent
from desktop.services import backups, client_search, clients, integrity, vault_access
from desktop.vault import audit, store
from desktop.vault.store import OpenVault
from tests.helpers.backups import backup_ready_vault
from tests.helpers.full_disk import SmallDisk, small_disk, writes_fail
from tests.helpers.records import NAME, add_sample_client
from tests.helpers.vaults import PASSPHRASE
from tests.torture.disk_sweep import sweep
from tests.unit import test_cli

run_cli = test_cli.run_cli
tuning_calls = test_cli.tuning_calls
Run = Callable[..., test_cli.Outcome]


def _events(vault: OpenVault) -> list[tuple[str, dict[str, object]]]:
    with vault.reading() as session:
        rows = session.execute(select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id))
        return [(action, json.loads(detail)) for action, detail in rows]


def _unlocks(vault: OpenVault) -> list[dict[str, object]]:
    return [detail for action, detail in _events(vault) if action == "vault.unlocked"]


def _chain_intact(vault: OpenVault) -> bool:
    with vault.reading() as session:
        return audit.verify(session).intact


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def vault_on_disk(disk: SmallDisk) -> Path:
    vault, _code = backup_ready_vault(disk.root / "vault")
    add_sample_client(vault)
    vault.close()
    return disk.root / "vault"


# --- a real full disk (tmpfs) ---------------------------------------------------------------


def test_p_safeguard_unlock_on_a_full_disk_opens_read_only_and_the_unlock_is_recorded_when_space_returns(
    disk: SmallDisk, vault_on_disk: Path
) -> None:
    before = vault_access.unlock(vault_on_disk, passphrase=PASSPHRASE)
    unlocks_before = len(_unlocks(before))
    before.close()
    disk.fill()

    vault = vault_access.unlock(vault_on_disk, passphrase=PASSPHRASE)
    try:
        assert vault.read_only
        report = integrity.check_vault(vault)
        assert report.ok and report.table_counts["clients"] == 1
        assert len(_unlocks(vault)) == unlocks_before  # read, but not recorded yet
        # Opening a client's record is audited; on a full disk the record is still shown.
        [client_id] = client_search.search_ids(vault)
        assert clients.open_client(vault, client_id=client_id).draft.full_name == NAME
        with pytest.raises(StorageFull) as refused:
            add_sample_client(vault, name="山田 花子")
        assert refused.value.work is FullDiskWork.WRITE
        assert "change was not saved" not in str(refused.value)

        disk.free()
        add_sample_client(vault, name="山田 花子")
        assert not vault.read_only
        events = _events(vault)
        actions = [action for action, _detail in events]
        newest_client = len(actions) - 1 - actions[::-1].index("client.created")
        # Recorded first, in the order they happened, then the change.
        assert actions[newest_client - 2 : newest_client] == ["vault.unlocked", "client.viewed"]
        assert events[newest_client - 1][1] == {"recorded_late": True}
        assert _unlocks(vault)[-1] == {"recorded_late": True}
        assert len(_unlocks(vault)) == unlocks_before + 1
        assert _chain_intact(vault)
    finally:
        vault.close()


def test_p_safeguard_check_works_on_a_full_disk_and_says_so(
    disk: SmallDisk, vault_on_disk: Path, run_cli: Run
) -> None:
    disk.fill()
    checked = run_cli("check", "--vault", str(vault_on_disk), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert checked.code == 0, checked.err
    assert "clients 1" in checked.out and "ok: " in checked.out
    [note] = checked.err.splitlines()
    assert note.startswith("note: the disk is full, so the vault was opened read-only")
    assert "change was not saved" not in checked.err

    disk.free()
    vault = vault_access.unlock(vault_on_disk, passphrase=PASSPHRASE)
    try:
        # The command's own unlock was kept in this process and is recorded with this one.
        assert _unlocks(vault)[-2:] == [{"recorded_late": True}, {}]
        assert not vault.read_only and _chain_intact(vault)
    finally:
        vault.close()


def test_p_safeguard_a_backup_onto_a_full_disk_says_the_backup_was_not_written(
    disk: SmallDisk, tmp_path: Path
) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    try:
        disk.fill()
        with pytest.raises(StorageFull) as refused:
            backups.back_up(vault, folder=disk.root)
        assert refused.value.work is FullDiskWork.BACKUP
        assert "the backup was not written" in str(refused.value)
        assert sorted(p.name for p in disk.root.iterdir()) == ["filler"]  # nothing left behind
        assert backups.status(vault).last_failure == "StorageFull"
    finally:
        vault.close()


def test_p_safeguard_every_acknowledged_write_survives_a_full_disk_met_at_each_point(tmp_path: Path) -> None:
    """Mixed commits until the disk refuses one, 30 to 33 pages left free: a sample of the torture sweep."""
    tally = sweep(tmp_path, points=4, first=30)
    assert tally.problems == []
    assert (tally.points, tally.refused_cleanly, tally.opened_while_full, tally.opened_after) == (4, 4, 4, 4)
    assert tally.lost == 0 and tally.acknowledged > 0


# --- an injected full disk (SQLITE_FULL on every write) -------------------------------------


def test_p_safeguard_unlock_with_sqlite_full_opens_read_only_across_a_lock_and_records_every_unlock(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    vault, _code = backup_ready_vault(folder)
    vault.close()

    with writes_fail() as disk:
        first = vault_access.unlock(folder, passphrase=PASSPHRASE)
        assert first.read_only and disk.refused
        assert integrity.check_vault(first).ok
        first.close()  # locked before space returned: the unlock is kept, not lost
        second = vault_access.unlock(folder, passphrase=PASSPHRASE)
        assert second.read_only
        second.close()
        disk.full = False
        third = store.open_with_passphrase(folder, PASSPHRASE)
    try:
        assert not third.read_only
        assert _unlocks(third)[-3:] == [{"recorded_late": True}, {"recorded_late": True}, {}]
        with third.reading() as session:
            stamps = list(
                session.scalars(
                    select(AuditEvent.occurred_at)
                    .where(AuditEvent.action == "vault.unlocked")
                    .order_by(AuditEvent.id)
                )
            )
        assert stamps[-3:] == sorted(stamps[-3:])  # each with the moment it happened
        assert _chain_intact(third)
    finally:
        third.close()


def test_p_safeguard_the_unlock_is_recorded_before_the_first_write_once_space_returns(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    made, _code = backup_ready_vault(folder)
    made.close()
    with writes_fail() as disk:
        vault = vault_access.unlock(folder, passphrase=PASSPHRASE)
        try:
            assert vault.read_only
            backups.status(vault)  # reading goes on while full
            disk.full = False
            add_sample_client(vault)
            assert not vault.read_only
            actions = [action for action, _detail in _events(vault)]
            assert actions[actions.index("client.created") - 1 :][:2] == ["vault.unlocked", "client.created"]
        finally:
            vault.close()


def test_p_safeguard_full_disk_sentences_say_what_failed() -> None:
    texts = {work: str(StorageFull(work)) for work in FullDiskWork}
    assert "the backup was not written" in texts[FullDiskWork.BACKUP]
    assert "the unlock was not recorded yet" in texts[FullDiskWork.UNLOCK_RECORD]
    assert "free some space on the disk" in texts[FullDiskWork.UNLOCK_RECORD]
    assert all("change was not saved" not in text for text in texts.values())
