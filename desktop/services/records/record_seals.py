"""Tamper evidence for consents and disclosures (P-SAFEGUARD, P-DISCLOSE).

Every event that records, changes or removes a consent or a disclosure row
carries the row's digest (:func:`desktop.vault.audit.row_digest`), or an empty
digest when the row went, and names which of the rows it names the digest
seals: a disclosure's event also names the consent it rests on, and that
consent's digest is not the disclosure's. :func:`problems` replays those events and compares
the last digest of each row with the row as it is: a row edited outside the
application, a row gone without its event, or a row no event ever recorded is
reported by ``check``. Rows from before digests existed (their events name
them without one) are left out, as nothing vouches for them either way.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import AuditEvent, Consent, Disclosure
from desktop.vault import audit

#: The detail key naming the row, for each sealed table.
KEYS: dict[str, type[Any]] = {"consent": Consent, "disclosure": Disclosure}
DIGEST = "row_hash"
#: The detail key saying which named row (``consent`` or ``disclosure``) the digest belongs to.
SEALED = "sealed"


def seal(
    session: Session,
    action: str,
    row: Consent | Disclosure,
    *,
    detail: dict[str, audit.DetailValue] | None = None,
    **overrides: object,
) -> None:
    """Append ``action`` for ``row`` to the audit trail with the row's digest (after a flush)."""
    session.flush()
    key = "consent" if isinstance(row, Consent) else "disclosure"
    client_id = overrides.get("client_id", row.client_id)
    audit.append(
        session,
        action,
        entity="client" if client_id is not None else None,
        entity_id=client_id if isinstance(client_id, int) else None,
        detail={**(detail or {}), key: row.id, SEALED: key, DIGEST: audit.row_digest(row, **overrides)},
    )


def seal_removed(session: Session, action: str, key: str, row_id: int) -> None:
    """Append ``action`` saying the row ``key`` ``row_id`` was removed on purpose (retention ended)."""
    audit.append(session, action, detail={key: row_id, SEALED: key, DIGEST: ""})


def _last_digests(session: Session) -> tuple[dict[tuple[str, int], str], set[tuple[str, int]]]:
    """Each row's newest digest from the trail, and every row any event names."""
    digests: dict[tuple[str, int], str] = {}
    named: set[tuple[str, int]] = set()
    events = select(AuditEvent.detail).where(
        AuditEvent.detail.contains('"consent"') | AuditEvent.detail.contains('"disclosure"')
    )
    for (text,) in session.execute(events.order_by(AuditEvent.id)):
        detail = json.loads(text)
        for key in KEYS:
            row_id = detail.get(key)
            if isinstance(row_id, int):
                named.add((key, row_id))
                if DIGEST in detail and detail.get(SEALED) == key:
                    digests[(key, row_id)] = str(detail[DIGEST])
    return digests, named


def problems(session: Session) -> list[str]:
    """English one-liners, one for each consent or disclosure row that does not match its last event."""
    digests, named = _last_digests(session)
    found: list[str] = []
    present: set[tuple[str, int]] = set()
    for key, model in KEYS.items():
        for row in session.scalars(select(model).order_by(model.id)):
            present.add((key, row.id))
            expected = digests.get((key, row.id))
            if expected is None:
                if (key, row.id) not in named:
                    found.append(f"{key} {row.id} was written outside the application (no event records it)")
            elif expected != audit.row_digest(row):
                found.append(f"{key} {row.id} no longer matches the row its last event recorded")
    for (key, row_id), digest in sorted(digests.items()):
        if digest and (key, row_id) not in present:
            found.append(f"{key} {row_id} is missing (no event removed it)")
    return found
