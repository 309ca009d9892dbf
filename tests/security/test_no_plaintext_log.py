"""P-SAFEGUARD: the diagnostics log keeps tracebacks, never personal data.

A fault can carry a client's name in its message (a ``ValueError`` quoting a
field, a database error quoting a row). The log keeps where it happened and
what kind of fault it was; the message of any exception that is not the app's
own is withheld, and the home folder (which names the account) is shown as
``~``. The whole log folder is searched for the marker after faults logged
every way the app logs them: caught and logged, uncaught (the excepthook), and
a command-line task that failed unexpectedly.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
from pathlib import Path

import pytest

from desktop import cli, diagnostics
from desktop.errors import InvalidInput
from tests.helpers.vaults import PASSPHRASE, make_vault

NAME = "標本 蘭丸LG-4e7b"
NEEDLES = [NAME.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")] + [b"4e7b"]


def _leaks(folder: Path) -> list[str]:
    return sorted(
        path.name
        for path in folder.rglob("*")
        if path.is_file() and any(needle in path.read_bytes() for needle in NEEDLES)
    )


def _fail_with_the_name(who: str = NAME) -> None:
    """The name is in the messages only, as a value is at run time (the source line shows ``who``)."""
    try:
        raise KeyError(who)
    except KeyError as inner:
        raise ValueError("no such client: " + who) from inner


def test_the_scanner_finds_the_name_in_a_plain_file(tmp_path: Path) -> None:
    (tmp_path / "plain.log").write_text(f"error: {NAME}", encoding="utf-16-le")
    assert _leaks(tmp_path) == ["plain.log"]


def test_p_safeguard_a_logged_traceback_keeps_frames_and_withholds_the_message() -> None:
    path = diagnostics.configure_logging()
    assert path is not None and path.parent == diagnostics.log_dir()
    try:
        _fail_with_the_name()
    except ValueError:
        logging.getLogger("desktop.test").exception("a client could not be read")
    text = path.read_text(encoding="utf-8")
    assert "a client could not be read" in text
    assert "in _fail_with_the_name" in text and "ValueError: (message withheld" in text
    assert "KeyError: (message withheld" in text  # the cause is there too, without its value
    assert str(Path.home()) not in text
    assert _leaks(diagnostics.log_dir()) == []


def test_p_safeguard_the_app_s_own_errors_keep_their_message(tmp_path: Path) -> None:
    path = diagnostics.configure_logging()
    assert path is not None
    try:
        raise InvalidInput("the postal code has 7 digits")
    except InvalidInput:
        logging.getLogger("desktop.test").exception("refused")
    assert "InvalidInput: the postal code has 7 digits" in path.read_text(encoding="utf-8")


def test_p_safeguard_an_uncaught_fault_is_logged_without_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = diagnostics.configure_logging()
    assert path is not None
    told: list[BaseException] = []
    diagnostics.install_excepthook(told.append)
    try:
        _fail_with_the_name()
    except ValueError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(told) == 1 and isinstance(told[0], ValueError)
    text = path.read_text(encoding="utf-8")
    assert "uncaught ValueError" in text and "Traceback (most recent call last)" in text
    assert _leaks(diagnostics.log_dir()) == []


def test_p_safeguard_a_thread_s_fault_is_logged_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = diagnostics.configure_logging()
    assert path is not None
    told: list[BaseException] = []
    diagnostics.install_excepthook(told.append)
    worker = threading.Thread(target=_fail_with_the_name)
    worker.start()
    worker.join()
    assert len(told) == 1 and isinstance(told[0], ValueError)
    assert "uncaught ValueError" in path.read_text(encoding="utf-8")
    assert _leaks(diagnostics.log_dir()) == []


def test_p_safeguard_an_unexpected_command_failure_goes_to_the_log_not_to_stderr(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _code = make_vault(vault_dir)
    vault.close()

    def broken(*_args: object) -> object:
        _fail_with_the_name()
        raise AssertionError("not reached")

    monkeypatch.setattr("desktop.services.integrity.check_vault", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(["check", "--vault", str(vault_dir), "--passphrase-stdin"])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_UNUSABLE
    assert err.count("\n") == 1 and "unexpected failure (ValueError)" in err and NAME not in err
    assert diagnostics.LOG_FILE_NAME in err
    text = diagnostics.log_file().read_text(encoding="utf-8")
    assert "unexpected failure in check" in text and "in _fail_with_the_name" in text
    assert _leaks(diagnostics.log_dir()) == []


def test_p_safeguard_debug_shows_the_traceback_on_stderr_still_without_the_name(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault, _code = make_vault(vault_dir)
    vault.close()

    def broken(*_args: object) -> object:
        _fail_with_the_name()
        raise AssertionError("not reached")

    monkeypatch.setattr("desktop.services.integrity.check_vault", broken)
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(["--debug", "check", "--vault", str(vault_dir), "--passphrase-stdin"])
    _out, err = capsys.readouterr()
    assert code == cli.EXIT_UNUSABLE
    assert "Traceback (most recent call last)" in err and "in _fail_with_the_name" in err
    assert "DEBUG " in err and NAME not in err
