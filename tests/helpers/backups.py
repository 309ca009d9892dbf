"""Backups for tests: a vault ready to back up, a backup's tables read with its key, a fast KDF cache.

SQLCipher 4's own derivation (PBKDF2, 256,000 iterations) is part of the
backup format, so tests cannot make it cheaper. :func:`cache_derivations`
only remembers results: the damage tests open the same backup hundreds of
times and derive its key once.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from desktop.services import backups
from desktop.vault import backup
from desktop.vault.files import DB_FILE
from desktop.vault.store import OpenVault
from tests.helpers.vaults import PASSPHRASE, make_vault


def backup_ready_vault(folder: Path, passphrase: str = PASSPHRASE) -> tuple[OpenVault, str]:
    """A new vault that holds its backup key, as after an unlock with the passphrase."""
    vault, code = make_vault(folder, passphrase)
    backups.remember_passphrase_key(vault, passphrase)
    return vault, code


def cache_derivations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "derive_key", functools.cache(backup.derive_key))


def open_backup(path: Path, passphrase: str = PASSPHRASE) -> Any:
    """A read-write connection to a backup file, keyed through the same derivation as any reader."""
    key = backup.derive_key(passphrase, path.read_bytes()[:16])
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def vault_connection(vault: OpenVault) -> Any:
    connection = sqlcipher.connect(str(vault.folder / DB_FILE), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{vault.key().hex()}'\"")
    return connection


def table_rows(connection: Any, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored table's rows, in the order of their columns, by table name."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master "
            "WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%'"
        )
        if row[0] not in skip
    ]
    return {name: _rows(connection, name) for name in names}


def _rows(connection: Any, table: str) -> list[tuple[Any, ...]]:
    columns = len(connection.execute(f'PRAGMA table_info("{table}")').fetchall())
    order = ", ".join(str(index) for index in range(1, columns + 1))
    return connection.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
