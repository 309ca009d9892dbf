"""Issue 12, records gate: exports built by the gate, disclosure rules, the clock, tamper evidence.

Each test carries the rule it proves (P-DISCLOSE, P-PURPOSE, P-LAW, P-SAFEGUARD).
"""

from __future__ import annotations

import ast
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import text

from desktop.errors import PolicyRefusal
from desktop.policy.disclosure import Basis, ConsentKind, ConsentMethod, DataItem, HandOver, Relation
from desktop.services import clients, consents, consultation_notes, disclosures, integrity, testimonials
from desktop.services.disclosures import DisclosureDraft
from desktop.services.records import subject_access, third_party_export
from desktop.services.records.record_exports import ExportDocument, ExportFormat
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def vault(open_vault: OpenVault) -> OpenVault:
    open_vault.time.clock = FakeClock(datetime(2026, 11, 20, 10, 0))
    return open_vault


def _client(vault: OpenVault) -> int:
    draft = clients.ClientDraft(
        full_name="山田 花子",
        name_reading="やまだ はなこ",
        phone="055-987-6543",
        occupation="看護師",
        address="静岡県三島市一番町1-1",
        email="hanako@example.jp",
    )
    return clients.create_client(vault, draft=draft).id


def _consent(vault: OpenVault, client_id: int, **changes: object) -> int:
    fields: dict[str, object] = {
        "kind": ConsentKind.DISCLOSURE,
        "given_on": date(2026, 11, 1),
        "method": ConsentMethod.IN_PERSON,
        "relations": frozenset({Relation.FAMILY}),
        "items": frozenset(DataItem),
    } | changes
    draft = consents.ConsentDraft(**fields)  # type: ignore[arg-type]
    return consents.record_consent(vault, client_id=client_id, draft=draft).id


def _draft(consent_id: int, **changes: object) -> DisclosureDraft:
    fields: dict[str, object] = {
        "disclosed_on": date(2026, 11, 10),
        "recipient_name": "山田 良子",
        "relation": Relation.FAMILY,
        "items": frozenset({DataItem.NAME, DataItem.PHONE}),
        "basis": Basis.CONSENT,
        "hand_over": HandOver.FILE,
        "recipient_contact": "090-0000-1111",
        "consent_id": consent_id,
    } | changes
    return DisclosureDraft(**fields)  # type: ignore[arg-type]


def test_P_DISCLOSE_a_disclosure_needs_the_recipients_contact(vault: OpenVault) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id)
    with pytest.raises(PolicyRefusal) as refused:
        disclosures.record_disclosure(
            vault, client_id=client_id, draft=_draft(consent_id, recipient_contact=" ")
        )
    assert refused.value.rule == "P-DISCLOSE"
    assert disclosures.list_log(vault) == []


def test_P_DISCLOSE_recorded_after_withdrawal_but_dated_before_is_kept_and_flagged_late(
    vault: OpenVault,
) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id)
    consents.withdraw_consent(vault, consent_id=consent_id, withdrawn_on=date(2026, 11, 15))
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    assert entry.draft.disclosed_on == date(2026, 11, 10)
    assert entry.late_after_withdrawal_on == date(2026, 11, 15)
    in_time = _consent(vault, client_id)
    assert (
        disclosures.record_disclosure(
            vault, client_id=client_id, draft=_draft(in_time)
        ).late_after_withdrawal_on
        is None
    )


def test_P_DISCLOSE_an_expired_consent_is_no_basis(vault: OpenVault) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id, expires_on=date(2026, 11, 5))
    with pytest.raises(PolicyRefusal) as refused:
        disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    assert refused.value.args_ == ("2026-11-05",)
    kept = disclosures.record_disclosure(
        vault, client_id=client_id, draft=_draft(consent_id, disclosed_on=date(2026, 11, 5))
    )
    assert kept.draft.consent_id == consent_id


def test_P_PURPOSE_withdrawing_a_testimonial_consent_lists_testimonials_to_take_down(
    vault: OpenVault,
) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id, kind=ConsentKind.TESTIMONIAL)
    first = testimonials.mark_testimonial(vault, client_id=client_id, text="気持ちが軽くなりました。")
    second = testimonials.mark_testimonial(vault, client_id=client_id, text="また相談したいです。")
    testimonials.take_down(vault, testimonial_id=second.id)
    withdrawal = consents.withdraw_consent(vault, consent_id=consent_id, withdrawn_on=date(2026, 11, 20))
    assert [t.id for t in withdrawal.take_down] == [first.id]
    with pytest.raises(PolicyRefusal) as refused:
        testimonials.mark_testimonial(vault, client_id=client_id, text="もう一つ")
    assert refused.value.rule == "P-PURPOSE"


