"""Typed domain errors, free of Qt.

Each error carries an English message for the command line and logs (never
personal data, never a secret) and a machine-readable kind that the views map
to a translated sentence in one place (``desktop.views.common.error_text``).
"""

from __future__ import annotations

from enum import StrEnum

from desktop.i18n import fill


class SorakumoError(Exception):
    """Base of every error the application expects and explains."""


class Damage(StrEnum):
    """What exactly is wrong with a vault that cannot be opened."""

    KEYS_MISSING = "keys_missing"
    KEYS_UNREADABLE = "keys_unreadable"
    KEYS_TAMPERED = "keys_tampered"
    KEYS_FOREIGN = "keys_foreign"
    DB_MISSING = "db_missing"
    DB_NOT_DATABASE = "db_not_database"
    DB_DAMAGED = "db_damaged"


_DAMAGE_MESSAGES = {
    Damage.KEYS_MISSING: "the key file keys.json is missing from the vault folder",
    Damage.KEYS_UNREADABLE: "the key file keys.json is truncated or not a key file",
    Damage.KEYS_TAMPERED: "the key file keys.json has been edited or damaged",
    Damage.KEYS_FOREIGN: "the key file keys.json belongs to a different vault",
    Damage.DB_MISSING: "the database vault.db is missing from the vault folder",
    Damage.DB_NOT_DATABASE: "vault.db is not an encrypted Sorakumo database",
    Damage.DB_DAMAGED: "vault.db is damaged or has been tampered with",
}


class WrongPassphrase(SorakumoError):
    """The passphrase did not open the key slot (the GCM tag failed)."""

    def __init__(self) -> None:
        super().__init__("The passphrase is not correct.")


class WrongRecoveryCode(SorakumoError):
    """The recovery code did not open the recovery slot."""

    def __init__(self) -> None:
        super().__init__("The recovery code is not correct.")


class DamagedVault(SorakumoError):
    """The vault's files are missing, damaged or do not belong together."""

    def __init__(self, damage: Damage) -> None:
        self.damage = damage
        super().__init__(f"The vault cannot be opened: {_DAMAGE_MESSAGES[damage]}.")


class VaultNotFound(SorakumoError):
    """No vault exists in the folder."""

    def __init__(self) -> None:
        super().__init__("There is no vault in this folder.")


class VaultExists(SorakumoError):
    """Creating a vault where one already exists is refused."""

    def __init__(self) -> None:
        super().__init__("A vault already exists in this folder; it was left untouched.")


class VaultNotWritable(SorakumoError):
    """The vault folder or its files cannot be written to."""

    def __init__(self) -> None:
        super().__init__(
            "The vault folder cannot be written to (it is read-only or access is denied); "
            "nothing was changed."
        )


class FullDiskWork(StrEnum):
    """What a full disk stopped, so that the sentence names what actually failed."""

    #: A unit of work: a change, or the audit record of a view.
    WRITE = "write"
    #: A backup file.
    BACKUP = "backup"
    #: The vault's record of a backup that was written and verified.
    BACKUP_UNRECORDED = "backup_unrecorded"
    #: The audit record of an unlock (kept in memory and recorded when space returns).
    UNLOCK_RECORD = "unlock_record"


_FULL_DISK_MESSAGES = {
    FullDiskWork.WRITE: "The disk is full, so nothing could be written; nothing was lost.",
    FullDiskWork.BACKUP: "The disk is full, so the backup was not written; no other file was touched.",
    FullDiskWork.BACKUP_UNRECORDED: (
        "The backup was written and verified, but the disk holding the vault is full, "
        "so the vault could not record it yet."
    ),
    FullDiskWork.UNLOCK_RECORD: (
        "The disk is full, so the vault is open read-only and the unlock was not recorded yet; "
        "free some space on the disk."
    ),
}


class StorageFull(SorakumoError):
    """The disk filled up while writing; the write was abandoned whole. ``work`` says which write."""

    def __init__(self, work: FullDiskWork = FullDiskWork.WRITE) -> None:
        self.work = work
        super().__init__(_FULL_DISK_MESSAGES[work])


class VaultBusy(SorakumoError):
    """Another program held the vault's write lock for longer than any unit of work should take."""

    def __init__(self) -> None:
        super().__init__(
            "The vault is busy with another task (an import, say); nothing was changed. "
            "Try again when it ends."
        )


class VaultInUse(SorakumoError):
    """A window has the vault open, and the step would replace the vault's files under it."""

    def __init__(self) -> None:
        super().__init__(
            "The vault is open in the Sorakumo Desk window; close the window first. Nothing was changed."
        )


