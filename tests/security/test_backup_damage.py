"""P-SAFEGUARD: a damaged, cut-off, padded or foreign backup is refused by verify and by restore.

Each case gives the sentence for what happened (damaged at page N,
truncated, extra data, another vault, wrong passphrase, not a backup) and no
case ever leaves a restored vault behind. A flipped byte inside the first 16
bytes (the salt) changes the key every reader derives, so it reads as a wrong
passphrase: that is the format, and the test says so.

The same damage at random, with swapped and zeroed pages too, runs as a
sample here and a thousand times in the torture run (:mod:`tests.torture.damage`).

The backup's key derivation is SQLCipher's own and cannot be made cheaper for
tests; :func:`cache_derivations` derives each salt's key once instead.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.errors import BackupProblem
from desktop.services import backups
from desktop.vault import backup
from tests.helpers.backups import backup_ready_vault, cache_derivations, open_backup
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import PASSPHRASE, snapshot
from tests.torture.damage import CODE, KINDS, refusal, refuse_all

FLIPS = 220
Expected = tuple[BackupProblem, int | None]


@pytest.fixture
def good_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A verified backup of a vault with a client and notes, and the vault's id."""
    cache_derivations(monkeypatch)
    vault, _code = backup_ready_vault(tmp_path / "vault")
    for index in range(8):
        add_sample_client(vault, name=f"損傷 試験{index}", first_note="メモ" * 200)
    path = tmp_path / "good.sorakumo-backup.db"
    backups.back_up(vault, target=path)
    vault_id = vault.vault_id
    vault.close()
    return path, vault_id


def _check_refused(bad: Path, tmp_path: Path, expected: Expected) -> list[str]:
    """Both verify and restore refuse ``bad`` with ``expected``; nothing is restored."""
    problems = []
    target = tmp_path / "restored"
    for name, action in (
        ("verify", lambda: backups.verify(bad, passphrase=PASSPHRASE)),
        (
            "restore",
            lambda: backups.restore_from(bad, passphrase=PASSPHRASE, folder=target, recovery_code=CODE),
        ),
    ):
        outcome = refusal(action)
        if outcome is None or outcome[:2] != expected:
            problems.append(f"{bad.name} {name}: {outcome} instead of {expected}")
        elif expected[1] is not None and f"page {expected[1]}" not in outcome[2]:
            problems.append(f"{bad.name} {name}: the sentence does not name page {expected[1]}")
        if target.exists():
            problems.append(f"{bad.name} {name}: something was restored")
    return problems


