"""The practice-wide export for leaving the app (P-LAW): every table, every record, open formats, audited."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.demo import practice
from desktop.models import AuditEvent
from desktop.services import integrity
from desktop.services.records import practice_export
from desktop.vault.store import OpenVault
from tests.helpers.cli import run_command
from tests.helpers.vaults import make_vault


@pytest.fixture
def demo_vault(vault_dir: Path) -> OpenVault:
    vault, _code = make_vault(vault_dir)
    practice.generate(vault, clients=4, years=1, seed=2, bookings=True)
    return vault


def _check_export(folder: Path, expected: dict[str, int], unlocking: bool = False) -> dict[str, object]:
    """``unlocking``: the export unlocked the vault itself, which adds to the log and the properties."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    left_out = set(practice_export.LEFT_OUT)
    assert set(manifest["tables"]) == set(expected) - left_out  # every table appears
    for name, count in manifest["tables"].items():
        if not (unlocking and name in ("audit_events", "properties")):
            assert count == expected[name], name  # the same rows ``check`` counts
        rows = json.loads((folder / "tables" / f"{name}.json").read_text(encoding="utf-8"))
        assert len(rows) == count, name
        text = (folder / "tables" / f"{name}.csv").read_bytes().decode("utf-8-sig")
        assert len(list(csv.reader(io.StringIO(text, newline="")))) == count + 1, name
    assert manifest["encrypted"] is False
    assert "NOT ENCRYPTED" in (folder / "README.txt").read_text(encoding="utf-8")
    return manifest


def test_p_law_every_table_appears_with_its_row_count_and_the_act_is_audited(
    demo_vault: OpenVault, tmp_path: Path
) -> None:
    expected = integrity.check_vault(demo_vault).table_counts
    assert expected["clients"] == 4 and expected["bookings"] > 0

    result = practice_export.export_practice(demo_vault, parent=tmp_path / "out")

    manifest = _check_export(result.folder, expected)
    records = sorted(p.name for p in (result.folder / "records").iterdir())
    assert len(records) == manifest["records"] == 4 and all(n.endswith(".json") for n in records)
    record = json.loads((result.folder / "records" / records[0]).read_text(encoding="utf-8"))
    assert record["kind"] == "subject-access" and record["client"][0]["full_name"]
    if os.name == "posix":
        assert stat.S_IMODE((result.folder / "tables" / "clients.csv").stat().st_mode) == 0o600
    with demo_vault.reading() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "practice.exported")).one()
    assert json.loads(event.detail) == {
        "tables": len(manifest["tables"]),
        "rows": sum(manifest["tables"].values()),
        "records": 4,
        "pdfs": 0,
    }
    assert "山" not in event.detail  # counts, no names
    demo_vault.close()


def test_p_law_export_all_command_goes_through_the_same_service(
    demo_vault: OpenVault,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    expected = integrity.check_vault(demo_vault).table_counts
    demo_vault.close()

    code, out, err = run_command(
        monkeypatch,
        capsys,
        "export-all",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        str(tmp_path / "out"),
    )

    assert (code, err) == (0, "")
    assert "NOT encrypted" in out
    (folder,) = (tmp_path / "out").iterdir()
    _check_export(folder, expected, unlocking=True)
