"""Backup against a plain file copy of ``vault.db``, and verify, timed in the same run (``make bench``).

The backup is the export "Back up now" writes (:func:`desktop.vault.backup.export_backup`):
``sqlcipher_export`` into a new SQLCipher 4 file, fsynced and renamed. The baseline is ``shutil.copyfile`` of
``vault.db`` plus an fsync, the least any copy to a USB drive costs. The two
are alternated so that the page cache treats them alike. Verification (every
page's HMAC, ``integrity_check``, the manifest's counts) is timed on its own
and printed: the app runs it after every backup, before reporting it done.
The key derivation is excluded (it happens once, at unlock).
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from desktop.vault import backup, backup_keys
from desktop.vault.engine import checkpoint
from desktop.vault.files import DB_FILE
from desktop.vault.store import open_with_key

ROUNDS = 3
TARGET_RATIO = 3.0


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def measure(vault_folder: Path, key: bytes, scratch: Path, measure_class: Any) -> Any:
    """Fill a ``Measure`` (passed in by ``tests.bench.__main__``) for the backup."""
    result = measure_class(
        f"backup of the demo vault ({ROUNDS} rounds) vs plain copy of vault.db", target=TARGET_RATIO
    )
    vault = open_with_key(vault_folder, key)
    if vault is None:
        result.error = "the key does not open the demo vault"
        return result
    backup_key = backup_keys.new_backup_key("bench passphrase")
    verify_ms: list[float] = []
    out = scratch / "backups"
    out.mkdir(exist_ok=True)
    try:
        checkpoint(vault.engine)
        for round_ in range(ROUNDS + 1):  # the first round warms the page cache and is dropped
            started = time.perf_counter()
            _copy(vault_folder / DB_FILE, out / "copy.db")
            copy_ms = (time.perf_counter() - started) * 1000
            target = out / f"backup-{round_}.db"
            started = time.perf_counter()
            manifest = backup.export_backup(vault, target, backup_key)
            backup_ms = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            backup.inspect(target, backup_key.key, expected_vault_id=vault.vault_id)
            check_ms = (time.perf_counter() - started) * 1000
            if round_:
                result.baseline_ms.append(copy_ms)
                result.app_ms.append(backup_ms)
                verify_ms.append(check_ms)
            target.unlink()
        size_mb = (vault_folder / DB_FILE).stat().st_size / 1e6
        result.notes.append(
            f"vault.db {size_mb:.0f} MB, {manifest.rows:,} rows; verify (run after every backup) median "
            f"{statistics.median(verify_ms):.0f} ms, so a whole backup takes "
            f"{statistics.median(result.app_ms) + statistics.median(verify_ms):.0f} ms"
        )
    except Exception as error:  # a report, not a crash: say what failed
        result.error = f"{type(error).__name__}: {error}"
    finally:
        vault.close()
    return result
