"""The booking rules as pure functions: P-FORMAT, P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-CONFIRM, P-CANCEL."""

from __future__ import annotations

import time as clock
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy import confirmation
from desktop.policy.bookings import (
    BookingFacts,
    BookingStatus,
    CallMeans,
    CancelledBy,
    Channel,
    Point,
    Requester,
    SessionFormat,
    TravelMeans,
    agreement,
)
from desktop.policy.cancellation import FeeSchedule, FeeTier

ALL_POINTS = frozenset(Point)
READY = BookingFacts(
    status=BookingStatus.NEGOTIATING,
    requested_by=Requester.CLIENT,
    channel=Channel.EMAIL,
    via_website_form=True,
    wish_to_book=True,
    form_consents_agreed=True,
    own_will_confirmed_at=datetime(2026, 11, 20, 10, 0),
    own_will_channel=Channel.PHONE,
    round_trips=3,
    agreed=ALL_POINTS,
)


# --- P-FORMAT ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["in_person", "online_phone", "online_video"])
def test_p_format_one_to_one_formats_are_allowed(value: str) -> None:
    assert rules.check_format(value).allowed


@pytest.mark.parametrize("value", ["group", "couple", "online_chat", ""])
def test_p_format_group_and_other_formats_are_refused(value: str) -> None:
    verdict = rules.check_format(value)
    assert not verdict.allowed and verdict.rule == "P-FORMAT"


def test_p_format_overlap_is_refused_and_names_the_other_session() -> None:
    other = [(datetime(2026, 12, 2, 14, 0), datetime(2026, 12, 2, 15, 0))]
    verdict = rules.check_no_overlap(datetime(2026, 12, 2, 14, 30), datetime(2026, 12, 2, 15, 30), other, 0)
    assert not verdict.allowed and verdict.rule == "P-FORMAT"
    assert "2026-12-02 14:00" in verdict.message()


def test_p_format_buffer_minutes_are_kept_between_sessions() -> None:
    other = [(datetime(2026, 12, 2, 14, 0), datetime(2026, 12, 2, 15, 0))]
    just_after = (datetime(2026, 12, 2, 15, 10), datetime(2026, 12, 2, 16, 10))
    assert not rules.check_no_overlap(*just_after, other, 15).allowed
    assert rules.check_no_overlap(*just_after, other, 10).allowed
    before = (datetime(2026, 12, 2, 12, 0), datetime(2026, 12, 2, 13, 45))
    assert rules.check_no_overlap(*before, other, 15).allowed
    assert not rules.check_no_overlap(*before, other, 16).allowed


def test_p_format_back_to_back_without_buffer_is_allowed() -> None:
    other = [(datetime(2026, 12, 2, 14, 0), datetime(2026, 12, 2, 15, 0))]
    assert rules.check_no_overlap(
        datetime(2026, 12, 2, 15, 0), datetime(2026, 12, 2, 16, 0), other, 0
    ).allowed


# --- P-WHO ---------------------------------------------------------------------------------


def test_p_who_request_by_the_client_is_allowed() -> None:
    assert rules.check_requester(Requester.CLIENT).allowed


def test_p_who_proxy_booking_by_parent_of_high_school_student_is_refused() -> None:
    verdict = rules.check_requester(Requester.OTHER)
    assert not verdict.allowed and verdict.rule == "P-WHO"
    assert "whatever the client's age" in verdict.reason


def test_p_who_inquiry_cannot_advance_without_own_will_confirmed() -> None:
    facts = replace(READY, status=BookingStatus.INQUIRY, own_will_confirmed_at=None, own_will_channel=None)
    verdict = rules.check_transition(facts, BookingStatus.NEGOTIATING, 5)
    assert not verdict.allowed and verdict.rule == "P-WHO"
    assert "own will" in verdict.reason


def test_p_who_own_will_needs_both_when_and_channel() -> None:
    assert not rules.check_own_will(replace(READY, own_will_channel=None)).allowed
    assert rules.check_own_will(READY).allowed


def test_p_who_other_requester_cannot_advance_even_with_own_will_recorded() -> None:
    facts = replace(READY, status=BookingStatus.INQUIRY, requested_by=Requester.OTHER)
    assert rules.check_transition(facts, BookingStatus.NEGOTIATING, 5).rule == "P-WHO"


# --- P-CHANNEL -----------------------------------------------------------------------------


