"""P-LAW: a client's own request for their data, answered through the export dialog.

The PDF is read back with pypdf: it must carry the client's Japanese name as
text (not only as drawn glyphs), be owner-only on disk, and the export must be
in the audit trail as given to the data subject. The JSON form must hold every
field and every revision of every note.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services import audit_log
from desktop.services.records import subject_access
from desktop.vault.store import OpenVault
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
from desktop.views.disclosures.subject_access_pdf import ideographs_for_radicals
from tests.helpers.printing import cancel_printing, print_to_pdf, printed_text
from tests.helpers.records import (
    FIRST_NOTE,
    NAME,
    REVISION_SUFFIX,
    SECOND_NOTE,
    SampleClient,
    add_sample_client,
    open_vault_for_views,
)
from tests.ui.drive import SLOW_MS, child, click, tick, type_into

PRACTICE = "メンタル心理そらくも"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _export(qtbot: QtBot, vault: OpenVault, client_id: int, target: Path, radio: str) -> SubjectAccessDialog:
    dialog = SubjectAccessDialog(vault, client_id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    tick(qtbot, child(dialog, QAbstractButton, radio))
    type_into(qtbot, child(dialog, QLineEdit, "exportPathEdit"), str(target))
    with qtbot.waitSignal(dialog.exported, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "exportButton"))
    return dialog


def _pdf_text(path: Path) -> str:
    """The PDF's text without any white space (extractors split Japanese runs at will)."""
    reader = PdfReader(path, strict=True)
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _compact(text: str) -> str:
    return "".join(text.split())


def test_p_law_pdf_export_holds_the_japanese_name_and_is_owner_only(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "record.pdf"
    target.parent.mkdir()
    dialog = _export(qtbot, vault, client.id, target, "exportPdfRadio")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = _pdf_text(target)
    assert _compact(NAME) in text  # as text, with 山 and 田 themselves, not look-alike radicals
    assert PRACTICE in text
    assert "看護師" in text
    assert "090-1234-5678" in text
    assert FIRST_NOTE in text  # the first revision of the first note …
    assert REVISION_SUFFIX in text  # … and its newest one
    assert str(target) in child(dialog, QLabel, "exportStatusLabel").text()
    assert not list(target.parent.glob(".*.tmp"))


def test_p_law_export_is_audited_as_given_to_the_data_subject(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    _export(qtbot, vault, client.id, tmp_path / "record.pdf", "exportPdfRadio")
    exported = audit_log.list_events(vault, action_prefix="client.exported")
    assert len(exported) == 1
    assert exported[0].entity_id == client.id
    detail = json.loads(exported[0].detail)
    reference = detail.pop("reference")
    assert detail == {"format": "pdf", "recipient": subject_access.RECIPIENT}
    assert reference in _pdf_text(tmp_path / "record.pdf")  # the event names the very file written
    assert subject_access.RECIPIENT == "data_subject"
    assert audit_log.verify(vault).intact


def test_p_law_json_export_round_trips_fields_and_every_revision(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    target = tmp_path / "record.pdf"  # switching to JSON changes the suffix
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    type_into(qtbot, child(dialog, QLineEdit, "exportPathEdit"), str(target))
    tick(qtbot, child(dialog, QAbstractButton, "exportJsonRadio"))
    path_edit = child(dialog, QLineEdit, "exportPathEdit")
    assert path_edit.text() == str(tmp_path / "record.json")
    with qtbot.waitSignal(dialog.exported, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "exportButton"))

    document = json.loads((tmp_path / "record.json").read_text("utf-8"))
    [person] = document["client"]
    assert person["id"] == client.id
    assert person["full_name"] == NAME
    assert person["postal_code"] == "411-0036"
    assert person["birth_date"] == "1988-04-02"
    assert person["mobile"] == "090-1234-5678"
    notes = document["consultation_notes"]
    assert [note["occurred_on"] for note in notes] == ["2026-03-01", "2026-03-15"]
    assert [r["text"] for r in notes[0]["revisions"]] == [FIRST_NOTE, FIRST_NOTE + REVISION_SUFFIX]
    assert [r["revision"] for r in notes[0]["revisions"]] == [1, 2]
    assert [r["text"] for r in notes[1]["revisions"]] == [SECOND_NOTE]
    detail = json.loads(audit_log.list_events(vault, action_prefix="client.exported")[0].detail)
    assert detail["format"] == "json"
    assert detail["reference"] == document["reference"]


def test_p_data_export_is_refused_inside_the_vault_folder(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    target = vault.folder / "record.pdf"
    type_into(qtbot, child(dialog, QLineEdit, "exportPathEdit"), str(target))
    click(qtbot, child(dialog, QAbstractButton, "exportButton"))
    assert "vault folder" in child(dialog, QLabel, "exportStatusLabel").text()
    assert not target.exists()
    assert audit_log.list_events(vault, action_prefix="client.exported") == []


def test_export_needs_a_path_and_an_existing_folder(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    export = child(dialog, QAbstractButton, "exportButton")
    assert not export.isEnabled()
    type_into(qtbot, child(dialog, QLineEdit, "exportPathEdit"), str(tmp_path / "missing" / "r.pdf"))
    click(qtbot, export)
    assert "does not exist" in child(dialog, QLabel, "exportStatusLabel").text()


def test_p_law_a_clients_record_prints_from_its_pdf_drawing_and_is_recorded(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Through the print dialog (its choice a PDF file here), drawn by the PDF export's own renderer."""
    print_to_pdf(monkeypatch, tmp_path / "printed.pdf")
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    status = child(dialog, QLabel, "exportStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "printRecordButton"))
    qtbot.waitUntil(lambda: status.text().startswith("Sent to the printer."), timeout=SLOW_MS)

    text = printed_text(tmp_path / "printed.pdf")
    for expected in (NAME, PRACTICE, "看護師", "090-1234-5678", FIRST_NOTE, REVISION_SUFFIX):
        assert _compact(expected) in text
    (event,) = audit_log.list_events(vault, action_prefix="client.exported")
    detail = json.loads(event.detail)
    assert detail["format"] == "print" and detail["recipient"] == subject_access.RECIPIENT
    assert detail["reference"] in text  # the event names the very document printed
    assert event.entity_id == client.id


def test_a_print_cancelled_in_the_dialog_prints_and_records_nothing(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    cancel_printing(monkeypatch)
    dialog = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    status = child(dialog, QLabel, "exportStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "printRecordButton"))
    qtbot.waitUntil(lambda: status.text() == "Nothing was printed.", timeout=SLOW_MS)
    assert audit_log.list_events(vault, action_prefix="client.exported") == []
    assert child(dialog, QAbstractButton, "printRecordButton").isEnabled()


def test_the_text_map_fix_swaps_radicals_only_inside_the_arrays() -> None:
    sample = b"begincmap\n<2F2D> <2F2D> [<2F2D> <2F65> <0041>]\nendcmap <2F2D> [<2F2D>]"
    assert ideographs_for_radicals(sample) == (
        b"begincmap\n<2F2D> <2F2D> [<5C71> <7530> <0041>]\nendcmap <2F2D> [<2F2D>]"
    )
