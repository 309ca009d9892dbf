"""P-SAFEGUARD: every event the code can write has a name the counsellor reads, in Japanese and English.

The kinds are collected twice: from the registry the writer requires
(:mod:`desktop.vault.audit_events`), and from the code itself — every event
name handed to the audit writer or to one of its wrappers — so a kind
written somewhere but missing from the registry fails here before it fails
in use. The details each event carries are collected the same way.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.i18n import ENGLISH, JAPANESE, catalogue
from desktop.models import AuditEvent
from desktop.services import contacts, emergencies
from desktop.vault import audit, store
from desktop.vault.audit_events import DETAIL_NAMES, EVENT_NAMES, HIDDEN_DETAILS, UnregisteredEvent
from tests.helpers.clock import FakeClock
from tests.helpers.vaults import make_vault

ROOT = Path(__file__).resolve().parents[2] / "desktop"
KIND = re.compile(r"[a-z_]+\.[a-z_]+")
#: The audit writer and the helpers that hand it an event name (``audit.append`` under another name).
WRITERS = {"append", "_event", "_transition", "seal", "seal_removed", "UnrecordedEvent"}
#: The wrappers' own parameters: every other keyword of ``_event(...)`` is a detail.
WRAPPER_PARAMETERS = {"entity", "entity_id", "detail", "at", "client_id", "late"}


def _calls() -> Iterator[ast.Call]:
    """Every call of the writer or a wrapper in the code that writes events (the views write none)."""
    for path in ROOT.rglob("*.py"):
        if "views" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                called = node.func
                name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
                if name in WRITERS:
                    yield node


def kinds_in_the_code() -> set[str]:
    found = set()
    for call in _calls():
        for argument in call.args:
            for node in ast.walk(argument):  # a conditional name ("contact.queued" if ... else ...) too
                if isinstance(node, ast.Constant) and KIND.fullmatch(str(node.value)):
                    found.add(str(node.value))
    return found


def details_in_the_code() -> set[str]:
    found = set()
    for call in _calls():
        for keyword in call.keywords:
            if keyword.arg == "detail" and isinstance(keyword.value, ast.Dict):
                found |= {k.value for k in keyword.value.keys if isinstance(k, ast.Constant)}
            elif keyword.arg is not None and keyword.arg not in WRAPPER_PARAMETERS:
                found.add(keyword.arg)
    return found


def test_p_safeguard_every_kind_the_code_writes_is_registered() -> None:
    written = kinds_in_the_code()
    assert len(written) >= 75, sorted(written)  # the walk really finds the code's events
    assert written <= EVENT_NAMES.keys(), sorted(written - EVENT_NAMES.keys())


def test_p_safeguard_every_detail_the_code_writes_has_a_name() -> None:
    written = details_in_the_code()
    assert {"waived", "kind", "client", "channel"} <= written
    assert written <= DETAIL_NAMES.keys() | HIDDEN_DETAILS, sorted(written - DETAIL_NAMES.keys())


@pytest.mark.parametrize("kind", sorted(EVENT_NAMES))
def test_p_safeguard_every_event_kind_has_a_japanese_and_an_english_name(kind: str) -> None:
    english = catalogue(ENGLISH).translate("AuditModel", EVENT_NAMES[kind])
    japanese = catalogue(JAPANESE).translate("AuditModel", EVENT_NAMES[kind])
    assert english == EVENT_NAMES[kind] and english != kind and " " in english
    assert japanese != english, f"{kind}: no Japanese name in desktop_ja.ts"
    assert re.search(r"[ぁ-んァ-ヶ一-龯]", japanese), japanese


@pytest.mark.parametrize("key", sorted(DETAIL_NAMES))
def test_p_safeguard_every_detail_has_a_japanese_name(key: str) -> None:
    japanese = catalogue(JAPANESE).translate("AuditModel", DETAIL_NAMES[key])
    assert re.search(r"[ぁ-んァ-ヶ一-龯]", japanese), f"{key}: {japanese}"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[store.OpenVault]:
    opened, _code = make_vault(vault_dir)
    yield opened
    opened.close()


def _rows(vault: store.OpenVault, action: str) -> int:
    with vault.reading() as session:
        return int(session.scalar(select(func.count()).where(AuditEvent.action == action)) or 0)


def test_p_safeguard_the_writer_refuses_an_unregistered_kind(vault: store.OpenVault) -> None:
    before = _rows(vault, "booking.teleported")
    with pytest.raises(UnregisteredEvent), vault.unit_of_work() as session:
        audit.append(session, "booking.teleported", detail={"client": 1})
    assert _rows(vault, "booking.teleported") == before == 0


def test_p_safeguard_a_filter_typed_or_dates_changed_is_one_listing_not_one_per_keystroke(
    vault: store.OpenVault,
) -> None:
    clock = FakeClock(datetime(2026, 12, 7, 10, 0))
    vault.time.clock = clock
    for rows in (3, 2, 1, 0):  # four previews as the dates of the emergency dialog are typed
        with vault.unit_of_work() as session:
            audit.append(session, "emergency.previewed", detail={"bookings": rows})
        clock.advance(seconds=2)
    assert _rows(vault, "emergency.previewed") == 1

    with vault.unit_of_work() as session:  # an act in between: the next preview is a new view
        audit.append(session, "client.viewed", entity="client", entity_id=1)
        audit.append(session, "emergency.previewed", detail={"bookings": 2})
    assert _rows(vault, "emergency.previewed") == 2

    clock.advance(minutes=11)  # the same list, much later: viewed again
    with vault.unit_of_work() as session:
        audit.append(session, "emergency.previewed", detail={"bookings": 2})
    assert _rows(vault, "emergency.previewed") == 3
    with vault.reading() as session:
        assert audit.verify(session).intact


def test_p_safeguard_acts_are_each_recorded_even_when_repeated(vault: store.OpenVault) -> None:
    for _ in range(3):
        with vault.unit_of_work() as session:
            audit.append(session, "client.viewed", entity="client", entity_id=7)
    assert _rows(vault, "client.viewed") == 3


def test_p_safeguard_the_emergency_dialog_typing_its_dates_leaves_one_row(vault: store.OpenVault) -> None:
    """The dialog lists the period's bookings as each date is typed; the trail keeps the view once."""
    vault.time.clock = FakeClock(datetime(2026, 12, 7, 10, 0))
    for last in (10, 11, 12, 13, 14):
        emergencies.affected_bookings(vault, first_day=date(2026, 12, 10), last_day=date(2026, 12, last))
    for _ in range(3):  # the contact log's filter, typed
        contacts.list_contacts(vault)
    assert (_rows(vault, "emergency.previewed"), _rows(vault, "contacts.listed")) == (1, 1)
