"""Unlocking the vault with the passphrase, or with the recovery code and a new passphrase.

Key derivation takes about a second on purpose, so it runs off the GUI thread
while a busy bar moves. A wrong passphrase says so and keeps the dialog open
for another try; a damaged vault says what is damaged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import WrongPassphrase, WrongRecoveryCode
from desktop.i18n import fill
from desktop.vault import recovery
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.vault import vault_jobs
from desktop.views.vault.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class UnlockDialog(Retranslatable, QDialog):
    """Emits :attr:`unlocked` with the open vault, then closes."""

    unlocked = Signal(object)
    restore_requested = Signal()

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setModal(True)
        self.setMinimumWidth(520)
        self._folder = folder
        self._busy = False

        self._title = heading("unlockTitle", 1.3)
        self._where = named(QLabel(wordWrap=True), "unlockFolderLabel")

        # Page 1: the passphrase.
        self.passphrase_edit = named(QLineEdit(), "unlockPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = named(QPushButton(), "unlockButton")
        self.unlock_button.clicked.connect(self._unlock)
        self.use_recovery_button = named(QPushButton(), "useRecoveryButton")
        self.use_recovery_button.setFlat(True)
        self.use_recovery_button.clicked.connect(lambda: self._show_page(1))
        self._passphrase_label = QLabel()
        page_passphrase = QWidget()
        form = QVBoxLayout(page_passphrase)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self._passphrase_label)
        form.addWidget(self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_recovery_button)
        self.restore_button = named(QPushButton(), "unlockRestoreButton")
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        form.addLayout(buttons)

        # Page 2: the recovery code and a new passphrase.
        self.code_edit = named(QLineEdit(), "recoveryCodeEdit")
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = PassphraseFields()
        self.recovery_button = named(QPushButton(), "recoveryUnlockButton")
        self.recovery_button.clicked.connect(self._unlock_with_code)
        self.back_button = named(QPushButton(), "recoveryBackButton")
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self._code_intro = QLabel(wordWrap=True)
        page_recovery = QWidget()
        recovery_layout = QVBoxLayout(page_recovery)
        recovery_layout.setContentsMargins(0, 0, 0, 0)
        recovery_layout.addWidget(self._code_intro)
        # The code goes into the passphrase's own form: one column of labels, lined up.
        self._code_label = self.new_passphrase.add_leading_row(self.code_edit)
        recovery_layout.addWidget(self.new_passphrase)
        recovery_buttons = QHBoxLayout()
        recovery_buttons.addWidget(self.back_button)
        recovery_buttons.addStretch(1)
        recovery_buttons.addWidget(self.recovery_button)
        recovery_layout.addLayout(recovery_buttons)
        self.code_edit.textChanged.connect(self._update_recovery_button)
        self.new_passphrase.changed.connect(self._update_recovery_button)

        self.pages = named(QStackedWidget(), "unlockPages")
        self.pages.addWidget(page_passphrase)
        self.pages.addWidget(page_recovery)

        self.busy_bar = named(QProgressBar(), "unlockBusyBar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumHeight(6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.error_label = named(QLabel(wordWrap=True), "unlockErrorLabel")
        set_tone(self.error_label, Tone.ERROR)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._where)
        layout.addSpacing(8)
        layout.addWidget(self.pages)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        self.retranslateUi()
        self._show_page(0)
        self._update_recovery_button()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Unlock the vault"))
        self._title.setText(self.tr("The vault is locked"))
        self._where.setText(fill(self.tr("Vault: %1"), (str(self._folder),)))
        self._passphrase_label.setText(self.tr("Passphrase:"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.use_recovery_button.setText(self.tr("Forgot it? Use the recovery code…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._code_intro.setText(
            self.tr("Type the recovery code you wrote down at set-up, then choose a new passphrase.")
        )
        self._code_label.setText(self.tr("Recovery code:"))
        self.recovery_button.setText(self.tr("Unlock and set passphrase"))
        self.back_button.setText(self.tr("Back"))

    def _show_page(self, index: int) -> None:
        """Switch pages and let the dialog take the size of the page shown, not the largest.

        Enter presses the page's own primary button and nothing else (P-SAFEGUARD: the
        restore, which can replace the vault, opens only when its button is clicked).
        """
        self.error_label.clear()
        self.pages.setCurrentIndex(index)
        primary_button(self, self.unlock_button if index == 0 else self.recovery_button)
        for position in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            page = self.pages.widget(position)
            assert page is not None
            page.setSizePolicy(policy, policy)
        self.adjustSize()
        (self.passphrase_edit if index == 0 else self.code_edit).setFocus()

    @Slot()
    def _update_recovery_button(self) -> None:
        ready = (
            recovery.looks_complete(self.code_edit.text()) and self.new_passphrase.passphrase() is not None
        )
        self.recovery_button.setEnabled(ready and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (
            self.passphrase_edit,
            self.unlock_button,
            self.use_recovery_button,
            self.restore_button,
            self.code_edit,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        self._update_recovery_button()
        if busy:
            self.error_label.setText(self.tr("Unlocking…"))

    @Slot()
    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self._busy or not passphrase:
            return
        self._set_busy(True)
        folder = self._folder
        run_in_background(
            lambda: vault_jobs.unlock(folder, passphrase),
            owner=self,
            on_success=self._on_unlocked,
            on_failure=self._on_failed,
        )

    @Slot()
    def _unlock_with_code(self) -> None:
        new_passphrase = self.new_passphrase.passphrase()
        code = self.code_edit.text()
        if self._busy or new_passphrase is None:
            return
        self._set_busy(True)
        folder = self._folder
        run_in_background(
            lambda: vault_jobs.unlock_with_recovery_code(folder, code, new_passphrase),
            owner=self,
            on_success=self._on_unlocked,
            on_failure=self._on_failed,
        )

    @Slot(object)
    def _on_unlocked(self, vault: OpenVault) -> None:
        self._set_busy(False)
        self.error_label.clear()
        self.passphrase_edit.clear()
        self.code_edit.clear()
        self.new_passphrase.clear()
        self._show_page(0)  # the next lock asks for the passphrase, not the recovery code
        self.unlocked.emit(vault)
        self.accept()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.error_label.setText(describe(error))
        if isinstance(error, WrongPassphrase):
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        elif isinstance(error, WrongRecoveryCode):
            self.code_edit.setFocus()
