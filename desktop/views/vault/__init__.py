"""The vault's life in the window: set-up, unlock, restore, change of passphrase, the lock and backups.

Other sections reach it only through the names below (the Settings page
changes the passphrase and sets up backups). The frame (controller, main
window) imports the dialogs it opens from their modules, and the names below
load on first use (PEP 562), so start-up loads only what the unlock dialog
needs: every import of a module of this section runs this file first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.views.vault import backup_jobs
    from desktop.views.vault.backup_status import is_overdue
    from desktop.views.vault.change_passphrase_dialog import ChangePassphraseDialog

__all__ = ["ChangePassphraseDialog", "backup_jobs", "is_overdue"]

_WHERE = {
    "ChangePassphraseDialog": "desktop.views.vault.change_passphrase_dialog",
    "backup_jobs": "desktop.views.vault.backup_jobs",
    "is_overdue": "desktop.views.vault.backup_status",
}


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(_WHERE[name])
    return module if name == "backup_jobs" else getattr(module, name)
