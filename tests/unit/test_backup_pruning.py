"""Backups that never eat themselves (P-SAFEGUARD): names that never collide, pruning by the manifest.

Every backup here is real (written, verified, encrypted); "old" and "future"
backups are made by moving the vault's clock, and the folder is filled with
what a counsellor's USB drive really holds: copies, renamed files, another
vault's backups, damaged files and photos. The assertions read the folder.
"""

from __future__ import annotations

import dataclasses
import shutil
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.errors import BackupTargetExists
from desktop.services import backups, practice_settings, vault_access
from desktop.vault import backup
from desktop.vault.store import OpenVault
from tests.helpers.backups import backup_ready_vault, cache_derivations, open_backup
from tests.helpers.clock import FakeClock
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import PASSPHRASE

START = datetime(2026, 12, 1, 10, 0)  # Tokyo wall-clock time


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def vault(tmp_path: Path, usb: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenVault]:
    cache_derivations(monkeypatch)
    opened, _code = backup_ready_vault(tmp_path / "vault")
    opened.time.clock = FakeClock(START)
    backups.save_settings(opened, backups.BackupSettings(folder=str(usb), keep=2))
    yield opened
    opened.close()


def _manifest(path: Path) -> dict[str, str]:
    with open_backup(path) as connection:
        return dict(connection.execute("SELECT key, value FROM backup_manifest"))


def _folder(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _keep(vault: OpenVault, keep: int) -> None:
    settings = backups.status(vault).settings
    backups.save_settings(vault, dataclasses.replace(settings, keep=keep))


def test_two_backups_in_the_same_second_both_survive(vault: OpenVault, usb: Path) -> None:
    first = Path(backups.back_up(vault).path)
    second = Path(backups.back_up(vault).path)  # the clock has not moved

    assert first != second
    assert sorted(p.name for p in usb.iterdir()) == sorted([first.name, second.name])
    assert first.name.endswith(f"_20261201-010000Z-1_{vault.vault_id[:8]}{backup.SUFFIX}")
    assert second.name.endswith(f"_20261201-010000Z-2_{vault.vault_id[:8]}{backup.SUFFIX}")
    for path in (first, second):
        assert _manifest(path)["file_name"] == path.name
        backups.verify(path, passphrase=PASSPHRASE, expected_vault_id=vault.vault_id)


def test_a_backup_never_replaces_an_existing_file(vault: OpenVault, tmp_path: Path) -> None:
    target = tmp_path / "mine.sorakumo-backup.db"
    target.write_bytes(b"the counsellor's own file")
    with pytest.raises(BackupTargetExists):
        backups.back_up(vault, target=target)
    assert target.read_bytes() == b"the counsellor's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.sorakumo-backup.db", "usb", "vault"]


