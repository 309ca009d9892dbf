"""Damaged, missing and mismatched vault files (P-SAFEGUARD).

Each case must raise its own typed error (with the exact ``Damage``), must
leave every byte of the vault folder as it was, and must not put the
passphrase or the database key into the error's message or traceback.
"""

from __future__ import annotations

import shutil
import sqlite3
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.demo import practice
from desktop.errors import Damage, DamagedVault, SorakumoError, VaultNotFound, WrongPassphrase
from desktop.services import integrity
from desktop.vault import audit, store
from desktop.vault.files import DB_FILE, KEYS_FILE
from tests.helpers.vaults import PASSPHRASE, make_vault, snapshot

PAGE = 4096
SALT = 16


@dataclass(frozen=True)
class ClosedVault:
    folder: Path
    key_hex: str
    recovery_code: str = ""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> ClosedVault:
    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, code = make_vault(folder)
    with vault.unit_of_work() as session:
        for number in range(200):  # several pages beyond the first
            audit.append(session, "client.viewed", detail={"n": number})
    key_hex = vault.key().hex()
    vault.close()
    return ClosedVault(folder, key_hex, code)


@pytest.fixture
def closed(template: ClosedVault, vault_dir: Path) -> ClosedVault:
    """A fresh copy of the closed template vault, for this test to damage."""
    shutil.copytree(template.folder, vault_dir)
    return ClosedVault(vault_dir, template.key_hex, template.recovery_code)


def _refused(
    vault: ClosedVault,
    error: type[SorakumoError],
    damage: Damage | None = None,
    passphrase: str = PASSPHRASE,
) -> SorakumoError:
    """Open ``vault``, expect ``error``, and check that nothing changed or leaked."""
    before = snapshot(vault.folder)
    with pytest.raises(error) as raised:
        store.open_with_passphrase(vault.folder, passphrase)
    assert snapshot(vault.folder) == before
    if damage is not None:
        assert isinstance(raised.value, DamagedVault)
        assert raised.value.damage is damage
    told = str(raised.value) + "".join(traceback.format_exception(raised.value))
    for secret in (PASSPHRASE, passphrase, vault.key_hex, vault.key_hex.upper()):
        assert secret not in told
    return raised.value


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def test_p_safeguard_wrong_passphrase_is_told_apart_from_damage(closed: ClosedVault) -> None:
    error = _refused(closed, WrongPassphrase, passphrase=PASSPHRASE + " ")
    assert not isinstance(error, DamagedVault)
    reopened = store.open_with_passphrase(closed.folder, PASSPHRASE)
    reopened.close()


def test_p_safeguard_missing_keys_file(closed: ClosedVault) -> None:
    (closed.folder / KEYS_FILE).unlink()
    _refused(closed, DamagedVault, Damage.KEYS_MISSING)


@pytest.mark.parametrize("length", [0, 1, 2, 40, 500, -2])
def test_p_safeguard_truncated_keys_file(closed: ClosedVault, length: int) -> None:
    keys = closed.folder / KEYS_FILE
    raw = keys.read_bytes()
    keys.write_bytes(raw[:length])
    assert keys.stat().st_size < len(raw)
    _refused(closed, DamagedVault, Damage.KEYS_UNREADABLE)


@pytest.mark.parametrize(
    "garbage",
    [
        b"[" * 60_000,  # nesting deep enough to exhaust the JSON parser's recursion
        b'{"format": "sorakumo-desk-keys", "pad": "' + b"x" * 70_000 + b'"}',  # over 64 KiB
        b"\xff\xfe\x00\x01 not text",
        b"[]",
        b'{"format": "sorakumo-desk-keys"}',
    ],
    ids=["deeply-nested", "oversized", "binary", "array", "no-fields"],
)
def test_p_safeguard_keys_file_that_is_not_a_key_file(closed: ClosedVault, garbage: bytes) -> None:
    (closed.folder / KEYS_FILE).write_bytes(garbage)
    _refused(closed, DamagedVault, Damage.KEYS_UNREADABLE)


@pytest.mark.parametrize(
    ("old", "new"),
    [('"iterations": 1,', '"iterations": 2,'), ('"lanes": 1,', '"lanes": 4,')],
)
def test_p_safeguard_edited_keys_file(closed: ClosedVault, old: str, new: str) -> None:
    keys = closed.folder / KEYS_FILE
    raw = keys.read_text("ascii")
    assert raw.count(old) == 2
    keys.write_text(raw.replace(old, new, 1), "ascii")
    _refused(closed, DamagedVault, Damage.KEYS_TAMPERED)