def test_p_channel_phone_needs_no_form_facts() -> None:
    facts = replace(READY, channel=Channel.PHONE, via_website_form=False, wish_to_book=False)
    assert rules.check_channel(facts).allowed


@pytest.mark.parametrize(
    ("missing", "words"),
    [
        ("via_website_form", "website form"),
        ("wish_to_book", "wish to book"),
        ("form_consents_agreed", "consent"),
    ],
)
def test_p_channel_email_booking_without_the_form_facts_cannot_advance(missing: str, words: str) -> None:
    flags: dict[str, Any] = {missing: False}
    facts = replace(READY, status=BookingStatus.INQUIRY, **flags)
    verdict = rules.check_transition(facts, BookingStatus.NEGOTIATING, 5)
    assert not verdict.allowed and verdict.rule == "P-CHANNEL"
    assert words in verdict.reason
    confirm = rules.check_transition(
        replace(facts, status=BookingStatus.NEGOTIATING), BookingStatus.CONFIRMED, 5
    )
    assert confirm.rule == "P-CHANNEL" and not confirm.allowed


# --- P-ROUNDTRIPS --------------------------------------------------------------------------


def test_p_roundtrips_fifth_exchange_is_allowed_with_a_warning() -> None:
    assert rules.check_another_round_trip(replace(READY, round_trips=4), 5).allowed
    assert rules.RoundTrips(5, 5).last and not rules.RoundTrips(4, 5).last
    assert not rules.RoundTrips(5, 5).over


def test_p_roundtrips_sixth_round_trip_blocked_with_phone_proposal() -> None:
    verdict = rules.check_another_round_trip(replace(READY, round_trips=5), 5)
    assert not verdict.allowed and verdict.rule == "P-ROUNDTRIPS"
    assert "by phone" in verdict.message() and "5" in verdict.message()


def test_p_roundtrips_past_the_limit_an_email_booking_cannot_advance() -> None:
    facts = replace(READY, round_trips=6)
    verdict = rules.check_transition(facts, BookingStatus.CONFIRMED, 5)
    assert not verdict.allowed and verdict.rule == "P-ROUNDTRIPS"
    assert not rules.check_can_negotiate(facts, 5).allowed
    assert rules.check_transition(replace(facts, channel=Channel.PHONE), BookingStatus.CONFIRMED, 5).allowed


def test_p_roundtrips_phone_bookings_are_not_counted() -> None:
    verdict = rules.check_another_round_trip(replace(READY, channel=Channel.PHONE), 5)
    assert not verdict.allowed and verdict.rule == "P-ROUNDTRIPS"


# --- P-CONFIRM: the state machine ----------------------------------------------------------


def test_p_confirm_all_four_points_and_the_rules_allow_confirmation() -> None:
    assert rules.check_transition(READY, BookingStatus.CONFIRMED, 5).allowed


@pytest.mark.parametrize("missing", list(Point))
def test_p_confirm_each_missing_point_blocks_confirmation(missing: Point) -> None:
    verdict = rules.check_transition(
        replace(READY, agreed=ALL_POINTS - {missing}), BookingStatus.CONFIRMED, 5
    )
    assert not verdict.allowed and verdict.rule == "P-CONFIRM"
    assert verdict.reason == agreement._MISSING_POINT[missing]


ALLOWED = {
    (BookingStatus.INQUIRY, BookingStatus.NEGOTIATING),
    (BookingStatus.INQUIRY, BookingStatus.CANCELLED),
    (BookingStatus.NEGOTIATING, BookingStatus.CONFIRMED),
    (BookingStatus.NEGOTIATING, BookingStatus.CANCELLED),
    (BookingStatus.NEGOTIATING, BookingStatus.POSTPONED),
    (BookingStatus.CONFIRMED, BookingStatus.NEGOTIATING),
    (BookingStatus.CONFIRMED, BookingStatus.COMPLETED),
    (BookingStatus.CONFIRMED, BookingStatus.NO_SHOW),
    (BookingStatus.CONFIRMED, BookingStatus.CANCELLED),
    (BookingStatus.CONFIRMED, BookingStatus.POSTPONED),
}


