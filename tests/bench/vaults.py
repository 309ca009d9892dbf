"""The bench's demo vaults (1,000, 10,000 and 50,000 clients, 20 years), built once and kept.

Building the 50,000-client practice takes many minutes, so each vault is
kept under ``.bench-cache/`` (ignored by git) beside the hex of its key, named
by a fingerprint of the demo generator's sources: a change to what it writes
builds afresh, while a newer schema is simply migrated on the copy's first
unlock, as a counsellor's own vault is. Each run works on
a copy, so what one run writes (unlock events, say) never reaches the next.

``python -m tests.bench.vaults`` builds whatever is missing, ahead of a run.
These vaults hold invented people only, under a fast key derivation: they are
bench fixtures, not anybody's records.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
#: ``BENCH_SIZES=1000,10000 make bench`` measures fewer sizes (a quicker look while working).
SIZES = tuple(int(size) for size in os.environ.get("BENCH_SIZES", "1000,10000,50000").split(","))
YEARS = 20
SEED = 1
_SHAPING = ("desktop/demo",)


def fingerprint() -> str:
    """A digest of the sources that decide what a demo vault holds (the demo generator)."""
    digest = hashlib.sha256(f"{YEARS}/{SEED}".encode())
    for folder in _SHAPING:
        for path in sorted((ROOT / folder).rglob("*.py")):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _build(folder: Path, clients: int) -> None:
    from desktop.demo import practice
    from desktop.vault import store
    from tests.helpers.vaults import make_vault

    made, _code = make_vault(folder / "vault")
    key = made.key()
    made.close()
    vault = store.open_with_key(folder / "vault", key)  # opened as the app opens it
    assert vault is not None
    try:
        practice.generate(vault, clients=clients, years=YEARS, seed=SEED)
    finally:
        vault.close()
    (folder / "key.hex").write_text(key.hex(), "ascii")


def cached(clients: int) -> tuple[Path, float]:
    """The kept vault folder for ``clients`` (built now if missing) and the seconds building took."""
    kept = CACHE / f"{fingerprint()}-{clients}"
    if (kept / "key.hex").exists():
        return kept, 0.0
    started = time.perf_counter()
    building = CACHE / f".building-{clients}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    _build(building, clients)
    for stale in CACHE.glob(f"[!.]*-{clients}"):
        shutil.rmtree(stale, ignore_errors=True)  # built by older code: never used again
    building.rename(kept)
    return kept, time.perf_counter() - started


def working_copy(clients: int, scratch: Path) -> tuple[Path, bytes, float]:
    """A copy of the kept vault in ``scratch``, its key, and the seconds spent building it (0 if kept)."""
    kept, built_s = cached(clients)
    target = scratch / f"demo-{clients}"
    shutil.copytree(kept / "vault", target)
    return target, bytes.fromhex((kept / "key.hex").read_text("ascii")), built_s


def main() -> int:
    for clients in SIZES:
        folder, built_s = cached(clients)
        state = f"built in {built_s:.0f} s" if built_s else "already kept"
        print(f"{clients:,} clients: {folder.name} ({state})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
