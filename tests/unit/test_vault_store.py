"""Creating, opening and rekeying a vault folder (P-SAFEGUARD).

Every test works on a real SQLCipher vault with in-bounds but fast Argon2id
parameters (``tests.helpers.vaults.FAST_KDF``).
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.errors import VaultExists, WrongPassphrase, WrongRecoveryCode
from desktop.models import AuditEvent, Setting
from desktop.vault import store
from desktop.vault.files import DB_FILE, KEYS_FILE
from desktop.vault.keyslots import SlotKind, parse_key_file
from desktop.vault.recovery import formatted
from tests.helpers.vaults import PASSPHRASE, make_vault, snapshot

NEW_PASSPHRASE = "新しい合言葉 'second' \"phrase\" 2024"
NFD_PASSPHRASE = "がぎぐげご ポパピ café 'q' \"r\""

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _actions(vault: store.OpenVault) -> list[str]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_p_safeguard_create_then_open_round_trips_data(vault_dir: Path) -> None:
    assert "'" in PASSPHRASE and '"' in PASSPHRASE and "心理" in PASSPHRASE
    vault, _code = make_vault(vault_dir)
    with vault.unit_of_work() as session:
        session.add(Setting(key="practice_name", value=json.dumps("そらくも相談室")))
    vault_id, key = vault.vault_id, vault.key()
    vault.close()
    assert not vault.is_open

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        assert (reopened.vault_id, reopened.key()) == (vault_id, key)
        with reopened.unit_of_work() as session:
            stored = session.get(Setting, "practice_name")
            assert stored is not None and json.loads(stored.value) == "そらくも相談室"
        assert _actions(reopened) == ["vault.created", "vault.unlocked"]
    finally:
        reopened.close()


def test_p_safeguard_nfd_and_nfc_passphrases_open_the_same_vault(vault_dir: Path) -> None:
    nfd = unicodedata.normalize("NFD", NFD_PASSPHRASE)
    nfc = unicodedata.normalize("NFC", NFD_PASSPHRASE)
    assert nfd != nfc
    vault, _code = make_vault(vault_dir, passphrase=nfd)
    key = vault.key()
    vault.close()
    for typed in (nfc, nfd):
        reopened = store.open_with_passphrase(vault_dir, typed)
        assert reopened.key() == key
        reopened.close()


def test_p_safeguard_change_passphrase_rewraps_without_reencrypting(vault_dir: Path) -> None:
    vault, code = make_vault(vault_dir)
    key = vault.key()
    keys_before = parse_key_file((vault_dir / KEYS_FILE).read_bytes())
    main_file_before = (vault_dir / DB_FILE).read_bytes()

    store.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)

    # The main database file is not rewritten (the audit event goes to the WAL).
    assert (vault_dir / DB_FILE).read_bytes() == main_file_before
    keys_after = parse_key_file((vault_dir / KEYS_FILE).read_bytes())
    assert keys_after.vault_id == keys_before.vault_id
    assert keys_after.db_salt == keys_before.db_salt
    assert keys_after.key_check == keys_before.key_check
    assert keys_after.slot(SlotKind.RECOVERY) == keys_before.slot(SlotKind.RECOVERY)
    old_slot, new_slot = (k.slot(SlotKind.PASSPHRASE) for k in (keys_before, keys_after))
    assert new_slot.kdf.salt != old_slot.kdf.salt
    assert new_slot.wrapped_key != old_slot.wrapped_key
    assert _actions(vault)[-1] == "vault.passphrase_changed"
    vault.close()

    with pytest.raises(WrongPassphrase):
        store.open_with_passphrase(vault_dir, PASSPHRASE)
    openers: list[Callable[[], store.OpenVault | None]] = [
        lambda: store.open_with_passphrase(vault_dir, NEW_PASSPHRASE),
        lambda: store.open_with_key(vault_dir, key),
        lambda: store.open_with_recovery_code(vault_dir, code, NEW_PASSPHRASE),
    ]
    for opener in openers:
        reopened = opener()
        assert reopened is not None and reopened.key() == key
        reopened.close()


def test_p_safeguard_change_passphrase_refuses_a_wrong_old_passphrase(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    keys_before = (vault_dir / KEYS_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase(vault, "not the passphrase", NEW_PASSPHRASE)
    assert (vault_dir / KEYS_FILE).read_bytes() == keys_before
    assert "vault.passphrase_changed" not in _actions(vault)
    vault.close()


def test_p_safeguard_wrong_recovery_code_is_refused_and_changes_nothing(vault_dir: Path) -> None:
    vault, code = make_vault(vault_dir)
    vault.close()
    wrong = ("0" if code[0] != "0" else "1") + code[1:]
    before = snapshot(vault_dir)
    with pytest.raises(WrongRecoveryCode):
        store.open_with_recovery_code(vault_dir, wrong, NEW_PASSPHRASE)
    assert snapshot(vault_dir) == before
    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    reopened.close()


def test_p_safeguard_recovery_code_as_typed_by_hand_sets_a_new_passphrase(vault_dir: Path) -> None:
    vault, code = make_vault(vault_dir)
    key = vault.key()
    vault.close()
    typed = formatted(code).lower().replace("0", "o").replace("-", " ")

    recovered = store.open_with_recovery_code(vault_dir, typed, NEW_PASSPHRASE)
    try:
        assert recovered.key() == key
        assert _actions(recovered)[-2:] == [
            "vault.unlocked",
            "vault.passphrase_reset_with_recovery_code",
        ]
    finally:
        recovered.close()

    with pytest.raises(WrongPassphrase):
        store.open_with_passphrase(vault_dir, PASSPHRASE)
    reopened = store.open_with_passphrase(vault_dir, NEW_PASSPHRASE)
    assert reopened.key() == key
    reopened.close()


@pytest.mark.parametrize("existing", [KEYS_FILE, DB_FILE])
def test_p_safeguard_create_refuses_an_existing_vault_and_leaves_it(vault_dir: Path, existing: str) -> None:
    vault, _code = make_vault(vault_dir)
    vault.close()
    (vault_dir / (DB_FILE if existing == KEYS_FILE else KEYS_FILE)).unlink()
    before = snapshot(vault_dir)
    assert list(before) == [existing]
    with pytest.raises(VaultExists):
        make_vault(vault_dir, passphrase="another passphrase entirely")
    assert snapshot(vault_dir) == before


def test_p_safeguard_open_with_a_stale_or_wrong_key_returns_none(tmp_path: Path) -> None:
    first, _code = make_vault(tmp_path / "first")
    second, _code = make_vault(tmp_path / "second")
    other_key = second.key()
    first.close()
    second.close()
    before = snapshot(tmp_path / "first")
    for candidate in (other_key, os.urandom(32), b"", bytes(31), bytes(33)):
        assert store.open_with_key(tmp_path / "first", candidate) is None
    assert snapshot(tmp_path / "first") == before


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_p_safeguard_folder_is_0700_and_files_0600(vault_dir: Path) -> None:
    vault_dir.mkdir(mode=0o755)
    vault_dir.chmod(0o755)
    vault, _code = make_vault(vault_dir)
    try:
        with vault.unit_of_work() as session:
            session.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
        assert _mode(vault_dir) == 0o700
        files = [path for path in vault_dir.iterdir() if path.is_file()]
        assert {path.name for path in files} >= {DB_FILE, KEYS_FILE, f"{DB_FILE}-wal"}
        assert {path.name: _mode(path) for path in files} == {path.name: 0o600 for path in files}
        store.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
        assert _mode(vault_dir / KEYS_FILE) == 0o600
    finally:
        vault.close()
