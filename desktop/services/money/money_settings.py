"""The money settings (:class:`desktop.policy.money.MoneySettings`), stored in the vault's settings.

Each is kept under ``money.<name>`` beside the practice settings, validated
here, and may make the law's minimums stricter, never looser (P-MONEY-RETAIN).
"""

from __future__ import annotations

import json
from dataclasses import fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import InvalidSetting
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Setting
from desktop.policy import money as rules
from desktop.policy.money import MoneySettings
from desktop.vault import audit
from desktop.vault.store import OpenVault

PREFIX = "money."
_TEXT_MAX = {"practice_address": 300, "practice_contact": 200}


def validate(settings: MoneySettings) -> MoneySettings:
    """``settings`` cleaned (spaces folded, the number normalised), or :class:`InvalidSetting`."""
    number = rules.clean_registration_number(settings.registration_number)
    verdict = rules.check_registration_number(number, corporation=settings.issuer_is_corporation)
    if not verdict.allowed:
        raise InvalidSetting("registration_number", verdict.reason, *verdict.args)
    verdict = rules.check_retention_years(settings.books_retention_years)
    if not verdict.allowed:
        raise InvalidSetting("books_retention_years", verdict.reason, *verdict.args)
    texts: dict[str, str] = {}
    for name, limit in _TEXT_MAX.items():
        value = " ".join(str(getattr(settings, name)).split())
        if len(value) > limit:
            raise InvalidSetting(
                name, QT_TRANSLATE_NOOP("settings", "This can be at most %1 characters."), str(limit)
            )
        texts[name] = value
    return replace(
        settings,
        registration_number=number,
        practice_address=texts["practice_address"],
        practice_contact=texts["practice_contact"],
    )


def load_in(session: Session) -> MoneySettings:
    defaults = MoneySettings()
    stored = {
        row.key[len(PREFIX) :]: row.value
        for row in session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
    }
    values: dict[str, Any] = {}
    for spec in fields(defaults):
        if spec.name in stored:
            value = json.loads(stored[spec.name])
            if type(value) is type(getattr(defaults, spec.name)):
                values[spec.name] = value
    loaded = replace(defaults, **values)
    years = max(loaded.books_retention_years, rules.DEFAULT_BOOKS_RETENTION_YEARS)
    return replace(loaded, books_retention_years=years)


def load(vault: OpenVault) -> MoneySettings:
    with vault.reading() as session:
        return load_in(session)


def save(vault: OpenVault, settings: MoneySettings) -> MoneySettings:
    """Validate and store the money settings; the audit trail names the keys changed."""
    cleaned = validate(settings)
    with vault.unit_of_work() as session:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
        changed = []
        for spec in fields(cleaned):
            key = PREFIX + spec.name
            encoded = json.dumps(getattr(cleaned, spec.name), ensure_ascii=False)
            if stored.get(key) != encoded:
                session.merge(Setting(key=key, value=encoded))
                changed.append(key)
        if changed:
            audit.append(session, "settings.changed", detail={"keys": ",".join(changed)})
    return cleaned
