"""Demo consents, disclosures and requests: every record is one the services would have accepted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.demo import practice
from desktop.models import AuditEvent, Consent, ConsultationNote, Disclosure, RightsRequest
from desktop.policy import disclosure as rules
from desktop.services import consents, disclosures
from desktop.services.disclosures import entry_of_row
from desktop.vault import audit
from desktop.vault.store import OpenVault
from tests.helpers.vaults import make_vault

CLIENTS = 400


def _fill(folder: Path, seed: int) -> OpenVault:
    vault, _code = make_vault(folder)
    practice.generate(vault, clients=CLIENTS, years=3, seed=seed, bookings=False)
    return vault


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    vault = _fill(tmp_path_factory.mktemp("demo") / "v", 3)
    yield vault
    vault.close()


def test_P_DISCLOSE_every_demo_disclosure_passes_the_rule(demo: OpenVault) -> None:
    with demo.unit_of_work() as session:
        rows = session.scalars(select(Disclosure)).all()
        by_id = {c.id: consents.entry_of(c, "").facts() for c in session.scalars(select(Consent))}
        for row in rows:
            entry = entry_of_row(row)
            draft = entry.draft
            facts = rules.DisclosureFacts(
                entry.client_id or 0,
                draft.disclosed_on,
                draft.recipient_name,
                draft.relation,
                draft.items,
                draft.basis,
                by_id.get(draft.consent_id) if draft.consent_id else None,
                draft.justification,
                draft.requesting_body,
                draft.reference,
                draft.recipient_contact,
            )
            assert rules.check_disclosure(facts).allowed, (row.id, rules.check_disclosure(facts).message())
        bases = {row.basis for row in rows}
        withdrawn = session.scalars(select(Consent).where(Consent.withdrawn_on.is_not(None))).all()
        requests = session.scalars(select(RightsRequest)).all()
        report = audit.verify(session)
        events = session.scalars(select(AuditEvent.action)).all()
    assert len(rows) >= 10
    assert "consent" in bases and len(bases) >= 2
    assert withdrawn and requests
    assert report.intact
    assert events.count("demo.disclosures_generated") == 1


def test_most_clients_met_have_intake_consent_and_some_do_not(demo: OpenVault) -> None:
    with demo.unit_of_work() as session:
        met = set(session.scalars(select(ConsultationNote.client_id)))
        intake = set(
            session.scalars(
                select(Consent.client_id).where(Consent.kind == rules.ConsentKind.SENSITIVE_DATA.value)
            )
        )
    assert intake < met
    assert len(intake) > 0.85 * len(met)


def test_the_same_seed_gives_the_same_records_and_generating_again_adds_none_twice(tmp_path: Path) -> None:
    first = _fill(tmp_path / "a", 11)
    second = _fill(tmp_path / "b", 11)
    try:
        logs = [
            [(e.subject_name, e.draft.disclosed_on, e.draft.basis) for e in disclosures.list_log(v)]
            for v in (first, second)
        ]
        assert logs[0] == logs[1]
        before = len(consents.list_consents(first))
        practice.generate(first, clients=0, years=1, seed=12, bookings=False)
        assert len(consents.list_consents(first)) == before
    finally:
        first.close()
        second.close()
