"""P-SAFEGUARD: nothing of an imported message lands outside the vault's encrypted database.

A message carries a unique marker in its sender's name, subject, body,
attachment name and attachment bytes. After it is imported (through the
command here, by drag and drop in ``tests/ui/test_inbox_page.py``), every file
written since the test began under the vault folder, the home folder (settings,
logs, caches), the system temp folder and the working folder is searched for
the marker in UTF-8, UTF-16 and the mail's own encodings; only the source
file itself may hold it. The log records are searched too.
"""

from __future__ import annotations

import base64
import io
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

from desktop import cli, diagnostics
from desktop.services import inbox
from desktop.vault import store
from tests.helpers.vaults import PASSPHRASE, make_vault

MARKER = "封筒マーカー-c41d9e"
ASCII_MARKER = b"c41d9e"


def marked_message() -> bytes:
    """An ISO-2022-JP message with the marker everywhere mail can carry text."""
    name = base64.b64encode(f"差出人{MARKER}".encode()).decode()
    subject = base64.b64encode(f"件名{MARKER}".encode()).decode()
    filename = base64.b64encode(f"添付{MARKER}.txt".encode()).decode()
    head = (
        f"From: =?UTF-8?B?{name}?= <marker@example.jp>\r\nTo: office@sorakumo.example\r\n"
        f"Subject: =?UTF-8?B?{subject}?=\r\nDate: Thu, 26 Nov 2026 09:00:00 +0900\r\n"
        "Message-ID: <marker-c41d9e@example.jp>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B"\r\n\r\n'
    )
    body = (
        b"--B\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n"
        + f"本文{MARKER}".encode("iso2022_jp")
        + b"\r\n--B\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        + f'Content-Disposition: attachment; filename="=?UTF-8?B?{filename}?="\r\n\r\n'.encode()
        + f"添付の中身{MARKER}".encode()
        + b"\r\n--B--\r\n"
    )
    return head.encode() + body


def needles() -> list[bytes]:
    found = [MARKER.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be", "iso2022_jp")]
    return [*found, ASCII_MARKER]


def leaks(roots: list[Path], since: float, allowed: set[Path], skipped: Path | None = None) -> list[str]:
    """Files under ``roots`` changed since ``since`` (other than ``allowed``) that hold a needle.

    ``skipped`` is a folder left out (pytest's folder of every run's temporary
    files, where other tests and other runs keep their own copies of the marker).
    """
    found: list[str] = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            if skipped is not None:
                dirs[:] = [d for d in dirs if Path(folder, d) != skipped]
            for name in files:
                path = Path(folder, name)
                try:
                    if path.resolve() in allowed or path.stat().st_mtime < since:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles()):
                    found.append(str(path))
    return found


def scan(tmp_path: Path, vault_dir: Path, source: Path, since: float) -> list[str]:
    """Every leak of the marker outside the vault, the source mail file excepted."""
    roots = [tmp_path, vault_dir, Path.home(), diagnostics.log_dir(), Path(tempfile.gettempdir()), Path.cwd()]
    return leaks(roots, since, {source.resolve()}, skipped=tmp_path.parent.parent)


def test_the_scanner_finds_the_marker_in_a_plain_copy(tmp_path: Path) -> None:
    since = time.time() - 1
    (tmp_path / "copy.eml").write_bytes(marked_message())
    assert leaks([tmp_path], since, set()) == [str(tmp_path / "copy.eml")]


def test_p_safeguard_an_imported_message_leaves_no_trace_outside_the_vault(
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    since = time.time() - 1
    vault, _code = make_vault(vault_dir)
    vault.close()
    source = tmp_path / "incoming" / "marked.eml"
    source.parent.mkdir()
    source.write_bytes(marked_message())

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(f"{PASSPHRASE}\n".encode()), encoding="utf-8")
    )
    assert cli.main(["import-mail", "--vault", str(vault_dir), "--passphrase-stdin", str(source)]) == 0
    out, err = capsys.readouterr()
    assert MARKER not in out + err
    assert diagnostics.log_file().stat().st_size > 0  # the import wrote its log, and the scan reads it

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        (row,) = inbox.threads(reopened, view=inbox.InboxView.ALL)
        (message,) = inbox.thread_messages(reopened, thread_key=row.thread_key)
        assert message.body == f"本文{MARKER}" and message.subject == f"件名{MARKER}"
        assert message.attachments[0].filename == f"添付{MARKER}.txt"
        assert scan(tmp_path, vault_dir, source, since) == []
    finally:
        reopened.close()
    assert scan(tmp_path, vault_dir, source, since) == []
    assert MARKER not in caplog.text
