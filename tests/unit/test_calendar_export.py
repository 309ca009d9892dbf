"""Bookings as .ics for the counsellor's phone (P-DATA, P-DISCLOSE): no names by default, RFC 5545 form."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import PolicyRefusal
from desktop.models import AuditEvent, Disclosure
from desktop.policy.disclosure import Basis
from desktop.services import clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.records import calendar_export, record_seals
from desktop.services.records.calendar_export import CalendarProvision
from desktop.vault.store import OpenVault
from tests.helpers.bookings import confirmed_phone_booking, email_booking_in_negotiation
from tests.helpers.clock import FakeClock

NOW = datetime(2026, 12, 1, 9, 0)  # practice time, UTC+9
SESSION = datetime(2026, 12, 7, 10, 0)
NAMES = ("山田 花子", "佐藤 次郎")


@pytest.fixture
def practice(open_vault: OpenVault) -> OpenVault:
    open_vault.time.clock = FakeClock(NOW)
    menu = session_menu.add_item(
        open_vault, draft=MenuItemDraft("対面カウンセリング, 60分", "in_person", 60, 8000)
    ).id
    hanako = clients.create_client(
        open_vault, draft=clients.ClientDraft(NAMES[0], "ヤマダ ハナコ", mobile="090-1111-2222")
    ).id
    jiro = clients.create_client(open_vault, draft=clients.ClientDraft(NAMES[1], email="jiro@example.jp")).id
    confirmed_phone_booking(open_vault, hanako, menu, SESSION)
    email_booking_in_negotiation(open_vault, jiro, menu, SESSION + timedelta(days=1))
    return open_vault


def _unfolded(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def test_p_data_ics_without_names_holds_no_name_and_is_rfc5545(practice: OpenVault, tmp_path: Path) -> None:
    path = tmp_path / "sessions.ics"

    result = calendar_export.export_bookings(practice, path=path)

    data = path.read_bytes()
    assert result.events == 2 and result.disclosure_ids == ()
    for secret in (*NAMES, "山田", "ヤマダ", "ハナコ", "090-1111-2222", "jiro@example.jp"):
        assert secret.encode("utf-8") not in data
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    lines = _unfolded(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR" and "VERSION:2.0" in lines
    assert "DTSTART:20261207T010000Z" in lines and "DTEND:20261207T020000Z" in lines  # 10:00 in Tokyo
    assert "SUMMARY:対面カウンセリング\\, 60分" in lines
    assert [line for line in lines if line.startswith("STATUS:")] == ["STATUS:CONFIRMED", "STATUS:TENTATIVE"]
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 2 and all(re.fullmatch(r"UID:booking-\d+-\w+@sorakumo-desk", u) for u in uids)
    assert lines.count("DTSTAMP:20261201T000000Z") == 2
    with practice.reading() as session:
        assert session.scalars(select(Disclosure)).all() == []
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "bookings.calendar_exported")
        ).one()
        assert '"names": false' in event.detail


def test_p_disclose_ics_with_names_records_a_provision_for_each_client_first(
    practice: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "sessions.ics"
    provision = CalendarProvision(
        "クラウドカレンダー", "support@calendar.example", Basis.RIGHTS, "予約の見落としを防ぐため"
    )

    result = calendar_export.export_bookings(practice, path=path, provision=provision)

    lines = _unfolded(path.read_bytes())
    assert f"SUMMARY:対面カウンセリング\\, 60分 – {NAMES[0]}" in lines
    with practice.reading() as session:
        rows = session.scalars(select(Disclosure).order_by(Disclosure.id)).all()
        assert [r.subject_name for r in rows] == list(NAMES)
        assert {(r.items, r.basis, r.hand_over, r.export_format) for r in rows} == {
            ("name", "rights", "file", "ics")
        }
        assert [r.id for r in rows] == list(result.disclosure_ids)
        assert record_seals.problems(session) == []  # the rows changed by the export are sealed again
        actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    # Each provision is recorded (and marked as used by this export) before the export itself.
    assert actions[-5:] == [
        "disclosure.recorded",
        "client.exported",
        "disclosure.recorded",
        "client.exported",
        "bookings.calendar_exported",
    ]


def test_p_disclose_ics_with_names_on_consent_needs_each_clients_consent(
    practice: OpenVault, tmp_path: Path
) -> None:
    path = tmp_path / "sessions.ics"
    provision = CalendarProvision("クラウドカレンダー", "support@calendar.example", Basis.CONSENT)

    with pytest.raises(PolicyRefusal, match="Not every client in the calendar has consented"):
        calendar_export.export_bookings(practice, path=path, provision=provision)

    assert not path.exists()
    with practice.reading() as session:
        assert session.scalars(select(Disclosure)).all() == []


def test_p_data_folding_never_splits_a_character_and_escaping_covers_rfc5545_specials() -> None:
    line = "SUMMARY:" + calendar_export.escape_text("あ" * 40 + "; a,b\\c\nd")
    folded = calendar_export.fold(line)
    physical = folded.split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in physical) and all(p.startswith(b" ") for p in physical[1:])
    for part in physical:
        part.decode("utf-8")  # each physical line is whole characters
    assert folded.decode().replace("\r\n ", "").rstrip("\r\n").endswith("\\; a\\,b\\\\c\\nd")


def test_p_data_past_bookings_are_left_out(practice: OpenVault, tmp_path: Path) -> None:
    result = calendar_export.export_bookings(practice, path=tmp_path / "a.ics", since=date(2026, 12, 8))
    assert result.events == 1
