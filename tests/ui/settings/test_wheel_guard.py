"""The wheel changes a value only in the focused field (issue 14: a session's minutes went 60 → 57).

The Settings page of a real unlocked window: a wheel turn over a spin box or a
combo box without the focus changes nothing; once the field has the focus, the
wheel works as it always did.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.views.common.wheel_guard import guard_wheel
from desktop.views.controller import DesktopController
from tests.ui.conftest import MadeVault
from tests.ui.drive import child, open_section, settings_loaded, settings_page, unlock


def _wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_unfocused_settings_fields_changes_nothing(
    qtbot: QtBot, made_vault: MadeVault, controller: DesktopController
) -> None:
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "settings")
    qtbot.waitUntil(lambda: settings_loaded(controller))
    page = settings_page(controller)
    duration = child(page, QSpinBox, "menuDurationSpin")
    idle = child(page, QSpinBox, "idleLockSpin")
    zone = child(page, QComboBox, "timeZoneCombo")
    before = (duration.value(), idle.value(), zone.currentIndex())
    for field in (duration, idle, zone):
        assert not field.hasFocus()
        _wheel(field, -3)
    assert (duration.value(), idle.value(), zone.currentIndex()) == before
    assert not duration.hasFocus()  # the wheel does not hand the field the focus either


def test_wheel_changes_a_focused_field(qtbot: QtBot) -> None:
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 100)
    spin.setValue(60)
    guard_wheel(spin)
    spin.show()
    qtbot.waitExposed(spin)
    _wheel(spin, -1)
    assert spin.value() == 60
    spin.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, -1)
    assert spin.value() == 59
