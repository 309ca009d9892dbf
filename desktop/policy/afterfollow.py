"""P-PREMEET and P-AFTERFOLLOW: what may be done with a message, given whom it is from.

Where a sender stands is computed from the formats of their *completed*
sessions, never stored, so a session marked completed changes it at once:

- no completed session: the person has not been met; before the first meeting
  email and phone serve the four booking points only (P-PREMEET), and a
  message whose wish to book is unclear, or that is really a consultation,
  is held;
- online sessions only: after-follow is not offered; the suggested action is
  to propose an in-person session (P-AFTERFOLLOW);
- at least one in-person session: eligible for after-follow by email.

After-follow stops being after-follow when one of four triggers appears; the
counsellor tags the message and then replies with an in-person proposal or
holds the reply.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.bookings import PremeetReason, SessionFormat

P_PREMEET = "P-PREMEET"
P_AFTERFOLLOW = "P-AFTERFOLLOW"


class Stage(StrEnum):
    """Where the sender stands with the practice, from their completed sessions."""

    NOT_MET = "not_met"
    ONLINE_ONLY = "online_only"
    ELIGIBLE = "eligible"


class Trigger(StrEnum):
    """P-AFTERFOLLOW: signs that a message is no longer after-follow."""

    DEPENDENCY = "dependency"
    RISK = "risk"
    OTHERS = "others"
    IN_PERSON_BETTER = "in_person_better"


class HoldReason(StrEnum):
    """Why a reply is held.

    The first two are the P-PREMEET reasons (the same codes a cut-short call
    records, :class:`~desktop.policy.bookings.PremeetReason`); ``trigger`` is a
    P-AFTERFOLLOW hold and needs at least one trigger tagged on the message.
    """

    INSUFFICIENT_INTENT = PremeetReason.INSUFFICIENT_INTENT.value
    CONSULTATION_CONTENT = PremeetReason.CONSULTATION_CONTENT.value
    TRIGGER = "trigger"


class ReplyTemplate(StrEnum):
    """The replies written in the app; ``after_follow`` is an ordinary after-follow answer."""

    CONFIRMATION = "confirmation"
    BOOKING_POINTS = "booking_points"
    PHONE_PROPOSAL = "phone_proposal"
    IN_PERSON_PROPOSAL = "in_person_proposal"
    HOLD_NOTICE = "hold_notice"
    AFTER_FOLLOW = "after_follow"


# P-PREMEET: the replies about booking (the four points), open to someone not yet met.
BOOKING_TEMPLATES = frozenset(
    {
        ReplyTemplate.CONFIRMATION,
        ReplyTemplate.BOOKING_POINTS,
        ReplyTemplate.PHONE_PROPOSAL,
        ReplyTemplate.IN_PERSON_PROPOSAL,
        ReplyTemplate.HOLD_NOTICE,
    }
)
# P-PREMEET, P-AFTERFOLLOW: a held message is answered with one of these only.
HELD_TEMPLATES = frozenset({ReplyTemplate.HOLD_NOTICE, ReplyTemplate.IN_PERSON_PROPOSAL})


PREMEET_REASONS = frozenset({HoldReason.INSUFFICIENT_INTENT, HoldReason.CONSULTATION_CONTENT})

STAGE_LABELS = {
    Stage.NOT_MET: QT_TRANSLATE_NOOP("policy", "Not yet met"),
    Stage.ONLINE_ONLY: QT_TRANSLATE_NOOP("policy", "Last session online"),
    Stage.ELIGIBLE: QT_TRANSLATE_NOOP("policy", "After-follow"),
}
TRIGGER_LABELS = {
    Trigger.DEPENDENCY: QT_TRANSLATE_NOOP("policy", "Dependency"),
    Trigger.RISK: QT_TRANSLATE_NOOP("policy", "Risk"),
    Trigger.OTHERS: QT_TRANSLATE_NOOP("policy", "Others affected"),
    Trigger.IN_PERSON_BETTER: QT_TRANSLATE_NOOP("policy", "In person is better"),
}
TRIGGER_HINTS = {
    Trigger.DEPENDENCY: QT_TRANSLATE_NOOP(
        "policy", "The client wants the counsellor to act or decide for them."
    ),
    Trigger.RISK: QT_TRANSLATE_NOOP("policy", "There may be serious harm to life, health or property."),
    Trigger.OTHERS: QT_TRANSLATE_NOOP("policy", "Other people may be affected psychologically."),
    Trigger.IN_PERSON_BETTER: QT_TRANSLATE_NOOP(
        "policy", "An in-person session would serve the client's safety and growth better."
    ),
}
HOLD_REASON_LABELS = {
    HoldReason.INSUFFICIENT_INTENT: QT_TRANSLATE_NOOP("policy", "Wish to book unclear"),
    HoldReason.CONSULTATION_CONTENT: QT_TRANSLATE_NOOP("policy", "Consultation by email"),
    HoldReason.TRIGGER: QT_TRANSLATE_NOOP("policy", "No longer after-follow"),
}
TEMPLATE_LABELS = {
    ReplyTemplate.CONFIRMATION: QT_TRANSLATE_NOOP("policy", "Booking confirmation (four points)"),
    ReplyTemplate.BOOKING_POINTS: QT_TRANSLATE_NOOP("policy", "Reply about the booking (four points)"),
    ReplyTemplate.PHONE_PROPOSAL: QT_TRANSLATE_NOOP("policy", "Proposal to settle the booking by phone"),
    ReplyTemplate.IN_PERSON_PROPOSAL: QT_TRANSLATE_NOOP("policy", "Proposal of an in-person session"),
    ReplyTemplate.HOLD_NOTICE: QT_TRANSLATE_NOOP("policy", "Notice that the reply is held"),
    ReplyTemplate.AFTER_FOLLOW: QT_TRANSLATE_NOOP("policy", "After-follow reply"),
}

_NOT_MET = QT_TRANSLATE_NOOP(
    "policy",
    "Not yet met: before the first meeting, replies cover the four booking points only; "
    "hold a consultation or an unclear wish to book.",
)
_ONLINE_ONLY = QT_TRANSLATE_NOOP(
    "policy",
    "Not eligible for after-follow: the most recent session was online, and after-follow follows "
    "in-person sessions only: propose an in-person session.",
)


def stage_after(latest_format: str | None) -> Stage:
    """P-AFTERFOLLOW: the stage from the format of the client's most recent completed session.

    In person: after-follow is allowed; online: it is not (propose an in-person
    session); none: the pre-meeting rules (P-PREMEET).
    """
    if latest_format is None:
        return Stage.NOT_MET
    if latest_format == SessionFormat.IN_PERSON.value:
        return Stage.ELIGIBLE
    return Stage.ONLINE_ONLY


def check_after_follow(stage: Stage) -> Verdict:
    """P-AFTERFOLLOW: only a client with a completed in-person session may use after-follow.

    The refusal is the sentence the action panel shows: for an online-only
    client it suggests proposing an in-person session; for someone not yet met
    it recalls the pre-meeting rule (P-PREMEET).
    """
    if stage is Stage.ELIGIBLE:
        return Verdict.allow(P_AFTERFOLLOW)
    if stage is Stage.ONLINE_ONLY:
        return Verdict.refuse(P_AFTERFOLLOW, _ONLINE_ONLY)
    return Verdict.refuse(P_PREMEET, _NOT_MET)


def check_hold(stage: Stage, reason: HoldReason, triggers: Collection[Trigger]) -> Verdict:
    """P-PREMEET, P-AFTERFOLLOW: a hold must give a reason that fits where the sender stands.

    - not yet met: an unclear wish to book or consultation content (P-PREMEET);
    - online only: consultation content (after-follow is not offered) or a trigger;
    - eligible: a trigger, tagged on the message first (P-AFTERFOLLOW).
    """
    if reason in PREMEET_REASONS:
        if stage is Stage.NOT_MET:
            return Verdict.allow(P_PREMEET)
        if stage is Stage.ONLINE_ONLY and reason is HoldReason.CONSULTATION_CONTENT:
            return Verdict.allow(P_AFTERFOLLOW)
        return Verdict.refuse(
            P_PREMEET,
            QT_TRANSLATE_NOOP(
                "policy",
                "This client has already been met; tag what makes the message no longer "
                "after-follow, then hold it for that reason.",
            ),
        )
    if stage is Stage.NOT_MET:
        return Verdict.refuse(
            P_PREMEET,
            QT_TRANSLATE_NOOP(
                "policy",
                "This person has not been met yet; hold the message as a consultation "
                "or as an unclear wish to book.",
            ),
        )
    if not triggers:
        return Verdict.refuse(
            P_AFTERFOLLOW,
            QT_TRANSLATE_NOOP("policy", "Tag at least one trigger before holding the reply for it."),
        )
    return Verdict.allow(P_AFTERFOLLOW)


def check_reply(
    stage: Stage, template: ReplyTemplate, *, held: bool, round_trips: Verdict | None = None
) -> Verdict:
    """P-PREMEET, P-AFTERFOLLOW, P-ROUNDTRIPS: which replies fit the sender and the message.

    - past the email round-trip limit (``round_trips`` refused, as the booking
      rules answer it), an email reply can only propose settling by phone;
    - a held message is answered only with the hold notice or an in-person proposal;
    - before the first meeting, only replies about booking (the four points);
    - an ordinary after-follow answer needs a completed in-person session;
      after online sessions only, the in-person proposal is what fits.
    """
    if round_trips is not None and not round_trips.allowed and template is not ReplyTemplate.PHONE_PROPOSAL:
        return round_trips
    if held and template not in HELD_TEMPLATES:
        return Verdict.refuse(
            P_AFTERFOLLOW if stage is not Stage.NOT_MET else P_PREMEET,
            QT_TRANSLATE_NOOP(
                "policy",
                "This message is held: answer it only with the hold notice or an in-person proposal.",
            ),
        )
    if template is ReplyTemplate.AFTER_FOLLOW:
        return check_after_follow(stage)
    if stage is Stage.NOT_MET and template not in BOOKING_TEMPLATES:
        return Verdict.refuse(P_PREMEET, _NOT_MET)
    return Verdict.allow(P_AFTERFOLLOW)


def allowed_replies(stage: Stage, *, held: bool, round_trips: Verdict | None = None) -> list[ReplyTemplate]:
    """The templates :func:`check_reply` accepts, in the order a reply dialog offers them."""
    return [t for t in ReplyTemplate if check_reply(stage, t, held=held, round_trips=round_trips).allowed]


def suggests_in_person(stage: Stage, triggers: Collection[Trigger]) -> bool:
    """P-AFTERFOLLOW: is an in-person proposal the natural next step for this message?"""
    return stage is Stage.ONLINE_ONLY or bool(triggers)
