"""``make bench``: performance figures as ratios against a baseline measured in the same run.

Before any timing the package is compiled (``compileall``), as an installed
copy is. Then, each against a baseline taken in the same run (for windows, a
bare PySide6 ``QMainWindow`` of the same size; first paints are caught by a
filter on the widget measured, never on the whole application):

* start-up: a fresh process until the unlock dialog has been painted, against
  a fresh process until the bare window has been painted
  (:mod:`tests.bench.startup_child`, alternated, median);
* for an empty vault and kept demo vaults of 1,000, 10,000 and 50,000 clients
  with 20 years of work (:mod:`tests.bench.vaults`), one row per size:
  unlock with the key in hand to the painted workspace (after the window was
  built behind the dialog, as while the counsellor types), how long the vault
  thread stays busy after that first paint, switching to Clients and to
  Disclosures & consents until their first screenful, peak memory against
  the bare window's, the search keystroke against plain SQLite, and the
  backup and its verify against a plain copy (:mod:`tests.bench.sizes`);
* the week switch on the 10,000-client vault (:mod:`tests.bench.week_child`),
  the mail import and the danger aid.

and, printed in absolute terms (no baseline makes a ratio meaningful):
``bookings_between`` for one week and the booking and disclosure policy checks.

and the Income page's summary of one year on the 10,000-client vault (its books
included) against a plain SQL sum of that year's charges (:mod:`tests.bench.money`;
under one frame).

Absolute figures are printed beside each ratio: they depend on the machine,
the ratio much less. Exits 0 whatever the ratios (this is a report), 1 if a
measurement crashed. Everything runs in a temporary folder (vault copies,
HOME, QSettings) that is removed at the end; the demo vaults stay kept.
"""

from __future__ import annotations

import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from tests.bench import backups, sizes, vaults
from tests.bench import followup as followup_bench
from tests.bench import mail_import as mail_bench
from tests.bench import money as money_bench
from tests.bench.report import Measure, print_details, print_table

STARTUP_ROUNDS = 7
STARTUP_TARGET = 1.3
WEEK_SWITCH_ROUNDS = 15
SEARCH_TARGET_RATIO = 1.3
WEEK_VAULT = 10_000
CHILD_TIMEOUT_S = 300.0
ROOT = Path(__file__).resolve().parents[2]


class MeasurementFailed(Exception):
    """A child crashed, hung or printed no result."""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONDONTWRITEBYTECODE="1",  # the bytecode compiled before the run is read, never rewritten
    )
    env.pop("PYTHONPATH", None)
    return env


