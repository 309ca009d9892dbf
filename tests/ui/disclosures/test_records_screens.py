"""Issue 12 on screen: a consent's expiry, a disclosure recorded late, a testimonial taken down.

P-DISCLOSE: the consent dialog records the last day a consent holds when the
client limited it, and the consents tab shows it; a disclosure recorded after
its consent's withdrawal, though dated before it, is flagged in the log with
the withdrawal day. P-PURPOSE: a testimonial is taken down from the
Testimonials tab, dated and kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLabel, QTableView, QTabWidget
from pytestqt.qtbot import QtBot

from desktop.policy.disclosure import Basis, ConsentKind, ConsentMethod, DataItem, HandOver, Relation
from desktop.services import consents, disclosures, testimonials
from desktop.services.disclosures import DisclosureDraft
from desktop.vault.store import OpenVault
from desktop.views.disclosures.consent_dialog import ConsentDialog
from desktop.views.disclosures.disclosure_labels import short_date
from desktop.views.disclosures.disclosures_page import DisclosuresPage
from tests.helpers.records import NAME, SampleClient, add_sample_client, open_vault_for_views
from tests.ui.drive import SLOW_MS, child, click, tick


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[OpenVault]:
    yield from open_vault_for_views(tmp_path / "vault")


@pytest.fixture
def client(vault: OpenVault) -> SampleClient:
    return add_sample_client(vault)


def _page(qtbot: QtBot, vault: OpenVault) -> DisclosuresPage:
    page = DisclosuresPage()
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.set_vault(vault)
    return page


def _column(model: QAbstractItemModel, title: str) -> int:
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(title)


def test_P_DISCLOSE_the_consent_dialog_records_an_optional_last_day_and_the_tab_shows_it(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    last_day = vault.time.today() + timedelta(days=90)
    for limited in (False, True):
        dialog = ConsentDialog(vault, client.id, NAME)
        qtbot.addWidget(dialog)
        dialog.open()
        kind = child(dialog, QComboBox, "consentKindCombo")
        kind.setCurrentIndex(kind.findData(ConsentKind.DISCLOSURE.value))
        for box in ("consentRelationFamily", "consentItemName"):
            tick(qtbot, child(dialog, QAbstractButton, box))
        expires = child(dialog, QDateEdit, "consentExpiresEdit")
        assert not expires.isEnabled()  # optional: off until the client limited the consent
        if limited:
            tick(qtbot, child(dialog, QAbstractButton, "consentExpiresCheck"))
            assert expires.isEnabled()
            expires.setDate(QDate(last_day.year, last_day.month, last_day.day))
        with qtbot.waitSignal(dialog.recorded, timeout=SLOW_MS):
            click(qtbot, child(dialog, QAbstractButton, "recordConsentButton"))
    newest, first = consents.list_consents(vault, client_id=client.id)
    assert (first.draft.expires_on, newest.draft.expires_on) == (None, last_day)

    page = _page(qtbot, vault)
    table = child(page, QTableView, "consentTable").model()
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=SLOW_MS)
    holds = _column(table, "Holds until")
    shown = {table.index(row, 0).data(): table.index(row, holds).data() for row in range(2)}
    assert shown == {str(newest.id): short_date(last_day), str(first.id): ""}
    page.clear()


def test_P_DISCLOSE_a_disclosure_recorded_after_the_withdrawal_is_flagged_late_in_the_log(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    today = vault.time.today()
    consent = consents.record_consent(
        vault,
        client_id=client.id,
        draft=consents.ConsentDraft(
            ConsentKind.DISCLOSURE,
            today - timedelta(days=10),
            ConsentMethod.IN_PERSON,
            frozenset({Relation.FAMILY}),
            items=frozenset({DataItem.NAME}),
        ),
    )
    draft = DisclosureDraft(
        disclosed_on=today - timedelta(days=5),
        recipient_name="山田 良子",
        relation=Relation.FAMILY,
        items=frozenset({DataItem.NAME}),
        basis=Basis.CONSENT,
        hand_over=HandOver.PHONE,
        recipient_contact="090-0000-1111",
        consent_id=consent.id,
    )
    in_time = disclosures.record_disclosure(vault, client_id=client.id, draft=draft)
    consents.withdraw_consent(vault, consent_id=consent.id, withdrawn_on=today)
    late = disclosures.record_disclosure(vault, client_id=client.id, draft=draft)

    page = _page(qtbot, vault)
    log = child(page, QTableView, "disclosureLogTable").model()
    qtbot.waitUntil(lambda: log.rowCount() == 2, timeout=SLOW_MS)
    state = _column(log, "Record")
    date_column = _column(log, "Date")
    rows = {log.index(row, 0).data(): row for row in range(2)}
    flagged = log.index(rows[str(late.id)], state).data()
    assert flagged.startswith(f"Recorded late: consent withdrawn on {short_date(today)}")
    assert log.index(rows[str(late.id)], date_column).data() == short_date(draft.disclosed_on)  # both dates
    assert "Recorded late" not in log.index(rows[str(in_time.id)], state).data()
    page.clear()


def test_P_PURPOSE_a_testimonial_is_taken_down_from_the_testimonials_tab_and_kept(
    qtbot: QtBot, vault: OpenVault, client: SampleClient
) -> None:
    consents.record_consent(
        vault,
        client_id=client.id,
        draft=consents.ConsentDraft(ConsentKind.TESTIMONIAL, vault.time.today(), ConsentMethod.FORM),
    )
    marked = testimonials.mark_testimonial(vault, client_id=client.id, text="気持ちが軽くなりました。")
    page = _page(qtbot, vault)
    child(page, QTabWidget, "disclosureTabs").setCurrentIndex(3)
    table = child(page, QTableView, "testimonialTable")
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=SLOW_MS)
    status = child(page, QLabel, "disclosuresStatusLabel")
    click(qtbot, child(page, QAbstractButton, "takeDownTestimonialButton"))
    assert status.text() == "Choose the testimonial to take down."

    cell = table.visualRect(model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    click(qtbot, child(page, QAbstractButton, "takeDownTestimonialButton"))
    taken_down = _column(model, "Taken down")
    today = vault.time.today()
    qtbot.waitUntil(lambda: model.index(0, taken_down).data() == short_date(today), timeout=SLOW_MS)
    assert status.text() == f"Testimonial of {NAME} taken down on {short_date(today)}; it stays on record."
    [kept] = testimonials.list_testimonials(vault)
    assert (kept.id, kept.taken_down_on, kept.text) == (marked.id, today, "気持ちが軽くなりました。")
    page.clear()