def test_P_SAFEGUARD_every_flipped_byte_is_refused_naming_its_page(
    good_backup: tuple[Path, str], tmp_path: Path
) -> None:
    path, _vault_id = good_backup
    data = path.read_bytes()
    pages = len(data) // backup.PAGE_SIZE
    assert pages >= 8
    rng = random.Random(20261126)
    # Random offsets, plus the edges and one in every page, so no page goes untested.
    offsets = [*sorted(rng.sample(range(len(data)), FLIPS)), 0, 15, 16, 100, len(data) - 1]
    offsets += [page * backup.PAGE_SIZE + rng.randrange(backup.PAGE_SIZE) for page in range(1, pages)]
    bad = tmp_path / "flipped.db"
    problems: list[str] = []
    for offset in offsets:
        damaged = bytearray(data)
        damaged[offset] ^= 1 << rng.randrange(8)
        bad.write_bytes(damaged)
        expected: Expected = (
            (BackupProblem.WRONG_PASSPHRASE, None)
            if offset < 16
            else (BackupProblem.DAMAGED_PAGE, offset // backup.PAGE_SIZE + 1)
        )
        problems += [f"offset {offset}: {p}" for p in _check_refused(bad, tmp_path, expected)]
    assert problems == []
    assert len(offsets) >= 200


def test_P_SAFEGUARD_truncated_backups_are_refused(good_backup: tuple[Path, str], tmp_path: Path) -> None:
    path, _vault_id = good_backup
    data = path.read_bytes()
    rng = random.Random(7)
    whole_pages = [backup.PAGE_SIZE * n for n in range(1, len(data) // backup.PAGE_SIZE)]
    lengths = [rng.randrange(1, len(data)) for _ in range(40)] + whole_pages
    bad = tmp_path / "truncated.db"
    problems: list[str] = []
    for length in lengths:
        bad.write_bytes(data[:length])
        problems += [
            f"length {length}: {p}" for p in _check_refused(bad, tmp_path, (BackupProblem.TRUNCATED, None))
        ]
    assert problems == []


def test_P_SAFEGUARD_junk_appended_is_refused(good_backup: tuple[Path, str], tmp_path: Path) -> None:
    path, _vault_id = good_backup
    data = path.read_bytes()
    rng = random.Random(11)
    bad = tmp_path / "padded.db"
    problems: list[str] = []
    for length in [1, 16, backup.PAGE_SIZE, 2 * backup.PAGE_SIZE] + [
        rng.randrange(1, 20_000) for _ in range(20)
    ]:
        bad.write_bytes(data + rng.randbytes(length))
        problems += [
            f"junk {length}: {p}" for p in _check_refused(bad, tmp_path, (BackupProblem.EXTRA_DATA, None))
        ]
    assert problems == []


def test_P_SAFEGUARD_another_vaults_backup_is_refused(good_backup: tuple[Path, str], tmp_path: Path) -> None:
    """Same passphrase, another practice's vault: verify knows this vault's id, restore its folder."""
    path, vault_id = good_backup
    other, _code = backup_ready_vault(tmp_path / "other vault")
    swapped = tmp_path / "swapped.db"
    backups.back_up(other, target=swapped)
    other.close()
    outcome = refusal(lambda: backups.verify(swapped, passphrase=PASSPHRASE, expected_vault_id=vault_id))
    assert outcome is not None and outcome[0] is BackupProblem.OTHER_VAULT
    assert "different vault" in outcome[2]
    home = tmp_path / "vault"
    before = snapshot(home)
    outcome = refusal(
        lambda: backups.restore_from(
            swapped, passphrase=PASSPHRASE, folder=home, recovery_code=CODE, replace=True
        )
    )
    assert outcome is not None and outcome[0] is BackupProblem.OTHER_VAULT
    assert not list(tmp_path.glob("vault.replaced-*"))
    assert snapshot(home) == before
    assert backups.verify(path, passphrase=PASSPHRASE, expected_vault_id=vault_id).vault_id == vault_id


def test_P_SAFEGUARD_a_backup_under_another_passphrase_is_a_wrong_passphrase(tmp_path: Path) -> None:
    other, _code = backup_ready_vault(
        tmp_path / "other vault", passphrase="another practice's passphrase 2026"
    )
    swapped = tmp_path / "swapped.db"
    backups.back_up(other, target=swapped)
    other.close()
    assert _check_refused(swapped, tmp_path, (BackupProblem.WRONG_PASSPHRASE, None)) == []


def test_P_SAFEGUARD_files_that_are_not_backups_are_refused(
    good_backup: tuple[Path, str], tmp_path: Path
) -> None:
    path, _vault_id = good_backup
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE clients (name TEXT)")
    connection.close()
    assert _check_refused(plain, tmp_path, (BackupProblem.NOT_A_BACKUP, None)) == []
    junk = tmp_path / "junk.db"
    junk.write_bytes(random.Random(3).randbytes(40_000))
    assert _check_refused(junk, tmp_path, (BackupProblem.WRONG_PASSPHRASE, None)) == []
    vault_db = tmp_path / "vault-file.db"
    shutil.copyfile(tmp_path / "vault" / "vault.db", vault_db)
    assert _check_refused(vault_db, tmp_path, (BackupProblem.WRONG_PASSPHRASE, None)) == []
    missing = tmp_path / "nowhere.db"
    assert _check_refused(missing, tmp_path, (BackupProblem.MISSING, None)) == []
    no_manifest = tmp_path / "no-manifest.db"
    shutil.copyfile(path, no_manifest)
    with open_backup(no_manifest) as connection:
        connection.execute(f"DROP TABLE {backup.MANIFEST_TABLE}")
        connection.execute("VACUUM")
    assert _check_refused(no_manifest, tmp_path, (BackupProblem.NOT_A_BACKUP, None)) == []


def test_P_SAFEGUARD_rows_missing_against_the_manifest_are_refused(
    good_backup: tuple[Path, str], tmp_path: Path
) -> None:
    path, _vault_id = good_backup
    edited = tmp_path / "edited.db"
    shutil.copyfile(path, edited)
    with open_backup(edited) as connection:
        connection.execute("DELETE FROM clients WHERE id = 1")
    assert _check_refused(edited, tmp_path, (BackupProblem.COUNTS_DIFFER, None)) == []


def test_P_SAFEGUARD_random_damage_of_every_kind_and_foreign_backups_are_refused(tmp_path: Path) -> None:
    tally = refuse_all(tmp_path, copies=3 * len(KINDS), other_vaults=1)
    assert tally.problems == []
    assert tally.tried == {**dict.fromkeys(KINDS, 3), "another vault's": 1}
    assert tally.refused == tally.tried
