"""The life of a session: set-up or unlock, work, lock, unlock again, quit.

The controller owns the open vault (there is at most one) and is the only
object that opens or closes it. Locking clears every page, closes any open
dialog, disposes of the engine on the vault thread and asks for the
passphrase again; unlocking returns to the section that was open.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.vault.files import vault_exists
from desktop.views.common import preferences
from desktop.views.common.clipboard import clear_sensitive
from desktop.views.common.local_time import set_practice_zone
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.common.worker import run_detached, run_in_background, wait_for_background_work
from desktop.views.vault import backup_jobs, vault_jobs
from desktop.views.vault.idle_lock import InactivityWatcher
from desktop.views.vault.page_check_notice import PageCheckNotice
from desktop.views.vault.read_only_notice import ReadOnlyNotice
from desktop.views.vault.session_watch import SessionWatcher, platform_buses
from desktop.views.vault.single_window import SingleWindowGuard
from desktop.views.vault.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from desktop.policy.practice import PracticeSettings
    from desktop.vault.keyslots import KdfParams
    from desktop.vault.store import OpenVault
    from desktop.views.main_window import MainWindow
    from desktop.views.vault.setup_wizard import SetupWizard


log = logging.getLogger(__name__)

#: How long after the unlock dialog appears the services start loading.
PRELOAD_DELAY_MS = 250


class DesktopController(QObject):
    """Connects the window, the dialogs and the idle timer to the one open vault.

    At start-up only the unlock dialog is built and shown; the main window is
    built while the counsellor types (after the services have loaded in the
    background) and shown once the vault is open. That keeps the time to the
    dialog close to that of a bare window (``make bench``).
    """

    unlocked = Signal()
    locked = Signal()
    #: Another window was started on this vault and this one came to the front instead.
    brought_to_front = Signal()
    #: This window found the vault open in another and will not open it (the counsellor is told).
    refused_as_second = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        kdf: KdfParams | None = None,
        idle_interval_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self._kdf = kdf
        self._idle_override = idle_interval_ms
        self.vault: OpenVault | None = None
        self._window: MainWindow | None = None
        self.watcher = InactivityWatcher(self)
        if idle_interval_ms:
            self.watcher.set_interval_ms(idle_interval_ms)
        self.unlock_dialog: UnlockDialog | None = None
        self.setup_wizard: SetupWizard | None = None
        self._preloaded = False
        self.watcher.idle.connect(self._idle)
        #: The screen lock and sleep, as the platform reports them; watched from the first unlock on.
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.away.connect(self._away)
        self._session_watched = False
        #: One sentence in the status bar while the vault is open read-only (a full disk).
        self.read_only_notice = ReadOnlyNotice()
        #: One window per vault: the folder's lock, and the channel a second window knocks on.
        self._guard = SingleWindowGuard(folder, self)
        self._guard.front_requested.connect(self.bring_to_front)
        self._refusal: QMessageBox | None = None
        #: The whole-file check after unlocking, and a damaged page's sentence.
        self.page_check_notice = PageCheckNotice()

    @property
    def window_built(self) -> bool:
        """Whether the main window exists yet (it is built in the background while the dialog waits)."""
        return self._window is not None

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use."""
        if self._window is None:
            from desktop.views.main_window import MainWindow

            window = MainWindow()
            window.lock_requested.connect(self.lock)
            window.locked_page.unlock_requested.connect(self.ask_for_passphrase)
            window.settings_page.settings_loaded.connect(self._apply_settings)
            window.settings_page.language_chosen.connect(self._apply_language)
            window.closing.connect(self.shutdown)
            window.settings_page.backup_settings.restore_requested.connect(self.open_restore)
            window.statusBar().insertPermanentWidget(0, self.read_only_notice, 1)
            window.statusBar().insertPermanentWidget(0, self.page_check_notice, 1)
            self._window = window
        return self._window

    def start(self) -> None:
        """Set-up on first run; else a remembered key or the unlock dialog; never a second window."""
        if not self._guard.claim():
            self._refuse_as_second()
            return
        if not vault_exists(self.folder):
            self.window.show()
            self._run_setup()
            return
        if not preferences.remembered_on_device():
            self.ask_for_passphrase()
            return
        self.window.show()
        folder = self.folder
        run_in_background(
            lambda: vault_jobs.unlock_remembered(folder),
            owner=self,
            on_success=self._remembered_result,
            on_failure=lambda _error: self.ask_for_passphrase(),
        )

    def _refuse_as_second(self) -> None:
        """Say the vault is open in another window (which has come to the front), then quit."""
        log.info("the vault is open in another window")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Sorakumo Desk"),
            self.tr(
                "This vault is already open in another Sorakumo Desk window, which has been brought "
                "to the front. Only one window at a time can hold a vault."
            ),
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("vaultOpenElsewhereBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(QApplication.quit)
        self._refusal = box  # a box without a parent lives as long as a reference to it
        box.open()
        self.refused_as_second.emit()

    @Slot()
    def bring_to_front(self) -> None:
        """Another window knocked: show what this one is asking for (the unlock dialog, or the window)."""
        front = self.unlock_dialog if self.vault is None and self.unlock_dialog is not None else None
        window = self.window
        if window.isVisible() or front is None:
            if window.isMinimized():
                window.showNormal()
            else:
                window.show()
            window.raise_()
            window.activateWindow()
        if front is not None and front.isVisible():
            front.raise_()
            front.activateWindow()
        self.brought_to_front.emit()

    # --- opening -------------------------------------------------------------------------

    def _run_setup(self) -> None:
        from desktop.views.vault.setup_wizard import SetupWizard

        self.setup_wizard = SetupWizard(self.folder, kdf=self._kdf, parent=self.window)
        self.setup_wizard.created.connect(self._on_unlocked)
        self.setup_wizard.rejected.connect(self._setup_cancelled)
        self.setup_wizard.restore_requested.connect(self.open_restore)
        self.setup_wizard.open()

    @Slot()
    def open_restore(self) -> None:
        """Restore from a backup; an open vault is locked first, as it may be the one replaced."""
        from desktop.views.vault.restore_dialog import RestoreDialog

        self.lock()
        wizard = (
            self.setup_wizard if self.setup_wizard is not None and self.setup_wizard.isVisible() else None
        )
        dialog = RestoreDialog(self.folder, kdf=self._kdf, parent=wizard or self.unlock_dialog or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._on_restored)
        dialog.open()

    @Slot(object)
    def _on_restored(self, vault: OpenVault) -> None:
        self._guard.renew()  # a replaced vault went aside with the lock file it held
        self._on_unlocked(vault)
        for waiting in (self.unlock_dialog, self.setup_wizard):
            if waiting is not None:
                waiting.hide()

    @Slot()
    def _setup_cancelled(self) -> None:
        if self.vault is None:
            self.window.close()

    @Slot(object)
    def _remembered_result(self, vault: OpenVault | None) -> None:
        if vault is None:
            self.ask_for_passphrase()
        else:
            self._on_unlocked(vault)

    @Slot()
    def ask_for_passphrase(self) -> None:
        """Show the unlock dialog (its own window, modal to the whole application)."""
        if self.vault is not None:
            return
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.folder)
            self.unlock_dialog.unlocked.connect(self._on_unlocked)
            self.unlock_dialog.restore_requested.connect(self.open_restore)
        self.unlock_dialog.open()
        self.unlock_dialog.passphrase_edit.setFocus()
        if not self._preloaded:
            self._preloaded = True
            # Let the dialog paint first: importing the services holds the interpreter
            # for a while, and nobody types a passphrase within a fraction of a second.
            QTimer.singleShot(PRELOAD_DELAY_MS, self._preload)

    @Slot()
    def _preload(self) -> None:
        run_in_background(
            vault_jobs.preload,
            owner=self,
            on_success=self._build_window,
            on_failure=lambda error: log.warning("preload failed: %s", type(error).__name__),
        )

    @Slot(object)
    def _build_window(self, _result: object = None) -> None:
        """Build the main window while the counsellor types, so unlocking only has to show it."""
        del _result
        _ = self.window

    @Slot(object)
    def _on_unlocked(self, vault: OpenVault) -> None:
        self.vault = vault
        preferences.set_last_vault_folder(self.folder)
        window = self.window
        window.show_unlocked(vault)
        self.read_only_notice.watch(vault)
        self.page_check_notice.watch(vault)
        window.show()
        window.raise_()
        window.activateWindow()
        self.watcher.start()
        if not self._session_watched:
            self._session_watched = True
            watched = self.session_watcher.watch_buses(*platform_buses())
            watched += ["window"] if self.session_watcher.watch_window(int(window.winId())) else []
            log.info("locking on screen lock and sleep through: %s", ", ".join(watched) or "nothing here")
        log.info("session unlocked")
        self.unlocked.emit()

    @Slot(object)
    def _apply_settings(self, settings: PracticeSettings) -> None:
        set_practice_zone(settings.time_zone)
        minutes = settings.idle_lock_minutes
        self.watcher.set_interval_ms(self._idle_override or minutes * 60_000)
        self.window.show_practice(settings)

    @Slot(object)
    def _apply_language(self, language: Language) -> None:
        apply_language(language)

    # --- closing -------------------------------------------------------------------------

    @Slot()
    def _idle(self) -> None:
        log.info("locking after the idle period")
        self.lock()

    @Slot(str)
    def _away(self, reason: str) -> None:
        """P-SAFEGUARD: the screen locked or the computer is going to sleep; lock at once."""
        if self.vault is not None:
            log.info("locking: %s", reason)
        self.lock()

    @Slot()
    def lock(self) -> None:
        """Clear the window, dispose of the engine, and ask for the passphrase again."""
        vault, self.vault = self.vault, None
        if vault is None:
            return
        self.watcher.stop()
        self.read_only_notice.clear_vault()
        self.page_check_notice.clear_vault()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.unlock_dialog:
                widget.reject()
        self.window.show_locked()
        clear_sensitive()
        run_detached(vault.close, owner=self)
        log.info("session locked")
        self.locked.emit()
        self.ask_for_passphrase()

    @Slot()
    def shutdown(self) -> None:
        """Close the vault cleanly when the window closes or the application quits."""
        self.watcher.stop()
        self.read_only_notice.clear_vault()
        self.page_check_notice.clear_vault()
        clear_sensitive()
        if self.unlock_dialog is not None:
            self.unlock_dialog.close()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        vault, self.vault = self.vault, None
        if vault is not None:
            run_detached(lambda: backup_jobs.back_up_on_close(vault), owner=self)
            run_detached(vault.close, owner=self)
        wait_for_background_work()
        self._guard.release()
