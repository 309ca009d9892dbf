"""The left side of the Inbox: the conversations of the view chosen, and how many there are.

The rows come from the service already ordered, those flagged by the
danger-phrase aid first (P-AFTERFOLLOW); the table only shows them, with the
subject stretched and long states elided. Which view to list, and what
selecting a conversation opens, is the page's decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.views.common.empty_state import EmptyState
from desktop.views.common.forms import Retranslatable, named
from desktop.views.inbox.inbox_model import InboxModel

if TYPE_CHECKING:
    from desktop.services.inbox import ThreadRow


class ThreadList(Retranslatable, QWidget):
    """A table over :attr:`model`, one conversation a row, with the count under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InboxModel(self)
        self.table = named(QTableView(), "threadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (InboxModel.COUNT, InboxModel.LAST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InboxModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        # The subject says what a conversation is about: it takes what the sender and the state
        # leave. Both are a few characters wide; a long state elides, its tooltip and the reader
        # say all.
        em = self.table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(InboxModel.FROM, 9 * em)
        header.resizeSection(InboxModel.STATE, 8 * em)
        header.setMinimumSectionSize(4 * em)
        self.count_label = named(QLabel(), "threadCountLabel")
        self.empty_state = EmptyState(self.table, "inboxEmptyState")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.model.retranslate()
        self.empty_state.setText(
            self.tr(
                "No mail in this view. Import .eml or .mbox files with “Import mail…”, "
                "or drop them on this page."
            )
        )
        self._show_count()

    def set_threads(self, rows: list[ThreadRow]) -> None:
        self.model.set_threads(rows)
        self._show_count()

    def selected_thread(self) -> ThreadRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.thread_at(rows[0].row()) if rows else None

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n conversation(s)", "", self.model.rowCount()))
