"""Erasing a client on their request (P-LAW), after a confirmation that names what goes.

The counsellor reads what will be deleted (the client's record, their
consultation notes and every revision, their search-index entry), that it
cannot be undone, and that records the law requires the practice to keep (the
disclosure log, P-DISCLOSE) stay until their retention ends. Erase is enabled
only once the client's name is typed: a check box is too easy to tick by
reflex for something that cannot be undone, and a name is short. The
comparison ignores spaces and full-width/half-width differences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.personal_data import fold
from desktop.views.clients import client_jobs
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named, primary_button
from desktop.views.common.local_time import date_text
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.clients import ErasureSummary
    from desktop.vault.store import OpenVault


def _comparable(name: str) -> str:
    return fold(name).replace(" ", "").casefold()


class EraseClientDialog(Retranslatable, QDialog):
    """Loads what an erasure would remove, asks for the client's name, then erases."""

    erased = Signal(int)

    def __init__(self, vault: OpenVault, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseClientDialog")
        self.setMinimumWidth(520)
        self._vault = vault
        self._client_id = client_id
        self._summary: ErasureSummary | None = None
        self._busy = True

        self._heading = heading("eraseHeading", 1.2)
        self._heading.setWordWrap(True)
        self.what_label = named(QLabel(wordWrap=True), "eraseWhatLabel")
        self.kept_label = named(QLabel(wordWrap=True), "eraseKeptLabel")
        self._confirm_label = named(QLabel(wordWrap=True), "eraseConfirmLabel")
        self.confirm_edit = named(QLineEdit(), "eraseConfirmEdit")
        self._confirm_label.setBuddy(self.confirm_edit)
        self.confirm_edit.textChanged.connect(self._update)
        self.status_label = named(QLabel(wordWrap=True), "eraseStatusLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = named(QPushButton(), "eraseButton")
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.what_label)
        layout.addWidget(self.kept_label)
        layout.addSpacing(6)
        layout.addWidget(self._confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        # What this dialog records cannot be taken back: Enter closes it, the action needs a click.
        primary_button(self, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._update()
        run_in_background(
            lambda: client_jobs.erasure_summary(vault, client_id),
            owner=self,
            on_success=self._loaded,
            on_failure=self._failed,
        )

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Erase client"))
        self.erase_button.setText(self.tr("Erase"))
        self.kept_label.setText(
            self.tr(
                "This cannot be undone. Records the law requires the practice to keep, such as the log "
                "of disclosures to third parties, are kept until their retention period ends."
            )
        )
        summary = self._summary
        if summary is None:
            self._heading.setText(self.tr("Erase client"))
            self.what_label.setText(self.tr("Looking up what the erasure would remove…"))
            self._confirm_label.setText(self.tr("To confirm, type the client's name:"))
            return
        self._heading.setText(fill(self.tr("Erase %1 and everything held about them?"), (summary.full_name,)))
        notes = self.tr("%n consultation note(s)", "", summary.notes)
        revisions = self.tr("%n version(s) of their text in all", "", summary.revisions)
        bookings = self.tr("%n booking(s)", "", summary.bookings)
        messages = self.tr("%n message(s) and call(s)", "", summary.messages)
        contacts = self.tr("%n entry(ies) in the contact log", "", summary.contacts)
        self.what_label.setText(
            fill(
                self.tr(
                    "On the client's own request, this permanently deletes the client record of %1 "
                    "(every field), %2 with %3, %4, %5, %6, and their entry in the search index."
                ),
                (summary.full_name, notes, revisions, bookings, messages, contacts),
            )
        )
        if summary.books_kept and summary.books_until is not None:
            # P-MONEY-RETAIN: what of the books stays, and the day it may go.
            books = self.tr(
                "%n entry(ies) of the books (charges, payments, receipt copies)", "", summary.books_kept
            )
            self.kept_label.setText(
                fill(
                    self.tr(
                        "This cannot be undone. Records the law requires the practice to keep stay until "
                        "their retention ends: the log of disclosures to third parties, and %1, which tax "
                        "law requires kept until %2 (without the client's name, except where a receipt "
                        "printed it); they are then removed."
                    ),
                    (books, date_text(summary.books_until)),
                )
            )
        confirm = self.tr("To confirm, type the client's name, %1:")
        self._confirm_label.setText(fill(confirm, (summary.full_name,)))

    # --- state ------------------------------------------------------------------------------

    def _confirmed(self) -> bool:
        summary = self._summary
        typed = _comparable(self.confirm_edit.text())
        return summary is not None and bool(typed) and typed == _comparable(summary.full_name)

    @Slot()
    def _update(self) -> None:
        self.erase_button.setEnabled(not self._busy and self._confirmed())
        self.confirm_edit.setEnabled(not self._busy and self._summary is not None)

    @Slot(object)
    def _loaded(self, summary: ErasureSummary) -> None:
        self._summary = summary
        self._busy = False
        self.retranslateUi()
        self._update()
        self.confirm_edit.setFocus()

    @Slot()
    def _erase(self) -> None:
        if not self._confirmed():
            return
        self._busy = True
        self._update()
        self.status_label.setText(self.tr("Erasing…"))
        vault, client_id = self._vault, self._client_id
        run_in_background(
            lambda: client_jobs.erase_client(vault, client_id),
            owner=self,
            on_success=self._done,
            on_failure=self._failed,
        )

    @Slot(object)
    def _done(self, summary: ErasureSummary) -> None:
        self.status_label.clear()
        self.erased.emit(summary.client_id)
        self.accept()

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self._busy = self._summary is None  # nothing to erase if it could not even be looked up
        if isinstance(error, LookupError):
            self.status_label.setText(self.tr("This client's record no longer exists."))
        else:
            self.status_label.setText(describe(error))
        self._update()
