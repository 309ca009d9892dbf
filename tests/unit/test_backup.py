"""Backups (P-SAFEGUARD): the round trip, the standard format, restore and the settings around them.

The round trip fills a vault with demo data, backs it up, restores it into a
new folder and compares every table row for row. The format test reads a
client's name from a backup with a second, independent SQLCipher 4
implementation (SQLite3 Multiple Ciphers) given nothing but the passphrase.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import apsw
import pytest
from sqlalchemy import create_engine

from desktop.demo import practice
from desktop.errors import BackupKeyMissing, BackupProblem, BackupRefused, VaultExists
from desktop.services import backups, vault_access
from desktop.vault import backup, backup_keys, migrate, restore, store
from desktop.vault.files import DB_FILE
from tests.helpers.backups import (
    backup_ready_vault,
    open_backup,
    table_rows,
    vault_connection,
)
from tests.helpers.records import NAME, add_sample_client
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, make_vault

CODE = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"


@pytest.fixture
def fast_restore_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(restore, "tune_kdf", lambda: FAST_KDF)


def test_P_SAFEGUARD_round_trip_demo_vault_backup_restore_every_table_equal(
    tmp_path: Path, fast_restore_kdf: None
) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    practice.generate(vault, clients=12, years=1, seed=3)
    with vault_connection(vault) as connection:
        before = table_rows(connection)
    target = tmp_path / "backup.db"
    record = backups.back_up(vault, target=target)
    vault.close()

    with open_backup(target) as connection:
        assert table_rows(connection, skip=(backup.MANIFEST_TABLE,)) == before
    restored = backups.restore_from(
        target, passphrase=PASSPHRASE, folder=tmp_path / "new laptop", recovery_code=CODE
    )
    with vault_connection(restored.vault) as connection:
        after = table_rows(connection)
    restored.vault.close()

    assert record.rows == sum(len(rows) for rows in before.values()) > 400
    assert set(after) == set(before)
    for table in sorted(before):
        if table == "audit_events":
            # The restore and the unlock are appended to the same, intact chain.
            assert after[table][: len(before[table])] == before[table]
            assert [row[2] for row in after[table][len(before[table]) :]] == [
                "vault.restored_from_backup",
                "vault.unlocked",
            ]
        elif table == "properties":
            # The restored vault has a new backup key; the backup's own is kept among the retired ones.
            changed = {"audit_head", backup_keys.KEY_PROPERTY, backup_keys.RETIRED_KEYS_PROPERTY}
            assert [r for r in after[table] if r[0] not in changed] == [
                r for r in before[table] if r[0] not in changed
            ]
        else:
            assert after[table] == before[table], table
    vault_access.unlock(tmp_path / "new laptop", passphrase=PASSPHRASE).close()
    vault_access.unlock_with_recovery_code(
        tmp_path / "new laptop", recovery_code=CODE, new_passphrase="a new long passphrase 2026 そらくも"
    ).close()


def test_P_SAFEGUARD_backup_opens_in_sqlite3mc_with_the_passphrase_alone(tmp_path: Path) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    add_sample_client(vault)
    target = tmp_path / "backup.db"
    backups.back_up(vault, target=target)
    vault.close()

    reader = apsw.Connection(str(target), flags=apsw.SQLITE_OPEN_READONLY)
    reader.pragma("cipher", "sqlcipher")
    reader.pragma("legacy", 4)
    reader.pragma("key", PASSPHRASE)
    names = [row[0] for row in reader.execute("SELECT full_name FROM clients")]
    manifest = dict(reader.execute("SELECT key, value FROM backup_manifest"))
    reader.close()
    assert names == [NAME]
    assert manifest["rows.clients"] == "1"
    assert manifest["schema_revision"] == migrate.head_revision()


def test_backup_is_private_named_with_practice_and_time_and_recorded(tmp_path: Path) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    folder = tmp_path / "usb"
    folder.mkdir()
    backups.save_settings(vault, backups.BackupSettings(folder=str(folder), keep=3))
    record = backups.back_up(vault)
    path = Path(record.path)
    assert path.parent == folder
    assert path.name.endswith(backup.SUFFIX) and f"_{vault.vault_id[:8]}" in path.name
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == [path.name]  # no temp file left
    status = backups.status(vault)
    assert status.last_good == record and status.last_failure == ""
    vault.close()


def test_failure_is_recorded_until_the_next_success(tmp_path: Path) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    backups.save_settings(vault, backups.BackupSettings(folder=str(tmp_path / "unplugged"), keep=3))
    with pytest.raises(Exception, match="backup folder"):
        backups.back_up(vault, automatic=True)
    assert backups.status(vault).last_failure == "BackupFolderUnusable"
    (tmp_path / "unplugged").mkdir()
    backups.back_up(vault, automatic=True)
    assert backups.status(vault).last_failure == ""
    vault.close()


def test_a_vault_never_unlocked_with_the_passphrase_asks_for_it(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "vault")
    with pytest.raises(BackupKeyMissing):
        backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    vault = vault_access.unlock(tmp_path / "vault", passphrase=PASSPHRASE)
    backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    backups.verify(tmp_path / "b.db", passphrase=PASSPHRASE)


def test_after_a_passphrase_change_new_backups_open_with_the_new_one(tmp_path: Path) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    new = "a completely new passphrase 2027 そらくも"
    vault_access.change_passphrase(vault, old_passphrase=PASSPHRASE, new_passphrase=new)
    backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    backups.verify(tmp_path / "b.db", passphrase=new)
    with pytest.raises(BackupRefused) as refused:
        backups.verify(tmp_path / "b.db", passphrase=PASSPHRASE)
    assert refused.value.problem is BackupProblem.WRONG_PASSPHRASE


def test_restore_refuses_an_existing_vault_unless_replacing_and_keeps_it_aside(
    tmp_path: Path, fast_restore_kdf: None
) -> None:
    folder = tmp_path / "vault"
    vault, _code = backup_ready_vault(folder)
    backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    old_db = (folder / DB_FILE).read_bytes()
    with pytest.raises(VaultExists):
        backups.restore_from(tmp_path / "b.db", passphrase=PASSPHRASE, folder=folder, recovery_code=CODE)
    assert (folder / DB_FILE).read_bytes() == old_db
    restored = backups.restore_from(
        tmp_path / "b.db", passphrase=PASSPHRASE, folder=folder, recovery_code=CODE, replace=True
    )
    restored.vault.close()
    assert restored.replaced_folder is not None
    assert restored.replaced_folder.name.startswith("vault.replaced-")
    assert (restored.replaced_folder / DB_FILE).read_bytes() == old_db
    assert (folder / DB_FILE).read_bytes() != old_db
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["b.db", "vault", restored.replaced_folder.name]
    )


def test_a_backup_made_by_an_older_version_is_migrated(tmp_path: Path, fast_restore_kdf: None) -> None:
    from alembic import command
    from alembic.config import Config

    vault, _code = backup_ready_vault(tmp_path / "vault")
    add_sample_client(vault)
    backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    # Turn the backup into one made at revision 0002, as an older version would have.
    engine = create_engine("sqlite://", creator=lambda: open_backup(tmp_path / "b.db"))
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(Path(migrate.__file__).with_name("migrations")))
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    with open_backup(tmp_path / "b.db") as connection:
        connection.execute("DELETE FROM backup_manifest WHERE key LIKE 'rows.%'")
        counts = table_rows(connection, skip=(backup.MANIFEST_TABLE,))
        connection.executemany(
            "INSERT INTO backup_manifest VALUES (?, ?)",
            [(f"rows.{t}", str(len(r))) for t, r in counts.items()],
        )
        connection.execute("UPDATE backup_manifest SET value = '0002' WHERE key = 'schema_revision'")
    assert "bookings" not in counts
    restored = backups.restore_from(
        tmp_path / "b.db", passphrase=PASSPHRASE, folder=tmp_path / "new", recovery_code=CODE
    )
    assert migrate.current_revision(restored.vault.engine) == migrate.head_revision()
    with vault_connection(restored.vault) as connection:
        assert connection.execute("SELECT full_name FROM clients").fetchall() == [(NAME,)]
        assert connection.execute("SELECT count(*) FROM bookings").fetchone() == (0,)
    restored.vault.close()


def test_a_backup_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    vault, _code = backup_ready_vault(tmp_path / "vault")
    backups.back_up(vault, target=tmp_path / "b.db")
    vault.close()
    with open_backup(tmp_path / "b.db") as connection:
        connection.execute("UPDATE backup_manifest SET value = '0099' WHERE key = 'schema_revision'")
    with pytest.raises(BackupRefused, match="newer version") as refused:
        backups.verify(tmp_path / "b.db", passphrase=PASSPHRASE)
    assert refused.value.problem is BackupProblem.NEWER_VERSION


def test_the_vault_key_is_not_the_backup_key(tmp_path: Path) -> None:
    """The backup has its own key: the vault's raw key does not open it."""
    vault, _code = backup_ready_vault(tmp_path / "vault")
    backups.back_up(vault, target=tmp_path / "b.db")
    with pytest.raises(BackupRefused) as refused:
        backup.inspect(tmp_path / "b.db", vault.key())
    vault.close()
    assert refused.value.problem is BackupProblem.WRONG_PASSPHRASE
    assert store.read_key_file(tmp_path / "vault").vault_id == vault.vault_id
