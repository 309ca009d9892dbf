"""The gate for the disclosure log (P-DISCLOSE, APPI Art. 29): record, correct, list and report.

A disclosure is recorded only on a basis the policy accepts: the client's
consent covering recipient and items, or another basis with its
justification (and, for ``law`` / ``public_health``, the requesting body and
its reference); every record says how to reach its recipient. One recorded
after its consent was withdrawn, though dated before, is kept with both dates
and flagged as recorded late. Records are never changed: a correction is a new
record that points at the original, passes the same checks and says why. Each
record is kept until ``retained_until`` (see :mod:`desktop.services.retention`);
each event carries the row's digest (:mod:`desktop.services.records.record_seals`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Client, Consent, Disclosure
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import Basis, DataItem, DisclosureFacts, HandOver, Relation, RetentionCase
from desktop.policy.personal_data import fold
from desktop.services import practice_settings
from desktop.services.consents import entry_of, join_values, split_values
from desktop.services.records import record_exports, record_seals
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class DisclosureDraft:
    """What the counsellor records as handed over."""

    disclosed_on: date
    recipient_name: str
    relation: Relation
    items: frozenset[DataItem]
    basis: Basis
    hand_over: HandOver
    recipient_contact: str = ""
    consent_id: int | None = None
    justification: str = ""
    requesting_body: str = ""
    reference: str = ""
    retention_case: RetentionCase = RetentionCase.STANDARD


@dataclass(frozen=True, slots=True)
class DisclosureEntry:
    """One record of the log. ``original_id`` is the record a correction corrects (else its own id)."""

    id: int
    original_id: int
    client_id: int | None
    subject_name: str
    draft: DisclosureDraft
    retained_until: date
    correction_reason: str
    corrections: int
    export_format: str
    export_encrypted: bool
    recorded_at: str
    #: The consent's withdrawal day when this record was made after it (dated before it): recorded late.
    late_after_withdrawal_on: date | None = None

    @property
    def is_correction(self) -> bool:
        return self.original_id != self.id


def entry_of_row(row: Disclosure, corrections: int = 0) -> DisclosureEntry:
    draft = DisclosureDraft(
        row.disclosed_on,
        row.recipient_name,
        Relation(row.relation),
        split_values(DataItem, row.items),
        Basis(row.basis),
        HandOver(row.hand_over),
        row.recipient_contact,
        row.consent_id,
        row.justification,
        row.requesting_body,
        row.reference,
        RetentionCase(row.retention_case),
    )
    return DisclosureEntry(
        row.id,
        row.corrects_id or row.id,
        row.client_id,
        row.subject_name,
        draft,
        row.retained_until,
        row.correction_reason,
        corrections,
        row.export_format,
        row.export_encrypted,
        row.recorded_at,
        row.late_after_withdrawal_on,
    )


def _clean(draft: DisclosureDraft) -> DisclosureDraft:
    return DisclosureDraft(
        draft.disclosed_on,
        fold(draft.recipient_name),
        draft.relation,
        draft.items,
        draft.basis,
        draft.hand_over,
        draft.recipient_contact.strip(),
        draft.consent_id if draft.basis is Basis.CONSENT else None,
        draft.justification.strip(),
        fold(draft.requesting_body),
        fold(draft.reference),
        draft.retention_case,
    )


def _check(session: Session, client_id: int, draft: DisclosureDraft) -> date | None:
    """Apply P-DISCLOSE to ``draft``; raise :class:`PolicyRefusal` naming what is missing.

    Returns the consent's withdrawal day when the record comes after it (recorded late).
    """
    today = practice_time(session).today()
    if draft.disclosed_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "A disclosure cannot be dated in the future."))
    if len(draft.justification) > rules.JUSTIFICATION_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "The justification is too long."))
    consent = None
    if draft.consent_id is not None:
        row = session.get(Consent, draft.consent_id)
        consent = entry_of(row, "").facts() if row is not None else None
    facts = DisclosureFacts(
        client_id,
        draft.disclosed_on,
        draft.recipient_name,
        draft.relation,
        draft.items,
        draft.basis,
        consent,
        draft.justification,
        draft.requesting_body,
        draft.reference,
        draft.recipient_contact,
    )
    verdict = rules.check_disclosure(facts)
    if not verdict.allowed:
        raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
    return rules.recorded_late(consent, today)


def _retained_until(session: Session, case: RetentionCase) -> date:
    settings = practice_settings.load_in(session)
    years = (
        settings.contract_retention_years
        if case is RetentionCase.CONTRACT
        else settings.disclosure_retention_years
    )
    return rules.retention_ends(practice_time(session).today(), years)


def _row(session: Session, client_id: int, subject: str, draft: DisclosureDraft) -> Disclosure:
    late = _check(session, client_id, draft)
    return Disclosure(
        client_id=client_id,
        subject_name=subject,
        disclosed_on=draft.disclosed_on,
        recipient_name=draft.recipient_name,
        relation=draft.relation.value,
        recipient_contact=draft.recipient_contact,
        items=join_values(DataItem, draft.items),
        basis=draft.basis.value,
        consent_id=draft.consent_id,
        justification=draft.justification,
        requesting_body=draft.requesting_body,
        reference=draft.reference,
        hand_over=draft.hand_over.value,
        retention_case=draft.retention_case.value,
        retained_until=_retained_until(session, draft.retention_case),
        correction_reason="",
        export_format="",
        export_encrypted=False,
        recorded_at=practice_time(session).stamp(),
        late_after_withdrawal_on=late,
    )


def add_disclosure(session: Session, *, client_id: int, draft: DisclosureDraft) -> Disclosure:
    """The gate's check and write inside the caller's unit of work (the demo uses it too)."""
    clean = _clean(draft)
    client = session.get(Client, client_id)
    if client is None:
        raise LookupError(client_id)
    row = _row(session, client_id, client.full_name, clean)
    session.add(row)
    detail: dict[str, audit.DetailValue] = {"basis": clean.basis.value, "consent": clean.consent_id}
    if row.late_after_withdrawal_on is not None:
        detail["recorded_late"] = row.late_after_withdrawal_on.isoformat()
    record_seals.seal(session, "disclosure.recorded", row, detail=detail)
    return row


def record_disclosure(vault: OpenVault, *, client_id: int, draft: DisclosureDraft) -> DisclosureEntry:
    """P-DISCLOSE: record what was handed to whom, refused without a valid basis."""
    with vault.unit_of_work() as session:
        return entry_of_row(add_disclosure(session, client_id=client_id, draft=draft))


def correct_disclosure(
    vault: OpenVault, *, disclosure_id: int, draft: DisclosureDraft, reason: str
) -> DisclosureEntry:
    """P-DISCLOSE: append a correction to a record (never change it); the same checks apply."""
    if not reason.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("policy", "Say what the correction corrects."))
    clean = _clean(draft)
    with vault.unit_of_work() as session:
        target = session.get(Disclosure, disclosure_id)
        if target is None:
            raise LookupError(disclosure_id)
        original_id = target.corrects_id or target.id
        if target.client_id is None:
            raise PolicyRefusal(
                rules.P_DISCLOSE,
                QT_TRANSLATE_NOOP(
                    "policy", "The client of this record was erased; it can no longer be corrected."
                ),
            )
        row = _row(session, target.client_id, target.subject_name, clean)
        row.corrects_id = original_id
        row.correction_reason = reason.strip()
        session.add(row)
        record_seals.seal(
            session,
            "disclosure.corrected",
            row,
            detail={"corrects": original_id, "basis": clean.basis.value},
        )
        return entry_of_row(row)


@dataclass(frozen=True, slots=True)
class LogFilter:
    """The log's filters; ``since`` and ``until`` are both included."""

    client_id: int | None = None
    basis: Basis | None = None
    since: date | None = None
    until: date | None = None


