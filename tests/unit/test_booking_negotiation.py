"""Issue 12's booking rules at the service level: round trips that count themselves, P-WHO's relation
and earlier own-will confirmation, point 3 kept as agreed, the cancellation record, the stricter-only
settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desktop.errors import InvalidSetting, PolicyRefusal
from desktop.models import Booking, Message, Setting
from desktop.policy.bookings import (
    BookingStatus,
    CancelledBy,
    Channel,
    ExchangeSource,
    Requester,
    TravelMeans,
)
from desktop.services import bookings, clients, practice_settings
from desktop.services.bookings import booking_lists, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from tests.helpers.bookings import email_booking_in_negotiation
from tests.helpers.clock import FakeClock

DAY = date(2026, 12, 9)
START = datetime.combine(DAY, time(14))


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    fake = FakeClock(datetime(2026, 12, 1, 9))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def client_id(open_vault: OpenVault) -> int:
    return clients.create_client(open_vault, draft=ClientDraft(full_name="山田 花子")).id


@pytest.fixture
def menu_id(open_vault: OpenVault) -> int:
    return session_menu.add_item(
        open_vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 50, 8800)
    ).id


def _email_booking(vault: OpenVault, client_id: int, menu_id: int, start: datetime = START) -> int:
    return email_booking_in_negotiation(vault, client_id, menu_id, start)


def _message(vault: OpenVault, client_id: int, *, kind: str = "email", sent: datetime) -> int:
    with vault.unit_of_work() as session:
        row = Message(
            kind=kind,
            direction="in",
            client_id=client_id,
            thread_key=f"t{sent.isoformat()}",
            from_address="hanako@example.jp" if kind == "email" else "",
            sent_at=sent.astimezone(UTC).isoformat(),
            created_at=sent.astimezone(UTC).isoformat(),
        )
        session.add(row)
        session.flush()
        return row.id


def _count(vault: OpenVault, client_id: int, source: ExchangeSource, message_id: int | None = None) -> object:
    with vault.unit_of_work() as session:
        return bookings.count_exchange(session, client_id=client_id, source=source, message_id=message_id)


# --- P-ROUNDTRIPS -------------------------------------------------------------------------


def test_p_roundtrips_imported_mail_and_replies_count_themselves(
    open_vault: OpenVault, client_id: int, menu_id: int
) -> None:
    booking_id = _email_booking(open_vault, client_id, menu_id)
    assert _count(open_vault, client_id, ExchangeSource.MAIL_IN, 101).count == 1  # type: ignore[attr-defined]
    assert _count(open_vault, client_id, ExchangeSource.REPLY, 7).count == 1  # type: ignore[attr-defined]
    assert _count(open_vault, client_id, ExchangeSource.MAIL_IN, 102).count == 2  # type: ignore[attr-defined]
    assert _count(open_vault, client_id, ExchangeSource.MAIL_IN, 102).count == 2  # type: ignore[attr-defined]
    manual = bookings.record_round_trip(open_vault, booking_id=booking_id)  # a reply written outside the app
    assert (manual.count, manual.limit) == (2, 5)
    details = bookings.open_booking(open_vault, booking_id=booking_id)
    assert details.round_trips.count == 2
    assert [(e.source, e.reference) for e in details.exchanges] == [
        (ExchangeSource.MAIL_IN, 101),
        (ExchangeSource.REPLY, 7),
        (ExchangeSource.MAIL_IN, 102),
        (ExchangeSource.MANUAL, None),
    ]


def test_p_roundtrips_nothing_is_counted_without_an_open_email_booking(
    open_vault: OpenVault, client_id: int, menu_id: int
) -> None:
    assert _count(open_vault, client_id, ExchangeSource.MAIL_IN, 1) is None
    phone = bookings.create_booking(
        open_vault, client_id=client_id, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    assert _count(open_vault, client_id, ExchangeSource.REPLY, 2) is None
    with pytest.raises(PolicyRefusal) as error:
        bookings.record_round_trip(open_vault, booking_id=phone)
    assert error.value.rule == "P-ROUNDTRIPS"


def test_p_roundtrips_count_belongs_to_the_client_negotiation_not_one_booking(
    open_vault: OpenVault, client_id: int, menu_id: int
) -> None:
    first = _email_booking(open_vault, client_id, menu_id)
    for reference in range(3):
        _count(open_vault, client_id, ExchangeSource.REPLY, reference)
    bookings.cancel_booking(open_vault, booking_id=first, cancelled_by=CancelledBy.CLIENT)
    second = _email_booking(open_vault, client_id, menu_id, START + timedelta(days=1))
    assert bookings.open_booking(open_vault, booking_id=second).round_trips.count == 3
    for reference in range(3, 6):
        _count(open_vault, client_id, ExchangeSource.REPLY, reference)
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_date(open_vault, booking_id=second)
    assert error.value.rule == "P-ROUNDTRIPS" and "by phone" in str(error.value)


def _agree_all(vault: OpenVault, booking_id: int) -> None:
    bookings.agree_date(vault, booking_id=booking_id)
    bookings.agree_start(vault, booking_id=booking_id)
    bookings.agree_menu_item(vault, booking_id=booking_id)
    bookings.agree_arrival(vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=True)


def test_p_roundtrips_moved_booking_at_the_limit_is_not_re_agreed_by_email(
    open_vault: OpenVault, client_id: int, menu_id: int
) -> None:
    booking_id = _email_booking(open_vault, client_id, menu_id)
    for reference in range(5):
        _count(open_vault, client_id, ExchangeSource.MAIL_IN, reference)
        _count(open_vault, client_id, ExchangeSource.REPLY, reference)
    _agree_all(open_vault, booking_id)  # agreed in the fifth exchange: within the limit
    assert bookings.confirm_booking(open_vault, booking_id=booking_id).status is BookingStatus.CONFIRMED
    moved = bookings.move_booking(open_vault, booking_id=booking_id, start_time=time(16))
    assert moved.status is BookingStatus.NEGOTIATING and moved.round_trips.last
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_start(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-ROUNDTRIPS" and "by phone" in str(error.value)
    assert not bookings.open_booking(open_vault, booking_id=booking_id).checklist[1].agreed
    bookings.change_channel(open_vault, booking_id=booking_id, channel=Channel.PHONE)
    assert bookings.agree_start(open_vault, booking_id=booking_id).checklist[1].agreed
    assert bookings.confirm_booking(open_vault, booking_id=booking_id).status is BookingStatus.CONFIRMED


def test_p_roundtrips_a_held_session_starts_the_next_negotiation_at_zero(
    open_vault: OpenVault, client_id: int, menu_id: int, clock: FakeClock
) -> None:
    booking_id = _email_booking(open_vault, client_id, menu_id)
    for reference in range(4):
        _count(open_vault, client_id, ExchangeSource.REPLY, reference)
    _agree_all(open_vault, booking_id)
    bookings.confirm_booking(open_vault, booking_id=booking_id)
    clock.set(START + timedelta(hours=1))
    bookings.complete_booking(open_vault, booking_id=booking_id)
    clock.advance(days=1)
    later = _email_booking(open_vault, client_id, menu_id, START + timedelta(days=14))
    assert bookings.open_booking(open_vault, booking_id=later).round_trips.count == 0


def test_p_roundtrips_settings_may_lower_every_policy_number_never_loosen_it(open_vault: OpenVault) -> None:
    settings = practice_settings.load(open_vault)
    assert practice_settings.save(open_vault, replace(settings, round_trip_limit=3)).round_trip_limit == 3
    for looser in (
        replace(settings, round_trip_limit=6),
        replace(settings, disclosure_retention_years=2),
        replace(settings, contract_retention_years=0),
        replace(settings, request_due_days=15),
    ):
        with pytest.raises(InvalidSetting) as error:
            practice_settings.save(open_vault, looser)
        assert "never looser" in error.value.template
    stricter = replace(settings, disclosure_retention_years=5, request_due_days=10)
    assert practice_settings.save(open_vault, stricter).request_due_days == 10
    with open_vault.unit_of_work() as session:  # a value an older version let through reads as the policy's
        session.merge(Setting(key="round_trip_limit", value="8"))
    assert practice_settings.load(open_vault).round_trip_limit == 5


# --- P-WHO --------------------------------------------------------------------------------


def test_p_who_a_relation_for_the_clients_own_request_is_refused(
    open_vault: OpenVault, client_id: int
) -> None:
    with pytest.raises(PolicyRefusal) as error:
        bookings.create_booking(
            open_vault,
            client_id=client_id,
            requested_by=Requester.CLIENT,
            channel=Channel.PHONE,
            requester_relation="母",
        )
    assert error.value.rule == "P-WHO"
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Booking)).first() is None
    with pytest.raises(PolicyRefusal):
        bookings.create_booking(
            open_vault,
            client_id=client_id,
            requested_by=Requester.OTHER,
            channel=Channel.PHONE,
            requester_relation="母",
        )
    with open_vault.unit_of_work() as session:
        kept = session.scalars(select(Booking)).one()
        assert (kept.status, kept.requester_relation) == ("refused", "母")


def test_p_who_own_will_confirmed_at_the_time_of_a_named_call(open_vault: OpenVault, client_id: int) -> None:
    booking_id = bookings.create_booking(
        open_vault, client_id=client_id, requested_by=Requester.CLIENT, channel=Channel.EMAIL
    ).id
    call = _message(open_vault, client_id, kind="call", sent=datetime(2026, 11, 28, 10, 30, tzinfo=UTC))
    details = bookings.confirm_own_will(
        open_vault, booking_id=booking_id, channel=Channel.EMAIL, message_id=call
    )
    assert details.own_will_confirmed_at == datetime(2026, 11, 28, 19, 30)  # the practice's Tokyo time
    assert details.own_will_channel is Channel.PHONE  # the call's channel, not the one passed
    other = clients.create_client(open_vault, draft=ClientDraft(full_name="佐藤 一郎")).id
    theirs = _message(open_vault, other, sent=datetime(2026, 11, 29, 1, 0, tzinfo=UTC))
    with pytest.raises(PolicyRefusal) as error:
        bookings.confirm_own_will(open_vault, booking_id=booking_id, channel=Channel.EMAIL, message_id=theirs)
    assert error.value.rule == "P-WHO"
    assert bookings.open_booking(open_vault, booking_id=booking_id).own_will_confirmed_at == datetime(
        2026, 11, 28, 19, 30
    )


# --- P-CONFIRM point 3 ----------------------------------------------------------------------


def test_p_confirm_renaming_a_menu_item_changes_no_booking_or_confirmation(
    open_vault: OpenVault, client_id: int, menu_id: int
) -> None:
    booking_id = bookings.create_booking(
        open_vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=DAY,
        start_time=time(14),
        menu_item_id=menu_id,
    ).id
    bookings.confirm_own_will(open_vault, booking_id=booking_id, channel=Channel.PHONE)
    bookings.start_negotiation(open_vault, booking_id=booking_id)
    _agree_all(open_vault, booking_id)
    bookings.confirm_booking(open_vault, booking_id=booking_id)
    session_menu.edit_item(
        open_vault, item_id=menu_id, draft=MenuItemDraft("個人セッション（新料金）", "in_person", 90, 12000)
    )
    details = bookings.open_booking(open_vault, booking_id=booking_id)
    assert (details.session_name, details.duration_minutes, details.price_yen) == (
        "対面カウンセリング",
        50,
        8800,
    )
    text = bookings.confirmation_message(open_vault, booking_id=booking_id)
    assert "対面カウンセリング（50分、8,800円）" in text and "14:00〜14:50" in text
    assert "新料金" not in text and "12,000" not in text
    [summary] = booking_lists.bookings_of(open_vault, client_id=client_id)
    assert summary.menu_item_name == "対面カウンセリング"


# --- P-CANCEL -----------------------------------------------------------------------------


def test_p_cancel_a_cancelled_booking_carries_its_record_wherever_it_is_read(
    open_vault: OpenVault, client_id: int, menu_id: int, clock: FakeClock
) -> None:
    booking_id = bookings.create_booking(
        open_vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=DAY,
        start_time=time(14),
        menu_item_id=menu_id,
    ).id
    bookings.confirm_own_will(open_vault, booking_id=booking_id, channel=Channel.PHONE)
    bookings.start_negotiation(open_vault, booking_id=booking_id)
    _agree_all(open_vault, booking_id)
    bookings.confirm_booking(open_vault, booking_id=booking_id)
    clock.set(START - timedelta(hours=30))
    record = bookings.cancel_booking(
        open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="体調不良"
    )
    assert (record.cancelled_at, record.notice_minutes, record.fee_yen) == (
        START - timedelta(hours=30),
        30 * 60,
        4400,
    )
    assert bookings.open_booking(open_vault, booking_id=booking_id).cancellation == record
    [summary] = booking_lists.bookings_of(open_vault, client_id=client_id)
    assert summary.cancellation == record
