"""P-DATA: the client list's count and pages — by key, never the whole result — match the full order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.demo import practice
from desktop.services import client_search
from desktop.services.client_search import ClientFilter
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault


@pytest.fixture(scope="module")
def practice_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    """A year of a 300-client practice, built once: these tests only read."""
    vault, _code = make_vault(tmp_path_factory.mktemp("search") / "vault")
    practice.generate(vault, clients=300, years=1, seed=5)
    yield vault
    vault.close()


def _all_pages(vault: OpenVault, wanted: ClientFilter, size: int) -> list[int]:
    ids: list[int] = []
    rows = client_search.page(vault, wanted, limit=size)
    while rows:
        ids += [row.id for row in rows]
        rows = client_search.page(vault, wanted, after=rows[-1], limit=size)
    return ids


@pytest.mark.parametrize(
    "wanted",
    [
        ClientFilter(),
        ClientFilter(status="active"),
        ClientFilter("た"),
        ClientFilter("090"),
        ClientFilter("相談"),
    ],
    ids=["everyone", "active", "one kana", "digits", "note words"],
)
def test_p_data_pages_by_key_give_the_whole_ordered_result_once(
    practice_vault: OpenVault, wanted: ClientFilter
) -> None:
    everyone = client_search.search_ids(practice_vault, query=wanted.query, status=wanted.status)
    assert everyone, "the demo practice has matches for every filter here"
    assert _all_pages(practice_vault, wanted, 37) == everyone
    assert client_search.count(practice_vault, wanted) == len(everyone)


def test_p_data_clients_sharing_a_reading_are_neither_skipped_nor_repeated(open_vault: OpenVault) -> None:
    from desktop.services import clients
    from desktop.services.clients import ClientDraft

    drafts = [ClientDraft(full_name=f"佐藤 花子{n}", name_reading="サトウ ハナコ") for n in range(7)]
    made = [clients.create_client(open_vault, draft=draft).id for draft in drafts]
    assert _all_pages(open_vault, ClientFilter(), 2) == sorted(made)


def test_p_data_position_is_the_row_a_client_has_among_the_matches(practice_vault: OpenVault) -> None:
    wanted = ClientFilter(status="active")
    everyone = client_search.search_ids(practice_vault, status="active")
    for row in (0, len(everyone) // 2, len(everyone) - 1):
        assert client_search.position(practice_vault, wanted, everyone[row]) == row
    others = set(client_search.search_ids(practice_vault)) - set(everyone)
    assert client_search.position(practice_vault, wanted, min(others)) is None


def test_p_data_a_limit_gives_the_first_ids_only(practice_vault: OpenVault) -> None:
    everyone = client_search.search_ids(practice_vault)
    assert client_search.search_ids(practice_vault, limit=10) == everyone[:10]
