"""A client's status follows their sessions: once one is completed they are no longer "not yet met".

Issue 14: the client list said "not yet met" while the inbox (which reads the
sessions) said "online only". Completing a session makes a prospect active in
the same transaction; migration 0014 does the same for vaults written before.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import text

from desktop.policy.personal_data import ClientStatus
from desktop.services import client_search, clients
from desktop.vault import store
from desktop.vault.store import OpenVault
from tests.helpers.followup import add_client, completed_session, confirmed_booking, menu_item
from tests.helpers.vaults import PASSPHRASE, make_vault


def _status(vault: OpenVault, client_id: int) -> tuple[str, str]:
    """The status as the client list and as the client's page show it."""
    [row] = clients.summaries(vault, client_ids=[client_id])
    return row.status, clients.open_client(vault, client_id=client_id).draft.status


def _prospect(vault: OpenVault) -> int:
    return clients.create_client(vault, draft=clients.ClientDraft(full_name="山田花子")).id


def test_completing_the_first_session_makes_a_prospect_active_everywhere(open_vault: OpenVault) -> None:
    client = _prospect(open_vault)
    online = menu_item(open_vault, "online_video")
    confirmed_booking(open_vault, client, online, datetime(2026, 12, 20, 10, 0))
    assert _status(open_vault, client) == (ClientStatus.PROSPECT, ClientStatus.PROSPECT)  # not met yet

    completed_session(open_vault, client, online, datetime(2026, 3, 4, 10, 0))

    assert _status(open_vault, client) == (ClientStatus.ACTIVE, ClientStatus.ACTIVE)
    assert client_search.search_ids(open_vault, status=ClientStatus.PROSPECT) == []


def test_a_closed_client_stays_closed_after_a_completed_session(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "佐藤太郎")
    details = clients.open_client(open_vault, client_id=client)
    clients.update_client(
        open_vault,
        client_id=client,
        draft=clients.ClientDraft(**{**_fields(details.draft), "status": "closed"}),
        version=details.version,
    )

    completed_session(open_vault, client, menu_item(open_vault, "in_person"))

    assert _status(open_vault, client) == (ClientStatus.CLOSED, ClientStatus.CLOSED)


def _fields(draft: clients.ClientDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in draft.__dataclass_fields__}


def test_migration_0014_brings_existing_prospects_with_a_completed_session_to_active(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    met, not_met = _prospect(vault), _prospect(vault)
    completed_session(vault, met, menu_item(vault, "in_person"))
    with vault.engine.begin() as connection:  # as a vault written before the rule: a step back
        connection.execute(text("UPDATE clients SET status = 'prospect'"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0013'"))
    vault.close()

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        assert _status(reopened, met) == (ClientStatus.ACTIVE, ClientStatus.ACTIVE)
        assert _status(reopened, not_met) == (ClientStatus.PROSPECT, ClientStatus.PROSPECT)
    finally:
        reopened.close()
