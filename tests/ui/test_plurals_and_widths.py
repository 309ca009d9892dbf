"""English counts agree with their number ("1 year", "2 years"), and a combo's texts are never clipped.

A spin box's unit follows its value in both languages, and the calendar's
view combo widens when the language changes its texts ("週" to "Week").
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.settings.disclosure_settings import DisclosureSettings
from tests.ui.drive import child


def test_a_spin_box_unit_agrees_with_its_number_in_english_and_japanese(qtbot: QtBot) -> None:
    panel = DisclosureSettings()
    qtbot.addWidget(panel)
    years = child(panel, QSpinBox, "contractRetentionYearsSpin")
    years.setValue(1)
    assert years.text() == "1 year"
    years.setValue(years.maximum())
    assert years.text() == f"{years.maximum()} years"
    days = child(panel, QSpinBox, "requestDueDaysSpin")
    days.setValue(1)
    assert days.text() == "1 day"
    apply_language(Language.JAPANESE)
    qtbot.waitUntil(lambda: days.text() == "1 日")  # the language change arrives as an event
    years.setValue(5)
    assert years.text() == "5 年"


def test_the_calendar_view_combo_fits_its_texts_after_a_language_change(qtbot: QtBot) -> None:
    apply_language(Language.JAPANESE)
    page = CalendarPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    apply_language(Language.ENGLISH)
    combo = child(page, QComboBox, "calendarViewCombo")
    qtbot.waitUntil(lambda: combo.currentText() in ("Day", "Week", "Month"))
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    qtbot.waitUntil(lambda: combo.width() >= widest + 20)  # the text and the arrow, unclipped
