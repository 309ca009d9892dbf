"""``python -m desktop import-mail``: the corpus through the command, compared exactly in the vault."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import cli
from desktop.models import AuditEvent, Message, MessageAttachment
from desktop.services import clients, inbox, practice_settings
from desktop.vault import audit
from desktop.vault.store import OpenVault
from tests.helpers import mail_corpus as corpus
from tests.helpers.cli import run_command
from tests.helpers.vaults import PASSPHRASE, make_vault
from tests.unit.test_mail_real_world import HTML_PART, alternative


@pytest.fixture
def vault_with_sato(vault_dir: Path) -> Path:
    vault, _code = make_vault(vault_dir)
    try:
        clients.create_client(
            vault, draft=clients.ClientDraft(full_name="佐藤 花子", email=corpus.SATO, status="active")
        )
        settings = practice_settings.load(vault)
        practice_settings.save(vault, replace(settings, practice_addresses=(corpus.PRACTICE,)))
    finally:
        vault.close()
    return vault_dir


def _messages(vault: OpenVault) -> dict[str, Message]:
    with vault.unit_of_work() as session:
        rows = list(session.scalars(select(Message)))
        for row in rows:
            _ = row.attachments  # loaded while the session is open
        return {row.message_id or "": row for row in rows}


def test_the_command_imports_the_corpus_exactly_and_names_each_refused_file(
    vault_with_sato: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = corpus.write_corpus(tmp_path / "mail")
    code, out, err = run_command(
        monkeypatch,
        capsys,
        "import-mail",
        "--vault",
        str(vault_with_sato),
        "--passphrase-stdin",
        *map(str, paths),
    )
    assert code == cli.EXIT_UNUSABLE
    assert err == "error: 2 files or messages could not be imported (see above)\n"
    lines = out.splitlines()
    for name, reason in corpus.REFUSED.items():
        assert f"{name}: 0 messages imported; not imported: {reason}" in lines
    for name in corpus.DUPLICATES:
        assert f"{name}: 0 messages imported; 1 was already in the vault" in lines
    assert "10-mailbox.mbox: 3 messages imported" in lines
    assert lines[-1] == (
        "Imported 13 messages from 15 files. 2 already in the vault were skipped. "
        "2 files or messages could not be imported."
    )

    vault = _open(vault_with_sato)
    try:
        stored = _messages(vault)
        assert {key: corpus.Expected.of(row) for key, row in stored.items()} == corpus.EXPECTED
        with vault.unit_of_work() as session:
            assert audit.verify(session).intact
            (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "mail.imported"))
            assert '"imported": 13' in event.detail and "sato" not in event.detail
    finally:
        vault.close()


def test_a_message_read_with_a_defect_is_imported_and_its_defect_named_under_its_file(
    vault_with_sato: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    unclosed = tmp_path / "unclosed.eml"
    unclosed.write_bytes(alternative(closed=False, html=HTML_PART))
    box = tmp_path / "box.mbox"
    second = alternative(closed=False, html=HTML_PART).replace(b"<real-1@", b"<real-2@")
    box.write_bytes(b"From x\n" + alternative(closed=True, html=HTML_PART).replace(b"<real-1@", b"<real-3@"))
    box.write_bytes(box.read_bytes() + b"\nFrom y\n" + second)
    code, out, _err = run_command(
        monkeypatch,
        capsys,
        "import-mail",
        "--vault",
        str(vault_with_sato),
        "--passphrase-stdin",
        str(unclosed),
        str(box),
    )
    assert code == cli.EXIT_OK
    defect = "the message has no closing MIME boundary, so its end may be missing"
    assert out.splitlines() == [
        f"unclosed.eml: 1 message imported; imported with a defect: {defect}",
        f"box.mbox: 2 messages imported; message 2 imported with a defect: {defect}",
        "Imported 3 messages from 2 files.",
    ]
    vault = _open(vault_with_sato)
    try:
        assert {"real-1@example.jp", "real-2@example.jp", "real-3@example.jp"} <= set(_messages(vault))
        with vault.reading() as session:
            (detail,) = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "mail.imported"))
        assert '"with_defects": 2' in detail and "real-" not in detail
    finally:
        vault.close()


def _open(folder: Path) -> OpenVault:
    from desktop.vault import store

    return store.open_with_passphrase(folder, PASSPHRASE)


def test_a_second_import_of_the_same_files_adds_nothing(
    vault_with_sato: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in corpus.write_corpus(tmp_path / "mail") if p.name not in corpus.REFUSED]
    args = ("import-mail", "--vault", str(vault_with_sato), "--passphrase-stdin", *paths)
    assert run_command(monkeypatch, capsys, *args)[0] == cli.EXIT_OK
    code, out, _err = run_command(monkeypatch, capsys, *args)
    assert code == cli.EXIT_OK
    assert out.splitlines()[-1] == "Imported 0 messages from 13 files. 15 already in the vault were skipped."
    vault = _open(vault_with_sato)
    try:
        with vault.unit_of_work() as session:
            assert len(list(session.scalars(select(Message.id)))) == 13
            assert len(list(session.scalars(select(MessageAttachment.id)))) == 1
    finally:
        vault.close()


def test_senders_are_matched_threads_joined_and_the_counsellors_reply_is_outgoing(
    vault_with_sato: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in corpus.write_corpus(tmp_path / "mail")]
    run_command(
        monkeypatch, capsys, "import-mail", "--vault", str(vault_with_sato), "--passphrase-stdin", *paths
    )
    vault = _open(vault_with_sato)
    try:
        stored = _messages(vault)
        original, reply = stored["iso-1@example.jp"], stored["reply-1@sorakumo.example"]
        assert original.client_id is not None and original.direction == "in"
        assert (reply.client_id, reply.direction) == (original.client_id, "out")
        assert reply.thread_key == original.thread_key
        assert stored["mbox-3@example.com"].client_id is None
        not_matched = {row.correspondent for row in inbox.threads(vault, view=inbox.InboxView.NOT_MATCHED)}
        assert "stranger@example.invalid" in not_matched and "佐藤 花子" not in not_matched
    finally:
        vault.close()


def test_a_wrong_passphrase_imports_nothing(
    vault_with_sato: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = corpus.write_corpus(tmp_path / "mail")[0]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"wrong\n"), encoding="utf-8"))
    code = cli.main(["import-mail", "--vault", str(vault_with_sato), "--passphrase-stdin", str(path)])
    assert code == cli.EXIT_UNUSABLE
    assert capsys.readouterr().err == "error: That passphrase is not correct. Please try again.\n"


def test_python_m_desktop_import_mail_in_a_fresh_process(vault_with_sato: Path, tmp_path: Path) -> None:
    """The command as a counsellor runs it: its own process, the passphrase on standard input."""
    from tests.unit.test_cli import run_module

    home = tmp_path / "home"
    home.mkdir()
    paths = [str(p) for p in corpus.write_corpus(tmp_path / "mail")]
    done = run_module(
        "import-mail",
        "--vault",
        str(vault_with_sato),
        "--passphrase-stdin",
        *paths,
        stdin=f"{PASSPHRASE}\n",
        home=home,
    )
    assert done.code == cli.EXIT_UNUSABLE
    assert (
        done.out.splitlines()[-1]
        == "Imported 13 messages from 15 files. 2 already in the vault were skipped. "
        "2 files or messages could not be imported."
    )
    assert done.one_error_line() == "error: 2 files or messages could not be imported (see above)"
