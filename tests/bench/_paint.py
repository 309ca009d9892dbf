"""Knowing when a widget has been painted: the same yardstick for the app and its baseline.

A :class:`FirstPaint` filter sits on the one widget being measured — never on
the application, which would charge the app for a Python call on every event
of every widget, events the baseline never has — and waits for the first
``QEvent.Paint`` it receives while ``ready()`` holds. It then lets the current
paint pass finish (a zero-time timer fires only after the repaint manager has
painted every dirty widget and flushed the backing store) and records
``time.perf_counter()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits :attr:`painted` once, after the first paint pass that reached ``widget`` while ``ready()``."""

    painted = Signal()

    def __init__(self, widget: QWidget, ready: Callable[[], bool] = lambda: True) -> None:
        super().__init__()
        self._widget = widget
        self._ready = ready
        self._seen = False
        self.painted_at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint and self._ready():
            self._seen = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self.painted_at = time.perf_counter()
        self.remove()
        self.painted.emit()

    def remove(self) -> None:
        if shiboken6.isValid(self._widget):
            self._widget.removeEventFilter(self)

    def wait(self, timeout_s: float) -> float:
        """Run the event loop until painted; return the time, or raise ``TimeoutError``."""
        if self.painted_at is None:
            loop = QEventLoop()
            self.painted.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
        if self.painted_at is None:
            self.remove()
            raise TimeoutError("the widget was not painted in time")
        return self.painted_at
