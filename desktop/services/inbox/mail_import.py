"""Importing mail files into the vault: one transaction, each message in its own savepoint, a report per file.

Files are read with :mod:`desktop.mail` (no exception escapes for a bad file:
it is reported by name with its reason and the rest of the batch imports).
A message already in the vault, or earlier in the same batch, is skipped: the
same Message-ID, or for mail without one the same content hash. Each new
message is matched to a client by its sender's address (P-AFTERFOLLOW: the
inbox needs to know whose it is), given its thread, linked to the client's
open booking, and checked against the danger phrases (an aid). Direction
follows the practice's own addresses (a practice setting): mail from them is
outbound, and must match a logged contact (the gate links it) or it is listed
in Contacts as sent outside the app; mail from anyone else is inbound — from
a third party when the sender is not a known client (a parent writing with
the client in copy stays unmatched: P-WHO). Bodies and
attachments go into the vault only; the audit trail records counts and row
ids, never a subject or an address.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.mail import threading
from desktop.mail.parse import MailProblem, ParsedMail
from desktop.mail.reading import Parsed, Unreadable, read_file
from desktop.models import Booking, Client, ClientAddress, Message, MessageAttachment
from desktop.policy import danger
from desktop.policy.bookings import BookingStatus, ExchangeSource
from desktop.services import outbound, practice_settings
from desktop.services.bookings import count_exchange
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.engine import domain_error
from desktop.vault.store import OpenVault

log = logging.getLogger(__name__)

#: SQLite's limit on bound parameters is far above this; chunks keep each IN list short.
_CHUNK = 500
#: Bookings still being agreed: mail from their client belongs to the booking thread (P-ROUNDTRIPS).
_OPEN_BOOKINGS = (BookingStatus.INQUIRY.value, BookingStatus.NEGOTIATING.value)


@dataclass(frozen=True, slots=True)
class Problem:
    """A message that was not imported: ``position`` in a mailbox (0 for the file itself) and why."""

    position: int
    reason: str


@dataclass(frozen=True, slots=True)
class FileReport:
    """What happened to one file of the batch; ``reason`` is an English template (views translate it).

    ``defects`` are messages that were imported all the same with something
    wrong in them (a :class:`MailDefect`, e.g. no closing boundary), so the
    counsellor knows to check the end of that message.
    """

    name: str
    imported: int = 0
    duplicates: int = 0
    problems: tuple[Problem, ...] = ()
    defects: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: tuple[FileReport, ...]
    message_ids: tuple[int, ...] = field(default=())

    @property
    def imported(self) -> int:
        return sum(f.imported for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def refused(self) -> int:
        return sum(len(f.problems) for f in self.files)

    @property
    def with_defects(self) -> int:
        return sum(len(f.defects) for f in self.files)


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def address_book(session: Session) -> dict[str, int]:
    """Every known address (lower case) -> its client: the client's own email and any added address."""
    book = {
        email.lower(): client_id
        for client_id, email in session.execute(select(Client.id, Client.email).where(Client.email != ""))
    }
    book.update(
        (address, client_id)
        for address, client_id in session.execute(select(ClientAddress.address, ClientAddress.client_id))
    )
    return book


def open_bookings(session: Session) -> dict[int, int]:
    """Client -> their newest booking still being agreed."""
    rows = session.execute(
        select(Booking.client_id, func.max(Booking.id))
        .where(Booking.status.in_(_OPEN_BOOKINGS))
        .group_by(Booking.client_id)
    )
    return {client_id: booking_id for client_id, booking_id in rows}


