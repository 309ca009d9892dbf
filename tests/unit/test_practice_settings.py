"""Practice settings: declared once, stored inside the vault, defaults from POLICY.md."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop.errors import InvalidSetting, StaleEdit, StaleSubject
from desktop.models import AuditEvent, Setting
from desktop.policy.practice import PracticeSettings
from desktop.services import practice_settings
from desktop.vault.store import OpenVault


def test_defaults_come_from_the_policy() -> None:
    defaults = PracticeSettings()
    assert defaults.practice_name == "メンタル心理そらくも"
    assert defaults.counsellor_name == "寺井"
    assert defaults.pickup_station == "JR三島駅"
    assert defaults.round_trip_limit == 5
    assert defaults.idle_lock_minutes == 5


def test_a_new_vault_reads_the_defaults(open_vault: OpenVault) -> None:
    assert practice_settings.load(open_vault) == PracticeSettings()


def test_saved_settings_are_stored_in_the_vault_and_audited(open_vault: OpenVault) -> None:
    edited = replace(
        PracticeSettings(), practice_name="  こころの窓  ", pickup_station="沼津駅", round_trip_limit=3
    )
    saved = practice_settings.save(open_vault, edited)
    assert saved.practice_name == "こころの窓"
    with open_vault.unit_of_work() as session:
        stored = {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "settings.changed")).all()
    assert stored["practice_name"] == "こころの窓"
    assert stored["pickup_station"] == "沼津駅"
    assert stored["round_trip_limit"] == 3
    assert len(events) == 1
    assert "practice_name" in json.loads(events[0].detail)["keys"]
    assert "こころの窓" not in events[0].detail  # the trail names keys, never values
    assert practice_settings.load(open_vault) == saved


def test_saving_unchanged_settings_adds_no_event(open_vault: OpenVault) -> None:
    practice_settings.save(open_vault, PracticeSettings())
    practice_settings.save(open_vault, PracticeSettings())
    with open_vault.unit_of_work() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "settings.changed")).all()
    assert len(events) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("practice_name", "   "),
        ("counsellor_name", "x" * 81),
        ("round_trip_limit", 0),
        ("round_trip_limit", 21),
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", 241),
        ("work_start_hour", -1),
        ("work_end_hour", 25),
        ("work_end_hour", 9),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_saved(
    open_vault: OpenVault, field: str, value: object
) -> None:
    before = practice_settings.load(open_vault)
    with pytest.raises(InvalidSetting) as error:
        practice_settings.save(open_vault, replace(PracticeSettings(), **{field: value}))
    assert error.value.field == field
    assert practice_settings.load(open_vault) == before


def test_a_form_save_writes_only_its_changes_onto_the_settings_as_stored_now(open_vault: OpenVault) -> None:
    shown = practice_settings.load(open_vault)
    practice_settings.save(open_vault, replace(shown, request_due_days=10), based_on=shown)

    saved = practice_settings.save(open_vault, replace(shown, pickup_station="沼津駅"), based_on=shown)

    assert (saved.pickup_station, saved.request_due_days) == ("沼津駅", 10)
    assert practice_settings.load(open_vault) == saved


def test_a_form_save_of_a_setting_changed_meanwhile_is_refused_and_writes_nothing(
    open_vault: OpenVault,
) -> None:
    shown = practice_settings.load(open_vault)
    practice_settings.save(open_vault, replace(shown, pickup_station="三島駅"), based_on=shown)

    with pytest.raises(StaleEdit) as refused:
        practice_settings.save(
            open_vault, replace(shown, pickup_station="沼津駅", round_trip_limit=3), based_on=shown
        )
    assert refused.value.subject is StaleSubject.SETTINGS
    stored = practice_settings.load(open_vault)
    assert (stored.pickup_station, stored.round_trip_limit) == ("三島駅", shown.round_trip_limit)
