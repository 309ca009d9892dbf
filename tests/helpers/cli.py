"""Running ``python -m desktop COMMAND`` in the test process, the passphrase on standard input."""

from __future__ import annotations

import io
import sys

import pytest

from desktop import cli
from tests.helpers.vaults import PASSPHRASE


def run_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    """The exit code, standard output and standard error of ``cli.main(argv)`` (never a traceback)."""
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PASSPHRASE}\n".encode()), encoding="utf-8")
    )
    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
