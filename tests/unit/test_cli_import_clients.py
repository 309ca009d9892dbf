"""``python -m desktop import-clients FILE``: a dry run by default, ``--confirm`` through the same service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import AuditEvent, Client
from desktop.vault import store
from tests.helpers.cli import run_command
from tests.helpers.client_csv import BAD_MOBILE_ROW, ROWS, excel_cp932
from tests.helpers.vaults import PASSPHRASE, make_vault


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "顧客一覧.csv"
    path.write_bytes(excel_cp932())
    return path


def _names_and_events(vault_dir: Path) -> tuple[list[str], list[str]]:
    vault = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        with vault.reading() as session:
            names = sorted(session.scalars(select(Client.full_name)))
            events = [
                e.detail
                for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "clients.imported"))
            ]
    finally:
        vault.close()
    return names, events


def test_p_data_dry_run_names_the_bad_row_and_writes_nothing(
    vault_dir: Path, csv_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_dir)[0].close()

    code, out, err = run_command(
        monkeypatch, capsys, "import-clients", "--vault", str(vault_dir), "--passphrase-stdin", str(csv_file)
    )

    assert (code, err) == (0, "")
    assert "Read as Shift_JIS (CP932" in out
    assert "  mobile <- column 4 (携帯電話)" in out
    assert f"row {BAD_MOBILE_ROW}: mobile: A mobile number has 11 digits" in out
    assert "Dry run: nothing was written" in out
    assert not any(name in out for name in ("山田", "佐藤", "090-1111-2222"))  # no personal data shown
    assert _names_and_events(vault_dir) == ([], [])


def test_p_data_confirm_imports_through_the_same_service_and_audits_counts(
    vault_dir: Path, csv_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_dir)[0].close()
    argv = ("import-clients", "--vault", str(vault_dir), "--passphrase-stdin", str(csv_file), "--confirm")

    code, out, _err = run_command(monkeypatch, capsys, *argv)

    assert code == 0
    assert out.splitlines()[-1].startswith("Imported 2 clients; 1 row with a problem")
    names, events = _names_and_events(vault_dir)
    assert names == ["山田 花子", "鈴木 一郎"]
    assert json.loads(events[0])["imported"] == 2

    again, out, _err = run_command(monkeypatch, capsys, *argv)  # the same file twice: duplicates skipped
    assert again == 0 and "row 2: likely the same person as client no. 1 in the vault" in out
    assert _names_and_events(vault_dir)[0] == names


def test_p_data_map_moves_a_field_to_another_column(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    make_vault(vault_dir)[0].close()
    path = tmp_path / "list.csv"
    path.write_bytes(excel_cp932(ROWS[0], headings="A,B,C,D,E,F,G"))
    argv = ("import-clients", "--vault", str(vault_dir), "--passphrase-stdin", str(path))

    code, out, _err = run_command(monkeypatch, capsys, *argv, "--map", "full_name=A", "--map", "mobile=4")

    assert code == 0
    assert "  full_name <- column 1 (A)" in out and "  mobile <- column 4 (D)" in out
    code, _out, err = run_command(monkeypatch, capsys, *argv, "--map", "nickname=A")
    assert code == 2 and err.startswith("error: --map: unknown field nickname")


@pytest.mark.parametrize(("content", "sentence"), [(b"", "The file is empty."), (b"a\x00b", "NUL bytes")])
def test_p_data_odd_files_are_one_line(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    sentence: str,
) -> None:
    make_vault(vault_dir)[0].close()
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    code, _out, err = run_command(
        monkeypatch, capsys, "import-clients", "--vault", str(vault_dir), "--passphrase-stdin", str(path)
    )
    assert code == 2 and len(err.splitlines()) == 1 and sentence in err
