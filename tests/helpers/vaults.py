"""Building real encrypted vaults for tests, with fast (but in-bounds) Argon2id."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.vault import store
from desktop.vault.keyslots import KdfParams
from desktop.vault.recovery import new_recovery_code
from desktop.vault.window_lock import LOCK_FILE

#: The floor of the allowed range: in bounds, about 0.1 s per derivation.
FAST_KDF = KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1, salt=bytes(16))
PASSPHRASE = "correct horse 'battery' \"staple\" 心理そらくも"


def make_vault(
    folder: Path, passphrase: str = PASSPHRASE, recovery_code: str | None = None
) -> tuple[store.OpenVault, str]:
    """Create a vault in ``folder`` and return it open, with its recovery code."""
    code = recovery_code or new_recovery_code()
    vault = store.create_vault(folder, passphrase=passphrase, recovery_code=code, kdf=FAST_KDF)
    return vault, code


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of a folder and its bytes, to prove that nothing changed.

    The window's lock file is left out: it only says a window holds the folder, and is empty.
    """
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != LOCK_FILE
    }


def all_bytes(folder: Path) -> bytes:
    return b"".join(snapshot(folder).values()) if os.path.isdir(folder) else b""
