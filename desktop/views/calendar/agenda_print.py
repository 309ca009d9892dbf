"""The chosen day's agenda on paper, through the system's print dialog.

Each booking is said as the agenda beside the calendar says it
(:func:`~desktop.views.calendar.agenda_list.agenda_text`), inserted as plain
text, never parsed as HTML: the names are the clients' own. The page is
white whatever the screen's colour scheme, so the document carries no colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from desktop.views.calendar.agenda_list import agenda_text
from desktop.views.common.printing import document_font

if TYPE_CHECKING:
    from desktop.services.bookings.booking_lists import CalendarEntry


def agenda_title(day_text: str) -> str:
    return QCoreApplication.translate("AgendaPrint", "Agenda for %1").replace("%1", day_text)


def _char(point_size: float, *, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(document_font(point_size))
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return fmt


def _block(*, top: float = 0.0, bottom: float = 0.0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt


def agenda_document(day_text: str, entries: Sequence[CalendarEntry]) -> QTextDocument:
    """The day's bookings (``entries``, in time order) under the day's title, ready to print."""
    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, agenda_title(day_text))
    cursor = QTextCursor(document)
    cursor.setBlockFormat(_block(bottom=10))
    cursor.insertText(agenda_title(day_text), _char(16, bold=True))
    if not entries:
        cursor.insertBlock(_block(top=6))
        cursor.insertText(QCoreApplication.translate("AgendaPrint", "No bookings on this day."), _char(11))
    for entry in entries:
        first, second = agenda_text(entry).split("\n", 1)
        cursor.insertBlock(_block(top=10))
        cursor.insertText(first, _char(12, bold=True))
        cursor.insertBlock(_block(bottom=2))
        cursor.insertText(second, _char(10.5))
    return document
