"""Kill -9 during mixed commits (P-SAFEGUARD): every acknowledged commit is there after the kill.

A child (:mod:`tests.torture.writer`) commits mail imports, clients with their
search-index row, booking steps and audit events, and acknowledges each on
its stdout after the commit returned. The parent kills it with SIGKILL at a
random moment, opens the vault with the passphrase, runs the whole-vault
check and looks up every acknowledged commit. One vault is shared by all runs
of a :class:`KillBench`, so later runs also re-check what earlier crashes
left behind (the whole-vault check covers every row).

Used by ``tests/security/test_crash_durability.py`` (a few dozen kills) and by
the torture run (a thousand).
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import AuditEvent, Booking, Message
from desktop.services import client_search
from desktop.services.integrity import check_vault
from desktop.vault import store
from desktop.vault.store import OpenVault
from tests.helpers.vaults import PASSPHRASE, make_vault
from tests.torture.writer import ACTION, BOOKING_STEPS, client_email

ROOT = Path(__file__).resolve().parents[2]
SPAN = 1_000_000  # each run numbers its commits from seed * SPAN (a multiple of the four kinds)
READY_TIMEOUT = 60.0


@dataclass(frozen=True)
class Ack:
    number: int
    kind: str
    row: int
    step: int


@dataclass
class KillRun:
    """What one kill showed: commits acknowledged, those not found after it, anything else wrong."""

    acknowledged: list[Ack] = field(default_factory=list)
    lost: list[Ack] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def reap(child: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """Kill ``child`` (if still alive), wait for it and return what it printed."""
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    assert child.stdout is not None and child.stderr is not None
    out, err = child.stdout.read(), child.stderr.read()
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return out, err


def _wait_ready(child: subprocess.Popen[bytes]) -> bytes:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(READY_TIMEOUT):
            return b""
    return child.stdout.readline()


class KillBench:
    """A vault and its writers, one child always spawned ahead so its imports overlap the previous run."""

    def __init__(self, base: Path) -> None:
        self.folder = base / "vault"
        self.scratch = Path(tempfile.mkdtemp(prefix="mail-", dir=base))
        vault, _code = make_vault(self.folder)
        self.key_hex = vault.key().hex()
        vault.close()
        self._spare: subprocess.Popen[bytes] | None = None

    @staticmethod
    def _spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.torture.writer"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def _take(self) -> subprocess.Popen[bytes]:
        child = self._spare or self._spawn()
        self._spare = self._spawn()
        return child

    def close(self) -> None:
        if self._spare is not None:
            reap(self._spare)
            self._spare = None

    def kill_once(self, seed: int) -> KillRun:
        """One run: write, kill -9 at a random moment, reopen and look for every acknowledged commit."""
        rng = random.Random(seed)
        early = rng.random() < 0.2  # kill while the child is still opening the vault
        delay = rng.uniform(0.0, 0.1) if early else rng.uniform(0.05, 0.8)
        start = seed * SPAN
        child = self._take()
        try:
            assert child.stdin is not None
            request = {
                "folder": str(self.folder),
                "key": self.key_hex,
                "start": start,
                "scratch": str(self.scratch),
            }
            child.stdin.write(json.dumps(request).encode("ascii") + b"\n")
            child.stdin.close()
            ready = b"" if early else _wait_ready(child)
            time.sleep(delay)  # the random moment of the kill: the point of the test, not a wait
        finally:
            out, err = reap(child)
        run = KillRun()
        if child.returncode != -signal.SIGKILL or err:
            run.problems.append(
                f"the writer ended by itself ({child.returncode}): {err.decode(errors='replace')}"
            )
        lines = (ready + out).split(b"\n")[:-1]  # the last piece is unterminated or empty
        if lines[:1] != [b"ready"] and not (early and lines == []):
            run.problems.append(f"the writer did not start: {lines[:1]!r}")
        for line in lines[1:]:
            number, kind, row, step = line.decode("ascii").split()
            run.acknowledged.append(Ack(int(number), kind, int(row), int(step)))
        if [ack.number for ack in run.acknowledged] != list(range(start, start + len(run.acknowledged))):
            run.problems.append("the acknowledgements are not in order")
        try:
            vault = store.open_with_passphrase(self.folder, PASSPHRASE)
        except Exception as error:  # the point is to count it, whatever it is
            run.problems.append(f"the vault did not open: {type(error).__name__}")
            return run
        try:
            report = check_vault(vault)
            if not report.ok:
                run.problems.append(f"the vault check failed: {report.problems}")
            run.lost = [ack for ack in run.acknowledged if not present(vault, ack)]
        finally:
            vault.close()
        return run


def kill_shard(base: Path, seeds: list[int]) -> None:
    """One vault killed ``len(seeds)`` times; writes ``base/figures.json``: acknowledged commits by kind,
    lost, clean runs, problems."""
    base.mkdir(parents=True, exist_ok=True)
    bench = KillBench(base)
    acknowledged: dict[str, int] = {}
    lost = clean = 0
    problems: list[str] = []
    try:
        for seed in seeds:
            try:
                run = bench.kill_once(seed)
            except Exception:  # counted with the rest, not lost in a worker process
                problems.append(f"kill {seed}: {traceback.format_exc()}")
                continue
            for ack in run.acknowledged:
                acknowledged[ack.kind] = acknowledged.get(ack.kind, 0) + 1
            lost += len(run.lost)
            clean += not run.problems
            problems += [f"kill {seed}: {problem}" for problem in run.problems]
            problems += [f"kill {seed}: lost {ack.kind} {ack.number}" for ack in run.lost]
    finally:
        bench.close()
    (base / "figures.json").write_text(json.dumps([acknowledged, lost, clean, problems]))


def present(vault: OpenVault, ack: Ack) -> bool:
    """Whether the acknowledged commit ``ack`` is in ``vault``, read back as the app would read it."""
    if ack.kind == "client":
        return ack.row in client_search.search_ids(vault, query=client_email(ack.number))
    with vault.reading() as session:
        if ack.kind == "mail":
            stored = session.scalar(select(Message.message_id).where(Message.id == ack.row))
            return stored is not None and f"torture-{ack.number}@example.jp" in stored
        if ack.kind == "booking":
            row = session.get(Booking, ack.row)
            if row is None:
                return False
            reached = {"inquiry": 0, "negotiating": 2}.get(row.status, -1)
            if reached == 0 and row.own_will_confirmed_at is not None:
                reached = BOOKING_STEPS.index("own_will")
            return reached >= ack.step
        found = session.scalar(
            select(AuditEvent.id).where(
                AuditEvent.action == ACTION, func.json_extract(AuditEvent.detail, "$.n") == ack.number
            )
        )
        return found is not None
