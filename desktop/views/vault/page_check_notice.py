"""The whole-file check after unlocking, and its sentence in the status bar.

Unlocking opens the vault without reading every page (SQLCipher checks each
page as it is read); this label then has every page checked on a thread
beside the vault thread, so the counsellor's first clicks never wait for it.
A damaged page stays reported in red until the vault is locked; a clean
result is a passing status-bar message.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.forms import Retranslatable
from desktop.views.common.worker import check_pool, run_in_background
from desktop.views.vault import vault_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault

log = logging.getLogger(__name__)

#: After unlocking, the window paints and the sections load first; the check waits this long.
START_DELAY_MS = 1500


class PageCheckNotice(Retranslatable, QLabel):
    """Hidden unless the check found damage; :attr:`checked` carries the outcome (True: every page holds)."""

    checked = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCheckNotice")
        self.setWordWrap(True)
        set_tone(self, Tone.ERROR)
        self._vault: OpenVault | None = None
        self.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setText(
            self.tr(
                "A page of the database (vault.db) is damaged: records stored on it cannot be read. "
                "Restore the vault from your latest good backup (Settings, Backups)."
            )
        )

    def watch(self, vault: OpenVault, *, delay_ms: int = START_DELAY_MS) -> None:
        """Check every page of ``vault`` in the background; a result after a lock is dropped."""
        self._vault = vault
        self.hide()
        QTimer.singleShot(delay_ms, self, lambda: self._start(vault))

    def _start(self, vault: OpenVault) -> None:
        if self._vault is not vault:
            return  # locked (or another vault opened) before the check began
        run_in_background(
            lambda: vault_jobs.check_pages(vault),
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
            still_wanted=lambda: self._vault is vault,
            pool=check_pool(),
        )

    def clear_vault(self) -> None:
        """Forget the vault (on lock): a check still running is ignored when it ends."""
        self._vault = None
        self.hide()

    @Slot(object)
    def _done(self, problems: list[str]) -> None:
        if problems:
            log.warning("the page check found %d problem(s) in vault.db", len(problems))
        self.setVisible(bool(problems))
        bar = self.parentWidget()
        if not problems and isinstance(bar, QStatusBar):
            bar.showMessage(self.tr("Every page of the vault was checked; none is damaged."), 8000)
        self.checked.emit(not problems)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        # A page so damaged that the check cannot even start is damage too.
        log.warning("the page check failed: %s", type(error).__name__)
        self.show()
        self.checked.emit(False)