def _child_runner(env: dict[str, str]) -> sizes.RunChild:
    def run(args: list[str], stdin: str = "") -> str:
        """Run ``python -m ARGS`` from the project folder; return what follows ``RESULT``."""
        try:
            done = subprocess.run(
                [sys.executable, "-m", *args],
                cwd=ROOT,
                env=env,
                input=stdin + "\n",
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:  # subprocess.run has killed and reaped the child
            raise MeasurementFailed(f"{args[0]} did not finish within {CHILD_TIMEOUT_S:.0f} s") from None
        results = [line[len("RESULT ") :] for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if done.returncode != 0 or len(results) != 1:
            tail = [line for line in done.stderr.splitlines() if line.strip()][-12:]
            detail = "\n    ".join(tail) or "(no output on stderr)"
            raise MeasurementFailed(f"{args[0]} exited with {done.returncode}:\n    {detail}")
        return results[0]

    return run


def measure_startup(vault: Path, run: sizes.RunChild) -> tuple[Measure, list[float]]:
    """Start-up against the bare window; also the bare window's peak memory in KiB per round."""
    measure = Measure("start-up to the painted unlock dialog (cold process)", target=STARTUP_TARGET)
    bare_kb: list[float] = []
    try:
        # One discarded round of each first, so both find the same warm file cache.
        for round_ in range(STARTUP_ROUNDS + 1):
            baseline_ms, baseline_kb = run(["tests.bench.startup_child", "baseline"], "").split()
            app_ms, _app_kb = run(["tests.bench.startup_child", "app", str(vault)], "").split()
            if round_:
                measure.baseline_ms.append(float(baseline_ms))
                measure.app_ms.append(float(app_ms))
                bare_kb.append(float(baseline_kb))
    except MeasurementFailed as error:
        measure.error = str(error)
    return measure, bare_kb


def measure_search(vault_folder: Path, key: bytes, scratch: Path, size: str) -> Measure:
    from desktop.vault import store
    from tests.bench import search

    measure = Measure(
        f"search keystroke vs plain SQLite, {size}",
        target=SEARCH_TARGET_RATIO,
        limit_ms=sizes.FRAME_MS,
        p95=True,
    )
    opened = store.open_with_key(vault_folder, key)
    if opened is None:
        measure.error = "the key does not open the demo vault"
        return measure
    try:
        timing = search.measure(opened, scratch)
    except Exception as error:  # a report, not a crash: say what failed
        measure.error = f"{type(error).__name__}: {error}"
        return measure
    finally:
        opened.close()
    measure.baseline_ms, measure.app_ms = timing.plain_ms, timing.vault_ms
    measure.notes = [
        *timing.notes,
        f"the whole search job (count and first page, sessions and rows): median "
        f"{statistics.median(timing.service_ms):.2f} ms, slowest {max(timing.service_ms):.1f} ms",
    ]
    return measure


def measure_week_switch(vault: Path, key: bytes, run: sizes.RunChild) -> Measure:
    from desktop.demo import practice

    measure = Measure(
        f"week switch, {vaults.YEARS} years of bookings (vs bare repaint)",
        target=None,
        limit_ms=sizes.FRAME_MS,
    )
    first_day = practice.DEFAULT_UNTIL - timedelta(days=400)  # busy weeks of the demo's past
    try:
        args = ["tests.bench.week_child", str(vault), str(WEEK_SWITCH_ROUNDS), first_day.isoformat()]
        result = json.loads(run(args, key.hex()))
    except MeasurementFailed as error:
        measure.error = str(error)
        return measure
    if "unavailable" in result:
        measure.unavailable = str(result["unavailable"])
        return measure
    measure.baseline_ms = [float(value) for value in result["baseline"]]
    measure.app_ms = [float(value) for value in result["app"]]
    measure.notes = [str(note) for note in result.get("notes", [])]
    return measure


def measure_absolutes(vault: Path, key: bytes) -> list[str]:
    """The week's query and the policy checks, printed as absolute figures."""
    from desktop.demo import practice
    from desktop.vault import store
    from tests.bench import bookings as booking_bench
    from tests.bench import disclosures as disclosure_bench

    lines: list[str] = []
    opened = store.open_with_key(vault, key)
    if opened is None:
        return ["bookings_between: CRASHED: the key does not open the demo vault"]
    try:
        until = practice.DEFAULT_UNTIL
        weeks = booking_bench.week_queries(opened, until.replace(year=until.year - vaults.YEARS), until)
        ms = sorted(weeks.ms)
        lines.append(
            f"bookings_between, one week ({len(ms)} weeks over {vaults.YEARS} years, median of "
            f"{booking_bench.REPEATS} calls each): median {statistics.median(ms):.2f} ms "
            f"(min {ms[0]:.2f}, max {ms[-1]:.2f}); bookings per week median "
            f"{statistics.median(weeks.counts):.0f}, max {max(weeks.counts)}"
        )
    except Exception as error:  # a report, not a crash: say what failed
        lines.append(f"bookings_between: CRASHED: {type(error).__name__}: {error}")
    finally:
        opened.close()
    per_call = sorted(booking_bench.policy_check())
    lines.append(
        f"policy check_transition (negotiating -> confirmed by email, every rule passing): median "
        f"{statistics.median(per_call):.2f} µs per call (min {per_call[0]:.2f}, max {per_call[-1]:.2f})"
    )
    lines.append(
        "policy check_disclosure (consent covering all): median "
        f"{disclosure_bench.policy_check_us():.2f} µs per call"
    )
    return lines


def _empty_vault(folder: Path) -> bytes:
    from tests.helpers.vaults import make_vault  # the fast, in-bounds KDF: set-up is not measured

    vault, _code = make_vault(folder)
    try:
        return vault.key()
    finally:
        vault.close()


def _versions() -> str:
    import PySide6
    from PySide6 import QtCore

    qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    machine = f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs"
    return f"Python {platform.python_version()}, {qt}, {machine}"


def measure_sizes(
    empty: Path, empty_key: bytes, scratch: Path, run: sizes.RunChild, bare_kb: list[float]
) -> list[Measure]:
    """Every size-dependent measure, one row per size, then the growth rows."""
    by_size: dict[int, list[Measure]] = {}
    built: list[str] = []
    for clients in (0, *vaults.SIZES):
        name = sizes.label(clients)
        if clients:
            print(f"{name}: the kept demo vault (built if missing) …", flush=True)
            folder, key, built_s = vaults.working_copy(clients, scratch)
            if built_s:
                built.append(f"{name} built in {built_s:.0f} s")
        else:
            folder, key = empty, empty_key
        print(f"{name}: session, search and backup …", flush=True)
        measures = sizes.session(clients, folder, key, run, bare_kb)
        if clients:
            measures.append(measure_search(folder, key, scratch, name))
        else:
            measures.append(Measure(f"search keystroke, {name}", unavailable="n/a (no clients to find)"))
        measures.extend(backups.measure(folder, key, scratch, name))
        by_size[clients] = measures
        if clients:
            shutil.rmtree(folder, ignore_errors=True)
    rows = [measure for index in range(len(by_size[0])) for measure in (m[index] for m in by_size.values())]
    smallest, largest = by_size[0], by_size[max(vaults.SIZES)]
    one_k = by_size[min(vaults.SIZES)]
    biggest, fewest = sizes.label(max(vaults.SIZES)), sizes.label(min(vaults.SIZES))
    rows += [
        sizes.growth(f"unlock, {biggest} / empty vault", smallest[0], largest[0], sizes.UNLOCK_GROWTH),
        sizes.growth(f"peak memory, {biggest} / {fewest}", one_k[4], largest[4], sizes.MEMORY_GROWTH),
    ]
    if built:
        rows[0].notes.append("demo vaults " + "; ".join(built))
    return rows


def main() -> int:
    started = time.perf_counter()
    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    scratch = Path(tempfile.mkdtemp(prefix="sorakumo-bench-"))
    try:
        home = scratch / "home"
        (home / ".config").mkdir(parents=True)
        env = _environment(home)
        run = _child_runner(env)
        empty = scratch / "vault"
        empty_key = _empty_vault(empty)
        print(f"start-up: {STARTUP_ROUNDS} + 1 rounds of two fresh processes …", flush=True)
        startup, bare_kb = measure_startup(empty, run)
        measures = [startup, *measure_sizes(empty, empty_key, scratch, run, bare_kb)]
        print("week switch and absolute figures on the 10,000-client vault …", flush=True)
        week_vault, week_key, _built = vaults.working_copy(min(WEEK_VAULT, max(vaults.SIZES)), scratch)
        measures.append(measure_week_switch(week_vault, week_key, run))
        absolutes = measure_absolutes(week_vault, week_key)
        print("income: each year's summary vs a plain SQL sum …", flush=True)
        measures.append(
            money_bench.measure(week_vault, week_key, Measure, years=vaults.YEARS, frame_ms=sizes.FRAME_MS)
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"mail import: {mail_bench.ROUNDS} rounds of a {mail_bench.MESSAGES:,}-message mbox …", flush=True)
    measures.append(mail_bench.measure(Measure))
    measures.append(followup_bench.measure(Measure))
    print_table(f"Sorakumo Desk bench — {_versions()}, QPA {env['QT_QPA_PLATFORM']}", measures)
    print_details(measures)
    print()
    for line in absolutes:
        print(line)
    print(
        "clocks: start-up from the child's first line to the end of the first paint pass of the\n"
        "unlock dialog / bare window; unlock from the key in hand (Argon2id excluded) to the end of\n"
        "the workspace's first paint pass; switches from the sidebar click to the first paint pass\n"
        "of the list holding rows; search: a keystroke's count and first page on a raw connection,\n"
        "median of 3 each, p95 over keystrokes; memory: peak resident set after unlocking and opening\n"
        "both sections, against the bare window process's; backup: export with fsync against copy\n"
        "with fsync, verify as run after it."
    )
    print(f"(bench took {time.perf_counter() - started:.0f} s)")
    return 1 if any(measure.error for measure in measures) else 0


if __name__ == "__main__":
    sys.exit(main())
