"""The gate for consents (P-DISCLOSE, P-PURPOSE, APPI Art. 20(2)): the only code that writes them.

A consent says what it allows (a disclosure to named kinds of recipient of
named data items, a testimonial, or holding sensitive data from intake), when
and how it was given, until when it holds if the client limited it, and what
evidence the practice keeps. Withdrawal dates it; nothing erases it. Withdrawing
a testimonial consent lists the testimonials in use that must come down. Each
event carries the row's digest (:mod:`desktop.services.records.record_seals`). "Today"
is the vault's clock. Views get :class:`ConsentEntry` dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, Consent, Testimonial
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import ConsentFacts, ConsentKind, ConsentMethod, DataItem, Relation
from desktop.policy.personal_data import fold
from desktop.services.records import record_seals
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

EnumT = TypeVar("EnumT", bound=StrEnum)


def join_values(kind: type[EnumT], values: Iterable[EnumT]) -> str:
    """A set of enum values as stored: comma-separated, in the enum's own order."""
    chosen = set(values)
    return ",".join(v.value for v in kind if v in chosen)


def split_values(kind: type[EnumT], text: str) -> frozenset[EnumT]:
    return frozenset(kind(part) for part in text.split(",") if part)


@dataclass(frozen=True, slots=True)
class ConsentDraft:
    kind: ConsentKind
    given_on: date
    method: ConsentMethod
    relations: frozenset[Relation] = frozenset()
    recipient: str = ""
    items: frozenset[DataItem] = frozenset()
    evidence: str = ""
    expires_on: date | None = None


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    """A consent as the lists show it; ``client_name`` is empty once the client was erased."""

    id: int
    client_id: int | None
    client_name: str
    draft: ConsentDraft
    withdrawn_on: date | None
    withdrawal_note: str
    recorded_at: str

    def facts(self) -> ConsentFacts:
        d = self.draft
        client_id = self.client_id or 0
        return ConsentFacts(
            self.id,
            client_id,
            d.kind,
            d.given_on,
            d.relations,
            d.recipient,
            d.items,
            self.withdrawn_on,
            d.expires_on,
        )

    def in_force_on(self, day: date) -> bool:
        return self.facts().in_force_on(day)


def entry_of(row: Consent, client_name: str) -> ConsentEntry:
    draft = ConsentDraft(
        ConsentKind(row.kind),
        row.given_on,
        ConsentMethod(row.method),
        split_values(Relation, row.relations),
        row.recipient,
        split_values(DataItem, row.items),
        row.evidence,
        row.expires_on,
    )
    return ConsentEntry(
        row.id, row.client_id, client_name, draft, row.withdrawn_on, row.withdrawal_note, row.recorded_at
    )


def _validate(draft: ConsentDraft, today: date) -> ConsentDraft:
    if draft.given_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A consent cannot be dated in the future."))
    if draft.expires_on is not None and draft.expires_on < draft.given_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A consent cannot end before the day it was given."))
    if draft.kind is ConsentKind.DISCLOSURE:
        if not draft.relations:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("policy", "Choose at least one kind of recipient the client agreed to.")
            )
        if not draft.items:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("policy", "Choose at least one data item the client agreed to disclose.")
            )
        return ConsentDraft(
            draft.kind,
            draft.given_on,
            draft.method,
            draft.relations,
            fold(draft.recipient),
            draft.items,
            draft.evidence.strip(),
            draft.expires_on,
        )
    # Only a disclosure consent has recipients and items; the others are whole.
    return ConsentDraft(
        draft.kind, draft.given_on, draft.method, evidence=draft.evidence.strip(), expires_on=draft.expires_on
    )


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise LookupError(client_id)
    return client


def add_consent(session: Session, *, client_id: int, draft: ConsentDraft) -> Consent:
    """The gate's check and write inside the caller's unit of work (the demo uses it too)."""
    clean = _validate(draft, practice_time(session).today())
    _client(session, client_id)
    row = Consent(
        client_id=client_id,
        kind=clean.kind.value,
        given_on=clean.given_on,
        method=clean.method.value,
        relations=join_values(Relation, clean.relations),
        recipient=clean.recipient,
        items=join_values(DataItem, clean.items),
        evidence=clean.evidence,
        expires_on=clean.expires_on,
        withdrawal_note="",
        recorded_at=practice_time(session).stamp(),
    )
    session.add(row)
    record_seals.seal(session, "consent.recorded", row, detail={"kind": clean.kind.value})
    return row


