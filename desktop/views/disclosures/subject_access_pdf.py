"""The subject-access export as a PDF the client can read and print (P-LAW).

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

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QMarginsF, QObject
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
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

from desktop.i18n import fill
from desktop.policy.personal_data import GENDER_LABELS, STATUS_LABELS, ClientStatus, Gender
from desktop.views.common.local_time import date_text, datetime_text

if TYPE_CHECKING:
    from desktop.services.subject_access import ClientRecord

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


class SubjectAccessPdf(QObject):
    """Builds the document for one record; :meth:`render` returns the PDF's bytes."""

    def __init__(self, practice_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._practice = practice_name.strip()

    def title(self) -> str:
        if self._practice:
            return fill(self.tr("Your personal data held by %1"), (self._practice,))
        return self.tr("Your personal data held by the practice")

    def document(self, record: ClientRecord) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(document_font())
        document.setDocumentMargin(0)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title())
        cursor = QTextCursor(document)
        cursor.setBlockFormat(block_format(bottom=4))
        cursor.insertText(self.title(), char_format(17, bold=True))
        cursor.insertBlock(block_format(bottom=14))
        produced = datetime_text(record.produced_at, QLocale.FormatType.LongFormat)
        intro = self.tr(
            "Produced on %1 at your own request. This is everything the practice holds about you: "
            "your details and the notes of your consultations, with every earlier version of each note."
        )
        cursor.insertText(fill(intro, (produced,)), char_format(9.5, muted=True))
        heading_block(cursor, self.tr("Your details"))
        self.details_table(cursor, record)
        heading_block(cursor, self.tr("Consultation notes"))
        self.notes_section(cursor, record)
        return document

    def render(self, record: ClientRecord) -> bytes:
        """The record as an A4 PDF."""
        return pdf_bytes(self.document(record), self.title())

    # --- parts ------------------------------------------------------------------------------

    def _fields(self, record: ClientRecord) -> list[tuple[str, str]]:
        draft = record.details.draft
        status = STATUS_LABELS.get(ClientStatus(draft.status)) if draft.status in set(ClientStatus) else None
        gender = GENDER_LABELS.get(Gender(draft.gender)) if draft.gender in set(Gender) else None
        return [
            (self.tr("Name"), draft.full_name),
            (self.tr("Reading"), draft.name_reading),
            (self.tr("Postal code"), draft.postal_code),
            (self.tr("Address"), draft.address),
            (self.tr("Date of birth"), date_text(draft.birth_date) if draft.birth_date else ""),
            (self.tr("Gender"), QCoreApplication.translate("policy", gender) if gender else draft.gender),
            (self.tr("Occupation"), draft.occupation),
            (self.tr("Telephone"), draft.phone),
            (self.tr("Mobile"), draft.mobile),
            (self.tr("Email"), draft.email),
            (self.tr("Status"), QCoreApplication.translate("policy", status) if status else draft.status),
            (self.tr("Counsellor's notes"), draft.private_notes),
            (self.tr("Record number"), str(record.details.id)),
            (self.tr("Record created"), datetime_text(record.details.created_at)),
            (self.tr("Last changed"), datetime_text(record.details.updated_at)),
        ]

    def details_table(self, cursor: QTextCursor, record: ClientRecord, empty: str = "") -> None:
        """The record's fields as a two-column table; ``empty`` is shown for a field without a value."""
        rows = self._fields(record)
        table_format = QTextTableFormat()
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorder(1)
        table_format.setBorderBrush(QColor("#c8c8c8"))
        table_format.setBorderCollapse(True)
        table_format.setCellPadding(4)
        table_format.setCellSpacing(0)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 26),
                QTextLength(QTextLength.Type.PercentageLength, 74),
            ]
        )
        table = cursor.insertTable(len(rows), 2, table_format)
        empty = empty or self.tr("(not recorded)")
        for row, (label, value) in enumerate(rows):
            label_cell = table.cellAt(row, 0)
            shade = label_cell.format()
            shade.setBackground(QColor("#f3f3f3"))
            label_cell.setFormat(shade)
            label_cell.firstCursorPosition().insertText(label, char_format(bold=True))
            value_cursor = table.cellAt(row, 1).firstCursorPosition()
            if value:
                value_cursor.insertText(value, char_format())
            else:
                value_cursor.insertText(empty, char_format(muted=True))

    def notes_section(self, cursor: QTextCursor, record: ClientRecord) -> None:
        if not record.notes:
            cursor.insertBlock(block_format())
            cursor.insertText(self.tr("There are no consultation notes."), char_format(muted=True))
            return
        for note in record.notes:
            cursor.insertBlock(block_format(top=12, bottom=2))
            cursor.insertText(date_text(note.occurred_on), char_format(11, bold=True))
            several = len(note.revisions) > 1
            for revision in note.revisions:
                if several:
                    cursor.insertBlock(block_format(top=6, indent=12))
                    caption = fill(
                        self.tr("Version %1, written %2"),
                        (str(revision.revision), datetime_text(revision.written_at)),
                    )
                    cursor.insertText(caption, char_format(9, muted=True))
                for line in revision.text.splitlines() or [""]:
                    cursor.insertBlock(block_format(indent=12 if several else 0))
                    cursor.insertText(line, char_format())
