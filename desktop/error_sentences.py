"""Every domain error as a sentence for the counsellor, for the window and the command line alike.

Domain errors become translated, plain sentences that say what happened and
that nothing was lost. The texts are marked here once; the window passes Qt's
``QCoreApplication.translate`` and the command line :func:`desktop.i18n.translate`
(the same translation files, read without Qt), so both say the same thing.
Anything unexpected is logged (class name only, never its text, which could
hold personal data) and given a calm general sentence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime

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
from desktop.i18n import fill, sentence_date, sentence_datetime

log = logging.getLogger(__name__)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MINUTE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")

#: ``QCoreApplication.translate(context, source)`` or :func:`desktop.i18n.translate`.
Translate = Callable[[str, str], str]


def _argument(context: str, value: str, translate: Translate, language: str) -> str:
    """An ISO date (and time) as a sentence writes it (2026年12月6日 10:00); else translated."""
    if _ISO_DATE.fullmatch(value) or _ISO_MINUTE.fullmatch(value):
        try:
            if len(value) == len("2026-12-06"):
                return sentence_date(date.fromisoformat(value), language)
            return sentence_datetime(datetime.fromisoformat(value), language)
        except ValueError:
            return value
    return translate(context, value)


def _damage(damage: Damage, translate: Translate) -> str:
    texts = {
        Damage.KEYS_MISSING: translate(
            "ErrorText",
            "The key file (keys.json) is missing from the vault folder. Restore it from a backup of "
            "the folder; without it the records cannot be opened.",
        ),
        Damage.KEYS_UNREADABLE: translate(
            "ErrorText",
            "The key file (keys.json) is incomplete or not a key file. Nothing was changed; restore "
            "the folder from a backup.",
        ),
        Damage.KEYS_TAMPERED: translate(
            "ErrorText",
            "The key file (keys.json) has been changed or damaged. Nothing was changed; restore the "
            "folder from a backup.",
        ),
        Damage.KEYS_FOREIGN: translate(
            "ErrorText",
            "The key file (keys.json) and the database (vault.db) do not belong to the same vault. "
            "Nothing was changed.",
        ),
        Damage.DB_MISSING: translate(
            "ErrorText", "The database (vault.db) is missing from the vault folder."
        ),
        Damage.DB_NOT_DATABASE: translate(
            "ErrorText", "The file vault.db is not an encrypted Sorakumo Desk database. Nothing was changed."
        ),
        Damage.DB_DAMAGED: translate(
            "ErrorText",
            "The database (vault.db) is damaged or has been altered. Nothing was changed; restore it "
            "from a backup.",
        ),
    }
    return texts[damage]


def _backup_refused(error: BackupRefused, translate: Translate) -> str:
    texts = {
        BackupProblem.MISSING: translate("ErrorText", "The backup file does not exist or cannot be read."),
        BackupProblem.WRONG_PASSPHRASE: translate(
            "ErrorText",
            "This passphrase does not open the backup. Use the passphrase that was in use when the "
            "backup was made (or the file is not an encrypted backup).",
        ),
        BackupProblem.NOT_A_BACKUP: translate(
            "ErrorText", "This file is not a backup made by Sorakumo Desk. Nothing was restored."
        ),
        BackupProblem.TRUNCATED: translate(
            "ErrorText", "The backup is incomplete: the end of the file is missing. Nothing was restored."
        ),
        BackupProblem.EXTRA_DATA: translate(
            "ErrorText", "The backup has unexpected data added after its end. Nothing was restored."
        ),
        BackupProblem.DAMAGED_PAGE: fill(
            translate(
                "ErrorText", "The backup is damaged at page %1. Nothing was restored; use another backup."
            ),
            (str(error.page),),
        ),
        BackupProblem.DAMAGED: translate(
            "ErrorText", "The backup is damaged. Nothing was restored; use another backup."
        ),
        BackupProblem.COUNTS_DIFFER: translate(
            "ErrorText",
            "Rows are missing from the backup or were added to it since it was made. Nothing was restored.",
        ),
        BackupProblem.NEWER_VERSION: translate(
            "ErrorText",
            "This backup was made by a newer version of Sorakumo Desk. Install that version to restore it.",
        ),
        BackupProblem.OTHER_VAULT: translate(
            "ErrorText", "This is a backup of a different vault. Nothing was restored or replaced."
        ),
    }
    return texts[error.problem]


def _storage_full(work: FullDiskWork, translate: Translate) -> str:
    """What a full disk stopped, said as what actually failed."""
    texts = {
        FullDiskWork.WRITE: translate(
            "ErrorText",
            "The disk is full, so nothing could be written. Nothing was lost; free some space on the disk "
            "and try again.",
        ),
        FullDiskWork.BACKUP: translate(
            "ErrorText",
            "The disk is full, so the backup was not written. Free some space on the backup drive and "
            "back up again.",
        ),
        FullDiskWork.BACKUP_UNRECORDED: translate(
            "ErrorText",
            "The backup was written and verified, but the disk holding the vault is full, so the vault "
            "could not record it yet. Free some space on the disk.",
        ),
        FullDiskWork.UNLOCK_RECORD: translate(
            "ErrorText",
            "The disk is full, so the vault is open read-only: you can read everything, but nothing can "
            "be saved, and the unlock is not recorded yet. Free some space on the disk.",
        ),
    }
    return texts[work]


def describe(error: BaseException, translate: Translate, language: str) -> str:
    """A sentence for ``error`` in ``language``, through Qt's ``translate`` or the command line's."""
    if isinstance(error, BackupRefused):
        return _backup_refused(error, translate)
    if isinstance(error, BackupFolderUnusable):
        return translate(
            "ErrorText",
            "The backup folder is missing or cannot be written to (is the drive plugged in?). "
            "No backup was written.",
        )
    if isinstance(error, BackupKeyMissing):
        return translate(
            "ErrorText",
            "Backups need the passphrase once: lock the vault and unlock it with the passphrase.",
        )
    if isinstance(error, WrongPassphrase):
        return translate("ErrorText", "That passphrase is not correct. Please try again.")
    if isinstance(error, WrongRecoveryCode):
        return translate("ErrorText", "That recovery code is not correct. Check each group and try again.")
    if isinstance(error, DamagedVault):
        return _damage(error.damage, translate)
    if isinstance(error, VaultNotFound):
        return translate("ErrorText", "There is no vault in this folder.")
    if isinstance(error, VaultExists):
        return translate("ErrorText", "A vault already exists in this folder. It was left untouched.")
    if isinstance(error, VaultNotWritable):
        return translate(
            "ErrorText",
            "The vault folder cannot be written to: it is read-only or access is denied. "
            "Nothing was changed.",
        )
    if isinstance(error, StorageFull):
        return _storage_full(error.work, translate)
    if isinstance(error, BackupTargetExists):
        return translate(
            "ErrorText", "A file with that name is already there. A backup never replaces a file."
        )
    if isinstance(error, VaultBusy):
        return translate(
            "ErrorText",
            "The vault is busy with another task, such as a mail import. Nothing was changed; "
            "please try again when it has finished.",
        )
    if isinstance(error, VaultLocked):
        return translate("ErrorText", "The vault is locked. Unlock it to continue.")
    if isinstance(error, VaultInUse):
        return translate(
            "ErrorText",
            "The vault is open in another Sorakumo Desk window. Close that window first; "
            "nothing was changed.",
        )
    if isinstance(error, StaleEdit) and error.subject is StaleSubject.SETTINGS:
        return translate(
            "ErrorText",
            "A setting you changed was changed elsewhere meanwhile; your changes were not saved. "
            "The current values are shown now: make your changes again.",
        )
    if isinstance(error, StaleEdit):
        return translate(
            "ErrorText",
            "This client was changed elsewhere; your edit was not saved. "
            "Reopen the client to see the current record.",
        )
    if isinstance(error, PolicyRefusal):
        # An argument may be a label marked for translation (a data item, say) or an ISO date.
        args = tuple(_argument("policy", a, translate, language) for a in error.args_)
        return fill(translate("policy", error.reason), args)
    if isinstance(error, InvalidSetting):
        return fill(
            translate("settings", error.template),
            tuple(_argument("settings", a, translate, language) for a in error.args_),
        )
    if isinstance(error, InvalidInput):
        # Services phrase these with QT_TRANSLATE_NOOP("policy", ...); others stay as written.
        return translate("policy", str(error))
    log.error("unexpected error: %s", type(error).__name__)
    return translate("ErrorText", "Something unexpected went wrong. Nothing was lost; please try again.")
