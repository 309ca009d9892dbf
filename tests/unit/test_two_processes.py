"""Two processes writing to one vault at once: the window's services and ``import-mail`` beside them.

The child runs ``python -m desktop import-mail`` again and again over fresh
mailboxes while this process creates clients and writes notes through the
services. Every unit of work is one ``BEGIN IMMEDIATE`` transaction, so the
two serialise: nothing is lost, nobody is told "database is locked", and the
audit chain — whose every link reads the previous head before it writes —
stays one unbroken chain.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import Client, ConsultationNote, Message
from desktop.services import audit_log, clients, consultation_notes
from tests.helpers.vaults import PASSPHRASE, make_vault
from tests.unit.test_cli import _cli_env

IMPORT_RUNS = 6
MESSAGES_PER_RUN = 40
CLIENTS = 120


def _mailbox(path: Path, run: int) -> Path:
    parts = []
    for index in range(MESSAGES_PER_RUN):
        sender = f"sender{run}-{index}@example.com"
        parts.append(
            f"From {sender} Thu Nov 19 10:00:00 2026\n"
            f"From: {sender}\nTo: office@sorakumo.example\nSubject: run {run} message {index}\n"
            f"Date: Thu, 19 Nov 2026 10:00:00 +0900\nMessage-ID: <run{run}-{index}@example.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            f"ご予約の相談です。{run}-{index}\n\n"
        )
    path.write_text("".join(parts), encoding="utf-8")
    return path


def test_import_mail_beside_the_services_loses_nothing_and_keeps_the_chain(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _code = make_vault(folder)
    home = tmp_path / "home"
    home.mkdir()
    boxes = [_mailbox(tmp_path / f"run{run}.mbox", run) for run in range(IMPORT_RUNS)]
    outcomes: list[subprocess.CompletedProcess[bytes]] = []

    def import_beside() -> None:
        for box in boxes:
            outcomes.append(
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "desktop",
                        "import-mail",
                        "--vault",
                        str(folder),
                        "--passphrase-stdin",
                        str(box),
                    ],
                    input=f"{PASSPHRASE}\n".encode(),
                    capture_output=True,
                    env=_cli_env(home),
                    cwd=home,
                    timeout=300,
                    check=False,
                )
            )

    child = threading.Thread(target=import_beside)
    child.start()
    made = 0
    while child.is_alive() or made < CLIENTS:
        created = clients.create_client(vault, draft=clients.ClientDraft(full_name=f"並行 {made}"))
        consultation_notes.add_note(vault, client_id=created.id, occurred_on=date(2026, 12, 1), text="記録")
        made += 1
    child.join()

    assert [run.returncode for run in outcomes] == [0] * IMPORT_RUNS, [run.stderr for run in outcomes]
    for run in outcomes:
        err = run.stderr.decode("utf-8").lower()
        assert "locked" not in err and "busy" not in err and "traceback" not in err
        assert f"Imported {MESSAGES_PER_RUN} messages" in run.stdout.decode("utf-8")
    with vault.reading() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == IMPORT_RUNS * MESSAGES_PER_RUN
        assert session.scalar(select(func.count()).select_from(Client)) == made
        assert session.scalar(select(func.count()).select_from(ConsultationNote)) == made
    chain = audit_log.verify(vault)
    assert chain.intact, chain.problem
    vault.close()
