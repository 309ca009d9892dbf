"""Dark and light: every colour readable on its scheme, none fixed for one (issue 15).

The tones with a meaning are checked for contrast (WCAG's ratio) on both
schemes' bases; the week view is painted under a dark palette and Saturday's
header read back from the pixels; the lock icon is drawn in the palette's ink;
and the views are searched for a colour written into the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desktop
from desktop.policy.bookings import BookingStatus
from desktop.views.calendar import calendar_look as look
from desktop.views.calendar.week_view import WeekView
from desktop.views.common.colours import Tone, colour, is_dark, scheme_icon

Role = QPalette.ColorRole
VIEWS = Path(desktop.__file__).parent / "views"
#: Where a colour may be written: the tones themselves, the calendar's status tables, and PDF
#: writers (a record printed or saved as PDF is read on white paper whatever the screen shows).
MAY_NAME_COLOURS = {"common/colours.py", "calendar/calendar_look.py"}
PAPER = re.compile(r"_pdf\.py$")
HARD_CODED = re.compile(
    r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![\w-])|QColor\(\"|Qt\.GlobalColor\.(?!transparent)"
)


def _dark() -> QPalette:
    palette = QPalette()
    for role, name in (
        (Role.Window, "#2d2f33"),
        (Role.WindowText, "#e8e8e8"),
        (Role.Base, "#1f2124"),
        (Role.Text, "#e8e8e8"),
        (Role.Button, "#35383d"),
        (Role.ButtonText, "#e8e8e8"),
        (Role.Highlight, "#3d7bd9"),
        (Role.PlaceholderText, "#9a9da3"),
        (Role.Mid, "#4a4d52"),
    ):
        palette.setColor(role, QColor(name))
    return palette


def _light() -> QPalette:
    style = QApplication.style()
    assert style is not None
    return style.standardPalette()


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application drawn with a light or a dark palette for the test, then as before."""
    before = QGuiApplication.palette()
    palette = _dark() if request.param == "dark" else _light()
    qapp.setPalette(palette)
    assert is_dark() == (request.param == "dark")
    yield palette
    qapp.setPalette(before)


def _luminance(c: QColor) -> float:
    def channel(value: int) -> float:
        s = value / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_tones_with_a_meaning_read_on_the_base_of_their_scheme(scheme: QPalette) -> None:
    base = scheme.color(Role.Base)
    for tone in (Tone.ERROR, Tone.WARNING, Tone.DANGER_TEXT, Tone.HOLIDAY_TEXT):
        assert contrast(colour(tone), base) >= 4.5, tone
    assert contrast(colour(Tone.DANGER_TEXT), colour(Tone.DANGER_TINT)) >= 4.5
    assert contrast(look.holiday_text(), look.holiday_tint()) >= 4.5


def test_saturday_today_and_bookings_read_in_both_schemes(scheme: QPalette) -> None:
    text = scheme.color(Role.Text)
    assert contrast(text, look.weekend_tint()) >= 7, "Saturday's header on the weekend tint"
    assert contrast(text, look.today_tint()) >= 7
    assert contrast(look.holiday_text(), look.weekend_tint()) >= 4.5, "Sunday's header"
    for status in BookingStatus:
        assert contrast(look.block_text(), look.fill_color(status)) >= 7, status
        assert contrast(look.block_quiet_text(), look.fill_color(status)) >= 4.5, status


def test_the_week_view_paints_saturdays_header_readably_in_a_dark_theme(
    qtbot: QtBot, scheme: QPalette
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_period(date(2026, 10, 26))
    view.show()
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    saturday = view.slot_point(datetime.combine(date(2026, 10, 31), time(9)))
    sunday = view.slot_point(datetime.combine(date(2026, 11, 1), time(9)))
    left, right, top, bottom = saturday.x() + 2, sunday.x() - 2, 0, saturday.y() - 2
    lightness = [_pixel(image, x, y).lightness() for x in range(left, right) for y in range(top, bottom)]
    background = sorted(lightness)[len(lightness) // 2]
    ink = max(lightness) if is_dark() else min(lightness)
    assert abs(ink - background) > 120, f"Saturday's header: ink {ink} on ground {background}"


def _pixel(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def test_the_lock_icon_is_drawn_in_the_palettes_ink(scheme: QPalette) -> None:
    image = scheme_icon("lock.svg").pixmap(24, 24).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert inked, "the icon draws nothing"
    window = scheme.color(Role.Window)
    average = QColor(
        sum(c.red() for c in inked) // len(inked),
        sum(c.green() for c in inked) // len(inked),
        sum(c.blue() for c in inked) // len(inked),
    )
    assert contrast(average, window) >= 4.5


def test_no_view_writes_a_colour_of_its_own() -> None:
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        relative = path.relative_to(VIEWS).as_posix()
        if relative in MAY_NAME_COLOURS or PAPER.search(relative):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HARD_CODED.search(line.split("  #")[0]):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == [], "colours fixed for one scheme:\n" + "\n".join(found)
