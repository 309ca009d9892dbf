"""PDFs of the disclosure log (P-DISCLOSE, APPI Arts. 29 and 33): two documents, one look.

- :class:`ProvisionRecordsPdf` — a client's own disclosure log, answering a
  request to see the provision records.
- :class:`AnnualReportPdf` — a year's disclosures counted by basis, then listed.

Drawn like the subject-access export (``QTextDocument`` + ``QPdfWriter``,
values inserted as plain text, Japanese faces first).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextFrameFormat, QTextLength, QTextTableFormat

from desktop.i18n import fill
from desktop.policy import disclosure as rules
from desktop.views.common.local_time import datetime_text
from desktop.views.common.printing import document_font
from desktop.views.disclosures.disclosure_labels import items_text, label, short_date
from desktop.views.disclosures.subject_access_pdf import (
    block_format,
    char_format,
    heading_block,
    pdf_bytes,
)

if TYPE_CHECKING:
    from desktop.services.disclosures import AnnualReport, DisclosureEntry
    from desktop.services.rights_requests import ProvisionRecords


def _document(title: str, intro: str) -> tuple[QTextDocument, QTextCursor]:
    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setDocumentMargin(0)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    cursor = QTextCursor(document)
    cursor.setBlockFormat(block_format(bottom=4))
    cursor.insertText(title, char_format(17, bold=True))
    cursor.insertBlock(block_format(bottom=10))
    cursor.insertText(intro, char_format(9.5, muted=True))
    return document, cursor


def _table(
    cursor: QTextCursor, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    """A bordered table with a shaded header row; cells are plain text."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    table_format = QTextTableFormat()
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table_format.setBorder(1)
    table_format.setBorderBrush(QColor("#c8c8c8"))
    table_format.setBorderCollapse(True)
    table_format.setCellPadding(3)
    table_format.setCellSpacing(0)
    table_format.setHeaderRowCount(1)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    table = cursor.insertTable(len(rows) + 1, len(headers), table_format)
    for column, header in enumerate(headers):
        cell = table.cellAt(0, column)
        shade = cell.format()
        shade.setBackground(QColor("#f3f3f3"))
        cell.setFormat(shade)
        cell.firstCursorPosition().insertText(header, char_format(8.5, bold=True))
    for row, values in enumerate(rows, start=1):
        for column, value in enumerate(values):
            table.cellAt(row, column).firstCursorPosition().insertText(value, char_format(8.5))
    cursor.movePosition(QTextCursor.MoveOperation.End)


class _LogColumns(QObject):
    """The columns every disclosure table shares, translated in one context."""

    def headers(self, *, with_client: bool) -> list[str]:
        first = [self.tr("No."), self.tr("Date")]
        client = [self.tr("About")] if with_client else []
        return [*first, *client, self.tr("Recipient"), self.tr("Data items"), self.tr("Basis and grounds")]

    def widths(self, *, with_client: bool) -> list[int]:
        return [6, 12, 14, 20, 20, 28] if with_client else [6, 13, 24, 24, 33]

    def row(self, entry: DisclosureEntry, *, with_client: bool) -> list[str]:
        draft = entry.draft
        recipient = fill(
            self.tr("%1 (%2)"), (draft.recipient_name, label(rules.RELATION_LABELS, draft.relation))
        )
        if draft.recipient_contact:
            recipient += f"\n{draft.recipient_contact}"
        grounds = label(rules.BASIS_LABELS, draft.basis)
        if draft.basis is rules.Basis.CONSENT and draft.consent_id is not None:
            grounds += "\n" + fill(self.tr("Consent no. %1"), (str(draft.consent_id),))
        if draft.requesting_body:
            grounds += "\n" + fill(self.tr("Requested by %1 (%2)"), (draft.requesting_body, draft.reference))
        if draft.justification:
            grounds += "\n" + draft.justification
        if entry.is_correction:
            grounds += "\n" + fill(
                self.tr("Corrects record no. %1: %2"), (str(entry.original_id), entry.correction_reason)
            )
        number = str(entry.id)
        client = [entry.subject_name] if with_client else []
        return [number, short_date(draft.disclosed_on), *client, recipient, items_text(draft.items), grounds]


class ProvisionRecordsPdf(QObject):
    """APPI Art. 33(5): the client's own disclosure log, for them."""

    def __init__(self, practice_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice = practice_name.strip()

    def title(self) -> str:
        return self.tr("Records of your personal data provided to others")

    def render(self, records: ProvisionRecords) -> bytes:
        produced = datetime_text(records.produced_at, QLocale.FormatType.LongFormat)
        intro = fill(
            self.tr(
                "Produced on %1 by %2 at the request of %3. Each row is a time the practice provided your "
                "personal data to someone else, with the basis it rested on."
            ),
            (produced, self._practice, records.client_name),
        )
        document, cursor = _document(self.title(), intro)
        heading_block(cursor, self.tr("Provision records"))
        if not records.entries:
            cursor.insertBlock(block_format())
            cursor.insertText(
                self.tr("The practice has not provided your data to anyone."), char_format(muted=True)
            )
        else:
            columns = _LogColumns()  # no parent: drawing runs on the worker thread
            rows = [columns.row(e, with_client=False) for e in records.entries]
            _table(cursor, columns.headers(with_client=False), rows, columns.widths(with_client=False))
        return pdf_bytes(document, self.title())


class AnnualReportPdf(QObject):
    """A year's disclosures: a count per basis, then every record."""

    def __init__(self, practice_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice = practice_name.strip()

    def title(self, year: int) -> str:
        return fill(self.tr("Disclosures in %1"), (str(year),))

    def render(self, report: AnnualReport) -> bytes:
        produced = datetime_text(report.produced_at, QLocale.FormatType.LongFormat)
        intro = fill(
            self.tr("Produced on %1 by %2. Corrected records are shown as corrected."),
            (produced, self._practice),
        )
        title = self.title(report.year)
        document, cursor = _document(title, intro)
        heading_block(cursor, self.tr("By basis"))
        counts = [[label(rules.BASIS_LABELS, basis), str(n)] for basis, n in report.by_basis.items()]
        counts.append([self.tr("Total"), str(sum(report.by_basis.values()))])
        _table(cursor, [self.tr("Basis"), self.tr("Disclosures")], counts, [70, 30])
        heading_block(cursor, self.tr("Every disclosure"))
        if not report.entries:
            cursor.insertBlock(block_format())
            cursor.insertText(self.tr("Nothing was disclosed that year."), char_format(muted=True))
        else:
            columns = _LogColumns()  # no parent: drawing runs on the worker thread
            rows = [columns.row(e, with_client=True) for e in report.entries]
            _table(cursor, columns.headers(with_client=True), rows, columns.widths(with_client=True))
        return pdf_bytes(document, title)
