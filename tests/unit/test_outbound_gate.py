"""P-CONTACT and the reply rules on every path: one gate writes every contact row.

The first tests prove no writer bypasses the gate: an AST scan finds every
module that builds or inserts a ``Contact`` row (only the gate may), and every
public service function that writes contacts is called with the gate made to
refuse, and must refuse with it, leaving no row. A new writer that does not go
through :func:`desktop.services.outbound.record_within` fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.errors import PolicyRefusal
from desktop.models import Booking, Contact, ContactBooking, Message
from desktop.policy.afterfollow import HoldReason, ReplyTemplate
from desktop.policy.bookings import CancelledBy, Channel, Requester
from desktop.policy.contacts import ContactChannel
from desktop.policy.emergency import EmergencyAction, EmergencyKind
from desktop.services import bookings, contacts, emergencies, inbox, outbound, practice_settings
from desktop.services.inbox import mail_import, replies, triage
from desktop.vault.store import OpenVault
from tests.helpers import mail_corpus as corpus
from tests.helpers.clock import FakeClock
from tests.helpers.followup import add_client, add_message, completed_session, confirmed_booking, menu_item

ROOT = Path(__file__).resolve().parents[2] / "desktop"
GATE = ROOT / "services" / "outbound.py"
#: The demo writes a made-up past in bulk (its own dates); it is not an act of the counsellor.
DEMO = ROOT / "demo"


def _contacts(vault: OpenVault) -> int:
    with vault.unit_of_work() as session:
        return int(session.scalar(select(func.count(Contact.id))) or 0)


def _writes_contacts(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in {"Contact", "ContactBooking"}:
                return True
            if name == "insert" and any(
                isinstance(a, ast.Name) and a.id in {"Contact", "ContactBooking"} for a in node.args
            ):
                return True
    return False


def test_p_contact_no_module_but_the_gate_builds_contact_rows() -> None:
    writers = {
        path.relative_to(ROOT).as_posix()
        for path in ROOT.rglob("*.py")
        if DEMO not in path.parents and _writes_contacts(ast.parse(path.read_text(encoding="utf-8")))
    }
    assert writers == {"services/outbound.py"}


def test_p_contact_the_scan_finds_a_writer_that_bypasses_the_gate() -> None:
    bypass = ast.parse("from desktop.models import Contact\nsession.add(Contact(client_id=1))\n")
    assert _writes_contacts(bypass) and not _writes_contacts(ast.parse("Contact.id == 1"))


@pytest.fixture
def scene(open_vault: OpenVault) -> dict[str, int]:
    """A met client with a confirmed booking ahead, a message of theirs, and sent mail from the practice."""
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    settings = practice_settings.load(open_vault)
    practice_settings.save(open_vault, replace(settings, practice_addresses=(corpus.PRACTICE,)))
    item = menu_item(open_vault, "in_person")
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    completed_session(open_vault, client, item, datetime(2026, 11, 2, 10, 0))
    booking = confirmed_booking(open_vault, client, item, datetime(2026, 12, 6, 10, 0))
    message = add_message(open_vault, client_id=client)
    sent = add_message(open_vault, client_id=client, direction="out", from_address=corpus.PRACTICE)
    return {"client": client, "booking": booking, "message": message, "sent": sent, "item": item}


def _writers(scene: dict[str, int]) -> dict[str, Callable[[OpenVault], object]]:
    """Every public service function that writes contact rows, with arguments the gate would accept."""
    client, booking, message = scene["client"], scene["booking"], scene["message"]

    def reply(vault: OpenVault) -> object:
        draft = replies.draft_reply(vault, message_id=message, template=ReplyTemplate.AFTER_FOLLOW)
        return replies.log_reply(vault, draft=draft, subject="Re", text="…")

    def call(vault: OpenVault) -> object:
        draft = inbox.CallDraft(
            datetime(2026, 11, 30, 23, 0, tzinfo=UTC),
            5,
            "",
            "折り返し",
            client_id=client,
            direction="out",
            basis="reply",
            template=ReplyTemplate.AFTER_FOLLOW,
            answers=message,
        )
        return inbox.log_call(vault, draft=draft)

    return {
        "contacts.log_contact": lambda v: contacts.log_contact(
            v,
            client_id=client,
            basis="reply",
            channel="email",
            template=ReplyTemplate.AFTER_FOLLOW,
            reply_to_message_id=message,
        ),
        "contacts.log_confirmation": lambda v: contacts.log_confirmation(v, booking_id=booking, text="確認"),
        "contacts.give_basis": lambda v: contacts.give_basis(
            v, message_id=scene["sent"], basis="reply", reply_to_message_id=message
        ),
        "replies.log_reply": reply,
        "inbox.log_call": call,
        "emergencies.declare_emergency": lambda v: emergencies.declare_emergency(
            v,
            kind=EmergencyKind.TYPHOON,
            issuing_body="気象庁",
            first_day=date(2026, 12, 6),
            last_day=date(2026, 12, 6),
            action=EmergencyAction.CANCEL,
        ),
    }


WRITERS = [
    "contacts.log_contact",
    "contacts.log_confirmation",
    "contacts.give_basis",
    "replies.log_reply",
    "inbox.log_call",
    "emergencies.declare_emergency",
]


@pytest.mark.parametrize("writer", WRITERS)
def test_p_contact_every_writer_goes_through_the_gate(
    open_vault: OpenVault, scene: dict[str, int], writer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_session: object, _contact: object) -> None:
        raise PolicyRefusal("P-CONTACT", "gate refused")

    monkeypatch.setattr(outbound, "check_within", refuse)
    with pytest.raises(PolicyRefusal, match="gate refused"):
        _writers(scene)[writer](open_vault)
    assert _contacts(open_vault) == 0
    with open_vault.unit_of_work() as session:  # nothing of the act is left half done
        assert session.get(Booking, scene["booking"]).status == "confirmed"  # type: ignore[union-attr]


@pytest.mark.parametrize("writer", WRITERS)
def test_p_contact_every_writer_logs_through_the_gate_when_it_accepts(
    open_vault: OpenVault, scene: dict[str, int], writer: str
) -> None:
    _writers(scene)[writer](open_vault)
    assert _contacts(open_vault) == 1


def test_p_contact_the_writer_list_is_every_public_writer() -> None:
    """A public service function reaching the gate must be in :data:`WRITERS` (found by reading the code)."""
    found = set()
    for path in (ROOT / "services").rglob("*.py"):
        if path == GATE:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = path.stem
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                calls = {getattr(n.func, "attr", "") for n in ast.walk(node) if isinstance(n, ast.Call)} | {
                    getattr(n.func, "id", "") for n in ast.walk(node) if isinstance(n, ast.Call)
                }
                helpers = {
                    f.name
                    for f in tree.body
                    if isinstance(f, ast.FunctionDef)
                    and any(
                        getattr(n.func, "attr", "") in {"record", "record_within"}
                        for n in ast.walk(f)
                        if isinstance(n, ast.Call)
                    )
                }
                if calls & ({"record", "record_within"} | helpers) or calls & {"add_call"}:
                    found.add(f"{module}.{node.name}")
    expected = {w.replace("inbox.", "calls.") for w in WRITERS} | {"calls.add_call"}
    assert found == expected


# --- P-CONTACT: the exceptions keep their conditions -----------------------------------------


def test_p_contact_reply_answers_a_message_not_yet_answered(
    open_vault: OpenVault, scene: dict[str, int]
) -> None:
    args = {
        "client_id": scene["client"],
        "basis": "reply",
        "channel": "email",
        "template": ReplyTemplate.AFTER_FOLLOW,
        "reply_to_message_id": scene["message"],
    }
    contacts.log_contact(open_vault, **args)  # type: ignore[arg-type]
    with pytest.raises(PolicyRefusal, match="already been answered"):
        contacts.log_contact(open_vault, **args)  # type: ignore[arg-type]
    assert _contacts(open_vault) == 1


@pytest.mark.parametrize("basis", ["fair_booking", "booking_change", "disaster", "counsellor_unavailable"])
def test_p_contact_exceptions_name_an_upcoming_open_booking_of_that_client(
    open_vault: OpenVault, scene: dict[str, int], basis: str
) -> None:
    client = scene["client"]
    with open_vault.unit_of_work() as session:
        past = session.scalar(
            select(Booking.id).where(Booking.client_id == client, Booking.status == "completed")
        )
    other = add_client(open_vault, "佐藤 一郎")
    theirs = bookings.create_booking(
        open_vault, client_id=other, requested_by=Requester.CLIENT, channel=Channel.PHONE
    )
    for named in ((), (past,), (theirs.id,), (scene["booking"], past)):
        with pytest.raises(PolicyRefusal) as refused:
            contacts.log_contact(
                open_vault, client_id=client, basis=basis, channel="phone", note="至急", booking_ids=named
            )
        assert refused.value.rule == "P-CONTACT"
    logged = contacts.log_contact(
        open_vault,
        client_id=client,
        basis=basis,
        channel="phone",
        note="至急",
        booking_ids=(scene["booking"],),
    )
    assert logged.booking_ids == (scene["booking"],)


def test_p_contact_copied_confirmation_is_a_reply_to_the_clients_own_booking(
    open_vault: OpenVault, scene: dict[str, int]
) -> None:
    logged = contacts.log_confirmation(open_vault, booking_id=scene["booking"], text="確認のご連絡")
    assert (logged.basis.value, logged.template, logged.booking_ids) == (
        "reply",
        "confirmation",
        (scene["booking"],),
    )
    bookings.cancel_booking(open_vault, booking_id=scene["booking"], cancelled_by=CancelledBy.CLIENT)
    with pytest.raises(PolicyRefusal):
        contacts.log_confirmation(open_vault, booking_id=scene["booking"], text="確認のご連絡")


# --- replies from every screen get the same checks ---------------------------------------------


def test_p_premeet_held_message_gets_only_the_hold_notice_or_an_in_person_proposal(
    open_vault: OpenVault, scene: dict[str, int]
) -> None:
    stranger = add_client(open_vault, "高橋 三郎", "saburo@example.jp")
    held = add_message(open_vault, client_id=stranger, from_address="saburo@example.jp")
    triage.hold_message(open_vault, message_id=held, reason=HoldReason.CONSULTATION_CONTENT)
    offered, why = replies.reply_templates(open_vault, message_id=held)
    assert set(offered) == {ReplyTemplate.HOLD_NOTICE, ReplyTemplate.IN_PERSON_PROPOSAL}
    assert not why.allowed and "held" in why.message()
    for template in (ReplyTemplate.BOOKING_POINTS, ReplyTemplate.AFTER_FOLLOW):
        with pytest.raises(PolicyRefusal, match="held"):
            contacts.log_contact(
                open_vault,
                client_id=stranger,
                basis="reply",
                channel="email",
                template=template,
                reply_to_message_id=held,
            )
    assert _contacts(open_vault) == 0


def test_p_premeet_someone_not_yet_met_gets_only_booking_replies(open_vault: OpenVault) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    person = add_client(open_vault, "高橋 三郎", "saburo@example.jp")
    message = add_message(open_vault, client_id=person, from_address="saburo@example.jp")
    offered, _why = replies.reply_templates(open_vault, message_id=message)
    assert ReplyTemplate.AFTER_FOLLOW not in offered and ReplyTemplate.BOOKING_POINTS in offered
    with pytest.raises(PolicyRefusal) as refused:
        replies.draft_reply(open_vault, message_id=message, template=ReplyTemplate.AFTER_FOLLOW)
    assert refused.value.rule == "P-PREMEET"


def test_p_afterfollow_follows_the_most_recent_completed_session(open_vault: OpenVault) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    completed_session(open_vault, client, menu_item(open_vault, "in_person"), datetime(2026, 10, 1, 10, 0))
    completed_session(open_vault, client, menu_item(open_vault, "online_video"), datetime(2026, 11, 1, 10, 0))
    message = add_message(open_vault, client_id=client)
    offered, why = replies.reply_templates(open_vault, message_id=message)
    assert ReplyTemplate.AFTER_FOLLOW not in offered and ReplyTemplate.IN_PERSON_PROPOSAL in offered
    assert "propose an in-person session" in why.message()
    assert triage.triage_of(open_vault, message_id=message).verdict.rule == "P-AFTERFOLLOW"
    with pytest.raises(PolicyRefusal) as refused:  # not silently swapped: refused
        contacts.log_contact(
            open_vault,
            client_id=client,
            basis="reply",
            channel="email",
            template=ReplyTemplate.AFTER_FOLLOW,
            reply_to_message_id=message,
        )
    assert refused.value.rule == "P-AFTERFOLLOW"


def test_p_roundtrips_past_the_limit_only_the_phone_proposal(open_vault: OpenVault) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    person = add_client(open_vault, "高橋 三郎", "saburo@example.jp")
    booking = bookings.create_booking(
        open_vault,
        client_id=person,
        requested_by=Requester.CLIENT,
        channel=Channel.EMAIL,
        via_website_form=True,
        wish_to_book=True,
        form_consents_agreed=True,
    ).id
    with open_vault.unit_of_work() as session:
        session.get(Booking, booking).round_trips = 5  # type: ignore[union-attr]
    message = add_message(open_vault, client_id=person, from_address="saburo@example.jp")
    offered, why = replies.reply_templates(open_vault, message_id=message)
    assert offered == [ReplyTemplate.PHONE_PROPOSAL] and why.rule == "P-ROUNDTRIPS"
    with pytest.raises(PolicyRefusal) as refused:
        contacts.log_contact(
            open_vault,
            client_id=person,
            basis="reply",
            channel="email",
            template=ReplyTemplate.BOOKING_POINTS,
            reply_to_message_id=message,
        )
    assert refused.value.rule == "P-ROUNDTRIPS"
    by_phone = contacts.log_contact(
        open_vault,
        client_id=person,
        basis="reply",
        channel="phone",
        template=ReplyTemplate.BOOKING_POINTS,
        reply_to_message_id=message,
    )
    assert by_phone.channel is ContactChannel.PHONE


# --- P-EMERGENCY ---------------------------------------------------------------------------


def test_p_emergency_one_notice_per_client_names_every_booking_and_reaches_inquiries(
    open_vault: OpenVault,
) -> None:
    open_vault.time.clock = FakeClock(datetime(2026, 12, 1, 9, 0))
    item = menu_item(open_vault, "in_person")
    client = add_client(open_vault, "山田 花子", "hanako@example.jp")
    first = confirmed_booking(open_vault, client, item, datetime(2026, 12, 6, 10, 0))
    second = confirmed_booking(open_vault, client, item, datetime(2026, 12, 7, 14, 0))
    inquiry = bookings.create_booking(
        open_vault,
        client_id=client,
        requested_by=Requester.CLIENT,
        channel=Channel.PHONE,
        session_date=date(2026, 12, 7),
    ).id
    outcome = emergencies.declare_emergency(
        open_vault,
        kind=EmergencyKind.TYPHOON,
        issuing_body="気象庁",
        first_day=date(2026, 12, 6),
        last_day=date(2026, 12, 7),
        action=EmergencyAction.CANCEL,
    )
    (notice,) = outcome.contacts
    assert set(notice.booking_ids) == {first, second, inquiry}
    assert "2026年12月6日" in notice.text and "2026年12月7日" in notice.text
    assert set(outcome.cancelled) == {first, second, inquiry}
    with open_vault.unit_of_work() as session:
        assert session.scalar(select(func.count(ContactBooking.id))) == 3
    covering = emergencies.declarations_covering(open_vault, day=date(2026, 12, 7))
    assert [e.id for e in covering] == [outcome.emergency_id]
    assert emergencies.declarations_covering(open_vault, day=date(2026, 12, 8)) == []


# --- direction of mail ------------------------------------------------------------------------


def _import(vault: OpenVault, tmp_path: Path, raw: str, name: str) -> int:
    path = tmp_path / name
    path.write_text(raw, encoding="utf-8")
    report = mail_import.import_files(vault, [path])
    (message_id,) = report.message_ids
    return message_id


def _mail(sender: str, to: str, subject: str, ident: str) -> str:
    return (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nMessage-ID: <{ident}>\n"
        "Date: Tue, 01 Dec 2026 12:00:00 +0900\nContent-Type: text/plain; charset=utf-8\n\n本文です。\n"
    )


def test_p_contact_practice_mail_in_an_import_matches_its_contact_or_is_listed(
    open_vault: OpenVault, scene: dict[str, int], tmp_path: Path
) -> None:
    contacts.log_contact(
        open_vault,
        client_id=scene["client"],
        basis="reply",
        channel="email",
        template=ReplyTemplate.AFTER_FOLLOW,
        reply_to_message_id=scene["message"],
        subject="Re: ご相談",
    )
    matched = _import(
        open_vault, tmp_path, _mail(corpus.PRACTICE, "hanako@example.jp", "Re: ご相談", "a@x"), "a.eml"
    )
    unmatched = _import(
        open_vault, tmp_path, _mail(corpus.PRACTICE, "hanako@example.jp", "ご様子伺い", "b@x"), "b.eml"
    )
    listed = {m.message_id for m in contacts.sent_outside(open_vault)}
    assert matched not in listed and unmatched in listed and scene["sent"] in listed
    with pytest.raises(PolicyRefusal):  # the basis must still fit
        contacts.give_basis(open_vault, message_id=unmatched, basis="fair_booking", note="")
    with pytest.raises(PolicyRefusal, match="already been answered"):
        contacts.give_basis(
            open_vault, message_id=unmatched, basis="reply", reply_to_message_id=scene["message"]
        )
    later = add_message(open_vault, client_id=scene["client"], subject="その後")
    contacts.give_basis(open_vault, message_id=unmatched, basis="reply", reply_to_message_id=later)
    assert unmatched not in {m.message_id for m in contacts.sent_outside(open_vault)}


def test_p_who_third_party_mail_with_the_client_in_copy_is_inbound_and_a_proxy_request(
    open_vault: OpenVault, scene: dict[str, int], tmp_path: Path
) -> None:
    raw = _mail("parent@example.jp", f"{corpus.PRACTICE}, hanako@example.jp", "娘の予約", "p@x")
    message_id = _import(open_vault, tmp_path, raw, "p.eml")
    with open_vault.unit_of_work() as session:
        row = session.get(Message, message_id)
        assert row is not None and (row.direction, row.client_id) == ("in", None)
    triage.hold_message(open_vault, message_id=message_id, reason=HoldReason.INSUFFICIENT_INTENT)
    with pytest.raises(PolicyRefusal) as refused:
        inbox.link_sender(open_vault, message_id=message_id, client_id=scene["client"])
    assert refused.value.rule == "P-WHO"
    triage.release_hold(open_vault, message_id=message_id)
    with pytest.raises(bookings.BookingRefused) as proxy:
        triage.propose_in_person(open_vault, message_id=message_id)
    assert proxy.value.rule == "P-WHO"
    with open_vault.unit_of_work() as session:
        kept = session.get(Booking, proxy.value.booking_id)
        assert kept is not None and (kept.status, kept.requested_by) == ("refused", "other")
