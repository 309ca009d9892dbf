"""Client records and consultation notes through the services (P-DATA, P-LAW)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select, text

from desktop.errors import StaleEdit
from desktop.models import AuditEvent, Client, NoteRevision
from desktop.policy import bookings as rules
from desktop.services import bookings, client_search, clients, consultation_notes, inbox
from desktop.services.clients import ClientDraft, InvalidFields
from desktop.vault.store import OpenVault


def _create(vault: OpenVault, name: str, reading: str, **fields: object) -> int:
    return clients.create_client(vault, draft=ClientDraft(full_name=name, name_reading=reading, **fields)).id  # type: ignore[arg-type]


def _actions(vault: OpenVault) -> list[str]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_p_data_create_folds_fields_and_audits_without_values(open_vault: OpenVault) -> None:
    client = clients.create_client(
        open_vault,
        draft=ClientDraft(
            full_name="山田　太郎",
            name_reading="ヤマダ タロウ",
            postal_code="４１１ー００３６",
            mobile="０９０１２３４５６７８",
            email="ＴＡＲＯ@example.jp",
        ),
    )
    assert client.draft.full_name == "山田 太郎"
    assert client.draft.postal_code == "411-0036"
    assert client.draft.mobile == "090-1234-5678"
    with open_vault.unit_of_work() as session:
        stored = session.get(Client, client.id)
        assert stored is not None and stored.sort_key == "やまだたろう"
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "client.created")).one()
    assert event.entity_id == client.id
    assert "山田" not in event.detail


def test_p_data_invalid_fields_are_all_named_and_nothing_is_written(open_vault: OpenVault) -> None:
    with pytest.raises(InvalidFields) as error:
        clients.create_client(
            open_vault,
            draft=ClientDraft(full_name="", email="taro", postal_code="12", birth_date=date(2999, 1, 1)),
        )
    assert set(error.value.problems) == {"full_name", "email", "postal_code", "birth_date"}
    assert error.value.folded.email == "taro"
    assert client_search.search_ids(open_vault) == []


def test_update_records_changed_field_names(open_vault: OpenVault) -> None:
    client_id = _create(open_vault, "佐藤 花子", "さとう はなこ")
    shown = clients.open_client(open_vault, client_id=client_id)
    clients.update_client(
        open_vault,
        client_id=client_id,
        draft=replace(shown.draft, occupation="会社員", status="active"),
        version=shown.version,
    )
    with open_vault.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "client.changed")).one()
    assert set(json.loads(event.detail)["fields"].split(",")) == {"occupation", "status"}
    assert "会社員" not in event.detail
    assert "client.viewed" in _actions(open_vault)


def test_an_edit_of_an_older_version_is_refused_and_writes_nothing(open_vault: OpenVault) -> None:
    client_id = _create(open_vault, "佐藤 花子", "さとう はなこ")
    shown = clients.open_client(open_vault, client_id=client_id)
    first = clients.update_client(
        open_vault, client_id=client_id, draft=replace(shown.draft, occupation="教員"), version=shown.version
    )
    assert first.version == shown.version + 1

    with pytest.raises(StaleEdit):
        clients.update_client(
            open_vault,
            client_id=client_id,
            draft=replace(shown.draft, occupation="医師"),
            version=shown.version,
        )
    current = clients.open_client(open_vault, client_id=client_id)
    assert (current.draft.occupation, current.version) == ("教員", first.version)
    assert _actions(open_vault).count("client.changed") == 1


@pytest.mark.parametrize(
    "query",
    ["山田", "山田 太", "やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "09012", "090-1234", "０９０１２", "taro@", "不眠"],
)
def test_search_finds_by_every_indexed_field(open_vault: OpenVault, query: str) -> None:
    wanted = _create(
        open_vault,
        "山田 太郎",
        "やまだ たろう",
        mobile="09012345678",
        email="taro@example.jp",
        private_notes="不眠の相談",
    )
    _create(open_vault, "佐藤 花子", "さとう はなこ")
    assert client_search.search_ids(open_vault, query=query) == [wanted]


def test_search_orders_by_reading_and_filters_by_status(open_vault: OpenVault) -> None:
    watanabe = _create(open_vault, "渡辺 一", "わたなべ はじめ", status="active")
    abe = _create(open_vault, "阿部 二", "あべ じろう")
    kato = _create(open_vault, "加藤 三", "カトウ サブロウ", status="active")
    assert client_search.search_ids(open_vault) == [abe, kato, watanabe]
    assert client_search.search_ids(open_vault, status="active") == [kato, watanabe]
    assert [s.full_name for s in clients.summaries(open_vault, client_ids=[kato, abe])] == [
        "加藤 三",
        "阿部 二",
    ]


def test_notes_keep_every_revision_and_search_the_newest(open_vault: OpenVault) -> None:
    client_id = _create(open_vault, "山田 太郎", "やまだ たろう")
    note = consultation_notes.add_note(
        open_vault, client_id=client_id, occurred_on=date(2026, 11, 1), text="初回。睡眠について"
    )
    revised = consultation_notes.revise_note(open_vault, note_id=note.id, text="初回。仕事の負担について")
    assert revised.revisions == 2 and revised.text == "初回。仕事の負担について"
    assert [r.text for r in consultation_notes.history(open_vault, note_id=note.id)] == [
        "初回。睡眠について",
        "初回。仕事の負担について",
    ]
    assert client_search.search_ids(open_vault, query="仕事の負担") == [client_id]
    with open_vault.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(NoteRevision)) == 2


def test_empty_note_is_refused(open_vault: OpenVault) -> None:
    client_id = _create(open_vault, "山田 太郎", "やまだ たろう")
    with pytest.raises(consultation_notes.EmptyNote):
        consultation_notes.add_note(open_vault, client_id=client_id, occurred_on=date(2026, 1, 1), text="  ")


def test_p_law_erasure_summary_names_the_bookings_and_mail_that_go_with_the_client(
    open_vault: OpenVault,
) -> None:
    gone = _create(open_vault, "山田 太郎", "やまだ たろう")
    bookings.create_booking(
        open_vault,
        client_id=gone,
        requested_by=rules.Requester.CLIENT,
        channel=rules.Channel.PHONE,
        session_date=date(2026, 12, 1),
        start_time=time(10),
    )
    call = inbox.CallDraft(
        datetime(2026, 11, 20, 1, 0, tzinfo=UTC), 10, "山田 太郎", "予約の相談", client_id=gone
    )
    inbox.log_call(open_vault, draft=call)
    summary = clients.erasure_summary(open_vault, client_id=gone)
    assert (summary.bookings, summary.messages, summary.contacts) == (1, 1, 0)
    clients.erase_client(open_vault, client_id=gone)
    with open_vault.unit_of_work() as session:
        assert session.execute(text("SELECT count(*) FROM bookings")).scalar() == 0
        assert session.execute(text("SELECT count(*) FROM messages")).scalar() == 0


def test_p_law_erasure_removes_client_notes_and_index_row(open_vault: OpenVault) -> None:
    gone = _create(open_vault, "山田 太郎", "やまだ たろう", private_notes="秘密のメモ")
    kept = _create(open_vault, "佐藤 花子", "さとう はなこ")
    consultation_notes.add_note(open_vault, client_id=gone, occurred_on=date(2026, 1, 1), text="面談記録")
    summary = clients.erase_client(open_vault, client_id=gone)
    assert (summary.notes, summary.revisions) == (1, 1)
    assert client_search.search_ids(open_vault) == [kept]
    assert client_search.search_ids(open_vault, query="秘密") == []
    with open_vault.unit_of_work() as session:
        assert session.get(Client, gone) is None
        assert session.scalar(select(func.count()).select_from(NoteRevision)) == 0
        assert (
            session.execute(text("SELECT count(*) FROM client_search WHERE rowid = :i"), {"i": gone}).scalar()
            == 0
        )
    assert _actions(open_vault)[-1] == "client.erased"
