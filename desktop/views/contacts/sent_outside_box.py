"""P-CONTACT: mail the practice sent outside the app, found in an import with no logged contact.

Mail from the practice's own addresses is outbound and must match a logged
contact. What matches none is listed here, "sent outside the app, basis not
recorded", until the counsellor gives its basis (the new-contact dialog in
its sent-mail form, checked by the same gate as every contact).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from desktop.views.common.forms import Retranslatable, named
from desktop.views.common.local_time import datetime_text
from desktop.views.contacts import contact_jobs
from desktop.views.contacts.new_contact_dialog import NewContactDialog

if TYPE_CHECKING:
    from desktop.services.contacts import SentMail
    from desktop.vault.store import OpenVault

# Runs ``work(vault)`` on the vault thread and hands the result to the callback (the page's runner).
Runner = Callable[[Callable[["OpenVault"], Any], Callable[[Any], None]], None]


class SentOutsideBox(Retranslatable, QGroupBox):
    """The unmatched sent mail; :attr:`basis_given` fires once one has its basis."""

    basis_given = Signal(int)

    def __init__(
        self, run: Runner, vault: Callable[[], OpenVault | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sentOutsideBox")
        self._run = run
        self._vault = vault
        self._mail: list[SentMail] = []
        self.list = named(QListWidget(), "sentOutsideList")
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._update)
        self.hint = named(QLabel(wordWrap=True), "sentOutsideHint")
        self.give_button = named(QPushButton(), "giveBasisButton")
        self.give_button.clicked.connect(self.give_basis)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.retranslateUi()
        self.setVisible(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Sent outside the app, basis not recorded"))
        self.hint.setText(
            self.tr(
                "Mail from the practice's own address that matches no logged contact: give each its basis."
            )
        )
        self.give_button.setText(self.tr("Give basis…"))

    def refresh(self) -> None:
        self._run(contact_jobs.sent_outside, self._listed)

    def clear(self) -> None:
        """Forget what was listed (on lock)."""
        self._listed([])

    def _listed(self, mail: list[SentMail]) -> None:
        self._mail = mail
        self.list.clear()
        for sent in mail:
            self.list.addItem(f"{datetime_text(sent.sent_at)} · {sent.client_name} · {sent.subject}")
        self.setVisible(bool(mail))
        self._update()

    @Slot()
    def _update(self) -> None:
        self.give_button.setEnabled(self.list.currentRow() >= 0)

    @Slot()
    def give_basis(self) -> NewContactDialog | None:
        vault, row = self._vault(), self.list.currentRow()
        if vault is None or row < 0:
            return None
        dialog = NewContactDialog(vault, parent=self, sent=self._mail[row])
        dialog.logged.connect(self.basis_given.emit)
        dialog.logged.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog
