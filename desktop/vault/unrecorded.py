"""Audit events that happened while the disk was full, kept in memory until they can be recorded.

Unlocking appends an audit event; on a full disk it cannot, yet the
counsellor must still be able to read the records. The event is kept here,
by vault id and for the life of the process (so a lock does not forget it),
and :meth:`desktop.vault.store.OpenVault.record_unrecorded` writes it, with
the moment it happened, as soon as a write succeeds again.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from datetime import datetime

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
