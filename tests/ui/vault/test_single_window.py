"""One window per vault (P-SAFEGUARD): a second window is refused, replacing commands wait, imports don't.

The first window holds the vault folder's lock; a second controller on the
same folder knocks on the first's local channel and says so. A command that
replaces the vault's files (``restore --replace``) runs as a real process and
is refused while the window holds the vault; ``import-mail`` runs beside the
open window and its mail appears in the inbox when the section is next shown.
A lock left by a window that was killed does not shut the counsellor out.
"""

from __future__ import annotations

import io
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.errors import VaultNotWritable
from desktop.services import backups
from desktop.vault import store
from desktop.vault.window_lock import LOCK_FILE, FolderLock
from tests.helpers import mail_corpus as corpus
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.vaults import snapshot as folder_snapshot
from tests.ui.conftest import ControllerFactory, MadeVault
from tests.ui.drive import SLOW_MS, child, open_section, unlock, wait_for_unlock_dialog
from tests.unit.test_cli import _cli_env


def _refusal_box() -> QMessageBox | None:
    boxes = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.objectName() == "vaultOpenElsewhereBox" and widget.isVisible()
    ]
    return boxes[0] if boxes and isinstance(boxes[0], QMessageBox) else None


def test_P_SAFEGUARD_a_second_window_on_an_open_vault_is_refused_and_the_first_raised(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory
) -> None:
    first = make_controller()
    first.start()
    unlock(qtbot, first, made_vault.passphrase)
    first.window.showMinimized()
    qtbot.waitUntil(first.window.isMinimized, timeout=SLOW_MS)

    second = make_controller()
    with (
        qtbot.waitSignal(first.brought_to_front, timeout=SLOW_MS),
        qtbot.waitSignal(second.refused_as_second),
    ):
        second.start()

    assert not first.window.isMinimized() and first.window.isVisible()
    assert first.vault is not None  # the first window's session goes on
    assert second.vault is None and second.unlock_dialog is None  # the second never asked for a passphrase
    box = _refusal_box()
    assert box is not None
    assert "already open in another Sorakumo Desk window" in box.text()
    box.close()


def test_P_SAFEGUARD_restore_replace_is_refused_while_the_window_holds_the_vault(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory, tmp_path: Path
) -> None:
    vault = store.open_with_passphrase(made_vault.folder, made_vault.passphrase)
    try:
        backups.remember_passphrase_key(vault, made_vault.passphrase)
        backup = backups.back_up(vault, target=tmp_path / "backup.db").path
    finally:
        vault.close()
    controller = make_controller()
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    before = {name: data for name, data in folder_snapshot(made_vault.folder).items() if name != "vault.db"}

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "restore",
            str(backup),
            "--vault",
            str(made_vault.folder),
            "--replace",
            "--passphrase-stdin",
        ],
        input=(made_vault.passphrase + "\n").encode(),
        capture_output=True,
        env=_cli_env(tmp_path),
        timeout=120,
        check=False,
    )

    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.strip() == (
        "error: The vault is open in another Sorakumo Desk window. "
        "Close that window first; nothing was changed."
    )
    assert not list(tmp_path.glob("vault.replaced-*"))  # nothing was put aside
    after = folder_snapshot(made_vault.folder)
    assert all(after[name] == data for name, data in before.items())
    assert controller.vault is not None and controller.vault.is_open


def test_import_mail_beside_the_open_window_works_and_its_mail_appears(
    qtbot: QtBot,
    made_vault: MadeVault,
    make_controller: ControllerFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    controller = make_controller()
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    open_section(qtbot, controller, "inbox")
    inbox = controller.window.inbox_page
    count = child(inbox, QLabel, "threadCountLabel")
    qtbot.waitUntil(lambda: bool(count.text()), timeout=SLOW_MS)
    inbox.show_view("all")
    table = child(inbox, QTableView, "threadTable")
    assert table.model().rowCount() == 0
    open_section(qtbot, controller, "calendar")

    mail = tmp_path / "utf8.eml"
    mail.write_bytes(corpus.FILES["04-utf8-qp.eml"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(made_vault.passphrase + "\n"))
    code = cli.main(["import-mail", "--vault", str(made_vault.folder), "--passphrase-stdin", str(mail)])
    assert code == 0, capsys.readouterr().err
    assert "imported" in capsys.readouterr().out

    open_section(qtbot, controller, "inbox")  # shown again: the inbox reads the vault again
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=SLOW_MS)
    subjects = [table.model().index(0, column).data() for column in range(table.model().columnCount())]
    assert corpus.UTF8_SUBJECT in subjects


def test_P_SAFEGUARD_a_lock_left_by_a_killed_window_does_not_lock_the_counsellor_out(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory
) -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from desktop.vault.window_lock import FolderLock;"
            "lock = FolderLock(Path(sys.argv[1])); assert lock.acquire(); print('held', flush=True);"
            "time.sleep(120)",
            str(made_vault.folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            assert not FolderLock(made_vault.folder).acquire()  # held, as by a window
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=30)
    assert (made_vault.folder / LOCK_FILE).exists()  # the file stays behind; its lock went with the process

    controller = make_controller()
    controller.start()
    wait_for_unlock_dialog(qtbot, controller)
    unlock(qtbot, controller, PASSPHRASE)
    assert controller.vault is not None
    assert _refusal_box() is None


def test_a_folder_that_cannot_hold_the_lock_file_still_opens(
    qtbot: QtBot, made_vault: MadeVault, make_controller: ControllerFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only media or a full disk: no lock file can be made, and the vault opens as it would without."""

    def refuse(_lock: FolderLock) -> bool:
        raise VaultNotWritable()

    monkeypatch.setattr(FolderLock, "acquire", refuse)
    controller = make_controller()
    controller.start()
    unlock(qtbot, controller, made_vault.passphrase)
    assert controller.vault is not None
    assert not (made_vault.folder / LOCK_FILE).exists()
