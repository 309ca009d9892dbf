"""Demo mail: every inbox view has something to show, through the same import as real mail."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from desktop.demo import practice
from desktop.models import AuditEvent, Message
from desktop.services import inbox
from desktop.services.inbox import InboxView
from desktop.vault import audit
from tests.helpers.vaults import make_vault


def test_the_demo_fills_every_view_with_threads_calls_and_danger_first(tmp_path: Path) -> None:
    vault, _code = make_vault(tmp_path / "v")
    try:
        practice.generate(vault, clients=80, years=3, seed=4)
        views = {view: inbox.threads(vault, view=view) for view in InboxView}
        with vault.unit_of_work() as session:
            rows = list(session.scalars(select(Message)))
            (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo.mail_generated"))
            assert audit.verify(session).intact
    finally:
        vault.close()
    for view in (InboxView.BOOKING, InboxView.AFTER_FOLLOW, InboxView.NOT_MATCHED, InboxView.ALL):
        assert views[view], view
    assert views[InboxView.ALL][0].danger
    assert any(row.messages > 1 for row in views[InboxView.BOOKING])  # inquiries with the replies
    calls = [row for row in rows if row.kind == "call"]
    outgoing = [row for row in rows if row.direction == "out"]
    assert calls and outgoing and all(row.client_id is not None for row in outgoing)
    detail = json.loads(event.detail)
    assert detail["calls"] == len(calls) and detail["messages"] == len(rows) - len(calls)
    assert not any(row.subject in event.detail for row in rows if row.subject)


def test_the_same_seed_gives_the_same_mail(tmp_path: Path) -> None:
    subjects = []
    for name in ("a", "b"):
        vault, _code = make_vault(tmp_path / name)
        try:
            practice.generate(vault, clients=30, years=2, seed=7, bookings=True)
            with vault.unit_of_work() as session:
                subjects.append(list(session.scalars(select(Message.message_id).order_by(Message.id))))
        finally:
            vault.close()
    assert subjects[0] == subjects[1] and subjects[0]
