"""``python -m desktop backup``, ``verify`` and ``restore``: exit codes and one-line reasons.

0 when it worked; 1 when a check failed (damaged, truncated, another vault's
backup); 2 for a wrong passphrase or unusable input. Uses the ``run_cli``
fixture of ``test_cli`` (fake standard input, fast Argon2id tuning).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.services import vault_access
from desktop.vault import restore
from desktop.vault.files import DB_FILE
from tests.helpers.backups import backup_ready_vault
from tests.helpers.records import NAME, add_sample_client
from tests.helpers.vaults import FAST_KDF, PASSPHRASE
from tests.unit import test_cli

run_cli = test_cli.run_cli
tuning_calls = test_cli.tuning_calls
Run = Callable[..., test_cli.Outcome]
LINE = PASSPHRASE + "\n"


@pytest.fixture
def backup_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(restore, "tune_kdf", lambda: FAST_KDF)
    vault, _code = backup_ready_vault(tmp_path / "vault")
    add_sample_client(vault)
    vault.close()
    return tmp_path / "backup.db"


def test_backup_verify_restore_round_trip(run_cli: Run, backup_file: Path, tmp_path: Path) -> None:
    made = run_cli(
        "backup",
        "--vault",
        str(tmp_path / "vault"),
        "--passphrase-stdin",
        "--out",
        str(backup_file),
        stdin=LINE,
    )
    assert made.code == 0, made.err
    assert "verified" in made.out and backup_file.exists()

    checked = run_cli("verify", str(backup_file), "--passphrase-stdin", stdin=LINE)
    assert checked.code == 0 and checked.out.startswith("ok: ")
    same_vault = run_cli(
        "verify", str(backup_file), "--vault", str(tmp_path / "vault"), "--passphrase-stdin", stdin=LINE
    )
    assert same_vault.code == 0

    restored = run_cli(
        "restore", str(backup_file), "--vault", str(tmp_path / "laptop"), "--passphrase-stdin", stdin=LINE
    )
    assert restored.code == 0, restored.err
    assert test_cli.RECOVERY_LINE.search(restored.out)
    checked_vault = run_cli("check", "--vault", str(tmp_path / "laptop"), "--passphrase-stdin", stdin=LINE)
    assert checked_vault.code == 0 and "clients 1" in checked_vault.out
    assert NAME.encode() not in (tmp_path / "laptop" / DB_FILE).read_bytes()


def test_backup_into_a_folder_names_the_file(run_cli: Run, backup_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    made = run_cli(
        "backup", "--vault", str(tmp_path / "vault"), "--passphrase-stdin", "--out", str(folder), stdin=LINE
    )
    assert made.code == 0, made.err
    assert [p.name.endswith(".sorakumo-backup.db") for p in folder.iterdir()] == [True]


def test_exit_codes_and_one_line_reasons(run_cli: Run, backup_file: Path, tmp_path: Path) -> None:
    run_cli(
        "backup",
        "--vault",
        str(tmp_path / "vault"),
        "--passphrase-stdin",
        "--out",
        str(backup_file),
        stdin=LINE,
    )
    wrong = run_cli("verify", str(backup_file), "--passphrase-stdin", stdin="not the passphrase\n")
    assert wrong.code == 2 and "passphrase does not open the backup" in wrong.one_error_line()

    damaged = tmp_path / "damaged.db"
    data = bytearray(backup_file.read_bytes())
    data[3 * 4096 + 500] ^= 0x40
    damaged.write_bytes(data)
    failed = run_cli("verify", str(damaged), "--passphrase-stdin", stdin=LINE)
    assert failed.code == 1 and "damaged at page 4" in failed.one_error_line()
    refused = run_cli(
        "restore", str(damaged), "--vault", str(tmp_path / "new"), "--passphrase-stdin", stdin=LINE
    )
    assert refused.code == 1 and "damaged at page 4" in refused.one_error_line()
    assert not (tmp_path / "new").exists()

    cut = tmp_path / "cut.db"
    cut.write_bytes(backup_file.read_bytes()[:9000])
    truncated = run_cli("verify", str(cut), "--passphrase-stdin", stdin=LINE)
    assert truncated.code == 1 and "the end of the file is missing" in truncated.one_error_line()

    missing = run_cli("verify", str(tmp_path / "nowhere.db"), "--passphrase-stdin", stdin=LINE)
    assert missing.code == 2 and "does not exist" in missing.one_error_line()

    existing = run_cli(
        "restore", str(backup_file), "--vault", str(tmp_path / "vault"), "--passphrase-stdin", stdin=LINE
    )
    assert existing.code == 2 and "already exists" in existing.one_error_line()

    other_vault, _code = backup_ready_vault(tmp_path / "other")
    other_vault.close()
    foreign = run_cli(
        "verify", str(backup_file), "--vault", str(tmp_path / "other"), "--passphrase-stdin", stdin=LINE
    )
    assert foreign.code == 1 and "different vault" in foreign.one_error_line()


def test_a_real_process_refuses_a_wrong_passphrase_in_one_line(backup_file: Path, tmp_path: Path) -> None:
    backup_file.write_bytes(b"\x00" * 8192)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "verify", str(backup_file), "--passphrase-stdin"],
        input="whatever\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_backup_never_replaces_a_file(run_cli: Run, backup_file: Path, tmp_path: Path) -> None:
    backup_file.write_bytes(b"the counsellor's own file")
    refused = run_cli(
        "backup",
        "--vault",
        str(tmp_path / "vault"),
        "--passphrase-stdin",
        "--out",
        str(backup_file),
        stdin=LINE,
    )
    assert refused.code == 2 and "never replaces a file" in refused.one_error_line()
    assert backup_file.read_bytes() == b"the counsellor's own file"


def test_verify_with_the_vault_warns_about_an_old_backup_renamed_to_look_new(
    run_cli: Run, backup_file: Path, tmp_path: Path
) -> None:
    vault_dir = str(tmp_path / "vault")
    made = run_cli(
        "backup", "--vault", vault_dir, "--passphrase-stdin", "--out", str(backup_file), stdin=LINE
    )
    assert made.code == 0, made.err
    current = run_cli("verify", str(backup_file), "--vault", vault_dir, "--passphrase-stdin", stdin=LINE)
    assert current.code == 0 and current.err == ""  # unlocking and backing up change no record

    vault = vault_access.unlock(tmp_path / "vault", passphrase=PASSPHRASE)
    add_sample_client(vault, name="山田 花子")
    vault.close()
    renamed = tmp_path / "usb" / "Practice_20991231-235959Z-1_newest.sorakumo-backup.db"
    renamed.parent.mkdir()
    backup_file.rename(renamed)

    old = run_cli("verify", str(renamed), "--vault", vault_dir, "--passphrase-stdin", stdin=LINE)
    assert old.code == 0 and old.out.startswith("ok: ")
    [warning] = old.err.splitlines()
    assert warning.startswith("warning: this backup was made ")
    assert "before the vault's last change" in warning

    plain = run_cli("verify", str(renamed), "--passphrase-stdin", stdin=LINE)
    assert plain.code == 0 and plain.err == ""  # without the vault there is nothing to compare with


def test_verify_with_the_vault_after_a_passphrase_change_says_it_could_not_compare(
    run_cli: Run, backup_file: Path, tmp_path: Path
) -> None:
    vault_dir = str(tmp_path / "vault")
    run_cli("backup", "--vault", vault_dir, "--passphrase-stdin", "--out", str(backup_file), stdin=LINE)
    vault = vault_access.unlock(tmp_path / "vault", passphrase=PASSPHRASE)
    vault_access.change_passphrase(
        vault, old_passphrase=PASSPHRASE, new_passphrase="a completely new passphrase 2027 そらくも"
    )
    vault.close()
    checked = run_cli("verify", str(backup_file), "--vault", vault_dir, "--passphrase-stdin", stdin=LINE)
    assert checked.code == 0 and checked.out.startswith("ok: ")
    [note] = checked.err.splitlines()
    assert note.startswith("note: ") and "was not compared with the vault's last change" in note
