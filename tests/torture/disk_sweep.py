"""A full disk at many points of a write (P-SAFEGUARD): every acknowledged write survives, the vault opens.

For each point a copy of the same vault goes onto a small tmpfs
(:func:`tests.helpers.full_disk.small_disk`, root only), the disk is filled
to all but ``point`` pages, and the mixed commits of the kill runs
(:class:`tests.torture.writer.Committer`: mail, client with search index,
booking step, audit) go on until the disk refuses one. Then, still full, the
vault must open (read-only) with every acknowledged commit in it; once the
space is back it must open again and pass the whole-vault check, with every
commit still there. Used by ``tests/security/test_full_disk.py`` (a few
points) and by the torture run (a hundred or more).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import StorageFull
from desktop.services.integrity import check_vault
from desktop.vault import store
from tests.helpers.full_disk import SmallDisk, small_disk
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import PASSPHRASE, make_vault
from tests.torture.kills import Ack, present
from tests.torture.writer import Committer

PAGE = 4096
#: A write that never meets a full disk within this many commits is a problem of the sweep, not a pass.
MAX_COMMITS = 3000


@dataclass
class SweepTally:
    points: int = 0
    acknowledged: int = 0
    refused_cleanly: int = 0
    opened_while_full: int = 0
    opened_after: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)


def _write_until_full(folder: Path, key: bytes, scratch: Path, tally: SweepTally, point: int) -> list[Ack]:
    vault = store.open_with_key(folder, key)
    assert vault is not None
    committer = Committer(vault, scratch)
    acknowledged: list[Ack] = []
    try:
        for number in range(MAX_COMMITS):
            try:
                kind, row, step = committer.commit(number)
            except StorageFull:
                tally.refused_cleanly += 1
                break
            except Exception as error:  # counted: anything but StorageFull is a problem
                tally.problems.append(f"point {point}: a write failed with {type(error).__name__}")
                break
            acknowledged.append(Ack(number, kind, row, step))
        else:
            tally.problems.append(f"point {point}: the disk never filled")
    finally:
        with contextlib.suppress(StorageFull):
            vault.close()
    return acknowledged


def _reopen(folder: Path, acknowledged: list[Ack], *, check: bool) -> tuple[bool, list[str]]:
    """Open with the passphrase; whether it opened, and every problem (lost commits, failed check)."""
    try:
        vault = store.open_with_passphrase(folder, PASSPHRASE)
    except Exception as error:  # counted, whatever it is
        return False, [f"did not open: {type(error).__name__}"]
    try:
        problems = [f"lost {ack.kind} {ack.number}" for ack in acknowledged if not present(vault, ack)]
        if check and not (report := check_vault(vault)).ok:
            problems.append(f"check failed: {report.problems}")
        return True, problems
    finally:
        with contextlib.suppress(StorageFull):
            vault.close()


def _point(disk: SmallDisk, template: Path, key: bytes, scratch: Path, point: int, tally: SweepTally) -> None:
    folder = disk.root / "vault"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    disk.fill(leave=point * PAGE)
    try:
        acknowledged = _write_until_full(folder, key, scratch, tally, point)
        tally.acknowledged += len(acknowledged)
        opened, problems = _reopen(folder, acknowledged, check=False)
        tally.opened_while_full += opened
        tally.problems += [f"point {point}, disk full: {problem}" for problem in problems]
    finally:
        disk.free()
    opened, problems = _reopen(folder, acknowledged, check=True)
    tally.opened_after += opened
    tally.lost += sum(problem.startswith("lost") for problem in problems)
    tally.problems += [f"point {point}, space back: {problem}" for problem in problems]
    tally.points += 1


def sweep(base: Path, *, points: int, first: int = 0) -> SweepTally:
    """Fill the disk at ``points`` points (``first``, ``first`` + 1, ... pages left free); root only."""
    template = base / "template"
    vault, _code = make_vault(template)
    add_sample_client(vault)
    key = vault.key()
    vault.close()
    scratch = Path(tempfile.mkdtemp(prefix="mail-", dir=base))
    tally = SweepTally()
    with small_disk(base / "disk") as disk:
        for point in range(first, first + points):
            _point(disk, template, key, scratch, point, tally)
    return tally
