"""The keys of backups: SQLCipher 4's own derivation of the passphrase, kept inside the vault.

A backup is keyed with PBKDF2-HMAC-SHA512 (256,000 iterations) of the
passphrase and the file's own 16-byte salt: SQLCipher 4's default, so any
reader opens it with the passphrase alone. The vault keeps the derived key
(current passphrase) and the keys of earlier passphrases, so it can read
every backup it made: pruning reads each backup's manifest with them.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.models import Property
from desktop.vault.keyslots import KEY_BYTES, SALT_BYTES
from desktop.vault.store import normalise_passphrase

#: SQLCipher 4's default key derivation; readers assume it, so it is not ours to tune.
KDF_ITERATIONS = 256_000
KEY_PROPERTY = "backup_key"
#: Keys of earlier passphrases, newest first: the backups they made stay readable by the vault.
RETIRED_KEYS_PROPERTY = "backup_key.retired"
RETIRED_KEYS_KEPT = 32


@dataclass(frozen=True, slots=True)
class BackupKey:
    """SQLCipher 4's key for one passphrase and salt; the salt becomes the file's first 16 bytes."""

    key: bytes = field(repr=False)
    salt: bytes

    def attach_secret(self) -> str:
        """``x'key salt'``: SQLCipher's raw-key-with-salt form, built from bytes, bound as a parameter."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"

    def to_property(self) -> str:
        return (self.key + self.salt).hex()

    @classmethod
    def from_property(cls, value: str) -> BackupKey:
        raw = bytes.fromhex(value)
        return cls(raw[:KEY_BYTES], raw[KEY_BYTES:])


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's default KDF: PBKDF2-HMAC-SHA512, 256,000 iterations, NFC UTF-8 passphrase."""
    secret = normalise_passphrase(passphrase).encode("utf-8")
    return hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, KEY_BYTES)


def new_backup_key(passphrase: str) -> BackupKey:
    salt = os.urandom(SALT_BYTES)
    return BackupKey(derive_key(passphrase, salt), salt)


def load_key(session: Session) -> BackupKey | None:
    stored = session.get(Property, KEY_PROPERTY)
    return BackupKey.from_property(stored.value) if stored is not None else None


def _retired(session: Session) -> list[str]:
    stored = session.get(Property, RETIRED_KEYS_PROPERTY)
    values = json.loads(stored.value) if stored is not None else []
    return [value for value in values if isinstance(value, str)] if isinstance(values, list) else []


def load_keys(session: Session) -> list[BackupKey]:
    """Every backup key the vault holds: the current one first, then those of earlier passphrases."""
    current = session.get(Property, KEY_PROPERTY)
    values = ([current.value] if current is not None else []) + _retired(session)
    return [BackupKey.from_property(value) for value in values]


def store_key(session: Session, key: BackupKey) -> None:
    """Make ``key`` the current backup key; the one it replaces is kept among the retired keys."""
    current = session.get(Property, KEY_PROPERTY)
    if current is not None and current.value != key.to_property():
        retired = [current.value, *_retired(session)][:RETIRED_KEYS_KEPT]
        session.merge(Property(key=RETIRED_KEYS_PROPERTY, value=json.dumps(retired)))
    session.merge(Property(key=KEY_PROPERTY, value=key.to_property()))
