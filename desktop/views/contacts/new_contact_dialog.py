"""Log a contact the counsellor makes (P-CONTACT): never without a basis.

The basis list starts on "choose the basis", and the Log button stays off
until one is chosen; the service checks again (a ``reply`` must name the
client's own message or call, an exception needs a note, the two booking
exceptions the booking). Each basis shows what it means under the list.
A reply says what it is: the list offers only the replies the outbound-contact
gate accepts for the chosen message (a held message, someone not yet met,
after-follow not allowed, the round trips used up), with a line saying why
the others are not offered; the gate checks again when the contact is logged.
Opened for mail sent outside the app (``sent``), the dialog records that
mail's basis instead: its client is fixed and no reply template is asked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PolicyRefusal
from desktop.policy.afterfollow import TEMPLATE_LABELS, ReplyTemplate
from desktop.policy.bookings import STATUS_LABELS
from desktop.policy.contacts import (
    BASIS_HINTS,
    BASIS_LABELS,
    BOOKING_BASES,
    CHANNEL_LABELS,
    Basis,
    ContactChannel,
)
from desktop.views.calendar import booking_jobs
from desktop.views.common.client_completer import ClientCompleter, shown_name
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, cancel_or, named, primary_button
from desktop.views.common.local_time import datetime_text, in_sentence
from desktop.views.common.worker import run_on_vault
from desktop.views.contacts import contact_jobs

if TYPE_CHECKING:
    from desktop.services.contacts import ContactRecord, ReplyOptions, SentMail
    from desktop.vault.store import OpenVault


class NewContactDialog(Retranslatable, QDialog):
    """:attr:`logged` carries the new contact's id."""

    logged = Signal(int)

    def __init__(
        self, vault: OpenVault, *, parent: QWidget | None = None, sent: SentMail | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newContactDialog")
        self._vault: OpenVault | None = vault
        self._choices: contact_jobs.ContactChoices | None = None
        self._sent = sent

        self.search_edit = named(QLineEdit(), "contactClientSearch")
        self._clients = ClientCompleter(
            self.search_edit,
            lambda query, found: self._run(lambda v: booking_jobs.search_clients(v, query), found),
        )
        self._clients.found.connect(self._found)
        self._clients.chosen.connect(self._chosen)
        self.client_combo = named(QComboBox(), "contactClientCombo")
        self.client_combo.currentIndexChanged.connect(self._client_changed)
        self.basis_combo = named(QComboBox(), "contactBasisCombo")
        self.basis_combo.addItem("", None)
        for basis in Basis:
            self.basis_combo.addItem("", basis.value)
        self.basis_combo.currentIndexChanged.connect(self._update)
        self.basis_hint = named(QLabel(wordWrap=True), "contactBasisHint")
        self.channel_combo = named(QComboBox(), "contactChannelCombo")
        for channel in ContactChannel:
            self.channel_combo.addItem("", channel.value)
        self.reply_combo = named(QComboBox(), "contactReplyCombo")
        self.reply_combo.currentIndexChanged.connect(self._reply_changed)
        self.channel_combo.currentIndexChanged.connect(self._reply_changed)
        self.template_combo = named(QComboBox(), "contactTemplateCombo")
        self.template_combo.currentIndexChanged.connect(self._update)
        self.why_label = named(QLabel(wordWrap=True), "contactReplyWhyLabel")
        self.booking_combo = named(QComboBox(), "contactBookingCombo")
        self.note_edit = named(QPlainTextEdit(), "contactNoteEdit")
        self.note_edit.setFixedHeight(90)
        self.note_edit.textChanged.connect(self._update)
        self.status_label = named(QLabel(wordWrap=True), "newContactStatusLabel")
        set_tone(self.status_label, Tone.ERROR)
        self.log_button = named(QPushButton(), "logContactButton")
        self.log_button.clicked.connect(self._log)
        buttons = cancel_or(self, self.log_button)

        self._form = LabelledForm()
        for field in (
            self.search_edit,
            self.client_combo,
            self.basis_combo,
            self.channel_combo,
            self.reply_combo,
            self.template_combo,
            self.booking_combo,
            self.note_edit,
        ):
            self._form.add(field)
        self._form.insertRow(3, "", self.basis_hint)
        self._form.insertRow(7, "", self.why_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()
        primary_button(self, self.log_button)
        if sent is not None:  # the mail's own client, fixed
            self.search_edit.setEnabled(False)
            self.channel_combo.setEnabled(False)
            self.client_combo.addItem(sent.client_name, sent.client_id)

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("New contact") if self._sent is None else self.tr("Basis of mail sent outside the app")
        )
        texts = (
            (self.search_edit, self.tr("Find client:")),
            (self.client_combo, self.tr("Client:")),
            (self.basis_combo, self.tr("Basis:")),
            (self.channel_combo, self.tr("By:")),
            (self.reply_combo, self.tr("Answers:")),
            (self.template_combo, self.tr("Reply with:")),
            (self.booking_combo, self.tr("Booking:")),
            (self.note_edit, self.tr("Why now:")),
        )
        for field, text in texts:
            self._form.label(field).setText(text)
        self.search_edit.setPlaceholderText(self.tr("Type a name or reading to search"))
        self.basis_combo.setItemText(0, self.tr("Choose the basis of this contact…"))
        for index in range(1, self.basis_combo.count()):
            basis = Basis(self.basis_combo.itemData(index))
            self.basis_combo.setItemText(index, QCoreApplication.translate("policy", BASIS_LABELS[basis]))
        for index in range(self.channel_combo.count()):
            channel = ContactChannel(self.channel_combo.itemData(index))
            self.channel_combo.setItemText(
                index, QCoreApplication.translate("policy", CHANNEL_LABELS[channel])
            )
        self.log_button.setText(self.tr("Log contact"))
        self._fill_choices()
        self._update()

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self._update()

    # --- client ------------------------------------------------------------------------------

    @Slot(list)
    def _found(self, found: list[booking_jobs.ClientChoice]) -> None:
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for client in found:
            self.client_combo.addItem(shown_name(client), client.id)
        self.client_combo.blockSignals(False)
        self._client_changed()

    @Slot(object)
    def _chosen(self, client_id: int | None) -> None:
        """A suggestion picked (or the full name typed) selects that client in the list."""
        index = self.client_combo.findData(client_id) if client_id is not None else -1
        if index >= 0:
            self.client_combo.setCurrentIndex(index)

    @Slot()
    def _client_changed(self) -> None:
        self._choices = None
        self._fill_choices()
        self._update()
        client_id = self.client_combo.currentData()
        if client_id is not None:
            self._run(lambda v: contact_jobs.contact_choices(v, client_id), self._choices_loaded)

    def _choices_loaded(self, choices: contact_jobs.ContactChoices) -> None:
        self._choices = choices
        self._fill_choices()
        self._update()

    def _fill_choices(self) -> None:
        self.reply_combo.clear()
        self.booking_combo.clear()
        self.booking_combo.addItem(self.tr("No booking"), None)
        if self._choices is None:
            return
        for target in self._choices.reply_targets:
            kind = self.tr("Call") if target.kind == "call" else self.tr("Email")
            self.reply_combo.addItem(
                f"{datetime_text(target.sent_at)} · {kind} · {target.subject}".rstrip(" ·"), target.message_id
            )
        for booking in self._choices.bookings:
            when = in_sentence(booking.starts_at) if booking.starts_at else "—"
            status = QCoreApplication.translate("policy", STATUS_LABELS[booking.status])
            self.booking_combo.addItem(f"{when} · {status}", booking.id)

    @Slot()
    def _reply_changed(self) -> None:
        self.template_combo.clear()
        self.why_label.clear()
        client_id, message_id = self.client_combo.currentData(), self.reply_combo.currentData()
        channel = ContactChannel(self.channel_combo.currentData())
        if client_id is not None and message_id is not None:
            self._run(lambda v: contact_jobs.reply_options(v, client_id, message_id, channel), self._offer)
        self._update()

    def _offer(self, options: ReplyOptions) -> None:
        """Only the replies the gate accepts can be chosen; a line says why the others are not offered."""
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in options.templates:
            self.template_combo.addItem(
                QCoreApplication.translate("policy", TEMPLATE_LABELS[template]), template.value
            )
        self.template_combo.blockSignals(False)
        why = options.why
        self.why_label.setText("" if why.allowed else describe(PolicyRefusal(why.rule, why.reason, why.args)))
        self._update()

    # --- basis -------------------------------------------------------------------------------

    def basis(self) -> Basis | None:
        data = self.basis_combo.currentData()
        return Basis(data) if data else None

    @Slot()
    def _update(self) -> None:
        basis = self.basis()
        self.basis_hint.setText(
            QCoreApplication.translate("policy", BASIS_HINTS[basis])
            if basis
            else self.tr("No basis, no contact.")
        )
        is_reply = basis is Basis.REPLY
        asks_template = is_reply and self._sent is None
        self.reply_combo.setVisible(is_reply)
        self._form.label(self.reply_combo).setVisible(is_reply)
        self.template_combo.setVisible(asks_template)
        self._form.label(self.template_combo).setVisible(asks_template)
        self.why_label.setVisible(asks_template)
        self.note_edit.setVisible(not is_reply)
        self._form.label(self.note_edit).setVisible(not is_reply)
        needs_booking = basis in BOOKING_BASES
        self.booking_combo.setVisible(not is_reply)
        self._form.label(self.booking_combo).setVisible(not is_reply)
        ready = (
            basis is not None
            and self.client_combo.currentData() is not None
            and (
                self.reply_combo.currentData() is not None
                and (self._sent is not None or self.template_combo.currentData() is not None)
                if is_reply
                else bool(self.note_edit.toPlainText().strip())
            )
            and (not needs_booking or self.booking_combo.currentData() is not None)
        )
        self.log_button.setEnabled(ready)

    @Slot()
    def _log(self) -> None:
        basis, client_id = self.basis(), self.client_combo.currentData()
        if basis is None or client_id is None:
            return  # the button is off; nothing is ever logged without a basis
        is_reply = basis is Basis.REPLY
        channel = str(self.channel_combo.currentData())
        note = "" if is_reply else self.note_edit.toPlainText()
        reply_to = self.reply_combo.currentData() if is_reply else None
        template_value = self.template_combo.currentData() if is_reply else None
        template = ReplyTemplate(template_value) if template_value else None
        booking_id = None if is_reply else self.booking_combo.currentData()
        self.log_button.setEnabled(False)
        self.status_label.clear()
        if self._sent is not None:
            message_id = self._sent.message_id
            self._run(
                lambda v: contact_jobs.give_basis(
                    v,
                    message_id,
                    basis=basis.value,
                    note=note,
                    reply_to_message_id=reply_to,
                    booking_id=booking_id,
                ),
                self._done,
            )
            return
        self._run(
            lambda v: contact_jobs.log_contact(
                v,
                client_id=client_id,
                basis=basis.value,
                channel=channel,
                note=note,
                reply_to_message_id=reply_to,
                booking_id=booking_id,
                template=template,
            ),
            self._done,
        )

    def _done(self, record: ContactRecord) -> None:
        self.logged.emit(record.id)
        self.accept()
