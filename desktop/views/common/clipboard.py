"""Copying client data to the clipboard, and taking it back.

A copy carries KDE's password-manager hint so clipboard managers that honour
it keep no history of it (as KeePassXC does), and whatever this app copied is
cleared from the clipboard when the vault locks or the app quits.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

SECRET_HINT = "x-kde-passwordManagerHint"


def copy_sensitive(text: str) -> None:
    """Put ``text`` on the clipboard, marked so clipboard managers skip it."""
    data = QMimeData()
    data.setText(text)
    data.setData(SECRET_HINT, b"secret")
    QGuiApplication.clipboard().setMimeData(data)


def clear_sensitive() -> None:
    """Empty the clipboard if it still holds something this app copied."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(SECRET_HINT):
        clipboard.clear()
