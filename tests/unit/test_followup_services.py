"""Triage, replies, the contact log and emergencies through the services on a real vault."""

from __future__ import annotations

from datetime import date, datetime, time
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select

from desktop.errors import PolicyRefusal
from desktop.models import AuditEvent, Booking, BookingCancellation, Contact, Message, MessageHold, MessageTag
from desktop.policy.afterfollow import HoldReason, ReplyTemplate, Stage, Trigger
from desktop.policy.bookings import BookingStatus, Channel, Requester
from desktop.policy.contacts import Basis
from desktop.policy.emergency import EmergencyAction, EmergencyKind
from desktop.policy.practice import PracticeSettings
from desktop.services import bookings, contacts, emergencies, practice_settings
from desktop.services.inbox import danger_phrases, replies, triage
from desktop.vault.store import OpenVault
from tests.helpers.clock import FakeClock
from tests.helpers.followup import (
    add_client,
    add_message,
    completed_session,
    confirmed_booking,
    day_at,
    menu_item,
)


def _events(vault: OpenVault, action: str) -> list[AuditEvent]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


# --- eligibility (P-AFTERFOLLOW, P-PREMEET) ------------------------------------------------


def test_p_afterfollow_online_only_client_is_not_eligible(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    completed_session(open_vault, client, menu_item(open_vault, "online_video"))
    message = add_message(open_vault, client_id=client)
    result = triage.triage_of(open_vault, message_id=message)
    assert result.stage is Stage.ONLINE_ONLY
    assert not result.verdict.allowed and "propose an in-person session" in result.verdict.message()
    assert result.suggests_in_person


def test_p_afterfollow_in_person_session_makes_the_message_after_follow(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    completed_session(open_vault, client, menu_item(open_vault, "in_person"))
    result = triage.triage_of(open_vault, message_id=add_message(open_vault, client_id=client))
    assert result.stage is Stage.ELIGIBLE and result.verdict.allowed
    with open_vault.unit_of_work() as session:
        assert triage.stages_of_clients(session, [client, 999]) == {
            client: Stage.ELIGIBLE,
            999: Stage.NOT_MET,
        }


def test_p_premeet_pre_meeting_consultation_is_held(open_vault: OpenVault) -> None:
    prospect = add_client(open_vault, "佐藤 一郎")
    message = add_message(open_vault, client_id=prospect, body="実は家族のことで悩んでいて…")
    held = triage.hold_message(open_vault, message_id=message, reason=HoldReason.CONSULTATION_CONTENT)
    assert held.stage is Stage.NOT_MET
    assert held.hold is not None and held.hold.reason is HoldReason.CONSULTATION_CONTENT
    with open_vault.unit_of_work() as session:
        row = session.scalars(select(MessageHold)).one()
        assert (row.message_id, row.reason, row.released_at) == (message, "consultation_content", None)
    assert len(_events(open_vault, "message.held")) == 1
    released = triage.release_hold(open_vault, message_id=message)
    assert released.hold is None
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(MessageHold)).one().released_at is not None


def test_p_premeet_unmatched_sender_is_held_too(open_vault: OpenVault) -> None:
    message = add_message(open_vault, client_id=None, from_address="someone@example.com")
    held = triage.hold_message(open_vault, message_id=message, reason=HoldReason.INSUFFICIENT_INTENT)
    assert held.hold is not None and held.client_id is None


def test_p_afterfollow_trigger_hold_needs_a_tag_and_tags_are_stored(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    completed_session(open_vault, client, menu_item(open_vault, "in_person"))
    message = add_message(open_vault, client_id=client)
    with pytest.raises(PolicyRefusal) as refused:
        triage.hold_message(open_vault, message_id=message, reason=HoldReason.TRIGGER)
    assert refused.value.rule == "P-AFTERFOLLOW"
    tagged = triage.set_trigger(open_vault, message_id=message, trigger=Trigger.DEPENDENCY, tagged=True)
    assert tagged.triggers == {Trigger.DEPENDENCY}
    triage.set_trigger(open_vault, message_id=message, trigger=Trigger.DEPENDENCY, tagged=True)  # idempotent
    assert triage.hold_message(open_vault, message_id=message, reason=HoldReason.TRIGGER).hold is not None
    with open_vault.unit_of_work() as session:
        assert [t.trigger for t in session.scalars(select(MessageTag))] == ["dependency"]
    untagged = triage.set_trigger(open_vault, message_id=message, trigger=Trigger.DEPENDENCY, tagged=False)
    assert untagged.triggers == frozenset()


def test_p_afterfollow_outbound_message_cannot_be_triaged(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    message = add_message(open_vault, client_id=client, direction="out")
    with pytest.raises(PolicyRefusal):
        triage.set_trigger(open_vault, message_id=message, trigger=Trigger.RISK, tagged=True)


def test_p_afterfollow_in_person_proposal_opens_a_booking_inquiry(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    completed_session(open_vault, client, menu_item(open_vault, "online_phone"))
    message = add_message(open_vault, client_id=client)
    booking_id = triage.propose_in_person(open_vault, message_id=message)
    details = bookings.open_booking(open_vault, booking_id=booking_id)
    assert (details.client_id, details.status, details.channel) == (
        client,
        BookingStatus.INQUIRY,
        Channel.EMAIL,
    )
    assert triage.triage_of(open_vault, message_id=message).booking_id == booking_id
    call = add_message(open_vault, client_id=client, kind="call")
    call_booking = bookings.open_booking(
        open_vault, booking_id=triage.propose_in_person(open_vault, message_id=call)
    )
    assert call_booking.channel is Channel.PHONE


def test_p_afterfollow_proposal_needs_a_linked_sender(open_vault: OpenVault) -> None:
    message = add_message(open_vault, client_id=None)
    with pytest.raises(PolicyRefusal):
        triage.propose_in_person(open_vault, message_id=message)
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Booking)).first() is None


# --- replies ------------------------------------------------------------------------------


def test_reply_mailto_url_carries_address_subject_and_body(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    completed_session(open_vault, client, menu_item(open_vault, "online_video"))
    message = add_message(open_vault, client_id=client, subject="最近のこと")
    draft = replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.IN_PERSON_PROPOSAL)
    assert draft.subject == "Re: 最近のこと"
    assert draft.text.startswith("山田 花子 様\n") and "対面でのセッション" in draft.text
    url = urlsplit(draft.mailto())
    assert url.scheme == "mailto" and unquote(url.path) == "hanako@example.jp"
    query = parse_qs(url.query)
    assert query["subject"] == ["Re: 最近のこと"]
    assert query["body"] == [draft.text.replace("\n", "\r\n")]
    assert "+" not in url.query and " " not in draft.mailto()


def test_p_afterfollow_online_only_client_gets_no_ordinary_reply(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    completed_session(open_vault, client, menu_item(open_vault, "online_video"))
    message = add_message(open_vault, client_id=client)
    with pytest.raises(PolicyRefusal) as refused:
        replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.AFTER_FOLLOW)
    assert refused.value.rule == "P-AFTERFOLLOW"


def test_reply_confirmation_reuses_the_booking_confirmation_text(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    booking_id = confirmed_booking(
        open_vault, client, menu_item(open_vault, "in_person"), day_at(date(2026, 12, 2), 14)
    )
    message = add_message(open_vault, client_id=client, subject="予約の件")
    draft = replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.CONFIRMATION)
    assert draft.text == bookings.confirmation_message(open_vault, booking_id=booking_id)


def test_p_contact_reply_is_logged_with_its_message(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    message = add_message(open_vault, client_id=client)
    draft = replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.HOLD_NOTICE)
    record = replies.log_reply(open_vault, draft=draft, subject=draft.subject, text="edited text")
    assert (record.basis, record.reply_to_message_id, record.text) == (Basis.REPLY, message, "edited text")
    assert record.made_at is not None and not record.queued
    assert [r.id for r in contacts.list_contacts(open_vault, basis=Basis.REPLY)] == [record.id]


def test_p_contact_reply_to_unmatched_sender_is_refused(open_vault: OpenVault) -> None:
    message = add_message(open_vault, client_id=None)
    with pytest.raises(PolicyRefusal) as refused:
        replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.HOLD_NOTICE)
    assert refused.value.rule == "P-CONTACT"


# --- contact log (P-CONTACT) ---------------------------------------------------------------


def test_p_contact_outbound_contact_without_basis_is_impossible(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    for basis in (None, "", "just_checking"):
        with pytest.raises(PolicyRefusal) as refused:
            contacts.log_contact(open_vault, client_id=client, basis=basis, channel="phone", note="元気かな")
        assert refused.value.rule == "P-CONTACT"
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Contact)).first() is None


