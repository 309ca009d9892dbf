"""Non-sensitive preferences of this device, kept in ``QSettings``.

Only the language, the last vault folder and window geometry live here.
Nothing about the practice or its clients, and never a key or passphrase:
those belong in the vault.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class Language(StrEnum):
    SYSTEM = "system"
    JAPANESE = "ja"
    ENGLISH = "en"


_LANGUAGE = "interface/language"
_VAULT = "vault/folder"
_GEOMETRY = "window/geometry"
_REMEMBER = "vault/remembered_on_device"


def _settings() -> QSettings:
    return QSettings()


def language() -> Language:
    value = _settings().value(_LANGUAGE, Language.SYSTEM.value)
    try:
        return Language(str(value))
    except ValueError:
        return Language.SYSTEM


def set_language(value: Language) -> None:
    _settings().setValue(_LANGUAGE, value.value)


def last_vault_folder() -> Path | None:
    value = _settings().value(_VAULT, "")
    return Path(str(value)) if value else None


def set_last_vault_folder(folder: Path) -> None:
    _settings().setValue(_VAULT, str(folder))


def remembered_on_device() -> bool:
    """Whether "remember on this device" was turned on: a hint to try the keyring first.

    Only a flag; the key itself is in the system keyring, never here.
    """
    return str(_settings().value(_REMEMBER, "false")).lower() == "true"


def set_remembered_on_device(value: bool) -> None:
    _settings().setValue(_REMEMBER, "true" if value else "false")


def window_geometry() -> QByteArray | None:
    value = _settings().value(_GEOMETRY)
    return value if isinstance(value, QByteArray) else None


def set_window_geometry(geometry: QByteArray) -> None:
    _settings().setValue(_GEOMETRY, geometry)
