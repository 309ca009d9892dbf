"""The Income page's year summary against a plain SQL sum, on the demo vault (``make bench``).

The app figure is :func:`desktop.services.money.income.year_income` for one
year — what the Income page asks on the worker thread before it shows a year:
a read transaction and the grouped sums per month (charges by kind and tax
class, payments by method, what is still open). The baseline is the least any
summary costs: one ``SELECT SUM(amount_yen)`` of that year's charges on the
same encrypted connection. Each year of the twenty is asked in turn, alternated
with the baseline, after a warm-up; the ratio is printed, and the absolute
median must stay under one frame (16 ms).
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from desktop.services.money import income
from desktop.vault.store import open_with_key

ROUNDS = 3
PLAIN_SUM = text(
    "SELECT COALESCE(SUM(amount_yen), 0) FROM money_charges WHERE incurred_on BETWEEN :first AND :last"
)


def measure(vault_folder: Path, key: bytes, measure_class: Any, *, years: int, frame_ms: float) -> Any:
    """Fill a ``Measure`` (passed in by ``tests.bench.__main__``) for the year summary."""
    result = measure_class(
        f"income: a year's summary, {years}-year demo vault (vs plain SQL sum)",
        target=None,
        limit_ms=frame_ms,
    )
    vault = open_with_key(vault_folder, key)
    if vault is None:
        result.error = "the key does not open the demo vault"
        return result
    try:
        last = vault.time.today().year
        wanted = list(range(last - years + 1, last + 1))
        income.year_income(vault, year=last)  # warm-up: the first read loads the pages
        charges = 0
        for _round in range(ROUNDS):
            for year in wanted:
                started = time.perf_counter()
                with vault.reading() as session:
                    session.execute(
                        PLAIN_SUM, {"first": date(year, 1, 1), "last": date(year, 12, 31)}
                    ).scalar()
                result.baseline_ms.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                summary = income.year_income(vault, year=year)
                result.app_ms.append((time.perf_counter() - started) * 1000)
                total = summary.total()
                charges = max(charges, total.sessions_yen + total.cancellation_fees_yen)
        result.notes.append(
            f"{len(wanted)} years × {ROUNDS} rounds; slowest year {max(result.app_ms):.1f} ms; the busiest "
            f"year charged ¥{charges:,}; app median {statistics.median(result.app_ms):.2f} ms"
        )
    except Exception as error:  # a report, not a crash: say what failed
        result.error = f"{type(error).__name__}: {error}"
    finally:
        vault.close()
    return result
