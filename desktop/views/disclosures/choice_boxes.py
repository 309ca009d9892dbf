"""A group of check boxes, one per enum value, for the data items or recipient kinds a record names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from desktop.views.common.forms import named

EnumT = TypeVar("EnumT")


class ChoiceBoxes(QWidget, Generic[EnumT]):
    """Check boxes in ``columns`` columns named ``<prefix><Value>``; :meth:`chosen` gives those ticked."""

    changed = Signal()

    def __init__(self, labels: Mapping[EnumT, str], prefix: str, columns: int = 3) -> None:
        super().__init__()
        self._labels = dict(labels)
        self._boxes: dict[EnumT, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, value in enumerate(self._labels):
            box = named(QCheckBox(), f"{prefix}{str(value).title().replace('_', '')}")
            box.toggled.connect(self.changed)
            self._boxes[value] = box
            grid.addWidget(box, index // columns, index % columns)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for value, box in self._boxes.items():
            box.setText(QCoreApplication.translate("policy", self._labels[value]))

    def chosen(self) -> frozenset[EnumT]:
        return frozenset(value for value, box in self._boxes.items() if box.isChecked())

    def set_chosen(self, values: frozenset[EnumT]) -> None:
        for value, box in self._boxes.items():
            box.setChecked(value in values)
