"""``python -m desktop --help`` is the window's help; each task keeps its own (``COMMAND --help``).

The help comes without loading Qt, so it works on a machine where the window
cannot open (a server, a broken display).
"""

from __future__ import annotations

import subprocess
import sys


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_help_is_the_window_s_own() -> None:
    shown = _run("--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: python -m desktop [-h] [--vault DIR] [--debug] [--self-check DIR]")
    assert "Open the Sorakumo Desk window on a vault." in shown.stdout
    assert "init, check, demo, backup, verify, restore, import-mail" in shown.stdout
    assert "{init,check" not in shown.stdout  # not the command line's usage


def test_a_task_keeps_its_own_help() -> None:
    shown = _run("check", "--help")
    assert shown.returncode == 0
    assert shown.stdout.startswith("usage: python -m desktop check") and "--passphrase-stdin" in shown.stdout


def test_the_help_loads_no_qt() -> None:
    script = (
        "import sys; sys.argv = ['__main__.py', '--help']; from desktop.__main__ import main; main(); "
        "print('QT' if 'PySide6.QtCore' in sys.modules else 'NO-QT')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.rstrip().endswith("NO-QT")
