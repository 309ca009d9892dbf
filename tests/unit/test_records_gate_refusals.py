"""One gate per act (issue 12): with its gate's check made to refuse, each writer refuses.

For every writer :data:`tests.unit.test_records_gates.WRITERS` lists, a case
names what makes its gate refuse (the policy check, the read-back of an export,
the seal or event a removal must leave) and how the writer is called. Refused,
the writer leaves the vault's rows, its audit trail and the disk as they were;
without the refusal the same call goes through, so the refusal was the gate's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop import models
from desktop.errors import PolicyRefusal
from desktop.models import AuditEvent, Consent, Disclosure
from desktop.policy import Verdict
from desktop.policy import disclosure as rules
from desktop.policy.disclosure import Basis, ConsentKind, ConsentMethod, DataItem, HandOver, Relation
from desktop.policy.money import PaymentMethod
from desktop.services import clients, consents, disclosures, retention, rights_requests, testimonials
from desktop.services.disclosures import DisclosureDraft
from desktop.services.money import income, payments, receipts
from desktop.services.records import (
    calendar_export,
    practice_export,
    record_exports,
    record_seals,
    subject_access,
    third_party_export,
)
from desktop.services.records.record_exports import ExportFormat
from desktop.vault.store import OpenVault
from desktop.views.money.receipt_pdf import render_receipt
from tests.helpers.clock import FakeClock
from tests.unit.test_records_gates import WRITERS


@pytest.fixture
def vault(open_vault: OpenVault) -> OpenVault:
    open_vault.time.clock = FakeClock(datetime(2026, 11, 20, 10, 0))
    return open_vault


class World:
    """A client with each kind of row, ready for every writer to act on."""

    def __init__(self, vault: OpenVault, folder: Path) -> None:
        self.vault = vault
        self.folder = folder
        draft = clients.ClientDraft(full_name="山田 花子", phone="055-123-4567", occupation="看護師")
        self.client_id = clients.create_client(vault, draft=draft).id
        self.consent_id = consents.record_consent(vault, client_id=self.client_id, draft=self.consent()).id
        testimonial = consents.ConsentDraft(ConsentKind.TESTIMONIAL, date(2026, 11, 2), ConsentMethod.FORM)
        consents.record_consent(vault, client_id=self.client_id, draft=testimonial)
        words = "楽になりました"
        self.testimonial_id = testimonials.mark_testimonial(vault, client_id=self.client_id, text=words).id
        self.disclosure_id = disclosures.record_disclosure(
            vault, client_id=self.client_id, draft=self.disclosure()
        ).id

    def consent(self) -> consents.ConsentDraft:
        return consents.ConsentDraft(
            ConsentKind.DISCLOSURE,
            date(2026, 11, 1),
            ConsentMethod.IN_PERSON,
            frozenset({Relation.FAMILY}),
            items=frozenset({DataItem.NAME, DataItem.PHONE}),
        )

    def disclosure(self) -> DisclosureDraft:
        return DisclosureDraft(
            disclosed_on=date(2026, 11, 10),
            recipient_name="山田 良子",
            relation=Relation.FAMILY,
            items=frozenset({DataItem.NAME, DataItem.PHONE}),
            basis=Basis.CONSENT,
            hand_over=HandOver.FILE,
            recipient_contact="090-0000-1111",
            consent_id=self.consent_id,
        )

    def payment(self) -> int:
        return payments.record_payment(
            self.vault, client_id=self.client_id, amount_yen=8800, method=PaymentMethod.CASH
        )

    def receipt(self) -> int:
        receipts.issue_receipt(
            self.vault,
            payment_id=self.payment(),
            addressee="山田 花子",
            path=self.folder.parent / "first.pdf",
            render=render_receipt,
        )
        return receipts.receipt_lines(self.vault)[0].receipt_id

    def in_session(self, act: Callable[[Any], object]) -> Callable[[], object]:
        def run() -> object:
            with self.vault.unit_of_work() as session:
                return act(session)

        return run

    def state(self) -> tuple[object, ...]:
        with self.vault.reading() as session:
            counts = tuple(
                session.scalar(select(func.count()).select_from(model))
                for model in (Consent, Disclosure, models.Testimonial, AuditEvent)
            )
            consent = session.get(Consent, self.consent_id)
            testimonial = session.get(models.Testimonial, self.testimonial_id)
            disclosure = session.get(Disclosure, self.disclosure_id)
            return (
                *counts,
                consent.withdrawn_on if consent else None,
                testimonial.taken_down_on if testimonial else None,
                disclosure.export_format if disclosure else None,
            )

    def files(self) -> list[Path]:
        return sorted(self.folder.iterdir())


def _refuse(*_args: object, **_kwargs: object) -> Verdict:
    return Verdict.refuse(rules.P_DISCLOSE, "refused by the test")


def _raise(*_args: object, **_kwargs: object) -> None:
    raise PolicyRefusal(rules.P_DISCLOSE, "refused by the test")


def _pdf(document: record_exports.ExportDocument) -> bytes:
    from desktop.views.disclosures.export_pdf import ExportPdf

    return ExportPdf("そらくも").render(document)


def _later(world: World) -> None:
    clock = world.vault.time.clock
    assert isinstance(clock, FakeClock)
    clock.set(datetime(2040, 1, 1, 10, 0))


NAME = "山田 花子"
ACCOUNTANT = income.AccountantProvision("税理士 田中", "055-000-1111", Basis.RIGHTS, justification="確定申告")


#: For each writer: what makes its gate refuse (module, attribute, replacement) and how to call it.
CASES: dict[str, tuple[tuple[object, str, object], Callable[[World], Callable[[], object]]]] = {
    "consents.add_consent": (
        (consents, "_validate", _raise),
        lambda w: w.in_session(lambda s: consents.add_consent(s, client_id=w.client_id, draft=w.consent())),
    ),
    "consents.record_consent": (
        (consents, "_validate", _raise),
        lambda w: lambda: consents.record_consent(w.vault, client_id=w.client_id, draft=w.consent()),
    ),
    "consents.withdraw_in": (
        (consents, "_check_withdrawal", _raise),
        lambda w: w.in_session(
            lambda s: consents.withdraw_in(s, consent_id=w.consent_id, withdrawn_on=date(2026, 11, 20))
        ),
    ),
    "consents.withdraw_consent": (
        (consents, "_check_withdrawal", _raise),
        lambda w: (
            lambda: consents.withdraw_consent(
                w.vault, consent_id=w.consent_id, withdrawn_on=date(2026, 11, 20)
            )
        ),
    ),
    "disclosures.add_disclosure": (
        (rules, "check_disclosure", _refuse),
        lambda w: w.in_session(
            lambda s: disclosures.add_disclosure(s, client_id=w.client_id, draft=w.disclosure())
        ),
    ),
    "disclosures.record_disclosure": (
        (rules, "check_disclosure", _refuse),
        lambda w: lambda: disclosures.record_disclosure(w.vault, client_id=w.client_id, draft=w.disclosure()),
    ),
    "disclosures.correct_disclosure": (
        (rules, "check_disclosure", _refuse),
        lambda w: (
            lambda: disclosures.correct_disclosure(
                w.vault, disclosure_id=w.disclosure_id, draft=w.disclosure(), reason="誤記"
            )
        ),
    ),
    "testimonials.add_testimonial": (
        (rules, "check_testimonial", _refuse),
        lambda w: w.in_session(
            lambda s: testimonials.add_testimonial(s, client_id=w.client_id, text="もう一つ")
        ),
    ),
    "testimonials.mark_testimonial": (
        (rules, "check_testimonial", _refuse),
        lambda w: lambda: testimonials.mark_testimonial(w.vault, client_id=w.client_id, text="もう一つ"),
    ),
    "retention.delete_disclosure": (
        (rules, "check_deletion", _refuse),
        lambda w: (_later(w), lambda: retention.delete_disclosure(w.vault, disclosure_id=w.disclosure_id))[1],
    ),
    # Removing rows (retention ended, erasure) and a take-down are the gates' own acts: each must
    # leave its seal or event, and refuses when that cannot be written.
    "retention.purge_expired": (
        (record_seals, "seal_removed", _raise),
        lambda w: (
            clients.erase_client(w.vault, client_id=w.client_id),
            _later(w),
            lambda: retention.purge_expired(w.vault),
        )[2],
    ),
    "retention.keep_on_erasure": (
        (record_seals, "seal", _raise),
        lambda w: w.in_session(lambda s: retention.keep_on_erasure(s, w.client_id)),
    ),
    "clients.erase_client": (
        (record_seals, "seal", _raise),
        lambda w: lambda: clients.erase_client(w.vault, client_id=w.client_id),
    ),
    "testimonials.take_down": (
        (testimonials.audit, "append", _raise),
        lambda w: lambda: testimonials.take_down(w.vault, testimonial_id=w.testimonial_id),
    ),
    # Exports: the read-back check refuses (a PDF that does not carry the gate's document).
    "records.subject_access.export_record": (
        (record_exports, "pdf_text", lambda _data: ""),
        lambda w: (
            lambda: subject_access.export_record(
                w.vault, client_id=w.client_id, path=w.folder / "own.pdf", fmt=ExportFormat.PDF, render=_pdf
            )
        ),
    ),
    "records.third_party_export.export_for_recipient": (
        (record_exports, "pdf_text", lambda _data: ""),
        lambda w: (
            lambda: third_party_export.export_for_recipient(
                w.vault,
                disclosure_id=w.disclosure_id,
                path=w.folder / "3p.pdf",
                fmt=ExportFormat.PDF,
                render=_pdf,
            )
        ),
    ),
    # These two draw no client record for anyone else; their bytes still reach disk only by the gate.
    "disclosures.save_annual_report": (
        (record_exports, "write_atomically", _raise),
        lambda w: (
            lambda: disclosures.save_annual_report(
                w.vault, year=2026, path=w.folder / "report.pdf", render=lambda _r: b"%PDF-1.4"
            )
        ),
    ),
    "rights_requests.save_provision_records": (
        (record_exports, "write_atomically", _raise),
        lambda w: (
            lambda: rights_requests.save_provision_records(
                w.vault, client_id=w.client_id, path=w.folder / "records.pdf", render=lambda _r: b"%PDF-1.4"
            )
        ),
    ),
    "records.calendar_export.export_bookings": (
        (record_exports, "write_atomically", _raise),
        lambda w: (
            lambda: calendar_export.export_bookings(
                w.vault,
                path=w.folder / "sessions.ics",
                provision=calendar_export.CalendarProvision(
                    "カレンダー", "cal@example.jp", Basis.RIGHTS, "確認のため"
                ),
            )
        ),
    ),
    "records.practice_export.export_practice": (
        (record_exports, "write_atomically", _raise),
        lambda w: lambda: practice_export.export_practice(w.vault, parent=w.folder),
    ),
    # A receipt is the client's own copy: drawn, read back and checked by the export gate.
    "money.receipts.issue_receipt": (
        (record_exports, "pdf_text", lambda _data: ""),
        lambda w: (
            lambda payment: (
                lambda: receipts.issue_receipt(
                    w.vault,
                    payment_id=payment,
                    addressee="山田 花子",
                    path=w.folder / "r.pdf",
                    render=render_receipt,
                )
            )
        )(w.payment()),
    ),
    "money.receipts.reissue_receipt": (
        (record_exports, "pdf_text", lambda _data: ""),
        lambda w: (
            lambda receipt: (
                lambda: receipts.reissue_receipt(
                    w.vault, receipt_id=receipt, path=w.folder / "again.pdf", render=render_receipt
                )
            )
        )(w.receipt()),
    ),
    # Names in the accountant's CSV are a disclosure: the disclosure gate refuses, nothing is written.
    "money.income.export_csv": (
        (rules, "check_disclosure", _refuse),
        lambda w: (
            w.payment(),
            lambda: income.export_csv(
                w.vault,
                year=2026,
                path=w.folder / "income.csv",
                names_for=ACCOUNTANT,
            ),
        )[1],
    ),
    "money.income.export_pdf": (
        (record_exports, "write_atomically", _raise),
        lambda w: (
            lambda: income.export_pdf(
                w.vault, year=2026, path=w.folder / "income.pdf", render=lambda _r: b"%PDF-1.4"
            )
        ),
    ),
    "records.record_exports.write": (
        (record_exports, "write_atomically", _raise),
        lambda w: lambda: record_exports.write(w.folder / "any.json", b"{}"),
    ),
}


def test_every_listed_writer_has_a_refusal_case() -> None:
    assert set(CASES) == {f"{m}.{f}" for m, f in WRITERS}


@pytest.mark.parametrize("writer", sorted(CASES))
def test_each_writer_refuses_when_its_gate_refuses_and_changes_nothing(
    writer: str, vault: OpenVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    world = World(vault, folder)
    (target, attribute, replacement), prepare = CASES[writer]
    call = prepare(world)
    before = world.state()
    assert hasattr(target, attribute), attribute
    monkeypatch.setattr(target, attribute, replacement)
    with pytest.raises(PolicyRefusal):
        call()
    monkeypatch.undo()
    assert world.state() == before
    assert world.files() == []
    call()  # without the refusal the same call goes through: the refusal was the gate's
    assert world.state() != before or world.files() != []
