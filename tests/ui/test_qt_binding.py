"""The Qt binding itself: a signal emitted from Python must not eat a reference to ``True``.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a
reference to it, so every emit from Python lowers ``True``'s reference count by
one. A running app holds about 5,000 references; once they are used up (typing
in a passphrase field emits on every key) CPython aborts with "bool_dealloc:
deallocating True or False", and the test run aborts on exit the same way.
PySide6 6.11.x is not affected.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal

#: References this test gives back if the binding took them, so that the check
#: itself does not bring the abort closer.
_returned: list[bool] = []


class _Emitter(QObject):
    ping = Signal()


def test_signal_emit_does_not_drop_a_reference_to_true() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.ping.emit()
    lost = before - sys.getrefcount(True)
    _returned.extend([True] * max(lost, 0))

    assert lost <= 0, (
        f"PySide6 {pyside_version}: each emit() drops a reference to True ({lost} in 100 emits); "
        "the app will abort after a few thousand signals. Use a PySide6 without this bug (6.11.x)."
    )
