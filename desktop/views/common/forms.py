"""Small helpers for building widgets: object names, and forms whose labels can be re-translated."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(widget: ObjectT, name: str) -> ObjectT:
    """Set the ``objectName`` that tests and screen readers find ``widget`` by."""
    widget.setObjectName(name)
    return widget


class CountedSuffix(QObject):
    """A spin box's unit that agrees with its number: "1 year", "5 years" (and "5 年" in Japanese).

    ``phrase(n)`` is the whole counted phrase, a ``tr("%n year(s)", "", n)``;
    the spin box shows its own number, so its suffix is the phrase without it.
    The suffix follows each change of value; call :meth:`refresh` from
    ``retranslateUi`` when the language changes.
    """

    def __init__(self, spin: QSpinBox, phrase: Callable[[int], str]) -> None:
        super().__init__(spin)
        self._spin = spin
        self._phrase = phrase
        spin.valueChanged.connect(self._show)
        self.refresh()

    def refresh(self) -> None:
        self._show(self._spin.value())

    def _show(self, value: int) -> None:
        self._spin.setSuffix(self._phrase(value).replace(str(value), "", 1))


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


def heading(name: str, scale: float = 1.4) -> QLabel:
    """A bold title label, ``scale`` times the normal text size."""
    label = named(QLabel(), name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class Retranslatable:
    """Mixin for widgets: ``retranslateUi()`` runs again whenever the language changes.

    Put it before the Qt class: ``class LockedPage(Retranslatable, QWidget)``.
    """

    def retranslateUi(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)  # type: ignore[misc]


def cancel_or(dialog: QDialog, action: QPushButton) -> QDialogButtonBox:
    """The foot of a dialog that records something: Cancel, and the button that does it.

    The action button keeps its own ``clicked`` handler (the dialog closes only
    once the work has succeeded); Cancel rejects the dialog.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def message_language_combo(name: str) -> QComboBox:
    """Japanese or English for a text written to a client (data ``"ja"``/``"en"``), starting
    with the interface's language. Each language is named in itself, so it needs no translation."""
    combo = named(QComboBox(), name)
    combo.addItem("日本語", "ja")
    combo.addItem("English", "en")
    combo.setCurrentIndex(0 if QLocale().language() == QLocale.Language.Japanese else 1)
    return combo
