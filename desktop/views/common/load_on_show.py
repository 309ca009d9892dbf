"""Loading a page's data when the counsellor looks at it, not when the vault opens.

At unlock every section is given the vault, but only one is on screen. A page
that loaded at once would keep the single vault thread busy for seconds on a
large vault (the disclosures register alone took 2–4 s at 10,000 clients)
while the counsellor's first clicks wait behind it. :class:`LoadOnShow` runs a
page's load at once if the page is visible, else the next time it is shown;
pages whose data other sections change meanwhile load again on every show.

It watches only its own page (an event filter on that widget), never the
whole application.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class LoadOnShow(QObject):
    """Calls ``load`` when asked and the page is visible, or as soon as it is shown."""

    def __init__(self, page: QWidget, load: Callable[[], None], *, every_show: bool = False) -> None:
        super().__init__(page)
        self._page = page
        self._load = load
        self._every_show = every_show
        self._pending = False
        self._armed = False
        page.installEventFilter(self)

    def request(self) -> None:
        """The page has a vault now: load if it is on screen, else when it is shown."""
        self._armed = True
        if self._page.isVisible():
            self._pending = False
            self._load()
        else:
            self._pending = True

    def cancel(self) -> None:
        """The vault is gone (lock): nothing loads on the next show."""
        self._armed = self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._armed and (self._pending or self._every_show):
            self._pending = False
            self._load()
        return False
