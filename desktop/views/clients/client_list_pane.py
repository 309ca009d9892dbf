"""The left side of the Clients section: the search field, the status filter and the list of clients.

Only what is shown lives here: the widgets, their texts and the count. The
list's model holds the ids a search returns and fetches its rows lazily; when
to search, and what choosing a row opens, is decided by the page, which also
guards unsaved edits before another client replaces them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.personal_data import STATUS_LABELS
from desktop.views.clients.client_list_model import ClientListModel
from desktop.views.common.empty_state import EmptyState
from desktop.views.common.forms import Retranslatable, heading, named


class ClientListPane(Retranslatable, QWidget):
    """The heading with "Import…" and "New client", the query (:meth:`query`), the list, the count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count: int | None = None
        self._heading = heading("clientsHeading")
        self.new_button = named(QPushButton(), "newClientButton")
        self.import_button = named(QPushButton(), "importClientsDialogButton")
        self.search_edit = named(QLineEdit(), "clientSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = named(QComboBox(), "clientStatusFilter")
        self.status_filter.addItem("", None)
        for status in STATUS_LABELS:
            self.status_filter.addItem("", status.value)

        self.model = ClientListModel(self)
        self.table = named(QTableView(), "clientList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of 10,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        stretch, fixed = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        for column, mode in enumerate((fixed, fixed, fixed, fixed, stretch)):
            columns.setSectionResizeMode(column, mode)
        self.table.setColumnHidden(ClientListModel.READING, True)
        self.count_label = named(QLabel(), "clientCountLabel")
        self.empty_state = EmptyState(self.table, "clientsEmptyState")
        self.search_edit.textChanged.connect(self._say_when_empty)
        self.status_filter.currentIndexChanged.connect(self._say_when_empty)

        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Clients"))
        self.new_button.setText(self.tr("New client"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import a client list from a CSV file"))
        self.search_edit.setPlaceholderText(self.tr("Search name, reading, phone, email or notes"))
        self.search_edit.setToolTip(self.search_edit.placeholderText())
        self.search_edit.setAccessibleName(self.tr("Search clients"))
        self.status_filter.setAccessibleName(self.tr("Show clients with status"))
        self.table.setAccessibleName(self.tr("Clients"))
        self.status_filter.setItemText(0, self.tr("All"))
        for index, label in enumerate(STATUS_LABELS.values(), start=1):
            self.status_filter.setItemText(index, QCoreApplication.translate("policy", label))
        self.model.retranslate()
        self._say_when_empty()
        self._size_columns()
        self.show_count(self._count)

    def _say_when_empty(self) -> None:
        text, status = self.query()
        self.empty_state.setText(
            self.tr("No client matches this search.")
            if text.strip() or status
            else self.tr("No clients yet. Add the first one with “New client”.")
        )

    def _size_columns(self) -> None:
        """Status and phone as wide as their longest text in this language (measured from the
        labels, never from 10,000 rows); the reading a few characters; name and email share the rest."""
        metrics = self.table.fontMetrics()
        padding = metrics.horizontalAdvance("MM")
        statuses = [QCoreApplication.translate("policy", label) for label in STATUS_LABELS.values()]
        self.table.setColumnWidth(
            ClientListModel.STATUS, max(metrics.horizontalAdvance(text) for text in statuses) + padding
        )
        self.table.setColumnWidth(ClientListModel.PHONE, metrics.horizontalAdvance("080-0000-0000") + padding)
        self.table.setColumnWidth(ClientListModel.NAME, metrics.horizontalAdvance("佐々木 美加子") + padding)

    def query(self) -> tuple[str, str | None]:
        """The text searched for, and the status chosen (None for all)."""
        return self.search_edit.text(), self.status_filter.currentData()

    def show_count(self, count: int | None) -> None:
        """Say how many clients are listed; None (no vault open) says nothing."""
        self._count = count
        self.count_label.setText(self.tr("%n client(s)", "", count) if count is not None else "")

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
