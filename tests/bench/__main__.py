"""``make bench``: performance figures as ratios against a baseline measured in the same run.

Measures, each against a baseline taken in the same run; for the windows,
a bare PySide6 ``QMainWindow`` of the same size:

* start-up: a fresh process (cold: the imports are included) until the unlock
  dialog has been painted, against a fresh process until the bare window has
  been painted (``tests.bench.startup_child``, alternated, median);
* unlock: from holding the database key (Argon2id excluded) until the main
  window's workspace has been painted, against creating, showing and painting
  the bare window, in one process (``tests.bench.unlock_child``, alternated,
  median).

and, on a 10,000-client demo vault with 20 years of notes and bookings built once per run
(``desktop.demo``):

* search keystroke: the SQL ``clients.search_ids`` sends for every prefix
  typed (names, readings, phone digits, email, note words) on the encrypted
  vault, against the same SQL on a plain SQLite copy of the same rows
  (:mod:`tests.bench.search`); the absolute median must also stay under one
  frame (16 ms);
* client list: creating the clients page, giving it the vault and showing it
  until the list has painted its first rows, against the bare window
  (``tests.bench.clients_child``); "n/a" until ``desktop.views.clients.clients_page``
  exists;
* week switch: a click on "next week" in the calendar page until the week
  grid has painted the new week's bookings (query off the GUI thread, layout,
  paint), against asking a shown bare window to repaint
  (``tests.bench.week_child``); the absolute median must stay under one frame
  (16 ms); "n/a" until ``desktop.views.calendar.calendar_page`` exists.

* backup: writing the encrypted backup of that vault against a plain copy of
  ``vault.db``, verify time printed (:mod:`tests.bench.backups`; target ≤ 3×);
* mail import: a 10,000-message mbox imported into a fresh vault against
  parsing it with the bare ``email`` package (:mod:`tests.bench.mail_import`;
  target ≤ 2×), and the danger aid's share of it (:mod:`tests.bench.followup`).

and, printed in absolute terms only (no baseline makes a ratio meaningful):
``bookings_between`` for one week, on weeks spread over the 20
years, and ``policy.bookings.check_transition`` in microseconds
(:mod:`tests.bench.bookings`); the Disclosures & consents section's load and
the P-DISCLOSE check (:mod:`tests.bench.disclosures`).

* income: the Income page's summary of one year on the demo vault (its books
  included) against a plain SQL sum of that year's charges on the same
  connection (:mod:`tests.bench.money`); the absolute median must stay under
  one frame (16 ms), the ratio is printed.

Absolute medians are printed beside each ratio for reference only: they
depend on the machine, the ratio much less. Exits 0 whatever the ratios
(this is a report), 1 if a measurement crashed. Everything runs in a
temporary folder (vault, HOME, QSettings) that is removed at the end.
"""

from __future__ import annotations

import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from tests.bench import followup as followup_bench
from tests.bench import mail_import as mail_bench

STARTUP_ROUNDS = 7
UNLOCK_ROUNDS = 9
CLIENT_LIST_ROUNDS = 7
WEEK_SWITCH_ROUNDS = 15
TARGET_RATIO = 1.5
SEARCH_TARGET_RATIO = 1.3
FRAME_MS = 16.0
DEMO_CLIENTS = 10_000
DEMO_YEARS = 20
DEMO_SEED = 1
CHILD_TIMEOUT_S = 45.0
ROOT = Path(__file__).resolve().parents[2]


class MeasurementFailed(Exception):
    """A child crashed, hung or printed no result."""


@dataclass
class Measure:
    name: str
    baseline_ms: list[float] = field(default_factory=list)
    app_ms: list[float] = field(default_factory=list)
    error: str = ""
    notes: list[str] = field(default_factory=list)
    #: The ratio's ceiling; ``None`` when only the absolute ceiling counts.
    target: float | None = TARGET_RATIO
    #: An absolute ceiling for the app's median as well (the search keystroke: one frame).
    limit_ms: float | None = None
    #: Why the measure could not be taken at all (printed as "n/a").
    unavailable: str = ""

    @property
    def passed(self) -> bool:
        within = self.limit_ms is None or statistics.median(self.app_ms) < self.limit_ms
        return (self.target is None or self.ratio <= self.target) and within

    @property
    def ratio(self) -> float:
        return statistics.median(self.app_ms) / statistics.median(self.baseline_ms)


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("PYTHONPATH", None)
    return env


