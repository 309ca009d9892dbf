"""P-SAFEGUARD: "remember on this device" through the system keyring.

Off by default; unavailable on the fail, null and plaintext backends; stores
the database key and never the passphrase; a missing or stale entry falls
back to asking for the passphrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop.services import vault_access
from desktop.vault import remember
from desktop.vault.store import OpenVault
from tests.helpers.vaults import PASSPHRASE, make_vault, snapshot


class MemoryKeyring(KeyringBackend):
    """A secure-looking backend that keeps entries in memory, for tests only."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's plaintext store: must never be trusted."""


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_p_safeguard_remember_is_unavailable_without_a_secure_keyring(
    backend: KeyringBackend, open_vault: OpenVault
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert not remember.is_available()
        assert vault_access.set_remembered(open_vault, enabled=True) is False
        assert vault_access.is_remembered(open_vault) is False
    finally:
        keyring.set_keyring(previous)


def test_p_safeguard_remember_is_off_by_default(memory_keyring: MemoryKeyring, open_vault: OpenVault) -> None:
    assert remember.is_available()
    assert not vault_access.is_remembered(open_vault)
    assert memory_keyring.entries == {}


def test_p_safeguard_remember_stores_the_key_never_the_passphrase(
    memory_keyring: MemoryKeyring, open_vault: OpenVault
) -> None:
    assert vault_access.set_remembered(open_vault, enabled=True)
    (stored,) = memory_keyring.entries.values()
    assert stored == open_vault.key().hex()
    assert PASSPHRASE not in stored
    assert vault_access.set_remembered(open_vault, enabled=False) is False
    assert memory_keyring.entries == {}


def test_p_safeguard_remembered_key_unlocks_without_passphrase(
    memory_keyring: MemoryKeyring, vault_dir: Path
) -> None:
    vault, _code = make_vault(vault_dir)
    vault_access.set_remembered(vault, enabled=True)
    vault.close()
    reopened = vault_access.unlock_remembered(vault_dir)
    assert reopened is not None
    reopened.close()


def test_p_safeguard_stale_entry_falls_back_and_changes_nothing(
    memory_keyring: MemoryKeyring, vault_dir: Path
) -> None:
    vault, _code = make_vault(vault_dir)
    memory_keyring.set_password(remember.SERVICE, f"vault-key-{vault.vault_id}", "00" * 32)
    vault.close()
    before = snapshot(vault_dir)
    assert vault_access.unlock_remembered(vault_dir) is None
    assert snapshot(vault_dir) == before
    assert memory_keyring.entries == {}  # the stale entry is forgotten


def test_p_safeguard_missing_or_garbled_entry_falls_back(
    memory_keyring: MemoryKeyring, vault_dir: Path
) -> None:
    vault, _code = make_vault(vault_dir)
    vault.close()
    assert vault_access.unlock_remembered(vault_dir) is None
    memory_keyring.set_password(remember.SERVICE, f"vault-key-{vault.vault_id}", "not hex at all")
    assert vault_access.unlock_remembered(vault_dir) is None
