"""The whole-file check: every page of a SQLCipher file authenticated against its key.

SQLCipher checks a page's HMAC whenever it reads that page, so a damaged page
is always refused when it is used. ``PRAGMA cipher_integrity_check`` goes
further and reads *every* page — which costs a second or more on a large
vault. Unlocking therefore leaves it to the background (after the window is
shown, on its own connection and thread, never the vault thread), while
``check``, verify and restore still run it before they answer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.vault.engine import raw_connect

_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)")


def damaged_pages(connection: Any) -> list[int]:
    """The numbers of the pages whose HMAC fails (empty when every page holds), on a DBAPI connection."""
    rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    return [int(match.group(1)) for row in rows if (match := _HMAC_FAILED.search(str(row[0])))]


def problems(connection: Any) -> list[str]:
    """Every line ``cipher_integrity_check`` reports (page failures and size mismatches alike)."""
    return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()]


def check_file(db_path: Path, db_key: bytes) -> list[str]:
    """Check every page of the vault file on a connection of its own; the problems found, or none.

    A read connection in WAL mode never blocks the vault's writers, so this
    runs beside the counsellor's work.
    """
    connection = raw_connect(db_path, db_key)
    try:
        return problems(connection)
    finally:
        connection.close()
