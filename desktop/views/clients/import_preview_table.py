"""The rows of a client list as they would be imported, each with its check, and the choice per duplicate.

A row the client form would refuse shows the form's own sentence and cannot be
ticked; a clean row is imported; a likely duplicate (the same name with the
same phone or email as a client in the vault or an earlier row) is shown with
whom it matches and is skipped unless the counsellor ticks it: nothing is
merged behind their back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, fill
from desktop.views.common.forms import Retranslatable

if TYPE_CHECKING:
    from desktop.services.client_import.importing import ImportPreview, PreviewRow

_CONTEXT = "ClientImport"
#: The client-record fields, labelled as the counsellor knows them.
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("ClientImport", "Name"),
    "name_reading": QT_TRANSLATE_NOOP("ClientImport", "Reading"),
    "postal_code": QT_TRANSLATE_NOOP("ClientImport", "Postal code"),
    "address": QT_TRANSLATE_NOOP("ClientImport", "Address"),
    "birth_date": QT_TRANSLATE_NOOP("ClientImport", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ClientImport", "Gender"),
    "occupation": QT_TRANSLATE_NOOP("ClientImport", "Occupation"),
    "phone": QT_TRANSLATE_NOOP("ClientImport", "Telephone"),
    "mobile": QT_TRANSLATE_NOOP("ClientImport", "Mobile"),
    "email": QT_TRANSLATE_NOOP("ClientImport", "Email"),
    "private_notes": QT_TRANSLATE_NOOP("ClientImport", "Counsellor's notes"),
    "row": QT_TRANSLATE_NOOP("ClientImport", "Row"),
}
#: Rows measured for wrapped sentences; a longer list keeps one line per row (the tooltip has it all).
_MEASURED_ROWS = 1000
_SHOWN = ("full_name", "name_reading", "phone", "mobile", "email", "birth_date")


def field_label(field: str) -> str:
    return QCoreApplication.translate(_CONTEXT, FIELD_LABELS[field])


class ImportPreviewTable(Retranslatable, QTableWidget):
    """Shows an :class:`ImportPreview`; :meth:`chosen_duplicates` are the rows ticked to import anyway."""

    choices_changed = Signal()

    ROW, IMPORT = 0, 1
    CHECK = 2 + len(_SHOWN)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, self.CHECK + 1, parent)
        self.setObjectName("clientImportPreview")
        self._preview: ImportPreview | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)  # a row's sentences wrap in the last column rather than run off screen
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(self.CHECK, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(lambda _item: self.choices_changed.emit())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        headers = [self.tr("Row"), self.tr("Import"), *(field_label(f) for f in _SHOWN), self.tr("Check")]
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(self.tr("Rows of the client list"))
        if self._preview is not None:
            for index, row in enumerate(self._preview.rows):
                self._item(index, self.CHECK).setText(self._check_text(row))

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, "show_preview fills every cell"
        return item

    def _check_text(self, row: PreviewRow) -> str:
        if not row.valid:
            return " ".join(
                fill(self.tr("%1: %2"), (field_label(field), QCoreApplication.translate("policy", template)))
                for field, template in row.problems.items()
            )
        sentences = []
        for duplicate in row.duplicates:
            if duplicate.client_id is not None:
                text = self.tr(
                    "Likely the same person as %1, already in the vault (same name and phone or email)."
                )
            else:
                text = self.tr(
                    "Likely the same person as %1 in row %2 of this file (same name and phone or email)."
                )
            sentences.append(fill(text, (duplicate.full_name, str(duplicate.row or ""))))
        if sentences:
            return " ".join([*sentences, self.tr("Tick Import to add it anyway.")])
        return self.tr("Ready to import.")

    def show_preview(self, preview: ImportPreview) -> None:
        self._preview = preview
        self.blockSignals(True)
        self.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            number = QTableWidgetItem(str(row.number))
            number.setData(Qt.ItemDataRole.UserRole, row.number)
            self.setItem(index, self.ROW, number)
            choice = QTableWidgetItem()
            if not row.valid:
                choice.setFlags(Qt.ItemFlag.NoItemFlags)
                choice.setCheckState(Qt.CheckState.Unchecked)
            elif row.duplicates:
                choice.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                choice.setCheckState(Qt.CheckState.Unchecked)
            else:
                choice.setFlags(Qt.ItemFlag.ItemIsEnabled)
                choice.setCheckState(Qt.CheckState.Checked)
            self.setItem(index, self.IMPORT, choice)
            for column, field in enumerate(_SHOWN, start=2):
                value = getattr(row.draft, field)
                self.setItem(index, column, QTableWidgetItem("" if value is None else str(value)))
            check = QTableWidgetItem(self._check_text(row))
            check.setToolTip(check.text())
            if not row.valid:
                font = check.font()
                font.setBold(True)
                check.setFont(font)
            self.setItem(index, self.CHECK, check)
        self.blockSignals(False)
        for column in range(self.CHECK):  # the check column takes the rest of the width
            self.resizeColumnToContents(column)
        if len(preview.rows) <= _MEASURED_ROWS:
            self.resizeRowsToContents()
        self.choices_changed.emit()

    def clear_rows(self) -> None:
        self._preview = None
        self.setRowCount(0)

    def chosen_duplicates(self) -> frozenset[int]:
        """Row numbers of the likely duplicates the counsellor ticked to import anyway."""
        if self._preview is None:
            return frozenset()
        return frozenset(
            row.number
            for index, row in enumerate(self._preview.rows)
            if row.valid
            and row.duplicates
            and self._item(index, self.IMPORT).checkState() == Qt.CheckState.Checked
        )

    def to_import(self) -> int:
        """How many rows an import would write now."""
        if self._preview is None:
            return 0
        clean = sum(row.valid and not row.duplicates for row in self._preview.rows)
        return clean + len(self.chosen_duplicates())
