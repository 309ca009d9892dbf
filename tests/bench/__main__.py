"""``make bench``: performance figures as ratios against a baseline measured in the same run.

Measures, each against a bare PySide6 ``QMainWindow`` of the same size:

* start-up: a fresh process (cold: the imports are included) until the unlock
  dialog has been painted, against a fresh process until the bare window has
  been painted (``tests.bench.startup_child``, alternated, median);
* unlock: from holding the database key (Argon2id excluded) until the main
  window's workspace has been painted, against creating, showing and painting
  the bare window, in one process (``tests.bench.unlock_child``, alternated,
  median).

Absolute medians are printed beside each ratio for reference only: they
depend on the machine, the ratio much less. Exits 0 whatever the ratios
(this is a report), 1 if a measurement crashed. Everything runs in a
temporary folder (vault, HOME, QSettings) that is removed at the end.
"""

from __future__ import annotations

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
from pathlib import Path

STARTUP_ROUNDS = 7
UNLOCK_ROUNDS = 9
TARGET_RATIO = 1.5
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


def _print_table(measures: list[Measure], elapsed_s: float, platform_name: str) -> None:
    headers = ("measure", "baseline ms", "app ms", "ratio", "target", "result")
    rows: list[tuple[str, ...]] = []
    for measure in measures:
        if measure.error:
            rows.append((measure.name, "-", "-", "-", f"≤ {TARGET_RATIO}×", "CRASHED"))
            continue
        ratio = measure.ratio
        rows.append(
            (
                measure.name,
                f"{statistics.median(measure.baseline_ms):.1f}",
                f"{statistics.median(measure.app_ms):.1f}",
                f"{ratio:.2f}×",
                f"≤ {TARGET_RATIO}×",
                "PASS" if ratio <= TARGET_RATIO else "OVER",
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
        if measure.error:
            print(f"{measure.name}: CRASHED: {measure.error}")
        else:
            spread = ", ".join(f"{value:.0f}" for value in sorted(measure.app_ms))
            base = ", ".join(f"{value:.0f}" for value in sorted(measure.baseline_ms))
            print(f"{measure.name}: app ms [{spread}]; baseline ms [{base}]")
        for note in measure.notes:
            print(f"  note: {note}")
    print(
        "clocks: start-up from the child's first line (interpreter start, the same for both, excluded)\n"
        "to the end of the first paint pass of the unlock dialog / bare window; unlock from the key in\n"
        "hand (Argon2id excluded) to the end of the workspace's first paint pass."
    )
    print(
        f"(medians of {STARTUP_ROUNDS} start-up and {UNLOCK_ROUNDS} unlock rounds after a warm-up; "
        f"ratio = app median / baseline median; bench took {elapsed_s:.1f} s)"
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
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    measures = [startup, unlock]
    _print_table(measures, time.perf_counter() - started, env["QT_QPA_PLATFORM"])
    return 1 if any(measure.error for measure in measures) else 0


if __name__ == "__main__":
    sys.exit(main())