@pytest.mark.parametrize("source", list(BookingStatus))
@pytest.mark.parametrize("target", list(BookingStatus))
def test_p_confirm_state_machine_allows_exactly_the_listed_transitions(
    source: BookingStatus, target: BookingStatus
) -> None:
    verdict = rules.check_transition(replace(READY, status=source), target, 5)
    assert verdict.allowed == ((source, target) in ALLOWED)
    if not verdict.allowed:
        assert verdict.rule == "P-CONFIRM" and verdict.reason


def test_p_confirm_completion_only_once_the_session_has_begun() -> None:
    start = datetime(2026, 12, 2, 14, 0)
    assert not rules.check_session_started(start, datetime(2026, 12, 2, 13, 59)).allowed
    assert rules.check_session_started(start, start).allowed
    assert not rules.check_session_started(None, start).allowed


def test_p_confirm_points_are_agreed_only_while_negotiating() -> None:
    assert rules.check_can_negotiate(READY, 5).allowed
    verdict = rules.check_can_negotiate(replace(READY, status=BookingStatus.INQUIRY), 5)
    assert not verdict.allowed and verdict.rule == "P-CONFIRM"


def test_p_confirm_moving_the_time_unticks_date_and_start_separately() -> None:
    same: dict[str, Any] = {
        "old_format": SessionFormat.IN_PERSON,
        "new_format": SessionFormat.IN_PERSON,
        "old_menu_item": 1,
        "new_menu_item": 1,
    }
    day = date(2026, 12, 2)
    later = rules.changed_points(old_date=day, new_date=day, old_start=time(14), new_start=time(15), **same)
    assert later == {Point.START}
    next_day = rules.changed_points(
        old_date=day,
        new_date=date(2026, 12, 3),
        old_start=time(14),
        new_start=time(14),
        **same,
    )
    assert next_day == {Point.DATE}


def test_p_confirm_changing_the_menu_unticks_point_four_only_when_the_format_changes() -> None:
    common: dict[str, Any] = {
        "old_date": None,
        "new_date": None,
        "old_start": None,
        "new_start": None,
        "old_menu_item": 1,
        "new_menu_item": 2,
    }
    same = rules.changed_points(
        old_format=SessionFormat.IN_PERSON, new_format=SessionFormat.IN_PERSON, **common
    )
    assert same == {Point.MENU}
    other = rules.changed_points(
        old_format=SessionFormat.IN_PERSON,
        new_format=SessionFormat.ONLINE_VIDEO,
        **common,
    )
    assert other == {Point.MENU, Point.ARRIVAL}


def test_p_confirm_online_booking_has_no_pickup() -> None:
    verdict = rules.check_point_value(
        Point.ARRIVAL,
        session_format=SessionFormat.ONLINE_VIDEO,
        has_value=True,
        call_means=CallMeans.VIDEO,
        pickup_needed=True,
    )
    assert not verdict.allowed and verdict.rule == "P-CONFIRM"
    assert "pick-up" in verdict.reason


def test_p_confirm_online_point_four_is_the_call_means_of_the_menu_item() -> None:
    phone: dict[str, Any] = {"session_format": SessionFormat.ONLINE_PHONE, "has_value": True}
    assert rules.check_point_value(Point.ARRIVAL, call_means=CallMeans.PHONE, **phone).allowed
    assert not rules.check_point_value(Point.ARRIVAL, call_means=CallMeans.VIDEO, **phone).allowed


def test_p_confirm_in_person_point_four_needs_travel_means_and_pickup_answer() -> None:
    kwargs: dict[str, Any] = {"session_format": SessionFormat.IN_PERSON, "has_value": True}
    assert not rules.check_point_value(Point.ARRIVAL, travel_means=TravelMeans.TRAIN, **kwargs).allowed
    assert rules.check_point_value(
        Point.ARRIVAL,
        travel_means=TravelMeans.TRAIN,
        pickup_needed=False,
        **kwargs,
    ).allowed
    assert not rules.check_point_value(Point.ARRIVAL, session_format=None, has_value=True).allowed


def test_p_confirm_a_point_without_value_cannot_be_ticked() -> None:
    verdict = rules.check_point_value(Point.DATE, session_format=None, has_value=False)
    assert not verdict.allowed and "date" in verdict.reason


