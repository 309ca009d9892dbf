"""The audit trail, read-only, and whether its hash chain still holds (P-SAFEGUARD).

Every opening, change and export of a client record is in the trail. The
counsellor can narrow the list by kind of event, client number and period, and
see at a glance whether the chain verifies: a removed or altered row breaks
it. Nothing here can change the trail. The list is fetched again whenever the
page is shown or a filter changes; results that arrive after the vault was
locked are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.views.audit import audit_jobs
from desktop.views.audit.audit_model import ACTION_KINDS, AuditModel
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.vault.audit import ChainReport
    from desktop.vault.store import OpenVault

#: The earliest date the period filters offer; at this value they read "Any".
_NO_DATE = QDate(2000, 1, 1)


def _utc_start_of(day: QDate) -> str:
    """Local midnight at the start of ``day`` as the UTC ISO text the trail stores."""
    local = datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()
    return local.astimezone(UTC).isoformat(timespec="microseconds")


class AuditPage(Retranslatable, QWidget):
    """Filters over the list of events, and the chain's state with a Verify button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loader = LoadOnShow(self, self.refresh, every_show=True)  # other sections add to it meanwhile
        self.setObjectName("auditPage")
        self._vault: OpenVault | None = None

        self._heading = heading("auditHeading")
        self._intro = named(QLabel(wordWrap=True), "auditIntroLabel")
        self.action_filter = named(QComboBox(), "auditActionFilter")
        for prefix, _label in ACTION_KINDS:
            self.action_filter.addItem("", prefix)
        self.client_filter = named(QLineEdit(), "auditClientFilter")
        self.client_filter.setValidator(QIntValidator(1, 2_000_000_000, self.client_filter))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.setMaximumWidth(140)
        self.from_date = self._date_edit("auditFromDate")
        self.to_date = self._date_edit("auditToDate")
        self.action_filter.currentIndexChanged.connect(self.refresh)
        self.client_filter.textChanged.connect(self.refresh)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)

        self._labels = {name: QLabel() for name in ("event", "client", "from", "to")}
        filters = QHBoxLayout()
        for key, field in zip(
            self._labels, (self.action_filter, self.client_filter, self.from_date, self.to_date), strict=True
        ):
            self._labels[key].setBuddy(field)
            pair = QFormLayout()
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addRow(self._labels[key], field)
            filters.addLayout(pair)
        filters.addStretch(1)

        self.chain_label = named(QLabel(wordWrap=True), "auditChainLabel")
        self.verify_button = named(QPushButton(), "auditVerifyButton")
        self.verify_button.clicked.connect(self.verify)
        chain_row = QHBoxLayout()
        chain_row.addWidget(self.chain_label, 1)
        chain_row.addWidget(self.verify_button)

        self.model = AuditModel(self)
        self.table = named(QTableView(), "auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AuditModel.TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.EVENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditModel.CLIENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count_label = named(QLabel(), "auditCountLabel")

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(chain_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslateUi()
        self.setEnabled(False)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = named(QDateEdit(), name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setDate(_NO_DATE)
        return edit

    def retranslateUi(self) -> None:
        self._heading.setText(self.tr("Audit trail"))
        self._intro.setText(
            self.tr(
                "Every opening, change and export of a client record is recorded here, with the time. "
                "Entries cannot be edited or removed; the check below shows whether any were."
            )
        )
        for index, (_prefix, kind) in enumerate(ACTION_KINDS):
            self.action_filter.setItemText(index, QCoreApplication.translate("AuditModel", kind))
        texts = (self.tr("Events:"), self.tr("Client no.:"), self.tr("From:"), self.tr("To:"))
        for label, text in zip(self._labels.values(), texts, strict=True):
            label.setText(text)
        self.client_filter.setPlaceholderText(self.tr("All"))
        for edit in (self.from_date, self.to_date):
            edit.setSpecialValueText(self.tr("Any"))
        self.verify_button.setText(self.tr("Verify"))
        self.model.retranslate()
        self._show_count()

    # --- vault ------------------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        """Run ``work`` on the open vault; drop its result if the vault was locked meanwhile."""
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.setEnabled(True)
        self._loader.request()

    def clear(self) -> None:
        """Forget what was shown (on lock)."""
        self._loader.cancel()
        self._vault = None
        self.model.set_events([])
        self.chain_label.clear()
        set_tone(self.chain_label, None)
        self._show_count()
        self.setEnabled(False)

    def current_filter(self) -> audit_jobs.AuditFilter:
        client = self.client_filter.text().strip()
        since = until = None
        if self.from_date.date() != _NO_DATE:
            since = _utc_start_of(self.from_date.date())
        if self.to_date.date() != _NO_DATE:
            until = _utc_start_of(self.to_date.date().addDays(1))
        return audit_jobs.AuditFilter(
            action_prefix=str(self.action_filter.currentData() or ""),
            client_id=int(client) if client.isdigit() else None,
            since=since,
            until=until,
        )

    @Slot()
    def refresh(self) -> None:
        wanted = self.current_filter()
        self._run(lambda vault: audit_jobs.list_audit(vault, wanted), self._listed)

    @Slot()
    def verify(self) -> None:
        """Walk the whole chain again (and re-read the list, which may have changed with it)."""
        self.verify_button.setEnabled(False)
        set_tone(self.chain_label, None)
        self.chain_label.setText(self.tr("Checking the audit trail…"))
        self.refresh()

    @Slot(object)
    def _listed(self, listing: audit_jobs.AuditListing) -> None:
        self.model.set_events(listing.events)
        self._show_count()
        self._show_chain(listing.chain)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n event(s) shown, newest first.", "", self.model.rowCount()))

    @Slot(object)
    def _show_chain(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.intact:
            text = self.tr("✔ The audit trail is intact: all %n event(s) verified.", "", report.events)
        else:
            text = fill(
                self.tr(
                    "✖ The audit trail is broken at event %1: entries were removed or altered. "
                    "Make a copy of the vault folder and restore it from a backup."
                ),
                (str(report.first_bad_id or "?"),),
            )
        self.chain_label.setText(text)
        set_tone(self.chain_label, None if report.intact else Tone.ERROR, bold=True)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.setText(describe(error))