def test_p_contact_reply_must_answer_that_clients_own_message(open_vault: OpenVault) -> None:
    client, other = add_client(open_vault, "山田 花子"), add_client(open_vault, "佐藤 一郎")
    theirs = add_message(open_vault, client_id=other)
    own_outbound = add_message(open_vault, client_id=client, direction="out")
    for message in (theirs, own_outbound):
        with pytest.raises(PolicyRefusal):
            contacts.log_contact(
                open_vault, client_id=client, basis="reply", channel="email", reply_to_message_id=message
            )
    mine = add_message(open_vault, client_id=client)
    assert [t.message_id for t in contacts.reply_targets(open_vault, client_id=client)] == [mine]


def test_p_contact_filters_by_basis_client_and_state(open_vault: OpenVault) -> None:
    client, other = add_client(open_vault, "山田 花子"), add_client(open_vault, "佐藤 一郎")
    booking_id = bookings.create_booking(
        open_vault, client_id=other, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    own = bookings.create_booking(
        open_vault, client_id=client, requested_by=Requester.CLIENT, channel=Channel.PHONE
    ).id
    unavailable = contacts.log_contact(
        open_vault,
        client_id=client,
        basis="counsellor_unavailable",
        channel="phone",
        note="発熱のため",
        booking_ids=(own,),
    )
    change = contacts.log_contact(
        open_vault,
        client_id=other,
        basis="booking_change",
        channel="email",
        note="枠の変更",
        booking_ids=(booking_id,),
    )
    assert [r.id for r in contacts.list_contacts(open_vault)] == [change.id, unavailable.id]
    assert [r.id for r in contacts.list_contacts(open_vault, client_id=client)] == [unavailable.id]
    assert [r.id for r in contacts.list_contacts(open_vault, basis=Basis.BOOKING_CHANGE)] == [change.id]
    assert contacts.list_contacts(open_vault, queued_only=True) == []
    assert contacts.list_contacts(open_vault, since=date(2999, 1, 1)) == []
    with pytest.raises(PolicyRefusal):  # a booking of somebody else does not count
        contacts.log_contact(
            open_vault,
            client_id=client,
            basis="booking_change",
            channel="email",
            note="x",
            booking_ids=(booking_id,),
        )


# --- emergencies (P-EMERGENCY) -------------------------------------------------------------


def test_p_emergency_zeroes_fees_on_confirmed_bookings_and_logs_disaster_contacts(
    open_vault: OpenVault,
) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 8, 25, 9, 0))
    item = menu_item(open_vault, "in_person")
    hanako = add_client(open_vault, "山田 花子", "hanako@example.jp")
    ichiro = add_client(open_vault, "佐藤 一郎")
    first = confirmed_booking(open_vault, hanako, item, day_at(date(2026, 9, 1), 10))
    second = confirmed_booking(open_vault, hanako, item, day_at(date(2026, 9, 2), 10))
    third = confirmed_booking(open_vault, ichiro, item, day_at(date(2026, 9, 2), 14))
    outside = confirmed_booking(open_vault, ichiro, item, day_at(date(2026, 9, 5), 14))
    preview = emergencies.affected_bookings(open_vault, first_day=date(2026, 9, 1), last_day=date(2026, 9, 2))
    assert [b.id for b in preview] == [first, second, third]

    open_vault.time.clock = FakeClock(
        datetime(2026, 9, 1, 7, 0)
    )  # three hours' notice: 100 % by the schedule
    outcome = emergencies.declare_emergency(
        open_vault,
        kind=EmergencyKind.TYPHOON,
        issuing_body="気象庁",
        first_day=date(2026, 9, 1),
        last_day=date(2026, 9, 2),
        action=EmergencyAction.CANCEL,
    )
    assert outcome.cancelled == (first, second, third) and outcome.postponed == ()
    with open_vault.unit_of_work() as session:
        fees = {
            c.booking_id: (c.fee_yen, c.fee_waived, c.reason)
            for c in session.scalars(select(BookingCancellation))
        }
        assert fees == {b: (0, True, "emergency") for b in (first, second, third)}
        assert session.get(Booking, outside).status == "confirmed"  # type: ignore[union-attr]
        logged = list(session.scalars(select(Contact).order_by(Contact.client_id)))
    assert [(c.client_id, c.basis, c.status, c.emergency_id) for c in logged] == [
        (hanako, "disaster", "queued", outcome.emergency_id),
        (ichiro, "disaster", "queued", outcome.emergency_id),
    ]
    assert [c.channel for c in logged] == ["email", "phone"]
    assert "2026年9月1日(火) 10:00" in logged[0].text and "キャンセル料はいただきません" in logged[0].text
    made = contacts.mark_made(open_vault, contact_id=logged[0].id)
    assert made.status == "made" and made.made_at
    assert len(_events(open_vault, "emergency.declared")) == 1


