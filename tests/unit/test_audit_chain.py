"""The hash-chained audit trail (P-SAFEGUARD): every removed, edited or forged row is detected.

Tampering goes around the application with raw SQL on the open vault, as an
attacker holding the key could.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.vault import audit, store
from tests.helpers.vaults import make_vault

EVENTS = 6  # appended by the fixture, after "vault.created"
HEAD_SQL = "SELECT value FROM properties WHERE key = 'audit_head'"


@pytest.fixture
def chained(vault_dir: Path) -> Iterator[store.OpenVault]:
    vault, _code = make_vault(vault_dir)
    for number in range(EVENTS):
        with vault.unit_of_work() as session:
            audit.append(session, "client.viewed", entity="clients", entity_id=number, detail={"n": number})
    yield vault
    vault.close()


def _tamper(vault: store.OpenVault, sql: str, **params: object) -> None:
    with vault.unit_of_work() as session:
        result = session.execute(text(sql), params)
        assert getattr(result, "rowcount", 1) == 1


def _verify(vault: store.OpenVault) -> audit.ChainReport:
    with vault.unit_of_work() as session:
        return audit.verify(session)


def _last(vault: store.OpenVault) -> tuple[int, str]:
    with vault.unit_of_work() as session:
        row = session.execute(text("SELECT id, hash FROM audit_events ORDER BY id DESC")).first()
        assert row is not None
        return int(row[0]), str(row[1])


def test_p_safeguard_untouched_chain_verifies(chained: store.OpenVault) -> None:
    report = _verify(chained)
    assert report == audit.ChainReport(intact=True, events=EVENTS + 1)
    with chained.unit_of_work() as session:
        head = json.loads(session.execute(text(HEAD_SQL)).scalar_one())
    assert head == {"id": EVENTS + 1, "hash": _last(chained)[1]}


def test_p_safeguard_deleting_a_middle_row_is_detected(chained: store.OpenVault) -> None:
    _tamper(chained, "DELETE FROM audit_events WHERE id = 4")
    report = _verify(chained)
    assert not report.intact
    assert report.first_bad_id == 4
    assert "missing" in report.problem


def test_p_safeguard_deleting_the_last_row_is_detected(chained: store.OpenVault) -> None:
    last_id, _hash = _last(chained)
    _tamper(chained, "DELETE FROM audit_events WHERE id = :id", id=last_id)
    report = _verify(chained)
    assert not report.intact
    assert report.first_bad_id == last_id
    assert report.problem == "the newest events are missing"


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("action", "client.exported"),
        ("detail", '{"n": 99}'),
        ("entity_id", 42),
        ("occurred_at", "2020-01-01T00:00:00.000000+00:00"),
    ],
)
def test_p_safeguard_editing_a_row_is_detected(chained: store.OpenVault, column: str, value: object) -> None:
    _tamper(chained, f"UPDATE audit_events SET {column} = :value WHERE id = 3", value=value)
    report = _verify(chained)
    assert not report.intact
    assert report.first_bad_id == 3
    assert report.problem == "event 3 was altered"


def _insert(vault: store.OpenVault, event_id: int, prev_hash: str, digest: str, at: str) -> None:
    _tamper(
        vault,
        "INSERT INTO audit_events (id, occurred_at, action, entity, entity_id, detail, prev_hash, hash)"
        " VALUES (:id, :at, 'client.viewed', NULL, NULL, '{}', :prev, :hash)",
        id=event_id,
        at=at,
        prev=prev_hash,
        hash=digest,
    )


def test_p_safeguard_a_row_with_a_forged_hash_is_detected(chained: store.OpenVault) -> None:
    last_id, last_hash = _last(chained)
    _insert(chained, last_id + 1, last_hash, "f" * 64, "2030-01-01T00:00:00.000000+00:00")
    report = _verify(chained)
    assert not report.intact
    assert report.first_bad_id == last_id + 1


def test_p_safeguard_a_correctly_hashed_row_added_behind_the_head_is_detected(
    chained: store.OpenVault,
) -> None:
    last_id, last_hash = _last(chained)
    at = "2030-01-01T00:00:00.000000+00:00"
    canonical = json.dumps(
        [last_id + 1, at, "client.viewed", None, None, "{}", last_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    _insert(chained, last_id + 1, last_hash, hashlib.sha256(canonical.encode()).hexdigest(), at)
    report = _verify(chained)
    assert not report.intact
    assert report.events == last_id + 1  # every link checks out; only the head gives it away
    assert report.problem == "the newest events are missing"


def test_p_safeguard_a_chain_carried_over_from_another_vault_is_detected(
    chained: store.OpenVault, tmp_path: Path
) -> None:
    other, _code = make_vault(tmp_path / "other")
    with other.unit_of_work() as session:
        rows = [dict(row._mapping) for row in session.execute(text("SELECT * FROM audit_events"))]
        head = session.execute(text(HEAD_SQL)).scalar_one()
    other.close()
    assert _verify(chained).intact

    with chained.unit_of_work() as session:
        session.execute(text("DELETE FROM audit_events"))
        for row in rows:
            session.execute(
                text(
                    "INSERT INTO audit_events VALUES (:id, :occurred_at, :action, :entity,"
                    " :entity_id, :detail, :prev_hash, :hash)"
                ),
                row,
            )
        session.execute(text("UPDATE properties SET value = :v WHERE key='audit_head'"), {"v": head})

    report = _verify(chained)
    assert not report.intact
    assert report.first_bad_id == 1
    assert report.problem == "event 1 does not follow its predecessor"
