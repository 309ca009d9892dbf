"""The Calendar section: the week (default), a day or a month, with the chosen day's agenda beside it.

Only the period on screen is fetched, on the worker thread, so moving between
weeks stays instant on decades of bookings. The page decides nothing about
bookings: a drag is handed to the services (through :class:`BookingMover`, which
asks before moving a confirmed booking and takes the last move back on Ctrl+Z),
which untick what changed, send a confirmed booking back to negotiation, or
refuse (an overlap, say) with a sentence shown under the toolbar. Opening and creating bookings are only
requested here; whoever listens shows the booking dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.policy.bookings import BookingStatus
from desktop.views.calendar import calendar_jobs
from desktop.views.calendar import calendar_look as look
from desktop.views.calendar.agenda_list import AgendaList
from desktop.views.calendar.agenda_print import agenda_document, agenda_title
from desktop.views.calendar.booking_mover import BookingMover
from desktop.views.calendar.day_view import DayView
from desktop.views.calendar.month_view import WEEKS, MonthView, grid_start
from desktop.views.calendar.phone_calendar_dialog import PhoneCalendarDialog
from desktop.views.calendar.week_view import WeekView
from desktop.views.common.error_text import describe
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.common.load_on_show import LoadOnShow
from desktop.views.common.local_time import practice_today
from desktop.views.common.printing import print_document
from desktop.views.common.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry
    from desktop.vault.store import OpenVault


class Mode(IntEnum):
    """The views, in the order of the view switch."""

    WEEK = 0
    DAY = 1
    MONTH = 2


class CalendarPage(Retranslatable, QWidget):
    """Emits :attr:`new_booking_requested` (slot datetime) and :attr:`booking_open_requested` (id)."""

    new_booking_requested = Signal(object)
    booking_open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Bookings may change through another path meanwhile (a command beside the window).
        self._loader = LoadOnShow(self, self.reload, every_show=True)
        self._vault: OpenVault | None = None
        self._seq = 0
        self._day = practice_today()
        self._entries: list[CalendarEntry] = []
        self._said_about = 0  # the booking the sentence under the toolbar describes (0: none)
        self._mover = BookingMover(self, lambda: self._vault)
        self._mover.said.connect(self._say)
        self._mover.moved.connect(self.reload)

        self.prev_button = named(QPushButton(), "calendarPrevButton")
        self.next_button = named(QPushButton(), "calendarNextButton")
        self.today_button = named(QPushButton(), "calendarTodayButton")
        self.print_button = named(QPushButton(), "printAgendaButton")
        self.print_button.clicked.connect(self.print_agenda)
        self.prev_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.phone_button = named(QPushButton(), "calendarPhoneExportButton")
        self.phone_button.clicked.connect(self.export_for_phone)
        self.title_label = heading("calendarTitleLabel", 1.25)
        # The period's name gives way before the buttons do: the window fits a 1280×800 screen at 125 %.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(120)
        self.view_combo = named(QComboBox(), "calendarViewCombo")
        self.view_combo.addItems(["", "", ""])
        # Its texts change with the language ("Week", "週"): the width follows them, never clipped.
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.view_combo.currentIndexChanged.connect(self._mode_chosen)
        self.status_label = named(QLabel(), "calendarStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.week_view = named(WeekView(), "calendarWeekView")
        self.day_view = named(DayView(), "calendarDayView")
        self.month_view = named(MonthView(), "calendarMonthView")
        self.stack = named(QStackedWidget(), "calendarViewStack")
        for grid in (self.week_view, self.day_view):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(grid)
            self.stack.addWidget(scroll)
            grid.slot_clicked.connect(self._slot_clicked)
            grid.booking_clicked.connect(self.booking_open_requested)
            grid.booking_moved.connect(self._move)
            grid.day_selected.connect(self._day_selected)
        self.stack.addWidget(self.month_view)
        self.month_view.day_clicked.connect(self._open_day)

        self._agenda_title = heading("calendarAgendaTitle", 1.0)
        self.agenda = AgendaList()
        self.agenda.open_requested.connect(self.booking_open_requested)

        for keys, step in (
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), -1),
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), 1),
        ):
            for key in keys:
                modifier = (
                    Qt.KeyboardModifier.AltModifier if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) else 0
                )
                shortcut = QShortcut(QKeySequence(modifier | key), self, lambda s=step: self._step(s))
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today = QShortcut(
            QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_T), self, self.go_to_today
        )
        today.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_agenda)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self._mover.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        toolbar = QHBoxLayout()
        for button in (self.prev_button, self.today_button, self.next_button):
            toolbar.addWidget(button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.title_label, 1)
        toolbar.addWidget(self.view_combo)
        toolbar.addWidget(self.print_button)
        toolbar.addWidget(self.phone_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self._agenda_title)
        side_layout.addWidget(self.agenda, 1)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([800, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        self.setEnabled(False)
        self.retranslateUi()
        self._show_period()

    def retranslateUi(self) -> None:
        self.print_button.setText(self.tr("Print agenda…"))
        self.print_button.setToolTip(self.tr("Print the chosen day's bookings (Ctrl+P)"))
        self.prev_button.setAccessibleName(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous (Alt+Left)"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next (Alt+Right)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.phone_button.setText(self.tr("Export for phone…"))
        self.phone_button.setToolTip(
            self.tr("Save the bookings as a calendar file for your phone, without names")
        )
        for mode, text in (
            (Mode.WEEK, self.tr("Week")),
            (Mode.DAY, self.tr("Day")),
            (Mode.MONTH, self.tr("Month")),
        ):
            self.view_combo.setItemText(mode, text)
        self.view_combo.setToolTip(self.tr("View"))
        self.agenda.setAccessibleName(self.tr("Bookings of the selected day"))
        self._show_period()
        self._fill_agenda()

    # --- the vault ------------------------------------------------------------------------------

    def set_vault(self, vault: OpenVault) -> None:
        self._vault = vault
        self.setEnabled(True)
        self._loader.request()

    def clear(self) -> None:
        """Forget the vault and every booking shown (on lock); results still on their way are dropped."""
        self._loader.cancel()
        self._vault = None
        self._seq += 1
        self._entries = []
        for view in (self.week_view, self.day_view, self.month_view):
            view.set_entries([])
        self.agenda.clear()
        self._mover.forget()
        self._say("")
        self.setEnabled(False)

    def set_working_hours(self, start_hour: int, end_hour: int) -> None:
        """Draw the working hours from Settings in the week and day grids."""
        for grid in (self.week_view, self.day_view):
            grid.set_working_hours(start_hour, end_hour)

    @Slot()
    def export_for_phone(self) -> None:
        """Open the .ics export (names left out unless ticked, P-DISCLOSE)."""
        if self._vault is not None:
            dialog = PhoneCalendarDialog(self._vault, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def reload(self) -> None:
        """Fetch the bookings of the period on screen again."""
        vault = self._vault
        if vault is None:
            return
        self._seq += 1
        seq = self._seq
        first, days = self._range()
        run_in_background(
            lambda: calendar_jobs.entries_between(vault, first, days),
            owner=self,
            on_success=self._loaded,
            on_failure=self._failed,
            still_wanted=lambda: seq == self._seq and self._vault is vault,
        )

    # --- the period -----------------------------------------------------------------------------

    def mode(self) -> Mode:
        return Mode(self.view_combo.currentIndex())

    def selected_day(self) -> date:
        return self._day

    def title(self) -> str:
        return self.title_label.text()

    def _range(self) -> tuple[date, int]:
        if self.mode() is Mode.WEEK:
            return look.monday_of(self._day), 7
        if self.mode() is Mode.DAY:
            return self._day, 1
        return grid_start(self._day), WEEKS * 7

    def _show_period(self) -> None:
        locale, long = QLocale(), QLocale.FormatType.LongFormat
        first, days = self._range()
        if self.mode() is Mode.WEEK:
            last = first + timedelta(days=days - 1)
            title = self.tr("%1 – %2").replace("%1", locale.toString(_qdate(first), long))
            title = title.replace("%2", locale.toString(_qdate(last), long))
            self.week_view.set_period(first)
        elif self.mode() is Mode.DAY:
            title = locale.toString(_qdate(self._day), long)
            self.day_view.set_period(self._day)
        else:
            title = locale.toString(_qdate(self._day), self.tr("MMMM yyyy", "month title format"))
            self.month_view.set_month(self._day, self._day)
        self.title_label.setText(title)
        self.title_label.setToolTip(title)
        self.stack.setCurrentIndex(self.mode())

    def go_to(self, day: date, mode: Mode | None = None) -> None:
        """Show ``day`` (in ``mode``, or the current view) and select it."""
        self._day = day
        self._say("")
        if mode is not None and mode is not self.mode():
            self.view_combo.setCurrentIndex(mode)  # _mode_chosen shows and reloads
            return
        self._show_period()
        self._fill_agenda()
        self.reload()

    @Slot()
    def go_to_today(self) -> None:
        self.go_to(practice_today())

    def _step(self, direction: int) -> None:
        if self.mode() is Mode.MONTH:
            month = self._day.replace(day=1) + timedelta(days=32 * direction if direction > 0 else -1)
            self.go_to(month.replace(day=1))
        else:
            self.go_to(self._day + timedelta(days=(7 if self.mode() is Mode.WEEK else 1) * direction))

    @Slot(int)
    def _mode_chosen(self, _index: int) -> None:
        self._show_period()
        self.reload()

    # --- results and actions --------------------------------------------------------------------

    def _loaded(self, entries: Sequence[CalendarEntry]) -> None:
        self._entries = list(entries)
        views: dict[Mode, WeekView | MonthView] = {
            Mode.WEEK: self.week_view,
            Mode.DAY: self.day_view,
            Mode.MONTH: self.month_view,
        }
        view = views[self.mode()]
        view.set_entries(self._entries)
        self._fill_agenda()
        if self._said_about:
            status = next((e.status for e in self._entries if e.id == self._said_about), None)
            if status not in (BookingStatus.NEGOTIATING, None):
                self._say("")

    @Slot(str, int)
    def _say(self, text: str, about: int = 0) -> None:
        """Show a sentence under the toolbar (a refusal, say), or hide the line when there is none.

        A sentence ``about`` a booking lives as long as what it says holds: it goes once the
        booking is no longer being renegotiated (confirmed again, cancelled) — see :meth:`_loaded`.
        """
        self._said_about = about if text else 0
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _failed(self, error: Exception) -> None:
        self._say(describe(error))

    @Slot()
    def print_agenda(self) -> None:
        """The chosen day's agenda through the system's print dialog; the audit trail notes the day."""
        vault, day = self._vault, self._day
        if vault is None:
            return
        entries = [entry for entry in self._entries if entry.start.date() == day]
        document = agenda_document(_long(day), entries)
        if not print_document(self, document, agenda_title(_long(day))):
            return
        self._say(self.tr("The agenda was sent to the printer."))
        ids = [entry.id for entry in entries]
        run_in_background(
            lambda: calendar_jobs.record_agenda_printed(vault, day, ids),
            owner=self,
            on_success=lambda _none: None,
            on_failure=self._failed,
        )

    def _fill_agenda(self) -> None:
        self._agenda_title.setText(_long(self._day))
        self.agenda.show_day(self._day, self._entries)

    @Slot(object)
    def _day_selected(self, day: date) -> None:
        if day != self._day:
            self._day = day
            self._fill_agenda()

    @Slot(object)
    def _slot_clicked(self, moment: datetime) -> None:
        self._day_selected(moment.date())
        self.new_booking_requested.emit(moment)

    @Slot(object)
    def _open_day(self, day: date) -> None:
        self.go_to(day, Mode.DAY)

    @Slot(int, object)
    def _move(self, booking_id: int, new_start: datetime) -> None:
        entry = next((e for e in self._entries if e.id == booking_id), None)
        if entry is not None:
            self._mover.move(entry, new_start)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _long(day: date) -> str:
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)
