"""How long provision records stay (P-LAW, APPI Art. 29), and what erasing a client leaves behind.

A disclosure record and its corrections form one chain; the chain may be
deleted only once every record in it has passed ``retained_until``. An erased client's
answered requests go once as many years have passed since the answer. Erasing a
client (``clients.erase_client``) removes their testimonials and the consents
no kept record rests on, and leaves the disclosure log, the consents it rests
on and the request register (with the client link cleared) until retention
ends; :func:`purge_expired` then removes them.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.models import Consent, Disclosure, RightsRequest, Testimonial
from desktop.policy import disclosure as rules
from desktop.services import practice_settings
from desktop.services.money import books
from desktop.services.records import record_seals
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


def _chain_ids(session: Session, original_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Disclosure.id).where(
                (Disclosure.id == original_id) | (Disclosure.corrects_id == original_id)
            )
        )
    )


def _delete_consents(session: Session, *where: object) -> None:
    """Delete the consents ``where`` selects, each removal recorded for ``check``."""
    for consent_id in list(session.scalars(select(Consent.id).where(*where))):  # type: ignore[arg-type]
        record_seals.seal_removed(session, "consent.removed", "consent", consent_id)
    session.execute(delete(Consent).where(*where))  # type: ignore[arg-type]


def _delete_chains(session: Session, original_ids: list[int]) -> int:
    """Delete whole chains (corrections first), then consents no record rests on any more."""
    if not original_ids:
        return 0
    in_chains = Disclosure.id.in_(original_ids) | Disclosure.corrects_id.in_(original_ids)
    gone = list(session.scalars(select(Disclosure.id).where(in_chains)))
    for disclosure_id in gone:
        record_seals.seal_removed(session, "disclosure.removed", "disclosure", disclosure_id)
    session.execute(delete(Disclosure).where(Disclosure.corrects_id.in_(original_ids)))
    session.execute(delete(Disclosure).where(Disclosure.id.in_(original_ids)))
    used = select(Disclosure.consent_id).where(Disclosure.consent_id.is_not(None))
    _delete_consents(session, Consent.client_id.is_(None), Consent.id.not_in(used))
    return len(gone)


def delete_disclosure(vault: OpenVault, *, disclosure_id: int) -> int:
    """Delete a record and its corrections, refused while any of them is inside its retention."""
    with vault.unit_of_work() as session:
        day = practice_time(session).today()
        target = session.get(Disclosure, disclosure_id)
        if target is None:
            raise LookupError(disclosure_id)
        original_id = target.corrects_id or target.id
        ids = _chain_ids(session, original_id)
        until = session.scalar(select(func.max(Disclosure.retained_until)).where(Disclosure.id.in_(ids)))
        verdict = rules.check_deletion(until or day, day)
        if not verdict.allowed:
            raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
        client_id = target.client_id
        removed = _delete_chains(session, [original_id])
        audit.append(
            session,
            "disclosure.deleted",
            entity="client" if client_id is not None else None,
            entity_id=client_id,
            detail={"disclosure": original_id, "records": len(ids)},
        )
        return removed


def purge_expired(vault: OpenVault) -> int:
    """Remove what an erasure had to keep, once its retention has ended; returns the records removed."""
    chain = func.coalesce(Disclosure.corrects_id, Disclosure.id)
    with vault.unit_of_work() as session:
        day = practice_time(session).today()
        expired = list(
            session.scalars(
                select(chain)
                .group_by(chain)
                .having(func.max(Disclosure.retained_until) <= day, func.count(Disclosure.client_id) == 0)
            )
        )
        removed = _delete_chains(session, expired)
        years = practice_settings.load_in(session).disclosure_retention_years
        answered_before = rules.add_years(day, -years)
        old_requests = list(
            session.scalars(
                select(RightsRequest.id).where(
                    RightsRequest.client_id.is_(None), RightsRequest.answered_on <= answered_before
                )
            )
        )
        session.execute(delete(RightsRequest).where(RightsRequest.id.in_(old_requests)))
        removed += len(old_requests)
        if removed:
            audit.append(session, "disclosure.purged", detail={"records": removed})
    # P-MONEY-RETAIN: the books an erasure kept go by the same purge once their period ends.
    return removed + books.purge_expired(vault)


def keep_on_erasure(session: Session, client_id: int) -> int:
    """Before a client row goes: drop what the law does not need kept; return the records kept.

    Testimonials go. Consents go unless a kept disclosure rests on one. The
    disclosure log and the request register stay; deleting the client row
    clears their link to it (``ON DELETE SET NULL``).
    """
    session.execute(delete(Testimonial).where(Testimonial.client_id == client_id))
    used = select(Disclosure.consent_id).where(Disclosure.consent_id.is_not(None))
    _delete_consents(session, Consent.client_id == client_id, Consent.id.not_in(used))
    # The rows kept lose their link to the client when its row goes: their events say so.
    for consent in list(session.scalars(select(Consent).where(Consent.client_id == client_id))):
        record_seals.seal(session, "consent.kept_on_erasure", consent, client_id=None)
    kept = list(session.scalars(select(Disclosure).where(Disclosure.client_id == client_id)))
    for row in kept:
        record_seals.seal(session, "disclosure.kept_on_erasure", row, client_id=None)
    return len(kept)
