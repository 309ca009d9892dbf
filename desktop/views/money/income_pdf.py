"""The year's income as a PDF for the accountant: sums per month and for the year, no client data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextFrameFormat, QTextLength, QTextTableFormat

from desktop.i18n import fill
from desktop.views.common.printing import document_font
from desktop.views.disclosures import subject_access_pdf as draw
from desktop.views.money import income_columns

if TYPE_CHECKING:
    from desktop.services.money.income import YearIncome


def income_document(summary: YearIncome) -> QTextDocument:
    title = fill(QCoreApplication.translate("income", "Income %1"), (str(summary.year),))
    text = QTextDocument()
    text.setDefaultFont(document_font(8))
    text.setDocumentMargin(0)
    cursor = QTextCursor(text)
    cursor.insertText(title, draw.char_format(16, bold=True))
    cursor.insertBlock(draw.block_format(top=4, bottom=8))
    note = QCoreApplication.translate(
        "income", "Amounts in yen, tax included; the tax is rounded down. No client names."
    )
    cursor.insertText(note, draw.char_format(8.5, muted=True))
    fmt = QTextTableFormat()
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorder(1)
    fmt.setBorderBrush(QColor("#999999"))
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(2)
    fmt.setCellSpacing(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    rows = [*summary.months, summary.total()]
    table = cursor.insertTable(len(rows) + 1, len(income_columns.COLUMNS) + 1, fmt)
    for column, header in enumerate(income_columns.headers(), start=1):
        table.cellAt(0, column).firstCursorPosition().insertText(header, draw.char_format(7, bold=True))
    for row, month in enumerate(rows, start=1):
        bold = month.month == 0
        table.cellAt(row, 0).firstCursorPosition().insertText(
            income_columns.month_title(month.month), draw.char_format(7.5, bold=True)
        )
        for column, value in enumerate(income_columns.cells(month), start=1):
            table.cellAt(row, column).firstCursorPosition().insertText(
                value, draw.char_format(7.5, bold=bold)
            )
    return text


def render_income(summary: YearIncome) -> bytes:
    return draw.pdf_bytes(income_document(summary), f"income-{summary.year}")
