"""Backups in Settings (P-SAFEGUARD): the folder, how many to keep, the last good backup, "Back up now".

A group box the Settings page adds. It also runs the automatic backups while
the vault is open: one at unlock when the last good backup is more than a
day old (or there is none), then one a day. A backup runs on the worker thread
with its progress shown here; every outcome is emitted as
:attr:`status_changed` for the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named
from desktop.views.common.local_time import in_sentence
from desktop.views.common.worker import run_on_vault
from desktop.views.vault import backup_jobs, is_overdue

if TYPE_CHECKING:
    from desktop.services.backups import BackupRecord, BackupStatus
    from desktop.vault.store import OpenVault

DAY_MS = 24 * 60 * 60 * 1000
KEEP_RANGE = (1, 100)


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker's progress calls reach it as queued signals."""

    progressed = Signal(float)


class BackupSettings(Retranslatable, QGroupBox):
    """Loads on :meth:`set_vault`; saves the folder and N on request; backs up now or on schedule."""

    status_changed = Signal(object)
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupGroup")
        self._vault: OpenVault | None = None
        self._status: BackupStatus | None = None
        self._running = False
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.daily = QTimer(self)
        self.daily.setInterval(DAY_MS)
        self.daily.timeout.connect(lambda: self.back_up(automatic=True))

        self.folder_edit = named(QLineEdit(), "backupFolderEdit")
        self.choose_button = named(QPushButton(), "chooseBackupFolderButton")
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_field = QWidget()
        folder_field.setLayout(folder_row)
        folder_row.setContentsMargins(0, 0, 0, 0)
        self.keep_spin = named(QSpinBox(), "backupKeepSpin")
        self.keep_spin.setRange(*KEEP_RANGE)
        self.keep_spin.setMaximumWidth(220)
        self._form = LabelledForm()
        self._folder_label = self._form.add(folder_field)
        self._form.add(self.keep_spin)
        self.save_button = named(QPushButton(), "saveBackupSettingsButton")
        self.save_button.clicked.connect(self._save)

        self.last_label = named(QLabel(wordWrap=True), "lastBackupLabel")
        self.message_label = named(QLabel(wordWrap=True), "backupMessageLabel")
        self.progress_bar = named(QProgressBar(), "backupProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.hide()
        self.back_up_button = named(QPushButton(), "backUpNowButton")
        self.back_up_button.clicked.connect(lambda: self.back_up(automatic=False))
        self.restore_button = named(QPushButton(), "restoreFromBackupButton")
        self.restore_button.clicked.connect(self.restore_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.last_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Backups"))
        self._folder_label.setText(self.tr("Backup folder:"))
        self._form.label(self.keep_spin).setText(self.tr("Backups to keep:"))
        self.folder_edit.setPlaceholderText(self.tr("For example a folder on a USB drive"))
        self.choose_button.setText(self.tr("Choose…"))
        self.keep_spin.setSuffix(self.tr(" newest"))
        self.save_button.setText(self.tr("Save"))
        self.back_up_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._show_last()

    # --- vault ---------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.message_label.clear()
        self._run(backup_jobs.status, self._loaded)

    def clear(self) -> None:
        """Forget what was shown (on lock); a backup still running finishes on its own."""
        self._vault = None
        self._status = None
        self.daily.stop()
        self.folder_edit.clear()
        self.keep_spin.setValue(self.keep_spin.minimum())
        self.message_label.clear()
        self.progress_bar.hide()
        self._running = False
        self._show_last()

    @Slot(object)
    def _loaded(self, status: BackupStatus) -> None:
        self._show_status(status)
        self.daily.start()
        if status.settings.folder and is_overdue(status):
            self.back_up(automatic=True)

    def _show_status(self, status: BackupStatus) -> None:
        self._status = status
        self.folder_edit.setText(status.settings.folder)
        self.keep_spin.setValue(status.settings.keep)
        self._show_last()
        self.status_changed.emit(status)

    def _show_last(self) -> None:
        good = self._status.last_good if self._status else None
        if good is None:
            self.last_label.setText(self.tr("No backup has been made yet."))
            return
        self.last_label.setText(
            fill(
                self.tr("Last good backup: %1 (verified %2, %n row(s))\n%3", "", good.rows),
                (in_sentence(good.created_at), in_sentence(good.verified_at), good.path),
            )
        )

    @Slot()
    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)
            self._save()

    @Slot()
    def _save(self) -> None:
        folder, keep = self.folder_edit.text(), self.keep_spin.value()
        self._run(lambda vault: backup_jobs.save_settings(vault, folder, keep), self._saved)

    @Slot(object)
    def _saved(self, status: BackupStatus) -> None:
        self._show_status(status)
        self.message_label.setText(self.tr("Saved."))

    def back_up(self, *, automatic: bool) -> None:
        """Start a backup now (the button, the daily timer, or a missed one at unlock)."""
        if self._running or self._vault is None:
            return
        self._running = True
        self.back_up_button.setEnabled(False)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.message_label.setText(self.tr("Backing up…"))
        relay = self._relay
        self._run(
            lambda vault: backup_jobs.back_up(vault, automatic=automatic, progress=relay.progressed.emit),
            self._backed_up,
        )

    @Slot(float)
    def _progressed(self, fraction: float) -> None:
        self.progress_bar.setValue(round(fraction * 100))

    @Slot(object)
    def _backed_up(self, _record: BackupRecord) -> None:
        self._finished()
        self.message_label.setText(self.tr("The backup was written and verified."))
        self._run(backup_jobs.status, self._show_status)

    def _finished(self) -> None:
        self._running = False
        self.back_up_button.setEnabled(True)
        self.progress_bar.hide()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        was_backup = self._running
        self._finished()
        self.message_label.setText(describe(error))
        if was_backup:
            self._run(backup_jobs.status, self._show_status)
