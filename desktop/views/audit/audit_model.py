"""The audit trail as a read-only table: time, event, client and details (P-SAFEGUARD).

The model wraps the plain ``AuditEntry`` dataclasses the service returns. Event
names are stored in English code form (``client.viewed``); here each becomes a
translated sentence, and a name this version does not know is shown as stored.
Times are stored in UTC and shown in local time.
"""

from __future__ import annotations

import json
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
from desktop.views.common.local_time import datetime_text
from desktop.views.disclosures import DISCLOSURE_ACTION_KINDS, DISCLOSURE_ACTION_LABELS
from desktop.views.inbox import FOLLOWUP_AUDIT_LABELS, INBOX_AUDIT_LABELS

if TYPE_CHECKING:
    from desktop.services.audit_log import AuditEntry

_CONTEXT = "AuditModel"

#: Every action the application writes, as the sentence the counsellor reads.
ACTION_LABELS = {
    "vault.created": QT_TRANSLATE_NOOP("AuditModel", "Vault created"),
    "vault.unlocked": QT_TRANSLATE_NOOP("AuditModel", "Vault unlocked"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("AuditModel", "Passphrase changed"),
    "vault.passphrase_reset_with_recovery_code": QT_TRANSLATE_NOOP(
        "AuditModel", "Passphrase reset with the recovery code"
    ),
    "settings.changed": QT_TRANSLATE_NOOP("AuditModel", "Settings changed"),
    "client.created": QT_TRANSLATE_NOOP("AuditModel", "Client record created"),
    "client.changed": QT_TRANSLATE_NOOP("AuditModel", "Client record changed"),
    "client.viewed": QT_TRANSLATE_NOOP("AuditModel", "Client record opened"),
    "client.exported": QT_TRANSLATE_NOOP("AuditModel", "Client record exported"),
    "client.erased": QT_TRANSLATE_NOOP("AuditModel", "Client record erased"),
    "note.created": QT_TRANSLATE_NOOP("AuditModel", "Consultation note written"),
    "note.revised": QT_TRANSLATE_NOOP("AuditModel", "Consultation note revised"),
    "demo.generated": QT_TRANSLATE_NOOP("AuditModel", "Demo data added"),
    "vault.restored_from_backup": QT_TRANSLATE_NOOP("AuditModel", "Vault restored from a backup"),
    "backup.written": QT_TRANSLATE_NOOP("AuditModel", "Backup written and verified"),
    "backup.failed": QT_TRANSLATE_NOOP("AuditModel", "Backup failed"),
    "backup.pruned": QT_TRANSLATE_NOOP("AuditModel", "Older backups removed"),
    "backup.settings_changed": QT_TRANSLATE_NOOP("AuditModel", "Backup settings changed"),
    "clients.imported": QT_TRANSLATE_NOOP("AuditModel", "Client list imported"),
    "bookings.calendar_exported": QT_TRANSLATE_NOOP("AuditModel", "Bookings exported for a phone calendar"),
    "practice.exported": QT_TRANSLATE_NOOP("AuditModel", "Whole practice exported"),
    **DISCLOSURE_ACTION_LABELS,
}
ACTION_LABELS.update(INBOX_AUDIT_LABELS)
ACTION_LABELS.update(FOLLOWUP_AUDIT_LABELS)

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
    *DISCLOSURE_ACTION_KINDS,
]

_HEADERS = (
    QT_TRANSLATE_NOOP("AuditModel", "Time"),
    QT_TRANSLATE_NOOP("AuditModel", "Event"),
    QT_TRANSLATE_NOOP("AuditModel", "Client"),
    QT_TRANSLATE_NOOP("AuditModel", "Details"),
)


def action_text(action: str) -> str:
    """The translated sentence for ``action``; unknown actions as stored."""
    label = ACTION_LABELS.get(action)
    return QCoreApplication.translate(_CONTEXT, label) if label else action


def detail_text(detail: str) -> str:
    """``{"format": "pdf"}`` as ``format: pdf``; text that is not a JSON object as stored."""
    try:
        values = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail
    return " · ".join(f"{key}: {value}" for key, value in values.items())


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
                return str(event.entity_id) if event.entity == "client" and event.entity_id else ""
            return detail_text(event.detail)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TIME:
                return event.occurred_at
            if column == self.EVENT:
                return event.action
        if role == Qt.ItemDataRole.UserRole:
            return event.action
        return None

    def retranslate(self) -> None:
        """Texts changed language: ask the views to redraw every cell and header."""
        if self._events:
            last = self.index(len(self._events) - 1, len(_HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
