"""P-SAFEGUARD: ``keys.json``, backups and ``vault.db`` changed in any way are refused with a sentence.

The targets are shared with the torture run (:mod:`tests.torture.fuzz`),
which runs them for minutes; CI keeps a sample of each.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from tests.torture import fuzz

FILE_TARGETS = fuzz.TARGETS[2:]


@pytest.mark.parametrize("target", FILE_TARGETS, ids=[target.name for target in FILE_TARGETS])
def test_p_safeguard_changed_files_are_read_or_refused_never_crash(target: fuzz.Target) -> None:
    run = settings(max_examples=40, **fuzz.SETTINGS)(given(target.strategy())(target.check))
    run()


def test_p_safeguard_fuzz_for_counts_what_it_ran() -> None:
    assert fuzz.fuzz_for(fuzz.TARGETS[2], 0.5, batch=20) >= 20
