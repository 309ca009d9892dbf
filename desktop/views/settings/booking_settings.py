"""Booking settings: the session menu (P-FORMAT), the cancellation fee schedule (P-CANCEL) and the buffer.

A group box the Settings page adds. The menu is edited one item at a time in
the fields under its table (pick a row to change it, or fill them and add);
items are deactivated, never deleted, so past bookings keep their names. The
fee tiers are edited in place and saved together; the service checks them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.views.calendar import booking_jobs
from desktop.views.common.error_text import describe
from desktop.views.common.forms import LabelledForm, Retranslatable, named
from desktop.views.common.wheel_guard import guard_wheel
from desktop.views.common.worker import run_on_vault

if TYPE_CHECKING:
    from desktop.services.bookings.session_menu import MenuItem
    from desktop.vault.store import OpenVault


def _spin(name: str, low: int, high: int) -> QSpinBox:
    """A spin box the wheel changes only once it has the focus (fee rows are added after the page shows)."""
    spin = named(QSpinBox(), name)
    spin.setRange(low, high)
    guard_wheel(spin)
    return spin


class BookingSettings(Retranslatable, QGroupBox):
    """Loads on :meth:`set_vault`; every save goes straight to the service and shows what it kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingSettingsGroup")
        self._vault: OpenVault | None = None
        self._menu: list[MenuItem] = []

        self.menu_table = named(QTableWidget(0, 5), "menuTable")
        self.menu_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.menu_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.menu_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.menu_table.verticalHeader().hide()
        # The name takes the room; format, minutes, price and "offered" are as wide as their text.
        self.menu_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.menu_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.menu_table.setMaximumHeight(180)
        self.menu_table.itemSelectionChanged.connect(self._row_chosen)
        self.name_edit = named(QLineEdit(), "menuNameEdit")
        self.format_combo = named(QComboBox(), "menuFormatCombo")
        for session_format in rules.SessionFormat:
            self.format_combo.addItem("", session_format.value)
        self.duration_spin = _spin("menuDurationSpin", *rules.DURATION_MINUTES_RANGE)
        self.duration_spin.setValue(60)
        self.price_spin = _spin("menuPriceSpin", *rules.PRICE_YEN_RANGE)
        self.price_spin.setSingleStep(500)
        self.active_check = named(QCheckBox(), "menuActiveCheck")
        self.active_check.setChecked(True)
        self.add_button = named(QPushButton(), "addMenuItemButton")
        self.add_button.clicked.connect(lambda: self._save_item(None))
        self.edit_button = named(QPushButton(), "saveMenuItemButton")
        self.edit_button.clicked.connect(lambda: self._save_item(self._chosen_id()))
        self.deactivate_button = named(QPushButton(), "deactivateMenuItemButton")
        self.deactivate_button.clicked.connect(self._deactivate)
        self._item_form = LabelledForm()
        for field in (self.name_edit, self.format_combo, self.duration_spin, self.price_spin):
            self._item_form.add(field)
        self._item_form.addRow("", self.active_check)
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.deactivate_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)

        self.fee_table = named(QTableWidget(0, 2), "feeTable")
        self.fee_table.verticalHeader().hide()
        self.fee_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fee_table.setMaximumHeight(180)
        self.add_fee_button = named(QPushButton(), "addFeeRowButton")
        self.add_fee_button.clicked.connect(lambda: self._add_fee_row(0, 0))
        self.remove_fee_button = named(QPushButton(), "removeFeeRowButton")
        self.remove_fee_button.clicked.connect(self._remove_fee_row)
        self.save_fees_button = named(QPushButton(), "saveFeesButton")
        self.save_fees_button.clicked.connect(self._save_fees)
        fee_buttons = QHBoxLayout()
        for button in (self.add_fee_button, self.remove_fee_button, self.save_fees_button):
            fee_buttons.addWidget(button)
        fee_buttons.addStretch(1)

        self.buffer_spin = _spin("bufferSpin", *rules.BUFFER_MINUTES_RANGE)
        self.save_buffer_button = named(QPushButton(), "saveBufferButton")
        self.save_buffer_button.clicked.connect(self._save_buffer)
        buffer_row = QHBoxLayout()
        self._buffer_label = QLabel()
        self._buffer_label.setBuddy(self.buffer_spin)
        for widget in (self._buffer_label, self.buffer_spin, self.save_buffer_button):
            buffer_row.addWidget(widget)
        buffer_row.addStretch(1)
        self.status_label = named(QLabel(wordWrap=True), "bookingSettingsStatusLabel")

        self._menu_heading, self._fee_heading = QLabel(), QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self._menu_heading)
        layout.addWidget(self.menu_table)
        layout.addLayout(self._item_form)
        layout.addLayout(item_buttons)
        layout.addWidget(self._fee_heading)
        layout.addWidget(self.fee_table)
        layout.addLayout(fee_buttons)
        layout.addLayout(buffer_row)
        layout.addWidget(self.status_label)
        self.retranslateUi()
        self.setEnabled(False)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Bookings"))
        self._menu_heading.setText(self.tr("Session menu"))
        self.menu_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Format"),
                self.tr("Minutes"),
                self.tr("Price (yen)"),
                self.tr("Active"),
            ]
        )
        for label, text in (
            (self._item_form.label(self.name_edit), self.tr("Name:")),
            (self._item_form.label(self.format_combo), self.tr("Format:")),
            (self._item_form.label(self.duration_spin), self.tr("Duration:")),
            (self._item_form.label(self.price_spin), self.tr("Price:")),
        ):
            label.setText(text)
        for index, session_format in enumerate(rules.SessionFormat):
            text = QCoreApplication.translate("policy", rules.FORMAT_LABELS[session_format])
            self.format_combo.setItemText(index, text)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.price_spin.setSuffix(self.tr(" yen"))
        self.active_check.setText(self.tr("On the menu (active)"))
        self.add_button.setText(self.tr("Add as new item"))
        self.edit_button.setText(self.tr("Save changes to selected"))
        self.deactivate_button.setText(self.tr("Take off the menu"))
        self._fee_heading.setText(self.tr("Cancellation fees (from hours of notice: percent of the price)"))
        self.fee_table.setHorizontalHeaderLabels([self.tr("Notice from (hours)"), self.tr("Fee (%)")])
        self.add_fee_button.setText(self.tr("Add tier"))
        self.remove_fee_button.setText(self.tr("Remove tier"))
        self.save_fees_button.setText(self.tr("Save fees"))
        self._buffer_label.setText(self.tr("Minutes kept free between sessions:"))
        self.buffer_spin.setSuffix(self.tr(" min"))
        self.save_buffer_button.setText(self.tr("Save"))
        self._fill_menu(self._menu)

    # --- the vault ---------------------------------------------------------------------

    def _run(self, work: Callable[[OpenVault], Any], on_success: Callable[[Any], None]) -> None:
        self.status_label.clear()
        run_on_vault(self, lambda: self._vault, work, on_success=on_success, on_failure=self._failed)

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self._run(booking_jobs.booking_settings, self._loaded)

    def clear(self) -> None:
        """Forget the vault and what was shown from it (on lock)."""
        self._vault = None
        self._fill_menu([])
        self.fee_table.setRowCount(0)
        self.setEnabled(False)

    @Slot(object)
    def _failed(self, error: Exception) -> None:
        self.status_label.setText(describe(error))

    @Slot(object)
    def _loaded(self, values: booking_jobs.BookingSettingsValues) -> None:
        self._fill_menu(values.menu)
        self._fill_fees(values.schedule)
        self.buffer_spin.setValue(values.buffer_minutes)
        self.setEnabled(True)

    # --- the menu ----------------------------------------------------------------------

    def _fill_menu(self, items: list[MenuItem]) -> None:
        self._menu = items
        self.menu_table.setRowCount(len(items))
        for row, item in enumerate(items):
            label = QCoreApplication.translate("policy", rules.FORMAT_LABELS[item.format])
            active = self.tr("Yes") if item.active else self.tr("No")
            texts = (item.name, label, str(item.duration_minutes), f"{item.price_yen:,}", active)
            for column, text in enumerate(texts):
                self.menu_table.setItem(row, column, QTableWidgetItem(text))
        for column in range(1, self.menu_table.columnCount()):
            self.menu_table.resizeColumnToContents(column)
        self._row_chosen()

    def _chosen_id(self) -> int | None:
        rows = self.menu_table.selectionModel().selectedRows()
        return self._menu[rows[0].row()].id if rows else None

    @Slot()
    def _row_chosen(self) -> None:
        chosen = self._chosen_id()
        self.edit_button.setEnabled(chosen is not None)
        self.deactivate_button.setEnabled(chosen is not None)
        item = next((i for i in self._menu if i.id == chosen), None)
        if item is not None:
            self.name_edit.setText(item.name)
            self.format_combo.setCurrentIndex(self.format_combo.findData(item.format.value))
            self.duration_spin.setValue(item.duration_minutes)
            self.price_spin.setValue(item.price_yen)
            self.active_check.setChecked(item.active)

    def _save_item(self, item_id: int | None) -> None:
        name, session_format = self.name_edit.text(), str(self.format_combo.currentData())
        minutes, price, active = (
            self.duration_spin.value(),
            self.price_spin.value(),
            self.active_check.isChecked(),
        )
        self._run(
            lambda v: booking_jobs.save_menu_item(v, item_id, name, session_format, minutes, price, active),
            self._menu_saved,
        )

    @Slot()
    def _deactivate(self) -> None:
        item_id = self._chosen_id()
        if item_id is not None:
            self._run(lambda v: booking_jobs.deactivate_menu_item(v, item_id), self._menu_saved)

    def _menu_saved(self, items: list[MenuItem]) -> None:
        self._fill_menu(items)
        self.status_label.setText(self.tr("The session menu was saved."))

    # --- fees and buffer ---------------------------------------------------------------

    def _fill_fees(self, schedule: fees.FeeSchedule) -> None:
        self.fee_table.setRowCount(0)
        for tier in schedule.tiers:
            self._add_fee_row(tier.min_notice_hours, tier.percent)

    def _add_fee_row(self, hours: int, percent: int) -> None:
        row = self.fee_table.rowCount()
        self.fee_table.insertRow(row)
        hours_spin = _spin(f"feeHoursSpin{row}", 0, 24 * 365)
        hours_spin.setValue(hours)
        percent_spin = _spin(f"feePercentSpin{row}", 0, 100)
        percent_spin.setValue(percent)
        self.fee_table.setCellWidget(row, 0, hours_spin)
        self.fee_table.setCellWidget(row, 1, percent_spin)

    @Slot()
    def _remove_fee_row(self) -> None:
        row = self.fee_table.currentRow()
        self.fee_table.removeRow(row if row >= 0 else self.fee_table.rowCount() - 1)

    def fee_tiers(self) -> list[tuple[int, int]]:
        """The tiers as shown: (hours of notice, percent)."""
        tiers = []
        for row in range(self.fee_table.rowCount()):
            hours, percent = self.fee_table.cellWidget(row, 0), self.fee_table.cellWidget(row, 1)
            assert isinstance(hours, QSpinBox) and isinstance(percent, QSpinBox)
            tiers.append((hours.value(), percent.value()))
        return tiers

    @Slot()
    def _save_fees(self) -> None:
        tiers = self.fee_tiers()
        self._run(lambda v: booking_jobs.save_fee_schedule(v, tiers), self._fees_saved)

    def _fees_saved(self, schedule: fees.FeeSchedule) -> None:
        self._fill_fees(schedule)
        self.status_label.setText(self.tr("The cancellation fees were saved."))

    @Slot()
    def _save_buffer(self) -> None:
        minutes = self.buffer_spin.value()
        self._run(lambda v: booking_jobs.save_buffer_minutes(v, minutes), self._buffer_saved)

    def _buffer_saved(self, minutes: int) -> None:
        self.buffer_spin.setValue(minutes)
        self.status_label.setText(self.tr("%n minute(s) are kept free between sessions.", "", minutes))
