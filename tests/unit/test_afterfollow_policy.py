"""P-PREMEET and P-AFTERFOLLOW: the sender's stage, holds and replies as pure rules."""

from __future__ import annotations

import pytest

from desktop.policy import afterfollow as rules
from desktop.policy.afterfollow import HoldReason, ReplyTemplate, Stage, Trigger
from desktop.policy.bookings import PremeetReason, SessionFormat

IN_PERSON, PHONE, VIDEO = SessionFormat.IN_PERSON, SessionFormat.ONLINE_PHONE, SessionFormat.ONLINE_VIDEO


def test_p_afterfollow_most_recent_session_in_person_makes_the_client_eligible() -> None:
    assert rules.stage_after(IN_PERSON.value) is Stage.ELIGIBLE
    assert rules.check_after_follow(Stage.ELIGIBLE).allowed


def test_p_afterfollow_online_only_client_is_not_eligible_and_in_person_is_proposed() -> None:
    stage = rules.stage_after(VIDEO.value)
    assert stage is Stage.ONLINE_ONLY and rules.stage_after(PHONE.value) is Stage.ONLINE_ONLY
    verdict = rules.check_after_follow(stage)
    assert not verdict.allowed and verdict.rule == "P-AFTERFOLLOW"
    assert "propose an in-person session" in verdict.message()
    assert rules.suggests_in_person(stage, ())


def test_p_premeet_no_completed_session_falls_under_the_pre_meeting_rule() -> None:
    stage = rules.stage_after(None)
    assert stage is Stage.NOT_MET
    verdict = rules.check_after_follow(stage)
    assert not verdict.allowed and verdict.rule == "P-PREMEET"


@pytest.mark.parametrize("reason", [HoldReason.INSUFFICIENT_INTENT, HoldReason.CONSULTATION_CONTENT])
def test_p_premeet_consultation_or_unclear_wish_before_meeting_is_held(reason: HoldReason) -> None:
    verdict = rules.check_hold(Stage.NOT_MET, reason, ())
    assert verdict.allowed and verdict.rule == "P-PREMEET"


def test_p_premeet_hold_reasons_share_the_codes_of_a_cut_short_call() -> None:
    assert {r.value for r in rules.PREMEET_REASONS} == {r.value for r in PremeetReason}


def test_p_premeet_trigger_hold_needs_a_met_client() -> None:
    verdict = rules.check_hold(Stage.NOT_MET, HoldReason.TRIGGER, {Trigger.RISK})
    assert not verdict.allowed and verdict.rule == "P-PREMEET"


def test_p_afterfollow_eligible_client_is_held_for_a_tagged_trigger_only() -> None:
    assert not rules.check_hold(Stage.ELIGIBLE, HoldReason.TRIGGER, ()).allowed
    assert rules.check_hold(Stage.ELIGIBLE, HoldReason.TRIGGER, {Trigger.DEPENDENCY}).allowed
    refused = rules.check_hold(Stage.ELIGIBLE, HoldReason.INSUFFICIENT_INTENT, {Trigger.DEPENDENCY})
    assert not refused.allowed and refused.rule == "P-PREMEET"


def test_p_afterfollow_online_only_consultation_is_held() -> None:
    assert rules.check_hold(Stage.ONLINE_ONLY, HoldReason.CONSULTATION_CONTENT, ()).allowed
    assert not rules.check_hold(Stage.ONLINE_ONLY, HoldReason.INSUFFICIENT_INTENT, ()).allowed


def test_p_afterfollow_ordinary_reply_needs_an_eligible_client() -> None:
    assert rules.check_reply(Stage.ELIGIBLE, ReplyTemplate.AFTER_FOLLOW, held=False).allowed
    online = rules.check_reply(Stage.ONLINE_ONLY, ReplyTemplate.AFTER_FOLLOW, held=False)
    assert not online.allowed and online.rule == "P-AFTERFOLLOW"
    assert not rules.check_reply(Stage.NOT_MET, ReplyTemplate.AFTER_FOLLOW, held=False).allowed


@pytest.mark.parametrize("stage", list(Stage))
def test_p_afterfollow_booking_replies_fit_every_stage(stage: Stage) -> None:
    for template in (ReplyTemplate.CONFIRMATION, ReplyTemplate.IN_PERSON_PROPOSAL, ReplyTemplate.HOLD_NOTICE):
        assert rules.check_reply(stage, template, held=False).allowed


def test_p_premeet_held_message_is_answered_only_by_hold_notice_or_proposal() -> None:
    assert rules.check_reply(Stage.NOT_MET, ReplyTemplate.HOLD_NOTICE, held=True).allowed
    assert rules.check_reply(Stage.NOT_MET, ReplyTemplate.IN_PERSON_PROPOSAL, held=True).allowed
    verdict = rules.check_reply(Stage.NOT_MET, ReplyTemplate.CONFIRMATION, held=True)
    assert not verdict.allowed and verdict.rule == "P-PREMEET"
    assert not rules.check_reply(Stage.ELIGIBLE, ReplyTemplate.AFTER_FOLLOW, held=True).allowed


def test_p_afterfollow_triggers_suggest_an_in_person_session() -> None:
    assert not rules.suggests_in_person(Stage.ELIGIBLE, ())
    assert rules.suggests_in_person(Stage.ELIGIBLE, {Trigger.IN_PERSON_BETTER})


def test_p_afterfollow_every_code_has_a_label() -> None:
    assert set(rules.TRIGGER_LABELS) == set(rules.TRIGGER_HINTS) == set(Trigger)
    assert set(rules.HOLD_REASON_LABELS) == set(HoldReason)
    assert set(rules.STAGE_LABELS) == set(Stage)
    assert set(rules.TEMPLATE_LABELS) == set(ReplyTemplate)
    assert {t.value for t in Trigger} == {"dependency", "risk", "others", "in_person_better"}
