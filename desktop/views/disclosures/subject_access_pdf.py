"""The drawing helpers every exported PDF shares (P-LAW, P-DISCLOSE).

Drawn with Qt's own ``QTextDocument`` and ``QPdfWriter``, so no other PDF
library is needed and the fonts embedded are the ones on this machine. The
document is built with ``QTextCursor``: every value is inserted as plain
text, never parsed as HTML, because all of it is the client's own data. The
fonts, the page and the drawing onto it are shared with printing
(``views/common/printing.py``), so a printed record is the PDF's own drawing.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import (
    QColor,
    QFont,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from desktop.views.common.printing import a4_without_margins, document_font, print_on

#: The writer's resolution. ``print_`` lays the document out at screen resolution and scales it,
#: so lengths below (margins, padding) are in logical pixels of about 1/96 inch.
_DPI = 300
_MUTED = QColor("#555555")  # on paper, which is white whatever the screen's colour scheme


def char_format(point_size: float = 10.0, *, bold: bool = False, muted: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(document_font(point_size))
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    if muted:
        fmt.setForeground(_MUTED)
    return fmt


def block_format(*, top: float = 0.0, bottom: float = 0.0, indent: float = 0.0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setLeftMargin(indent)
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


_CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
_CMAP_ARRAY = re.compile(rb"\[[^\]]*\]")
_RADICAL_CODE = re.compile(rb"<(2[EF][0-9A-Fa-f]{2})>")


def _ideograph_code(match: re.Match[bytes]) -> bytes:
    radical = chr(int(match.group(1), 16))
    folded = unicodedata.normalize("NFKC", radical)
    if len(folded) == 1 and folded != radical and ord(folded) <= 0xFFFF:
        return b"<%04X>" % ord(folded)
    return match.group(0)


def ideographs_for_radicals(pdf: bytes) -> bytes:
    """Make the PDF's text extract as 山田, not as the look-alike radicals ⼭⽥.

    Japanese fonts draw a Kangxi radical (U+2F2D ⼭) and its ideograph (U+5C71
    山) with one glyph, and Qt's text map (``ToUnicode``) names each glyph by the
    lowest code point that uses it: the radical. Copying, searching or reading
    aloud the client's name would then fail. The maps are uncompressed; each
    four-digit target in their arrays is swapped for one of the same length, so
    no offset in the file moves.
    """

    def fix_array(array: re.Match[bytes]) -> bytes:
        return _RADICAL_CODE.sub(_ideograph_code, array.group(0))

    return _CMAP.sub(lambda cmap: _CMAP_ARRAY.sub(fix_array, cmap.group(0)), pdf)


def heading_block(cursor: QTextCursor, text: str) -> None:
    """A section heading in a new block at the end of the document."""
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(block_format(top=18, bottom=6))
    cursor.insertText(text, char_format(13, bold=True))


def pdf_bytes(document: QTextDocument, title: str) -> bytes:
    """``document`` printed to an A4 PDF, its text extractable as the characters typed."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Sorakumo Desk")
    writer.setResolution(_DPI)
    writer.setPageLayout(a4_without_margins())
    print_on(writer, document)
    del writer  # finishes the file
    buffer.close()
    return ideographs_for_radicals(bytes(data.data()))
