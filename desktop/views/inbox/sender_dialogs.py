"""Matching a "not matched" sender: link the address to an existing client, or make them a prospect.

Both dialogs do their work on the vault thread and close only when it
succeeded; a refusal or an input that does not fit is one sentence in the
dialog and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.calendar import booking_jobs
from desktop.views.clients import client_jobs
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, named, primary_button
from desktop.views.common.worker import run_in_background
from desktop.views.inbox import inbox_jobs

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault


#: Milliseconds the search waits after the last keystroke.
_SEARCH_DELAY_MS = 200


class _SenderDialog(Retranslatable, QDialog):
    """The part both dialogs share: the sender shown, an error line, OK and Cancel, vault work."""

    #: The client the sender now belongs to.
    matched = Signal(int)

    def __init__(self, vault: OpenVault, message_id: int, sender: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._message_id = message_id
        self._sender = sender
        self.sender_label = named(QLabel(wordWrap=True), "senderLabel")
        self.error_label = named(QLabel(wordWrap=True), "senderErrorLabel")
        set_tone(self.error_label, Tone.ERROR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("senderOkButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.sender_label)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error_label)
        self.body.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self.ok_button.setEnabled(False)
        run_in_background(work, owner=self, on_success=on_success, on_failure=self._failed)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.error_label.setText(describe(error))

    def _done(self, client_id: int) -> None:
        self.matched.emit(client_id)
        self.accept()


class LinkSenderDialog(_SenderDialog):
    """Choose the client this address belongs to; every message from it is matched."""

    def __init__(self, vault: OpenVault, message_id: int, sender: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, message_id, sender, parent)
        self.setObjectName("linkSenderDialog")
        self.search_edit = named(QLineEdit(), "linkSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.client_list = named(QListWidget(), "linkClientList")
        self.client_list.itemDoubleClicked.connect(lambda _item: self.submit())
        self._timer = QTimer(self, singleShot=True, interval=_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.body.addWidget(self.search_edit)
        self.body.addWidget(self.client_list, 1)
        self.finish_layout()
        self.resize(460, 420)
        self.retranslateUi()
        primary_button(self, self.ok_button)
        self._search()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Link to a client"))
        self.sender_label.setText(
            fill(self.tr("Mail from %1 will belong to the client you choose."), (self._sender,))
        )
        self.search_edit.setPlaceholderText(self.tr("Search by name, reading or number"))
        self.ok_button.setText(self.tr("Link"))

    @Slot()
    def _search(self) -> None:
        query = self.search_edit.text()
        vault = self._vault
        run_in_background(
            lambda: booking_jobs.search_clients(vault, query),
            owner=self,
            on_success=self._listed,
            on_failure=self._failed,
            still_wanted=lambda: self.search_edit.text() == query,
        )

    @Slot(object)
    def _listed(self, choices: list[booking_jobs.ClientChoice]) -> None:
        self.client_list.clear()
        for choice in choices:
            item = QListWidgetItem(f"{choice.full_name}  {choice.name_reading}".strip())
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.client_list.addItem(item)
        if choices:
            self.client_list.setCurrentRow(0)

    @Slot()
    def submit(self) -> None:
        item = self.client_list.currentItem()
        if item is None:
            self.error_label.setText(self.tr("Choose a client from the list first."))
            return
        client_id = int(item.data(Qt.ItemDataRole.UserRole))
        vault, message_id = self._vault, self._message_id
        self._run(
            lambda: inbox_jobs.link_sender(vault, message_id, client_id), lambda _n: self._done(client_id)
        )


class ProspectDialog(_SenderDialog):
    """Make the sender a new client with status *prospect*, their address on the record."""

    def __init__(self, vault: OpenVault, message_id: int, sender: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, message_id, sender, parent)
        self.setObjectName("prospectDialog")
        self.name_edit = named(QLineEdit(), "prospectNameEdit")
        self.body.addWidget(self.name_edit)
        self.finish_layout()
        self.retranslateUi()
        primary_button(self, self.ok_button)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Create a prospect"))
        self.sender_label.setText(
            fill(
                self.tr("A new client record with the status “Not yet met” and the address %1."),
                (self._sender,),
            )
        )
        self.name_edit.setPlaceholderText(self.tr("Full name"))
        self.ok_button.setText(self.tr("Create"))

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        """A name (or the sender's address) that does not fit a client record: its own sentence."""
        problems = client_jobs.field_problems(error)
        if problems is None:
            super()._failed(error)
            return
        self.ok_button.setEnabled(True)
        self.error_label.setText(
            " ".join(QCoreApplication.translate("policy", template) for template in problems.values())
        )

    @Slot()
    def submit(self) -> None:
        name = self.name_edit.text()
        vault, message_id = self._vault, self._message_id
        self._run(lambda: inbox_jobs.create_prospect(vault, message_id, name), self._done)
