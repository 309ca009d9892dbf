"""The gate for testimonials (P-PURPOSE, purpose 4: improving the service).

A client's words are marked as a testimonial only while their ``testimonial``
consent is in force, on the day of the vault's clock; without one the service
refuses and nothing is stored. A testimonial is taken down (dated, kept) when it
stops being used, as it must once its consent is withdrawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, Testimonial
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import ConsentKind
from desktop.services.consents import facts_of_client
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class TestimonialEntry:
    id: int
    client_id: int
    client_name: str
    consent_id: int
    text: str
    marked_on: date
    taken_down_on: date | None = None


def add_testimonial(session: Session, *, client_id: int, text: str) -> Testimonial:
    """The gate's check and write inside the caller's unit of work (the demo uses it too)."""
    if not text.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "Write the words to use as the testimonial."))
    day = practice_time(session).today()
    if session.get(Client, client_id) is None:
        raise LookupError(client_id)
    consents = facts_of_client(session, client_id)
    verdict = rules.check_testimonial(consents, client_id, day)
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
    consent = max(
        (c for c in consents if c.kind is ConsentKind.TESTIMONIAL and c.in_force_on(day)),
        key=lambda c: (c.given_on, c.id),
    )
    row = Testimonial(
        client_id=client_id,
        consent_id=consent.id,
        text=text.strip(),
        marked_on=day,
        recorded_at=practice_time(session).stamp(),
    )
    session.add(row)
    session.flush()
    audit.append(
        session,
        "testimonial.marked",
        entity="client",
        entity_id=client_id,
        detail={"testimonial": row.id, "consent": consent.id},
    )
    return row


def mark_testimonial(vault: OpenVault, *, client_id: int, text: str) -> TestimonialEntry:
    """P-PURPOSE: keep ``text`` as a testimonial, refused without the client's testimonial consent."""
    with vault.unit_of_work() as session:
        row = add_testimonial(session, client_id=client_id, text=text)
        client = session.get(Client, client_id)
        name = client.full_name if client else ""
        return TestimonialEntry(row.id, client_id, name, row.consent_id, row.text, row.marked_on)


def list_testimonials(vault: OpenVault) -> list[TestimonialEntry]:
    query = (
        select(Testimonial, Client.full_name)
        .join(Client, Client.id == Testimonial.client_id)
        .order_by(Testimonial.marked_on.desc(), Testimonial.id.desc())
    )
    with vault.unit_of_work() as session:
        return [
            TestimonialEntry(
                row.id, row.client_id, name, row.consent_id, row.text, row.marked_on, row.taken_down_on
            )
            for row, name in session.execute(query)
        ]


def take_down(vault: OpenVault, *, testimonial_id: int) -> TestimonialEntry:
    """Stop using a testimonial from today (the vault's clock); it stays on record with the day."""
    with vault.unit_of_work() as session:
        row = session.get(Testimonial, testimonial_id)
        if row is None:
            raise LookupError(testimonial_id)
        if row.taken_down_on is None:
            row.taken_down_on = practice_time(session).today()
            audit.append(
                session,
                "testimonial.taken_down",
                entity="client",
                entity_id=row.client_id,
                detail={"testimonial": row.id},
            )
        client = session.get(Client, row.client_id)
        name = client.full_name if client else ""
        return TestimonialEntry(
            row.id, row.client_id, name, row.consent_id, row.text, row.marked_on, row.taken_down_on
        )
