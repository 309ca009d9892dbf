"""The practice's settings, stored in the vault.

:class:`~desktop.policy.practice.PracticeSettings` declares each setting once
with its type and its default from the practice policy; this module checks
ranges, and pages ``load()`` the whole set and ``save()`` it back in one
transaction. A number the written policy or the law sets (the round-trip
limit, retention, the days to answer a request) may be made stricter, never
looser (``policy.practice.check_not_looser``), and is read that way too.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidSetting, PolicyRefusal, StaleEdit, StaleSubject
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Setting
from desktop.policy import danger, practice
from desktop.policy.practice import PracticeSettings
from desktop.services import disclosure_settings
from desktop.vault import audit
from desktop.vault.clock import zone_named
from desktop.vault.store import OpenVault

NAME_MAX = 80
ADDRESS_MAX = 254
ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


_RANGES: dict[str, tuple[int, int]] = {
    "round_trip_limit": practice.ROUND_TRIP_LIMIT_RANGE,
    "idle_lock_minutes": practice.IDLE_LOCK_MINUTES_RANGE,
    "work_start_hour": practice.WORK_START_HOUR_RANGE,
    "work_end_hour": practice.WORK_END_HOUR_RANGE,
    **disclosure_settings.RANGES,
}
_LABELS = {
    "practice_name": QT_TRANSLATE_NOOP("settings", "Practice name"),
    "counsellor_name": QT_TRANSLATE_NOOP("settings", "Counsellor name"),
    "pickup_station": QT_TRANSLATE_NOOP("settings", "Pick-up station"),
    "time_zone": QT_TRANSLATE_NOOP("settings", "Time zone of the practice"),
    "round_trip_limit": QT_TRANSLATE_NOOP("settings", "Email round-trip limit"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("settings", "Lock after idle minutes"),
    "work_start_hour": QT_TRANSLATE_NOOP("settings", "Start of the working day"),
    "work_end_hour": QT_TRANSLATE_NOOP("settings", "End of the working day"),
    "practice_addresses": QT_TRANSLATE_NOOP("settings", "The practice's own email addresses"),
    **disclosure_settings.LABELS,
}


def _addresses(values: tuple[str, ...]) -> tuple[str, ...]:
    """P-CONTACT: the practice's own addresses, lower case, each once; a non-address is refused."""
    cleaned: list[str] = []
    for value in values:
        address = value.strip().lower()
        if not address:
            continue
        if len(address) > ADDRESS_MAX or not ADDRESS.fullmatch(address):
            raise InvalidSetting(
                "practice_addresses",
                QT_TRANSLATE_NOOP("settings", "“%1” is not an email address."),
                address[:ADDRESS_MAX],
            )
        if address not in cleaned:
            cleaned.append(address)
    return tuple(cleaned)


def validate(settings: PracticeSettings) -> PracticeSettings:
    """Return ``settings`` with names trimmed, or raise :class:`InvalidSetting`."""
    cleaned: dict[str, Any] = {}
    for spec in fields(settings):
        value = getattr(settings, spec.name)
        if isinstance(value, str):
            value = " ".join(value.split())
            if not value:
                raise InvalidSetting(
                    spec.name,
                    QT_TRANSLATE_NOOP("settings", "%1 cannot be empty."),
                    _LABELS[spec.name],
                )
            if len(value) > NAME_MAX:
                raise InvalidSetting(
                    spec.name,
                    QT_TRANSLATE_NOOP("settings", "%1 can be at most %2 characters."),
                    _LABELS[spec.name],
                    str(NAME_MAX),
                )
        elif spec.name == "practice_addresses":
            value = _addresses(value)
        elif isinstance(value, tuple):
            value = danger.clean_phrases(value)
            verdict = danger.check_phrases(value)
            if not verdict.allowed:
                raise PolicyRefusal(verdict.rule, verdict.reason, verdict.args)
        else:
            verdict = practice.check_not_looser(spec.name, value)  # the policy's own sentence first
            if not verdict.allowed:
                raise InvalidSetting(spec.name, verdict.reason, _LABELS[spec.name], verdict.args[1])
            low, high = _RANGES[spec.name]
            if not low <= value <= high:
                raise InvalidSetting(
                    spec.name,
                    QT_TRANSLATE_NOOP("settings", "%1 must be between %2 and %3."),
                    _LABELS[spec.name],
                    str(low),
                    str(high),
                )
        cleaned[spec.name] = value
    if zone_named(cleaned["time_zone"]) is None:
        raise InvalidSetting(
            "time_zone",
            QT_TRANSLATE_NOOP("settings", "%1 is not a known time zone (for example Asia/Tokyo)."),
            cleaned["time_zone"],
        )
    if cleaned["work_end_hour"] <= cleaned["work_start_hour"]:
        raise InvalidSetting(
            "work_end_hour", QT_TRANSLATE_NOOP("settings", "The working day must end after it starts.")
        )
    return replace(settings, **cleaned)


def _onto_current(
    current: PracticeSettings, edited: PracticeSettings, shown: PracticeSettings
) -> PracticeSettings:
    """The form's changes (``edited`` against ``shown``) applied to ``current``; StaleEdit on a clash."""
    changed = {f.name for f in fields(edited) if getattr(edited, f.name) != getattr(shown, f.name)}
    if any(getattr(current, name) != getattr(shown, name) for name in changed):
        raise StaleEdit(StaleSubject.SETTINGS)
    return replace(current, **{name: getattr(edited, name) for name in changed})


def load(vault: OpenVault) -> PracticeSettings:
    """The stored settings, with the policy defaults for anything never saved."""
    with vault.reading() as session:
        return load_in(session)


def apply_time_zone(vault: OpenVault) -> None:
    """Read the vault's clock in the practice's stored zone (at unlock, and after each save)."""
    zone = zone_named(load(vault).time_zone)
    if zone is not None:
        vault.time.zone = zone


def load_in(session: Session) -> PracticeSettings:
    """:func:`load` inside the caller's transaction."""
    defaults = PracticeSettings()
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values: dict[str, Any] = {}
    for spec in fields(defaults):
        if spec.name in stored:
            value = json.loads(stored[spec.name])
            if isinstance(value, list):
                value = tuple(value)
            if not isinstance(value, type(getattr(defaults, spec.name))):
                continue
            # a value stored by an older, looser version is read as strict as the policy allows
            values[spec.name] = practice.strictest(spec.name, value) if type(value) is int else value
    return replace(defaults, **values)


def save(
    vault: OpenVault, settings: PracticeSettings, *, based_on: PracticeSettings | None = None
) -> PracticeSettings:
    """Validate and store the settings; the audit trail records which keys changed.

    A form passes ``based_on``, the settings as it showed them: then only what
    the form changed is written, onto the settings as stored now, so a value
    saved meanwhile from another panel (the retention years, say) is kept. If
    a setting the form changed was itself changed meanwhile, nothing is saved
    (:class:`StaleEdit`): the form's value was chosen against one that no longer holds.
    """
    with vault.unit_of_work() as session:
        if based_on is not None:
            settings = _onto_current(load_in(session), settings, based_on)
        cleaned = validate(settings)
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
        changed = []
        for spec in fields(cleaned):
            encoded = json.dumps(getattr(cleaned, spec.name), ensure_ascii=False)
            if stored.get(spec.name) != encoded:
                session.merge(Setting(key=spec.name, value=encoded))
                changed.append(spec.name)
        if changed:
            audit.append(session, "settings.changed", detail={"keys": ",".join(changed)})
    apply_time_zone(vault)
    return cleaned
