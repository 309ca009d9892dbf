"""Locking the vault after a period without keyboard or mouse use (P-SAFEGUARD).

A single-shot timer restarts on every key press, mouse press, mouse move and
wheel turn; when it runs out, ``idle`` is emitted and the controller locks the
vault.

The input is seen on the top-level *windows* (``QWindow``), where the platform
delivers it before Qt hands it to a widget — not by an application-wide filter,
which would call into Python for every event of every widget (layout and paint
included: about 40 % more CPU on a busy repaint). A window that appears later
(a dialog, a menu) is watched from the moment it is shown or takes focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

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
        # Unset (0) until start() gives it the practice's default, which then holds until the
        # settings load; the policy module stays off the start-up path this way.
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.idle)
        self._active = False

    def set_interval_ms(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        if self._active:
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def remaining_ms(self) -> int:
        """Milliseconds until the lock (-1 while not watching)."""
        return self._timer.remainingTime()

    def start(self) -> None:
        """Begin watching (after unlock)."""
        if self._timer.interval() <= 0:
            from desktop.policy.practice import DEFAULT_IDLE_LOCK_MINUTES

            self._timer.setInterval(DEFAULT_IDLE_LOCK_MINUTES * 60_000)
        if not self._active:
            app = QGuiApplication.instance()
            assert isinstance(app, QGuiApplication)
            for window in app.topLevelWindows():
                self._watch(window)
            app.focusWindowChanged.connect(self._watch)
            self._active = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        if self._active:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.focusWindowChanged.disconnect(self._watch)
                for window in app.topLevelWindows():
                    window.removeEventFilter(self)
            self._active = False
        self._timer.stop()

    @Slot(QWindow)
    def _watch(self, window: QWindow | None) -> None:
        # Installing twice is harmless: Qt moves the filter to the front instead of adding it again.
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