def test_P_LAW_no_public_service_function_takes_the_day_from_its_caller() -> None:
    names = ("consents", "disclosures", "retention", "rights_requests", "testimonials", "subject_access")
    forbidden = {"now", "today", "marked_on", "answered_on", "at", "day"}
    for name in names:
        folder = "services/records" if name == "subject_access" else "services"
        tree = ast.parse((DESKTOP / folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                arguments = {a.arg for a in node.args.kwonlyargs + node.args.args}
                assert not arguments & forbidden, (name, node.name)


def _with_notes(vault: OpenVault, client_id: int) -> None:
    note = consultation_notes.add_note(
        vault, client_id=client_id, occurred_on=date(2026, 11, 2), text="古い版の記録"
    )
    consultation_notes.revise_note(vault, note_id=note.id, text="職場の人間関係について相談")


def _pdf_of(document: ExportDocument) -> bytes:
    from desktop.views.disclosures.export_pdf import ExportPdf

    return ExportPdf("そらくも").render(document)


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join((page.extract_text() or "") for page in PdfReader(path).pages))


def test_P_DISCLOSE_third_party_pdf_holds_exactly_the_two_named_items(
    vault: OpenVault, tmp_path: Path, qapp: object
) -> None:
    client_id = _client(vault)
    _with_notes(vault, client_id)
    consent_id = _consent(vault, client_id)
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    target = tmp_path / "for-parent.pdf"
    third_party_export.export_for_recipient(
        vault, disclosure_id=entry.id, path=target, fmt=ExportFormat.PDF, render=_pdf_of
    )
    written = _text(target).replace(" ", "")
    assert "山田花子" in written and "055-987-6543" in written
    for withheld in ("やまだ", "看護師", "三島市一番町", "hanako@example.jp", "職場の人間関係", "古い版"):
        assert withheld not in written, withheld


def test_P_DISCLOSE_a_renderer_that_adds_a_withheld_value_is_refused_and_nothing_written(
    vault: OpenVault, tmp_path: Path, qapp: object
) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id)
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    target = tmp_path / "leak.pdf"

    def leaky(document: ExportDocument) -> bytes:
        from dataclasses import replace

        from desktop.services.records.record_exports import Entry, Field, Section

        extra = Section("disclosed", (Entry((Field("occupation", "看護師"),)),))
        return _pdf_of(replace(document, sections=(*document.sections, extra)))

    with pytest.raises(PolicyRefusal):
        third_party_export.export_for_recipient(
            vault, disclosure_id=entry.id, path=target, fmt=ExportFormat.PDF, render=leaky
        )
    with pytest.raises(PolicyRefusal):
        third_party_export.export_for_recipient(
            vault, disclosure_id=entry.id, path=target, fmt=ExportFormat.PDF, render=lambda d: _blank_pdf()
        )
    assert not target.exists()


def _blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_P_LAW_the_clients_own_json_copy_holds_every_kind_of_data(vault: OpenVault, tmp_path: Path) -> None:
    client_id = _client(vault)
    _with_notes(vault, client_id)
    consent_id = _consent(vault, client_id)
    disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    target = tmp_path / "mine.json"
    subject_access.export_record(vault, client_id=client_id, path=target, fmt=ExportFormat.JSON)
    body = json.loads(target.read_text(encoding="utf-8"))
    for key in subject_access.SECTIONS:
        assert key in body, key
    assert body["client"][0]["name_reading"] == "やまだ はなこ"
    assert [r["text"] for r in body["consultation_notes"][0]["revisions"]] == [
        "古い版の記録",
        "職場の人間関係について相談",
    ]
    assert body["consents"][0]["id"] == consent_id
    assert body["disclosures"][0]["recipient_contact"] == "090-0000-1111"


def test_P_LAW_the_clients_own_pdf_copy_holds_every_revision(
    vault: OpenVault, tmp_path: Path, qapp: object
) -> None:
    client_id = _client(vault)
    _with_notes(vault, client_id)
    target = tmp_path / "mine.pdf"
    subject_access.export_record(
        vault, client_id=client_id, path=target, fmt=ExportFormat.PDF, render=_pdf_of
    )
    written = _text(target).replace(" ", "")
    for value in ("山田花子", "やまだはなこ", "古い版の記録", "職場の人間関係について相談", "看護師"):
        assert value in written, value


def test_P_SAFEGUARD_check_reports_a_consent_or_disclosure_row_changed_or_missing(vault: OpenVault) -> None:
    client_id = _client(vault)
    consent_id = _consent(vault, client_id)
    entry = disclosures.record_disclosure(vault, client_id=client_id, draft=_draft(consent_id))
    assert integrity.check_vault(vault).ok
    with vault.unit_of_work() as session:
        session.execute(text("UPDATE consents SET items = 'name' WHERE id = :id"), {"id": consent_id})
    report = integrity.check_vault(vault)
    assert not report.ok
    assert any(f"consent {consent_id}" in p for p in report.problems)
    with vault.unit_of_work() as session:
        session.execute(text("DELETE FROM disclosures WHERE id = :id"), {"id": entry.id})
    assert any(f"disclosure {entry.id} is missing" in p for p in integrity.check_vault(vault).problems)
