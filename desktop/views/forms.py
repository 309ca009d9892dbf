"""Small helpers for building widgets: object names, and forms whose labels can be re-translated."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(widget: ObjectT, name: str) -> ObjectT:
    """Set the ``objectName`` that tests and screen readers find ``widget`` by."""
    widget.setObjectName(name)
    return widget


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
