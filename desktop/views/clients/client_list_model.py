"""The client list as a Qt table model that costs the same with 50 clients or 50,000.

A search gives the first page of rows in gojūon order; the view asks for
more as it scrolls (Qt's ``canFetchMore`` / ``fetchMore``) and the next page
is read by key on the worker thread, after the last row held. How many match
in all is counted afterwards, off the way to the first screenful. Results
that come back after the vault was locked, or for an earlier search, are
dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.i18n import fill
from desktop.policy.personal_data import STATUS_LABELS, ClientStatus
from desktop.views.clients import client_jobs
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.clients import ClientSummary
    from desktop.vault.store import OpenVault

log = logging.getLogger(__name__)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role that gives a row's client id.
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole


class ClientListModel(QAbstractTableModel):
    """Columns: name, reading, status, phone, email. Call :meth:`set_result` with a search's result."""

    NAME, READING, STATUS, PHONE, EMAIL = range(5)

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._rows: list[ClientSummary] = []
        self._row_of: dict[int, int] = {}
        #: Whether every matching row is held (no page follows).
        self._complete = True
        #: The search the rows answer (query, status): the next page continues it.
        self._search: tuple[str, str | None] = ("", None)
        self._generation = 0
        self._fetching = False

    # --- contents -----------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault | None) -> None:
        """Start afresh for ``vault`` (None on lock): nothing shown survives."""
        self._vault = vault
        self.set_result("", None, [], complete=True)

    def set_result(
        self, query: str, status: str | None, rows: list[ClientSummary], *, complete: bool
    ) -> None:
        """Show a new search's first rows; ``complete`` when no page follows them."""
        self.beginResetModel()
        self._generation += 1
        self._fetching = False
        self._search = (query, status)
        self._complete = complete
        self._rows = []
        self._row_of = {}
        self._append(rows)
        self.endResetModel()

    def _append(self, rows: list[ClientSummary]) -> None:
        for row in rows:
            self._row_of[row.id] = len(self._rows)
            self._rows.append(row)

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int | None:
        return self._row_of.get(client_id)

    def retranslate(self) -> None:
        """Re-apply the header and the status labels in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.EMAIL)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._rows) - 1, self.STATUS))

    # --- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Reading"), self.tr("Status"), self.tr("Phone"), self.tr("Email"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == CLIENT_ID_ROLE:
            return summary.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME and summary.name_reading:
            # The list has no room for a column of readings; the name's tooltip gives it.
            return fill(self.tr("%1 (%2)"), (summary.full_name, summary.name_reading))
        return self._text(summary, index.column())

    @staticmethod
    def _text(summary: ClientSummary, column: int) -> str:
        if column == ClientListModel.STATUS:
            label = STATUS_LABELS.get(ClientStatus(summary.status), summary.status)
            return QCoreApplication.translate("policy", label)
        values = (summary.full_name, summary.name_reading, "", summary.phone, summary.email)
        return values[column]

    # --- the next page ------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._vault is not None and not self._complete

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the page after the last row held, on the worker thread (one request at a time)."""
        vault = self._vault
        if self._fetching or vault is None or not self._rows or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, last = self._generation, self._rows[-1]
        query, status = self._search

        def arrived(rows: list[ClientSummary]) -> None:
            if vault is not self._vault or generation != self._generation:
                return  # locked, or a newer search, meanwhile
            self._fetching = False
            fresh = [row for row in rows if row.id not in self._row_of]
            self._complete = len(rows) < client_jobs.PAGE_SIZE or not fresh
            if not fresh:
                return
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._append(fresh)
            self.endInsertRows()

        def failed(error: Exception) -> None:
            if vault is self._vault and generation == self._generation:
                self._fetching = False
                self.failed.emit(error)

        run_in_background(
            lambda: client_jobs.next_page(vault, query, status, last),
            owner=self,
            on_success=arrived,
            on_failure=failed,
        )
