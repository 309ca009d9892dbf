"""Every custom paint in the views goes through :func:`painting`.

A ``QPainter`` left active when an exception escapes ``paintEvent`` leaves Qt's
backing store in a state it does not expect; after a few such paints the
process crashes (missing holiday data in a bundle did exactly that). Here the
painter always ends, and the exception is logged and reported as one sentence
(:mod:`desktop.views.common.failure_report`) instead of escaping into Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from desktop.views.common.failure_report import report_failure


@contextmanager
def painting(widget: QWidget) -> Iterator[QPainter]:
    """``with painting(self) as painter:`` in ``paintEvent``: ended in ``finally``, faults reported."""
    painter = QPainter(widget)
    try:
        yield painter
    except Exception as error:  # a paint must never take the process down
        report_failure(error, f"{type(widget).__name__}.paintEvent")
    finally:
        if painter.isActive():
            painter.end()
