"""P-DISCLOSE end to end through the real widgets: consent → disclosure → export to a third party.

The counsellor records the client's consent, then, from the export dialog,
records a disclosure resting on it and exports the record for the recipient,
sealed with a password. The disclosure log, the audit trail and the PDF (read
back with pypdf after decrypting it) must tell the same story: the same record
number, basis, consent, recipient and items — and nothing the record does not name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent, Disclosure
from desktop.policy.disclosure import Basis, DataItem, HandOver
from desktop.services import disclosures
from desktop.vault.store import OpenVault
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_dialog import DisclosureDialog
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
from tests.helpers.records import NAME, SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, tick, type_into, type_text

PRACTICE = "メンタル心理そらくも"
RECIPIENT = "山田 良子"
PASSWORD = "sora-kumo-2026"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _record_parent_consent(qtbot: QtBot, vault: OpenVault, client_id: int) -> int:
    dialog = ConsentDialog(vault, client_id, NAME)
    qtbot.addWidget(dialog)
    dialog.open()
    for box in ("consentRelationFamily", "consentItemName", "consentItemPhone"):
        tick(qtbot, child(dialog, QAbstractButton, box))
    type_text(qtbot, child(dialog, QPlainTextEdit, "consentEvidenceEdit"), "同意書に署名")
    with qtbot.waitSignal(dialog.recorded, timeout=SLOW_MS) as recorded:
        click(qtbot, child(dialog, QAbstractButton, "recordConsentButton"))
    return int(recorded.args[0])


def _fill_disclosure(qtbot: QtBot, dialog: QWidget) -> None:
    type_into(qtbot, child(dialog, QLineEdit, "disclosureRecipientEdit"), RECIPIENT)
    type_into(qtbot, child(dialog, QLineEdit, "disclosureContactEdit"), "090-0000-1111")
    for box in ("disclosureItemName", "disclosureItemPhone"):
        tick(qtbot, child(dialog, QAbstractButton, box))


def _pdf_text(path: Path, password: str) -> str:
    reader = PdfReader(path)
    assert reader.is_encrypted
    assert reader.decrypt(password)
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def _events(vault: OpenVault) -> list[tuple[str, dict[str, object]]]:
    """Each event with its detail; a sealed row's digest is checked to be there, then set aside."""
    found = []
    with vault.unit_of_work() as session:
        for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
            detail = json.loads(event.detail)
            if event.action.startswith(("consent.", "disclosure.")):
                assert len(str(detail.pop("row_hash"))) == 64, event.action
                assert detail.pop("sealed") == event.action.split(".")[0]
            found.append((event.action, detail))
    return found


