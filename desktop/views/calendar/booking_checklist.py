"""The four-point checklist of a booking (P-CONFIRM): date, start time, session, and how the client comes.

Each point shows its value and an "agreed" box. Ticking a box asks the dialog
to agree that point with the value shown; editing a value asks it to move the
booking, and the service unticks what the move changes. Point 4 follows the
chosen session's format: travel means and pick-up in person, call means online.
The widget only shows and reports; the dialog runs the work.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from desktop.i18n import fill
from desktop.policy.bookings import (
    FORMAT_LABELS,
    ONLINE_ARRIVAL_LABEL,
    POINT_LABELS,
    CallMeans,
    Point,
    SessionFormat,
    TravelMeans,
)
from desktop.views.calendar.booking_jobs import Agreement
from desktop.views.common.forms import Retranslatable, named

if TYPE_CHECKING:
    from desktop.services.bookings import BookingDetails
    from desktop.services.bookings.session_menu import MenuItem


class BookingChecklist(Retranslatable, QGroupBox):
    """:attr:`edited` says a date, time or session was changed, :attr:`arrival_edited` that the
    travel, pick-up or call means were; :attr:`agree_clicked` carries a Point."""

    edited = Signal()
    arrival_edited = Signal()
    agree_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingChecklist")
        self._menu: dict[int, MenuItem] = {}
        self._station = ""
        self._details: BookingDetails | None = None
        self.date_edit = named(QDateEdit(), "bookingDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDate(QDate.currentDate())
        self.start_edit = named(QTimeEdit(), "bookingStartEdit")
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setTime(QTime(10, 0))
        self.date_edit.setMinimumWidth(150)
        self.start_edit.setMinimumWidth(150)
        self.menu_combo = named(QComboBox(), "bookingMenuCombo")
        self.travel_combo = named(QComboBox(), "bookingTravelCombo")
        for means in TravelMeans:
            self.travel_combo.addItem("", means.value)
        self.pickup_check = named(QCheckBox(), "bookingPickupCheck")
        self.call_combo = named(QComboBox(), "bookingCallCombo")
        for call in CallMeans:
            self.call_combo.addItem("", call.value)
        self.agree = {
            Point.DATE: named(QCheckBox(), "agreeDateCheck"),
            Point.START: named(QCheckBox(), "agreeStartCheck"),
            Point.MENU: named(QCheckBox(), "agreeMenuCheck"),
            Point.ARRIVAL: named(QCheckBox(), "agreeArrivalCheck"),
        }
        self._in_person = QWidget()
        row = QHBoxLayout(self._in_person)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.travel_combo)
        row.addWidget(self.pickup_check, 1)
        self._online = QWidget()
        row = QHBoxLayout(self._online)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.call_combo)
        row.addStretch(1)
        arrival = QWidget()
        row = QHBoxLayout(arrival)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._in_person)
        row.addWidget(self._online)
        self._labels = {point: named(QLabel(), f"{point.value}PointLabel") for point in Point}
        grid = QGridLayout(self)
        values: dict[Point, QWidget] = {
            Point.DATE: self.date_edit,
            Point.START: self.start_edit,
            Point.MENU: self.menu_combo,
            Point.ARRIVAL: arrival,
        }
        for index, point in enumerate(Point):
            self._labels[point].setBuddy(values[point])
            grid.addWidget(self._labels[point], index, 0)
            narrow = point in (Point.DATE, Point.START)
            grid.addWidget(
                values[point], index, 1, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0)
            )
            grid.addWidget(self.agree[point], index, 2)
            self.agree[point].clicked.connect(lambda checked, p=point: self._agree_clicked(p, checked))
        grid.setColumnStretch(1, 1)
        self.date_edit.dateChanged.connect(self._value_edited)
        self.start_edit.timeChanged.connect(self._value_edited)
        self.menu_combo.currentIndexChanged.connect(self._menu_changed)
        for signal in (
            self.travel_combo.currentIndexChanged,
            self.call_combo.currentIndexChanged,
            self.pickup_check.toggled,
        ):
            signal.connect(self._arrival_edited)
        self.retranslateUi()
        self._show_arrival()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Four points to agree with the client"))
        for point in Point:
            self.agree[point].setText(self.tr("Agreed"))
        self._name_points()
        travel = {
            TravelMeans.TRAIN: self.tr("Train"),
            TravelMeans.CAR: self.tr("Car"),
            TravelMeans.BUS: self.tr("Bus"),
            TravelMeans.TAXI: self.tr("Taxi"),
            TravelMeans.WALK: self.tr("On foot"),
            TravelMeans.OTHER: self.tr("Other"),
        }
        for index, means in enumerate(TravelMeans):
            self.travel_combo.setItemText(index, travel[means])
        self.call_combo.setItemText(0, self.tr("Phone call"))
        self.call_combo.setItemText(1, self.tr("Video call"))
        self.pickup_check.setText(fill(self.tr("Pick-up at %1 needed"), (self._station,)))
        self._fill_menu_texts()

    def _fill_menu_texts(self) -> None:
        self.menu_combo.setItemText(0, self.tr("(choose a session)"))
        for index in range(1, self.menu_combo.count()):
            item = self._menu.get(self.menu_combo.itemData(index))
            if item is not None:
                label = QCoreApplication.translate("policy", FORMAT_LABELS[item.format])
                text = self.tr("%1 — %2, %3 min, ¥%4")
                self.menu_combo.setItemText(
                    index, fill(text, (item.name, label, str(item.duration_minutes), f"{item.price_yen:,}"))
                )

    # --- filling -------------------------------------------------------------------------

    def set_menu(self, items: list[MenuItem], pickup_station: str) -> None:
        """The menu to choose from (active items, and the booking's own even if no longer offered)."""
        self._menu = {item.id: item for item in items}
        self._station = pickup_station
        self._refill_menu_combo()
        self.retranslateUi()

    def _refill_menu_combo(self) -> None:
        keep = self._details.menu_item_id if self._details else self.menu_combo.currentData()
        self.menu_combo.blockSignals(True)
        self.menu_combo.clear()
        self.menu_combo.addItem("", None)
        for item in self._menu.values():
            if item.active or item.id == keep:
                self.menu_combo.addItem(item.name, item.id)
        self.menu_combo.setCurrentIndex(max(0, self.menu_combo.findData(keep)))
        self.menu_combo.blockSignals(False)
        self._fill_menu_texts()
        self._show_arrival()

    def fill(self, details: BookingDetails) -> None:
        """Show the service's view of the booking: its values and which points are ticked."""
        self._details = details
        widgets = (self.date_edit, self.start_edit, self.travel_combo, self.call_combo, self.pickup_check)
        for widget in widgets:
            widget.blockSignals(True)
        if details.session_date:
            d = details.session_date
            self.date_edit.setDate(QDate(d.year, d.month, d.day))
        if details.start_time:
            self.start_edit.setTime(QTime(details.start_time.hour, details.start_time.minute))
        if details.travel_means:
            self.travel_combo.setCurrentIndex(self.travel_combo.findData(details.travel_means.value))
        if details.call_means:
            self.call_combo.setCurrentIndex(self.call_combo.findData(details.call_means.value))
        self.pickup_check.setChecked(bool(details.pickup_needed))
        for widget in widgets:
            widget.blockSignals(False)
        self._refill_menu_combo()
        for state in details.checklist:
            self.agree[state.point].setChecked(state.agreed)

    def set_editable(self, allowed: bool) -> None:
        """Values can be changed while the booking is live; a finished one is shown as it was."""
        for widget in (
            self.date_edit,
            self.start_edit,
            self.menu_combo,
            self.travel_combo,
            self.pickup_check,
            self.call_combo,
        ):
            widget.setEnabled(allowed)

    def set_agreeable(self, allowed: bool) -> None:
        for box in self.agree.values():
            box.setEnabled(allowed)

    # --- reading -------------------------------------------------------------------------

    def session_date(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def start_time(self) -> time:
        value = self.start_edit.time().toPython()
        assert isinstance(value, time)
        return value

    def menu_item_id(self) -> int | None:
        value = self.menu_combo.currentData()
        return int(value) if value is not None else None

    def session_format(self) -> SessionFormat | None:
        item = self._menu.get(self.menu_item_id() or -1)
        return item.format if item else None

    def agreement(self, point: Point) -> Agreement:
        """The value shown for ``point``, to agree it with."""
        if point is not Point.ARRIVAL:
            return Agreement(point, self.session_date(), self.start_time(), self.menu_item_id())
        session_format = self.session_format()
        if session_format is not None and session_format.online:
            return Agreement(point, call_means=CallMeans(self.call_combo.currentData()), pickup_needed=False)
        return Agreement(
            point,
            travel_means=TravelMeans(self.travel_combo.currentData()),
            pickup_needed=self.pickup_check.isChecked(),
        )

    # --- slots ---------------------------------------------------------------------------

    def _is_online(self) -> bool:
        session_format = self.session_format()
        return session_format is not None and session_format.online

    def _name_points(self) -> None:
        """Number and name the points; an online session's point 4 is how the call is made."""
        for index, point in enumerate(Point):
            text = POINT_LABELS[point]
            if point is Point.ARRIVAL and self._is_online():
                text = ONLINE_ARRIVAL_LABEL
            self._labels[point].setText(
                fill(self.tr("%1. %2:"), (str(index + 1), QCoreApplication.translate("policy", text)))
            )

    def _show_arrival(self) -> None:
        session_format = self.session_format()
        online = self._is_online()
        self._name_points()
        self._in_person.setVisible(not online)
        self._online.setVisible(online)
        if session_format is not None and online:
            want = CallMeans.PHONE if session_format is SessionFormat.ONLINE_PHONE else CallMeans.VIDEO
            self.call_combo.blockSignals(True)
            self.call_combo.setCurrentIndex(self.call_combo.findData(want.value))
            self.call_combo.blockSignals(False)

    @Slot()
    def _menu_changed(self) -> None:
        self._show_arrival()
        self.edited.emit()

    @Slot()
    def _value_edited(self) -> None:
        self.edited.emit()

    @Slot()
    def _arrival_edited(self) -> None:
        """Point 4 changed on screen: it is no longer what was agreed until agreed again."""
        self.agree[Point.ARRIVAL].setChecked(False)
        self.arrival_edited.emit()

    def _agree_clicked(self, point: Point, checked: bool) -> None:
        if checked:
            self.agree_clicked.emit(point)
        elif self._details is not None:
            self.fill(self._details)  # a point is unticked by changing its value, not by hand
