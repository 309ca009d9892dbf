"""Start-up stays light: the window code loads no database, Alembic or keyring code.

Those arrive on the worker thread after the unlock dialog is on screen
(``desktop.views.vault.vault_jobs``); importing them up front tripled the time to the
dialog (``make bench``).
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "alembic", "keyring", "sqlcipher3", "cryptography")


def test_opening_the_window_code_imports_no_heavy_module() -> None:
    script = (
        "import sys, desktop.app, desktop.views.controller; "
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == ""


def test_preload_brings_the_services() -> None:
    script = (
        "import sys; from desktop.views.vault import vault_jobs; vault_jobs.preload(); "
        "print('sqlalchemy' in sys.modules and 'desktop.services.vault_access' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "True"
