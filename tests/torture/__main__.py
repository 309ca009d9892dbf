"""``python -m tests.torture [--scale S]``: the torture run, its figures printed as a Markdown table.

At scale 1 (``make torture``): 1,000 kill -9 during mixed commits, a full
disk at 100 points, 1,010 damaged or foreign backups and ten minutes of
fuzzing. The four parts run side by side, each in its own process (the kills
mostly wait for their child, so they also run on four vaults at once; the
fuzzing keeps a core busy). The exit status
is 1 when anything was lost, accepted or crashed; every problem is listed
under the table.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

Row = tuple[str, str, str]
Figures = tuple[list[Row], list[str]]


#: Kill runs mostly wait (for the child to start, for the moment of the kill): four vaults side by side.
KILL_SHARDS = 4


def _kills(base: Path, scale: float) -> Figures:
    from tests.torture.kills import kill_shard

    runs = max(1, round(1000 * scale))
    seeds = list(range(1000, 1000 + runs))
    shards = [seeds[index::KILL_SHARDS] for index in range(KILL_SHARDS) if seeds[index::KILL_SHARDS]]
    context = multiprocessing.get_context("spawn")
    folders = [base / f"shard {n}" for n in range(len(shards))]
    workers = [
        context.Process(target=kill_shard, args=(folder, shard))
        for folder, shard in zip(folders, shards, strict=True)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    results = [
        json.loads((folder / "figures.json").read_text())
        if (folder / "figures.json").exists()
        else [{}, 0, 0, [f"{folder.name}: the process ended early ({worker.exitcode})"]]
        for folder, worker in zip(folders, workers, strict=True)
    ]
    acknowledged: dict[str, int] = {}
    for counts, _lost, _clean, _problems in results:
        for kind, count in counts.items():
            acknowledged[kind] = acknowledged.get(kind, 0) + count
    lost = sum(result[1] for result in results)
    clean = sum(result[2] for result in results)
    problems = [problem for result in results for problem in result[3]]
    kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(acknowledged.items()))
    part = "kill -9 during commits"
    return [
        (part, f"kills (SIGKILL at a random moment), {len(shards)} vaults side by side", f"{runs:,}"),
        (part, "acknowledged commits", f"{sum(acknowledged.values()):,} ({kinds})"),
        (part, "acknowledged commits lost", f"{lost:,}"),
        (part, "vault opened and passed its check after the kill", f"{clean:,} of {runs:,}"),
    ], problems


def _disk(base: Path, scale: float) -> Figures:
    from tests.torture.disk_sweep import sweep

    points = max(1, round(100 * scale))
    part = "full disk"
    try:
        tally = sweep(base, points=points)
    except pytest.skip.Exception as skipped:
        return [(part, "skipped", str(skipped.msg))], []
    return [
        (
            part,
            f"points (0 to {(points - 1) * 4:,} KiB left free on a 4 MiB tmpfs)",
            f"{tally.points:,}",
        ),
        (part, "acknowledged writes before the disk was full", f"{tally.acknowledged:,}"),
        (part, "writes refused with 'disk full' (StorageFull)", f"{tally.refused_cleanly:,} of {points:,}"),
        (part, "acknowledged writes lost", f"{tally.lost:,}"),
        (
            part,
            "vault opened read-only while full, every write there",
            f"{tally.opened_while_full:,} of {points:,}",
        ),
        (
            part,
            "vault opened and passed its check once space was back",
            f"{tally.opened_after:,} of {points:,}",
        ),
    ], tally.problems


def _damage(base: Path, scale: float) -> Figures:
    from tests.torture.damage import refuse_all

    tally = refuse_all(base, copies=max(5, round(1000 * scale)), other_vaults=max(1, round(10 * scale)))
    part = "damaged backups"
    rows = [
        (
            part,
            f"{kind}: refused by verify and restore, nothing restored",
            f"{tally.refused[kind]:,} of {tried:,}",
        )
        for kind, tried in tally.tried.items()
    ]
    total, refused = sum(tally.tried.values()), sum(tally.refused.values())
    rows.append(
        (part, "all: refused everywhere, nothing restored, the vault unchanged", f"{refused:,} of {total:,}")
    )
    return rows, tally.problems


def _fuzz(base: Path, scale: float) -> Figures:
    from tests.torture.fuzz import TARGETS, fuzz_for

    seconds = 600 * scale / len(TARGETS)
    rows: list[Row] = []
    problems: list[str] = []
    for target in TARGETS:
        started = time.monotonic()
        try:
            count = fuzz_for(target, seconds)
            outcome = "no defect"
        except Exception as error:  # Hypothesis has printed the shrunk example
            count, outcome = 0, f"defect: {type(error).__name__}"
            problems.append(f"fuzz {target.name}: {type(error).__name__}: {error}")
        took = time.monotonic() - started
        rows.append(("Hypothesis fuzzing", target.name, f"{count:,} examples in {took:.0f} s, {outcome}"))
    return rows, problems


PARTS: dict[str, Callable[[Path, float], Figures]] = {
    "kills": _kills,
    "disk": _disk,
    "damage": _damage,
    "fuzz": _fuzz,
}


def _run_part(name: str, scale: float) -> tuple[Figures, float]:
    base = Path(tempfile.mkdtemp(prefix=f"sorakumo-torture-{name}-"))
    started = time.monotonic()
    try:
        figures = PARTS[name](base, scale)
    except Exception:  # reported as a problem of the run, with the rest of the table
        figures = [(name, "stopped by an error", "see the problems below")], [traceback.format_exc()]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    return figures, time.monotonic() - started


def _side_by_side(names: list[str], scale: float) -> list[tuple[Figures, float]]:
    """Each part in its own ``python -m tests.torture --part NAME --json FILE`` process, all at once."""
    with tempfile.TemporaryDirectory(prefix="sorakumo-torture-") as folder:
        outputs = {name: Path(folder) / f"{name}.json" for name in names}
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.torture",
                    "--scale",
                    str(scale),
                    "--part",
                    name,
                    "--json",
                    str(out),
                ]
            )
            for name, out in outputs.items()
        ]
        for child in children:
            child.wait()
        results = []
        for name, out in outputs.items():
            if out.exists():
                rows, problems, took = json.loads(out.read_text())
                results.append(((list(map(tuple, rows)), problems), took))
            else:
                results.append(
                    (([(name, "stopped", "the part's process ended early")], [f"{name}: no figures"]), 0.0)
                )
        return results


def _print_table(results: list[tuple[Figures, float]], scale: float, started: datetime) -> list[str]:
    print(
        f"Torture run, scale {scale:g}, started {started:%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print()
    print("| part | what | figure |")
    print("|---|---|---|")
    problems: list[str] = []
    for (rows, found), took in results:
        for part, what, figure in rows:
            print(f"| {part} | {what} | {figure} |")
        print(f"| {rows[0][0]} | time taken | {took / 60:.1f} min |")
        problems += found
    print()
    print(f"Problems: {len(problems)}")
    for problem in problems:
        print(f"- {problem}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.torture", description=__doc__)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="1 for the release run, 0.02 for a quick look"
    )
    parser.add_argument("--part", choices=sorted(PARTS), action="append", help="run only these parts")
    parser.add_argument(
        "--json", type=Path, help="with one --part: write its figures here instead of a table"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.json is not None:
        [name] = args.part
        (rows, problems), took = _run_part(name, args.scale)
        args.json.write_text(json.dumps([rows, problems, took]))
        return 0
    started = datetime.now(UTC)
    results = _side_by_side(args.part or list(PARTS), args.scale)
    return 1 if _print_table(results, args.scale, started) else 0


if __name__ == "__main__":
    sys.exit(main())
