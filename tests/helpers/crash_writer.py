"""A child process for the crash-durability tests: commit audit events until killed.

Run as ``python -m tests.helpers.crash_writer``. It imports everything first,
then waits for one JSON line on stdin: ``{"folder": ..., "key": <hex>, "start": n}``
(the key comes through stdin, never argv, so it is not visible in the process
list). It opens the vault with the key, prints ``ready``, and then commits
one audit event per transaction with detail ``{"n": i}`` for i = start,
start + 1, ..., printing ``i`` only after the commit has returned.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.vault import audit, store

#: A registered kind (the trail refuses others) that nothing else writes in the fresh vault.
ACTION = "client.viewed"


def main() -> int:
    request = json.loads(sys.stdin.readline())
    vault = store.open_with_key(Path(request["folder"]), bytes.fromhex(request["key"]))
    if vault is None:
        print("wrong key", file=sys.stderr, flush=True)
        return 2
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    number = int(request["start"])
    while True:
        with vault.unit_of_work() as session:
            audit.append(session, ACTION, detail={"n": number})
        sys.stdout.write(f"{number}\n")
        sys.stdout.flush()
        number += 1


if __name__ == "__main__":
    sys.exit(main())
