"""Client records for tests, written through the services (as the app does)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.services import clients, consultation_notes
from desktop.vault.store import OpenVault
from desktop.views.common.worker import wait_for_background_work
from tests.helpers.vaults import make_vault

NAME = "山田 花子"
READING = "やまだ はなこ"
FIRST_NOTE = "職場の人間関係について相談。上司との面談が不安とのこと。"
REVISION_SUFFIX = "次回は呼吸法を練習する。"
SECOND_NOTE = "睡眠が少し改善した。"


@dataclass(frozen=True)
class SampleClient:
    id: int
    first_note_id: int
    second_note_id: int


def add_sample_client(
    vault: OpenVault, *, name: str = NAME, first_note: str = FIRST_NOTE, second_note: str = SECOND_NOTE
) -> SampleClient:
    """A client with every P-DATA field and two dated notes, the first revised once (+ suffix)."""
    details = clients.create_client(
        vault,
        draft=clients.ClientDraft(
            full_name=name,
            name_reading=READING,
            postal_code="４１１－００３６",
            address="静岡県三島市一番町1-2",
            birth_date=date(1988, 4, 2),
            gender="female",
            occupation="看護師",
            phone="055-987-6543",
            mobile="090-1234-5678",
            email="hanako@example.jp",
            status="active",
            private_notes="初回は緊張していた様子。",
        ),
    )
    note = consultation_notes.add_note(
        vault, client_id=details.id, occurred_on=date(2026, 3, 1), text=first_note
    )
    consultation_notes.revise_note(vault, note_id=note.id, text=first_note + REVISION_SUFFIX)
    later = consultation_notes.add_note(
        vault, client_id=details.id, occurred_on=date(2026, 3, 15), text=second_note
    )
    return SampleClient(details.id, note.id, later.id)


def open_vault_for_views(folder: Path) -> Iterator[OpenVault]:
    """A fresh vault for a view under test; closed once every queued job has finished."""
    vault, _code = make_vault(folder)
    yield vault
    assert wait_for_background_work(), "vault work still running after the test"
    QCoreApplication.sendPostedEvents()
    vault.close()
