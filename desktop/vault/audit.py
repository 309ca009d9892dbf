"""The hash-chained audit trail (P-SAFEGUARD).

Each row's hash covers its own fields and the previous row's hash; the first
row chains from a genesis value bound to the vault id, and the head (last id
and hash) is kept in ``properties`` in the same transaction. Verification
therefore detects an edited row, a removed row anywhere (the last one
included) and rows carried over from another vault.

Rows hold event names and record ids, never personal data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Property
from desktop.vault import audit_events
from desktop.vault.clock import practice_time

HEAD_KEY = "audit_head"
VAULT_ID_KEY = "vault_id"
DetailValue = str | int | float | bool | None
#: Events that change no record (see :func:`last_change`): an unlock, a new passphrase, a backup,
#: a restore (it brings back the backup's records), and views and lists of records.
UNCHANGING_ACTIONS = frozenset(
    {
        "vault.unlocked",
        "vault.passphrase_changed",
        "vault.passphrase_reset_with_recovery_code",
        "vault.restored_from_backup",
        "backup.written",
        "backup.failed",
        "backup.pruned",
    }
)
UNCHANGING_SUFFIXES = (".viewed", ".listed", ".previewed")


def genesis_hash(vault_id: str) -> str:
    return hashlib.sha256(f"sorakumo-desk audit genesis {vault_id}".encode()).hexdigest()


def _row_hash(
    *,
    event_id: int,
    occurred_at: str,
    action: str,
    entity: str | None,
    entity_id: int | None,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [event_id, occurred_at, action, entity, entity_id, detail, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def row_digest(row: object, **overrides: object) -> str:
    """A SHA-256 of every column of a mapped ``row`` (``overrides`` replace values, e.g. a cleared link).

    Events that record a row carry this digest, so a later change to the row
    outside the application shows (P-SAFEGUARD, tamper evidence).
    """
    mapper = inspect(row).mapper
    values = {
        attr.key: _plain(overrides.get(attr.key, getattr(row, attr.key))) for attr in mapper.column_attrs
    }
    canonical = json.dumps([mapper.local_table.name, values], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _vault_id(session: Session) -> str:
    value = session.get(Property, VAULT_ID_KEY)
    if value is None:
        raise LookupError("the vault has no id")
    return value.value


def _head(session: Session) -> tuple[int, str]:
    stored = session.get(Property, HEAD_KEY)
    if stored is None:
        return 0, genesis_hash(_vault_id(session))
    head = json.loads(stored.value)
    return int(head["id"]), str(head["hash"])


#: How long a run of the same listing lasts: the filters typed in one sitting.
LISTING_RUN = timedelta(minutes=10)


def _same_run(
    previous: AuditEvent, action: str, entity: str | None, entity_id: int | None, now: datetime
) -> bool:
    """Whether ``previous`` is the same listing, moments ago, so this one adds nothing to the trail."""
    if (previous.action, previous.entity, previous.entity_id) != (action, entity, entity_id):
        return False
    return now - datetime.fromisoformat(previous.occurred_at) < LISTING_RUN


def append(
    session: Session,
    action: str,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    detail: Mapping[str, DetailValue] | None = None,
    at: datetime | None = None,
) -> AuditEvent:
    """Add an event to the chain inside the caller's transaction.

    ``at`` is only for an event that happened earlier and could not be
    recorded then (an unlock on a full disk); every other event is stamped now.
    ``action`` must be in :mod:`desktop.vault.audit_events` (and a test holds its details there),
    so that every event the trail holds has a name the counsellor can read. A
    listing event right after the same listing (a filter typed, a date changed)
    is not written again: the trail records the view of the list once.
    """
    audit_events.check(action)
    last_id, last_hash = _head(session)
    moment = at if at is not None else practice_time(session).clock.now()
    occurred_at = moment.astimezone(UTC).isoformat(timespec="microseconds")
    if action in audit_events.LISTING_KINDS and last_id:
        previous = session.get(AuditEvent, last_id)
        if previous is not None and _same_run(previous, action, entity, entity_id, moment):
            return previous
    event_id = last_id + 1
    detail_text = json.dumps(dict(detail or {}), ensure_ascii=False, sort_keys=True)
    digest = _row_hash(
        event_id=event_id,
        occurred_at=occurred_at,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail_text,
        prev_hash=last_hash,
    )
    event = AuditEvent(
        id=event_id,
        occurred_at=occurred_at,
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail_text,
        prev_hash=last_hash,
        hash=digest,
    )
    session.add(event)
    session.merge(Property(key=HEAD_KEY, value=json.dumps({"id": event_id, "hash": digest})))
    return event


def is_change(action: str) -> bool:
    """Whether an event records a change of the vault's records (not an unlock, a view or a backup)."""
    return action not in UNCHANGING_ACTIONS and not action.endswith(UNCHANGING_SUFFIXES)


def last_change(session: Session) -> tuple[int, str] | None:
    """The id and time of the newest event that records a change, or ``None`` when there is none."""
    query = select(AuditEvent.id, AuditEvent.occurred_at, AuditEvent.action).order_by(AuditEvent.id.desc())
    for event_id, occurred_at, action in session.execute(query).yield_per(500):
        if is_change(action):
            return int(event_id), str(occurred_at)
    return None


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of walking the chain; ``problem`` is English for logs and the CLI."""

    intact: bool
    events: int
    first_bad_id: int | None = None
    problem: str = ""


def verify(session: Session) -> ChainReport:
    """Walk every event in order and check each link and the stored head."""
    expected_prev = genesis_hash(_vault_id(session))
    expected_id = 1
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)).yield_per(1000):
        if event.id != expected_id:
            return ChainReport(False, count, expected_id, f"event {expected_id} is missing")
        if event.prev_hash != expected_prev:
            return ChainReport(False, count, event.id, f"event {event.id} does not follow its predecessor")
        recomputed = _row_hash(
            event_id=event.id,
            occurred_at=event.occurred_at,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            detail=event.detail,
            prev_hash=event.prev_hash,
        )
        if recomputed != event.hash:
            return ChainReport(False, count, event.id, f"event {event.id} was altered")
        expected_prev = event.hash
        expected_id += 1
        count += 1
    head_id, head_hash = _head(session)
    if head_id != count or (count and head_hash != expected_prev):
        return ChainReport(False, count, count + 1, "the newest events are missing")
    return ChainReport(True, count)
