"""The filters above the Disclosures & consents tabs: client (search as you type), basis and period.

The client narrows every tab; basis and period narrow the disclosure log. The
earliest date of each period field reads "any" and means no limit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.policy import disclosure as rules
from desktop.policy.disclosure import Basis
from desktop.views.common.forms import Retranslatable, named
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.client_picker import ClientPicker
from desktop.views.disclosures.disclosure_labels import label

if TYPE_CHECKING:
    from desktop.vault.store import OpenVault

#: The earliest date of the period filter reads as "no limit".
_NO_LIMIT = QDate(2000, 1, 1)


def _date_filter(name: str) -> QDateEdit:
    edit = named(QDateEdit(_NO_LIMIT), name)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(_NO_LIMIT)
    return edit


def _day(edit: QDateEdit) -> date | None:
    if edit.date() == _NO_LIMIT:
        return None
    day = edit.date().toPython()
    assert isinstance(day, date)
    return day


class DisclosureFilters(Retranslatable, QWidget):
    """Emits :attr:`changed` whenever a filter changes; :meth:`request` says what to list."""

    changed = Signal()

    def __init__(self, vault_of: Callable[[], OpenVault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_filter = named(ClientPicker(vault_of), "disclosureClientFilter")
        self.client_filter.picked.connect(self.changed)
        self.basis_filter = named(QComboBox(), "disclosureBasisFilter")
        self.basis_filter.addItem("", None)
        for basis in Basis:
            self.basis_filter.addItem("", basis.value)
        self.basis_filter.currentIndexChanged.connect(self.changed)
        self.since_edit = _date_filter("disclosureSinceEdit")
        self.until_edit = _date_filter("disclosureUntilEdit")
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.changed)
        self._captions = [QLabel() for _ in range(3)]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for caption, widget in zip(
            self._captions, (self.client_filter, self.basis_filter, self.since_edit), strict=True
        ):
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget, 2 if widget is self.client_filter else 0)
        row.addWidget(QLabel("–"))
        row.addWidget(self.until_edit)
        row.addStretch(1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for caption, text in zip(
            self._captions, (self.tr("Client:"), self.tr("Basis:"), self.tr("Period:")), strict=True
        ):
            caption.setText(text)
        self.client_filter.setPlaceholderText(self.tr("All clients — type a name to choose one"))
        self.basis_filter.setItemText(0, self.tr("All bases"))
        for index, basis in enumerate(Basis, start=1):
            self.basis_filter.setItemText(index, label(rules.BASIS_LABELS, basis))
        for edit in (self.since_edit, self.until_edit):
            edit.setSpecialValueText(self.tr("any"))

    def request(self) -> disclosure_jobs.LogRequest:
        basis = self.basis_filter.currentData()
        return disclosure_jobs.LogRequest(
            self.client_filter.client_id,
            Basis(basis) if basis else None,
            _day(self.since_edit),
            _day(self.until_edit),
        )

    def reset(self) -> None:
        """Forget the client typed (it is a name) and show everything again, without signalling."""
        self.blockSignals(True)
        self.client_filter.reset()
        self.basis_filter.setCurrentIndex(0)
        for edit in (self.since_edit, self.until_edit):
            edit.setDate(_NO_LIMIT)
        self.blockSignals(False)