def test_p_confirm_confirmation_text_contains_the_four_points_in_japanese() -> None:
    facts = confirmation.ConfirmationFacts(
        client_name="山田 花子",
        session_date=date(2026, 11, 25),
        start=time(14, 0),
        end=time(15, 0),
        menu_name="対面カウンセリング",
        duration_minutes=60,
        price_yen=8000,
        session_format=SessionFormat.IN_PERSON,
        travel_means=TravelMeans.TRAIN,
        pickup_needed=True,
        practice_name="メンタル心理そらくも",
        counsellor_name="寺井",
        pickup_station="JR三島駅",
    )
    text = confirmation.confirmation_text(facts)
    for expected in (
        "2026年11月25日(水)",
        "14:00",
        "対面カウンセリング",
        "電車",
        "JR三島駅",
        "寺井",
        "承りました",
    ):
        assert expected in text
    english = confirmation.confirmation_text(facts, "en")
    assert "Wednesday, 25 November 2026" in english and "pick you up at JR三島駅" in english
    online = confirmation.confirmation_text(
        replace(facts, session_format=SessionFormat.ONLINE_PHONE, pickup_needed=False)
    )
    assert "お電話" in online and "JR三島駅" not in online


def test_p_confirm_confirmation_text_states_the_price_and_the_end_time() -> None:
    facts = confirmation.ConfirmationFacts(
        client_name="山田 花子",
        session_date=date(2026, 12, 6),
        start=time(10, 0),
        end=time(10, 50),
        menu_name="オンライン面談（ビデオ）",
        duration_minutes=50,
        price_yen=6600,
        session_format=SessionFormat.ONLINE_VIDEO,
        travel_means=None,
        pickup_needed=False,
        practice_name="メンタル心理そらくも",
        counsellor_name="寺井",
        pickup_station="JR三島駅",
    )
    japanese = confirmation.confirmation_text(facts)
    assert "10:00〜10:50" in japanese and "6,600円" in japanese
    english = confirmation.confirmation_text(facts, "en")
    assert "10:00 to 10:50" in english and "6,600 yen" in english


def test_p_confirm_online_confirmation_does_not_speak_of_coming_to_the_office() -> None:
    base = dict(
        client_name="山田 花子",
        session_date=date(2026, 12, 6),
        start=time(10, 0),
        end=time(10, 50),
        menu_name="オンライン面談",
        duration_minutes=50,
        price_yen=6600,
        travel_means=None,
        pickup_needed=False,
        practice_name="メンタル心理そらくも",
        counsellor_name="寺井",
        pickup_station="JR三島駅",
    )
    for online in (SessionFormat.ONLINE_PHONE, SessionFormat.ONLINE_VIDEO):
        facts = confirmation.ConfirmationFacts(session_format=online, **base)  # type: ignore[arg-type]
        japanese = confirmation.confirmation_text(facts)
        english = confirmation.confirmation_text(facts, "en")
        for visit in ("お越し", "ご来談", "来訪", "お目にかかれ", "JR三島駅"):
            assert visit not in japanese
        for visit in ("How you come", "in person", "seeing you", "pick"):
            assert visit not in english
    in_person = confirmation.ConfirmationFacts(
        session_format=SessionFormat.IN_PERSON, **{**base, "travel_means": TravelMeans.CAR}  # type: ignore[arg-type]
    )
    assert "お越し" in confirmation.confirmation_text(in_person)


def test_p_roundtrips_counts_one_mail_each_way_as_one_round_trip() -> None:
    assert rules.round_trip_count(0, 0) == 0
    assert rules.round_trip_count(1, 1) == 1
    assert rules.round_trip_count(3, 2) == 3
    assert rules.round_trip_count(2, 4) == 4


def test_p_roundtrips_reagreeing_a_point_unticked_at_the_limit_is_the_phone_proposal() -> None:
    at_limit = replace(READY, round_trips=5)
    refused = rules.check_reagree_by_email(at_limit, 5, unticked_at=5)
    assert not refused.allowed and refused.rule == "P-ROUNDTRIPS" and "phone" in refused.reason
    assert rules.check_reagree_by_email(at_limit, 5, unticked_at=None).allowed
    assert rules.check_reagree_by_email(at_limit, 5, unticked_at=2).allowed
    assert rules.check_reagree_by_email(replace(at_limit, channel=Channel.PHONE), 5, unticked_at=5).allowed


def test_p_who_relation_only_when_someone_else_asked() -> None:
    assert not rules.check_relation(Requester.CLIENT, "母").allowed
    assert rules.check_relation(Requester.CLIENT, "  ").allowed
    assert rules.check_relation(Requester.OTHER, "母").allowed


