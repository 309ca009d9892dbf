"""What the installed-copy tests share: an environment like a counsellor's, in Japanese, offscreen."""

from __future__ import annotations

import os
from pathlib import Path

#: Chosen for these tests only; never a real passphrase.
PASSPHRASE = "Zq7!mountain-river-2026"
#: What ``--self-check`` prints on a Japanese system: the unlock dialog's title, then each section.
JAPANESE_SELF_CHECK = [
    "unlock\t保管庫のロック解除",
    "calendar\tカレンダー\tpainted",
    "clients\tご利用者\tpainted",
    "inbox\t受信箱\tpainted",
    "self-check: Sorakumo Desk; 0 painting faults",
]


def japanese_env(home: Path) -> dict[str, str]:
    """A Japanese desktop session with its own home folder: QSettings, the log and keyring all inside."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LC_", "XDG_", "PYTHON", "VIRTUAL_ENV")) and key not in ("LANGUAGE", "HOME")
    }
    env.update(
        HOME=str(home),
        LANG="ja_JP.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env
