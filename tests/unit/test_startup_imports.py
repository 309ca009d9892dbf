"""The unlock dialog's path imports only what it needs (issue 17: start-up ≤ 1.3× a bare window).

The window reaches the unlock dialog without the database layer, the
services, the policy rules, the key derivation or Alembic: they are loaded in
the background while the counsellor types (``vault_jobs.preload``). This test
starts the real controller on a vault in a fresh process and lists what got
imported on the way; a module that creeps onto the path fails it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.vaults import make_vault

#: Packages (and modules of ours) that must stay off the way to the unlock dialog.
NOT_ON_THE_WAY = (
    "alembic",
    "sqlalchemy",
    "sqlcipher3",
    "cryptography",
    "keyring",
    "platformdirs",
    "holidays",
    "pypdf",
    "zxcvbn",
    "secrets",
    "desktop.services",
    "desktop.models",
    "desktop.vault.store",
    "desktop.vault.engine",
    "desktop.policy.practice",
    "desktop.views.main_window",
    "desktop.views.vault.change_passphrase_dialog",
    "desktop.views.vault.backup_status",
)

_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import configure_application
from desktop.views.controller import DesktopController
configure_application(app)
controller = DesktopController(Path(sys.argv[1]))
controller.start()
assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_way_to_the_unlock_dialog_imports_nothing_it_does_not_need(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "cfg")
    )
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder)], capture_output=True, text=True, env=env, check=True
    )
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    unwanted = sorted(
        name for name in loaded if any(name == bad or name.startswith(bad + ".") for bad in NOT_ON_THE_WAY)
    )
    assert unwanted == []
