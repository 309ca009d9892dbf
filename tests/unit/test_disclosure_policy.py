"""The disclosure-consent rules as pure functions: P-DISCLOSE, P-PURPOSE and P-LAW retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.policy import disclosure as rules
from desktop.policy.disclosure import (
    Basis,
    ConsentFacts,
    ConsentKind,
    DataItem,
    DisclosureFacts,
    Relation,
    RequestStatus,
)

DAY = date(2026, 11, 20)
PARENT_CONSENT = ConsentFacts(
    id=1,
    client_id=7,
    kind=ConsentKind.DISCLOSURE,
    given_on=date(2026, 11, 1),
    relations=frozenset({Relation.FAMILY}),
    items=frozenset({DataItem.NAME, DataItem.PHONE}),
)
TO_PARENT = DisclosureFacts(
    client_id=7,
    disclosed_on=DAY,
    recipient="母",
    relation=Relation.FAMILY,
    items=frozenset({DataItem.NAME, DataItem.PHONE}),
    basis=Basis.CONSENT,
    consent=PARENT_CONSENT,
    recipient_contact="090-0000-1111",
)


def test_P_DISCLOSE_disclosure_to_a_parent_without_consent_is_refused() -> None:
    verdict = rules.check_disclosure(replace(TO_PARENT, consent=None))
    assert not verdict.allowed
    assert verdict.rule == rules.P_DISCLOSE
    assert "without a basis" in verdict.message()


def test_P_DISCLOSE_disclosure_to_a_parent_with_a_covering_consent_is_allowed() -> None:
    assert rules.check_disclosure(TO_PARENT).allowed


def test_P_DISCLOSE_consent_that_does_not_cover_the_items_is_refused() -> None:
    facts = replace(TO_PARENT, items=frozenset({DataItem.NAME, DataItem.CONSULTATION}))
    verdict = rules.check_disclosure(facts)
    assert not verdict.allowed
    assert verdict.args == (rules.DATA_ITEM_LABELS[DataItem.CONSULTATION],)


def test_P_DISCLOSE_consent_that_does_not_cover_the_recipient_is_refused() -> None:
    verdict = rules.check_disclosure(replace(TO_PARENT, relation=Relation.EMPLOYER))
    assert not verdict.allowed
    assert "recipient" in verdict.message()


def test_P_DISCLOSE_consent_naming_one_recipient_covers_only_that_recipient() -> None:
    named = replace(PARENT_CONSENT, recipient="山田 太郎")
    assert rules.check_disclosure(replace(TO_PARENT, consent=named, recipient="山田　太郎")).allowed
    assert not rules.check_disclosure(replace(TO_PARENT, consent=named, recipient="山田 次郎")).allowed


def test_P_DISCLOSE_withdrawn_consent_is_refused() -> None:
    withdrawn = replace(PARENT_CONSENT, withdrawn_on=date(2026, 11, 15))
    verdict = rules.check_disclosure(replace(TO_PARENT, consent=withdrawn))
    assert not verdict.allowed
    assert verdict.args == ("2026-11-15",)


def test_P_DISCLOSE_withdrawal_after_the_disclosure_leaves_it_covered() -> None:
    later = replace(PARENT_CONSENT, withdrawn_on=date(2026, 12, 1))
    assert rules.check_disclosure(replace(TO_PARENT, consent=later)).allowed


def test_P_DISCLOSE_consent_given_after_the_disclosure_is_refused() -> None:
    late = replace(PARENT_CONSENT, given_on=date(2026, 11, 21))
    assert not rules.check_disclosure(replace(TO_PARENT, consent=late)).allowed


def test_P_DISCLOSE_another_clients_consent_is_refused() -> None:
    someone_elses = replace(PARENT_CONSENT, client_id=8)
    assert not rules.check_disclosure(replace(TO_PARENT, consent=someone_elses)).allowed


def test_P_DISCLOSE_law_without_a_requesting_body_is_refused() -> None:
    facts = replace(
        TO_PARENT,
        basis=Basis.LAW,
        consent=None,
        relation=Relation.COURT,
        recipient="静岡地方裁判所",
        justification="文書提出命令による",
        reference="令和8年(ワ)第12号",
    )
    verdict = rules.check_disclosure(facts)
    assert not verdict.allowed
    assert "requested" in verdict.message()
    assert rules.check_disclosure(replace(facts, requesting_body="静岡地方裁判所")).allowed


def test_P_DISCLOSE_public_health_needs_the_reference_too() -> None:
    facts = replace(
        TO_PARENT,
        basis=Basis.PUBLIC_HEALTH,
        consent=None,
        relation=Relation.GOVERNMENT,
        justification="感染拡大防止のため",
        requesting_body="三島保健所",
    )
    assert not rules.check_disclosure(facts).allowed
    assert rules.check_disclosure(replace(facts, reference="保健第3号")).allowed


def test_P_DISCLOSE_vital_and_rights_need_a_justification() -> None:
    for basis in (Basis.VITAL, Basis.RIGHTS):
        facts = replace(TO_PARENT, basis=basis, consent=None)
        assert not rules.check_disclosure(facts).allowed
        assert rules.check_disclosure(replace(facts, justification="生命の危険があるため")).allowed


def test_P_DISCLOSE_recipient_its_contact_and_items_are_required() -> None:
    assert not rules.check_disclosure(replace(TO_PARENT, recipient=" ")).allowed
    assert not rules.check_disclosure(replace(TO_PARENT, recipient_contact=" ")).allowed
    assert not rules.check_disclosure(replace(TO_PARENT, items=frozenset())).allowed


def test_P_PURPOSE_testimonial_without_consent_is_refused() -> None:
    verdict = rules.check_testimonial([PARENT_CONSENT], 7, DAY)
    assert not verdict.allowed
    assert verdict.rule == rules.P_PURPOSE


def test_P_PURPOSE_testimonial_with_consent_in_force_is_allowed_and_withdrawal_ends_it() -> None:
    consent = ConsentFacts(2, 7, ConsentKind.TESTIMONIAL, date(2026, 10, 1))
    assert rules.check_testimonial([consent], 7, DAY).allowed
    assert not rules.check_testimonial([consent], 8, DAY).allowed
    assert not rules.check_testimonial([replace(consent, withdrawn_on=DAY)], 7, DAY).allowed


def test_P_LAW_retention_is_three_years_from_the_record_and_leap_days_keep_longer() -> None:
    assert rules.retention_ends(date(2026, 11, 20), rules.STANDARD_RETENTION_YEARS) == date(2029, 11, 20)
    assert rules.retention_ends(date(2028, 2, 29), 3) == date(2031, 3, 1)
    assert rules.retention_ends(date(2026, 5, 1), rules.CONTRACT_RETENTION_YEARS) == date(2027, 5, 1)


def test_P_LAW_record_cannot_be_deleted_inside_retention_and_can_after() -> None:
    until = date(2029, 11, 20)
    refused = rules.check_deletion(until, date(2029, 11, 19))
    assert not refused.allowed
    assert refused.args == ("2029-11-20",)
    assert rules.check_deletion(until, until).allowed


def test_P_LAW_request_due_and_answers() -> None:
    assert rules.request_due(date(2026, 12, 25), 14) == date(2027, 1, 8)
    assert not rules.check_answer(RequestStatus.ANSWERED, "", "").allowed
    assert not rules.check_answer(RequestStatus.REFUSED, "開示しません", "").allowed
    assert rules.check_answer(RequestStatus.REFUSED, "開示しません", "法令上の保存義務のため").allowed


def test_intake_consent_to_hold_sensitive_data() -> None:
    intake = ConsentFacts(3, 7, ConsentKind.SENSITIVE_DATA, date(2026, 1, 10))
    assert rules.has_intake_consent([intake], DAY)
    assert not rules.has_intake_consent([PARENT_CONSENT], DAY)
    assert not rules.has_intake_consent([replace(intake, withdrawn_on=date(2026, 6, 1))], DAY)