def _run_child(args: list[str], env: dict[str, str], stdin: str = "") -> str:
    """Run ``python -m ARGS`` from the project folder; return what follows ``RESULT``."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", *args],
            cwd=ROOT,
            env=env,
            input=stdin,
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


def measure_startup(vault: Path, env: dict[str, str]) -> Measure:
    measure = Measure("start-up to unlock dialog (cold process)")
    try:
        # One discarded round of each first, so both find the same warm file cache.
        for round_ in range(STARTUP_ROUNDS + 1):
            baseline = float(_run_child(["tests.bench.startup_child", "baseline"], env))
            app = float(_run_child(["tests.bench.startup_child", "app", str(vault)], env))
            if round_:
                measure.baseline_ms.append(baseline)
                measure.app_ms.append(app)
    except MeasurementFailed as error:
        measure.error = str(error)
    return measure


def measure_unlock(vault: Path, key: bytes, env: dict[str, str]) -> Measure:
    measure = Measure("unlock (key in hand) to main window")
    try:
        result = json.loads(
            _run_child(["tests.bench.unlock_child", str(vault), str(UNLOCK_ROUNDS)], env, key.hex() + "\n")
        )
        measure.baseline_ms = [float(value) for value in result["baseline"]]
        measure.app_ms = [float(value) for value in result["app"]]
        measure.notes = [str(note) for note in result.get("notes", [])]
    except MeasurementFailed as error:
        measure.error = str(error)
    return measure


def measure_search(vault: Path, key: bytes, scratch: Path) -> Measure:
    measure = Measure(
        f"search keystroke, {DEMO_CLIENTS:,} clients (vs plain SQLite)",
        target=SEARCH_TARGET_RATIO,
        limit_ms=FRAME_MS,
    )
    from desktop.vault import store
    from tests.bench import search

    opened = store.open_with_key(vault, key)
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
    measure.baseline_ms = timing.plain_ms
    measure.app_ms = timing.vault_ms
    measure.notes = [
        *timing.notes,
        f"whole clients.search_ids call (session, transaction, rows): median "
        f"{statistics.median(timing.service_ms):.2f} ms, slowest {max(timing.service_ms):.1f} ms",
        f"slowest keystroke on the vault {max(timing.vault_ms):.1f} ms, on plain SQLite "
        f"{max(timing.plain_ms):.1f} ms",
    ]
    return measure


def measure_client_list(vault: Path, key: bytes, env: dict[str, str]) -> Measure:
    measure = Measure(f"client list first paint, {DEMO_CLIENTS:,} clients")
    if importlib.util.find_spec("desktop.views.clients.clients_page") is None:
        measure.unavailable = "n/a (clients page not built yet)"
        return measure
    try:
        result = json.loads(
            _run_child(
                ["tests.bench.clients_child", str(vault), str(CLIENT_LIST_ROUNDS)], env, key.hex() + "\n"
            )
        )
        measure.baseline_ms = [float(value) for value in result["baseline"]]
        measure.app_ms = [float(value) for value in result["app"]]
    except MeasurementFailed as error:
        measure.error = str(error)
    return measure


def measure_week_switch(vault: Path, key: bytes, env: dict[str, str]) -> Measure:
    from desktop.demo import practice

    measure = Measure(
        f"week switch, {DEMO_YEARS} years of bookings (vs bare repaint)", target=None, limit_ms=FRAME_MS
    )
    if importlib.util.find_spec("desktop.views.calendar.calendar_page") is None:
        measure.unavailable = "n/a (week view not built yet)"
        return measure
    first_day = practice.DEFAULT_UNTIL - timedelta(days=400)  # busy weeks of the demo's past
    try:
        result = json.loads(
            _run_child(
                ["tests.bench.week_child", str(vault), str(WEEK_SWITCH_ROUNDS), first_day.isoformat()],
                env,
                key.hex() + "\n",
            )
        )
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
    """The week's query and the policy check, printed as absolute figures."""
    from desktop.demo import practice
    from desktop.vault import store
    from tests.bench import bookings as booking_bench

    lines: list[str] = []
    opened = store.open_with_key(vault, key)
    if opened is None:
        return ["bookings_between: CRASHED: the key does not open the demo vault"]
    try:
        until = practice.DEFAULT_UNTIL
        weeks = booking_bench.week_queries(opened, until.replace(year=until.year - DEMO_YEARS), until)
        ms = sorted(weeks.ms)
        lines.append(
            f"bookings_between, one week ({len(ms)} weeks over {DEMO_YEARS} years, median of "
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
        f"{statistics.median(per_call):.2f} µs per call (min {per_call[0]:.2f}, max {per_call[-1]:.2f}; "
        f"{booking_bench.POLICY_BATCHES} batches of {booking_bench.POLICY_BATCH:,} calls)"
    )
    return lines


