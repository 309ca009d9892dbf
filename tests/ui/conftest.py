"""UI fixtures: isolated QSettings, a controller on a fresh folder, and a pre-made vault.

Every controller built here is closed at the end of its test, its window shut
and all vault work finished, so no test leaks a thread, an open vault or an
app-wide event filter into the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import configure_application
from desktop.views.common.clipboard import clear_sensitive
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.controller import DesktopController
from tests.helpers.vaults import FAST_KDF, PASSPHRASE, make_vault
from tests.ui.drive import close_controller


class ControllerFactory(Protocol):
    """Builds a controller on the test's vault folder; ``idle_interval_ms`` overrides Settings."""

    def __call__(self, *, idle_interval_ms: int | None = None) -> DesktopController: ...


@dataclass(frozen=True)
class MadeVault:
    """A closed vault on disk and the secrets that open it."""

    folder: Path
    passphrase: str
    recovery_code: str


@pytest.fixture(autouse=True)
def qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """QSettings in an INI file under ``tmp_path``; the interface pinned to English."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    configure_application(qapp)
    apply_language(Language.ENGLISH)
    yield folder
    apply_language(Language.ENGLISH)
    clear_sensitive()  # as lock and quit do; a copy left behind crashes offscreen Qt at exit


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def made_vault(vault_folder: Path) -> MadeVault:
    """A real encrypted vault with fast key derivation, created and closed again."""
    vault, code = make_vault(vault_folder)
    vault.close()
    return MadeVault(vault_folder, PASSPHRASE, code)


@pytest.fixture
def make_controller(vault_folder: Path) -> Iterator[ControllerFactory]:
    """Build controllers on ``vault_folder`` (fast KDF); each is shut down at teardown."""
    built: list[DesktopController] = []

    def build(*, idle_interval_ms: int | None = None) -> DesktopController:
        controller = DesktopController(vault_folder, kdf=FAST_KDF, idle_interval_ms=idle_interval_ms)
        built.append(controller)
        return controller

    yield build
    for controller in built:
        close_controller(controller)
        controller.window.deleteLater()  # with it the unlock dialog and the wizard
        controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leftovers = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    assert not leftovers, f"windows left open: {leftovers}"


@pytest.fixture
def controller(make_controller: ControllerFactory) -> DesktopController:
    return make_controller()
