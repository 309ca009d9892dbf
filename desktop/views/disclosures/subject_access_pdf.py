"""The drawing helpers every exported PDF shares (P-LAW, P-DISCLOSE).

Drawn with Qt's own ``QTextDocument`` and ``QPdfWriter``, so no other PDF
library is needed and the fonts embedded are the ones on this machine. The
document is built with ``QTextCursor``: every value is inserted as plain
text, never parsed as HTML, because all of it is the client's own data.
Japanese needs a CJK font: the family list prefers the common Japanese
faces of each platform, and Qt falls back to any font that has the glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

if TYPE_CHECKING:
    pass

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
#: The writer's resolution. ``print_`` lays the document out at screen resolution and scales it,
#: so lengths below (margins, padding) are in logical pixels of about 1/96 inch.
_DPI = 300
_MUTED = QColor("#555555")


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
    # QTextDocument.print_ adds 2 cm margins of its own and numbers the pages in the bottom one,
    # so the page itself has none (else they would add up to almost 4 cm).
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return ideographs_for_radicals(bytes(data.data()))
