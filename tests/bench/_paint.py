"""Knowing when a window has been painted: the same yardstick for the app and its baseline.

A :class:`FirstPaint` filter sits on the application and waits for the first
``QEvent.Paint`` delivered to a widget the caller picks (a top-level window or
anything inside it). It then lets the current paint pass finish (a zero-time
timer fires only after the repaint manager has painted every dirty widget and
flushed the backing store) and records ``time.perf_counter()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits :attr:`painted` once, after the first paint pass that reached a matching widget."""

    painted = Signal()

    def __init__(self, matches: Callable[[QWidget], bool]) -> None:
        super().__init__()
        self._matches = matches
        self._seen = False
        self.painted_at: float | None = None
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self._matches(watched)
        ):
            self._seen = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        self.painted_at = time.perf_counter()
        self.remove()
        self.painted.emit()

    def remove(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def wait(self, timeout_s: float) -> float:
        """Run the event loop until painted; return the time, or raise ``TimeoutError``."""
        if self.painted_at is None:
            loop = QEventLoop()
            self.painted.connect(loop.quit)
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            loop.exec()
        if self.painted_at is None:
            self.remove()
            raise TimeoutError("the window was not painted in time")
        return self.painted_at


def in_window(window: QWidget) -> Callable[[QWidget], bool]:
    """Match ``window`` itself or any widget inside it."""
    return lambda widget: widget.window() is window


def inside(container: QWidget) -> Callable[[QWidget], bool]:
    """Match ``container`` or any of its descendants."""
    return lambda widget: widget is container or container.isAncestorOf(widget)