def _make_demo_vault(folder: Path) -> tuple[bytes, float]:
    """The 10,000-client demo practice (fast KDF); returns its key and the seconds it took."""
    from desktop.demo import practice
    from desktop.vault import store

    key = _make_vault(folder)
    vault = store.open_with_key(folder, key)  # opened as the app opens it, not the creating connection
    assert vault is not None
    try:
        started = time.perf_counter()
        practice.generate(vault, clients=DEMO_CLIENTS, years=DEMO_YEARS, seed=DEMO_SEED)
        return key, time.perf_counter() - started
    finally:
        vault.close()


def _make_vault(folder: Path) -> bytes:
    from tests.helpers.vaults import make_vault  # the fast, in-bounds KDF: set-up is not measured

    vault, _code = make_vault(folder)
    try:
        return vault.key()
    finally:
        vault.close()


def _versions() -> str:
    try:
        import PySide6
        from PySide6 import QtCore

        qt = f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    except ImportError:
        qt = "PySide6 missing"
    return f"Python {platform.python_version()}, {qt}, {platform.system()} {platform.machine()}"


def _target_text(measure: Measure) -> str:
    parts = [f"≤ {measure.target}×"] if measure.target is not None else []
    if measure.limit_ms is not None:
        parts.append(f"< {measure.limit_ms:.0f} ms")
    return ", ".join(parts)


def _print_table(
    measures: list[Measure], elapsed_s: float, platform_name: str, demo_s: float, absolutes: list[str]
) -> None:
    headers = ("measure", "baseline ms", "app ms", "ratio", "target", "result")
    rows: list[tuple[str, ...]] = []
    for measure in measures:
        if measure.unavailable:
            rows.append((measure.name, "-", "-", "-", _target_text(measure), "n/a"))
            continue
        if measure.error:
            rows.append((measure.name, "-", "-", "-", _target_text(measure), "CRASHED"))
            continue
        ratio = measure.ratio
        rows.append(
            (
                measure.name,
                f"{statistics.median(measure.baseline_ms):.1f}",
                f"{statistics.median(measure.app_ms):.1f}",
                f"{ratio:.2f}×",
                _target_text(measure),
                "PASS" if measure.passed else "OVER",
            )
        )
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest))

    print()
    print(f"Sorakumo Desk bench — {_versions()}, QPA {platform_name}")
    print(line(headers))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(line(row))
    print()
    for measure in measures:
        if measure.unavailable:
            print(f"{measure.name}: {measure.unavailable}")
        elif measure.error:
            print(f"{measure.name}: CRASHED: {measure.error}")
        elif len(measure.app_ms) > 12:  # one value per keystroke: the spread, not every value
            app, base = sorted(measure.app_ms), sorted(measure.baseline_ms)
            print(
                f"{measure.name}: app ms median {statistics.median(app):.2f} (min {app[0]:.2f}, "
                f"max {app[-1]:.1f}); baseline ms median {statistics.median(base):.2f} "
                f"(min {base[0]:.2f}, max {base[-1]:.1f})"
            )
        else:
            spread = ", ".join(f"{value:.0f}" for value in sorted(measure.app_ms))
            base_text = ", ".join(f"{value:.0f}" for value in sorted(measure.baseline_ms))
            print(f"{measure.name}: app ms [{spread}]; baseline ms [{base_text}]")
        for note in measure.notes:
            print(f"  note: {note}")
    for absolute in absolutes:
        print(absolute)
    print(
        "clocks: start-up from the child's first line (interpreter start, the same for both, excluded)\n"
        "to the end of the first paint pass of the unlock dialog / bare window; unlock from the key in\n"
        "hand (Argon2id excluded) to the end of the workspace's first paint pass; search: one query's\n"
        "execution and fetch on a raw connection, median of 3 per keystroke, then the median keystroke;\n"
        "client list: from constructing the page to the end of the first paint pass showing rows;\n"
        "week switch: from the click on next week to the end of the first paint pass of the grid holding\n"
        "that week's bookings, against update() on a shown bare window to the end of its paint pass."
    )
    print(
        f"(medians of {STARTUP_ROUNDS} start-up, {UNLOCK_ROUNDS} unlock and {CLIENT_LIST_ROUNDS} client-list "
        f"rounds, {WEEK_SWITCH_ROUNDS} week switches, after a warm-up; ratio = app median / baseline median; "
        f"demo vault of {DEMO_CLIENTS:,} clients and {DEMO_YEARS} years of bookings built in {demo_s:.1f} s; "
        f"bench took {elapsed_s:.1f} s)"
    )


