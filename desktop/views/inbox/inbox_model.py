"""The inbox's thread list as a read-only table: who, subject, messages, last, state.

The model wraps the plain ``ThreadRow`` dataclasses the service returns, in
the service's order (danger first, P-AFTERFOLLOW). A danger row is tinted and
its state begins with "Check first (aid)": the phrase list is an aid to the
counsellor's reading, never a judgement, and the label says so.
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

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.policy.afterfollow import HOLD_REASON_LABELS, STAGE_LABELS, HoldReason
from desktop.views.common.colours import Tone, colour
from desktop.views.common.local_time import datetime_text

if TYPE_CHECKING:
    from desktop.services.inbox import ThreadRow

_CONTEXT = "InboxModel"
_HEADERS = (
    QT_TRANSLATE_NOOP("InboxModel", "From"),
    QT_TRANSLATE_NOOP("InboxModel", "Subject"),
    QT_TRANSLATE_NOOP("InboxModel", "Messages"),
    QT_TRANSLATE_NOOP("InboxModel", "Last"),
    QT_TRANSLATE_NOOP("InboxModel", "State"),
)


def danger_label() -> str:
    """The mark of a message the danger-phrase aid flagged (the same words everywhere)."""
    return QCoreApplication.translate("InboxModel", "⚠ Check first (aid)")


class InboxModel(QAbstractTableModel):
    FROM, SUBJECT, COUNT, LAST, STATE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ThreadRow] = []

    def set_threads(self, rows: list[ThreadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def thread_at(self, row: int) -> ThreadRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, thread_key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.thread_key == thread_key), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(_HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

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
        row = self.thread_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.danger:
            return colour(Tone.DANGER_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and row.danger:
            return colour(Tone.DANGER_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.STATE and not row.danger:
            return self._state(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.danger:
            return QCoreApplication.translate(
                "InboxModel",
                "A phrase from your danger list appears in this thread. It is an aid to reading, "
                "not a judgement: read the message itself.",
            )
        return None

    def _text(self, row: ThreadRow, column: int) -> str:
        if column == self.FROM:
            return row.correspondent or QCoreApplication.translate("InboxModel", "(unknown)")
        if column == self.SUBJECT:
            if row.subject:
                return row.subject
            if row.calls == row.messages:
                return QCoreApplication.translate("InboxModel", "Phone call")
            return QCoreApplication.translate("InboxModel", "(no subject)")
        if column == self.COUNT:
            if row.calls:
                return fill(
                    QCoreApplication.translate("InboxModel", "%1 (calls: %2)"),
                    (str(row.messages), str(row.calls)),
                )
            return str(row.messages)
        if column == self.LAST:
            return datetime_text(row.last_at)
        return self._state(row)

    @staticmethod
    def _state(row: ThreadRow) -> str:
        """The danger aid's label first (so it is read first), then the hold, round trips or stage."""
        parts = [danger_label()] if row.danger else []
        if row.held_reason is not None:
            label = HOLD_REASON_LABELS.get(HoldReason(row.held_reason))
            parts.append(
                fill(
                    QCoreApplication.translate("InboxModel", "Held: %1"),
                    (QCoreApplication.translate("policy", label or ""),),
                )
            )
        if row.round_trips is not None:
            parts.append(
                fill(
                    QCoreApplication.translate("InboxModel", "Round trips %1/%2"),
                    (str(row.round_trips), str(row.round_trip_limit)),
                )
            )
        elif row.stage is not None:
            parts.append(QCoreApplication.translate("policy", STAGE_LABELS[row.stage]))
        elif row.client_id is None:
            parts.append(QCoreApplication.translate("InboxModel", "Not matched"))
        return " · ".join(parts)
