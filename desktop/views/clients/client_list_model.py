"""The client list as a Qt table model that stays smooth with tens of thousands of clients.

A search gives only the ordered ids; the rows themselves are fetched on the
worker thread a page at a time, when the view first asks for one of them, and
cached by id. Until its page arrives a row shows a placeholder. Results that
come back after the vault was locked, or for an earlier search, are dropped.
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
from PySide6.QtGui import QPalette

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
PLACEHOLDER = "…"


class ClientListModel(QAbstractTableModel):
    """Columns: name, reading, status, phone, email. Call :meth:`set_ids` with a search's result."""

    PAGE_SIZE = 200
    NAME, READING, STATUS, PHONE, EMAIL = range(5)

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, ClientSummary] = {}
        self._asked: set[int] = set()
        self._generation = 0

    # --- contents -----------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault | None) -> None:
        """Start afresh for ``vault`` (None on lock): nothing shown or cached survives."""
        self._vault = vault
        self._cache.clear()
        self.set_ids([])

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._row_of = {client_id: row for row, client_id in enumerate(self._ids)}
        self._asked.clear()
        self.endResetModel()

    def forget(self, client_id: int) -> None:
        """Drop a client's cached row (it was changed); the next search fetches it again."""
        self._cache.pop(client_id, None)

    def client_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, client_id: int) -> int | None:
        return self._row_of.get(client_id)

    def retranslate(self) -> None:
        """Re-apply the header and the status labels in the current language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.EMAIL)
        if self._ids:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._ids) - 1, self.STATUS))

    # --- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        client_id = self._ids[index.row()]
        if role == CLIENT_ID_ROLE:
            return client_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        summary = self._cache.get(client_id)
        if summary is None:
            self._fetch(index.row() // self.PAGE_SIZE)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return (
                PLACEHOLDER if index.column() == self.NAME and role == Qt.ItemDataRole.DisplayRole else None
            )
        if role == Qt.ItemDataRole.ForegroundRole:
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

    # --- fetching -----------------------------------------------------------------------------

    def _fetch(self, page: int) -> None:
        vault = self._vault
        if vault is None or page in self._asked:
            return
        self._asked.add(page)
        wanted = [
            i for i in self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE] if i not in self._cache
        ]
        generation = self._generation

        def arrived(rows: list[ClientSummary]) -> None:
            if vault is not self._vault:
                return  # locked (or another vault) meanwhile
            for row in rows:
                self._cache[row.id] = row
            if generation == self._generation and self._ids:
                first = page * self.PAGE_SIZE
                last = min(first + self.PAGE_SIZE, len(self._ids)) - 1
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.EMAIL))

        def failed(error: Exception) -> None:
            if vault is self._vault:
                self.failed.emit(error)

        run_in_background(
            lambda: client_jobs.summaries(vault, wanted), owner=self, on_success=arrived, on_failure=failed
        )
