"""A child process for the kill -9 runs: mixed commits until killed, each acknowledged after it returns.

Run as ``python -m tests.torture.writer``. It imports everything first, then
waits for one JSON line on stdin: ``{"folder": ..., "key": <hex>, "start": n,
"scratch": <folder for mail files>}`` (the key comes through stdin, never
argv, so it is not visible in the process list). It opens the vault with the
key, prints ``ready``, and then commits, for n = start, start + 1, ..., in
turn: a mail import (one ``.eml`` with Message-ID ``<torture-n@example.jp>``),
a client (written with its search-index row), one step of a booking
(inquiry, own will confirmed, negotiating) and an audit event. After each
commit has returned it prints ``n kind row step`` — the acknowledgement the
parent checks after the kill.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.policy.bookings import Channel, Requester
from desktop.services import bookings, clients
from desktop.services.inbox.mail_import import import_files
from desktop.vault import audit, store
from desktop.vault.store import OpenVault

#: A registered kind (the trail refuses others) that nothing else writes in the fresh vault.
ACTION = "client.viewed"
KINDS = ("mail", "client", "booking", "audit")
#: The booking steps in order; the row's state after each (checked by :mod:`tests.torture.kills`).
BOOKING_STEPS = ("inquiry", "own_will", "negotiating")


def mail_bytes(number: int) -> bytes:
    return (
        f"From: torture{number}@example.jp\r\nTo: desk@example.jp\r\n"
        f"Subject: =?UTF-8?B?6ICQ5LmF6Kmm6aiT?= {number}\r\n"
        f"Message-ID: <torture-{number}@example.jp>\r\nDate: Mon, 07 Dec 2026 09:00:00 +0900\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n耐久試験のメール {number}\r\n"
    ).encode()


def client_email(number: int) -> str:
    return f"t{number}@torture.example"


class Committer:
    """One commit per call, in the order of :data:`KINDS`; the booking advances one step at a time."""

    def __init__(self, vault: OpenVault, scratch: Path) -> None:
        self.vault = vault
        self.scratch = scratch
        self.client_id: int | None = None
        self.booking: tuple[int, int] | None = None  # (row, step done)

    def commit(self, number: int) -> tuple[str, int, int]:
        kind = KINDS[number % len(KINDS)]
        if kind == "mail":
            path = self.scratch / f"{number}.eml"
            path.write_bytes(mail_bytes(number))
            report = import_files(self.vault, [path])
            return kind, report.message_ids[0], 0
        if kind == "client":
            details = clients.create_client(
                self.vault,
                draft=clients.ClientDraft(full_name=f"耐久 試験{number}", email=client_email(number)),
            )
            self.client_id = details.id
            return kind, details.id, 0
        if kind == "booking":
            return kind, *self._booking_step()
        with self.vault.unit_of_work() as session:
            audit.append(session, ACTION, detail={"n": number})
        return kind, 0, 0

    def _booking_step(self) -> tuple[int, int]:
        assert self.client_id is not None  # a client is always committed before the first booking step
        if self.booking is None or self.booking[1] == len(BOOKING_STEPS) - 1:
            row = bookings.create_booking(
                self.vault, client_id=self.client_id, requested_by=Requester.CLIENT, channel=Channel.PHONE
            ).id
            self.booking = (row, 0)
        elif self.booking[1] == 0:
            bookings.confirm_own_will(self.vault, booking_id=self.booking[0], channel=Channel.PHONE)
            self.booking = (self.booking[0], 1)
        else:
            bookings.start_negotiation(self.vault, booking_id=self.booking[0])
            self.booking = (self.booking[0], 2)
        return self.booking


def main() -> int:
    request = json.loads(sys.stdin.readline())
    vault = store.open_with_key(Path(request["folder"]), bytes.fromhex(request["key"]))
    if vault is None:
        print("wrong key", file=sys.stderr, flush=True)
        return 2
    committer = Committer(vault, Path(request["scratch"]))
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    number = int(request["start"])
    while True:
        kind, row, step = committer.commit(number)
        sys.stdout.write(f"{number} {kind} {row} {step}\n")
        sys.stdout.flush()
        number += 1


if __name__ == "__main__":
    sys.exit(main())
