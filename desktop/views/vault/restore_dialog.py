"""Restoring the vault from a backup file, for example on a new laptop (P-SAFEGUARD).

The counsellor picks the backup and types its passphrase; the backup is
verified and a new vault is built from it on the worker thread. A vault
already in the folder is replaced only when the counsellor ticks the box, and
is then kept aside, renamed. Before replacing, the backup is compared with
the vault's last change: an older backup (an old one renamed to look new,
say) is named as such, and restoring it takes a second, deliberate press. The
new recovery code is shown once, like at set-up; the restored vault opens
with the backup's passphrase.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.vault import recovery
from desktop.vault.files import vault_exists
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, heading, named, primary_button
from desktop.views.common.local_time import in_sentence
from desktop.views.common.worker import run_in_background
from desktop.views.vault import backup_jobs
from desktop.views.vault.recovery_code_widgets import GroupCheck, code_label

if TYPE_CHECKING:
    from desktop.services.backups import VerifiedBackup
    from desktop.vault.keyslots import KdfParams
    from desktop.vault.restore import Restored
    from desktop.vault.store import OpenVault

BACKUP_FILTER = "*.sorakumo-backup.db *.db"


class RestoreDialog(Retranslatable, QDialog):
    """Emits :attr:`restored` with the open vault once its new recovery code has been seen."""

    restored = Signal(object)

    def __init__(self, folder: Path, *, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setModal(True)
        self.setMinimumWidth(560)
        self._folder = folder
        self._kdf = kdf
        self._code = recovery.new_recovery_code()
        self._result: Restored | None = None
        self._busy = False
        #: The backup already compared with the vault it replaces (and, if older, warned about).
        self._compared: str | None = None

        self._title = heading("restoreTitle", 1.3)
        self._intro = named(QLabel(wordWrap=True), "restoreIntroLabel")
        self.file_edit = named(QLineEdit(), "restoreFileEdit")
        self.browse_button = named(QPushButton(), "restoreBrowseButton")
        self.browse_button.clicked.connect(self._browse)
        file_field = QWidget()
        file_row = QHBoxLayout(file_field)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.passphrase_edit = named(QLineEdit(), "restorePassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._form = LabelledForm()
        self._file_label = self._form.add(file_field)
        self._form.add(self.passphrase_edit)
        self.replace_check = named(QCheckBox(), "restoreReplaceCheck")
        self._vault_there = vault_exists(folder)
        self.replace_check.setVisible(self._vault_there)
        self.busy_bar = named(QProgressBar(), "restoreBusyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.error_label = named(QLabel(wordWrap=True), "restoreErrorLabel")
        set_tone(self.error_label, Tone.ERROR)
        self.cancel_button = named(QPushButton(), "restoreCancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = named(QPushButton(), "restoreButton")
        self.restore_button.clicked.connect(self._restore)
        for signal in (self.file_edit.textChanged, self.passphrase_edit.textChanged):
            signal.connect(self._update_button)
            signal.connect(self._forget_comparison)
        self.replace_check.toggled.connect(self._update_button)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self._intro)
        form_layout.addLayout(self._form)
        form_layout.addWidget(self.replace_check)
        form_layout.addWidget(self.busy_bar)
        form_layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.restore_button)
        form_layout.addLayout(buttons)

        self.done_label = named(QLabel(wordWrap=True), "restoreDoneLabel")
        self.code_label = code_label(self._code, "restoreRecoveryCodeLabel")
        # As at set-up: two groups typed back prove the new code is on paper (P-SAFEGUARD).
        self.code_check = GroupCheck(self._code)
        self._check_intro = named(QLabel(wordWrap=True), "restoreCheckIntroLabel")
        self.written_check = named(QCheckBox(), "restoreWrittenCheck")
        self.finish_button = named(QPushButton(), "restoreFinishButton")
        self.finish_button.setEnabled(False)
        self.written_check.toggled.connect(self._update_finish)
        self.code_check.changed.connect(self._update_finish)
        self.finish_button.clicked.connect(self.accept)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(self.code_label)
        done_layout.addWidget(self.written_check)
        done_layout.addWidget(self._check_intro)
        done_layout.addWidget(self.code_check)
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.finish_button)
        done_layout.addLayout(done_buttons)

        self.pages = named(QStackedWidget(), "restorePages")
        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.pages)
        self.retranslateUi()
        primary_button(self, self.restore_button)
        self._update_button()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._title.setText(self.tr("Restore the records from a backup"))
        self._intro.setText(
            fill(
                self.tr(
                    "Choose a backup file and type the passphrase that was in use when it was made. "
                    "The backup is checked first; the restored vault goes to %1."
                ),
                (str(self._folder),),
            )
        )
        self._file_label.setText(self.tr("Backup file:"))
        self._form.label(self.passphrase_edit).setText(self.tr("Passphrase:"))
        self.browse_button.setText(self.tr("Browse…"))
        self.replace_check.setText(
            self.tr("Replace the vault in this folder (it is kept aside, renamed, not deleted)")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self._name_restore_button()
        self.written_check.setText(self.tr("I have written the new recovery code down"))
        self.finish_button.setText(self.tr("Open the records"))
        self._check_intro.setText(self.tr("Then type two groups from what you wrote down:"))
        self._show_result()

    def _name_restore_button(self) -> None:
        warned = self._compared is not None and bool(self.error_label.text())
        self.restore_button.setText(self.tr("Restore anyway") if warned else self.tr("Restore"))

    @Slot()
    def _forget_comparison(self) -> None:
        if self._compared is not None and not self._busy:
            self._compared = None
            self.error_label.clear()
            self._name_restore_button()

    @Slot()
    def _update_button(self) -> None:
        ready = bool(self.file_edit.text().strip() and self.passphrase_edit.text())
        blocked = self._vault_there and not self.replace_check.isChecked()
        self.restore_button.setEnabled(ready and not blocked and not self._busy)

    @Slot()
    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            self.file_edit.text(),
            fill(self.tr("Backups (%1)"), (BACKUP_FILTER,)),
        )
        if chosen:
            self.file_edit.setText(chosen)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.file_edit,
            self.browse_button,
            self.passphrase_edit,
            self.replace_check,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.error_label.setText(self.tr("Checking the backup and restoring…") if busy else "")
        self._update_button()

    @Slot()
    def _restore(self) -> None:
        if self._busy or not self.restore_button.isEnabled():
            return
        backup, passphrase = Path(self.file_edit.text().strip()).expanduser(), self.passphrase_edit.text()
        folder, code, kdf, replace = self._folder, self._code, self._kdf, self.replace_check.isChecked()
        if replace and self._compared != str(backup):
            self._set_busy(True)
            run_in_background(
                lambda: backup_jobs.compare_with_vault(backup, passphrase, folder),
                owner=self,
                on_success=lambda verified: self._on_compared(str(backup), verified),
                on_failure=self._on_failed,
            )
            return
        self._set_busy(True)
        run_in_background(
            lambda: backup_jobs.restore(
                backup, passphrase, folder, recovery_code=code, replace=replace, kdf=kdf
            ),
            owner=self,
            on_success=self._on_restored,
            on_failure=self._on_failed,
        )

    def _on_compared(self, backup: str, verified: VerifiedBackup | None) -> None:
        """Restore now, or first say that the backup is older than the vault it would replace."""
        self._set_busy(False)
        self._compared = backup
        if verified is None or not verified.vault_changed_at:
            self._restore()
            return
        self.error_label.setText(
            fill(
                self.tr(
                    "This backup was made %1, before the vault's last change (%2): restoring it would "
                    "lose what changed since. The vault is kept aside, renamed; press “Restore anyway” "
                    "to restore this backup all the same."
                ),
                (in_sentence(verified.manifest.created_at), in_sentence(verified.vault_changed_at)),
            )
        )
        self._name_restore_button()

    @Slot()
    def _update_finish(self) -> None:
        self.finish_button.setEnabled(self.written_check.isChecked() and self.code_check.matches())

    @Slot(object)
    def _on_restored(self, result: Restored) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self._result = result
        self._show_result()
        self.pages.setCurrentIndex(1)
        primary_button(self, self.finish_button)
        self.written_check.setFocus()

    def _show_result(self) -> None:
        if self._result is None:
            return
        manifest = self._result.manifest
        text = fill(
            self.tr(
                "The backup of %1 passed every check and was restored (%n row(s)). It opens with the "
                "passphrase you just typed. Write down the new recovery code below: it is shown only "
                "once, and the old one no longer works.",
                "",
                manifest.rows,
            ),
            (in_sentence(manifest.created_at),),
        )
        if self._result.replaced_folder is not None:
            text += "\n\n" + fill(
                self.tr("The vault that was replaced is kept in %1 until you delete it."),
                (str(self._result.replaced_folder),),
            )
        self.done_label.setText(text)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.error_label.setText(describe(error))

    def _hand_over(self) -> None:
        result, self._result = self._result, None
        if result is not None:
            vault: OpenVault = result.vault
            self.restored.emit(vault)

    def accept(self) -> None:
        self._hand_over()
        super().accept()

    def reject(self) -> None:
        """Closing after a restore still opens the restored vault: its code was on screen.

        While the restore runs the dialog stays: its result is a vault that must be handed over.
        """
        if self._busy:
            return
        self._hand_over()
        super().reject()
