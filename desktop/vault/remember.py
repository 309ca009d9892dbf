"""Opt-in "remember on this device": the database key in the system keyring.

Off by default. Only a real, encrypted keyring backend qualifies: none at all,
the fail backend, the null backend and ``keyrings.alt``'s plaintext or weakly
"encrypted" file stores are treated as unavailable. The passphrase is never
stored, only the random database key, under the vault's id. A missing,
unreadable or stale entry simply means "ask for the passphrase".
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError

SERVICE = "sorakumo-desk"
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_UNSAFE_NAMES = ("plaintext", "fail", "null", "chainer")

log = logging.getLogger(__name__)


def _entry(vault_id: str) -> str:
    return f"vault-key-{vault_id}"


def is_available() -> bool:
    """Whether a trustworthy keyring backend exists on this device."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    backends = getattr(backend, "backends", None) or [backend]
    for candidate in backends:
        module = type(candidate).__module__
        name = type(candidate).__name__.lower()
        if module.startswith(_UNSAFE_MODULES) or any(word in name for word in _UNSAFE_NAMES):
            continue
        try:
            if float(getattr(candidate, "priority", 0)) > 0:
                return True
        except Exception:
            continue
    return False


def store_key(vault_id: str, db_key: bytes) -> bool:
    """Remember the key; ``False`` when the keyring refused (the option then stays off)."""
    if not is_available():
        return False
    try:
        keyring.set_password(SERVICE, _entry(vault_id), db_key.hex())
    except (KeyringError, OSError, RuntimeError):
        log.warning("keyring refused to store the vault key")
        return False
    return True


def load_key(vault_id: str) -> bytes | None:
    """The remembered key, or ``None`` when there is none or it cannot be read."""
    if not is_available():
        return None
    try:
        value = keyring.get_password(SERVICE, _entry(vault_id))
        return bytes.fromhex(value) if value else None
    except (KeyringError, OSError, RuntimeError, ValueError):
        log.warning("keyring entry for the vault could not be read")
        return None


def forget_key(vault_id: str) -> None:
    """Remove the remembered key, if any."""
    with contextlib.suppress(KeyringError, OSError, RuntimeError):
        keyring.delete_password(SERVICE, _entry(vault_id))


def is_remembered(vault_id: str) -> bool:
    return load_key(vault_id) is not None