class _Batch:
    """The state of one import: what is already known, so every look-up is a dictionary hit."""

    def __init__(
        self,
        session: Session,
        mails: Sequence[ParsedMail],
        phrases: tuple[str, ...],
        own: frozenset[str] = frozenset(),
    ) -> None:
        self.session = session
        self.phrases = phrases
        self.own = own
        self.addresses = address_book(session)
        self.bookings = open_bookings(session)
        ids = {m.message_id for m in mails if m.message_id}
        hashes = {m.content_hash for m in mails if not m.message_id}
        parents = {ref for m in mails for ref in (m.in_reply_to, *m.references) if ref}
        self.seen_ids: set[str] = set()
        self.seen_hashes: set[str] = set()
        self.threads: dict[str, str] = {}
        for chunk in _chunks(ids | parents):
            for message_id, key in session.execute(
                select(Message.message_id, Message.thread_key).where(Message.message_id.in_(chunk))
            ):
                if message_id is not None:
                    self.threads[message_id] = key
                    self.seen_ids.add(message_id)
        for chunk in _chunks(hashes):
            self.seen_hashes.update(
                session.scalars(
                    select(Message.content_hash).where(
                        Message.content_hash.in_(chunk), Message.message_id.is_(None)
                    )
                )
            )
        self.subjects: dict[tuple[str, str], str] = {}
        counterparts = {m.from_address for m in mails if threading.is_reply_subject(m.subject)}
        for chunk in _chunks(counterparts):
            for address, subject, key in session.execute(
                select(Message.from_address, Message.subject, Message.thread_key)
                .where(Message.from_address.in_(chunk))
                .order_by(Message.sent_at)
            ):
                self.subjects.setdefault((address, threading.subject_key(subject)), key)

    def mark(self) -> tuple[set[str], set[str], dict[str, str], dict[tuple[str, str], str]]:
        """What the batch knows now, to go back to when a file's savepoint is rolled back."""
        return set(self.seen_ids), set(self.seen_hashes), dict(self.threads), dict(self.subjects)

    def restore(self, mark: tuple[set[str], set[str], dict[str, str], dict[tuple[str, str], str]]) -> None:
        self.seen_ids, self.seen_hashes, self.threads, self.subjects = mark

    def is_duplicate(self, mail: ParsedMail) -> bool:
        if mail.message_id:
            return mail.message_id in self.seen_ids
        return mail.content_hash in self.seen_hashes

    def add(self, mail: ParsedMail, now: str) -> Message:
        client_id = self.addresses.get(mail.from_address)
        direction = "in"
        if mail.from_address.lower() in self.own:  # the counsellor's own mail, from a sent folder
            direction = "out"
            client_id = next((self.addresses[a] for a in mail.to_addresses if a in self.addresses), None)
        correspondent = mail.from_address
        subject = threading.subject_key(mail.subject)
        key = threading.thread_key(
            message_id=mail.message_id,
            in_reply_to=mail.in_reply_to,
            references=mail.references,
            content_hash=mail.content_hash,
            known=self.threads,
            by_subject=self.subjects.get((correspondent, subject))
            if threading.is_reply_subject(mail.subject)
            else None,
        )
        if mail.message_id:
            self.seen_ids.add(mail.message_id)
            self.threads[mail.message_id] = key
        else:
            self.seen_hashes.add(mail.content_hash)
        self.subjects.setdefault((correspondent, subject), key)
        row = Message(
            kind="email",
            direction=direction,
            client_id=client_id,
            booking_id=self.bookings.get(client_id) if client_id is not None else None,
            thread_key=key,
            message_id=mail.message_id,
            in_reply_to=mail.in_reply_to,
            reference_ids=" ".join(mail.references),
            content_hash=mail.content_hash,
            from_address=mail.from_address,
            from_name=mail.from_name[:200],
            to_addresses=", ".join(mail.to_addresses),
            subject=mail.subject[:998],
            sent_at=mail.sent_at or now,
            body=mail.body,
            body_source=mail.body_source,
            danger=danger.mentions_danger(f"{mail.subject}\n{mail.body}", self.phrases),
            created_at=now,
            attachments=[
                MessageAttachment(
                    filename=a.filename, content_type=a.content_type[:127], size=len(a.data), data=a.data
                )
                for a in mail.attachments
            ],
        )
        self.session.add(row)
        return row


NamedOutcomes = Sequence[tuple[str, Sequence[Parsed | Unreadable]]]


