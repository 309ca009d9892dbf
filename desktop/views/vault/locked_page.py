"""What the window shows while the vault is locked: no client data, only a way back in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.views.common.forms import Retranslatable, heading, named


class LockedPage(Retranslatable, QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPage")
        self._title = heading("lockedTitle", 1.5)
        self._note = QLabel(wordWrap=True)
        self.unlock_button = named(QPushButton(), "lockedUnlockButton")
        self.unlock_button.clicked.connect(self.unlock_requested)
        for widget in (self._title, self._note):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self._title)
        layout.addWidget(self._note)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self._title.setText(self.tr("Locked"))
        self._note.setText(self.tr("The records are encrypted and nothing from them is on screen."))
        self.unlock_button.setText(self.tr("Unlock…"))
