"""A form's "Saved." that lives only as long as it is true.

A form that said "Saved." while it already held new, unsaved edits told the
counsellor something false. :class:`SavedNotice` shows the sentence on the
form's status line and takes it away at the first change that makes the form
differ from what was saved (typing the old value back does not bring it back:
it described a moment, not a state to guess at).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


class SavedNotice:
    """Show :meth:`saved` on ``label``; it goes once ``differs()`` turns true after a change."""

    def __init__(self, label: QLabel, differs: Callable[[], bool]) -> None:
        self._label = label
        self._differs = differs
        self._shown = ""

    def saved(self, sentence: str) -> None:
        self._shown = sentence
        self._label.setText(sentence)

    def changed(self) -> None:
        """Call on every change of the form's fields."""
        if self._shown and self._label.text() == self._shown and self._differs():
            self._label.clear()
            self._shown = ""

    def watch(self, *fields: QWidget) -> None:
        """Call :meth:`changed` whenever one of ``fields`` changes."""
        for field in fields:
            if isinstance(field, QLineEdit | QPlainTextEdit):
                field.textChanged.connect(self.changed)
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(self.changed)
            elif isinstance(field, QSpinBox):
                field.valueChanged.connect(self.changed)
            elif isinstance(field, QAbstractButton):
                field.toggled.connect(self.changed)
