"""The vault's life in the window: set-up, unlock, restore, change of passphrase, the lock and backups.

Other sections reach it only through the names below (the Settings page
changes the passphrase and sets up backups). The frame (controller, main
window) imports the dialogs it opens from their modules, so start-up loads
only what the unlock dialog needs.
"""

from desktop.views.vault import backup_jobs
from desktop.views.vault.backup_status import is_overdue
from desktop.views.vault.change_passphrase_dialog import ChangePassphraseDialog

__all__ = ["ChangePassphraseDialog", "backup_jobs", "is_overdue"]
