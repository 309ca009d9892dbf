"""P-CONFIRM: the confirmed booking's message to the client, ready to copy or read out.

Shown in the booking dialog once a booking is confirmed. The text comes from
the service (which records that it was produced); the counsellor picks the
language, copies it into their own mail program or reads it on the phone.
Copying it is a contact (P-CONTACT: a reply to the client's own booking), so
the copy is logged through the outbound-contact gate and appears in Contacts;
a refusal is shown as one sentence under the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.calendar import booking_jobs
from desktop.views.common.clipboard import copy_sensitive
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, message_language_combo, named
from desktop.views.contacts import contact_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


class Runner(Protocol):
    """Runs ``work(vault)`` on the vault thread and hands the result (or the error) to the callbacks."""

    def __call__(
        self,
        work: Callable[[OpenVault], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None: ...


class ConfirmationPanel(Retranslatable, QGroupBox):
    """The message of one confirmed booking; :meth:`show_booking` loads it."""

    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmationPanel")
        self._run = run
        self._booking_id: int | None = None
        self.language_combo = message_language_combo("confirmationLanguageCombo")
        self.language_combo.activated.connect(self._load)
        self.text_edit = named(QPlainTextEdit(readOnly=True), "confirmationTextEdit")
        self.text_edit.setMinimumHeight(240)
        self.copy_button = named(QPushButton(), "copyConfirmationButton")
        self.copy_button.clicked.connect(self._copy)
        self.hint_label = named(QLabel(wordWrap=True), "confirmationHintLabel")
        top = QHBoxLayout()
        top.addWidget(self.language_combo)
        top.addWidget(self.hint_label, 1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text_edit)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Confirmation message"))
        self.copy_button.setText(self.tr("Copy"))
        self.language_combo.setAccessibleName(self.tr("Language of the message"))

    def show_booking(self, booking_id: int | None) -> None:
        """Load the message of confirmed booking ``booking_id``; None empties the panel."""
        self._booking_id = booking_id
        self.hint_label.clear()
        if booking_id is None:
            self.text_edit.clear()
        else:
            self._load()

    @Slot()
    def _load(self) -> None:
        booking_id, language = self._booking_id, str(self.language_combo.currentData())
        if booking_id is not None:
            self._run(
                lambda vault: booking_jobs.confirmation_message(vault, booking_id, language),
                self.text_edit.setPlainText,
            )

    @Slot()
    def _copy(self) -> None:
        booking_id, text = self._booking_id, self.text_edit.toPlainText()
        if booking_id is None or not text:
            return
        self.copy_button.setEnabled(False)
        self._run(
            lambda vault: contact_jobs.log_confirmation_copied(vault, booking_id, text),
            lambda _record: self._copied(text),
            self._refused,
        )

    def _copied(self, text: str) -> None:
        copy_sensitive(text)
        self.copy_button.setEnabled(True)
        self.hint_label.setText(
            self.tr("Copied and logged in Contacts. Paste it into your mail or read it out on the phone.")
        )

    def _refused(self, error: Exception) -> None:
        self.copy_button.setEnabled(True)
        self.hint_label.setText(describe(error))
