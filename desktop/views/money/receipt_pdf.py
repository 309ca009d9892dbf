"""Drawing a receipt (領収書) from the export gate's document (P-MONEY-RECEIPT, P-MONEY-INVOICE).

The gate (:mod:`desktop.services.money.receipts`) decides every value; this
module only lays them out on an A4 page with the helpers every exported PDF
shares, and prints the document's reference, which the gate reads back before
it writes the file. A receipt is a Japanese document whatever language the
window speaks, so its words are fixed Japanese here (the legal terms a
receipt carries), not translations. Values are inserted as plain text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextDocument, QTextFrameFormat, QTextLength, QTextTableFormat

from desktop.views.common.printing import document_font
from desktop.views.disclosures import subject_access_pdf as draw

if TYPE_CHECKING:
    from desktop.services.records.record_exports import Entry, ExportDocument

TITLE = "領収書"
REISSUED = "（再発行）"


def yen(amount: object) -> str:
    """``¥12,345`` (whole yen, thousands separated)."""
    return f"¥{int(amount):,}" if isinstance(amount, int) else ""


def japanese_date(day: object) -> str:
    """``2026年12月6日``."""
    return f"{day.year}年{day.month}月{day.day}日" if isinstance(day, date) else ""


def _lines(entry: Entry) -> list[tuple[str, str]]:
    """The breakdown per tax rate (P-MONEY-TAX): the 10 % part and its tax, the 不課税 part apart."""
    rows = [
        ("取引年月日", japanese_date(entry.value("transaction_date"))),
        ("但し", str(entry.value("content"))),
    ]
    taxable = entry.value("taxable_yen")
    if isinstance(taxable, int) and taxable > 0:
        rate = entry.value("rate")
        rows.append((f"{rate}%対象（税込）", yen(taxable)))
        rows.append((f"うち消費税（{rate}%）", yen(entry.value("tax_yen"))))
    non_taxable = entry.value("non_taxable_yen")
    if isinstance(non_taxable, int) and non_taxable > 0:
        rows.append(("不課税（キャンセル料）", yen(non_taxable)))
    return rows


def _issuer(entry: Entry) -> list[str]:
    lines = [str(entry.value(key) or "") for key in ("issuer_name", "issuer_address", "issuer_contact")]
    number = entry.value("registration_number")
    if number:
        lines.append(f"登録番号 {number}")
    return [line for line in lines if line]


def _table(cursor: QTextCursor, rows: list[tuple[str, str]]) -> None:
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(draw.block_format(top=10))
    fmt = QTextTableFormat()
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorder(1)
    fmt.setBorderBrush(QColor("#999999"))
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table = cursor.insertTable(len(rows), 2, fmt)
    for row, (label, value) in enumerate(rows):
        table.cellAt(row, 0).firstCursorPosition().insertText(label, draw.char_format(10, bold=True))
        table.cellAt(row, 1).firstCursorPosition().insertText(value, draw.char_format(10))
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _block(
    cursor: QTextCursor,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag | None = None,
    top: float = 0,
    muted: bool = False,
) -> None:
    cursor.movePosition(QTextCursor.MoveOperation.End)
    fmt = draw.block_format(top=top, bottom=2)
    if align is not None:
        fmt.setAlignment(align)
    cursor.insertBlock(fmt)
    cursor.insertText(text, draw.char_format(size, bold=bold, muted=muted))


def receipt_document(document: ExportDocument) -> QTextDocument:
    """The receipt laid out: title, number and date, addressee, amount, breakdown, issuer, reference."""
    entry = document.sections[0].entries[0]
    reissue = entry.value("reissue") is True
    text = QTextDocument()
    text.setDefaultFont(document_font())
    text.setDocumentMargin(0)
    cursor = QTextCursor(text)
    center, right = Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight
    cursor.insertText(TITLE + (REISSUED if reissue else ""), draw.char_format(22, bold=True))
    fmt = cursor.blockFormat()
    fmt.setAlignment(center)
    cursor.setBlockFormat(fmt)
    _block(cursor, f"No. {entry.value('receipt_number')}", 10, align=right, top=8)
    _block(cursor, f"発行日 {japanese_date(entry.value('issued_on'))}", 10, align=right)
    _block(cursor, f"{entry.value('addressee')} 様", 16, bold=True, top=14)
    _block(cursor, f"金額 {yen(entry.value('total_yen'))} -", 20, bold=True, align=center, top=14)
    _block(cursor, "上記の金額を正に領収いたしました。", 10, align=center, top=4)
    _table(cursor, _lines(entry))
    if entry.value("needs_stamp") is True:
        _block(cursor, "［収入印紙］", 10, top=10, muted=True)
    _block(cursor, "発行者", 9, top=16, muted=True)
    for line in _issuer(entry):
        _block(cursor, line, 11)
    _block(cursor, f"照合番号 {document.reference}", 8, top=18, muted=True)
    return text


def render_receipt(document: ExportDocument) -> bytes:
    """The receipt as an A4 PDF (the gate's renderer; no widget, so it runs on the worker thread)."""
    return draw.pdf_bytes(receipt_document(document), TITLE)
