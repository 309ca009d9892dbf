"""Ctrl+C and SIGTERM end the window cleanly (issue 13): the session locks, then the app quits with 0.

A child process runs the real window offscreen on a test vault
(``tests.helpers.window_child``), unlocked through its unlock dialog. The
test sends the signal once the child has said ``unlocked`` and waits for the
child to end: it must exit 0, having said ``locked`` (the controller's own
signal) and logged ``session locked``, and the vault must have been closed —
SQLite removes the write-ahead log when the last connection closes, so no
``vault.db-wal`` is left behind — and it opens again with the passphrase.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.vault import store
from tests.helpers.vaults import PASSPHRASE, make_vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sends POSIX signals")

ROOT = Path(__file__).resolve().parents[3]
#: The most a child may take to start, unlock or end; every wait ends as soon as the state is reached.
LIMIT = 120.0


def _line(child: subprocess.Popen[bytes]) -> str:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=LIMIT), "the window said nothing"
    return child.stdout.readline().decode().strip()


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_locks_the_session_then_quits_with_exit_code_0(tmp_path: Path, signum: int) -> None:
    folder = tmp_path / "vault"
    vault, _code = make_vault(folder)
    vault.close()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.window_child", str(folder)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert child.stdin is not None
        child.stdin.write(f"{PASSPHRASE}\n".encode())
        child.stdin.flush()
        assert _line(child) == "unlocked"
        assert (folder / "vault.db-wal").exists()  # the open vault has its write-ahead log
        child.send_signal(signum)
        out, err = child.communicate(timeout=LIMIT)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err.decode()
    assert out.decode().split() == ["locked"]
    assert "session locked" in err.decode()
    assert not (folder / "vault.db-wal").exists()
    store.open_with_passphrase(folder, PASSPHRASE).close()
