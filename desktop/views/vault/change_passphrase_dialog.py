"""Changing the passphrase: the key is rewrapped, the records are not re-encrypted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.vault import vault_jobs
from desktop.views.vault.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class ChangePassphraseDialog(Retranslatable, QDialog):
    """Asks for the current passphrase and a new one typed twice."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setMinimumWidth(480)
        self._vault = vault
        self.current_edit = named(QLineEdit(), "currentPassphraseEdit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = PassphraseFields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        self.busy = named(QProgressBar(), "changeBusyBar")
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.error_label = named(QLabel(wordWrap=True), "changeErrorLabel")
        self._form = LabelledForm()
        self._form.add(self.current_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.current_edit.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self.retranslateUi()
        primary_button(self, self.buttons.button(QDialogButtonBox.StandardButton.Ok))
        self._update()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        label = self._form.label(self.current_edit)
        label.setText(self.tr("Current passphrase:"))

    @Slot()
    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            bool(self.current_edit.text())
            and self.fields.passphrase() is not None
            and not self.busy.isVisible()
        )

    @Slot()
    def _change(self) -> None:
        new = self.fields.passphrase()
        old = self.current_edit.text()
        if new is None or not old:
            return
        self.busy.show()
        self.error_label.clear()
        self._update()
        vault = self._vault
        run_in_background(
            lambda: vault_jobs.change_passphrase(vault, old, new),
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
        )

    @Slot(object)
    def _done(self, _result: object) -> None:
        self.busy.hide()
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.error_label.setText(describe(error))
        self._update()
