"""The client and note work the Clients section hands to the worker thread, one function per action.

Like :mod:`desktop.views.vault.vault_jobs`, each function imports its service when it
runs, on the worker thread, so SQLAlchemy stays out of the views and out of
start-up. The editor sends plain field values; the draft is built here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.errors import StaleEdit, StaleSubject

if TYPE_CHECKING:
    from desktop.services.client_import.importing import ImportPreview, ImportResult
    from desktop.services.clients import ClientDetails, ClientSummary, ErasureSummary
    from desktop.services.consultation_notes import NoteEntry, Revision
    from desktop.vault.store import OpenVault


#: Rows the client list reads at a time: a few screenfuls.
PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The first rows of a search in gojūon order, whether more follow, and whether the shown client exists.

    ``rows`` reach at least as far as the client on screen when it matches, so
    the list can keep it selected; the rest come page by page (:func:`next_page`),
    and how many match in all comes separately (:func:`count`), after the rows
    are on screen.
    """

    rows: list[ClientSummary]
    complete: bool
    shown_exists: bool


def search(vault: OpenVault, query: str, status: str | None, shown: int | None) -> SearchResult:
    from desktop.services import client_search, clients

    wanted = client_search.ClientFilter(query, status)
    limit = PAGE_SIZE
    at = client_search.position(vault, wanted, shown) if shown is not None else None
    if at is not None:
        limit = max(limit, at + 1)
    rows = client_search.page(vault, wanted, limit=limit)
    exists = at is not None or (shown is not None and bool(clients.summaries(vault, client_ids=[shown])))
    return SearchResult(rows, len(rows) < limit, exists)


def count(vault: OpenVault, query: str, status: str | None) -> int:
    from desktop.services import client_search

    return client_search.count(vault, client_search.ClientFilter(query, status))


def next_page(vault: OpenVault, query: str, status: str | None, after: ClientSummary) -> list[ClientSummary]:
    from desktop.services import client_search

    return client_search.page(vault, client_search.ClientFilter(query, status), after=after, limit=PAGE_SIZE)


def open_client(vault: OpenVault, client_id: int) -> ClientDetails:
    from desktop.services import clients

    return clients.open_client(vault, client_id=client_id)


def save_client(
    vault: OpenVault, client_id: int | None, version: int | None, values: Mapping[str, Any]
) -> ClientDetails:
    """Create the client (``client_id`` None) or change the ``version`` shown.

    Raises ``InvalidFields``, or ``StaleEdit`` when the client changed since it was shown.
    """
    from desktop.services import clients

    draft = clients.ClientDraft(**values)
    if client_id is None:
        return clients.create_client(vault, draft=draft)
    if version is None:  # the form never showed this client's record: nothing to compare with
        raise StaleEdit(StaleSubject.CLIENT)
    return clients.update_client(vault, client_id=client_id, draft=draft, version=version)


def field_problems(error: BaseException) -> dict[str, str] | None:
    """The English template for each field a save refused, or None for any other error.

    Called on the GUI thread after a failed save, when the service is already loaded.
    """
    from desktop.services.clients import InvalidFields

    return dict(error.problems) if isinstance(error, InvalidFields) else None


def notes_of(vault: OpenVault, client_id: int) -> list[NoteEntry]:
    from desktop.services import consultation_notes

    return consultation_notes.notes_of(vault, client_id=client_id)


def add_note(vault: OpenVault, client_id: int, occurred_on: date, text: str) -> NoteEntry:
    from desktop.services import consultation_notes

    return consultation_notes.add_note(vault, client_id=client_id, occurred_on=occurred_on, text=text)


def revise_note(vault: OpenVault, note_id: int, occurred_on: date, text: str) -> NoteEntry:
    from desktop.services import consultation_notes

    return consultation_notes.revise_note(vault, note_id=note_id, text=text, occurred_on=occurred_on)


def note_history(vault: OpenVault, note_id: int) -> list[Revision]:
    from desktop.services import consultation_notes

    return consultation_notes.history(vault, note_id=note_id)


# --- erasure on request (P-LAW) --------------------------------------------------------------


def erasure_summary(vault: OpenVault, client_id: int) -> ErasureSummary:
    from desktop.services import clients

    return clients.erasure_summary(vault, client_id=client_id)


def erase_client(vault: OpenVault, client_id: int) -> ErasureSummary:
    from desktop.services import clients

    return clients.erase_client(vault, client_id=client_id)


# --- importing a client list (P-DATA) -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientList:
    """A CSV file's bytes (imported from these, never from the rows shown) and its preview."""

    data: bytes
    preview: ImportPreview


def read_client_list(vault: OpenVault, path: str) -> ClientList:
    """Read the file and preview it with the mapping guessed from its headings."""
    from pathlib import Path

    from desktop.services.client_import import csv_file, importing

    data = csv_file.read_file(Path(path))
    return ClientList(data, importing.preview(vault, data=data))


def remap_client_list(vault: OpenVault, data: bytes, mapping: Mapping[str, int]) -> ClientList:
    from desktop.services.client_import import importing

    return ClientList(data, importing.preview(vault, data=data, mapping=mapping))


def import_client_list(
    vault: OpenVault, data: bytes, mapping: Mapping[str, int], anyway: frozenset[int]
) -> ImportResult:
    from desktop.services.client_import import importing

    return importing.import_clients(vault, data=data, mapping=mapping, import_anyway=anyway)
