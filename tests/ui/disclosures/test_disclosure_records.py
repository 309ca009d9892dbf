"""Correcting, withdrawing, answering and refusing through the dialogs: records are appended, never lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
    RequestStatus,
)
from desktop.services import consents, disclosures, rights_requests, testimonials
from desktop.services.disclosures import DisclosureDraft
from desktop.vault.store import OpenVault
from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
from desktop.views.disclosures.request_dialog import RequestDialog
from desktop.views.disclosures.testimonial_dialog import TestimonialDialog
from desktop.views.disclosures.withdrawal_dialog import WithdrawalDialog
from tests.helpers.records import NAME, SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_into, type_text


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def test_P_DISCLOSE_a_correction_is_appended_and_the_original_stays(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    original = disclosures.record_disclosure(
        vault,
        client_id=client.id,
        draft=DisclosureDraft(
            disclosed_on=vault.time.today(),
            recipient_name="三島中央クリニック",
            relation=Relation.MEDICAL,
            items=frozenset({DataItem.NAME}),
            basis=Basis.VITAL,
            hand_over=HandOver.PHONE,
            recipient_contact="055-900-1111",
            justification="急な体調悪化のため",
        ),
    )
    dialog = DisclosureDialog(vault, client.id, NAME, correcting=original)
    qtbot.addWidget(dialog)
    dialog.open()
    assert child(dialog, QLineEdit, "disclosureRecipientEdit").text() == "三島中央クリニック"
    tick_box = child(dialog, QAbstractButton, "disclosureItemConsultation")
    click(qtbot, tick_box)
    status = child(dialog, QLabel, "disclosureStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "recordDisclosureButton"))
    qtbot.waitUntil(lambda: status.text() == "Say what the correction corrects.", timeout=SLOW_MS)
    type_text(qtbot, child(dialog, QLineEdit, "disclosureReasonEdit"), "相談内容も伝えていた")
    with qtbot.waitSignal(dialog.recorded, timeout=SLOW_MS) as recorded:
        click(qtbot, child(dialog, QAbstractButton, "recordDisclosureButton"))
    history = disclosures.history(vault, disclosure_id=int(recorded.args[0]))
    assert [(e.id, e.draft.items) for e in history] == [
        (original.id, frozenset({DataItem.NAME})),
        (int(recorded.args[0]), frozenset({DataItem.NAME, DataItem.CONSULTATION})),
    ]
    assert history[1].correction_reason == "相談内容も伝えていた"


def test_P_DISCLOSE_withdrawal_is_dated_and_the_consent_stays(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    draft = consents.ConsentDraft(ConsentKind.TESTIMONIAL, date(2026, 1, 5), ConsentMethod.FORM)
    consent = consents.record_consent(vault, client_id=client.id, draft=draft)
    dialog = WithdrawalDialog(vault, consent)
    qtbot.addWidget(dialog)
    dialog.open()
    type_text(qtbot, child(dialog, QLineEdit, "withdrawalNoteEdit"), "電話で撤回")
    with qtbot.waitSignal(dialog.recorded, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "recordWithdrawalButton"))
    [kept] = consents.list_consents(vault, client_id=client.id)
    assert (kept.withdrawn_on, kept.withdrawal_note) == (vault.time.today(), "電話で撤回")


def test_P_PURPOSE_testimonial_without_consent_is_refused_and_the_text_stays(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = TestimonialDialog(vault, client.id, NAME)
    qtbot.addWidget(dialog)
    dialog.open()
    words = child(dialog, QPlainTextEdit, "testimonialTextEdit")
    type_text(qtbot, words, "気持ちが軽くなりました")
    status = child(dialog, QLabel, "testimonialStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "markTestimonialButton"))
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert status.text() == (
        "The client's consent to testimonials is not in force; under “Purposes of use of personal data” "
        "(improving the service, such as testimonials) their words cannot be used as one."
    )
    assert words.toPlainText() == "気持ちが軽くなりました"
    assert testimonials.list_testimonials(vault) == []


def test_P_LAW_a_refusal_needs_its_reason(qtbot: QtBot, vault: OpenVault, client: SampleClient) -> None:
    request = rights_requests.record_request(
        vault, client_id=client.id, kind=RequestKind.ERASE, received_on=vault.time.today()
    )
    dialog = RequestDialog(vault, client.id, NAME, answering=request)
    qtbot.addWidget(dialog)
    dialog.open()
    outcome = child(dialog, QComboBox, "requestStatusCombo")
    outcome.setCurrentIndex(outcome.findData(RequestStatus.REFUSED.value))
    type_text(
        qtbot, child(dialog, QPlainTextEdit, "requestResponseEdit"), "提供記録は保存期間中のため残します"
    )
    status = child(dialog, QLabel, "requestStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "saveRequestButton"))
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert status.text() == "A refusal needs its reason, as the client must be told it."
    type_into(qtbot, child(dialog, QPlainTextEdit, "requestRefusalEdit"), "法令上の保存義務")
    with qtbot.waitSignal(dialog.saved, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "saveRequestButton"))
    [answered] = rights_requests.list_requests(vault)
    assert (answered.status, answered.refusal_reason) == (RequestStatus.REFUSED, "法令上の保存義務")
