"""The disclosure section's queries and the P-DISCLOSE rule, timed without Qt (for ``python -m tests.bench``).

On the demo vault (10,000 clients, their demo consents, disclosures and
requests), in absolute terms (no baseline makes a ratio meaningful here):

* the Disclosures & consents section's load (``views.disclosure_jobs.section``:
  the purge check, then the log, consents, requests and testimonials);
* the same for one client (what the client filter asks);
* ``policy.disclosure.check_disclosure`` on a consent that covers everything,
  in microseconds per call, timed in batches.
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from desktop.policy import disclosure as rules
from desktop.vault import store

REPEATS = 7
POLICY_BATCH = 2000
POLICY_BATCHES = 50


def _median_ms(work: object, repeats: int = REPEATS) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def policy_check_us() -> float:
    consent = rules.ConsentFacts(
        1,
        7,
        rules.ConsentKind.DISCLOSURE,
        date(2026, 1, 1),
        frozenset(rules.Relation),
        "",
        frozenset(rules.DataItem),
    )
    facts = rules.DisclosureFacts(
        7,
        date(2026, 6, 1),
        "山田 良子",
        rules.Relation.FAMILY,
        frozenset({rules.DataItem.NAME, rules.DataItem.CONSULTATION}),
        rules.Basis.CONSENT,
        consent,
    )
    per_call = []
    for _ in range(POLICY_BATCHES):
        started = time.perf_counter()
        for _ in range(POLICY_BATCH):
            rules.check_disclosure(facts)
        per_call.append((time.perf_counter() - started) * 1e6 / POLICY_BATCH)
    return statistics.median(per_call)


def lines(vault: Path, key: bytes) -> list[str]:
    """The figures as printed lines; a failure is reported, not raised."""
    from desktop.views.disclosures import disclosure_jobs

    opened = store.open_with_key(vault, key)
    if opened is None:
        return ["disclosure section: CRASHED: the key does not open the demo vault"]
    try:
        everything = disclosure_jobs.section(opened, disclosure_jobs.LogRequest())
        one_client = next((e.client_id for e in everything.log if e.client_id is not None), None)
        whole = _median_ms(lambda: disclosure_jobs.section(opened, disclosure_jobs.LogRequest()))
        single = _median_ms(lambda: disclosure_jobs.section(opened, disclosure_jobs.LogRequest(one_client)))
        result = [
            f"disclosure section load ({len(everything.log)} records, {len(everything.consents)} consents, "
            f"{len(everything.requests)} requests): median {whole:.1f} ms; one client: median {single:.1f} ms"
        ]
    except Exception as error:  # a report, not a crash: say what failed
        result = [f"disclosure section: CRASHED: {type(error).__name__}: {error}"]
    finally:
        opened.close()
    result.append(
        f"policy check_disclosure (consent covering all): median {policy_check_us():.2f} µs per call"
    )
    return result
