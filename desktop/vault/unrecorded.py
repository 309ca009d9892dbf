"""Audit events that happened while the disk was full, kept in memory until they can be recorded.

Unlocking appends an audit event, and so does opening a client's record or a
list; on a full disk they cannot be written, yet the counsellor must still
be able to read the records. Such an event (one that changes no record, see
:func:`desktop.vault.audit.is_change`) is kept here, by vault id and for the
life of the process (so a lock does not forget it), and
:meth:`desktop.vault.store.OpenVault.record_unrecorded` writes it, with the
moment it happened, as soon as a write succeeds again. A change of the
records is never kept this way: it fails, and says so.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Property
from desktop.vault import audit

#: Held while events are being recorded, so that two threads never record the same event twice.
RECORDING = threading.Lock()

_KEPT: dict[str, list[UnrecordedEvent]] = {}
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class UnrecordedEvent:
    """An audit event waiting to be recorded; ``late`` once a try has failed for a full disk."""

    action: str
    at: datetime
    late: bool = False
    entity: str | None = None
    entity_id: int | None = None
    detail: str = "{}"


def keep(vault_id: str, event: UnrecordedEvent) -> None:
    with _LOCK:
        _KEPT.setdefault(vault_id, []).append(event)


def waiting(vault_id: str) -> list[UnrecordedEvent]:
    with _LOCK:
        return list(_KEPT.get(vault_id, ()))


def mark_late(vault_id: str) -> None:
    """Every event still waiting will be recorded as late (a try failed: the disk is full)."""
    with _LOCK:
        if vault_id in _KEPT:
            _KEPT[vault_id] = [dataclasses.replace(event, late=True) for event in _KEPT[vault_id]]


def forget(vault_id: str, recorded: list[UnrecordedEvent]) -> None:
    """Drop the events just recorded (the first ``len(recorded)`` kept); later ones stay."""
    with _LOCK:
        rest = _KEPT.get(vault_id, [])[len(recorded) :]
        if rest:
            _KEPT[vault_id] = rest
        else:
            _KEPT.pop(vault_id, None)


def append(session: Session, event: UnrecordedEvent) -> None:
    """Append ``event`` to the chain: at its own time and marked as recorded late, if it was."""
    if not event.late:
        audit.append(session, event.action, entity=event.entity, entity_id=event.entity_id)
        return
    detail = {**json.loads(event.detail), "recorded_late": True}
    audit.append(
        session, event.action, entity=event.entity, entity_id=event.entity_id, detail=detail, at=event.at
    )


def collector(touched: list[object]) -> Callable[..., None]:
    """A ``before_flush`` listener that adds what each flush writes to ``touched``, as plain values.

    Plain values, because the objects themselves are expired by the rollback that follows a failure.
    """

    def collect(session: Session, _context: Any, _instances: Any) -> None:
        for obj in [*session.new, *session.dirty, *session.deleted]:
            if isinstance(obj, AuditEvent) and obj not in session.deleted:
                touched.append(
                    UnrecordedEvent(
                        action=obj.action,
                        at=datetime.fromisoformat(obj.occurred_at),
                        late=True,
                        entity=obj.entity,
                        entity_id=obj.entity_id,
                        detail=obj.detail,
                    )
                )
            elif isinstance(obj, Property) and obj.key == audit.HEAD_KEY and obj not in session.deleted:
                touched.append(audit.HEAD_KEY)
            else:
                touched.append(None)  # anything else: a change, never kept in memory

    return collect


def deferrable(touched: list[object]) -> list[UnrecordedEvent] | None:
    """The events to keep when a transaction wrote only records of views (and the head), else ``None``."""
    events = [item for item in touched if isinstance(item, UnrecordedEvent)]
    if not events or any(item is None for item in touched):
        return None
    if any(audit.is_change(event.action) for event in events):
        return None
    return sorted(events, key=lambda event: event.at)