def import_outcomes(
    session: Session, named: NamedOutcomes, phrases: tuple[str, ...]
) -> tuple[ImportReport, list[Message]]:
    """Add every new message of ``named`` (file name, what was read from it) in the caller's transaction.

    The counsellor's own mail is matched to the contact it was, through the gate.
    """
    now = practice_time(session).stamp()
    settings = practice_settings.load_in(session)
    own = frozenset(a.lower() for a in settings.practice_addresses)
    mails = [o.mail for _name, found in named for o in found if isinstance(o, Parsed)]
    batch = _Batch(session, mails, phrases, own)
    reports: list[FileReport] = []
    rows: list[Message] = []
    for name, found in named:
        mark = batch.mark()
        try:
            with session.begin_nested():
                report, stored = _store_file(session, batch, name, found, now)
        except _UNEXPECTED as error:
            if isinstance(error, SQLAlchemyError) and domain_error(error) is not None:
                raise  # a full disk or a damaged vault stops the whole import, and says so
            # Something in this file could not be stored: go back and store it message by message,
            # so that only what truly cannot be stored is left out.
            batch.restore(mark)
            report, stored = _store_file(session, batch, name, found, now, one_by_one=True)
        reports.append(report)
        rows.extend(stored)
    return ImportReport(tuple(reports), tuple(row.id for row in rows)), rows


#: What can go wrong while one message is written; anything else is a defect and is raised.
_UNEXPECTED = (SQLAlchemyError, PolicyRefusal, ValueError, UnicodeError, LookupError)


def _store_file(
    session: Session,
    batch: _Batch,
    name: str,
    found: Sequence[Parsed | Unreadable],
    now: str,
    *,
    one_by_one: bool = False,
) -> tuple[FileReport, list[Message]]:
    """Store the new messages of one file; ``one_by_one`` gives each its own savepoint.

    The fast path stores a whole file in the caller's savepoint and raises if
    any message fails; the caller then rolls it back and comes here again one
    by one, where a message that cannot be stored is reported by itself.
    """
    imported = duplicates = 0
    problems: list[Problem] = []
    defects: list[Problem] = []
    rows: list[Message] = []
    for outcome in found:
        if isinstance(outcome, Unreadable):
            problems.append(Problem(outcome.position, outcome.problem.value))
            continue
        if batch.is_duplicate(outcome.mail):
            duplicates += 1
            continue
        if not one_by_one:
            rows.append(batch.add(outcome.mail, now))
        elif (row := _store_alone(session, batch, outcome.mail, now)) is None:
            problems.append(Problem(outcome.position, MailProblem.NOT_STORED.value))
            continue
        else:
            rows.append(row)
        imported += 1
        defects.extend(Problem(outcome.position, defect.value) for defect in outcome.mail.defects)
    if not one_by_one:
        session.flush()  # one flush for the whole file: the fast path
        for row in rows:
            _follow_up(session, row)
    return FileReport(name, imported, duplicates, tuple(problems), tuple(defects)), rows


def _follow_up(session: Session, row: Message) -> None:
    """What a stored message sets going: mail from a client counts as an exchange, sent mail is matched.

    P-ROUNDTRIPS counts itself while the client's email booking is open; the
    counsellor's own sent mail is matched to the contact it was, through the gate.
    """
    if row.direction == "out":
        outbound.link_sent_mail(session, row)
    elif row.client_id is not None:
        count_exchange(session, client_id=row.client_id, source=ExchangeSource.MAIL_IN, message_id=row.id)


def _store_alone(session: Session, batch: _Batch, mail: ParsedMail, now: str) -> Message | None:
    """One message written and followed up in its own savepoint; ``None`` if it could not be stored."""
    try:
        with session.begin_nested():
            row = batch.add(mail, now)
            session.flush()
            _follow_up(session, row)
            return row
    except _UNEXPECTED as error:
        if isinstance(error, SQLAlchemyError) and domain_error(error) is not None:
            raise  # a full disk or a damaged vault stops the whole import, and says so
        # The type only: an exception's text could quote the mail.
        log.warning("a message was not imported: %s", type(error).__name__)
        return None


def import_files(vault: OpenVault, paths: Sequence[Path]) -> ImportReport:
    """Import every message of ``paths`` (``.eml`` or mbox) in one transaction; report each file."""
    phrases = practice_settings.load(vault).danger_phrases
    named = [(path.name, list(read_file(path))) for path in paths]
    with vault.unit_of_work() as session:
        report, rows = import_outcomes(session, named, phrases)
        audit.append(
            session,
            "mail.imported",
            entity="message",
            entity_id=rows[0].id if rows else None,
            detail={
                "files": len(paths),
                "imported": report.imported,
                "duplicates": report.duplicates,
                "refused": report.refused,
                "with_defects": report.with_defects,
                "danger": sum(1 for row in rows if row.danger),
            },
        )
    return report
