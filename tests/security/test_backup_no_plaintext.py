"""P-SAFEGUARD: no plain copy of the records exists at any moment of a backup.

The backup folder and the temp folders (``TMPDIR``, ``SQLITE_TMPDIR``) are
scanned for a client's marker text from inside the export itself: SQLite's
progress handler calls the backup's progress callback while
``sqlcipher_export`` is copying pages, and each call reads every file there
(the half-written backup and its journal included). The marker is never seen,
and the scans did see the half-written file, so they looked at the right time.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from desktop.services import backups
from desktop.vault import backup
from tests.helpers.backups import backup_ready_vault
from tests.helpers.records import add_sample_client

MARKER = "透明マーカー-c0ffee42"


def _needles() -> list[bytes]:
    return [MARKER.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")] + [b"c0ffee42"]


def _scan(folders: list[Path]) -> tuple[list[str], list[str]]:
    """The files seen, and those holding a marker."""
    seen, leaks = [], []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                data = path.read_bytes() if path.is_file() else b""
            except OSError:  # renamed or removed between listing and reading
                continue
            seen.append(path.name)
            if any(needle in data for needle in _needles()):
                leaks.append(path.name)
    return seen, leaks


def test_P_SAFEGUARD_no_plain_copy_during_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(backup, "_PROGRESS_EVERY_OPS", 200)
    folder = tmp_path / "usb"
    folder.mkdir()
    vault, _code = backup_ready_vault(tmp_path / "vault")
    for index in range(30):
        add_sample_client(vault, name=f"{MARKER} {index}", first_note=f"{MARKER} " * 50)

    scans: list[tuple[list[str], list[str]]] = []
    backups.save_settings(vault, backups.BackupSettings(folder=str(folder), keep=5))
    record = backups.back_up(vault, progress=lambda _fraction: scans.append(_scan([folder, temp])))
    vault.close()

    assert len(scans) > 20
    assert [leaks for _seen, leaks in scans if leaks] == []
    half_written = [name for seen, _leaks in scans for name in seen if name.endswith(".tmp")]
    assert half_written, "the scans never saw the backup being written"
    assert _scan([folder, temp])[1] == []
    assert Path(record.path).read_bytes().count(MARKER.encode()) == 0


def test_the_scanner_would_see_the_marker(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes(f"name: {MARKER}".encode("utf-16-le"))
    assert _scan([tmp_path]) == (["plain.txt"], ["plain.txt"])