# --- P-PREMEET ----------------------------------------------------------------------------


def test_p_premeet_applies_only_before_the_first_meeting() -> None:
    assert rules.check_premeet(False).allowed
    verdict = rules.check_premeet(True)
    assert not verdict.allowed and verdict.rule == "P-PREMEET"


# --- P-CANCEL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours_before", "percent", "fee"),
    [(100, 0, 0), (72, 0, 0), (71.9, 50, 4000), (24, 50, 4000), (23.5, 100, 8000), (-1, 100, 8000)],
)
def test_p_cancel_fee_by_tier(hours_before: float, percent: int, fee: int) -> None:
    start = datetime(2026, 12, 2, 14, 0)
    terms = fees.cancellation_terms(
        schedule=FeeSchedule(),
        status=BookingStatus.CONFIRMED,
        starts_at=start,
        cancelled_at=start - timedelta(hours=hours_before),
        price_yen=8000,
        cancelled_by=CancelledBy.CLIENT,
    )
    assert (terms.percent, terms.fee_yen, terms.waived) == (percent, fee, False)


def test_p_cancel_fee_is_rounded_down_to_whole_yen() -> None:
    schedule = FeeSchedule((FeeTier(0, 33),))
    terms = fees.cancellation_terms(
        schedule=schedule,
        status=BookingStatus.CONFIRMED,
        starts_at=datetime(2026, 12, 2, 14, 0),
        cancelled_at=datetime(2026, 12, 2, 13, 0),
        price_yen=1001,
        cancelled_by=CancelledBy.CLIENT,
    )
    assert terms.fee_yen == 330


@pytest.mark.parametrize(
    ("status", "by"),
    [(BookingStatus.NEGOTIATING, CancelledBy.CLIENT), (BookingStatus.CONFIRMED, CancelledBy.COUNSELLOR)],
)
def test_p_cancel_no_fee_unless_a_confirmed_booking_is_cancelled_by_the_client(
    status: BookingStatus, by: CancelledBy
) -> None:
    terms = fees.cancellation_terms(
        schedule=FeeSchedule(),
        status=status,
        starts_at=datetime(2026, 12, 2, 14, 0),
        cancelled_at=datetime(2026, 12, 2, 13, 0),
        price_yen=8000,
        cancelled_by=by,
    )
    assert terms.fee_yen == 0


def test_p_emergency_waives_the_fee() -> None:
    terms = fees.cancellation_terms(
        schedule=FeeSchedule(),
        status=BookingStatus.CONFIRMED,
        starts_at=datetime(2026, 12, 2, 14, 0),
        cancelled_at=datetime(2026, 12, 2, 13, 0),
        price_yen=8000,
        cancelled_by=CancelledBy.CLIENT,
        reason=rules.EMERGENCY_REASON,
    )
    assert (terms.fee_yen, terms.waived) == (0, True)


def test_p_emergency_waiver_needs_a_reason() -> None:
    verdict = fees.check_cancel(BookingStatus.CONFIRMED, reason="", waive_fee=True)
    assert not verdict.allowed and verdict.rule == "P-EMERGENCY"


@pytest.mark.parametrize("status", sorted(rules.TERMINAL_STATUSES))
def test_p_cancel_a_finished_booking_cannot_be_cancelled(status: BookingStatus) -> None:
    assert not fees.check_cancel(status, reason="", waive_fee=False).allowed


@pytest.mark.parametrize(
    "tiers",
    [
        (FeeTier(24, 50),),
        (FeeTier(0, 100), FeeTier(0, 50)),
        (FeeTier(0, 120),),
        (FeeTier(0, 50), FeeTier(-5, 0)),
    ],
)
def test_p_cancel_a_malformed_schedule_is_refused(tiers: tuple[FeeTier, ...]) -> None:
    assert not fees.check_fee_schedule(FeeSchedule(tiers)).allowed


# --- speed ---------------------------------------------------------------------------------


def test_policy_check_for_a_transition_takes_microseconds() -> None:
    runs = 2000
    began = clock.perf_counter()
    for _ in range(runs):
        rules.check_transition(READY, BookingStatus.CONFIRMED, 5)
    per_check = (clock.perf_counter() - began) / runs
    assert per_check < 100e-6
