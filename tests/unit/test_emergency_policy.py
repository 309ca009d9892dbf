"""P-EMERGENCY: declarations, the bookings they reach, and the ready message."""

from __future__ import annotations

from datetime import date, time

import pytest

from desktop.policy import emergency as rules
from desktop.policy.bookings import BookingStatus, CancelledBy
from desktop.policy.cancellation import FeeSchedule, cancellation_terms
from desktop.policy.emergency import EmergencyAction, EmergencyKind, NoticeFacts

D1, D3 = date(2026, 9, 1), date(2026, 9, 3)


def test_p_emergency_declaration_needs_kind_body_and_period() -> None:
    assert rules.check_declaration("typhoon", "気象庁", D1, D3).allowed
    assert not rules.check_declaration("rain", "気象庁", D1, D3).allowed
    assert not rules.check_declaration("typhoon", "  ", D1, D3).allowed
    assert not rules.check_declaration("typhoon", "気象庁", D3, D1).allowed
    assert not rules.check_declaration("epidemic", "x" * (rules.ISSUER_MAX + 1), D1, D3).allowed
    far = date(2027, 9, 2)
    verdict = rules.check_declaration("epidemic", "厚生労働省", D1, far)
    assert not verdict.allowed and verdict.rule == "P-EMERGENCY"


def test_p_emergency_kinds_are_the_policys() -> None:
    assert {k.value for k in EmergencyKind} == {
        "typhoon",
        "earthquake",
        "epidemic",
        "terrorism",
        "conflict",
        "other",
    }
    assert set(rules.KIND_LABELS) == set(EmergencyKind)


@pytest.mark.parametrize(
    ("status", "day", "expected"),
    [
        (BookingStatus.CONFIRMED, D1, True),
        (BookingStatus.NEGOTIATING, D3, True),
        (BookingStatus.INQUIRY, date(2026, 9, 2), True),
        (BookingStatus.CONFIRMED, date(2026, 9, 4), False),
        (BookingStatus.COMPLETED, D1, False),
        (BookingStatus.CANCELLED, D1, False),
        (BookingStatus.INQUIRY, None, False),
    ],
)
def test_p_emergency_live_bookings_in_the_period_are_affected(
    status: BookingStatus, day: date | None, expected: bool
) -> None:
    assert rules.is_affected(status, day, D1, D3) is expected


def test_p_emergency_reason_zeroes_the_fee_of_a_confirmed_booking() -> None:
    from datetime import datetime

    terms = cancellation_terms(
        schedule=FeeSchedule(),
        status=BookingStatus.CONFIRMED,
        starts_at=datetime(2026, 9, 1, 10, 0),
        cancelled_at=datetime(2026, 9, 1, 8, 0),
        price_yen=12000,
        cancelled_by=CancelledBy.COUNSELLOR,
        reason=rules.CANCEL_REASON,
    )
    assert terms.fee_yen == 0 and terms.waived


@pytest.mark.parametrize("action", list(EmergencyAction))
def test_p_emergency_notice_says_no_fee_in_both_languages(action: EmergencyAction) -> None:
    facts = NoticeFacts(
        client_name="山田 花子",
        sessions=((date(2026, 9, 2), time(14, 0)), (date(2026, 9, 9), None)),
        kind=EmergencyKind.TYPHOON,
        issuing_body="気象庁",
        action=action,
        practice_name="メンタル心理そらくも",
        counsellor_name="寺井",
    )
    ja = rules.notice_text(facts, "ja")
    assert ja.startswith("山田 花子 様\n")
    assert "2026年9月2日(水) 14:00" in ja and "気象庁" in ja and "台風" in ja
    assert "2026年9月9日(水)（時刻未定）" in ja  # an inquiry with a day only is named too
    assert "キャンセル料はいただきません。" in ja
    assert ("キャンセル" if action is EmergencyAction.CANCEL else "延期") in ja.split("\n")[3]
    en = rules.notice_text(facts, "en")
    assert "Wednesday, 2 September 2026 at 14:00" in en and "No cancellation fee" in en
    assert ("cancelled" if action is EmergencyAction.CANCEL else "postponed") in en
    assert en.endswith("メンタル心理そらくも\n寺井")
