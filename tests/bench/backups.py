"""Backup against a plain file copy of ``vault.db``, and verify, timed in the same run (``make bench``).

The backup is the export "Back up now" writes (:func:`desktop.vault.backup.export_backup`):
``sqlcipher_export`` into a new SQLCipher 4 file, fsynced and renamed. The baseline is ``shutil.copyfile`` of
``vault.db`` plus an fsync, the least any copy to a USB drive costs. The two
are alternated so that the page cache treats them alike. The verification the
app runs after every backup before reporting it done (every page's HMAC, the
page count, the manifest's counts) is timed as a measure of its own.
The key derivation is excluded (it happens once, at unlock). The backup's CPU
time is printed beside its wall time: the floor is the cipher's own work
(AES-256-CBC and HMAC-SHA512 over every page, twice: read and write).
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

from desktop.vault import backup, backup_keys
from desktop.vault.engine import checkpoint
from desktop.vault.files import DB_FILE
from desktop.vault.store import open_with_key
from tests.bench.report import Measure

ROUNDS = 3
TARGET_RATIO = 5.0
VERIFY_TARGET = 2.0


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def measure(vault_folder: Path, key: bytes, scratch: Path, size: str) -> tuple[Measure, Measure]:
    """The backup and its post-write verify, each against the plain copy."""
    result = Measure(f"backup vs plain copy of vault.db, {size}", target=TARGET_RATIO)
    verify = Measure(f"verify after backup vs plain copy, {size}", target=VERIFY_TARGET)
    vault = open_with_key(vault_folder, key)
    if vault is None:
        result.error = verify.error = "the key does not open the demo vault"
        return result, verify
    backup_key = backup_keys.new_backup_key("bench passphrase")
    cpu_ms: list[float] = []
    out = scratch / "backups"
    out.mkdir(exist_ok=True)
    try:
        checkpoint(vault.engine)
        for round_ in range(ROUNDS + 1):  # the first round warms the page cache and is dropped
            started = time.perf_counter()
            _copy(vault_folder / DB_FILE, out / "copy.db")
            copy_ms = (time.perf_counter() - started) * 1000
            target = out / f"backup-{round_}.db"
            started, cpu_started = time.perf_counter(), time.process_time()
            manifest = backup.export_backup(vault, target, backup_key)
            backup_ms = (time.perf_counter() - started) * 1000
            backup_cpu_ms = (time.process_time() - cpu_started) * 1000
            started = time.perf_counter()
            backup.inspect(target, backup_key.key, expected_vault_id=vault.vault_id, structure=False)
            check_ms = (time.perf_counter() - started) * 1000
            if round_:
                result.baseline_ms.append(copy_ms)
                verify.baseline_ms.append(copy_ms)
                result.app_ms.append(backup_ms)
                cpu_ms.append(backup_cpu_ms)
                verify.app_ms.append(check_ms)
            target.unlink()
        size_mb = (vault_folder / DB_FILE).stat().st_size / 1e6
        result.notes.append(
            f"vault.db {size_mb:.0f} MB, {manifest.rows:,} rows; CPU time of the backup median "
            f"{statistics.median(cpu_ms):.0f} ms, wall time {statistics.median(result.app_ms):.0f} ms"
        )
    except Exception as error:  # a report, not a crash: say what failed
        result.error = verify.error = f"{type(error).__name__}: {error}"
    finally:
        vault.close()
    return result, verify
