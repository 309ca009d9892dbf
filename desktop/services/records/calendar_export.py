"""Bookings as an iCalendar file for the counsellor's own phone calendar (RFC 5545); names only by choice.

A phone calendar is usually synchronised to a cloud service, so by default
each event carries the session's title and its time and nothing that says who
comes: no name, no number, no note (P-DATA stays in the vault). Ticking
"names" hands each client's name to whoever holds that calendar — a provision
to a third party (P-DISCLOSE) — so it is recorded like any export for someone
else: in the same unit of work, before the file is written, every named
client gets a disclosure record through the disclosure gate
(:func:`desktop.services.disclosures.add_disclosure`: a basis, and for
``consent`` a consent of that client covering the recipient and the name),
handed over as an exported file and marked as used by this export (sealed as
``client.exported``, as :mod:`.third_party_export` does). A client without a
basis refuses the whole export. The file goes to disk through the export
gate's writer (:func:`.record_exports.write`); the act is audited with counts.

Times are written in UTC (``DTSTART:20261207T010000Z``), which every calendar
reads without a VTIMEZONE; the phone shows them in its own zone. Lines end in
CRLF and are folded at 75 octets without splitting a character; text values
are escaped; each event's UID is stable (the booking and the vault), so
importing a newer file updates events instead of doubling them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client
from desktop.policy import disclosure as rules
from desktop.policy.bookings import BookingStatus
from desktop.policy.disclosure import Basis, DataItem, DisclosureFacts, HandOver, Relation
from desktop.services import disclosures
from desktop.services.consents import facts_of_client
from desktop.services.records import record_exports, record_seals
from desktop.vault import audit
from desktop.vault.clock import practice_time
from desktop.vault.store import OpenVault

FORMAT = "ics"
#: Bookings a phone calendar should hold: agreed ones, and those still being agreed (tentative).
_SHOWN = {BookingStatus.CONFIRMED.value: "CONFIRMED", BookingStatus.NEGOTIATING.value: "TENTATIVE"}
_FOLD_OCTETS = 75


@dataclass(frozen=True, slots=True)
class CalendarProvision:
    """To whom names go when they are ticked (the calendar's service), and on what basis (P-DISCLOSE)."""

    recipient_name: str
    recipient_contact: str
    basis: Basis
    justification: str = ""
    requesting_body: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class CalendarExport:
    events: int
    #: The disclosure records made for the named clients (empty without names).
    disclosure_ids: tuple[int, ...] = ()


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break as ``\\n``."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return escaped.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> bytes:
    """One content line as UTF-8, folded so no physical line passes 75 octets; ends in CRLF."""
    parts: list[bytes] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        limit = _FOLD_OCTETS if not parts else _FOLD_OCTETS - 1  # a continuation starts with a space
        if len(current) + len(encoded) > limit:
            parts.append(current)
            current = b""
        current += encoded
    parts.append(current)
    return b"\r\n ".join(parts) + b"\r\n"


def _utc(moment: datetime, session: Session) -> str:
    """A stored wall-clock time of the practice as an RFC 5545 UTC date-time."""
    zone = practice_time(session).zone
    return moment.replace(tzinfo=zone).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _bookings(session: Session, since: date) -> list[tuple[Booking, Client]]:
    rows = session.execute(
        select(Booking, Client)
        .join(Client, Client.id == Booking.client_id)
        .where(
            Booking.status.in_(_SHOWN),
            Booking.starts_at.is_not(None),
            Booking.ends_at.is_not(None),
            Booking.starts_at >= datetime.combine(since, time()),
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    return [(row.Booking, row.Client) for row in rows]


def calendar_bytes(
    session: Session, bookings: list[tuple[Booking, Client]], *, vault_id: str, names: bool, untitled: str
) -> bytes:
    """The VCALENDAR for ``bookings``; a client's name appears only when ``names`` is set."""
    stamp = practice_time(session).now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Sorakumo Desk//{__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for booking, client in bookings:
        assert booking.starts_at is not None and booking.ends_at is not None
        title = booking.session_name or untitled
        summary = f"{title} – {client.full_name}" if names else title
        lines += [
            "BEGIN:VEVENT",
            f"UID:booking-{booking.id}-{vault_id}@sorakumo-desk",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(booking.starts_at, session)}",
            f"DTEND:{_utc(booking.ends_at, session)}",
            f"SUMMARY:{escape_text(summary)}",
            f"STATUS:{_SHOWN[booking.status]}",
            "CLASS:PRIVATE",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)


def _consent_for(session: Session, client_id: int, provision: CalendarProvision, today: date) -> int | None:
    """The id of a consent of the client that covers handing their name to the calendar's service."""
    for consent in facts_of_client(session, client_id):
        facts = DisclosureFacts(
            client_id,
            today,
            provision.recipient_name,
            Relation.OTHER,
            frozenset({DataItem.NAME}),
            Basis.CONSENT,
            consent,
            recipient_contact=provision.recipient_contact,
        )
        if rules.consent_covers(consent, facts).allowed:
            return consent.id
    return None


def _provide_names(session: Session, client_ids: list[int], provision: CalendarProvision) -> tuple[int, ...]:
    """P-DISCLOSE: one disclosure record per named client, through the disclosure gate, marked as used."""
    today = practice_time(session).today()
    recorded: list[int] = []
    for client_id in client_ids:
        consent_id = None
        if provision.basis is Basis.CONSENT:
            consent_id = _consent_for(session, client_id, provision, today)
            if consent_id is None:
                raise PolicyRefusal(
                    rules.P_DISCLOSE,
                    QT_TRANSLATE_NOOP(
                        "policy",
                        "Not every client in the calendar has consented to their name going to this "
                        "calendar's service; export without names, or record their consents first.",
                    ),
                )
        draft = disclosures.DisclosureDraft(
            disclosed_on=today,
            recipient_name=provision.recipient_name,
            relation=Relation.OTHER,
            items=frozenset({DataItem.NAME}),
            basis=provision.basis,
            hand_over=HandOver.FILE,
            recipient_contact=provision.recipient_contact,
            consent_id=consent_id,
            justification=provision.justification,
            requesting_body=provision.requesting_body,
            reference=provision.reference,
        )
        row = disclosures.add_disclosure(session, client_id=client_id, draft=draft)
        row.export_format = FORMAT
        record_seals.seal(
            session, "client.exported", row, detail={"format": FORMAT, "recipient": "third_party"}
        )
        recorded.append(row.id)
    return tuple(recorded)


def export_bookings(
    vault: OpenVault,
    *,
    path: Path,
    since: date | None = None,
    provision: CalendarProvision | None = None,
    untitled: str = "Counselling session",
) -> CalendarExport:
    """Write the bookings from ``since`` (default: the practice's today) as ``.ics``; audited.

    Without ``provision`` no name is written. With it, every named client's
    provision is recorded first, in the same transaction as the file's write:
    if any record is refused or the write fails, nothing is recorded.
    """
    with vault.unit_of_work() as session:
        bookings = _bookings(session, since or practice_time(session).today())
        disclosure_ids: tuple[int, ...] = ()
        if provision is not None:
            named = sorted({client.id for _booking, client in bookings})
            disclosure_ids = _provide_names(session, named, provision)
        data = calendar_bytes(
            session, bookings, vault_id=vault.vault_id, names=provision is not None, untitled=untitled
        )
        audit.append(
            session,
            "bookings.calendar_exported",
            detail={
                "events": len(bookings),
                "names": provision is not None,
                "provisions": len(disclosure_ids),
            },
        )
        session.flush()
        record_exports.write(path, data)
    return CalendarExport(len(bookings), disclosure_ids)
