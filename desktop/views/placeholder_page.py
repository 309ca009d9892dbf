"""An honest page for a section that a later version delivers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.views.common.forms import Retranslatable, heading, named
from desktop.views.sections import section_text


class PlaceholderPage(Retranslatable, QWidget):
    """Says plainly that the section is not available yet, and what it will hold."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title_source = title
        self._purpose_source = purpose
        self._title = heading("placeholderTitle")
        self._status = named(QLabel(), "placeholderStatus")
        self._purpose = named(QLabel(wordWrap=True), "placeholderPurpose")
        column = QWidget()
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        for label in (self._title, self._status, self._purpose):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._title.setText(section_text(self._title_source))
        self._status.setText(self.tr("Not available yet"))
        self._purpose.setText(
            fill(
                self.tr("%1 This section arrives in a later version of Sorakumo Desk."),
                (section_text(self._purpose_source),),
            )
        )
