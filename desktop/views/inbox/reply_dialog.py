"""Write a reply from a template and hand it to the counsellor's own mail program.

The app sends nothing itself (P-SAFEGUARD): "Open in mail program" opens a
``mailto:`` URL (through :mod:`desktop.views.common.mail_program`) and "Copy text"
copies the text; either one logs the reply as a P-CONTACT contact with basis
``reply``, once per dialog. The template list holds only the replies the
outbound-contact gate accepts for this message (a held message, someone not
yet met, after-follow not allowed, the round trips used up); a line says why
the others are not offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import PolicyRefusal
from desktop.policy.afterfollow import TEMPLATE_LABELS, ReplyTemplate
from desktop.views.common import mail_program
from desktop.views.common.clipboard import copy_sensitive
from desktop.views.common.error_text import describe
from desktop.views.common.forms import (
    LabelledForm,
    Retranslatable,
    message_language_combo,
    named,
    primary_button,
)
from desktop.views.common.worker import run_on_vault
from desktop.views.inbox import followup_jobs

if TYPE_CHECKING:
    from desktop.policy import Verdict
    from desktop.services.contacts import ContactRecord
    from desktop.services.inbox.replies import ReplyDraft
    from desktop.vault.store import OpenVault


class ReplyDialog(Retranslatable, QDialog):
    """:attr:`replied` carries the logged contact's id once the reply was handed over."""

    replied = Signal(int)

    def __init__(
        self,
        vault: OpenVault,
        *,
        message_id: int,
        template: ReplyTemplate,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self._vault: OpenVault | None = vault
        self._message_id = message_id
        self._draft: ReplyDraft | None = None
        self._logged: ContactRecord | None = None
        self._asked = 0

        self._wanted = template
        self._why = ""
        self.template_combo = named(QComboBox(), "replyTemplateCombo")
        self.template_combo.activated.connect(self._load)
        self.why_label = named(QLabel(wordWrap=True), "replyWhyLabel")
        self.language_combo = message_language_combo("replyLanguageCombo")
        self.language_combo.activated.connect(self._load)
        self.to_label = named(QLabel(), "replyToLabel")
        self.subject_edit = named(QLineEdit(), "replySubjectEdit")
        self.text_edit = named(QPlainTextEdit(), "replyTextEdit")
        self.text_edit.setMinimumHeight(260)
        self.status_label = named(QLabel(wordWrap=True), "replyStatusLabel")
        self.open_button = named(QPushButton(), "replyOpenButton")
        self.open_button.clicked.connect(self._open_in_mail_program)
        self.copy_button = named(QPushButton(), "replyCopyButton")
        self.copy_button.clicked.connect(self._copy)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.template_combo, 1)
        top.addWidget(self.language_combo)
        self._form = LabelledForm()
        self._form.add(self.to_label)
        self._form.add(self.subject_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.why_label)
        layout.addLayout(self._form)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(actions)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(620)
        self.retranslateUi()
        primary_button(self, self.copy_button)
        self._set_ready(False)  # until the gate's list and the draft are in
        self._run(lambda v: followup_jobs.reply_templates(v, message_id), self._offer)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Reply"))
        for index in range(self.template_combo.count()):
            value = ReplyTemplate(self.template_combo.itemData(index))  # the gate's list, in its order
            self.template_combo.setItemText(
                index, QCoreApplication.translate("policy", TEMPLATE_LABELS[value])
            )
        self._form.label(self.to_label).setText(self.tr("To:"))
        self._form.label(self.subject_edit).setText(self.tr("Subject:"))
        self.open_button.setText(self.tr("Open in mail program"))
        self.copy_button.setText(self.tr("Copy text"))
        self.open_button.setToolTip(
            self.tr("Your mail program opens with this reply; the app itself sends nothing.")
        )

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def clear(self) -> None:
        """Forget the vault (on lock); late results are dropped."""
        self._vault = None
        self.text_edit.clear()
        self.setEnabled(False)

    def _offer(self, offered: tuple[list[ReplyTemplate], Verdict]) -> None:
        """Fill the list with the templates the gate accepts; say why the others are not there."""
        templates, why = offered
        self.template_combo.clear()
        for value in templates:
            self.template_combo.addItem(
                QCoreApplication.translate("policy", TEMPLATE_LABELS[value]), value.value
            )
        self.why_label.setText("" if why.allowed else describe(PolicyRefusal(why.rule, why.reason, why.args)))
        if not templates:
            self._set_ready(False)
            return
        index = self.template_combo.findData(self._wanted.value)
        self.template_combo.setCurrentIndex(max(index, 0))
        self._load()

    def _set_ready(self, ready: bool) -> None:
        self.open_button.setEnabled(ready and bool(self._draft and self._draft.to_address))
        self.copy_button.setEnabled(ready)

    @Slot()
    def _load(self) -> None:
        self._asked += 1
        asked = self._asked
        message_id = self._message_id
        if self.template_combo.currentData() is None:
            return
        template = ReplyTemplate(self.template_combo.currentData())
        language = str(self.language_combo.currentData())
        self._set_ready(False)
        self.status_label.clear()
        self._run(
            lambda v: followup_jobs.draft_reply(v, message_id, template, language),
            lambda draft: self._show(draft) if asked == self._asked else None,
        )

    def _show(self, draft: ReplyDraft) -> None:
        self._draft = draft
        self.to_label.setText(draft.to_address or self.tr("(no email address: reply by phone)"))
        self.subject_edit.setText(draft.subject)
        self.text_edit.setPlainText(draft.text)
        self._set_ready(True)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self._set_ready(self._draft is not None)

    def mailto(self) -> str:
        """The URL handed to the mail program, with the subject and text as edited."""
        assert self._draft is not None
        subject, text = self.subject_edit.text(), self.text_edit.toPlainText()
        return mail_program.mailto(self._draft.to_address, subject, text)

    @Slot()
    def _open_in_mail_program(self) -> None:
        if self._draft is None:
            return
        if not mail_program.hand_over(self.mailto()):
            self.status_label.setText(
                self.tr("No mail program answered; copy the text into your mail program instead.")
            )
            return
        self._log(self.tr("Handed to your mail program and logged as a reply."))

    @Slot()
    def _copy(self) -> None:
        if self._draft is None:
            return
        copy_sensitive(self.text_edit.toPlainText())
        self._log(self.tr("Copied and logged as a reply."))

    def _log(self, done_text: str) -> None:
        if self._logged is not None:
            self.status_label.setText(done_text)
            return
        draft, subject, text = self._draft, self.subject_edit.text(), self.text_edit.toPlainText()
        assert draft is not None
        self._run(
            lambda v: followup_jobs.log_reply(v, draft, subject, text),
            lambda c: self._logged_as(c, done_text),
        )

    def _logged_as(self, record: ContactRecord, done_text: str) -> None:
        self._logged = record
        self.status_label.setText(done_text)
        self.replied.emit(record.id)
