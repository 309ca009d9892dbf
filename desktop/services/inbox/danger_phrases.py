"""P-AFTERFOLLOW: the counsellor's danger phrase list, kept with the practice settings.

Saving the list re-checks every stored message against it in the same
transaction, so the inbox pins exactly the messages the new list matches
(a removed phrase un-pins, an added one pins old mail too).
"""

from __future__ import annotations

import json
from dataclasses import replace

from desktop.models import Setting
from desktop.policy.practice import PracticeSettings
from desktop.services import inbox, practice_settings
from desktop.vault import audit
from desktop.vault.store import OpenVault

KEY = "danger_phrases"


def load(vault: OpenVault) -> tuple[str, ...]:
    """The stored list, or the Japanese and English defaults if it was never saved."""
    return practice_settings.load(vault).danger_phrases


def save(vault: OpenVault, phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Store the cleaned list (raises ``InvalidSetting`` if too long) and re-flag every message."""
    cleaned = practice_settings.validate(replace(PracticeSettings(), danger_phrases=phrases)).danger_phrases
    with vault.unit_of_work() as session:
        session.merge(Setting(key=KEY, value=json.dumps(list(cleaned), ensure_ascii=False)))
        flagged = inbox.refresh_danger_flags(session, cleaned)
        audit.append(session, "settings.changed", detail={"keys": KEY, "flagged": flagged})
    return cleaned
