"""A child process for the core-dump tests: unlock a vault, then crash.

Run as ``python -m tests.helpers.unlocked_crash [--bare]``. Like the app's
entry point it hardens the process first (``--bare`` skips that: the control
that shows what a crash would leave without it). It reads the vault folder
and the passphrase from two lines of stdin (never argv), opens the vault,
reads from it, prints ``unlocked`` and whether the process is dumpable
(``prctl(PR_GET_DUMPABLE)``), and aborts with SIGABRT — the crash of an
unlocked process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    if "--bare" not in sys.argv:
        from desktop.process_guard import harden_process

        harden_process()
    from desktop.vault import store

    folder = Path(sys.stdin.readline().rstrip("\n"))
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = store.open_with_passphrase(folder, passphrase)
    with vault.unit_of_work() as session:
        session.connection().exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    from desktop.process_guard import is_dumpable

    print("unlocked", "dumpable" if is_dumpable() else "not-dumpable", flush=True)
    os.abort()


if __name__ == "__main__":
    sys.exit(main())
