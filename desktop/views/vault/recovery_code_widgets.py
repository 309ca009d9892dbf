"""The recovery code shown once, and two of its groups typed back: one pair of widgets for set-up and restore.

Both places that make a new recovery code (first-run set-up and a restore
from a backup) show it the same way and ask for the same proof that it was
written down: two groups, chosen at random, typed back from the paper
(P-SAFEGUARD). A group typed in full that does not match says so under its
field at once; a group still being typed says nothing.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.i18n import fill
from desktop.vault import recovery
from desktop.views.common.colours import Tone, set_tone
from desktop.views.common.forms import LabelledForm, Retranslatable, named


def code_label(code: str, name: str) -> QLabel:
    """The code in large fixed-width groups, centred, not selectable: it goes on paper, not a clipboard."""
    label = named(QLabel(recovery.formatted(code)), name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setMinimumHeight(64)
    return label


class GroupCheck(Retranslatable, QWidget):
    """Two random groups of ``code`` to type back; :attr:`changed` fires on every keystroke."""

    changed = Signal()

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = recovery.groups(code)
        first, second = sorted(secrets.SystemRandom().sample(range(len(self._groups)), 2))
        self._asked = (first, second)
        self.first_edit = named(QLineEdit(), "confirmGroupEditA")
        self.second_edit = named(QLineEdit(), "confirmGroupEditB")
        self.problem_label = named(QLabel(wordWrap=True), "confirmGroupProblemLabel")
        set_tone(self.problem_label, Tone.ERROR)
        self._form = LabelledForm()
        self._form.setContentsMargins(0, 0, 0, 0)
        width = self.fontMetrics().horizontalAdvance("MMMMMMMM")
        for edit in (self.first_edit, self.second_edit):
            edit.setMaxLength(8)
            edit.setMaximumWidth(width)
            edit.textChanged.connect(self._update)
            self._form.add(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addWidget(self.problem_label)
        self.retranslateUi()

    @property
    def asked_groups(self) -> tuple[int, int]:
        """Which groups (0-based) are asked for."""
        return self._asked

    def retranslateUi(self) -> None:
        for edit, index in self._pairs():
            label = self._form.label(edit)
            label.setText(fill(self.tr("Group %1 of %2:"), (str(index + 1), str(len(self._groups)))))
        self._update()

    def _pairs(self) -> list[tuple[QLineEdit, int]]:
        return list(zip((self.first_edit, self.second_edit), self._asked, strict=True))

    def matches(self) -> bool:
        return all(recovery.normalise(edit.text()) == self._groups[index] for edit, index in self._pairs())

    @Slot()
    def _update(self) -> None:
        wrong = [
            index
            for edit, index in self._pairs()
            if len(recovery.normalise(edit.text())) >= len(self._groups[index])
            and recovery.normalise(edit.text()) != self._groups[index]
        ]
        numbers = tuple(str(index + 1) for index in wrong)
        if len(numbers) == 2:
            text = self.tr("Groups %1 and %2 do not match the code shown. Check what you wrote down.")
        elif numbers:
            text = self.tr("Group %1 does not match the code shown. Check what you wrote down.")
        else:
            text = ""
        self.problem_label.setText(fill(text, numbers))
        self.changed.emit()