def test_pruning_after_a_time_zone_change_keeps_the_new_backup(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oldest = Path(backups.back_up(vault).path)
    vault.time.clock.advance(days=1)  # type: ignore[attr-defined]
    middle = Path(backups.back_up(vault).path)
    # The counsellor flies to Honolulu: the laptop and the practice's zone both move back 19 hours.
    monkeypatch.setenv("TZ", "Pacific/Honolulu")
    time.tzset()
    try:
        settings = practice_settings.load(vault)
        practice_settings.save(vault, dataclasses.replace(settings, time_zone="Pacific/Honolulu"))
        assert vault.time.zone == ZoneInfo("Pacific/Honolulu")
        vault.time.clock.advance(hours=1)  # type: ignore[attr-defined]
        newest = backups.back_up(vault)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()

    assert sorted(p.name for p in usb.iterdir()) == sorted([middle.name, Path(newest.path).name])
    assert not oldest.exists()
    assert backups.status(vault).last_good == newest
    backups.verify(Path(newest.path), passphrase=PASSPHRASE, expected_vault_id=vault.vault_id)


def test_future_named_files_and_files_that_are_not_this_vaults_backups_are_never_deleted(
    vault: OpenVault, usb: Path, tmp_path: Path
) -> None:
    _keep(vault, 1)
    genuine = Path(backups.back_up(vault).path)
    other_vault, _code = backup_ready_vault(tmp_path / "other vault")
    others = backups.back_up(other_vault, folder=usb)  # another vault's backup, in the same folder
    other_vault.close()
    id8 = vault.vault_id[:8]
    # A copy kept on purpose, an old backup renamed to look new, a damaged copy, junk with our
    # name pattern and a time far ahead, and a photo.
    shutil.copy(genuine, usb / "year end 2026.sorakumo-backup.db")
    shutil.copy(genuine, usb / f"Practice_20991231-235959Z-1_{id8}{backup.SUFFIX}")
    damaged = bytearray(genuine.read_bytes())
    damaged[5000] ^= 0xFF
    (usb / f"Practice_20981231-235959Z-1_{id8}{backup.SUFFIX}").write_bytes(bytes(damaged[:8192]))
    (usb / f"Practice_20971231-235959Z-1_{id8}{backup.SUFFIX}").write_bytes(b"not a backup at all")
    (usb / "holiday photo.jpg").write_bytes(b"jpeg")
    foreign = {name: data for name, data in _folder(usb).items() if name != genuine.name}

    vault.time.clock.advance(days=1)  # type: ignore[attr-defined]
    newest = backups.back_up(vault)

    after = _folder(usb)
    assert not genuine.exists()  # this vault's older backup, beyond the newest one kept
    assert Path(newest.path).name in after
    assert {name: data for name, data in after.items() if name != Path(newest.path).name} == foreign
    assert Path(others.path).name in foreign
    assert backups.status(vault).last_good == newest


def test_a_backup_from_a_clock_set_ahead_never_pushes_out_the_one_just_written(
    vault: OpenVault, usb: Path
) -> None:
    _keep(vault, 1)
    vault.time.clock.advance(days=400)  # type: ignore[attr-defined]  # the clock was once set ahead
    ahead = Path(backups.back_up(vault).path)
    vault.time.clock.advance(days=-400)  # type: ignore[attr-defined]
    now = Path(backups.back_up(vault).path)
    assert sorted(p.name for p in usb.iterdir()) == sorted([ahead.name, now.name])
    assert backups.status(vault).last_good.path == str(now)  # type: ignore[union-attr]


def test_backups_under_an_earlier_passphrase_are_still_pruned(vault: OpenVault, usb: Path) -> None:
    _keep(vault, 1)
    before = Path(backups.back_up(vault).path)
    vault_access.change_passphrase(
        vault, old_passphrase=PASSPHRASE, new_passphrase="a completely new passphrase 2027 そらくも"
    )
    vault.time.clock.advance(days=1)  # type: ignore[attr-defined]
    after = Path(backups.back_up(vault).path)
    assert sorted(p.name for p in usb.iterdir()) == [after.name]
    assert not before.exists()


def test_verify_says_when_a_backup_is_older_than_the_vault(vault: OpenVault, usb: Path) -> None:
    old = backups.back_up(vault)
    vault.time.clock.advance(days=3)  # type: ignore[attr-defined]
    fresh_before_change = backups.back_up(vault)
    manifest = backups.verify(Path(fresh_before_change.path), passphrase=PASSPHRASE)
    assert backups.changed_since(vault, manifest) == ""  # the backup's own record is no change
    vault.time.clock.advance(hours=2)  # type: ignore[attr-defined]
    add_sample_client(vault)

    for record in (old, fresh_before_change):
        manifest = backups.verify(Path(record.path), passphrase=PASSPHRASE)
        changed = datetime.fromisoformat(backups.changed_since(vault, manifest))
        assert changed == datetime(2026, 12, 4, 3, 0, tzinfo=ZoneInfo("UTC"))
    vault.time.clock.advance(hours=1)  # type: ignore[attr-defined]
    newest = backups.back_up(vault)
    manifest = backups.verify(Path(newest.path), passphrase=PASSPHRASE)
    assert backups.changed_since(vault, manifest) == ""
