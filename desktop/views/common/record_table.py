"""A read-only table over a list of plain dataclasses, one function per column.

Each column is a header (translated in the ``RecordTable`` context) and a
function that turns a row into the text shown. A register that can grow with
the practice (the consents: one per client) is held a page at a time: the
page that owns the model sets :attr:`RecordTableModel.fetch_more`, which the
view calls through Qt's ``fetchMore`` as it scrolls near the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

RowT = TypeVar("RowT")
Column = tuple[str, Callable[[Any], str]]


class RecordTableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []
        #: Asks for the rows after the first ``offset`` (set by a paged register's page).
        self.fetch_more: Callable[[int], None] | None = None
        self._complete = True
        self._asking = False

    def set_rows(self, rows: list[RowT], *, complete: bool = True) -> None:
        """Show ``rows``; ``complete=False`` when more follow on request."""
        self.beginResetModel()
        self._rows = list(rows)
        self._complete, self._asking = complete, False
        self.endResetModel()

    def append_rows(self, rows: list[RowT], *, complete: bool) -> None:
        """Add the page asked for by :meth:`fetchMore`."""
        self._complete, self._asking = complete or not rows, False
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid() and not self._complete and not self._asking and self.fetch_more is not None
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.fetch_more is not None:
            self._asking = True
            self.fetch_more(len(self._rows))

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTable", self._columns[section][0])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])

    def retranslate(self) -> None:
        """Headers and cells again in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))


def record_view(model: RecordTableModel[Any], name: str) -> QTableView:
    """A row-selecting, read-only table for ``model``; the last column stretches."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int | None:
    index = view.selectionModel().currentIndex() if view.selectionModel() is not None else None
    return index.row() if index is not None and index.isValid() else None
