"""Damaged backups (P-SAFEGUARD): every one is refused by verify and by restore, and nothing is restored.

:func:`damaged_copies` makes the damage — one flipped bit, a cut, data
appended, two pages swapped, a page zeroed — at random places of a good
backup; :func:`refuse_all` puts each copy, and backups of other vaults
written with the same passphrase, through verify (knowing this vault's id),
restore into a new folder and restore over this vault, and counts what was
refused and what was left behind. Used by ``tests/security/test_backup_damage.py``
(a sample) and by the torture run (over a thousand).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.errors import BackupProblem, BackupRefused
from desktop.services import backups
from desktop.vault import backup
from tests.helpers.backups import backup_ready_vault, cache_derivations
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import PASSPHRASE, snapshot

CODE = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
KINDS = ("flip", "truncate", "append", "swap", "zero")


def refusal(action: Callable[[], object]) -> tuple[BackupProblem, int | None, str] | None:
    """What ``action`` was refused with (problem, page, sentence), or ``None`` when it went through."""
    try:
        action()
    except BackupRefused as refused:
        return refused.problem, refused.page, str(refused)
    return None


def damaged_copies(data: bytes, rng: random.Random, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` damaged copies of the backup ``data``, the kinds of :data:`KINDS` in turn."""
    size = backup.PAGE_SIZE
    pages = len(data) // size
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        damaged = bytearray(data)
        if kind == "flip":
            damaged[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif kind == "truncate":
            del damaged[rng.randrange(len(data)) :]
        elif kind == "append":
            damaged += rng.randbytes(rng.choice((1, 16, size, rng.randrange(1, 3 * size))))
        elif kind == "swap":
            first, second = rng.sample(range(pages), 2)
            damaged[first * size : (first + 1) * size] = data[second * size : (second + 1) * size]
            damaged[second * size : (second + 1) * size] = data[first * size : (first + 1) * size]
        else:
            page = rng.randrange(pages)
            damaged[page * size : (page + 1) * size] = bytes(size)
        yield kind, bytes(damaged)


@dataclass
class DamageTally:
    """Per kind of damage: copies tried, refused by all three, and every problem found."""

    tried: dict[str, int] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def count(self, kind: str, problems: list[str]) -> None:
        self.tried[kind] = self.tried.get(kind, 0) + 1
        self.refused[kind] = self.refused.get(kind, 0) + (not problems)
        self.problems += [f"{kind} #{self.tried[kind]}: {problem}" for problem in problems]


def _attempts(
    bad: Path, home: Path, vault_id: str, fresh: Path
) -> Iterator[tuple[str, Callable[[], object]]]:
    yield "verify", lambda: backups.verify(bad, passphrase=PASSPHRASE, expected_vault_id=vault_id)
    yield (
        "restore",
        lambda: backups.restore_from(bad, passphrase=PASSPHRASE, folder=fresh, recovery_code=CODE),
    )
    yield (
        "restore over the vault",
        lambda: backups.restore_from(
            bad, passphrase=PASSPHRASE, folder=home, recovery_code=CODE, replace=True
        ),
    )


def _check(bad: Path, home: Path, vault_id: str, *, other_vault: bool = False) -> list[str]:
    """Every problem with how ``bad`` was handled: accepted somewhere, or something left behind."""
    fresh = bad.parent / "restored"
    before = snapshot(home)
    problems = []
    for name, action in _attempts(bad, home, vault_id, fresh):
        if other_vault and name == "restore":
            continue  # a new folder has no vault to compare with: the backup is a good one
        if refusal(action) is None:
            problems.append(f"{name} accepted it")
        if fresh.exists():
            problems.append(f"{name} left a restored folder behind")
    if snapshot(home) != before or list(home.parent.glob(f"{home.name}.replaced-*")):
        problems.append("the vault's own folder changed")
    return problems


def refuse_all(base: Path, *, copies: int, other_vaults: int, seed: int = 20261207) -> DamageTally:
    """Damage a good backup ``copies`` times and write ``other_vaults`` foreign ones; check every one."""
    tally = DamageTally()
    with pytest.MonkeyPatch.context() as patch:
        cache_derivations(patch)
        home = base / "vault"
        vault, _code = backup_ready_vault(home)
        for index in range(8):
            add_sample_client(vault, name=f"損傷 試験{index}", first_note="メモ" * 200)
        good = base / "good.sorakumo-backup.db"
        backups.back_up(vault, target=good)
        vault_id = vault.vault_id
        vault.close()
        bad = base / "bad.db"
        for kind, data in damaged_copies(good.read_bytes(), random.Random(seed), copies):
            bad.write_bytes(data)
            tally.count(kind, _check(bad, home, vault_id))
        for index in range(other_vaults):
            other, _other_code = backup_ready_vault(base / f"other {index}")
            bad.unlink()
            backups.back_up(other, target=bad)
            other.close()
            tally.count("another vault's", _check(bad, home, vault_id, other_vault=True))
    return tally
