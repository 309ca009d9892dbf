"""Logging a phone call by hand: when, how long, who, and a short summary.

A call is a message of kind ``call`` (so it counts in threads and in the
inbox views); when a thread is selected the call can join it, and the
caller's client is taken from it. A value that does not fit is one sentence
in the dialog, and what was typed stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.calls import CALL_MINUTES_MAX
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.inbox import inbox_jobs

if TYPE_CHECKING:
    from desktop.services.inbox import ThreadRow
    from desktop.vault.store import OpenVault


class CallDialog(Retranslatable, QDialog):
    """Emits :attr:`logged` with the new message's id once the call is in the vault."""

    logged = Signal(int)

    def __init__(self, vault: OpenVault, thread: ThreadRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callDialog")
        self._vault = vault
        self._thread = thread
        self.when_edit = named(QDateTimeEdit(QDateTime.currentDateTime()), "callTimeEdit")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.minutes_spin = named(QSpinBox(), "callMinutesSpin")
        self.minutes_spin.setRange(1, CALL_MINUTES_MAX)
        self.minutes_spin.setValue(10)
        self.caller_edit = named(QLineEdit(thread.correspondent if thread else ""), "callCallerEdit")
        self.summary_edit = named(QPlainTextEdit(), "callSummaryEdit")
        self.summary_edit.setTabChangesFocus(True)
        self.thread_check = named(QCheckBox(), "callInThreadCheck")
        self.thread_check.setChecked(thread is not None)
        self.thread_check.setVisible(thread is not None)
        self.error_label = named(QLabel(wordWrap=True), "callErrorLabel")
        set_tone(self.error_label, Tone.ERROR)
        self.form = LabelledForm()
        for field in (self.when_edit, self.minutes_spin, self.caller_edit, self.summary_edit):
            self.form.add(field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("callOkButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.thread_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(480, 380)
        self.retranslateUi()
        primary_button(self, self.ok_button)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Log a phone call"))
        texts = (self.tr("When:"), self.tr("Minutes:"), self.tr("Who called:"), self.tr("Summary:"))
        for field, text in zip(
            (self.when_edit, self.minutes_spin, self.caller_edit, self.summary_edit), texts, strict=True
        ):
            self.form.label(field).setText(text)
        self.summary_edit.setPlaceholderText(self.tr("What was asked and what you answered, briefly"))
        if self._thread is not None:
            self.thread_check.setText(
                fill(self.tr("Add to the conversation “%1”"), (self._thread.subject or "—",))
            )
        self.ok_button.setText(self.tr("Log call"))

    @Slot()
    def submit(self) -> None:
        in_thread = self._thread is not None and self.thread_check.isChecked()
        thread = self._thread if in_thread else None
        occurred_at = datetime.fromtimestamp(self.when_edit.dateTime().toSecsSinceEpoch(), UTC)
        vault = self._vault
        minutes, caller, summary = (
            self.minutes_spin.value(),
            self.caller_edit.text(),
            self.summary_edit.toPlainText(),
        )
        client_id = thread.client_id if thread else None
        thread_of = thread.message_id if thread else None
        self.ok_button.setEnabled(False)
        run_in_background(
            lambda: inbox_jobs.log_call(
                vault,
                occurred_at=occurred_at,
                duration_minutes=minutes,
                caller=caller,
                summary=summary,
                client_id=client_id,
                thread_of=thread_of,
            ),
            owner=self,
            on_success=self._logged,
            on_failure=self._failed,
        )

    @Slot(object)
    def _logged(self, message_id: int) -> None:
        self.logged.emit(message_id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        template = getattr(error, "template", None)
        if isinstance(template, str):
            self.error_label.setText(
                fill(QCoreApplication.translate("inbox", template), getattr(error, "args_", ()))
            )
        else:
            self.error_label.setText(describe(error))