def test_p_safeguard_keys_file_from_another_vault(closed: ClosedVault, tmp_path: Path) -> None:
    other, _code = make_vault(tmp_path / "other")
    other.close()
    shutil.copyfile(tmp_path / "other" / KEYS_FILE, closed.folder / KEYS_FILE)
    _refused(closed, DamagedVault, Damage.KEYS_FOREIGN)


def _text_file(db: Path) -> None:
    db.write_text("これはデータベースではありません\nnot a database\n", "utf-8")


def _plain_sqlite(db: Path) -> None:
    db.unlink()
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 100,)] * 100)
    connection.close()


def _zeroes(db: Path) -> None:
    db.write_bytes(bytes(PAGE * 3 + 17))


@pytest.mark.parametrize("replace", [_text_file, _plain_sqlite, _zeroes])
def test_p_safeguard_vault_db_that_is_not_a_database(
    closed: ClosedVault, replace: Callable[[Path], None]
) -> None:
    replace(closed.folder / DB_FILE)
    _refused(closed, DamagedVault, Damage.DB_NOT_DATABASE)


@pytest.mark.parametrize("offset", [SALT, SALT + 1, 100, PAGE // 2, PAGE - 1])
def test_p_safeguard_flipped_byte_in_the_first_page(closed: ClosedVault, offset: int) -> None:
    _flip(closed.folder / DB_FILE, offset)
    _refused(closed, DamagedVault, Damage.DB_DAMAGED)


@pytest.mark.parametrize("page", [2, 3, -1])
def test_p_safeguard_flipped_byte_in_a_later_page_is_found(closed: ClosedVault, page: int) -> None:
    """Unlocking no longer reads every page: a page it reads is refused, any other is found after.

    The window runs the whole-file check in the background after unlocking
    (``integrity.check_pages``), as ``check`` does (``integrity.check_vault``).
    """
    db = closed.folder / DB_FILE
    pages = db.stat().st_size // PAGE
    assert pages >= 4
    index = page if page > 0 else pages + page + 1
    _flip(db, (index - 1) * PAGE + PAGE // 3)
    try:
        vault = store.open_with_passphrase(closed.folder, PASSPHRASE)
    except DamagedVault as refused:
        assert refused.damage is Damage.DB_DAMAGED
        return
    try:
        assert any(f"page {index}" in problem for problem in integrity.check_pages(vault))
        report = integrity.check_vault(vault)
        assert not report.cipher_ok and not report.ok
    finally:
        vault.close()


def test_p_safeguard_a_damaged_page_far_from_the_first_does_not_stop_the_unlock_but_is_found(
    closed: ClosedVault,
) -> None:
    """A year of work: unlocking reads few pages, so the vault opens; the page check finds the damage."""
    vault = store.open_with_passphrase(closed.folder, PASSPHRASE)
    try:
        practice.generate(vault, clients=150, years=1, seed=3)
    finally:
        vault.close()
    db = closed.folder / DB_FILE
    middle = db.stat().st_size // PAGE // 2
    assert middle > 20
    _flip(db, (middle - 1) * PAGE + PAGE // 2)
    vault = store.open_with_passphrase(closed.folder, PASSPHRASE)
    try:
        assert any(f"page {middle}" in problem for problem in integrity.check_pages(vault))
        assert not integrity.check_vault(vault).cipher_ok
    finally:
        vault.close()


def test_p_safeguard_missing_database(closed: ClosedVault) -> None:
    (closed.folder / DB_FILE).unlink()
    _refused(closed, DamagedVault, Damage.DB_MISSING)


def test_p_safeguard_empty_folder_is_not_a_vault(tmp_path: Path) -> None:
    empty = ClosedVault(tmp_path / "empty", "00" * 32)
    empty.folder.mkdir()
    _refused(empty, VaultNotFound)
    assert list(empty.folder.iterdir()) == []


def test_p_safeguard_missing_folder_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        store.open_with_passphrase(tmp_path / "nowhere", PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()


def test_p_safeguard_recovery_and_key_opens_also_change_nothing(closed: ClosedVault) -> None:
    _flip(closed.folder / DB_FILE, PAGE + 10)
    before = snapshot(closed.folder)
    with pytest.raises(DamagedVault) as raised:
        store.open_with_key(closed.folder, bytes.fromhex(closed.key_hex))
    assert raised.value.damage is Damage.DB_DAMAGED
    with pytest.raises(DamagedVault) as raised:
        store.open_with_recovery_code(closed.folder, closed.recovery_code, "new passphrase")
    assert raised.value.damage is Damage.DB_DAMAGED
    assert snapshot(closed.folder) == before  # keys.json was not rewrapped either
