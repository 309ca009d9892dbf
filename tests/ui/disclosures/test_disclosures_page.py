"""The Disclosures & consents section, the client page's consents and the intake warning on new notes,
and the section's PDFs (provision records for a client, the annual report by basis) read back with pypdf."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import AuditEvent
from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
)
from desktop.services import consents, disclosures, rights_requests
from desktop.services.disclosures import DisclosureDraft
from desktop.vault.store import OpenVault
from desktop.views.clients.clients_page import ClientsPage
from desktop.views.common.preferences import Language
from desktop.views.common.translation import apply_language
from desktop.views.disclosures import disclosure_jobs
from desktop.views.disclosures.disclosure_pdf import AnnualReportPdf, ProvisionRecordsPdf
from desktop.views.disclosures.disclosures_page import DisclosuresPage
from tests.helpers.records import NAME, SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, type_text

PRACTICE = "メンタル心理そらくも"


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _court_disclosure(vault: OpenVault, client_id: int) -> int:
    draft = DisclosureDraft(
        disclosed_on=vault.time.today(),
        recipient_name="静岡地方裁判所",
        relation=Relation.COURT,
        items=frozenset({DataItem.NAME, DataItem.CONSULTATION}),
        basis=Basis.LAW,
        hand_over=HandOver.POST,
        recipient_contact="〒411-0000 静岡県三島市 民事部",
        justification="文書提出命令による",
        requesting_body="静岡地方裁判所",
        reference="令和8年(ワ)第12号",
    )
    return disclosures.record_disclosure(vault, client_id=client_id, draft=draft).id


def _open_only_client(qtbot: QtBot, page: ClientsPage) -> None:
    table = child(page, QTableView, "clientList")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=SLOW_MS)
    cell = table.visualRect(table.model().index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: child(page, QAbstractButton, "addNoteButton").isEnabled(), timeout=SLOW_MS)


def test_new_notes_warn_until_intake_consent_is_recorded(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    page = ClientsPage()
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.set_vault(vault)
    _open_only_client(qtbot, page)
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    intake = child(page, QLabel, "intakeConsentLabel")
    warning = child(page, QLabel, "intakeWarningLabel")
    qtbot.waitUntil(lambda: warning.isVisible(), timeout=SLOW_MS)
    assert intake.text() == "No intake consent to hold sensitive data is on record."

    click(qtbot, child(page, QAbstractButton, "addConsentButton"))
    dialog = child(page, QDialog, "consentDialog")
    kind = child(dialog, QComboBox, "consentKindCombo")
    kind.setCurrentIndex(kind.findData(ConsentKind.SENSITIVE_DATA.value))
    assert not child(dialog, QAbstractButton, "consentItemName").isVisible()  # only disclosures have items
    method = child(dialog, QComboBox, "consentMethodCombo")
    method.setCurrentIndex(method.findData(ConsentMethod.FORM.value))
    click(qtbot, child(dialog, QAbstractButton, "recordConsentButton"))
    qtbot.waitUntil(lambda: intake.text() == "Intake consent to hold sensitive data: given.", timeout=SLOW_MS)
    click(qtbot, child(page, QAbstractButton, "addNoteButton"))
    assert not warning.isVisible()
    [recorded] = consents.list_consents(vault, client_id=client.id)
    assert recorded.draft.kind is ConsentKind.SENSITIVE_DATA
    listed = child(page, QListWidget, "clientConsentList")
    assert listed.item(0).text().endswith("Holding sensitive data (intake) (Written form)")
    page.clear()


def test_section_lists_the_log_filtered_by_basis_with_consents_and_requests(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    disclosure_id = _court_disclosure(vault, client.id)
    rights_requests.record_request(
        vault, client_id=client.id, kind=RequestKind.SEE_PROVISION_RECORDS, received_on=vault.time.today()
    )
    page = DisclosuresPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    log = child(page, QTableView, "disclosureLogTable").model()
    requests = child(page, QTableView, "requestTable").model()
    qtbot.waitUntil(lambda: log.rowCount() == 1 and requests.rowCount() == 1, timeout=SLOW_MS)
    assert log.index(0, 0).data() == str(disclosure_id)
    assert log.index(0, 5).data() == "Required by law, requested by 静岡地方裁判所"
    assert requests.index(0, 4).data() == "See provision records"
    basis = child(page, QComboBox, "disclosureBasisFilter")
    basis.setCurrentIndex(basis.findData(Basis.CONSENT.value))
    qtbot.waitUntil(lambda: log.rowCount() == 0, timeout=SLOW_MS)
    basis.setCurrentIndex(0)
    qtbot.waitUntil(lambda: log.rowCount() == 1, timeout=SLOW_MS)
    click(qtbot, child(page, QAbstractButton, "newDisclosureButton"))
    assert (
        child(page, QLabel, "disclosuresStatusLabel").text()
        == "Choose the client first, in the Client field above."
    )
    type_text(qtbot, child(page, QLineEdit, "disclosureClientFilter"), NAME)
    qtbot.waitUntil(lambda: page.client_filter.client_id == client.id, timeout=SLOW_MS)
    assert child(page, QLabel, "disclosuresStatusLabel").text() == ""  # chosen: the sentence has gone
    click(qtbot, child(page, QAbstractButton, "newDisclosureButton"))
    dialog = child(page, QDialog, "disclosureDialog")
    assert dialog.isVisible()
    assert child(dialog, QLabel, "disclosureHeading").text() == f"Disclosure about {NAME}"
    dialog.reject()
    page.clear()
    assert log.rowCount() == 0


def _text(data: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return "".join("".join(p.extract_text().split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.JAPANESE])
def test_provision_records_and_annual_report_pdfs_hold_the_log(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path, language: Language
) -> None:
    disclosure_id = _court_disclosure(vault, client.id)
    apply_language(language)
    records = rights_requests.provision_records(vault, client_id=client.id)
    text = _text(ProvisionRecordsPdf(PRACTICE).render(records), tmp_path, "records.pdf")
    report = disclosures.annual_report(vault, year=vault.time.today().year)
    annual = _text(AnnualReportPdf(PRACTICE).render(report), tmp_path, "annual.pdf")
    for shown in (text, annual):
        assert "静岡地方裁判所" in shown
        assert "令和8年(ワ)第12号" in shown
    assert "".join(NAME.split()) in annual
    if language is Language.JAPANESE:
        assert "法令に基づく" in annual
        assert "提供記録" in text
    else:
        assert "Requiredbylaw1" in annual
        assert f"{disclosure_id}" in text


def test_annual_report_and_provision_records_are_saved_from_the_section_and_audited(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _court_disclosure(vault, client.id)
    rights_requests.record_request(
        vault, client_id=client.id, kind=RequestKind.SEE_PROVISION_RECORDS, received_on=vault.time.today()
    )
    targets = iter([tmp_path / "annual.pdf", tmp_path / "records.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(next(targets)), ""))
    page = DisclosuresPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    requests = child(page, QTableView, "requestTable")
    qtbot.waitUntil(lambda: requests.model().rowCount() == 1, timeout=SLOW_MS)
    status = child(page, QLabel, "disclosuresStatusLabel")
    click(qtbot, child(page, QAbstractButton, "annualReportButton"))
    qtbot.waitUntil(lambda: "annual.pdf" in status.text(), timeout=SLOW_MS)
    child(page, QTabWidget, "disclosureTabs").setCurrentIndex(2)
    requests.selectRow(0)
    click(qtbot, child(page, QAbstractButton, "provisionRecordsButton"))
    qtbot.waitUntil(lambda: "records.pdf" in status.text(), timeout=SLOW_MS)
    assert "静岡地方裁判所" in _text((tmp_path / "annual.pdf").read_bytes(), tmp_path, "a.pdf")
    assert "令和8年(ワ)第12号" in _text((tmp_path / "records.pdf").read_bytes(), tmp_path, "r.pdf")
    with vault.unit_of_work() as session:
        events = [(e.action, json.loads(e.detail)) for e in session.scalars(select(AuditEvent))]
    assert ("disclosure.report_saved", {"format": "pdf", "year": vault.time.today().year}) in events
    assert events[-1] == (
        "client.exported",
        {"content": "provision_records", "format": "pdf", "recipient": "data_subject"},
    )
    page.clear()


def test_the_consent_register_is_read_a_page_at_a_time_newest_first(qtbot: QtBot, vault: OpenVault) -> None:
    """One consent per client over a career: the section shows the newest at once, the rest as it scrolls."""
    total = disclosure_jobs.PAGE_SIZE + 30
    made = [add_sample_client(vault, name=f"同意 {number:03d}").id for number in range(total)]
    first_day = vault.time.today() - timedelta(days=total)
    for offset, client_id in enumerate(made):
        draft = consents.ConsentDraft(
            ConsentKind.SENSITIVE_DATA, first_day + timedelta(days=offset), ConsentMethod.FORM
        )
        consents.record_consent(vault, client_id=client_id, draft=draft)
    page = DisclosuresPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(vault)
    page.tabs.setCurrentIndex(1)
    table = child(page, QTableView, "consentTable")
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == disclosure_jobs.PAGE_SIZE, timeout=SLOW_MS)
    assert model.canFetchMore()
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=SLOW_MS)
    assert not model.canFetchMore()
    names = [model.index(row, 2).data() for row in (0, total - 1)]
    assert names == [f"同意 {total - 1:03d}", "同意 000"], "newest first, the oldest last"
