"""Crash durability (P-SAFEGUARD): a commit that returned survives a kill -9.

A child process commits mail imports, clients (with their search-index row),
booking steps and audit events, and acknowledges each after the commit
returns; the parent kills it with SIGKILL at a random moment, opens the vault
with the passphrase, runs the whole-vault check and finds every acknowledged
commit (:mod:`tests.torture.kills`). One vault is shared by all runs, so
later runs also re-check the history that earlier crashes left behind.

This is the CI sample; ``make torture`` runs the same code a thousand times
(docs/reliability.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.torture.kills import KillBench

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

RUNS = 30


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KillBench]:
    shared = KillBench(tmp_path_factory.mktemp("crash"))
    yield shared
    shared.close()


@pytest.mark.parametrize("seed", range(RUNS))
def test_p_safeguard_acknowledged_commits_survive_kill_9(bench: KillBench, seed: int) -> None:
    run = bench.kill_once(seed)
    assert run.problems == []
    assert run.lost == []


def test_p_safeguard_the_kills_landed_during_every_kind_of_commit(bench: KillBench) -> None:
    """The sample is only worth something if the children really committed each kind before dying."""
    runs = [bench.kill_once(100 + seed) for seed in range(6)]
    assert all(run.problems == [] and run.lost == [] for run in runs)
    kinds = {ack.kind for run in runs for ack in run.acknowledged}
    assert kinds == {"mail", "client", "booking", "audit"}