def list_log(
    vault: OpenVault, *, wanted: LogFilter | None = None, limit: int | None = None, offset: int = 0
) -> list[DisclosureEntry]:
    """The log as it stands, each record in its newest version, newest first (``limit`` from ``offset``)."""
    wanted = wanted or LogFilter()
    chain = func.coalesce(Disclosure.corrects_id, Disclosure.id)
    newest = select(chain.label("original"), func.max(Disclosure.id).label("id"), func.count().label("n"))
    newest_rows = newest.group_by(chain).subquery()
    query = select(Disclosure, newest_rows.c.n).join(newest_rows, newest_rows.c.id == Disclosure.id)
    if wanted.client_id is not None:
        query = query.where(Disclosure.client_id == wanted.client_id)
    if wanted.basis is not None:
        query = query.where(Disclosure.basis == wanted.basis.value)
    if wanted.since is not None:
        query = query.where(Disclosure.disclosed_on >= wanted.since)
    if wanted.until is not None:
        query = query.where(Disclosure.disclosed_on <= wanted.until)
    query = query.order_by(Disclosure.disclosed_on.desc(), Disclosure.id.desc()).limit(limit).offset(offset)
    with vault.reading() as session:
        return [entry_of_row(row, int(n) - 1) for row, n in session.execute(query)]


def history(vault: OpenVault, *, disclosure_id: int) -> list[DisclosureEntry]:
    """The original record and every correction of it, oldest first."""
    with vault.unit_of_work() as session:
        target = session.get(Disclosure, disclosure_id)
        if target is None:
            raise LookupError(disclosure_id)
        original_id = target.corrects_id or target.id
        rows = session.scalars(
            select(Disclosure)
            .where((Disclosure.id == original_id) | (Disclosure.corrects_id == original_id))
            .order_by(Disclosure.id)
        ).all()
        return [entry_of_row(row) for row in rows]


def awaiting_export(vault: OpenVault, *, client_id: int) -> list[DisclosureEntry]:
    """The client's current records handed over as a file that no export has used yet."""
    return [
        entry
        for entry in list_log(vault, wanted=LogFilter(client_id=client_id))
        if entry.draft.hand_over is HandOver.FILE and not entry.export_format
    ]


@dataclass(frozen=True, slots=True)
class AnnualReport:
    """The disclosures of one year, counted by basis, with the records themselves."""

    year: int
    by_basis: dict[Basis, int]
    entries: list[DisclosureEntry]
    produced_at: str


def annual_report(vault: OpenVault, *, year: int) -> AnnualReport:
    entries = list_log(vault, wanted=LogFilter(since=date(year, 1, 1), until=date(year, 12, 31)))
    entries.sort(key=lambda e: (e.draft.disclosed_on, e.id))
    counts = Counter(e.draft.basis for e in entries)
    return AnnualReport(year, {basis: counts.get(basis, 0) for basis in Basis}, entries, vault.time.stamp())


def save_annual_report(
    vault: OpenVault, *, year: int, path: Path, render: Callable[[AnnualReport], bytes]
) -> AnnualReport:
    """Write the annual report drawn by ``render`` from the report built here; the write is audited."""
    report = annual_report(vault, year=year)
    data = render(report)
    with vault.unit_of_work() as session:
        audit.append(session, "disclosure.report_saved", detail={"year": year, "format": "pdf"})
        session.flush()
        record_exports.write(path, data)
    return report