def test_P_DISCLOSE_consent_then_disclosure_then_sealed_export_agree_in_log_audit_and_pdf(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    consent_id = _record_parent_consent(qtbot, vault, client.id)

    export = SubjectAccessDialog(vault, client.id, PRACTICE)
    qtbot.addWidget(export)
    export.open()
    tick(qtbot, child(export, QAbstractButton, "exportForThirdPartyRadio"))
    records = child(export, QComboBox, "exportDisclosureCombo")
    qtbot.waitUntil(lambda: records.count() == 1 and records.currentData() is None, timeout=SLOW_MS)
    target = tmp_path / "for-parent.pdf"
    type_into(qtbot, child(export, QLineEdit, "exportPathEdit"), str(target))
    assert not child(export, QAbstractButton, "exportButton").isEnabled()  # no disclosure record yet

    click(qtbot, child(export, QAbstractButton, "recordExportDisclosureButton"))
    disclosure = export.findChild(DisclosureDialog, "disclosureDialog")
    assert disclosure is not None and disclosure.isVisible()
    consent_combo = child(disclosure, QComboBox, "disclosureConsentCombo")
    qtbot.waitUntil(lambda: consent_combo.currentData() == consent_id, timeout=SLOW_MS)
    hand_over = child(disclosure, QComboBox, "disclosureHandOverCombo")
    assert hand_over.currentData() == HandOver.FILE.value
    _fill_disclosure(qtbot, disclosure)
    with qtbot.waitSignal(disclosure.recorded, timeout=SLOW_MS) as recorded:
        click(qtbot, child(disclosure, QAbstractButton, "recordDisclosureButton"))
    disclosure_id = int(recorded.args[0])
    qtbot.waitUntil(lambda: records.currentData() == disclosure_id, timeout=SLOW_MS)

    tick(qtbot, child(export, QAbstractButton, "exportSealCheck"))
    type_text(qtbot, child(export, QLineEdit, "exportPasswordEdit"), PASSWORD)
    with qtbot.waitSignal(export.exported, timeout=SLOW_MS):
        click(qtbot, child(export, QAbstractButton, "exportButton"))
    assert str(disclosure_id) in child(export, QLabel, "exportStatusLabel").text()

    # The log: one record, on the client's consent, for the parent, two items, exported sealed.
    [entry] = disclosures.list_log(vault)
    assert entry.id == disclosure_id
    assert (entry.draft.basis, entry.draft.consent_id, entry.draft.recipient_name) == (
        Basis.CONSENT,
        consent_id,
        RECIPIENT,
    )
    assert entry.draft.items == frozenset({DataItem.NAME, DataItem.PHONE})
    assert (entry.export_format, entry.export_encrypted) == ("pdf", True)

    # The audit trail: the consent, the disclosure resting on it, the export naming the disclosure.
    events = _events(vault)
    assert ("consent.recorded", {"consent": consent_id, "kind": "disclosure"}) in events
    assert (
        "disclosure.recorded",
        {"basis": "consent", "consent": consent_id, "disclosure": disclosure_id},
    ) in events
    action, exported = events[-1]
    reference = exported.pop("reference")
    exported.pop("row_hash"), exported.pop("sealed")
    assert (action, exported) == (
        "client.exported",
        {"disclosure": disclosure_id, "encrypted": True, "format": "pdf", "recipient": "third_party"},
    )

    # The PDF: sealed; it names the same record, basis, consent and recipient, and only those items.
    text = _pdf_text(target, PASSWORD)
    for expected in (
        str(reference),
        f"Disclosurerecordno.{disclosure_id}",
        f"Consentno.{consent_id}",
        "Theclient'sconsent",
        "".join(RECIPIENT.split()),
        "".join(NAME.split()),
        "090-1234-5678",
    ):
        assert expected in text, expected
    for withheld in ("看護師", "hanako@example.jp", "静岡県三島市", "職場の人間関係"):
        assert withheld not in text, withheld
    assert PdfReader(target).is_encrypted


def test_P_DISCLOSE_law_without_requesting_body_is_refused_in_the_dialog_and_nothing_is_lost(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = DisclosureDialog(vault, client.id, NAME)
    qtbot.addWidget(dialog)
    dialog.open()
    _fill_disclosure(qtbot, dialog)
    basis = child(dialog, QComboBox, "disclosureBasisCombo")
    basis.setCurrentIndex(basis.findData(Basis.LAW))
    assert child(dialog, QLineEdit, "disclosureBodyEdit").isVisible()
    assert not child(dialog, QComboBox, "disclosureConsentCombo").isVisible()
    type_text(qtbot, child(dialog, QPlainTextEdit, "disclosureJustificationEdit"), "文書提出命令による")
    status = child(dialog, QLabel, "disclosureStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "recordDisclosureButton"))
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert status.text() == "Name the body that requested the information and the reference of its request."
    assert child(dialog, QLineEdit, "disclosureRecipientEdit").text() == RECIPIENT
    with vault.unit_of_work() as session:
        assert session.scalars(select(Disclosure)).all() == []


def test_P_DISCLOSE_parent_without_consent_is_refused_with_one_sentence(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    dialog = DisclosureDialog(vault, client.id, NAME)
    qtbot.addWidget(dialog)
    dialog.open()
    consent_combo = child(dialog, QComboBox, "disclosureConsentCombo")
    qtbot.waitUntil(lambda: consent_combo.count() == 1, timeout=SLOW_MS)
    _fill_disclosure(qtbot, dialog)
    status = child(dialog, QLabel, "disclosureStatusLabel")
    click(qtbot, child(dialog, QAbstractButton, "recordDisclosureButton"))
    qtbot.waitUntil(lambda: bool(status.text()), timeout=SLOW_MS)
    assert status.text().startswith("Nothing may be disclosed without a basis")
