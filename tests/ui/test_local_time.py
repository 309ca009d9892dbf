"""Times on screen are read in the practice's time zone, not the laptop's (DESIGN.md: one clock)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.views.calendar.calendar_page import CalendarPage
from desktop.views.common import local_time

STORED = "2026-11-25T01:30:00+00:00"


@pytest.fixture
def laptop_in_new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    local_time.set_practice_zone("Asia/Tokyo")
    monkeypatch.undo()
    time.tzset()


def test_a_stored_time_reads_in_the_practices_zone(qapp: object, laptop_in_new_york: None) -> None:
    local_time.set_practice_zone("Asia/Tokyo")
    shown = local_time.local_datetime(STORED)
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (25, 10, 30)
    local_time.set_practice_zone("Europe/Berlin")
    assert local_time.local_datetime(STORED).time().hour() == 2
    local_time.set_practice_zone("Mars/Olympus")  # not a zone: the last good one stays
    assert local_time.local_datetime(STORED).time().hour() == 2


def test_the_calendar_opens_on_the_practices_today(qtbot: QtBot, laptop_in_new_york: None) -> None:
    local_time.set_practice_zone("Pacific/Kiritimati")  # UTC+14: a day ahead of New York at most hours
    page = CalendarPage()
    qtbot.addWidget(page)
    expected = datetime.now(ZoneInfo("Pacific/Kiritimati")).date()
    assert page.selected_day() == expected == local_time.practice_today()
    assert page.week_view.first_day() == expected - timedelta(days=expected.weekday())
