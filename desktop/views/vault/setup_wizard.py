"""First-run set-up: practice names, the starter session menu, a passphrase, and the recovery code.

Nothing is written until the counsellor has typed part of the recovery code
back: only then is the vault created (off the GUI thread, with a busy bar),
so a vault never exists whose recovery code nobody saw.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.i18n import fill
from desktop.policy import practice
from desktop.vault import recovery
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, enter_only_on_default, named
from desktop.views.common.worker import run_in_background
from desktop.views.vault import vault_jobs
from desktop.views.vault.passphrase_fields import PassphraseFields
from desktop.views.vault.recovery_code_widgets import GroupCheck, code_label
from desktop.views.vault.starter_menu_page import StarterMenuPage

if TYPE_CHECKING:
    from desktop.vault.keyslots import KdfParams
    from desktop.vault.store import OpenVault


class PracticePage(Retranslatable, QWizardPage):
    """The practice and counsellor names, shown later on confirmations."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self._folder = folder
        self.practice_edit = named(QLineEdit(practice.DEFAULT_PRACTICE_NAME), "practiceNameEdit")
        self.counsellor_edit = named(QLineEdit(practice.DEFAULT_COUNSELLOR_NAME), "counsellorNameEdit")
        self._intro = QLabel(wordWrap=True)
        self._where = named(QLabel(wordWrap=True), "vaultFolderLabel")
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form = LabelledForm()
        self._form.add(self.practice_edit)
        self._form.add(self.counsellor_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self._where)
        for edit in (self.practice_edit, self.counsellor_edit):
            edit.textChanged.connect(self.completeChanged)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome to Sorakumo Desk"))
        self.setSubTitle(self.tr("Let us set up your practice's encrypted vault."))
        self._intro.setText(
            self.tr(
                "Every client record stays on this computer, encrypted. These names appear on "
                "confirmations and can be changed later in Settings."
            )
        )
        self._label(self.practice_edit).setText(self.tr("Practice name:"))
        self._label(self.counsellor_edit).setText(self.tr("Counsellor name:"))
        self._where.setText(fill(self.tr("The vault will be kept in: %1"), (str(self._folder),)))

    def _label(self, field: QWidget) -> QLabel:
        label = self._form.label(field)
        return label

    def isComplete(self) -> bool:
        return bool(self.practice_edit.text().strip() and self.counsellor_edit.text().strip())


class PassphrasePage(Retranslatable, QWizardPage):
    """The passphrase, twice, with the strength meter."""

    def __init__(self) -> None:
        super().__init__()
        self.fields = PassphraseFields()
        self._note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._note)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.fields.changed.connect(self.completeChanged)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(self.tr("You will type it each time you open Sorakumo Desk."))
        self._note.setText(
            self.tr(
                "Nobody can recover the records without this passphrase or the recovery code that "
                "follows. A short sentence that means something only to you is easy to remember "
                "and hard to guess."
            )
        )

    def isComplete(self) -> bool:
        return self.fields.passphrase() is not None


class RecoveryCodePage(Retranslatable, QWizardPage):
    """The recovery code, shown once, in groups to write down."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self._explain = QLabel(wordWrap=True)
        self.code_label = code_label(code, "recoveryCodeLabel")
        self.written_check = named(QCheckBox(), "recoveryWrittenCheck")
        self.written_check.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explain)
        layout.addWidget(self.code_label)
        layout.addWidget(self.written_check)
        layout.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Write down your recovery code"))
        self.setSubTitle(self.tr("It is shown only this once."))
        self._explain.setText(
            self.tr(
                "If you forget the passphrase, this code is the only way back into your records. "
                "Write it on paper and keep it somewhere safe, away from this computer. Do not "
                "save it in a file or send it by email."
            )
        )
        self.written_check.setText(self.tr("I have written the recovery code down"))

    def isComplete(self) -> bool:
        return self.written_check.isChecked()


class ConfirmCodePage(Retranslatable, QWizardPage):
    """Typing two groups of the code back proves it was written down correctly."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.check = GroupCheck(code)
        self.check.changed.connect(self.completeChanged)
        self.first_edit, self.second_edit = self.check.first_edit, self.check.second_edit
        self.busy = named(QProgressBar(), "creatingBusyBar")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = named(QLabel(wordWrap=True), "setupStatusLabel")
        layout = QVBoxLayout(self)
        self._explain = QLabel(wordWrap=True)
        layout.addWidget(self._explain)
        layout.addWidget(self.check)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.retranslateUi()

    @property
    def asked_groups(self) -> tuple[int, int]:
        """Which groups (0-based) the counsellor is asked for."""
        return self.check.asked_groups

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Check the recovery code"))
        self.setSubTitle(self.tr("Type two groups from what you wrote down."))
        self._explain.setText(
            self.tr("When both groups match, Sorakumo Desk creates your vault. This takes a few seconds.")
        )

    def isComplete(self) -> bool:
        return self.check.matches()


class SetupWizard(Retranslatable, QWizard):
    """Creates the vault; emits :attr:`created` with the open vault."""

    created = Signal(object)
    restore_requested = Signal()

    def __init__(self, folder: Path, *, kdf: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setMinimumSize(640, 480)
        self._folder = folder
        self._kdf = kdf
        self._code = recovery.new_recovery_code()
        self._creating = False
        self.practice_page = PracticePage(folder)
        self.menu_page = StarterMenuPage()
        self.passphrase_page = PassphrasePage()
        self.recovery_page = RecoveryCodePage(self._code)
        self.confirm_page = ConfirmCodePage(self._code)
        for page in (
            self.practice_page,
            self.menu_page,
            self.passphrase_page,
            self.recovery_page,
            self.confirm_page,
        ):
            self.addPage(page)
        # A new laptop with a backup: restore it instead of setting up an empty vault.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("setupRestoreButton")
        self.customButtonClicked.connect(lambda _which: self.restore_requested.emit())
        self.retranslateUi()
        enter_only_on_default(self)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("First set-up"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create vault"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Restore from a backup…"))

    def accept(self) -> None:
        """Create the vault in the background; close only once it exists."""
        passphrase = self.passphrase_page.fields.passphrase()
        if self._creating or passphrase is None:
            return
        self._creating = True
        self._set_busy(True)
        folder, code, kdf = self._folder, self._code, self._kdf
        practice_name = self.practice_page.practice_edit.text()
        counsellor_name = self.practice_page.counsellor_edit.text()
        starter = self.menu_page.sessions()
        run_in_background(
            lambda: vault_jobs.create_vault(
                folder,
                passphrase=passphrase,
                recovery_code=code,
                practice_name=practice_name,
                counsellor_name=counsellor_name,
                starter=starter,
                kdf=kdf,
            ),
            owner=self,
            on_success=self._on_created,
            on_failure=self._on_failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.confirm_page.busy.setVisible(busy)
        self.confirm_page.status.setText(self.tr("Creating the encrypted vault…") if busy else "")
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not busy)

    @Slot(object)
    def _on_created(self, vault: OpenVault) -> None:
        self._creating = False
        self._set_busy(False)
        self.created.emit(vault)
        super().accept()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._creating = False
        self._set_busy(False)
        self.confirm_page.status.setText(describe(error))
