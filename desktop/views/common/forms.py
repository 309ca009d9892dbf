"""Small helpers for building widgets: object names, and forms whose labels can be re-translated."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
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


class FittingScrollArea(QScrollArea):
    """The body of a dialog that can grow taller than a laptop screen (a booking once confirmed).

    It asks for its content's full height, but never for more than the screen
    leaves after ``room`` pixels for the dialog's title, buttons and the desktop's
    panel; beyond that it scrolls, and the dialog's own buttons stay in sight.
    """

    def __init__(self, content: QWidget, *, room: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:
        content = self.widget()
        wanted = content.sizeHint() if content is not None else super().sizeHint()
        screen = self.screen()
        tallest = screen.availableGeometry().height() - self._room if screen is not None else wanted.height()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(wanted.width() + bar, max(min(wanted.height(), tallest), 120))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Open ``widget`` at ``width`` × ``height``, or smaller where the screen has less room."""
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    widget.resize(width, height)


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


def primary_button(dialog: QDialog, button: QPushButton | None) -> None:
    """Make ``button`` the one Enter presses in ``dialog`` (``None``: Enter presses nothing).

    Call it once the dialog's buttons exist (and again when a page change makes
    another button the primary one).
    """
    if button is not None:
        button.setDefault(True)
    for other in dialog.findChildren(QPushButton):
        if other is not button:
            other.setDefault(False)
    enter_only_on_default(dialog)


def enter_only_on_default(dialog: QDialog) -> None:
    """Every push button of ``dialog`` but its default loses ``autoDefault``.

    A button that takes the focus would otherwise become the default for a
    moment, and an Enter meant for the primary action would press it instead (the
    unlock prompt once opened "Restore from a backup" that way, when its field
    was disabled while unlocking and the focus moved on to that button). A wizard
    keeps choosing Next or Finish itself; this only stops the others taking Enter.
    """
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(button.isDefault())


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
