"""Printing through the system's print dialog, and the fonts every printed or PDF document uses.

A document is built once as a ``QTextDocument`` and then either written as a
PDF or printed on the printer the counsellor picks in the system dialog
(``QPrintDialog``): the same drawing, never a second copy of it. Japanese
needs a CJK font: the family list prefers the common Japanese faces of each
platform, and Qt falls back to any font that has the glyphs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

#: Japanese-capable faces, most preferred first (Linux, macOS, Windows); then any sans-serif.
FONT_FAMILIES = [
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic",
    "Meiryo",
    "IPAexGothic",
    "TakaoPGothic",
    "sans-serif",
]


def document_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    # Noto Sans CJK's "locl" swaps digits in English text for glyphs no code point maps to, and
    # Qt's text map then leaves them out: dates and numbers would be missing when the client
    # copies or searches. A Japanese face's own glyphs are already its local forms.
    font.setFeature(QFont.Tag("locl"), 0)
    return font


def a4_without_margins() -> QPageLayout:
    """A4 portrait with no page margins: ``QTextDocument.print_`` adds 2 cm and the page numbers itself."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )


def print_on(device: QPagedPaintDevice, document: QTextDocument) -> None:
    """Lay ``document`` out on ``device`` (a PDF writer or a printer) page by page."""
    document.print_(device)


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """The printer chosen in the system's print dialog, set up for ``title``; ``None`` if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(a4_without_margins())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print %1").replace("%1", title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_document(parent: QWidget | None, document: QTextDocument, title: str) -> bool:
    """Ask for a printer and print ``document`` on it; whether anything was sent to it.

    The print dialog is modal, as every system's is: printing waits for the
    counsellor's choice, and the document is already built.
    """
    printer = ask_printer(parent, title)
    if printer is None:
        return False
    print_on(printer, document)
    return printer.printerState() != QPrinter.PrinterState.Error
