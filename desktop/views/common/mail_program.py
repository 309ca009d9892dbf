"""Handing a message to the counsellor's own mail program (the app itself never sends mail).

Everything that opens a ``mailto:`` URL goes through :func:`hand_over`, so
there is one place that reaches outside the app, and tests replace
:data:`opener` with a recorder to check the URL.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

#: How a URL reaches the mail program; tests put a recorder here.
opener: Callable[[QUrl], bool] = QDesktopServices.openUrl


def hand_over(mailto: str) -> bool:
    """Open ``mailto`` (already percent-encoded) in the mail program; ``False`` if none answered."""
    return opener(QUrl(mailto, QUrl.ParsingMode.StrictMode))


def mailto(to_address: str, subject: str, text: str) -> str:
    """The ``mailto:`` URL of a reply as edited (pure; runs on the calling thread)."""
    from desktop.services.inbox import replies

    return replies.mailto_url(to_address, subject, text)
