"""Copying client data to the clipboard, and taking it back.

A copy carries KDE's password-manager hint so clipboard managers that honour
it keep no history of it (as KeePassXC does). Whatever this app copied is
cleared from the clipboard a minute later (KeePassXC clears passwords after
ten seconds; a confirmation pasted into a mail program needs a little
longer), when the vault locks and when the app quits — but only while the
clipboard still holds exactly what the app put there: something the
counsellor copied since, here or elsewhere, is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

SECRET_HINT = "x-kde-passwordManagerHint"
#: How long copied client text stays on the clipboard.
CLEAR_AFTER_MS = 60_000


class SensitiveClipboard(QObject):
    """Remembers the last sensitive copy and clears it when its time is up."""

    #: The time of a copy ran out; ``True`` when the clipboard still held it and was cleared.
    expired = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._time_is_up)

    def copy(self, text: str, clear_after_ms: int) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(SECRET_HINT, b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = text
        self._timer.start(clear_after_ms)

    def clear(self) -> bool:
        """Empty the clipboard if it still holds this app's last copy; ``True`` when it did."""
        self._timer.stop()
        copied, self._copied = self._copied, None
        clipboard = QGuiApplication.clipboard()
        data = clipboard.mimeData()
        if copied is None or data is None or not data.hasFormat(SECRET_HINT) or data.text() != copied:
            return False
        clipboard.clear()
        return True

    @Slot()
    def _time_is_up(self) -> None:
        self.expired.emit(self.clear())


_instance: SensitiveClipboard | None = None


def sensitive_clipboard() -> SensitiveClipboard:
    """The one :class:`SensitiveClipboard` of the running application."""
    global _instance
    if _instance is None or not isValid(_instance):
        _instance = SensitiveClipboard(QGuiApplication.instance())
    return _instance


def copy_sensitive(text: str, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    """Put ``text`` on the clipboard, marked so clipboard managers skip it, for ``clear_after_ms``."""
    sensitive_clipboard().copy(text, clear_after_ms)


def clear_sensitive() -> None:
    """Empty the clipboard if it still holds what this app copied (on lock and quit)."""
    sensitive_clipboard().clear()
