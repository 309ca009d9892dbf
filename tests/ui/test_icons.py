"""The sidebar and toolbar icons: one free set, shipped with its licence, each one drawable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QToolBar

from desktop.resources import icon_file, resource_path
from desktop.views.controller import DesktopController
from desktop.views.sections import Section
from tests.ui.drive import child


def test_every_section_and_toolbar_action_has_a_drawable_icon(controller: DesktopController) -> None:
    sidebar = child(controller.window, QListWidget, "sidebar")
    for row, section in enumerate(Section):
        assert not sidebar.item(row).icon().pixmap(18, 18).isNull(), section.value.key
    toolbar = child(controller.window, QToolBar, "mainToolbar")
    for action in toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().pixmap(20, 20).isNull(), action.objectName() or action.text()


def test_the_icons_ship_with_their_licence() -> None:
    icons = Path(icon_file("lock.svg")).parent
    assert (icons / "LICENSE-lucide.txt").read_text(encoding="utf-8").startswith("ISC License")
    names = {section.value.icon for section in Section} | {"lock.svg", "triangle-alert.svg"}
    for svg in (icons / name for name in names):
        assert "lucide" in svg.read_text(encoding="utf-8"), svg.name
        assert not QIcon(str(svg)).pixmap(24, 24).isNull(), svg.name
    assert resource_path("icons") == icons