def test_p_emergency_postpones_in_one_step_and_cancels_bare_inquiries(open_vault: OpenVault) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 8, 25, 9, 0))
    item = menu_item(open_vault, "in_person")
    client = add_client(open_vault, "山田 花子")
    confirmed = confirmed_booking(open_vault, client, item, day_at(date(2026, 9, 1), 10))
    inquiry = bookings.create_booking(
        open_vault,
        client_id=client,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=date(2026, 9, 1),
        start_time=time(15, 0),
        menu_item_id=item,
    ).id
    outcome = emergencies.declare_emergency(
        open_vault,
        kind=EmergencyKind.EARTHQUAKE,
        issuing_body="三島市",
        first_day=date(2026, 9, 1),
        last_day=date(2026, 9, 1),
        action=EmergencyAction.POSTPONE,
        language="en",
    )
    assert outcome.postponed == (confirmed,) and outcome.cancelled == (inquiry,)
    assert bookings.open_booking(open_vault, booking_id=confirmed).status is BookingStatus.POSTPONED
    assert len(outcome.contacts) == 1 and "postponed" in outcome.contacts[0].text
    assert [e.kind for e in emergencies.list_emergencies(open_vault)] == [EmergencyKind.EARTHQUAKE]


def test_p_emergency_bad_declaration_changes_nothing(open_vault: OpenVault) -> None:
    item = menu_item(open_vault, "in_person")
    client = add_client(open_vault, "山田 花子")
    booking_id = confirmed_booking(open_vault, client, item, day_at(date(2026, 9, 1), 10))
    with pytest.raises(PolicyRefusal) as refused:
        emergencies.declare_emergency(
            open_vault,
            kind=EmergencyKind.TYPHOON,
            issuing_body="  ",
            first_day=date(2026, 9, 1),
            last_day=date(2026, 9, 1),
            action=EmergencyAction.CANCEL,
        )
    assert refused.value.rule == "P-EMERGENCY"
    assert bookings.open_booking(open_vault, booking_id=booking_id).status is BookingStatus.CONFIRMED
    assert emergencies.list_emergencies(open_vault) == []


