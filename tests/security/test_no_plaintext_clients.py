"""P-DATA / P-SAFEGUARD: a client's name and notes never reach the vault folder in plain text.

After the client flows (create, write and revise notes, export for the client
to a folder outside the vault, erase another client) every file under the
vault folder — the database, its WAL and shared-memory files, the key file —
is searched for the UTF-8 and UTF-16 bytes of the name and the notes, while
the vault is open and again after it is closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop.services import client_search, clients, consultation_notes
from desktop.services.records import subject_access
from desktop.services.records.record_exports import ExportFormat
from desktop.views.disclosures.export_pdf import ExportPdf
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import make_vault

NAME = "標本 蘭丸XQ"
NOTE = "マーカー相談メモ-7f3a9c 夜中に目が覚める"
REVISED = "マーカー改訂メモ-2b8e41 呼吸法が効いた"
OTHER_NAME = "消去 対象ZK"
OTHER_NOTE = "消去マーカー-91d0e7"


def _needles() -> list[bytes]:
    found = []
    for value in (NAME, NOTE, REVISED, OTHER_NAME, OTHER_NOTE):
        found += [value.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]
    found += [b"7f3a9c", b"2b8e41", b"91d0e7"]
    return found


def _leaks(folder: Path) -> dict[str, int]:
    leaks: dict[str, int] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = sum(needle in data for needle in _needles())
            if hits:
                leaks[path.name] = hits
    return leaks


def test_the_scanner_would_see_the_name(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_bytes(NAME.encode("utf-16-le"))
    (tmp_path / "notes.txt").write_bytes(NOTE.encode("utf-8"))
    assert _leaks(tmp_path) == {"notes.txt": 2, "plain.txt": 1}  # a note holds its ASCII marker too


def test_p_safeguard_no_client_text_in_the_vault_folder(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    exports = tmp_path / "exports"
    exports.mkdir()
    vault, _code = make_vault(folder)
    try:
        client = add_sample_client(vault, name=NAME, first_note=NOTE, second_note=NOTE + "2")
        consultation_notes.revise_note(vault, note_id=client.second_note_id, text=REVISED)
        assert client_search.search_ids(vault, query="7f3a9c") == [client.id]  # the index holds it, encrypted

        drawer = ExportPdf("練習所")
        for fmt in (ExportFormat.PDF, ExportFormat.JSON):
            target = exports / f"record.{fmt.value}"
            subject_access.export_record(
                vault, client_id=client.id, path=target, fmt=fmt, render=drawer.render
            )
        assert NAME.encode("utf-8") in (exports / "record.json").read_bytes()  # the export itself is plain

        other = add_sample_client(vault, name=OTHER_NAME, first_note=OTHER_NOTE, second_note=OTHER_NOTE)
        clients.erase_client(vault, client_id=other.id)

        assert (folder / "vault.db-wal").exists()
        assert _leaks(folder) == {}
    finally:
        vault.close()
    assert _leaks(folder) == {}
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) in (
        ["keys.json", "vault.db"],
        ["keys.json", "vault.db", "vault.db-shm", "vault.db-wal"],
    )
