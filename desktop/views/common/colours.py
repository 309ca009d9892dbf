"""Colours for the current colour scheme, light or dark: no widget carries a colour fixed for one.

Qt 6.5+ says which scheme the platform chose (``QStyleHints.colorScheme``)
and gives the matching palette. The palette is what every widget is drawn
against — and a style may force one (Fusion with a dark palette) whatever the
platform says — so its window colour decides which set of tones is used.
Ordinary text, lines and fills come from the palette itself; the few colours
that carry a meaning (an error, a warning, a danger, a holiday, today) have a
light and a dark tone here, each chosen to be readable on its scheme's base.

Widgets styled with :func:`set_tone` or :func:`set_toned_style` are styled
again when the platform switches scheme while the app runs; painted views
read the tones at each paint, and icons are drawn in the palette's own ink
(:func:`scheme_icon`).
"""

from __future__ import annotations

import contextlib
import weakref
from enum import Enum

from PySide6.QtCore import QByteArray, QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from desktop.resources import resource_path


class Tone(Enum):
    """A colour with a meaning: (light scheme, dark scheme)."""

    ERROR = ("#b3261e", "#f2b8b5")
    WARNING = ("#8a5300", "#ffb95c")
    DANGER_TEXT = ("#9b1c13", "#ffb4a9")
    DANGER_TINT = ("#fde7e4", "#4a1f1b")
    HOLIDAY_TEXT = ("#c0392b", "#ff8a80")
    HOLIDAY_TINT = ("#fdeeee", "#3b2424")
    TODAY_TINT = ("#eaf2fd", "#1d3047")
    WEEKEND_TINT = ("#f6f6f6", "#2b2d30")
    #: Text on a booking block's fill, and its quieter second line.
    BLOCK_TEXT = ("#1f1f1f", "#ececec")
    BLOCK_QUIET_TEXT = ("#4a4a4a", "#bdbdbd")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (by default the application's) is a dark one: light text on a dark window."""
    chosen = palette if palette is not None else QGuiApplication.palette()
    return chosen.color(QPalette.ColorRole.Window).lightness() < 128


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The tone for the scheme of ``palette`` (by default the application's)."""
    light, dark = tone.value
    return QColor(dark if is_dark(palette) else light)


def pick(light: str, dark: str) -> QColor:
    """One of two colours named by the caller (a status's fill, say), for the current scheme."""
    return QColor(dark if is_dark() else light)


def set_tone(widget: QWidget, tone: Tone | None, *, bold: bool = False) -> None:
    """Colour ``widget``'s text with ``tone`` (``None``: the palette's own); kept across scheme changes."""
    if tone is None:
        set_toned_style(widget, "")
        return
    weight = " font-weight: bold;" if bold else ""
    set_toned_style(widget, f"color: {{{tone.name}}};{weight}")


def set_toned_style(widget: QWidget, template: str) -> None:
    """A style sheet whose ``{ERROR}``-style fields are filled with the tones of the current scheme."""
    _keeper().keep(widget, template)


def scheme_icon(name: str) -> QIcon:
    """An SVG icon drawn in the palette's ink (its ``currentColor``), so it shows on light and dark."""
    ink = QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    svg = resource_path("icons", name).read_text(encoding="utf-8").replace("currentColor", ink)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            renderer.render(painter)
        finally:
            painter.end()
        icon.addPixmap(pixmap)
    return icon


def _filled(template: str) -> str:
    return template.format(**{tone.name: colour(tone).name() for tone in Tone}) if template else ""


class _ToneKeeper(QObject):
    """Re-styles the toned widgets when the platform switches between light and dark."""

    def __init__(self) -> None:
        super().__init__()
        self._styled: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._restyle)

    def keep(self, widget: QWidget, template: str) -> None:
        self._styled[widget] = template
        widget.setStyleSheet(_filled(template))

    @Slot()
    def _restyle(self) -> None:
        for widget, template in list(self._styled.items()):
            with contextlib.suppress(RuntimeError):  # its C++ side is gone already
                widget.setStyleSheet(_filled(template))


_KEEPER: list[_ToneKeeper] = []


def _keeper() -> _ToneKeeper:
    if not _KEEPER:
        _KEEPER.append(_ToneKeeper())
    return _KEEPER[0]
