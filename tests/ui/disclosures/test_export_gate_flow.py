"""P-DISCLOSE / P-LAW through the export dialog, end to end, read back with pypdf.

A third party's copy: the client gave consent, the counsellor recorded a
disclosure naming two items (name and telephone); the dialog writes the PDF
and it holds exactly those two items' values and none of the client's others.
The client's own copy: written through the same dialog, it holds every kind of
data the vault keeps about them — details, notes with every revision,
bookings with their cancellation, mail with its attachments listed, addresses,
contacts, consents, disclosures, requests and testimonials.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models import MessageAttachment
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.bookings import CancelledBy
from desktop.policy.disclosure import (
    Basis,
    ConsentKind,
    ConsentMethod,
    DataItem,
    HandOver,
    Relation,
    RequestKind,
)
from desktop.services import bookings, consents, contacts, disclosures, rights_requests, testimonials
from desktop.services.disclosures import DisclosureDraft
from desktop.services.inbox import senders
from desktop.services.records import subject_access
from desktop.vault.store import OpenVault
from desktop.views.disclosures.subject_access_dialog import SubjectAccessDialog
from tests.helpers import followup
from tests.helpers.records import (
    FIRST_NOTE,
    NAME,
    READING,
    REVISION_SUFFIX,
    SECOND_NOTE,
    SampleClient,
    add_sample_client,
    open_vault_for_views,
)
from tests.ui.drive import SLOW_MS, child, click, tick, type_into

PRACTICE = "メンタル心理そらくも"
#: The sample client's values outside the two disclosed items (name, telephone).
WITHHELD = (
    "".join(READING.split()),
    "411-0036",
    "静岡県三島市一番町1-2",
    "1988-04-02",
    "看護師",
    "hanako@example.jp",
    "初回は緊張していた様子",
    FIRST_NOTE,
    REVISION_SUFFIX,
    SECOND_NOTE,
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(path).pages))


def _consent_and_disclosure(vault: OpenVault, client_id: int) -> int:
    today = vault.time.today()
    consent = consents.record_consent(
        vault,
        client_id=client_id,
        draft=consents.ConsentDraft(
            ConsentKind.DISCLOSURE,
            today,
            ConsentMethod.IN_PERSON,
            frozenset({Relation.FAMILY}),
            items=frozenset(DataItem),
            evidence="同意書に署名",
        ),
    )
    draft = DisclosureDraft(
        disclosed_on=today,
        recipient_name="山田 良子",
        relation=Relation.FAMILY,
        items=frozenset({DataItem.NAME, DataItem.PHONE}),
        basis=Basis.CONSENT,
        hand_over=HandOver.FILE,
        recipient_contact="090-0000-1111",
        consent_id=consent.id,
    )
    return disclosures.record_disclosure(vault, client_id=client_id, draft=draft).id


def _open(qtbot: QtBot, vault: OpenVault, client_id: int) -> SubjectAccessDialog:
    dialog = SubjectAccessDialog(vault, client_id, PRACTICE)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def _export(qtbot: QtBot, dialog: SubjectAccessDialog, target: Path) -> None:
    type_into(qtbot, child(dialog, QLineEdit, "exportPathEdit"), str(target))
    with qtbot.waitSignal(dialog.exported, timeout=SLOW_MS):
        click(qtbot, child(dialog, QAbstractButton, "exportButton"))


def test_P_DISCLOSE_third_party_pdf_from_the_dialog_holds_exactly_the_two_named_items(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    disclosure_id = _consent_and_disclosure(vault, client.id)
    dialog = _open(qtbot, vault, client.id)
    tick(qtbot, child(dialog, QAbstractButton, "exportForThirdPartyRadio"))
    records = child(dialog, QComboBox, "exportDisclosureCombo")
    qtbot.waitUntil(lambda: records.findData(disclosure_id) >= 0, timeout=SLOW_MS)
    records.setCurrentIndex(records.findData(disclosure_id))
    target = tmp_path / "for-family.pdf"
    _export(qtbot, dialog, target)

    text = _text(target)
    for shown in ("".join(NAME.split()), "055-987-6543", "090-1234-5678"):
        assert shown in text, shown
    for withheld in WITHHELD:
        assert "".join(withheld.split()) not in text, withheld
    [entry] = disclosures.list_log(vault)
    assert entry.export_format == "pdf" and not entry.export_encrypted


def _every_kind_of_data(vault: OpenVault, client_id: int) -> None:
    """Bookings (one cancelled), mail with an attachment and its address, a contact, consent,
    disclosure, request and testimonial: each kind the client's own copy must hold."""
    menu = followup.menu_item(vault, "in_person")
    start = datetime.combine(vault.time.today() + timedelta(days=9), datetime.min.time()).replace(hour=10)
    booking_id = followup.confirmed_booking(vault, client_id, menu, start)
    bookings.cancel_booking(
        vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="体調不良のため"
    )
    message_id = followup.add_message(
        vault,
        client_id=None,
        subject="予約の件",
        body="来週の予約を取り消したいです。",
        from_address="hana@example.net",
    )
    with vault.unit_of_work() as session:
        session.add(
            MessageAttachment(
                message_id=message_id,
                filename="問診票.pdf",
                content_type="application/pdf",
                size=3,
                data=b"abc",
            )
        )
    senders.link_sender(vault, message_id=message_id, client_id=client_id)
    contacts.log_contact(
        vault,
        client_id=client_id,
        basis="reply",
        channel="email",
        template=ReplyTemplate.BOOKING_POINTS,
        reply_to_message_id=message_id,
        note="返信済み",
    )
    _consent_and_disclosure(vault, client_id)
    rights_requests.record_request(
        vault,
        client_id=client_id,
        kind=RequestKind.SEE_DATA,
        received_on=vault.time.today(),
        details="記録の開示",
    )
    consents.record_consent(
        vault,
        client_id=client_id,
        draft=consents.ConsentDraft(ConsentKind.TESTIMONIAL, vault.time.today(), ConsentMethod.FORM),
    )
    testimonials.mark_testimonial(vault, client_id=client_id, text="話せて気持ちが軽くなりました。")


