"""P-ROUNDTRIPS counts itself across the inbox and the booking; one message cannot sink an import.

The client's mail imported while their email booking is open and each reply
the app hands to the mail program are exchanges of the negotiation, with no
button pressed: the booking's count moves as the mail flows. A message that
cannot be stored is reported by itself and the rest of the batch is kept.
"""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.mail.parse import MailProblem
from desktop.models import Message
from desktop.policy.afterfollow import ReplyTemplate
from desktop.policy.bookings import ExchangeSource
from desktop.services import bookings, clients
from desktop.services.bookings import session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.inbox import mail_import, replies
from desktop.vault.store import OpenVault
from tests.helpers.bookings import email_booking_in_negotiation
from tests.helpers.clock import FakeClock

HANAKO = "hanako@example.jp"
START = datetime.combine(date(2026, 12, 9), time(14))


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    fake = FakeClock(datetime(2026, 12, 1, 9))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def client_id(open_vault: OpenVault) -> int:
    draft = clients.ClientDraft(full_name="山田 花子", email=HANAKO)
    return clients.create_client(open_vault, draft=draft).id


def _email_booking(vault: OpenVault, client_id: int) -> int:
    menu = MenuItemDraft("対面カウンセリング", "in_person", 50, 8800)
    menu_id = session_menu.add_item(vault, draft=menu).id
    return email_booking_in_negotiation(vault, client_id, menu_id, START)


def _mail(folder: Path, number: int, sender: str = HANAKO) -> Path:
    path = folder / f"{number}.eml"
    path.write_bytes(
        (
            f"From: {sender}\r\nTo: office@sorakumo.example\r\nSubject: ご予約について {number}\r\n"
            f"Date: Tue, 1 Dec 2026 0{number}:00:00 +0900\r\nMessage-ID: <m{number}@example.jp>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n"
            f"日程のご相談です（{number}）。\r\n"
        ).encode()
    )
    return path


def _reply_to(vault: OpenVault, message_id: int) -> None:
    draft = replies.draft_reply(vault, message_id=message_id, template=ReplyTemplate.BOOKING_POINTS)
    replies.log_reply(vault, draft=draft, subject=draft.subject, text=draft.text)


def _exchanges(vault: OpenVault, client_id: int) -> int:
    with vault.reading() as session:
        return bookings.round_trips_of(session, client_id=client_id).count


def test_p_roundtrips_imported_mail_and_replies_count_without_a_button(
    open_vault: OpenVault, client_id: int, tmp_path: Path
) -> None:
    booking_id = _email_booking(open_vault, client_id)
    assert _exchanges(open_vault, client_id) == 0
    first = mail_import.import_files(open_vault, [_mail(tmp_path, 1)])
    assert _exchanges(open_vault, client_id) == 1
    _reply_to(open_vault, first.message_ids[0])
    assert _exchanges(open_vault, client_id) == 1  # one mail each way is one round trip
    again = mail_import.import_files(open_vault, [_mail(tmp_path, 1)])
    assert again.duplicates == 1 and _exchanges(open_vault, client_id) == 1  # counted once
    second = mail_import.import_files(open_vault, [_mail(tmp_path, 2)])
    _reply_to(open_vault, second.message_ids[0])
    assert _exchanges(open_vault, client_id) == 2
    details = bookings.open_booking(open_vault, booking_id=booking_id)
    assert details.round_trips.count == 2
    assert sorted(e.source for e in details.exchanges) == sorted(
        [ExchangeSource.MAIL_IN, ExchangeSource.REPLY] * 2
    )


def test_p_roundtrips_mail_with_no_open_email_booking_counts_nothing(
    open_vault: OpenVault, client_id: int, tmp_path: Path
) -> None:
    report = mail_import.import_files(open_vault, [_mail(tmp_path, 1)])
    assert report.imported == 1 and _exchanges(open_vault, client_id) == 0


def test_one_message_that_cannot_be_stored_does_not_sink_the_batch(
    open_vault: OpenVault, client_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_add = mail_import._Batch.add

    def add(self: mail_import._Batch, mail: object, now: str) -> Message:
        if "m2@example.jp" in getattr(mail, "message_id", ""):
            raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
        return real_add(self, mail, now)  # type: ignore[arg-type]

    monkeypatch.setattr(mail_import._Batch, "add", add)
    paths = [_mail(tmp_path, number) for number in (1, 2, 3)]
    report = mail_import.import_files(open_vault, paths)
    assert report.imported == 2 and report.refused == 1
    assert [p.reason for f in report.files for p in f.problems] == [MailProblem.NOT_STORED.value]
    with open_vault.reading() as session:
        subjects = sorted(session.scalars(select(Message.subject)))
        assert session.scalar(select(func.count()).select_from(Message)) == 2
    assert subjects == ["ご予約について 1", "ご予約について 3"]
