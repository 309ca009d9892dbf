"""The disclosure-consent services on a real vault: refusals, append-only corrections, retention,
erasure that keeps provision records until their retention ends, requests, testimonials, exports."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop import models
from desktop.errors import InvalidInput, PolicyRefusal
from desktop.models import AuditEvent, Consent, Disclosure, RightsRequest
from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
    RequestStatus,
    RetentionCase,
)
from desktop.services import clients, consents, disclosures, retention, rights_requests, testimonials
from desktop.services.disclosures import DisclosureDraft, LogFilter
from desktop.services.records import third_party_export
from desktop.services.records.record_exports import ExportFormat
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock

TODAY = date(2026, 11, 20)


@pytest.fixture
def vault(open_vault: OpenVault) -> OpenVault:
    """The vault with its clock standing at ``TODAY`` (services take the day from it, never from us)."""
    open_vault.time.clock = FakeClock(datetime(2026, 11, 20, 10, 0))
    return open_vault


def _on(vault: OpenVault, day: date) -> None:
    clock = vault.time.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime.combine(day, time(10, 0)))


def _client(vault: OpenVault, name: str = "山田 花子") -> int:
    draft = clients.ClientDraft(full_name=name, phone="055-123-4567", occupation="看護師")
    return clients.create_client(vault, draft=draft).id


def _parent_consent(vault: OpenVault, client_id: int, items: frozenset[DataItem]) -> int:
    draft = consents.ConsentDraft(
        ConsentKind.DISCLOSURE,
        date(2026, 11, 1),
        ConsentMethod.IN_PERSON,
        frozenset({Relation.FAMILY}),
        "",
        items,
        "面談時に口頭で確認",
    )
    return consents.record_consent(vault, client_id=client_id, draft=draft).id


def _to_parent(consent_id: int | None, **changes: object) -> DisclosureDraft:
    draft = DisclosureDraft(
        disclosed_on=TODAY,
        recipient_name="山田 良子",
        relation=Relation.FAMILY,
        items=frozenset({DataItem.NAME, DataItem.PHONE}),
        basis=Basis.CONSENT,
        hand_over=HandOver.FILE,
        recipient_contact="090-0000-1111",
        consent_id=consent_id,
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def _count(vault: OpenVault, model: type) -> int:
    with vault.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _actions(vault: OpenVault) -> list[tuple[str, dict[str, object]]]:
    with vault.unit_of_work() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return [(row.action, json.loads(row.detail)) for row in rows]


def test_P_DISCLOSE_parent_without_consent_is_refused_and_nothing_is_recorded(vault: OpenVault) -> None:
    client_id = _client(vault)
    with pytest.raises(PolicyRefusal) as refused:
        disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(None))
    assert refused.value.rule == "P-DISCLOSE"
    assert _count(vault, Disclosure) == 0


def test_P_DISCLOSE_consent_not_covering_items_or_withdrawn_is_refused(vault: OpenVault) -> None:
    client_id = _client(vault)
    consent_id = _parent_consent(vault, client_id, frozenset({DataItem.NAME}))
    with pytest.raises(PolicyRefusal):
        disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(consent_id))
    wide = _parent_consent(vault, client_id, frozenset({DataItem.NAME, DataItem.PHONE}))
    consents.withdraw_consent(vault, consent_id=wide, withdrawn_on=date(2026, 11, 10))
    with pytest.raises(PolicyRefusal) as refused:
        disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(wide))
    assert refused.value.args_ == ("2026-11-10",)
    assert _count(vault, Disclosure) == 0
    assert _count(vault, Consent) == 2  # withdrawn, never erased


def test_P_DISCLOSE_law_without_requesting_body_is_refused(vault: OpenVault) -> None:
    client_id = _client(vault)
    draft = _to_parent(
        None, basis=Basis.LAW, relation=Relation.COURT, justification="文書提出命令", reference="第12号"
    )
    with pytest.raises(PolicyRefusal):
        disclosures.record_disclosure(vault, client_id=client_id, draft=draft)
    entry = disclosures.record_disclosure(
        vault, client_id=client_id, draft=replace(draft, requesting_body="静岡地方裁判所")
    )
    assert entry.draft.basis is Basis.LAW
    assert entry.retained_until == date(2029, 11, 20)


def test_P_DISCLOSE_corrections_are_appended_and_the_log_shows_the_newest(vault: OpenVault) -> None:
    client_id = _client(vault)
    consent_id = _parent_consent(vault, client_id, frozenset({DataItem.NAME, DataItem.PHONE}))
    first = disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(consent_id))
    with pytest.raises(InvalidInput):
        disclosures.correct_disclosure(
            vault, disclosure_id=first.id, draft=_to_parent(consent_id), reason=" "
        )
    corrected = disclosures.correct_disclosure(
        vault,
        disclosure_id=first.id,
        draft=_to_parent(consent_id, recipient_contact="090-2222-3333"),
        reason="連絡先の誤記",
    )
    assert corrected.original_id == first.id
    log = disclosures.list_log(vault, wanted=LogFilter(client_id=client_id))
    assert [(e.id, e.corrections, e.draft.recipient_contact) for e in log] == [
        (corrected.id, 1, "090-2222-3333")
    ]
    history = disclosures.history(vault, disclosure_id=corrected.id)
    assert [e.draft.recipient_contact for e in history] == ["090-0000-1111", "090-2222-3333"]
    assert [a for a, _ in _actions(vault)][-2:] == ["disclosure.recorded", "disclosure.corrected"]


def test_P_LAW_record_cannot_be_deleted_inside_retention_and_can_be_purged_after(
    vault: OpenVault,
) -> None:
    client_id = _client(vault)
    entry = disclosures.record_disclosure(
        vault,
        client_id=client_id,
        draft=_to_parent(None, basis=Basis.VITAL, justification="自傷の危険が高く家族へ連絡"),
    )
    _on(vault, date(2029, 11, 19))
    with pytest.raises(PolicyRefusal) as refused:
        retention.delete_disclosure(vault, disclosure_id=entry.id)
    assert refused.value.rule == "P-LAW"
    assert _count(vault, Disclosure) == 1
    _on(vault, date(2029, 11, 20))
    assert retention.delete_disclosure(vault, disclosure_id=entry.id) == 1
    assert _count(vault, Disclosure) == 0


def test_P_LAW_erasure_keeps_provision_records_until_retention_ends_then_purges(
    vault: OpenVault,
) -> None:
    client_id = _client(vault)
    consent_id = _parent_consent(vault, client_id, frozenset({DataItem.NAME, DataItem.PHONE}))
    _parent_consent(vault, client_id, frozenset({DataItem.EMAIL}))  # no record rests on this one
    testimonial_consent = consents.ConsentDraft(
        ConsentKind.TESTIMONIAL, date(2026, 11, 2), ConsentMethod.FORM
    )
    consents.record_consent(vault, client_id=client_id, draft=testimonial_consent)
    testimonials.mark_testimonial(vault, client_id=client_id, text="話せてよかった")
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(consent_id))
    request = rights_requests.record_request(
        vault, client_id=client_id, kind=RequestKind.ERASE, received_on=TODAY
    )
    rights_requests.answer_request(
        vault,
        request_id=request.id,
        status=RequestStatus.ANSWERED,
        response="消去しました",
    )

    clients.erase_client(vault, client_id=client_id)

    kept = disclosures.list_log(vault)
    assert [(e.id, e.client_id, e.subject_name) for e in kept] == [(entry.id, None, "山田 花子")]
    assert _count(vault, Consent) == 1  # only the consent the kept record rests on
    assert _count(vault, models.Testimonial) == 0
    assert _count(vault, RightsRequest) == 1
    assert _actions(vault)[-1] == (
        "client.erased",
        {"notes": 0, "revisions": 0, "kept_disclosures": 1, "kept_books": 0},
    )
    _on(vault, date(2029, 11, 19))
    assert retention.purge_expired(vault) == 0
    _on(vault, date(2029, 11, 20))
    assert retention.purge_expired(vault) == 2
    assert (
        _count(vault, Disclosure),
        _count(vault, Consent),
        _count(vault, RightsRequest),
    ) == (0, 0, 0)
    assert _actions(vault)[-1] == ("disclosure.purged", {"records": 2})


def test_P_LAW_purge_leaves_records_of_clients_still_on_file(vault: OpenVault) -> None:
    client_id = _client(vault)
    disclosures.record_disclosure(
        vault,
        client_id=client_id,
        draft=_to_parent(None, basis=Basis.RIGHTS, justification="係争"),
    )
    _on(vault, date(2040, 1, 1))
    assert retention.purge_expired(vault) == 0


def test_P_LAW_retention_years_follow_settings_per_case(vault: OpenVault) -> None:
    from desktop.services import practice_settings

    settings = practice_settings.load(vault)
    practice_settings.save(vault, replace(settings, disclosure_retention_years=5))
    client_id = _client(vault)
    base = _to_parent(None, basis=Basis.RIGHTS, justification="係争")
    standard = disclosures.record_disclosure(vault, client_id=client_id, draft=base)
    contract = disclosures.record_disclosure(
        vault,
        client_id=client_id,
        draft=replace(base, retention_case=RetentionCase.CONTRACT),
    )
    assert (standard.retained_until, contract.retained_until) == (date(2031, 11, 20), date(2027, 11, 20))
    with pytest.raises(InvalidInput):
        practice_settings.save(vault, replace(settings, disclosure_retention_years=2))


def test_P_PURPOSE_testimonial_without_consent_is_refused(vault: OpenVault) -> None:
    client_id = _client(vault)
    with pytest.raises(PolicyRefusal) as refused:
        testimonials.mark_testimonial(vault, client_id=client_id, text="とても楽になりました")
    assert refused.value.rule == "P-PURPOSE"
    assert _count(vault, models.Testimonial) == 0


def test_intake_consent_overview(vault: OpenVault) -> None:
    client_id = _client(vault)
    assert not consents.overview(vault, client_id=client_id).intake_consent
    intake = consents.ConsentDraft(ConsentKind.SENSITIVE_DATA, date(2026, 11, 1), ConsentMethod.FORM)
    consents.record_consent(vault, client_id=client_id, draft=intake)
    overview = consents.overview(vault, client_id=client_id)
    assert overview.intake_consent
    assert [c.draft.kind for c in overview.consents] == [ConsentKind.SENSITIVE_DATA]


def test_requests_are_due_after_the_configured_days_and_refusals_need_a_reason(vault: OpenVault) -> None:
    client_id = _client(vault)
    request = rights_requests.record_request(
        vault,
        client_id=client_id,
        kind=RequestKind.SEE_PROVISION_RECORDS,
        received_on=TODAY,
    )
    assert request.due_on == date(2026, 12, 4)
    assert request.overdue_on(date(2026, 12, 5))
    with pytest.raises(PolicyRefusal):
        rights_requests.answer_request(
            vault, request_id=request.id, status=RequestStatus.REFUSED, response="お断りします"
        )
    answered = rights_requests.answer_request(
        vault, request_id=request.id, status=RequestStatus.ANSWERED, response="記録をお渡ししました"
    )
    assert answered.status is RequestStatus.ANSWERED
    assert answered.answered_on == TODAY  # the vault's day, not one the caller gives


def test_third_party_export_holds_only_the_disclosed_items_is_sealed_and_linked(
    vault: OpenVault, tmp_path: Path, qapp: object
) -> None:
    from desktop.views.disclosures.export_pdf import ExportPdf

    client_id = _client(vault)
    consent_id = _parent_consent(vault, client_id, frozenset({DataItem.NAME, DataItem.PHONE}))
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_to_parent(consent_id))
    assert [e.id for e in disclosures.awaiting_export(vault, client_id=client_id)] == [entry.id]
    third = third_party_export.gather(vault, disclosure_id=entry.id)
    disclosed = third.section("disclosed")
    assert disclosed is not None
    assert disclosed.entries[0].value("full_name") == "山田 花子"
    assert "occupation" not in {f.key for f in disclosed.entries[0].fields}  # not a disclosed item
    render = ExportPdf("そらくも").render
    target = tmp_path / "for-parent.pdf"
    with pytest.raises(InvalidInput):
        third_party_export.export_for_recipient(
            vault, disclosure_id=entry.id, path=target, fmt=ExportFormat.PDF, render=render, password="short"
        )
    assert not target.exists()
    third_party_export.export_for_recipient(
        vault,
        disclosure_id=entry.id,
        path=target,
        fmt=ExportFormat.PDF,
        render=render,
        password="correct horse battery",
    )
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert reader.decrypt("correct horse battery")
    text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))
    assert "山田花子" in text and "看護師" not in text
    action, detail = _actions(vault)[-1]
    assert action == "client.exported"
    assert {k: detail[k] for k in ("disclosure", "encrypted", "format", "recipient")} == {
        "disclosure": entry.id,
        "encrypted": True,
        "format": "pdf",
        "recipient": "third_party",
    }
    assert disclosures.awaiting_export(vault, client_id=client_id) == []
    with pytest.raises(PolicyRefusal):  # one disclosure record, one export
        third_party_export.gather(vault, disclosure_id=entry.id)
