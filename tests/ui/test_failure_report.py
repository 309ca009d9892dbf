"""A fault in a paint or a slot never takes the process down: it is logged, and told in one sentence.

The week view's paint is broken the way a bundle without the ``holidays``
locale data broke it (every ``holiday_name`` raised): before, the painter
stayed active when the exception escaped and after a few repaints the process
crashed. Qt warnings fail these tests (``qt_log_level_fail``), so a painter
left active — Qt warns about it — would fail them too.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.views.calendar import calendar_look
from desktop.views.calendar.week_view import WeekView
from desktop.views.common.failure_report import FailureReporter, failures_reported, install_reporter

REPAINTS = 20


def _boxes() -> list[str]:
    return [
        w.objectName()
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "failureMessage" and w.isVisible()
    ]


@pytest.fixture
def reporter(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[FailureReporter]:
    """The app's reporter, its excepthook put back after the test (pytest-qt has its own); a box
    still showing is closed, so the next test does not find it open."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    installed = install_reporter(qapp)
    yield installed
    box = installed.box()
    if box is not None:
        box.close()


def _missing_holiday_data(_day: date) -> str | None:
    raise FileNotFoundError("holidays/locale/ja/LC_MESSAGES/JP.mo")


def test_a_paint_exception_is_logged_once_and_told_in_one_sentence_without_a_crash(
    qtbot: QtBot, reporter: FailureReporter, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    monkeypatch.setattr(calendar_look, "holiday_name", _missing_holiday_data)
    before = failures_reported()
    with caplog.at_level(logging.DEBUG, logger="desktop"):
        for _ in range(REPAINTS):
            broken = view.grab().toImage()  # paints now, as a screen update would
    assert failures_reported() - before == REPAINTS
    logged = [
        r for r in caplog.records if r.levelno == logging.ERROR and "WeekView.paintEvent" in r.getMessage()
    ]
    assert len(logged) == 1 and logged[0].exc_info is not None  # the traceback, once; repeats in one line
    assert logged[0].exc_info[0] is FileNotFoundError
    qtbot.waitUntil(lambda: reporter.box() is not None)
    box = reporter.box()
    assert box is not None and box.text() == FailureReporter.sentence() and "Traceback" not in box.text()
    assert _boxes() == ["failureMessage"]  # twenty faults, one box

    monkeypatch.undo()  # the data is back: the same view paints again, whole
    whole = view.grab().toImage()
    assert whole.size() == broken.size() and whole != broken  # the grid and headers drawn this time
    box.accept()
    qtbot.waitUntil(lambda: reporter.box() is None)


def test_an_exception_in_a_slot_is_logged_and_told(
    qtbot: QtBot, reporter: FailureReporter, caplog: pytest.LogCaptureFixture
) -> None:
    button = QPushButton("go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("a slot failed")

    button.clicked.connect(broken)
    with caplog.at_level(logging.ERROR, logger="desktop.uncaught"):
        button.click()
    (record,) = [r for r in caplog.records if r.name == "desktop.uncaught"]
    assert record.getMessage() == "uncaught RuntimeError" and record.exc_info is not None
    qtbot.waitUntil(lambda: reporter.box() is not None)
    box = reporter.box()
    assert box is not None
    button.click()  # a second fault while the box is open: no second box
    qtbot.waitUntil(lambda: failures_reported() > 0)
    assert _boxes() == ["failureMessage"]
    box.accept()
    qtbot.waitUntil(lambda: reporter.box() is None)
