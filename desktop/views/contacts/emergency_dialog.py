"""Declare an emergency (P-EMERGENCY) and deal with every booking in its period in one step.

The dialog lists the live bookings of the period as soon as the dates are
set, so the counsellor sees what will happen before it does. The step asks
first, naming the count and every booking it reaches; it then cancels or
postpones them all with no fee and queues a ``disaster`` contact with a ready
message for each client (see the Contacts section), and the dialog stays open
saying what was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import STATUS_LABELS
from desktop.policy.emergency import ACTION_LABELS, ISSUER_MAX, KIND_LABELS, EmergencyAction, EmergencyKind
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named, primary_button
from desktop.views.common.worker import run_on_vault
from desktop.views.contacts import contact_jobs

if TYPE_CHECKING:
    from desktop.services.emergencies import AffectedBooking, EmergencyOutcome
    from desktop.vault.store import OpenVault


#: The bookings the question lists itself; a longer list is shown in full under its Details.
_LISTED_IN_QUESTION = 8


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class EmergencyDialog(Retranslatable, QDialog):
    """:attr:`declared` carries the emergency's id once its bookings were dealt with."""

    declared = Signal(int)

    def __init__(self, vault: OpenVault, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyDialog")
        self._vault: OpenVault | None = vault
        self._affected: list[AffectedBooking] = []
        self._asked = 0

        self.kind_combo = named(QComboBox(), "emergencyKindCombo")
        for kind in EmergencyKind:
            self.kind_combo.addItem("", kind.value)
        self.issuer_edit = named(QLineEdit(), "emergencyIssuerEdit")
        self.issuer_edit.setMaxLength(ISSUER_MAX)
        self.issuer_edit.textChanged.connect(self._update)
        today = QDate.currentDate()
        self.first_edit = named(QDateEdit(today), "emergencyFirstDay")
        self.last_edit = named(QDateEdit(today), "emergencyLastDay")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._preview)
        self.action_combo = named(QComboBox(), "emergencyActionCombo")
        for action in EmergencyAction:
            self.action_combo.addItem("", action.value)
        self.action_combo.currentIndexChanged.connect(self._update)
        self.bookings_list = named(QListWidget(), "emergencyBookingsList")
        self.bookings_list.setMinimumHeight(160)
        self.summary_label = named(QLabel(wordWrap=True), "emergencySummaryLabel")
        self.status_label = named(QLabel(wordWrap=True), "emergencyStatusLabel")
        set_tone(self.status_label, Tone.ERROR)
        self.apply_button = named(QPushButton(), "emergencyApplyButton")
        self.apply_button.clicked.connect(self._apply)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)

        self._form = LabelledForm()
        for field in (self.kind_combo, self.issuer_edit, self.first_edit, self.last_edit, self.action_combo):
            self._form.add(field)
        self._intro = named(QLabel(wordWrap=True), "emergencyIntroLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(self._form)
        layout.addWidget(self.bookings_list, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()
        # What this dialog records cannot be taken back: Enter closes it, the action needs a click.
        primary_button(self, self._buttons.button(QDialogButtonBox.StandardButton.Close))
        self._preview()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Declare emergency"))
        self._intro.setText(
            self.tr(
                "When a public body has declared an emergency, every booking in its period can be "
                "cancelled or postponed at once, with no fee. Each client then gets a ready message "
                "to send, under Contacts."
            )
        )
        texts = (
            (self.kind_combo, self.tr("Kind:")),
            (self.issuer_edit, self.tr("Declared by:")),
            (self.first_edit, self.tr("From:")),
            (self.last_edit, self.tr("Until:")),
            (self.action_combo, self.tr("Bookings:")),
        )
        for field, text in texts:
            self._form.label(field).setText(text)
        for index in range(self.kind_combo.count()):
            kind = EmergencyKind(self.kind_combo.itemData(index))
            self.kind_combo.setItemText(index, QCoreApplication.translate("policy", KIND_LABELS[kind]))
        for index in range(self.action_combo.count()):
            action = EmergencyAction(self.action_combo.itemData(index))
            self.action_combo.setItemText(index, QCoreApplication.translate("policy", ACTION_LABELS[action]))
        self.issuer_edit.setPlaceholderText(self.tr("e.g. Japan Meteorological Agency, Mishima City"))
        self._update()

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self._update()

    @Slot()
    def _preview(self) -> None:
        self._asked += 1
        asked = self._asked
        first, last = _day(self.first_edit), _day(self.last_edit)
        self._affected = []
        self._update()
        if last < first:
            return
        self._run(
            lambda v: contact_jobs.affected_bookings(v, first, last),
            lambda found: self._listed(found) if asked == self._asked else None,
        )

    def _listed(self, found: list[AffectedBooking]) -> None:
        self._affected = found
        self._update()

    def action(self) -> EmergencyAction:
        return EmergencyAction(self.action_combo.currentData())

    @Slot()
    def _update(self) -> None:
        self.bookings_list.clear()
        locale = QLocale()
        for booking in self._affected:
            self.bookings_list.addItem(self._line(booking, locale))
        clients = len({b.client_id for b in self._affected})
        if _day(self.last_edit) < _day(self.first_edit):
            summary = self.tr("The period ends before it begins.")
        elif not self._affected:
            summary = self.tr("No bookings in this period.")
        else:
            summary = fill(
                self.tr(
                    "Bookings in this period: %1, of %2 clients. No fee is charged; "
                    "a message is prepared for each client."
                ),
                (str(len(self._affected)), str(clients)),
            )
        self.summary_label.setText(summary)
        cancel = self.action() is EmergencyAction.CANCEL
        self.apply_button.setText(
            self.tr("Cancel all without fee") if cancel else self.tr("Postpone all without fee")
        )
        self.apply_button.setEnabled(bool(self._affected) and bool(self.issuer_edit.text().strip()))

    @staticmethod
    def _line(booking: AffectedBooking, locale: QLocale) -> str:
        day = booking.session_date
        when = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
        start = f"{booking.starts_at:%H:%M}" if booking.starts_at else "--:--"  # inquiry: day only
        status = QCoreApplication.translate("policy", STATUS_LABELS[booking.status])
        return f"{when} {start}  {booking.client_name}  ({status})"

    def _confirmed(self) -> bool:
        """P-EMERGENCY: ask first, with the count and every booking the step reaches."""
        count = len(self._affected)
        cancel = self.action() is EmergencyAction.CANCEL
        box = QMessageBox(self)
        box.setObjectName("emergencyConfirmBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Declare emergency"))
        box.setText(
            self.tr("Cancel %n booking(s) without fee?", "", count)
            if cancel
            else self.tr("Postpone %n booking(s) without fee?", "", count)
        )
        locale = QLocale()
        lines = [self._line(booking, locale) for booking in self._affected]
        shown = lines[:_LISTED_IN_QUESTION]
        if len(lines) > len(shown):  # the box stays on the screen; the whole list is under Details
            shown.append(self.tr("…and %n more booking(s).", "", len(lines) - len(shown)))
            box.setDetailedText("\n".join(lines))
        box.setInformativeText(
            fill(self.tr("%1\n\nEach client gets a message to send, under Contacts."), ("\n".join(shown),))
        )
        go = named(
            box.addButton(self.apply_button.text(), QMessageBox.ButtonRole.DestructiveRole),
            "emergencyConfirmButton",
        )
        back = named(
            box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole), "emergencyBackButton"
        )
        box.setDefaultButton(back)  # Enter never cancels a whole period by accident
        box.setEscapeButton(back)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is go

    @Slot()
    def _apply(self) -> None:
        if not self._affected or not self._confirmed():
            return
        kind = EmergencyKind(self.kind_combo.currentData())
        issuer, action = self.issuer_edit.text(), self.action()
        first, last = _day(self.first_edit), _day(self.last_edit)
        language = "ja" if QLocale().language() == QLocale.Language.Japanese else "en"
        self.apply_button.setEnabled(False)
        self.status_label.clear()
        self._run(
            lambda v: contact_jobs.declare_emergency(
                v,
                kind=kind,
                issuing_body=issuer,
                first_day=first,
                last_day=last,
                action=action,
                language=language,
            ),
            self._done,
        )

    def _done(self, outcome: EmergencyOutcome) -> None:
        """Say what was done; the dialog stays open (nothing more can be applied) until closed."""
        for field in (self.kind_combo, self.issuer_edit, self.first_edit, self.last_edit, self.action_combo):
            field.setEnabled(False)
        self.apply_button.hide()
        done = (
            self.tr("Done: %n booking(s) cancelled without fee.", "", len(outcome.cancelled))
            if outcome.cancelled
            else self.tr("Done: %n booking(s) postponed without fee.", "", len(outcome.postponed))
        )
        ready = self.tr("%n message(s) are ready to send, under Contacts.", "", len(outcome.contacts))
        self.summary_label.setText(f"{done} {ready}")
        self.declared.emit(outcome.emergency_id)
