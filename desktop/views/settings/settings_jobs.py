"""The Settings page's work for the worker thread: practice settings, the keyring, the check, danger phrases.

Each function imports its service when it runs, on the worker thread, so the
views never import SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.policy.practice import PracticeSettings

if TYPE_CHECKING:
    from desktop.services.integrity import IntegrityReport
    from desktop.services.records.practice_export import PracticeExport
    from desktop.vault.store import OpenVault


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    """What the Settings page shows: the practice settings and the keyring state."""

    settings: PracticeSettings
    keyring_available: bool
    remembered: bool


def load_settings(vault: OpenVault) -> SettingsSnapshot:
    from desktop.services import practice_settings, vault_access
    from desktop.vault import remember

    available = remember.is_available()
    return SettingsSnapshot(
        settings=practice_settings.load(vault),
        keyring_available=available,
        remembered=available and vault_access.is_remembered(vault),
    )


def save_settings(vault: OpenVault, settings: PracticeSettings, shown: PracticeSettings) -> PracticeSettings:
    """Save what the page changed from ``shown``; ``StaleEdit`` if one of those settings changed meanwhile."""
    from desktop.services import practice_settings

    return practice_settings.save(vault, settings, based_on=shown)


def set_remembered(vault: OpenVault, enabled: bool) -> bool:
    from desktop.services import vault_access

    return vault_access.set_remembered(vault, enabled=enabled)


def check_vault(vault: OpenVault) -> IntegrityReport:
    from desktop.services import integrity

    return integrity.check_vault(vault)


# --- danger phrases ------------------------------------------------------------------------


def danger_phrases(vault: OpenVault) -> tuple[str, ...]:
    from desktop.services.inbox import danger_phrases

    return danger_phrases.load(vault)


def save_danger_phrases(vault: OpenVault, phrases: tuple[str, ...]) -> tuple[str, ...]:
    from desktop.services.inbox import danger_phrases

    return danger_phrases.save(vault, phrases)


def export_practice(vault: OpenVault, folder: str) -> PracticeExport:
    """Everything the vault holds into a new folder under ``folder``, each record also as a PDF
    drawn by the same renderer as the client's own copy (P-LAW)."""
    from pathlib import Path

    from desktop.services import practice_settings
    from desktop.services.records import practice_export
    from desktop.views.disclosures import ExportPdf

    render = ExportPdf(practice_settings.load(vault).practice_name).render
    return practice_export.export_practice(vault, parent=Path(folder), render=render)
