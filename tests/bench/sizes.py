"""The measures that should not grow with the practice, taken on each kept demo vault.

For the empty vault and for the 1,000-, 10,000- and 50,000-client demo
vaults (:mod:`tests.bench.vaults`) in turn: a session in a child process
(:mod:`tests.bench.session_child`: unlock against a bare window, the vault
thread's work after the first paint, switching to Clients and to Disclosures
& consents, peak memory), the search keystroke against plain SQLite
(:mod:`tests.bench.search`) and the backup against a plain copy
(:mod:`tests.bench.backups`). Each gives one row per size, so growth shows at
a glance; two more rows compare the largest vault with the smallest.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from pathlib import Path

from tests.bench.report import Measure

SESSION_ROUNDS = 5
FRAME_MS = 16.0
IDLE_LIMIT_MS = 100.0
DISCLOSURES_LIMIT_MS = 100.0
UNLOCK_TARGET = 2.0
MEMORY_TARGET = 3.0
#: How much slower the largest vault may unlock than the empty one, and how much more memory it may use.
UNLOCK_GROWTH = 1.2
MEMORY_GROWTH = 1.1

RunChild = Callable[[list[str], str], str]


def label(clients: int) -> str:
    return f"{clients:,} clients" if clients else "empty vault"


def session(
    clients: int, vault: Path, key: bytes, run_child: RunChild, bare_peak_kb: list[float]
) -> list[Measure]:
    """The session child's figures as one measure each, for this size."""
    name = label(clients)
    unlock = Measure(f"unlock to main window, {name}", target=UNLOCK_TARGET)
    busy = Measure(f"vault thread busy after first paint, {name}", target=None, limit_ms=IDLE_LIMIT_MS)
    switch = Measure(f"switch to Clients, first screenful, {name}", target=None, limit_ms=FRAME_MS)
    disclosures = Measure(
        f"open Disclosures & consents, first screenful, {name}", target=None, limit_ms=DISCLOSURES_LIMIT_MS
    )
    memory = Measure(f"peak memory after unlock, {name}", target=MEMORY_TARGET, unit="MiB")
    measures = [unlock, busy, switch, disclosures, memory]
    try:
        result = json.loads(
            run_child(
                ["tests.bench.session_child", str(vault), str(SESSION_ROUNDS), "1" if clients else "0"],
                key.hex(),
            )
        )
    except Exception as error:  # a report, not a crash: say what failed
        for measure in measures:
            measure.error = str(error)
        return measures
    unlock.baseline_ms, unlock.app_ms = result["baseline"], result["unlock"]
    busy.app_ms = [result["busy_ms"]]
    for measure, key_ in ((switch, "clients_ms"), (disclosures, "disclosures_ms")):
        if result[key_] is None:
            measure.unavailable = "n/a (no clients to list)"
        else:
            measure.app_ms = [result[key_]]
    memory.baseline_ms = [kb / 1024 for kb in bare_peak_kb]
    memory.app_ms = [result["peak_kb"] / 1024]
    return measures


def growth(name: str, smallest: Measure, largest: Measure, target: float) -> Measure:
    """The largest vault's figure against the smallest's (both from this run)."""
    measure = Measure(name, target=target, unit=smallest.unit)
    if smallest.error or largest.error or not smallest.app_ms or not largest.app_ms:
        measure.error = smallest.error or largest.error or "missing figures"
        return measure
    measure.baseline_ms = [statistics.median(smallest.app_ms)]
    measure.app_ms = [statistics.median(largest.app_ms)]
    return measure
