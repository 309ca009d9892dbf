"""The application opens no network socket: the main flows run with socket creation disabled.

Set-up, unlocking, saving settings, locking and unlocking again all run with
``socket.socket``, ``socket.create_connection`` and ``socket.getaddrinfo``
replaced by functions that fail the test if anything calls them.

Qt's own sockets do not pass through Python's ``socket`` module, and the
window does hold one local socket (the channel a second window on the same
vault knocks on). So on Linux the test also reads every socket the process
holds from ``/proc`` and tells them apart by family: local (Unix) sockets
are allowed, and one must be the window's channel; an internet socket fails.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.services import practice_settings
from desktop.vault import store
from desktop.views.controller import DesktopController
from tests.helpers.vaults import PASSPHRASE
from tests.ui.drive import (
    SLOW_MS,
    child,
    click,
    close_controller,
    fill_setup_to_confirm,
    finish_setup,
    is_locked,
    open_section,
    press_ctrl_l,
    settings_page,
    type_asked_groups,
    type_into,
    unlock,
    wizard_of,
)


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the ways to open or resolve a socket; returns the names of attempted calls."""
    attempts: list[str] = []

    def refusing(name: str) -> Callable[..., NoReturn]:
        def refuse(*_args: object, **_kwargs: object) -> NoReturn:
            attempts.append(name)
            raise OSError(f"network use attempted: socket.{name}")

        return refuse

    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refusing(name))
    return attempts


#: The /proc/net tables of internet sockets, and the column of each row that holds the socket's inode.
_NETWORK_TABLES = ("tcp", "tcp6", "udp", "udp6", "udplite", "udplite6", "raw", "raw6")


def _inodes_in(table: str, column: int) -> set[str]:
    path = Path("/proc/self/net") / table
    if not path.exists():
        return set()
    rows = path.read_text().splitlines()[1:]
    return {fields[column] for fields in (row.split() for row in rows) if len(fields) > column}


def sockets_held() -> tuple[set[str], set[str]]:
    """The inodes of the local (Unix) and of the internet sockets this process holds (Linux)."""
    held = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:  # closed while listing
            continue
        if target.startswith("socket:["):
            held.add(target.removeprefix("socket:[").removesuffix("]"))
    network = set().union(*(_inodes_in(table, 9) for table in _NETWORK_TABLES))
    return held & _inodes_in("unix", 6), held & network


def test_no_network_through_setup_unlock_settings_and_lock(
    no_sockets: list[str], qtbot: QtBot, controller: DesktopController, vault_folder: Path
) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    no_sockets.clear()

    controller.start()
    wizard = wizard_of(qtbot, controller)
    code = fill_setup_to_confirm(
        qtbot, wizard, practice_name="そらくも", counsellor_name="寺井", passphrase=PASSPHRASE
    )
    type_asked_groups(qtbot, wizard, code)
    finish_setup(qtbot, controller, wizard)
    if sys.platform.startswith("linux"):
        local, network = sockets_held()
        assert network == set(), "the process holds an internet socket"
        assert local, "the window's local channel (a Unix socket) was not found: the check sees nothing"

    open_section(qtbot, controller, "settings")
    page = settings_page(controller)
    type_into(qtbot, child(page, QLineEdit, "pickupStationEdit"), "JR沼津駅")
    status = child(page, QLabel, "settingsStatusLabel")
    click(qtbot, child(page, QAbstractButton, "saveSettingsButton"))
    qtbot.waitUntil(lambda: status.text() == "Saved.", timeout=SLOW_MS)

    with qtbot.waitSignal(controller.locked):
        press_ctrl_l(qtbot, controller)
    assert is_locked(controller)
    unlock(qtbot, controller, PASSPHRASE)
    assert child(page, QLineEdit, "pickupStationEdit").text() == "JR沼津駅"

    close_controller(controller)
    vault = store.open_with_passphrase(vault_folder, PASSPHRASE)
    try:
        assert practice_settings.load(vault).pickup_station == "JR沼津駅"
    finally:
        vault.close()
    assert no_sockets == [], f"the application tried to use the network: {no_sockets}"
