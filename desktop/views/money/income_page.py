"""The Money section: the year's income per month, what is outstanding, and the exports.

The table shows a year's sums per month and for the year; the list below, what
clients still owe, oldest first (on screen only). The CSV and the PDF for the
accountant hold no client names. Ticking "with client names" says, on screen,
that the file then gives each client's name to the accountant, which the
policy treats as a disclosure: the accountant's name and the basis are asked
for, and a disclosure record per client is written before the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.disclosure import BASIS_LABELS, Basis
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.local_time import date_text
from desktop.views.common.worker import run_in_background
from desktop.views.disclosures import label
from desktop.views.money import income_columns, money_jobs
from desktop.views.money.money_labels import kind_text, yen

if TYPE_CHECKING:
    from desktop.services.money.income import AccountantProvision, YearIncome
    from desktop.services.money.payments import Outstanding
    from desktop.vault.store import OpenVault


class IncomePage(Retranslatable, QWidget):
    """The year's income; :meth:`set_vault` loads this year's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Read when shown, and again on each show: payments are recorded from the client page.
        self._loader = LoadOnShow(self, self.reload, every_show=True)
        self._vault: OpenVault | None = None
        self._year: int | None = None
        self._summary: YearIncome | None = None
        self._title = heading("incomeTitle")
        self.year_combo = named(QComboBox(), "incomeYearCombo")
        self.year_combo.activated.connect(self._year_chosen)
        self.table = named(QTableWidget(13, len(income_columns.COLUMNS)), "incomeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.outstanding_heading = heading("outstandingHeading", 1.05)
        self.outstanding = named(QTableWidget(0, 4), "outstandingTable")
        self.outstanding.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outstanding.verticalHeader().hide()
        self.outstanding.horizontalHeader().setStretchLastSection(True)
        self.privacy_label = named(QLabel(wordWrap=True), "incomePrivacyLabel")
        self.names_check = named(QCheckBox(), "incomeNamesCheck")
        self.names_check.toggled.connect(self._names_toggled)
        self.accountant = named(QLineEdit(), "accountantNameEdit")
        self.accountant_contact = named(QLineEdit(), "accountantContactEdit")
        self.basis = named(QComboBox(), "accountantBasisCombo")
        for basis in Basis:
            self.basis.addItem("", basis.value)
        self.justification = named(QLineEdit(), "accountantJustificationEdit")
        self.requesting_body = named(QLineEdit(), "accountantBodyEdit")
        self.reference = named(QLineEdit(), "accountantReferenceEdit")
        self._names_box = QWidget()
        self._names_form = LabelledForm(self._names_box)
        for field in (
            self.accountant,
            self.accountant_contact,
            self.basis,
            self.justification,
            self.requesting_body,
            self.reference,
        ):
            self._names_form.add(field)
        self._names_box.setVisible(False)
        self.csv_button = named(QPushButton(), "exportIncomeCsvButton")
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = named(QPushButton(), "exportIncomePdfButton")
        self.pdf_button.clicked.connect(self._export_pdf)
        self.status_label = named(QLabel(wordWrap=True), "incomeStatusLabel")
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self.year_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.names_check, 1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.privacy_label)
        layout.addLayout(buttons)
        layout.addWidget(self._names_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.outstanding_heading)
        layout.addWidget(self.outstanding, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._title.setText(self.tr("Income"))
        self.table.setHorizontalHeaderLabels(income_columns.headers())
        self.table.setVerticalHeaderLabels([income_columns.month_title(m) for m in [*range(1, 13), 0]])
        self.outstanding_heading.setText(self.tr("Still owed, oldest first"))
        self.outstanding.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Client"), self.tr("Charge"), self.tr("Still open")]
        )
        self.privacy_label.setText(
            self.tr(
                "The CSV and the PDF hold no client names: receipt numbers, dates, amounts, tax classes "
                "and methods only. Add names only if your accountant needs them; the file then gives "
                "each client's name to the accountant, and a disclosure record is made for each client "
                "first."
            )
        )
        self.names_check.setText(self.tr("Include client names in the CSV (a disclosure to the accountant)"))
        self._names_form.label(self.accountant).setText(self.tr("Accountant"))
        self._names_form.label(self.accountant_contact).setText(self.tr("How to reach them"))
        self._names_form.label(self.basis).setText(self.tr("Basis"))
        self._names_form.label(self.justification).setText(self.tr("Justification"))
        self._names_form.label(self.requesting_body).setText(self.tr("Requesting body (law)"))
        self._names_form.label(self.reference).setText(self.tr("Their reference (law)"))
        for index in range(self.basis.count()):
            self.basis.setItemText(index, label(BASIS_LABELS, Basis(self.basis.itemData(index))))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self._show()

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self._year = None
        self._loader.request()

    def clear(self) -> None:
        self._loader.cancel()
        self._vault = None
        self._summary = None
        self.year_combo.clear()
        self.outstanding.setRowCount(0)
        self.status_label.clear()
        self._show()

    def reload(self) -> None:
        vault, year = self._vault, self._year
        if vault is None:
            return
        run_in_background(
            lambda: money_jobs.year_income(vault, year),
            owner=self,
            on_success=self._loaded,
            on_failure=lambda error: self.status_label.setText(describe(error)),
            still_wanted=lambda: self._vault is vault,
        )

    @Slot(object)
    def _loaded(self, loaded: tuple[YearIncome, list[int], list[Outstanding]]) -> None:
        self._summary, years, owed = loaded
        self._year = self._summary.year
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(self._year)))
        self.outstanding.setRowCount(len(owed))
        for row, item in enumerate(owed):
            charge = item.charge
            texts = [
                date_text(charge.incurred_on, QLocale.FormatType.ShortFormat),
                item.client_name,
                kind_text(charge.kind),
                yen(charge.open_yen),
            ]
            for column, text in enumerate(texts):
                self.outstanding.setItem(row, column, QTableWidgetItem(text))
        self._show()

    def _show(self) -> None:
        summary = self._summary
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(summary is not None)
        if summary is None:
            self.table.clearContents()
            return
        for row, month in enumerate([*summary.months, summary.total()]):
            for column, text in enumerate(income_columns.cells(month)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @Slot(int)
    def _year_chosen(self, index: int) -> None:
        self._year = self.year_combo.itemData(index)
        self.reload()

    @Slot(bool)
    def _names_toggled(self, ticked: bool) -> None:
        self._names_box.setVisible(ticked)

    def _provision(self) -> AccountantProvision | None:
        if not self.names_check.isChecked():
            return None
        from desktop.services.money.income import AccountantProvision

        return AccountantProvision(
            self.accountant.text(),
            self.accountant_contact.text(),
            Basis(self.basis.currentData()),
            self.justification.text(),
            self.requesting_body.text(),
            self.reference.text(),
        )

    def _target(self, suffix: str, kind: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the year's income"), f"income-{self._year}.{suffix}", kind
        )
        return Path(chosen) if chosen else None

    @Slot()
    def _export_csv(self) -> None:
        vault, year, provision = self._vault, self._year, self._provision()
        path = self._target("csv", self.tr("CSV (*.csv)"))
        if vault is None or year is None or path is None:
            return
        run_in_background(
            lambda: money_jobs.export_csv(vault, year, path, provision),
            owner=self,
            on_success=lambda rows: self.status_label.setText(
                fill(self.tr("Saved %1 rows to %2."), (str(rows), path.name))
            ),
            on_failure=lambda error: self.status_label.setText(describe(error)),
        )

    @Slot()
    def _export_pdf(self) -> None:
        vault, year = self._vault, self._year
        path = self._target("pdf", self.tr("PDF (*.pdf)"))
        if vault is None or year is None or path is None:
            return
        run_in_background(
            lambda: money_jobs.export_pdf(vault, year, path),
            owner=self,
            on_success=lambda _none: self.status_label.setText(fill(self.tr("Saved to %1."), (path.name,))),
            on_failure=lambda error: self.status_label.setText(describe(error)),
        )
