"""Cancel a booking (P-CANCEL, P-EMERGENCY), showing the fee that will apply before it is done.

The fee comes from the schedule set in Settings, the booking's start and its
price; it is worked out on the worker thread whenever who asked, the reason or
the waiver changes. A waived fee needs its reason, as the policy says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import CancelledBy
from desktop.views.calendar import booking_jobs
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named, primary_button
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.policy.cancellation import CancellationTerms
    from desktop.services.bookings import CancellationRecord
    from desktop.vault.store import OpenVault


class CancelBookingDialog(Retranslatable, QDialog):
    """:attr:`cancelled` carries the booking id once the cancellation is recorded."""

    cancelled = Signal(int)

    def __init__(self, vault: OpenVault, *, booking_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelBookingDialog")
        self._vault: OpenVault | None = vault
        self._booking_id = booking_id
        self._context: booking_jobs.CancelContext | None = None
        self._asked = 0  # counts fee previews: only the latest one is shown

        self.by_combo = named(QComboBox(), "cancelByCombo")
        for who in CancelledBy:
            self.by_combo.addItem("", who.value)
        self.by_combo.currentIndexChanged.connect(self._preview)
        self.reason_edit = named(QLineEdit(), "cancelReasonEdit")
        self.reason_edit.setMaxLength(40)
        self.reason_edit.textChanged.connect(self._preview)
        self.waive_check = named(QCheckBox(), "cancelWaiveCheck")
        self.waive_check.toggled.connect(self._preview)
        self.fee_label = named(QLabel(wordWrap=True), "cancelFeeLabel")
        font = self.fee_label.font()
        font.setBold(True)
        self.fee_label.setFont(font)
        self.status_label = named(QLabel(wordWrap=True), "cancelStatusLabel")
        set_tone(self.status_label, Tone.ERROR)
        self.confirm_button = named(QPushButton(), "cancelConfirmButton")
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self._confirm)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        self._form = LabelledForm()
        for field in (self.by_combo, self.reason_edit):
            self._form.add(field)
        self._form.addRow("", self.waive_check)
        self._form.add(self.fee_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.status_label)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(600)  # the reason's example reads whole in Japanese too
        self.retranslateUi()
        # What this dialog records cannot be taken back: Enter closes it, the action needs a click.
        primary_button(self, self._buttons.button(QDialogButtonBox.StandardButton.Close))
        self._run(lambda v: booking_jobs.cancel_context(v, booking_id), self._context_loaded)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Cancel booking"))
        self._form.label(self.by_combo).setText(self.tr("Who asked:"))
        self._form.label(self.reason_edit).setText(self.tr("Reason:"))
        self._form.label(self.fee_label).setText(self.tr("Fee:"))
        self.by_combo.setItemText(0, self.tr("The client"))
        self.by_combo.setItemText(1, self.tr("The counsellor"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. emergency, illness (required to waive the fee)"))
        self.waive_check.setText(self.tr("Emergency: waive the fee (give the reason)"))
        self.confirm_button.setText(self.tr("Cancel booking"))
        self._preview()

    def _run(
        self,
        work: Callable[[OpenVault], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        run_on_vault(
            self, lambda: self._vault, work, on_success=on_success, on_failure=on_failure or self._failed
        )

    def clear(self) -> None:
        """Forget the vault (on lock); late results are dropped."""
        self._vault = None
        self.setEnabled(False)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self.confirm_button.setEnabled(self._context is not None)

    @Slot(object)
    def _context_loaded(self, context: booking_jobs.CancelContext) -> None:
        self._context = context
        self.confirm_button.setEnabled(True)
        self._preview()

    @Slot()
    def _preview(self) -> None:
        context = self._context
        if context is None:
            self.fee_label.setText(self.tr("Working out the fee…"))
            return
        self._asked += 1
        asked = self._asked
        who, reason, waive = (
            CancelledBy(self.by_combo.currentData()),
            self.reason_edit.text(),
            self.waive_check.isChecked(),
        )
        self._run(
            lambda _v: booking_jobs.fee_preview(context, who, reason, waive),
            lambda terms: self._show_fee(terms) if asked == self._asked else None,
        )

    def _show_fee(self, terms: CancellationTerms) -> None:
        if terms.waived:
            text = self.tr("No fee: waived (¥0)")
        elif terms.fee_yen == 0:
            text = self.tr("No fee (¥0)")
        else:
            text = fill(self.tr("%1 % of the price: ¥%2"), (str(terms.percent), f"{terms.fee_yen:,}"))
        self.fee_label.setText(text)

    @Slot()
    def _confirm(self) -> None:
        who, reason, waive = (
            CancelledBy(self.by_combo.currentData()),
            self.reason_edit.text(),
            self.waive_check.isChecked(),
        )
        booking_id = self._booking_id
        self.confirm_button.setEnabled(False)
        self.status_label.clear()
        self._run(lambda v: booking_jobs.cancel_booking(v, booking_id, who, reason, waive), self._done)

    def _done(self, record: CancellationRecord) -> None:
        self.cancelled.emit(record.booking_id)
        self.accept()
