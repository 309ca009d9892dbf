"""The action panel under the inbox reader: what may be done with the message shown.

It says where the sender stands (P-PREMEET / P-AFTERFOLLOW) in one sentence,
offers the four trigger tags, and the three actions: reply (from a template,
handed to the mail program), hold (with a reason that fits the sender's
stage) and propose an in-person session (which opens a booking inquiry and
then the proposal reply). The inbox page gives it the vault with
:meth:`set_vault`, calls :meth:`show_message` when the selection changes, and
reloads its lists on :attr:`changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.afterfollow import (
    HOLD_REASON_LABELS,
    PREMEET_REASONS,
    TRIGGER_HINTS,
    TRIGGER_LABELS,
    HoldReason,
    ReplyTemplate,
    Stage,
    Trigger,
)
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import datetime_text
from desktop.views.common.worker import run_on_vault
from desktop.views.inbox import followup_jobs
from desktop.views.inbox.reply_dialog import ReplyDialog

if TYPE_CHECKING:
    from desktop.services.inbox.triage import MessageTriage
    from desktop.vault.store import OpenVault


class MessageActions(Retranslatable, QWidget):
    """Triage of one message; :attr:`changed` carries its id after anything about it changed."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageActions")
        self._vault: OpenVault | None = None
        self._triage: MessageTriage | None = None
        self._asked = 0

        self.eligibility_label = named(QLabel(wordWrap=True), "eligibilityLabel")
        self.hold_label = named(QLabel(wordWrap=True), "holdLabel")
        set_tone(self.hold_label, Tone.WARNING)
        self.trigger_checks: dict[Trigger, QCheckBox] = {}
        self._triggers_box = named(QGroupBox(), "triggersGroup")
        triggers_row = QHBoxLayout(self._triggers_box)
        for trigger in Trigger:
            check = named(QCheckBox(), f"trigger_{trigger.value}")
            check.clicked.connect(lambda on, t=trigger: self._tag(t, on))
            self.trigger_checks[trigger] = check
            triggers_row.addWidget(check)
        triggers_row.addStretch(1)
        self.reply_button = named(QPushButton(), "replyButton")
        self.reply_button.clicked.connect(self.reply)
        self.hold_button = named(QPushButton(), "holdButton")
        self.hold_menu = named(QMenu(self.hold_button), "holdMenu")
        self.hold_actions: dict[HoldReason, QAction] = {}
        for reason in HoldReason:
            action = self.hold_menu.addAction("")
            action.triggered.connect(lambda _checked=False, r=reason: self.hold(r))
            self.hold_actions[reason] = action
        self.hold_menu.addSeparator()
        self.release_action = self.hold_menu.addAction("")
        self.release_action.triggered.connect(self.release)
        self.hold_button.setMenu(self.hold_menu)
        self.propose_button = named(QPushButton(), "proposeInPersonButton")
        self.propose_button.clicked.connect(self.propose_in_person)
        self.status_label = named(QLabel(wordWrap=True), "actionsStatusLabel")

        buttons = QHBoxLayout()
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.hold_button)
        buttons.addWidget(self.propose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.eligibility_label)
        layout.addWidget(self.hold_label)
        layout.addWidget(self._triggers_box)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.retranslateUi()
        self._show(None)

    def retranslateUi(self) -> None:
        self._triggers_box.setTitle(self.tr("No longer after-follow? Tag what you see"))
        for trigger, check in self.trigger_checks.items():
            check.setText(QCoreApplication.translate("policy", TRIGGER_LABELS[trigger]))
            check.setToolTip(QCoreApplication.translate("policy", TRIGGER_HINTS[trigger]))
        self.reply_button.setText(self.tr("Reply…"))
        self.hold_button.setText(self.tr("Hold…"))
        self.propose_button.setText(self.tr("Propose in-person session…"))
        for reason, action in self.hold_actions.items():
            action.setText(QCoreApplication.translate("policy", HOLD_REASON_LABELS[reason]))
        self.release_action.setText(self.tr("Release the hold"))
        self._show(self._triage)

    # --- vault and message -------------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self._show(None)

    def clear(self) -> None:
        """Forget the vault and the message (on lock)."""
        self._vault = None
        self._asked += 1
        self._show(None)

    def show_message(self, message_id: int | None) -> None:
        """Show the triage of ``message_id``; ``None`` empties the panel."""
        self._asked += 1
        self.status_label.clear()
        if message_id is None:
            self._show(None)
            return
        asked = self._asked
        self._run(
            lambda v: followup_jobs.triage_of(v, message_id),
            lambda triage: self._show(triage) if asked == self._asked else None,
        )

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))
        self._show(self._triage)

    def _show(self, triage: MessageTriage | None) -> None:
        self._triage = triage
        usable = triage is not None and triage.inbound
        self.setEnabled(triage is not None)
        for widget in (self.reply_button, self.hold_button, self.propose_button, self._triggers_box):
            widget.setEnabled(usable)
        if triage is None:
            self.eligibility_label.clear()
            self.hold_label.clear()
            for check in self.trigger_checks.values():
                check.setChecked(False)
            return
        self.eligibility_label.setText(self._eligibility_text(triage))
        for trigger, check in self.trigger_checks.items():
            check.setChecked(trigger in triage.triggers)
        if triage.hold is not None:
            self.hold_label.setText(
                self.tr("Held: %1 (since %2)")
                .replace("%1", QCoreApplication.translate("policy", HOLD_REASON_LABELS[triage.hold.reason]))
                .replace("%2", datetime_text(triage.hold.held_at))
            )
        else:
            self.hold_label.clear()
        self.hold_label.setVisible(triage.hold is not None)
        not_met = triage.stage is Stage.NOT_MET
        for reason, action in self.hold_actions.items():
            action.setVisible(
                (reason in PREMEET_REASONS) == not_met
                or (triage.stage is Stage.ONLINE_ONLY and reason is HoldReason.CONSULTATION_CONTENT)
            )
        self.release_action.setEnabled(triage.hold is not None)
        self.propose_button.setEnabled(usable and triage.client_id is not None)
        font = self.propose_button.font()
        font.setBold(triage.suggests_in_person)
        self.propose_button.setFont(font)

    def _eligibility_text(self, triage: MessageTriage) -> str:
        if not triage.inbound:
            return self.tr("Sent by you; nothing to triage.")
        if triage.verdict.allowed:
            return self.tr("After-follow: this client has had an in-person session.")
        return QCoreApplication.translate("policy", triage.verdict.reason)

    # --- actions -----------------------------------------------------------------------------

    def _current(self) -> int | None:
        return self._triage.message_id if self._triage is not None else None

    def _after_change(self, triage: MessageTriage) -> None:
        self._show(triage)
        self.changed.emit(triage.message_id)

    def _tag(self, trigger: Trigger, tagged: bool) -> None:
        message_id = self._current()
        if message_id is not None:
            self._run(lambda v: followup_jobs.set_trigger(v, message_id, trigger, tagged), self._after_change)

    def hold(self, reason: HoldReason) -> None:
        message_id = self._current()
        if message_id is not None:
            self.status_label.clear()
            self._run(lambda v: followup_jobs.hold(v, message_id, reason), self._after_change)

    @Slot()
    def release(self) -> None:
        message_id = self._current()
        if message_id is not None:
            self._run(lambda v: followup_jobs.release(v, message_id), self._after_change)

    def _default_template(self) -> ReplyTemplate:
        triage = self._triage
        assert triage is not None
        if triage.hold is not None:
            return ReplyTemplate.HOLD_NOTICE
        if triage.stage is Stage.ELIGIBLE and not triage.triggers:
            return ReplyTemplate.AFTER_FOLLOW
        if triage.suggests_in_person:
            return ReplyTemplate.IN_PERSON_PROPOSAL
        return ReplyTemplate.CONFIRMATION

    @Slot()
    def reply(self, template: ReplyTemplate | None = None) -> ReplyDialog | None:
        """Open the reply dialog (the template fitting the message unless one is given)."""
        if self._vault is None or self._triage is None:
            return None
        dialog = ReplyDialog(
            self._vault,
            message_id=self._triage.message_id,
            template=template or self._default_template(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message_id = self._triage.message_id
        dialog.replied.connect(lambda _contact: self.changed.emit(message_id))
        dialog.open()
        self.reply_dialog = dialog
        return dialog

    @Slot()
    def propose_in_person(self) -> None:
        """P-AFTERFOLLOW: open a booking inquiry for the client, then the proposal reply."""
        message_id = self._current()
        if message_id is not None:
            self.status_label.clear()
            self._run(lambda v: followup_jobs.propose_in_person(v, message_id), self._proposed)

    def _proposed(self, _booking_id: int) -> None:
        self.status_label.setText(
            self.tr("A booking inquiry was opened for this client; write the proposal in the reply.")
        )
        if self._triage is not None:
            self.changed.emit(self._triage.message_id)
        self.reply(ReplyTemplate.IN_PERSON_PROPOSAL)
