"""Locking the vault after a period without keyboard or mouse use (P-SAFEGUARD).

An application-wide event filter restarts a single-shot timer on every key
press, mouse press, mouse move and wheel turn; when it runs out, ``idle`` is
emitted and the controller locks the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.policy.practice import DEFAULT_IDLE_LOCK_MINUTES

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class InactivityWatcher(QObject):
    """Emits :attr:`idle` once the app has been left alone for the interval."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Never zero: a zero interval would lock the moment the vault opened.
        self._timer.setInterval(DEFAULT_IDLE_LOCK_MINUTES * 60_000)
        self._timer.timeout.connect(self.idle)
        self._active = False

    def set_interval_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        if self._active:
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Begin watching (after unlock)."""
        if not self._active:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self._active = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        if self._active:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
