"""Drawing the export gate's document as a PDF (P-LAW, P-DISCLOSE).

The gate (:mod:`desktop.services.records.record_exports`) decides what leaves the
vault; this class only draws the :class:`ExportDocument` it is handed — the
client's own copy or a third party's — with the document's reference, which
the gate reads back before it writes the file. Values are inserted as plain
text, never parsed as HTML. Drawing uses no widget, so it runs on the worker
thread inside the gate's call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextFrameFormat, QTextLength, QTextTableFormat

from desktop.i18n import fill
from desktop.policy.disclosure import BASIS_LABELS, Basis
from desktop.services.records.record_exports import FIELD_LABELS, SECTION_LABELS
from desktop.views.common.local_time import date_text, datetime_text
from desktop.views.common.printing import document_font
from desktop.views.disclosures.disclosure_labels import label
from desktop.views.disclosures.subject_access_pdf import (
    block_format,
    char_format,
    heading_block,
    pdf_bytes,
)

if TYPE_CHECKING:
    from desktop.services.records.record_exports import Entry, ExportDocument, FieldValue, Section


def _label(labels: dict[str, str], key: str) -> str:
    return QCoreApplication.translate("export", labels[key]) if key in labels else key


class ExportPdf(QObject):
    """``render(document)`` returns the document as an A4 PDF; :meth:`text_document` is its drawing.

    Printing the record draws :meth:`text_document` on the printer, so paper and PDF are one drawing.
    """

    def __init__(self, practice_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice = practice_name.strip()

    def title(self, document: ExportDocument) -> str:
        if document.kind == "third-party":
            return self.tr("Personal data disclosed with the client's basis on record")
        if self._practice:
            return fill(self.tr("Your personal data held by %1"), (self._practice,))
        return self.tr("Your personal data held by the practice")

    def render(self, document: ExportDocument) -> bytes:
        return pdf_bytes(self.text_document(document), self.title(document))

    def text_document(self, document: ExportDocument) -> QTextDocument:
        text = QTextDocument()
        text.setDefaultFont(document_font())
        text.setDocumentMargin(0)
        text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title(document))
        cursor = QTextCursor(text)
        cursor.setBlockFormat(block_format(bottom=4))
        cursor.insertText(self.title(document), char_format(17, bold=True))
        cursor.insertBlock(block_format(bottom=6))
        produced = datetime_text(document.produced_at, QLocale.FormatType.LongFormat)
        if document.kind == "third-party":
            intro = self.tr("Produced on %1. It holds only the data items the disclosure record names.")
        else:
            intro = self.tr(
                "Produced on %1 at your own request. This is everything the practice holds about you."
            )
        cursor.insertText(fill(intro, (produced,)), char_format(9.5, muted=True))
        cursor.insertBlock(block_format(bottom=10))
        cursor.insertText(fill(self.tr("Reference: %1"), (document.reference,)), char_format(9, muted=True))
        if document.heading:
            self._table(cursor, document.heading)
        for section in document.sections:
            self._section(cursor, section, 13)
        return text

    def _section(self, cursor: QTextCursor, section: Section, size: float) -> None:
        if size >= 13:
            heading_block(cursor, _label(SECTION_LABELS, section.key))
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock(block_format(top=6, indent=12))
            cursor.insertText(_label(SECTION_LABELS, section.key), char_format(size, bold=True))
        if not section.entries:
            cursor.insertBlock(block_format())
            cursor.insertText(self.tr("(none)"), char_format(muted=True))
        for entry in section.entries:
            self._entry(cursor, entry, size)

    def _entry(self, cursor: QTextCursor, entry: Entry, size: float) -> None:
        self._table(cursor, entry.fields)
        for part in entry.parts:
            self._section(cursor, part, min(size, 10.5) - 0.5)

    def _value(self, key: str, value: FieldValue) -> str:
        if value is None or value == "":
            return ""
        if key == "basis" and isinstance(value, str) and value in set(Basis):
            return label(BASIS_LABELS, Basis(value))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, date):
            return date_text(value)
        return str(value)

    def _table(self, cursor: QTextCursor, fields: tuple) -> None:  # type: ignore[type-arg]
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(block_format(top=4))
        table_format = QTextTableFormat()
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorder(1)
        table_format.setBorderBrush(QColor("#c8c8c8"))
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 28),
                QTextLength(QTextLength.Type.PercentageLength, 72),
            ]
        )
        table = cursor.insertTable(max(1, len(fields)), 2, table_format)
        for row, item in enumerate(fields):
            table.cellAt(row, 0).firstCursorPosition().insertText(
                _label(FIELD_LABELS, item.key), char_format(8.5, bold=True)
            )
            table.cellAt(row, 1).firstCursorPosition().insertText(
                self._value(item.key, item.value), char_format(8.5)
            )
        cursor.movePosition(QTextCursor.MoveOperation.End)
