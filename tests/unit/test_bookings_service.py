"""Bookings through the services on a real encrypted vault: every rule and transition, allowed and refused."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select, text

from desktop.errors import InvalidSetting, PolicyRefusal
from desktop.models import AuditEvent, Booking, BookingCancellation, ConsultationNote, Emergency
from desktop.policy.bookings import (
    BookingStatus,
    CallMeans,
    CancelledBy,
    Channel,
    Point,
    PremeetReason,
    Requester,
    TravelMeans,
)
from desktop.policy.cancellation import FeeSchedule, FeeTier
from desktop.services import bookings, clients, consultation_notes, practice_settings
from desktop.services.bookings import BookingRefused, booking_lists, cancellation_fees, session_menu
from desktop.services.bookings.session_menu import MenuItemDraft
from desktop.services.clients import ClientDraft
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock

DAY = date(2026, 12, 2)  # a Wednesday
TWO_PM = time(14, 0)
START = datetime.combine(DAY, TWO_PM)


@pytest.fixture(autouse=True)
def clock(open_vault: OpenVault) -> FakeClock:
    """A week before the first session; tests move it to complete or cancel at a given moment."""
    fake = FakeClock(START - timedelta(days=7))
    open_vault.time.clock = fake
    return fake


@pytest.fixture
def client_id(open_vault: OpenVault) -> int:
    return clients.create_client(
        open_vault, draft=ClientDraft(full_name="山田 花子", name_reading="やまだ はなこ")
    ).id


@pytest.fixture
def in_person(open_vault: OpenVault) -> int:
    return session_menu.add_item(
        open_vault, draft=MenuItemDraft("対面カウンセリング", "in_person", 60, 8000)
    ).id


@pytest.fixture
def video(open_vault: OpenVault) -> int:
    return session_menu.add_item(
        open_vault, draft=MenuItemDraft("ビデオ通話カウンセリング", "online_video", 50, 7000)
    ).id


def _inquiry(vault: OpenVault, client_id: int, channel: Channel = Channel.PHONE, **kwargs: object) -> int:
    return bookings.create_booking(
        vault,
        client_id=client_id,
        requested_by=Requester.CLIENT,
        channel=channel,
        **kwargs,  # type: ignore[arg-type]
    ).id


def _negotiating(vault: OpenVault, client_id: int, channel: Channel = Channel.PHONE, **kwargs: object) -> int:
    booking_id = _inquiry(vault, client_id, channel, **kwargs)
    bookings.confirm_own_will(vault, booking_id=booking_id, channel=Channel.PHONE)
    bookings.start_negotiation(vault, booking_id=booking_id)
    return booking_id


def _confirmed(
    vault: OpenVault, client_id: int, menu_item_id: int, start: datetime = START, *, pickup: bool = True
) -> int:
    booking_id = _negotiating(vault, client_id)
    bookings.agree_date(vault, booking_id=booking_id, session_date=start.date())
    bookings.agree_start(vault, booking_id=booking_id, start_time=start.time())
    details = bookings.agree_menu_item(vault, booking_id=booking_id, menu_item_id=menu_item_id)
    if details.format is not None and details.format.online:
        bookings.agree_arrival(vault, booking_id=booking_id, call_means=CallMeans(details.format.value[7:]))
    else:
        bookings.agree_arrival(
            vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=pickup
        )
    return bookings.confirm_booking(vault, booking_id=booking_id).id


def _row(vault: OpenVault, booking_id: int) -> Booking:
    with vault.unit_of_work() as session:
        row = session.get(Booking, booking_id)
        assert row is not None
        return row


def _events(vault: OpenVault, prefix: str = "booking.") -> list[AuditEvent]:
    with vault.unit_of_work() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action.like(f"{prefix}%")).order_by(AuditEvent.id)
            )
        )


# --- P-WHO ---------------------------------------------------------------------------------


def test_p_who_proxy_booking_by_parent_of_high_school_student_is_refused(
    open_vault: OpenVault, client_id: int
) -> None:
    with pytest.raises(BookingRefused) as error:
        bookings.create_booking(
            open_vault,
            client_id=client_id,
            requested_by=Requester.OTHER,
            requester_relation="母親（高校生の娘のため）",
            channel=Channel.PHONE,
        )
    assert error.value.rule == "P-WHO"
    row = _row(open_vault, error.value.booking_id)
    assert row.status == "refused" and row.requested_by == "other"
    assert row.refusal_rule == "P-WHO" and "whatever the client's age" in row.refusal_reason
    assert row.requester_relation == "母親（高校生の娘のため）"
    (event,) = _events(open_vault, "booking.refused")
    assert event.entity_id == row.id and "母親" not in event.detail
    with pytest.raises(PolicyRefusal) as again:
        bookings.confirm_own_will(open_vault, booking_id=row.id, channel=Channel.PHONE)
    assert again.value.rule == "P-WHO"
    with pytest.raises(PolicyRefusal):
        bookings.start_negotiation(open_vault, booking_id=row.id)
    assert _row(open_vault, row.id).status == "refused"


def test_p_who_inquiry_does_not_leave_inquiry_before_own_will_is_confirmed(
    open_vault: OpenVault, client_id: int
) -> None:
    booking_id = _inquiry(open_vault, client_id)
    with pytest.raises(PolicyRefusal) as error:
        bookings.start_negotiation(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-WHO" and "own will" in str(error.value)
    assert _row(open_vault, booking_id).status == "inquiry"
    bookings.confirm_own_will(open_vault, booking_id=booking_id, channel=Channel.PHONE)
    details = bookings.start_negotiation(open_vault, booking_id=booking_id)
    assert details.status is BookingStatus.NEGOTIATING
    row = _row(open_vault, booking_id)
    assert (row.own_will_confirmed_at, row.own_will_channel) == (START - timedelta(days=7), "phone")


def test_p_confirm_points_cannot_be_agreed_in_the_inquiry_stage(
    open_vault: OpenVault, client_id: int
) -> None:
    booking_id = _inquiry(open_vault, client_id)
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    assert error.value.rule == "P-CONFIRM"
    assert _row(open_vault, booking_id).date_agreed_at is None


# --- P-CHANNEL -----------------------------------------------------------------------------


def test_p_channel_email_booking_without_the_form_facts_cannot_advance(
    open_vault: OpenVault, client_id: int
) -> None:
    booking_id = _inquiry(open_vault, client_id, Channel.EMAIL)
    bookings.confirm_own_will(open_vault, booking_id=booking_id, channel=Channel.EMAIL)
    with pytest.raises(PolicyRefusal) as error:
        bookings.start_negotiation(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-CHANNEL" and "website form" in str(error.value)
    bookings.record_channel_facts(
        open_vault,
        booking_id=booking_id,
        via_website_form=True,
        wish_to_book=True,
        form_consents_agreed=False,
    )
    with pytest.raises(PolicyRefusal) as consents:
        bookings.start_negotiation(open_vault, booking_id=booking_id)
    assert consents.value.rule == "P-CHANNEL" and "consent" in str(consents.value)
    assert _row(open_vault, booking_id).status == "inquiry"
    bookings.record_channel_facts(
        open_vault, booking_id=booking_id, via_website_form=True, wish_to_book=True, form_consents_agreed=True
    )
    assert bookings.start_negotiation(open_vault, booking_id=booking_id).status is BookingStatus.NEGOTIATING


# --- P-ROUNDTRIPS --------------------------------------------------------------------------


def _email_negotiating(vault: OpenVault, client_id: int) -> int:
    return _negotiating(
        vault, client_id, Channel.EMAIL, via_website_form=True, wish_to_book=True, form_consents_agreed=True
    )


def test_p_roundtrips_sixth_round_trip_blocked_with_phone_proposal(
    open_vault: OpenVault, client_id: int
) -> None:
    booking_id = _email_negotiating(open_vault, client_id)
    counts = [bookings.record_round_trip(open_vault, booking_id=booking_id) for _ in range(5)]
    assert [(c.count, c.limit) for c in counts] == [(n, 5) for n in range(1, 6)]
    assert [c.last for c in counts] == [False, False, False, False, True]  # the warning at the fifth
    sixth = bookings.record_round_trip(open_vault, booking_id=booking_id)  # it happened: it is counted
    assert sixth.over and _row(open_vault, booking_id).round_trips == 6
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    assert error.value.rule == "P-ROUNDTRIPS" and "by phone" in str(error.value)
    details = bookings.change_channel(open_vault, booking_id=booking_id, channel=Channel.PHONE)
    assert details.channel is Channel.PHONE
    assert bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY).checklist[0].agreed
    assert [e.action for e in _events(open_vault, "booking.round_trip")] == ["booking.round_trip"] * 6


def test_p_roundtrips_limit_comes_from_practice_settings(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _email_negotiating(open_vault, client_id)
    for _ in range(4):
        bookings.record_round_trip(open_vault, booking_id=booking_id)
    practice_settings.save(open_vault, replace(practice_settings.load(open_vault), round_trip_limit=3))
    assert bookings.open_booking(open_vault, booking_id=booking_id).round_trips.over
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    assert error.value.rule == "P-ROUNDTRIPS"


def test_p_roundtrips_are_counted_for_email_only(open_vault: OpenVault, client_id: int) -> None:
    booking_id = _negotiating(open_vault, client_id)
    with pytest.raises(PolicyRefusal) as error:
        bookings.record_round_trip(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-ROUNDTRIPS"


# --- P-PREMEET ----------------------------------------------------------------------------


def test_p_premeet_call_cut_short_is_logged_before_the_first_meeting_only(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    booking_id = _inquiry(open_vault, client_id)
    bookings.cut_call_short(open_vault, booking_id=booking_id, reason=PremeetReason.CONSULTATION_CONTENT)
    (event,) = _events(open_vault, "booking.call_cut_short")
    assert json.loads(event.detail)["reason"] == "consultation_content"
    done = _confirmed(open_vault, client_id, in_person)
    clock.set(START + timedelta(hours=1))
    bookings.complete_booking(open_vault, booking_id=done)
    with pytest.raises(PolicyRefusal) as error:
        bookings.cut_call_short(open_vault, booking_id=booking_id, reason=PremeetReason.INSUFFICIENT_INTENT)
    assert error.value.rule == "P-PREMEET"


def test_p_channel_facts_of_a_finished_booking_cannot_change(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    bookings.postpone_booking(open_vault, booking_id=booking_id)
    with pytest.raises(PolicyRefusal):
        bookings.record_channel_facts(
            open_vault,
            booking_id=booking_id,
            via_website_form=True,
            wish_to_book=True,
            form_consents_agreed=True,
        )


# --- P-CONFIRM -----------------------------------------------------------------------------


def test_p_confirm_confirmation_needs_all_four_points(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _negotiating(open_vault, client_id)
    bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    bookings.agree_start(open_vault, booking_id=booking_id, start_time=TWO_PM)
    bookings.agree_menu_item(open_vault, booking_id=booking_id, menu_item_id=in_person)
    with pytest.raises(PolicyRefusal) as error:
        bookings.confirm_booking(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-CONFIRM" and "How the client comes" in str(error.value)
    bookings.agree_arrival(
        open_vault, booking_id=booking_id, travel_means=TravelMeans.TRAIN, pickup_needed=True
    )
    details = bookings.confirm_booking(open_vault, booking_id=booking_id)
    assert details.status is BookingStatus.CONFIRMED and all(p.agreed for p in details.checklist)
    row = _row(open_vault, booking_id)
    assert (row.starts_at, row.ends_at) == (START, START + timedelta(minutes=60))
    assert (row.travel_means, row.pickup_needed, row.price_yen) == ("train", True, 8000)
    actions = [e.action for e in _events(open_vault)]
    assert actions.count("booking.point_agreed") == 4 and actions[-1] == "booking.confirmed"


def test_p_confirm_a_point_without_a_value_cannot_be_ticked(open_vault: OpenVault, client_id: int) -> None:
    booking_id = _negotiating(open_vault, client_id)
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_start(open_vault, booking_id=booking_id)
    assert error.value.rule == "P-CONFIRM" and "start time" in str(error.value)


def test_p_confirm_moving_a_confirmed_booking_unticks_and_demotes_it(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    details = bookings.move_booking(open_vault, booking_id=booking_id, start_time=time(16, 0))
    assert details.status is BookingStatus.NEGOTIATING
    assert {p.point for p in details.checklist if not p.agreed} == {Point.START}
    row = _row(open_vault, booking_id)
    assert row.status == "negotiating" and row.start_agreed_at is None and row.confirmed_at is None
    assert (
        row.date_agreed_at is not None
        and row.menu_agreed_at is not None
        and row.arrival_agreed_at is not None
    )
    assert row.starts_at == datetime.combine(DAY, time(16, 0))
    moved = _events(open_vault, "booking.moved")[-1]
    assert json.loads(moved.detail) == {"client": client_id, "demoted": True, "unticked": "start"}
    bookings.move_booking(open_vault, booking_id=booking_id, session_date=DAY + timedelta(days=1))
    assert _row(open_vault, booking_id).date_agreed_at is None
    bookings.agree_date(open_vault, booking_id=booking_id)
    bookings.agree_start(open_vault, booking_id=booking_id)
    assert bookings.confirm_booking(open_vault, booking_id=booking_id).status is BookingStatus.CONFIRMED


def test_p_confirm_agreeing_a_different_value_on_a_confirmed_booking_demotes_it(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    details = bookings.agree_arrival(
        open_vault, booking_id=booking_id, travel_means=TravelMeans.CAR, pickup_needed=False
    )
    assert details.status is BookingStatus.NEGOTIATING and all(p.agreed for p in details.checklist)


def test_p_confirm_proposing_other_travel_means_unticks_arrival_and_demotes(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    details = bookings.propose_arrival(
        open_vault, booking_id=booking_id, travel_means=TravelMeans.CAR, pickup_needed=False
    )
    assert details.status is BookingStatus.NEGOTIATING
    assert {p.point for p in details.checklist if not p.agreed} == {Point.ARRIVAL}
    row = _row(open_vault, booking_id)
    assert (row.travel_means, row.pickup_needed, row.arrival_agreed_at) == ("car", False, None)
    assert row.confirmed_at is None and row.date_agreed_at is not None
    moved = _events(open_vault, "booking.moved")[-1]
    assert json.loads(moved.detail) == {"client": client_id, "demoted": True, "unticked": "arrival"}
    same = bookings.propose_arrival(
        open_vault, booking_id=booking_id, travel_means=TravelMeans.CAR, pickup_needed=False
    )
    assert same.status is BookingStatus.NEGOTIATING
    assert _events(open_vault, "booking.moved")[-1].id == moved.id  # nothing changed, nothing logged


def test_p_format_proposing_pickup_for_an_online_session_stores_none(
    open_vault: OpenVault, client_id: int, video: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, video)
    bookings.propose_arrival(
        open_vault, booking_id=booking_id, call_means=CallMeans.PHONE, pickup_needed=True
    )
    row = _row(open_vault, booking_id)
    assert (row.pickup_needed, row.call_means, row.status) == (False, "phone", "negotiating")


def test_p_confirm_changing_to_an_online_session_unticks_menu_and_arrival(
    open_vault: OpenVault, client_id: int, in_person: int, video: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    details = bookings.move_booking(open_vault, booking_id=booking_id, menu_item_id=video)
    assert {p.point for p in details.checklist if not p.agreed} == {Point.MENU, Point.ARRIVAL}
    assert details.pickup_needed is None and details.travel_means is None
    assert details.ends_at == START + timedelta(minutes=50)


def test_p_confirm_online_booking_has_no_pickup(open_vault: OpenVault, client_id: int, video: int) -> None:
    booking_id = _negotiating(open_vault, client_id)
    bookings.agree_menu_item(open_vault, booking_id=booking_id, menu_item_id=video)
    with pytest.raises(PolicyRefusal) as error:
        bookings.agree_arrival(
            open_vault, booking_id=booking_id, call_means=CallMeans.VIDEO, pickup_needed=True
        )
    assert error.value.rule == "P-CONFIRM" and "pick-up" in str(error.value)
    with pytest.raises(PolicyRefusal):
        bookings.agree_arrival(open_vault, booking_id=booking_id, call_means=CallMeans.PHONE)
    bookings.agree_arrival(open_vault, booking_id=booking_id, call_means=CallMeans.VIDEO)
    bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    bookings.agree_start(open_vault, booking_id=booking_id, start_time=TWO_PM)
    bookings.confirm_booking(open_vault, booking_id=booking_id)
    row = _row(open_vault, booking_id)
    assert (row.pickup_needed, row.call_means, row.travel_means) == (False, "video", None)
    (entry,) = booking_lists.bookings_between(
        open_vault, start=START - timedelta(days=1), end=START + timedelta(days=1)
    )
    assert entry.pickup_needed is False
    text_ja = bookings.confirmation_message(open_vault, booking_id=booking_id)
    assert "ビデオ通話" in text_ja and "JR三島駅" not in text_ja


def test_p_confirm_confirmation_text_contains_the_four_points_in_japanese(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _negotiating(open_vault, client_id)
    with pytest.raises(PolicyRefusal):
        bookings.confirmation_message(open_vault, booking_id=booking_id)
    booking_id = _confirmed(open_vault, client_id, in_person, START + timedelta(days=7))
    message = bookings.confirmation_message(open_vault, booking_id=booking_id)
    for expected in (
        "2026年12月9日(水)",
        "14:00",
        "対面カウンセリング",
        "電車",
        "JR三島駅",
        "メンタル心理そらくも",
        "寺井",
    ):
        assert expected in message
    assert "山田 花子 様" in message
    english = bookings.confirmation_message(open_vault, booking_id=booking_id, language="en")
    assert "Wednesday, 9 December 2026" in english
    event = _events(open_vault, "booking.confirmation_text")[-1]
    assert "山田" not in event.detail


# --- P-FORMAT: no overlaps -----------------------------------------------------------------


def test_p_format_overlap_refused(open_vault: OpenVault, client_id: int, in_person: int) -> None:
    _confirmed(open_vault, client_id, in_person)
    other = clients.create_client(open_vault, draft=ClientDraft(full_name="佐藤 一郎")).id
    with pytest.raises(PolicyRefusal) as error:
        _inquiry(open_vault, other, session_date=DAY, start_time=time(14, 30), menu_item_id=in_person)
    assert error.value.rule == "P-FORMAT"
    booking_id = _negotiating(open_vault, other)
    bookings.agree_date(open_vault, booking_id=booking_id, session_date=DAY)
    with pytest.raises(PolicyRefusal) as moved:
        bookings.move_booking(open_vault, booking_id=booking_id, start_time=time(13, 30))
    assert moved.value.rule == "P-FORMAT"
    assert _row(open_vault, booking_id).start_time is None  # the refused move changed nothing


def test_p_format_buffer_respected(open_vault: OpenVault, client_id: int, in_person: int) -> None:
    _confirmed(open_vault, client_id, in_person)  # 14:00-15:00
    assert bookings.buffer_minutes(open_vault) == 15
    bookings.set_buffer_minutes(open_vault, minutes=30)
    with pytest.raises(PolicyRefusal):
        _inquiry(open_vault, client_id, session_date=DAY, start_time=time(15, 20), menu_item_id=in_person)
    booking_id = _inquiry(
        open_vault, client_id, session_date=DAY, start_time=time(15, 30), menu_item_id=in_person
    )
    assert _row(open_vault, booking_id).starts_at == datetime.combine(DAY, time(15, 30))
    with pytest.raises(InvalidSetting):
        bookings.set_buffer_minutes(open_vault, minutes=-1)


def test_p_format_cancelled_and_refused_bookings_free_their_slot(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    first = _confirmed(open_vault, client_id, in_person)
    bookings.cancel_booking(open_vault, booking_id=first, cancelled_by=CancelledBy.COUNSELLOR)
    assert _inquiry(open_vault, client_id, session_date=DAY, start_time=TWO_PM, menu_item_id=in_person)


def test_p_format_an_inquiry_with_a_time_holds_its_slot(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    _inquiry(open_vault, client_id, session_date=DAY, start_time=TWO_PM, menu_item_id=in_person)
    with pytest.raises(PolicyRefusal):
        _inquiry(open_vault, client_id, session_date=DAY, start_time=time(14, 30))


# --- completion, no-show, postponement -----------------------------------------------------


def test_p_confirm_completion_only_after_the_session_began(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    clock.set(START - timedelta(minutes=1))
    with pytest.raises(PolicyRefusal):
        bookings.complete_booking(open_vault, booking_id=booking_id)
    clock.set(START + timedelta(hours=1))
    details = bookings.complete_booking(open_vault, booking_id=booking_id)
    assert details.status is BookingStatus.COMPLETED
    with pytest.raises(PolicyRefusal) as error:
        bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    assert error.value.rule == "P-CANCEL"
    with pytest.raises(PolicyRefusal):
        bookings.move_booking(open_vault, booking_id=booking_id, start_time=time(9, 0))


def test_p_confirm_no_show_and_postpone(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    missed = _confirmed(open_vault, client_id, in_person)
    later = _confirmed(open_vault, client_id, in_person, START + timedelta(days=1))
    clock.set(START + timedelta(hours=2))
    assert bookings.mark_no_show(open_vault, booking_id=missed).status is BookingStatus.NO_SHOW
    assert bookings.postpone_booking(open_vault, booking_id=later).status is BookingStatus.POSTPONED
    with pytest.raises(PolicyRefusal):
        bookings.postpone_booking(open_vault, booking_id=_inquiry(open_vault, client_id))
    with pytest.raises(PolicyRefusal):
        bookings.complete_booking(open_vault, booking_id=later)
    assert {"booking.no_show", "booking.postponed"} <= {e.action for e in _events(open_vault)}


# --- P-CANCEL ------------------------------------------------------------------------------


@pytest.mark.parametrize(("hours", "fee"), [(96, 0), (48, 4000), (3, 8000)])
def test_p_cancel_cancellation_fee_by_tier(
    open_vault: OpenVault, client_id: int, in_person: int, hours: int, fee: int, clock: FakeClock
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    clock.set(START - timedelta(hours=hours))
    record = bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    assert (record.fee_yen, record.price_yen, record.notice_minutes) == (fee, 8000, hours * 60)
    with open_vault.unit_of_work() as session:
        stored = session.scalars(select(BookingCancellation)).one()
    assert (stored.booking_id, stored.cancelled_by, stored.fee_yen) == (booking_id, "client", fee)
    assert stored.cancelled_at == START - timedelta(hours=hours)
    assert _row(open_vault, booking_id).status == "cancelled"
    assert bookings.cancellation_of(open_vault, booking_id=booking_id) == record
    event = _events(open_vault, "booking.cancelled")[-1]
    assert json.loads(event.detail)["cancellation"] == record.id


def test_p_cancel_schedule_is_editable_and_used(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    assert cancellation_fees.load(open_vault) == FeeSchedule()
    saved = cancellation_fees.save(open_vault, FeeSchedule((FeeTier(0, 30), FeeTier(48, 10))))
    assert saved.tiers == (FeeTier(48, 10), FeeTier(0, 30))
    assert cancellation_fees.load(open_vault) == saved
    with pytest.raises(PolicyRefusal):
        cancellation_fees.save(open_vault, FeeSchedule((FeeTier(12, 30),)))
    booking_id = _confirmed(open_vault, client_id, in_person)
    clock.set(START - timedelta(hours=5))
    record = bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    assert (record.fee_percent, record.fee_yen) == (30, 2400)


def test_p_emergency_waives_the_fee_only_under_a_declaration_covering_the_day(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    clock.set(START - timedelta(hours=2))
    with pytest.raises(PolicyRefusal) as undeclared:
        bookings.cancel_booking(
            open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="emergency"
        )
    assert undeclared.value.rule == "P-EMERGENCY" and undeclared.value.args_ == ("2026-12-02",)
    assert _row(open_vault, booking_id).status == "confirmed"  # nothing of the refused step was kept
    emergency_id = _declare(open_vault, DAY + timedelta(days=1), DAY + timedelta(days=3))
    with pytest.raises(PolicyRefusal):  # a declaration for other days does not cover this one
        bookings.cancel_booking(
            open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="emergency"
        )
    covering = _declare(open_vault, DAY, DAY)
    record = bookings.cancel_booking(
        open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT, reason="emergency"
    )
    assert (record.fee_yen, record.fee_waived, record.reason) == (0, True, "emergency")
    assert record.emergency_id == covering != emergency_id
    second = _confirmed(open_vault, client_id, in_person, START + timedelta(days=1))
    with pytest.raises(PolicyRefusal) as error:
        bookings.cancel_booking(
            open_vault, booking_id=second, cancelled_by=CancelledBy.CLIENT, waive_fee=True
        )
    assert error.value.rule == "P-EMERGENCY"
    record = bookings.cancel_booking(
        open_vault, booking_id=second, cancelled_by=CancelledBy.CLIENT, waive_fee=True, reason="typhoon"
    )
    assert (record.fee_yen, record.fee_waived) == (0, True)


def _declare(vault: OpenVault, first_day: date, last_day: date) -> int:
    """A declaration stored as the emergency service stores it (that service owns the whole step)."""
    with vault.unit_of_work() as session:
        row = Emergency(
            kind="typhoon",
            issuing_body="静岡県",
            first_day=first_day,
            last_day=last_day,
            action="cancel",
            declared_at="2026-11-25T00:00:00+00:00",
        )
        session.add(row)
        session.flush()
        return row.id


# --- the client link and the calendar ------------------------------------------------------


def test_bookings_of_a_client_newest_first(open_vault: OpenVault, client_id: int, in_person: int) -> None:
    early = _confirmed(open_vault, client_id, in_person)
    late = _confirmed(open_vault, client_id, in_person, START + timedelta(days=14))
    open_one = _inquiry(open_vault, client_id)
    rows = booking_lists.bookings_of(open_vault, client_id=client_id)
    assert [r.id for r in rows] == [open_one, late, early]
    assert rows[1].menu_item_name == "対面カウンセリング" and rows[0].starts_at is None


def test_attach_note_only_to_a_completed_session_of_the_same_client(
    open_vault: OpenVault, client_id: int, in_person: int, clock: FakeClock
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    note = consultation_notes.add_note(
        open_vault, client_id=client_id, occurred_on=DAY, text="初回面談の記録"
    )
    with pytest.raises(PolicyRefusal) as error:
        bookings.attach_note(open_vault, note_id=note.id, booking_id=booking_id)
    assert "completed" in str(error.value)
    clock.set(START + timedelta(hours=1))
    bookings.complete_booking(open_vault, booking_id=booking_id)
    other = clients.create_client(open_vault, draft=ClientDraft(full_name="佐藤 一郎")).id
    other_note = consultation_notes.add_note(open_vault, client_id=other, occurred_on=DAY, text="別の方")
    with pytest.raises(PolicyRefusal):
        bookings.attach_note(open_vault, note_id=other_note.id, booking_id=booking_id)
    bookings.attach_note(open_vault, note_id=note.id, booking_id=booking_id)
    with open_vault.unit_of_work() as session:
        stored = session.get(ConsultationNote, note.id)
        assert stored is not None and stored.booking_id == booking_id
        session.execute(text("DELETE FROM bookings WHERE id = :id"), {"id": booking_id})
    with open_vault.unit_of_work() as session:
        stored = session.get(ConsultationNote, note.id)
        assert stored is not None and stored.booking_id is None  # ON DELETE SET NULL


def test_bookings_between_returns_the_week_in_time_order(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    monday = datetime(2026, 11, 30)
    inside = [_confirmed(open_vault, client_id, in_person, START + timedelta(days=d)) for d in (1, 0)]
    _confirmed(open_vault, client_id, in_person, START + timedelta(days=7))
    _inquiry(open_vault, client_id)  # no time: not on the calendar
    entries = booking_lists.bookings_between(open_vault, start=monday, end=monday + timedelta(days=7))
    assert [e.id for e in entries] == list(reversed(inside))
    assert entries[0].client_name == "山田 花子" and entries[0].pickup_needed is True
    assert entries[0].end - entries[0].start == timedelta(minutes=60)


def test_bookings_between_uses_the_start_time_index(open_vault: OpenVault) -> None:
    with open_vault.unit_of_work() as session:
        plan = " ".join(
            str(row[-1])
            for row in session.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM bookings WHERE starts_at >= :a AND starts_at < :b "
                    "AND ends_at > :a"
                ),
                {"a": "2026-11-30", "b": "2026-12-07"},
            )
        )
    assert "ix_bookings_starts_at" in plan


def test_erasing_a_client_removes_their_bookings_and_cancellations(
    open_vault: OpenVault, client_id: int, in_person: int
) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    bookings.cancel_booking(open_vault, booking_id=booking_id, cancelled_by=CancelledBy.CLIENT)
    clients.erase_client(open_vault, client_id=client_id)
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Booking)).all() == []
        assert session.scalars(select(BookingCancellation)).all() == []


def test_booking_audit_holds_ids_only(open_vault: OpenVault, client_id: int, in_person: int) -> None:
    booking_id = _confirmed(open_vault, client_id, in_person)
    bookings.move_booking(open_vault, booking_id=booking_id, start_time=time(16, 0))
    actions = {e.action for e in _events(open_vault)}
    assert {"booking.created", "booking.point_agreed", "booking.confirmed", "booking.moved"} <= actions
    for event in _events(open_vault):
        assert event.entity == "booking" and event.entity_id == booking_id
        assert "山田" not in event.detail and "対面" not in event.detail
