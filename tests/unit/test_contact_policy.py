"""P-CONTACT: no outbound contact without a basis, and each basis with what justifies it."""

from __future__ import annotations

import pytest

from desktop.policy import contacts as rules
from desktop.policy.contacts import Basis, ContactFacts


@pytest.mark.parametrize("basis", [None, "", "marketing", "REPLY"])
def test_p_contact_outbound_without_basis_is_refused(basis: str | None) -> None:
    verdict = rules.check_contact(ContactFacts(basis=basis, channel="email", note="because"))
    assert not verdict.allowed and verdict.rule == "P-CONTACT"
    assert "unprompted" in verdict.message()


def test_p_contact_reply_must_answer_the_persons_own_message() -> None:
    unlinked = rules.check_contact(ContactFacts(basis="reply", channel="email"))
    assert not unlinked.allowed
    to_own_outbound = ContactFacts(basis="reply", channel="email", reply_to_message=7, answers_inbound=False)
    assert not rules.check_contact(to_own_outbound).allowed
    answer = ContactFacts(basis="reply", channel="phone", reply_to_message=7, answers_inbound=True)
    assert rules.check_contact(answer).allowed


@pytest.mark.parametrize(
    "basis", [Basis.DISASTER, Basis.COUNSELLOR_UNAVAILABLE, Basis.FAIR_BOOKING, Basis.BOOKING_CHANGE]
)
def test_p_contact_exception_needs_a_note(basis: Basis) -> None:
    verdict = rules.check_contact(
        ContactFacts(basis=basis.value, channel="phone", note="  ", booking_ids=(3,), upcoming_open=1)
    )
    assert not verdict.allowed and verdict.rule == "P-CONTACT"
    assert rules.check_contact(
        ContactFacts(basis=basis.value, channel="phone", note="台風", booking_ids=(3,), upcoming_open=1)
    ).allowed


@pytest.mark.parametrize("basis", [Basis.FAIR_BOOKING, Basis.BOOKING_CHANGE])
def test_p_contact_booking_exceptions_name_the_booking(basis: Basis) -> None:
    verdict = rules.check_contact(ContactFacts(basis=basis.value, channel="email", note="urgent"))
    assert not verdict.allowed and "booking" in verdict.message()


def test_p_contact_only_email_or_phone() -> None:
    verdict = rules.check_contact(ContactFacts(basis="disaster", channel="letter", note="flood"))
    assert not verdict.allowed


def test_p_contact_note_length_is_bounded() -> None:
    long_note = "x" * (rules.NOTE_MAX + 1)
    assert not rules.check_contact(ContactFacts(basis="disaster", channel="phone", note=long_note)).allowed


def test_p_contact_every_basis_is_labelled() -> None:
    assert set(rules.BASIS_LABELS) == set(rules.BASIS_HINTS) == set(Basis)