# --- danger phrases (P-AFTERFOLLOW aid) ----------------------------------------------------


def test_p_afterfollow_saving_danger_phrases_reflags_every_message(open_vault: OpenVault) -> None:
    client = add_client(open_vault, "山田 花子")
    worried = add_message(open_vault, client_id=client, body="最近ﾈﾑﾚﾅｲ日が続いています")
    plain = add_message(open_vault, client_id=client, body="予約の確認です")
    assert danger_phrases.load(open_vault) == PracticeSettings().danger_phrases
    saved = danger_phrases.save(open_vault, ("  眠れない ", "", "ねむれない"))
    assert saved == ("眠れない", "ねむれない")
    assert practice_settings.load(open_vault).danger_phrases == saved
    with open_vault.unit_of_work() as session:
        flags = dict(session.execute(select(Message.id, Message.danger)).all())
    assert flags == {worried: True, plain: False}
    danger_phrases.save(open_vault, ())
    with open_vault.unit_of_work() as session:
        assert not any(session.scalars(select(Message.danger)))


def test_p_afterfollow_too_long_phrase_is_refused_and_nothing_changes(open_vault: OpenVault) -> None:
    with pytest.raises(PolicyRefusal) as refused:
        danger_phrases.save(open_vault, ("x" * 41,))
    assert refused.value.rule == "P-AFTERFOLLOW"
    assert danger_phrases.load(open_vault) == PracticeSettings().danger_phrases


def test_demo_followup_keeps_the_rules(open_vault: OpenVault) -> None:
    from desktop.demo import followup

    item = menu_item(open_vault, "in_person")
    met = add_client(open_vault, "山田 花子")
    completed_session(open_vault, met, item)
    prospect = add_client(open_vault, "佐藤 一郎")
    for n in range(40):
        add_message(open_vault, client_id=met if n % 2 else prospect, subject=f"件名{n}")
    summary = followup.generate(open_vault, seed=3)
    assert summary.holds and summary.tags and summary.contacts
    with open_vault.unit_of_work() as session:
        held = session.execute(select(Message.client_id, MessageHold.reason).join(Message)).all()
        assert all((client == prospect) == (reason != "trigger") for client, reason in held)
        tagged = session.scalars(select(Message.client_id).join(MessageTag)).all()
        assert set(tagged) == {met}
        for contact in session.scalars(select(Contact).where(Contact.basis == "reply")):
            answered = session.get(Message, contact.reply_to_message_id)
            assert answered is not None and answered.client_id == contact.client_id