def test_P_LAW_the_clients_own_copy_from_the_dialog_holds_each_kind_of_data(
    qtbot: QtBot, vault: OpenVault, client: SampleClient, tmp_path: Path
) -> None:
    _every_kind_of_data(vault, client.id)
    dialog = _open(qtbot, vault, client.id)
    tick(qtbot, child(dialog, QAbstractButton, "exportJsonRadio"))
    _export(qtbot, dialog, tmp_path / "mine.json")
    body = json.loads((tmp_path / "mine.json").read_text("utf-8"))
    for key in subject_access.SECTIONS:
        assert body[key], key  # every kind present, none empty
    assert body["client"][0]["name_reading"] == READING
    assert [r["text"] for r in body["consultation_notes"][0]["revisions"]] == [
        FIRST_NOTE,
        FIRST_NOTE + REVISION_SUFFIX,
    ]
    assert body["bookings"][0]["cancellation"][0]["reason"] == "体調不良のため"
    assert body["messages"][0]["attachments"][0]["filename"] == "問診票.pdf"
    assert "data" not in body["messages"][0]["attachments"][0]  # listed, not copied
    assert {a["address"] for a in body["addresses"]} == {"hana@example.net"}
    assert {c["kind"] for c in body["consents"]} == {"disclosure", "testimonial"}
    assert body["disclosures"][0]["recipient_contact"] == "090-0000-1111"
    assert body["requests"][0]["details"] == "記録の開示"
    assert body["testimonials"][0]["text"] == "話せて気持ちが軽くなりました。"
    assert body["contacts"][0]["note"] == "返信済み"

    tick(qtbot, child(dialog, QAbstractButton, "exportPdfRadio"))
    _export(qtbot, dialog, tmp_path / "mine.pdf")
    text = _text(tmp_path / "mine.pdf")
    for value in (
        "".join(NAME.split()),
        "".join(READING.split()),
        "看護師",
        FIRST_NOTE,
        REVISION_SUFFIX,
        SECOND_NOTE,
        "体調不良のため",
        "予約の件",
        "問診票.pdf",
        "hana@example.net",
        "返信済み",
        "同意書に署名",
        "090-0000-1111",
        "記録の開示",
        "話せて気持ちが軽くなりました。",
    ):
        assert value in text, value
