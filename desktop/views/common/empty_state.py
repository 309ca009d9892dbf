"""A sentence in the middle of an empty list, saying what to do next.

An empty table looks broken to someone new: the inbox before any import, the
client list of a new vault, a day with no session. Every such list gets one
:class:`EmptyState`: a calm, centred sentence over the list's viewport, shown
exactly while the list has no rows. The list's owner sets the sentence (and may
change it: "no client matches" while a search is typed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

_MARGIN = 24


class EmptyState(QLabel):
    """Shown over ``view`` while its model has no rows; :meth:`setText` says what to do next."""

    def __init__(self, view: QAbstractItemView, name: str) -> None:
        super().__init__(view.viewport())
        self.setObjectName(name)
        self._view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # clicks reach the list
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._update)
        view.viewport().installEventFilter(self)
        self._update()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    @Slot()
    def _update(self) -> None:
        self.setVisible(bool(self.text()) and self._view.model().rowCount() == 0)
        self._place()

    def _place(self) -> None:
        area = self._view.viewport().rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        self.setGeometry(area)
