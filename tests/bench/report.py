"""One measure of ``make bench`` and the table they are printed in.

A measure holds the app's timings and, where a baseline makes sense, the
baseline's from the same run; its ratio is the app's median over the
baseline's. Some measures have only an absolute ceiling (a frame, 100 ms).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

TARGET_RATIO = 1.5


@dataclass
class Measure:
    name: str
    baseline_ms: list[float] = field(default_factory=list)
    app_ms: list[float] = field(default_factory=list)
    error: str = ""
    notes: list[str] = field(default_factory=list)
    #: The ratio's ceiling; ``None`` when only the absolute ceiling counts.
    target: float | None = TARGET_RATIO
    #: An absolute ceiling for the app's figure as well (a frame: 16 ms).
    limit_ms: float | None = None
    #: Why the measure could not be taken at all (printed as "n/a").
    unavailable: str = ""
    #: Compare the 95th percentile with the limit instead of the median (a keystroke).
    p95: bool = False
    #: The unit of the figures when they are not milliseconds (memory: "MiB").
    unit: str = "ms"

    @property
    def figure(self) -> float:
        """The app's figure: its median, or its 95th percentile for a ``p95`` measure."""
        if self.p95 and len(self.app_ms) >= 2:
            return statistics.quantiles(self.app_ms, n=20, method="inclusive")[18]
        return statistics.median(self.app_ms)

    @property
    def ratio(self) -> float | None:
        if not self.baseline_ms:
            return None
        return statistics.median(self.app_ms) / statistics.median(self.baseline_ms)

    @property
    def passed(self) -> bool:
        within = self.limit_ms is None or self.figure < self.limit_ms
        ratio = self.ratio
        return (self.target is None or (ratio is not None and ratio <= self.target)) and within


def _target_text(measure: Measure) -> str:
    parts = [f"≤ {measure.target}×"] if measure.target is not None else []
    if measure.limit_ms is not None:
        parts.append(f"{'p95 ' if measure.p95 else ''}< {measure.limit_ms:.0f} {measure.unit}")
    return ", ".join(parts)


def _row(measure: Measure) -> tuple[str, ...]:
    if measure.unavailable or measure.error:
        verdict = "n/a" if measure.unavailable else "CRASHED"
        return (measure.name, "-", "-", "-", _target_text(measure), verdict)
    ratio = measure.ratio
    baseline = f"{statistics.median(measure.baseline_ms):.1f}" if measure.baseline_ms else "-"
    return (
        measure.name,
        baseline,
        f"{measure.figure:.1f}" + (" p95" if measure.p95 else ""),
        f"{ratio:.2f}×" if ratio is not None else "-",
        _target_text(measure),
        "PASS" if measure.passed else "OVER",
    )


def print_table(title: str, measures: list[Measure]) -> None:
    headers = ("measure", "baseline", "app", "ratio", "target", "result")
    rows = [_row(measure) for measure in measures]
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(cells: tuple[str, ...]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True))
        return "  ".join((first, *rest))

    print()
    print(title)
    print(line(headers))
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(line(row))


def print_details(measures: list[Measure]) -> None:
    """Each measure's spread and notes, below the table."""
    print()
    for measure in measures:
        if measure.unavailable:
            print(f"{measure.name}: {measure.unavailable}")
            continue
        if measure.error:
            print(f"{measure.name}: CRASHED: {measure.error}")
            continue
        app = sorted(measure.app_ms)
        spread = (
            f"app {measure.unit} median {statistics.median(app):.2f} (min {app[0]:.2f}, max {app[-1]:.1f})"
        )
        if measure.baseline_ms:
            base = sorted(measure.baseline_ms)
            spread += (
                f"; baseline median {statistics.median(base):.2f} (min {base[0]:.2f}, max {base[-1]:.1f})"
            )
        print(f"{measure.name}: {spread}")
        for note in measure.notes:
            print(f"  note: {note}")