def record_consent(vault: OpenVault, *, client_id: int, draft: ConsentDraft) -> ConsentEntry:
    """Record a consent the client gave; the audit trail names its kind, never its content."""
    with vault.unit_of_work() as session:
        row = add_consent(session, client_id=client_id, draft=draft)
        return entry_of(row, _client(session, client_id).full_name)


@dataclass(frozen=True, slots=True)
class TakeDown:
    """A testimonial still in use whose consent was withdrawn: it must come down."""

    id: int
    text: str
    marked_on: date


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """The withdrawn consent, and the testimonials resting on it that are still in use."""

    consent: ConsentEntry
    take_down: list[TakeDown]


def _check_withdrawal(row: Consent, withdrawn_on: date, today: date) -> None:
    """P-DISCLOSE: a withdrawal is dated between the consent's day and today, and happens once."""
    if withdrawn_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A withdrawal cannot be dated in the future."))
    if row.withdrawn_on is not None:
        raise PolicyRefusal(
            rules.P_DISCLOSE,
            QT_TRANSLATE_NOOP("policy", "This consent was already withdrawn on %1."),
            (row.withdrawn_on.isoformat(),),
        )
    if withdrawn_on < row.given_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("policy", "A consent cannot be withdrawn before the day it was given.")
        )


def withdraw_in(session: Session, *, consent_id: int, withdrawn_on: date, note: str = "") -> Consent:
    """The gate's check and write of a withdrawal inside the caller's unit of work."""
    row = session.get(Consent, consent_id)
    if row is None:
        raise LookupError(consent_id)
    _check_withdrawal(row, withdrawn_on, practice_time(session).today())
    row.withdrawn_on = withdrawn_on
    row.withdrawal_note = note.strip()
    record_seals.seal(session, "consent.withdrawn", row)
    return row


def withdraw_consent(vault: OpenVault, *, consent_id: int, withdrawn_on: date, note: str = "") -> Withdrawal:
    """P-DISCLOSE / P-PURPOSE: a withdrawal is dated and kept; testimonials it carried must come down."""
    with vault.unit_of_work() as session:
        row = withdraw_in(session, consent_id=consent_id, withdrawn_on=withdrawn_on, note=note)
        client = session.get(Client, row.client_id) if row.client_id is not None else None
        in_use = session.scalars(
            select(Testimonial)
            .where(Testimonial.consent_id == consent_id, Testimonial.taken_down_on.is_(None))
            .order_by(Testimonial.marked_on, Testimonial.id)
        )
        take_down = [TakeDown(t.id, t.text, t.marked_on) for t in in_use]
        return Withdrawal(entry_of(row, client.full_name if client else ""), take_down)


def list_consents(
    vault: OpenVault, *, client_id: int | None = None, limit: int | None = None, offset: int = 0
) -> list[ConsentEntry]:
    """Consents, newest first; one client's when ``client_id`` is given; ``limit`` rows from ``offset``.

    The register holds one consent per client or more: the section reads it a
    page at a time, along ``ix_consents_given_on``.
    """
    query = (
        select(Consent, Client.full_name)
        .outerjoin(Client, Client.id == Consent.client_id)
        .order_by(Consent.given_on.desc(), Consent.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if client_id is not None:
        query = query.where(Consent.client_id == client_id)
    with vault.reading() as session:
        return [entry_of(row, name or "") for row, name in session.execute(query)]


def facts_of_client(session: Session, client_id: int) -> list[ConsentFacts]:
    """Every consent of the client as the rules see them (inside the caller's transaction)."""
    rows = session.scalars(select(Consent).where(Consent.client_id == client_id))
    return [entry_of(row, "").facts() for row in rows]


@dataclass(frozen=True, slots=True)
class ConsentOverview:
    """What the client page shows: the consents and whether intake consent is in force today."""

    consents: list[ConsentEntry]
    intake_consent: bool


def overview(vault: OpenVault, *, client_id: int) -> ConsentOverview:
    entries = list_consents(vault, client_id=client_id)
    in_force = rules.has_intake_consent((e.facts() for e in entries), vault.time.today())
    return ConsentOverview(entries, in_force)
