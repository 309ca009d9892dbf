"""The one place that turns an error into a sentence for the counsellor.

Domain errors become translated, plain sentences that say what happened and
that nothing was lost. Anything unexpected is logged (class name only, never
its text, which could hold personal data) and shown as a calm general message.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import (
    BackupFolderUnusable,
    BackupKeyMissing,
    BackupProblem,
    BackupRefused,
    BackupTargetExists,
    Damage,
    DamagedVault,
    FullDiskWork,
    InvalidInput,
    InvalidSetting,
    PolicyRefusal,
    StaleEdit,
    StaleSubject,
    StorageFull,
    VaultBusy,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultNotWritable,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop.i18n import fill

log = logging.getLogger(__name__)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The weekday and the separator beside it, left out of a date in a sentence.
_WEEKDAY = re.compile(r"dddd[,\s]*|[,\s]*dddd")


def _argument(context: str, value: str) -> str:
    """An ISO date as the current language writes a date in a sentence (2026年12月6日); else translated."""
    if _ISO_DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
        locale = QLocale()
        form = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat), count=1).strip()
        return locale.toString(QDate(day.year, day.month, day.day), form)
    return QCoreApplication.translate(context, value)


def _damage(damage: Damage) -> str:
    texts = {
        Damage.KEYS_MISSING: QCoreApplication.translate(
            "ErrorText",
            "The key file (keys.json) is missing from the vault folder. Restore it from a backup of "
            "the folder; without it the records cannot be opened.",
        ),
        Damage.KEYS_UNREADABLE: QCoreApplication.translate(
            "ErrorText",
            "The key file (keys.json) is incomplete or not a key file. Nothing was changed; restore "
            "the folder from a backup.",
        ),
        Damage.KEYS_TAMPERED: QCoreApplication.translate(
            "ErrorText",
            "The key file (keys.json) has been changed or damaged. Nothing was changed; restore the "
            "folder from a backup.",
        ),
        Damage.KEYS_FOREIGN: QCoreApplication.translate(
            "ErrorText",
            "The key file (keys.json) and the database (vault.db) do not belong to the same vault. "
            "Nothing was changed.",
        ),
        Damage.DB_MISSING: QCoreApplication.translate(
            "ErrorText", "The database (vault.db) is missing from the vault folder."
        ),
        Damage.DB_NOT_DATABASE: QCoreApplication.translate(
            "ErrorText", "The file vault.db is not an encrypted Sorakumo Desk database. Nothing was changed."
        ),
        Damage.DB_DAMAGED: QCoreApplication.translate(
            "ErrorText",
            "The database (vault.db) is damaged or has been altered. Nothing was changed; restore it "
            "from a backup.",
        ),
    }
    return texts[damage]


def _backup_refused(error: BackupRefused) -> str:
    texts = {
        BackupProblem.MISSING: QCoreApplication.translate(
            "ErrorText", "The backup file does not exist or cannot be read."
        ),
        BackupProblem.WRONG_PASSPHRASE: QCoreApplication.translate(
            "ErrorText",
            "This passphrase does not open the backup. Use the passphrase that was in use when the "
            "backup was made (or the file is not an encrypted backup).",
        ),
        BackupProblem.NOT_A_BACKUP: QCoreApplication.translate(
            "ErrorText", "This file is not a backup made by Sorakumo Desk. Nothing was restored."
        ),
        BackupProblem.TRUNCATED: QCoreApplication.translate(
            "ErrorText", "The backup is incomplete: the end of the file is missing. Nothing was restored."
        ),
        BackupProblem.EXTRA_DATA: QCoreApplication.translate(
            "ErrorText", "The backup has unexpected data added after its end. Nothing was restored."
        ),
        BackupProblem.DAMAGED_PAGE: fill(
            QCoreApplication.translate(
                "ErrorText", "The backup is damaged at page %1. Nothing was restored; use another backup."
            ),
            (str(error.page),),
        ),
        BackupProblem.DAMAGED: QCoreApplication.translate(
            "ErrorText", "The backup is damaged. Nothing was restored; use another backup."
        ),
        BackupProblem.COUNTS_DIFFER: QCoreApplication.translate(
            "ErrorText",
            "Rows are missing from the backup or were added to it since it was made. Nothing was restored.",
        ),
        BackupProblem.NEWER_VERSION: QCoreApplication.translate(
            "ErrorText",
            "This backup was made by a newer version of Sorakumo Desk. Install that version to restore it.",
        ),
        BackupProblem.OTHER_VAULT: QCoreApplication.translate(
            "ErrorText", "This is a backup of a different vault. Nothing was restored or replaced."
        ),
    }
    return texts[error.problem]


def _storage_full(work: FullDiskWork) -> str:
    """What a full disk stopped, said as what actually failed."""
    texts = {
        FullDiskWork.WRITE: QCoreApplication.translate(
            "ErrorText",
            "The disk is full, so nothing could be written. Nothing was lost; free some space on the disk "
            "and try again.",
        ),
        FullDiskWork.BACKUP: QCoreApplication.translate(
            "ErrorText",
            "The disk is full, so the backup was not written. Free some space on the backup drive and "
            "back up again.",
        ),
        FullDiskWork.BACKUP_UNRECORDED: QCoreApplication.translate(
            "ErrorText",
            "The backup was written and verified, but the disk holding the vault is full, so the vault "
            "could not record it yet. Free some space on the disk.",
        ),
        FullDiskWork.UNLOCK_RECORD: QCoreApplication.translate(
            "ErrorText",
            "The disk is full, so the vault is open read-only: you can read everything, but nothing can "
            "be saved, and the unlock is not recorded yet. Free some space on the disk.",
        ),
    }
    return texts[work]


def describe(error: BaseException) -> str:
    """A translated sentence for ``error``."""
    if isinstance(error, BackupRefused):
        return _backup_refused(error)
    if isinstance(error, BackupFolderUnusable):
        return QCoreApplication.translate(
            "ErrorText",
            "The backup folder is missing or cannot be written to (is the drive plugged in?). "
            "No backup was written.",
        )
    if isinstance(error, BackupKeyMissing):
        return QCoreApplication.translate(
            "ErrorText",
            "Backups need the passphrase once: lock the vault and unlock it with the passphrase.",
        )
    if isinstance(error, WrongPassphrase):
        return QCoreApplication.translate("ErrorText", "That passphrase is not correct. Please try again.")
    if isinstance(error, WrongRecoveryCode):
        return QCoreApplication.translate(
            "ErrorText", "That recovery code is not correct. Check each group and try again."
        )
    if isinstance(error, DamagedVault):
        return _damage(error.damage)
    if isinstance(error, VaultNotFound):
        return QCoreApplication.translate("ErrorText", "There is no vault in this folder.")
    if isinstance(error, VaultExists):
        return QCoreApplication.translate(
            "ErrorText", "A vault already exists in this folder. It was left untouched."
        )
    if isinstance(error, VaultNotWritable):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault folder cannot be written to: it is read-only or access is denied. "
            "Nothing was changed.",
        )
    if isinstance(error, StorageFull):
        return _storage_full(error.work)
    if isinstance(error, BackupTargetExists):
        return QCoreApplication.translate(
            "ErrorText", "A file with that name is already there. A backup never replaces a file."
        )
    if isinstance(error, VaultBusy):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault is busy with another task, such as a mail import. Nothing was changed; "
            "please try again when it has finished.",
        )
    if isinstance(error, VaultLocked):
        return QCoreApplication.translate("ErrorText", "The vault is locked. Unlock it to continue.")
    if isinstance(error, VaultInUse):
        return QCoreApplication.translate(
            "ErrorText",
            "The vault is open in another Sorakumo Desk window. Close that window first; "
            "nothing was changed.",
        )
    if isinstance(error, StaleEdit) and error.subject is StaleSubject.SETTINGS:
        return QCoreApplication.translate(
            "ErrorText",
            "A setting you changed was changed elsewhere meanwhile; your changes were not saved. "
            "The current values are shown now: make your changes again.",
        )
    if isinstance(error, StaleEdit):
        return QCoreApplication.translate(
            "ErrorText",
            "This client was changed elsewhere; your edit was not saved. "
            "Reopen the client to see the current record.",
        )
    if isinstance(error, PolicyRefusal):
        # An argument may be a label marked for translation (a data item, say) or an ISO date.
        args = tuple(_argument("policy", a) for a in error.args_)
        return fill(QCoreApplication.translate("policy", error.reason), args)
    if isinstance(error, InvalidSetting):
        return fill(
            QCoreApplication.translate("settings", error.template),
            tuple(_argument("settings", a) for a in error.args_),
        )
    if isinstance(error, InvalidInput):
        # Services phrase these with QT_TRANSLATE_NOOP("policy", ...); others stay as written.
        return QCoreApplication.translate("policy", str(error))
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "ErrorText", "Something unexpected went wrong. Nothing was lost; please try again."
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Show ``error`` in a message box owned by ``parent``."""
    QMessageBox.warning(parent, QCoreApplication.translate("ErrorText", "Sorakumo Desk"), describe(error))