class StaleSubject(StrEnum):
    """What a refused stale edit was about, so its sentence can name it."""

    CLIENT = "client"
    SETTINGS = "settings"


class StaleEdit(SorakumoError):
    """The row was changed elsewhere (another window's edit, a command) since it was read."""

    def __init__(self, subject: StaleSubject) -> None:
        self.subject = subject
        super().__init__(f"The {subject} changed elsewhere; the edit was not saved.")


class VaultLocked(SorakumoError):
    """The vault is locked; unlock it first."""

    def __init__(self) -> None:
        super().__init__("The vault is locked.")


class InvalidInput(SorakumoError):
    """A value given by the counsellor is not acceptable; the message says why."""


class InvalidSetting(InvalidInput):
    """A setting value out of its range; ``field`` names it, ``template`` + ``args`` explain."""

    def __init__(self, field: str, template: str, *args: str) -> None:
        self.field = field
        self.template = template
        self.args_ = args
        super().__init__(f"{field}: {fill(template, args)}")


class PolicyRefusal(SorakumoError):
    """A step the practice's policy does not allow.

    ``reason`` is the rule's English template (translated by the views) and
    ``args`` fill its ``%1`` placeholders.
    """

    def __init__(self, rule: str, reason: str, args: tuple[str, ...] = ()) -> None:
        self.rule = rule
        self.reason = reason
        self.args_ = args
        super().__init__(f"{rule}: {fill(reason, args)}")


class BackupProblem(StrEnum):
    """Why a backup file was refused by verify or restore."""

    MISSING = "missing"
    WRONG_PASSPHRASE = "wrong_passphrase"
    NOT_A_BACKUP = "not_a_backup"
    TRUNCATED = "truncated"
    EXTRA_DATA = "extra_data"
    DAMAGED_PAGE = "damaged_page"
    DAMAGED = "damaged"
    COUNTS_DIFFER = "counts_differ"
    NEWER_VERSION = "newer_version"
    OTHER_VAULT = "other_vault"


_BACKUP_MESSAGES = {
    BackupProblem.MISSING: "the backup file does not exist or cannot be read",
    BackupProblem.WRONG_PASSPHRASE: (
        "the passphrase does not open it (a different passphrase, or not an encrypted backup)"
    ),
    BackupProblem.NOT_A_BACKUP: "it is not a backup made by Sorakumo Desk",
    BackupProblem.TRUNCATED: "it is truncated (the end of the file is missing)",
    BackupProblem.EXTRA_DATA: "unexpected data was added after its end",
    BackupProblem.DAMAGED_PAGE: "it is damaged at page %1",
    BackupProblem.DAMAGED: "it is damaged (its structure does not check out)",
    BackupProblem.COUNTS_DIFFER: "rows are missing or extra compared with its manifest",
    BackupProblem.NEWER_VERSION: "it was made by a newer version of Sorakumo Desk",
    BackupProblem.OTHER_VAULT: "it is a backup of a different vault",
}

#: Problems with the input itself (exit code 2); the rest are failed checks (exit code 1).
UNUSABLE_BACKUP_PROBLEMS = frozenset(
    {
        BackupProblem.MISSING,
        BackupProblem.WRONG_PASSPHRASE,
        BackupProblem.NOT_A_BACKUP,
        BackupProblem.NEWER_VERSION,
    }
)


class BackupRefused(SorakumoError):
    """A backup file failed verification; nothing was restored from it."""

    def __init__(self, problem: BackupProblem, page: int | None = None) -> None:
        self.problem = problem
        self.page = page
        detail = fill(_BACKUP_MESSAGES[problem], (str(page),) if page is not None else ())
        super().__init__(f"The backup was refused: {detail}.")


class BackupKeyMissing(SorakumoError):
    """The vault holds no backup key yet: it has only been unlocked without the passphrase."""

    def __init__(self) -> None:
        super().__init__(
            "Backups need the passphrase once: lock the vault and unlock it with the passphrase."
        )


class BackupTargetExists(SorakumoError):
    """A backup never replaces a file: the file named for it is already there."""

    def __init__(self) -> None:
        super().__init__("A file with that name is already there; a backup never replaces a file.")


class BackupFolderUnusable(SorakumoError):
    """The backup folder is missing, not chosen, or cannot be written to."""

    def __init__(self) -> None:
        super().__init__(
            "The backup folder is missing or cannot be written to (a drive not plugged in, "
            "or read-only); no backup was written."
        )
