"""The status-bar note about backups: shown while a backup failed or is overdue, gone after a good one.

The failure is kept in the vault by the service, so it is still shown after
the next unlock until a backup succeeds.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import (
    BackupFolderUnusable,
    BackupKeyMissing,
    BackupTargetExists,
    FullDiskWork,
    SorakumoError,
    StorageFull,
)
from desktop.i18n import fill
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable
from desktop.views.common.local_time import in_sentence

if TYPE_CHECKING:
    from desktop.services.backups import BackupStatus

_KNOWN_FAILURES: dict[str, SorakumoError] = {
    type(error).__name__: error
    for error in (
        BackupFolderUnusable(),
        BackupKeyMissing(),
        BackupTargetExists(),
        # A backup's own failure: a full disk stopped the backup, not some other change.
        StorageFull(FullDiskWork.BACKUP),
    )
}


def failure_text(error_name: str) -> str:
    """The sentence for a failure recorded by its error class name."""
    known = _KNOWN_FAILURES.get(error_name)
    if known is not None:
        return describe(known)
    return QCoreApplication.translate(
        "BackupStatusLabel", "The backup could not be written or did not pass its check."
    )


def is_overdue(status: BackupStatus, now: datetime | None = None) -> bool:
    """No good backup yet, or none in the last day (a missed automatic backup)."""
    if status.last_good is None:
        return True
    made = datetime.fromisoformat(status.last_good.created_at)
    return (now or datetime.now(UTC)) - made > timedelta(days=1)


class BackupStatusLabel(Retranslatable, QLabel):
    """Empty while the newest backup is good and recent; else one sentence until the next success."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupStatusLabel")
        set_tone(self, Tone.ERROR)
        self._status: BackupStatus | None = None

    def retranslateUi(self) -> None:
        self.show_status(self._status)

    @Slot(object)
    def show_status(self, status: BackupStatus | None) -> None:
        self._status = status
        if status is None:
            self.clear()
        elif status.last_failure:
            self.setText(
                fill(
                    self.tr("Backup failed (%1): %2"),
                    (in_sentence(status.last_failure_at), failure_text(status.last_failure)),
                )
            )
        elif not status.settings.folder:
            self.setText(self.tr("Backups are off: choose a backup folder in Settings."))
        elif is_overdue(status):
            when = status.last_good.created_at if status.last_good else ""
            self.setText(
                fill(self.tr("No backup since %1."), (in_sentence(when),))
                if when
                else self.tr("No backup has been made yet.")
            )
        else:
            self.clear()
