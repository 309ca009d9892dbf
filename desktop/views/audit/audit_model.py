"""The audit trail as a read-only table: time, event, client and details (P-SAFEGUARD).

The model wraps the plain ``AuditEntry`` dataclasses the service returns. Event
names are stored in English code form (``client.viewed``); here each becomes
its translated name from :mod:`desktop.vault.audit_events`, its details a
translated sentence, and the client column names the client of every event
that names one (a client record's, a booking's, a message's).
Times are stored in UTC and shown in local time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.vault.audit_events import EVENT_NAMES
from desktop.views.audit.audit_details import client_of, detail_text
from desktop.views.common.local_time import datetime_text
from desktop.views.disclosures import DISCLOSURE_ACTION_KINDS

if TYPE_CHECKING:
    from desktop.services.audit_log import AuditEntry

_CONTEXT = "AuditModel"

#: The choices of the "Events" filter: an action prefix and its label, "all" first.
ACTION_KINDS = [
    ("", QT_TRANSLATE_NOOP("AuditModel", "All events")),
    ("client.", QT_TRANSLATE_NOOP("AuditModel", "Client records")),
    ("client.viewed", QT_TRANSLATE_NOOP("AuditModel", "Client records opened")),
    ("client.exported", QT_TRANSLATE_NOOP("AuditModel", "Exports")),
    ("client.erased", QT_TRANSLATE_NOOP("AuditModel", "Erasures")),
    ("note.", QT_TRANSLATE_NOOP("AuditModel", "Consultation notes")),
    ("vault.", QT_TRANSLATE_NOOP("AuditModel", "Vault and passphrase")),
    ("settings.", QT_TRANSLATE_NOOP("AuditModel", "Settings")),
    ("backup.", QT_TRANSLATE_NOOP("AuditModel", "Backups")),
    ("booking.", QT_TRANSLATE_NOOP("AuditModel", "Bookings")),
    ("message", QT_TRANSLATE_NOOP("AuditModel", "Messages")),
    ("contact", QT_TRANSLATE_NOOP("AuditModel", "Contacts")),
    ("emergenc", QT_TRANSLATE_NOOP("AuditModel", "Emergencies")),
    *DISCLOSURE_ACTION_KINDS,
]

_HEADERS = (
    QT_TRANSLATE_NOOP("AuditModel", "Time"),
    QT_TRANSLATE_NOOP("AuditModel", "Event"),
    QT_TRANSLATE_NOOP("AuditModel", "Client"),
    QT_TRANSLATE_NOOP("AuditModel", "Details"),
)


def action_text(action: str) -> str:
    """The translated name of ``action``; a kind this version does not know (a newer vault's) as stored."""
    name = EVENT_NAMES.get(action)
    return QCoreApplication.translate(_CONTEXT, name) if name else action


def client_text(event: AuditEntry) -> str:
    """The number of the client the event names: its subject, or the client of its booking or message."""
    if event.entity == "client" and event.entity_id:
        return str(event.entity_id)
    client = client_of(event.detail)
    return str(client) if client else ""


class AuditModel(QAbstractTableModel):
    """Rows of audit events, newest first as given."""

    TIME, EVENT, CLIENT, DETAIL = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[AuditEntry] = []

    def set_events(self, events: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> AuditEntry:
        return self._events[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIME:
                return datetime_text(event.occurred_at)
            if column == self.EVENT:
                return action_text(event.action)
            if column == self.CLIENT:
                return client_text(event)
            return detail_text(event.detail)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TIME:
                return event.occurred_at
            if column == self.EVENT:
                return event.action
            if column == self.DETAIL:
                return event.detail
        if role == Qt.ItemDataRole.UserRole:
            return event.action
        return None

    def retranslate(self) -> None:
        """Texts changed language: ask the views to redraw every cell and header."""
        if self._events:
            last = self.index(len(self._events) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
