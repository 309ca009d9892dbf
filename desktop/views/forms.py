"""A form layout that keeps a label per field, so texts can be set again on language change."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class LabelledForm(QFormLayout):
    """``add(field)`` creates the field's label (its buddy); ``label(field)`` returns it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, QLabel] = {}

    def add(self, field: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(field)
        self._labels[id(field)] = label
        self.addRow(label, field)
        return label

    def label(self, field: QWidget) -> QLabel:
        return self._labels[id(field)]
