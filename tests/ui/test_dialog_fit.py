"""Every dialog fits a laptop screen and has one clear default button.

The dialogs are found by introspection (:mod:`tests.ui.dialog_catalogue`), so a
new one is checked without being listed here. Each is opened in Japanese and in
English on a vault with data, brought to the fullest state it can show, and
must fit 1280×800 at 125 % scaling (``QT_SCALE_FACTOR=1.25``): 1024×640 logical
pixels, less a panel and the title bar. That is stricter than 1366×768 and
1280×800 at 100 %. The main window and each page fit it too. Enter presses the
dialog's default button and nothing else, and no title repeats the application's
name (the window system adds it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.common.worker import wait_for_background_work
from desktop.views.controller import DesktopController
from tests.helpers.records import open_vault_for_views
from tests.ui.dialog_catalogue import OPENERS, World, dialog_classes, make_world

#: 1280×800 at 125 %, less a 40 px panel and a 30 px title bar, in logical pixels.
FITS = QSize(1280 * 4 // 5, (800 - 40) * 4 // 5 - 30)


@pytest.fixture(autouse=True)
def laptop_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """What code that sizes itself to the screen (a scrolling dialog body) sees: 1280×800 at 125 %,
    less a panel, in logical pixels. Widgets' own size hints do not depend on the screen."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1024, 608))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    for vault in open_vault_for_views(tmp_path / "vault"):
        yield make_world(vault)


def _settled() -> None:
    """Let every load the dialog started arrive."""
    for _round in range(3):
        assert wait_for_background_work()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def test_every_dialog_class_has_an_opener() -> None:
    names = {f"{kind.__module__}.{kind.__name__}" for kind in dialog_classes()}
    assert names == set(OPENERS), "add an opener to tests/ui/dialog_catalogue.py for each new dialog"


def _too_big(size: QSize) -> bool:
    return size.width() > FITS.width() or size.height() > FITS.height()


@pytest.mark.parametrize("language", [Language.JAPANESE, Language.ENGLISH], ids=["ja", "en"])
def test_every_dialog_fits_a_1280x800_screen_at_125_percent(
    qtbot: QtBot, world: World, tmp_path: Path, language: Language
) -> None:
    apply_language(language)
    misfits: list[str] = []
    for name, opener in OPENERS.items():
        dialog = opener.build(world, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        _settled()
        opener.fullest(dialog)
        _settled()
        hint = dialog.sizeHint()
        shown = dialog.size()
        if _too_big(hint) or _too_big(shown) or _too_big(dialog.minimumSizeHint()):
            misfits.append(
                f"{name}: hint {hint.width()}×{hint.height()}, shown {shown.width()}×{shown.height()}"
            )
        dialog.close()
    assert not misfits, "\n".join(misfits)


def _moves_on(dialog: QDialog) -> list[QAbstractButton]:
    """A wizard's Next, Commit and Finish: Qt makes each the default on the page it belongs to."""
    if not isinstance(dialog, QWizard):
        return []
    which = (
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
    )
    return [dialog.button(button) for button in which]


def test_enter_presses_only_the_default_button_of_every_dialog(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    """At most one default button, and no other button takes Enter when it gets the focus."""
    wrong: list[str] = []
    for name, opener in OPENERS.items():
        dialog = opener.build(world, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        _settled()
        buttons = [button for button in dialog.findChildren(QPushButton) if button not in _moves_on(dialog)]
        defaults = [b.objectName() or b.text() for b in buttons if b.isDefault()]
        stray = [b.objectName() or b.text() for b in buttons if b.autoDefault() and not b.isDefault()]
        if len(defaults) > 1 or stray:
            wrong.append(f"{name}: default {defaults}, also on focus {stray}")
        dialog.close()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", [Language.JAPANESE, Language.ENGLISH], ids=["ja", "en"])
def test_no_dialog_title_repeats_the_application_name(
    qtbot: QtBot, world: World, tmp_path: Path, language: Language
) -> None:
    """The window system appends "— Sorakumo Desk" to every title; a title naming it too says it twice."""
    apply_language(language)
    app_name = QGuiApplication.applicationDisplayName()
    assert app_name == "Sorakumo Desk"
    titles = {}
    for name, opener in OPENERS.items():
        dialog = opener.build(world, tmp_path)
        qtbot.addWidget(dialog)
        _settled()  # its loads answered: a dialog without a parent must not die with work in flight
        titles[name] = dialog.windowTitle()
        dialog.close()
    assert {name: title for name, title in titles.items() if app_name in title or not title} == {}


@pytest.mark.parametrize("language", [Language.JAPANESE, Language.ENGLISH], ids=["ja", "en"])
def test_the_window_and_every_page_fit_a_1280x800_screen_at_125_percent(
    controller: DesktopController, language: Language
) -> None:
    apply_language(language)
    window = controller.window
    assert not _too_big(window.minimumSizeHint()), window.minimumSizeHint()
    for index in range(window.sections.count()):
        page = window.sections.widget(index)
        assert not _too_big(page.minimumSizeHint()), page.objectName()
