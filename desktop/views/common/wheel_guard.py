"""The mouse wheel changes a value only in the field that has the focus.

Scrolling a long page (Settings, a form) with the wheel used to change
whichever spin box, list or date happened to pass under the pointer — a
session's minutes went from 60 to 57 without the counsellor noticing. Each
spin box, combo box and date edit of a window gets one small event filter:
a wheel turn over a field without the focus is handed on to the page around
it (which scrolls) instead of changing the value, and the wheel no longer
gives a field the focus by itself.

The filter is installed on those widgets only, never on the application, so
no other event pays for it. :func:`guard_windows_on_focus` walks every window
when the focus moves to a window (a dialog opening, the main window coming
back); :func:`guard_wheel` does one widget tree at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

#: The widget types whose value the wheel could change silently (date edits are spin boxes).
GUARDED_TYPES = (QAbstractSpinBox, QComboBox)
_GUARDED_PROPERTY = "wheelGuarded"


class _WheelGuard(QObject):
    """Passes a wheel turn over an unfocused field on to its parent, unchanged."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not accepted: Qt offers it to the parent, which scrolls
            return True  # and the field itself never sees it
        return False


_guard: _WheelGuard | None = None


def _the_guard() -> _WheelGuard:
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QApplication.instance())
    return _guard


def guard_wheel(root: QWidget) -> None:
    """Guard every spin box, combo box and date edit in ``root`` (and ``root`` itself)."""
    guard = _the_guard()
    fields = [root] if isinstance(root, GUARDED_TYPES) else []
    fields += [w for w in root.findChildren(QWidget) if isinstance(w, GUARDED_TYPES)]
    for field in fields:
        if field.property(_GUARDED_PROPERTY):
            continue
        field.setProperty(_GUARDED_PROPERTY, True)
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)


def _guard_all_windows() -> None:
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            guard_wheel(window)


def guard_windows_on_focus(app: QGuiApplication) -> None:
    """Guard the fields of every shown window each time a window takes the focus (once per app)."""
    if app.property(_GUARDED_PROPERTY):
        return
    app.setProperty(_GUARDED_PROPERTY, True)
    app.focusWindowChanged.connect(lambda _window: _guard_all_windows())
