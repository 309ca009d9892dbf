"""The status-bar sentence shown while the vault is open read-only because the disk is full.

Unlocking on a full disk opens the vault read-only and keeps the unlock's
audit event in memory (``desktop.vault.store``). This label says so in one
sentence with what to do, and tries to record the unlock every
:attr:`ReadOnlyNotice.retry_ms` on the vault thread; once that succeeds
(or any other write recorded it first) the sentence goes away.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import FullDiskWork, StorageFull
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable
from desktop.views.common.worker import run_on_vault
from desktop.views.vault import vault_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault

log = logging.getLogger(__name__)

#: How often the unlock is tried again while the disk is full.
RETRY_MS = 30_000


class ReadOnlyNotice(Retranslatable, QLabel):
    """Hidden unless the open vault is read-only; :attr:`recorded` once the unlock has been recorded."""

    recorded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyNotice")
        self.setWordWrap(True)
        set_tone(self, Tone.ERROR)
        self._vault: OpenVault | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_again)
        self.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(describe(StorageFull(FullDiskWork.UNLOCK_RECORD)))

    def set_retry_ms(self, interval: int) -> None:
        self._retry.setInterval(interval)

    def watch(self, vault: OpenVault) -> None:
        """Show the sentence if ``vault`` opened read-only, and keep trying to record its unlock."""
        self._vault = vault
        if vault.read_only:
            self.show()
            self._retry.start()
        else:
            self.clear_vault()

    def clear_vault(self) -> None:
        """Forget the vault (on lock); the unlock stays kept in memory for the next one."""
        self._vault = None
        self._retry.stop()
        self.hide()

    @Slot()
    def _try_again(self) -> None:
        run_on_vault(
            self,
            lambda: self._vault,
            vault_jobs.record_unrecorded,
            on_success=self._tried,
            on_failure=lambda error: log.warning("recording the unlock failed: %s", type(error).__name__),
        )

    @Slot(object)
    def _tried(self, recorded: bool) -> None:
        if recorded:
            self.clear_vault()
            self.recorded.emit()
