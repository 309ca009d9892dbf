"""Crash durability (P-SAFEGUARD): a commit that returned survives a kill -9.

A child process (``tests.helpers.crash_writer``) commits one audit event per
transaction and acknowledges each on stdout after the commit returns. The
parent kills it with SIGKILL at a random moment, then opens the vault with
the passphrase: the whole-vault check must pass and every acknowledged event
must be there (at most one unacknowledged event more: committed, not yet
printed). One vault is shared by all runs, so later runs also re-check the
history that earlier crashes left behind.

The 300-run variant is marked ``slow`` and only runs when selected with
``-m slow`` or ``SORAKUMO_SLOW=1``.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.services.integrity import check_vault
from desktop.vault import store
from tests.helpers.crash_writer import ACTION
from tests.helpers.vaults import PASSPHRASE, make_vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
RUNS = 30
SLOW_RUNS = 300
SPAN = 1_000_000  # each run numbers its events from seed * SPAN
READY_TIMEOUT = 60.0


@dataclass(frozen=True)
class SharedVault:
    folder: Path
    key_hex: str


class Writers:
    """Child writers, one always spawned ahead so its imports overlap the previous run."""

    def __init__(self) -> None:
        self._spare: subprocess.Popen[bytes] | None = None

    @staticmethod
    def _spawn() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crash_writer"],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def take(self) -> subprocess.Popen[bytes]:
        child = self._spare or self._spawn()
        self._spare = self._spawn()
        return child

    def close(self) -> None:
        if self._spare is not None:
            reap(self._spare)
            self._spare = None


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


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> SharedVault:
    folder = tmp_path_factory.mktemp("crash") / "vault"
    vault, _code = make_vault(folder)
    key_hex = vault.key().hex()
    vault.close()
    return SharedVault(folder, key_hex)


@pytest.fixture(scope="module")
def writers() -> Iterator[Writers]:
    pool = Writers()
    yield pool
    pool.close()


def _wait_ready(child: subprocess.Popen[bytes]) -> bytes:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        if not selector.select(READY_TIMEOUT):
            return b""
    return child.stdout.readline()


def crash_once(shared: SharedVault, writers: Writers, seed: int) -> int:
    """One run: write, kill -9 at a random moment, check. The number of acknowledged commits."""
    rng = random.Random(seed)
    early = rng.random() < 0.2  # kill while the child is still opening the vault
    delay = rng.uniform(0.0, 0.1) if early else rng.uniform(0.05, 0.6)
    start = seed * SPAN
    child = writers.take()
    try:
        assert child.stdin is not None
        request = {"folder": str(shared.folder), "key": shared.key_hex, "start": start}
        child.stdin.write(json.dumps(request).encode("ascii") + b"\n")
        child.stdin.close()
        ready = b"" if early else _wait_ready(child)
        time.sleep(delay)
    finally:
        out, err = reap(child)
    assert child.returncode == -signal.SIGKILL, err.decode(errors="replace")
    assert err == b""
    lines = (ready + out).split(b"\n")[:-1]  # the last piece is unterminated or empty
    assert lines[:1] == [b"ready"] or (early and lines == [])
    acknowledged = [int(line) for line in lines[1:]]
    assert acknowledged == list(range(start, start + len(acknowledged)))

    vault = store.open_with_passphrase(shared.folder, PASSPHRASE)
    try:
        report = check_vault(vault)
        assert report.ok, report.problems
        with vault.unit_of_work() as session:
            details = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == ACTION))
            numbers = sorted(n for n in (json.loads(d)["n"] for d in details) if start <= n < start + SPAN)
    finally:
        vault.close()
    assert numbers[: len(acknowledged)] == acknowledged
    assert numbers in (acknowledged, [*acknowledged, start + len(acknowledged)])
    return len(acknowledged)


@pytest.mark.parametrize("seed", range(RUNS))
def test_p_safeguard_acknowledged_commits_survive_kill_9(
    shared: SharedVault, writers: Writers, seed: int
) -> None:
    crash_once(shared, writers, seed)


def _slow_selected(config: pytest.Config) -> bool:
    expression = str(config.getoption("markexpr", "") or "")
    return os.environ.get("SORAKUMO_SLOW") == "1" or ("slow" in expression and "not slow" not in expression)


@pytest.mark.slow
def test_p_safeguard_acknowledged_commits_survive_300_kills(
    shared: SharedVault, writers: Writers, request: pytest.FixtureRequest
) -> None:
    if not _slow_selected(request.config):
        pytest.skip("slow: select with -m slow or SORAKUMO_SLOW=1")
    acknowledged = [crash_once(shared, writers, 1000 + seed) for seed in range(SLOW_RUNS)]
    assert sum(acknowledged) > SLOW_RUNS  # the runs really committed, not just died early