def main() -> int:
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="sorakumo-bench-"))
    try:
        home = scratch / "home"
        (home / ".config").mkdir(parents=True)
        env = _environment(home)
        vault = scratch / "vault"
        key = _make_vault(vault)
        print(f"start-up: {STARTUP_ROUNDS} + 1 rounds of two fresh processes …", flush=True)
        startup = measure_startup(vault, env)
        print(f"unlock: {UNLOCK_ROUNDS} + 1 rounds in one process …", flush=True)
        unlock = measure_unlock(vault, key, env)
        demo = scratch / "demo-vault"
        print(f"demo vault: {DEMO_CLIENTS:,} clients, {DEMO_YEARS} years of notes and bookings …", flush=True)
        demo_key, demo_s = _make_demo_vault(demo)
        print("search: every keystroke on the vault and on a plain SQLite copy …", flush=True)
        search = measure_search(demo, demo_key, scratch)
        print(f"client list: {CLIENT_LIST_ROUNDS} + 1 rounds in one process …", flush=True)
        client_list = measure_client_list(demo, demo_key, env)
        print(f"week switch: {WEEK_SWITCH_ROUNDS} + 1 rounds in one process …", flush=True)
        week_switch = measure_week_switch(demo, demo_key, env)
        print("bookings_between and the policy check …", flush=True)
        absolutes = measure_absolutes(demo, demo_key)
        from tests.bench import backups as backup_bench  # backups: export vs plain copy, verify time

        print("backup: export vs plain copy of vault.db, and verify …", flush=True)
        backup = backup_bench.measure(demo, demo_key, scratch, Measure)
        absolutes += importlib.import_module("tests.bench.disclosures").lines(demo, demo_key)
        from tests.bench import money as money_bench  # the Income page's year vs a plain SQL sum

        print("income: each year's summary vs a plain SQL sum …", flush=True)
        year_summary = money_bench.measure(demo, demo_key, Measure, years=DEMO_YEARS, frame_ms=FRAME_MS)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"mail import: {mail_bench.ROUNDS} rounds of a {mail_bench.MESSAGES:,}-message mbox …", flush=True)
    measures = [startup, unlock, search, client_list, week_switch, backup, year_summary]
    measures.append(mail_bench.measure(Measure))
    measures.append(followup_bench.measure(Measure))
    _print_table(measures, time.perf_counter() - started, env["QT_QPA_PLATFORM"], demo_s, absolutes)
    return 1 if any(measure.error for measure in measures) else 0


if __name__ == "__main__":
    sys.exit(main())
