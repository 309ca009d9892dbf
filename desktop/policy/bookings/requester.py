"""Who asks and how the booking is settled with them: P-WHO, P-CHANNEL, P-ROUNDTRIPS, P-PREMEET.

These decide whether a booking may leave the inquiry stage and be worked on at all; the
checklist and the state machine in :mod:`.agreement` build on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.bookings.vocabulary import (
    P_CHANNEL,
    P_PREMEET,
    P_ROUNDTRIPS,
    P_WHO,
    BookingFacts,
    Channel,
    Requester,
)

# --- P-WHO ---------------------------------------------------------------------------------


def check_requester(requested_by: Requester) -> Verdict:
    """P-WHO: only the client may book; a request by anyone else is refused, whatever the age."""
    if requested_by is Requester.CLIENT:
        return Verdict.allow(P_WHO)
    return Verdict.refuse(
        P_WHO,
        QT_TRANSLATE_NOOP(
            "policy",
            "Only the client may book, by their own will; a request made by anyone else "
            "(family, friend or acquaintance) is refused, whatever the client's age.",
        ),
    )


def check_relation(requested_by: Requester, relation: str) -> Verdict:
    """P-WHO: a requester's relation to the client exists only when someone else asked.

    A request by the client themself with a relation (``mother``, say) contradicts itself and is
    refused; switching the requester back to the client clears the relation.
    """
    if requested_by is Requester.CLIENT and relation.strip():
        return Verdict.refuse(
            P_WHO,
            QT_TRANSLATE_NOOP(
                "policy",
                "The request is recorded as the client's own, so it has no requester relation "
                "(“%1”); the written policy accepts a booking only from the client themself. "
                "Record who really asked.",
            ),
            relation.strip(),
        )
    return Verdict.allow(P_WHO)


def check_own_will(facts: BookingFacts) -> Verdict:
    """P-WHO: no booking leaves the inquiry stage before the client's own will is confirmed directly."""
    verdict = check_requester(facts.requested_by)
    if not verdict.allowed:
        return verdict
    if facts.own_will_confirmed_at is None or facts.own_will_channel is None:
        return Verdict.refuse(
            P_WHO,
            QT_TRANSLATE_NOOP(
                "policy", "Record when and how the client's own will to book was confirmed directly."
            ),
        )
    return Verdict.allow(P_WHO)


# --- P-CHANNEL -----------------------------------------------------------------------------


def check_channel(facts: BookingFacts) -> Verdict:
    """P-CHANNEL: phone always; email only through the website form, with a wish to book and every consent."""
    if facts.channel is Channel.PHONE:
        return Verdict.allow(P_CHANNEL)
    if not facts.via_website_form:
        reason = QT_TRANSLATE_NOOP(
            "policy", "An email booking must come through the practice's website form; settle it by phone."
        )
    elif not facts.wish_to_book:
        reason = QT_TRANSLATE_NOOP(
            "policy", "The form message does not show a clear wish to book; it cannot be settled by email."
        )
    elif not facts.form_consents_agreed:
        reason = QT_TRANSLATE_NOOP(
            "policy", "Not every consent item of the website form was agreed; it cannot be settled by email."
        )
    else:
        return Verdict.allow(P_CHANNEL)
    return Verdict.refuse(P_CHANNEL, reason)


# --- P-ROUNDTRIPS --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoundTrips:
    """The email exchange count as shown to the counsellor (3/5)."""

    count: int
    limit: int

    @property
    def last(self) -> bool:
        """The warning: this is the last exchange the limit allows."""
        return self.count == self.limit

    @property
    def over(self) -> bool:
        return self.count > self.limit


def round_trip_count(inbound: int, outbound: int) -> int:
    """P-ROUNDTRIPS: round trips used so far: one mail each way makes one, so the larger side counts.

    ``inbound`` is the client's mail imported during the negotiation; ``outbound`` the replies the
    app handed to the mail program plus the mail written outside the app and counted by hand.
    """
    return max(inbound, outbound)


#: P-ROUNDTRIPS: the phone proposal, past the limit (``%1`` is the limit).
PHONE_PROPOSAL = QT_TRANSLATE_NOOP(
    "policy",
    "The written policy settles an email booking within %1 round trips, and they are used up; "
    "propose settling the booking by phone instead.",
)


def _phone_proposal(limit: int) -> Verdict:
    return Verdict.refuse(P_ROUNDTRIPS, PHONE_PROPOSAL, str(limit))


def check_another_round_trip(facts: BookingFacts, limit: int) -> Verdict:
    """P-ROUNDTRIPS: one more email exchange is allowed only within the limit."""
    if facts.channel is not Channel.EMAIL:
        return Verdict.refuse(
            P_ROUNDTRIPS, QT_TRANSLATE_NOOP("policy", "Round trips are counted for email bookings only.")
        )
    if facts.round_trips + 1 > limit:
        return _phone_proposal(limit)
    return Verdict.allow(P_ROUNDTRIPS)


def check_reagree_by_email(facts: BookingFacts, limit: int, unticked_at: int | None) -> Verdict:
    """P-ROUNDTRIPS: a point unticked by a change (a moved booking) needs one more exchange to agree again.

    ``unticked_at`` is the negotiation's count when the change unticked a point; at the limit there
    is no exchange left, so re-agreeing by email is refused with the phone proposal.
    """
    if facts.channel is Channel.EMAIL and unticked_at is not None and unticked_at >= limit:
        return _phone_proposal(limit)
    return check_round_trips(facts, limit)


def check_round_trips(facts: BookingFacts, limit: int) -> Verdict:
    """P-ROUNDTRIPS: past the limit an email booking cannot advance; settle it by phone."""
    if facts.channel is Channel.EMAIL and facts.round_trips > limit:
        return _phone_proposal(limit)
    return Verdict.allow(P_ROUNDTRIPS)


# --- P-PREMEET (the phone half) -----------------------------------------------------------


def check_premeet(has_met: bool) -> Verdict:
    """P-PREMEET: before the first meeting, a call is for the four points only and may be cut short.

    Once the client has had a session, the pre-meeting rule no longer applies.
    """
    if not has_met:
        return Verdict.allow(P_PREMEET)
    return Verdict.refuse(
        P_PREMEET,
        QT_TRANSLATE_NOOP(
            "policy", "The client has already been met; the pre-meeting rule no longer applies."
        ),
    )
