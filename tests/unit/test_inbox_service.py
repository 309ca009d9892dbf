"""The inbox service: views (P-PREMEET, P-AFTERFOLLOW), danger first, matching, calls, danger flags."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import ClientAddress, Message, MessageHold
from desktop.services import inbox
from desktop.services.inbox import CallDraft, InboxView, InvalidCall, mail_import
from desktop.vault.store import OpenVault
from tests.helpers.followup import add_client, completed_session, menu_item

_HEAD = (
    "From: {sender}\r\nTo: office@sorakumo.example\r\nSubject: {subject}\r\n"
    "Date: Thu, 19 Nov 2026 {hour:02d}:00:00 +0900\r\nMessage-ID: <{mid}@example.jp>\r\n{extra}"
    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
)


def _mail(
    folder: Path, mid: str, sender: str, subject: str, body: str, hour: int = 9, extra: str = ""
) -> Path:
    path = folder / f"{mid}.eml"
    folder.mkdir(exist_ok=True)
    head = _HEAD.format(sender=sender, subject=subject, hour=hour, mid=mid, extra=extra)
    path.write_bytes(head.encode() + body.encode())
    return path


@pytest.fixture
def practice(open_vault: OpenVault, tmp_path: Path) -> dict[str, int]:
    """Clients in each stage, and one message from each of them and from a stranger."""
    vault = open_vault
    met = add_client(vault, "対面 済子", "met@example.jp")
    online = add_client(vault, "画面 越子", "online@example.jp")
    new = add_client(vault, "初回 前子", "new@example.jp")
    completed_session(vault, met, menu_item(vault, "in_person"))
    completed_session(vault, online, menu_item(vault, "online_video"), datetime(2026, 3, 5, 10, 0))
    folder = tmp_path / "mail"
    paths = [
        _mail(folder, "met-1", "met@example.jp", "近況", "毎朝の散歩を続けています。", 8),
        _mail(folder, "online-1", "ONLINE@example.jp", "質問", "オンラインの後の質問です。", 9),
        _mail(folder, "new-1", "new@example.jp", "予約", "初めての予約をお願いします。", 10),
        _mail(folder, "stranger-1", "stranger@example.net", "問い合わせ", "料金を教えてください。", 11),
        _mail(folder, "danger-1", "stranger2@example.net", "相談", "もう消えたいと思うことがあります。", 7),
    ]
    report = mail_import.import_files(vault, paths)
    assert report.imported == 5
    return {"met": met, "online": online, "new": new}


def _subjects(vault: OpenVault, view: InboxView) -> list[str]:
    return [row.subject for row in inbox.threads(vault, view=view)]


def test_p_afterfollow_each_view_lists_its_threads_and_danger_comes_first(
    open_vault: OpenVault, practice: dict[str, int]
) -> None:
    assert _subjects(open_vault, InboxView.BOOKING) == ["予約"]
    assert _subjects(open_vault, InboxView.AFTER_FOLLOW) == ["質問", "近況"]
    assert _subjects(open_vault, InboxView.NOT_MATCHED) == ["相談", "問い合わせ"]
    assert _subjects(open_vault, InboxView.ALL) == ["相談", "問い合わせ", "予約", "質問", "近況"]
    (first, *_rest) = inbox.threads(open_vault, view=InboxView.ALL)
    assert first.danger and first.correspondent == "stranger2@example.net"


def test_p_premeet_a_held_message_moves_to_the_held_view_with_reason_and_date(
    open_vault: OpenVault, practice: dict[str, int]
) -> None:
    (row,) = inbox.threads(open_vault, view=InboxView.BOOKING)
    with open_vault.unit_of_work() as session:
        session.add(
            MessageHold(
                message_id=row.message_id, reason="consultation_content", held_at="2026-11-20T00:00:00+00:00"
            )
        )
    assert _subjects(open_vault, InboxView.BOOKING) == []
    (held,) = inbox.threads(open_vault, view=InboxView.HELD)
    assert (held.subject, held.held_reason) == ("予約", "consultation_content")
    (message,) = inbox.thread_messages(open_vault, thread_key=held.thread_key)
    assert (message.held_reason, message.held_at) == ("consultation_content", "2026-11-20T00:00:00+00:00")


def test_linking_a_sender_matches_all_their_messages_and_later_ones(
    open_vault: OpenVault, practice: dict[str, int], tmp_path: Path
) -> None:
    stranger = next(
        r for r in inbox.threads(open_vault, view=InboxView.NOT_MATCHED) if r.subject == "問い合わせ"
    )
    assert inbox.link_sender(open_vault, message_id=stranger.message_id, client_id=practice["new"]) == 1
    assert "問い合わせ" in _subjects(open_vault, InboxView.BOOKING)
    later = _mail(tmp_path / "later", "stranger-2", "Stranger@Example.net", "追伸", "もう一点。", 12)
    mail_import.import_files(open_vault, [later])
    with open_vault.unit_of_work() as session:
        addresses = set(
            session.scalars(select(ClientAddress.address).where(ClientAddress.client_id == practice["new"]))
        )
        row = session.scalars(select(Message).where(Message.message_id == "stranger-2@example.jp")).one()
    assert addresses == {"stranger@example.net"}
    assert row.client_id == practice["new"]


def test_a_prospect_is_made_from_an_unknown_sender(open_vault: OpenVault, practice: dict[str, int]) -> None:
    danger_row = inbox.threads(open_vault, view=InboxView.NOT_MATCHED)[0]
    client_id = inbox.create_prospect(open_vault, message_id=danger_row.message_id, full_name="相談 希望子")
    from desktop.services import clients

    details = clients.open_client(open_vault, client_id=client_id)
    assert (details.draft.status, details.draft.email) == ("prospect", "stranger2@example.net")
    (row,) = [r for r in inbox.threads(open_vault, view=InboxView.BOOKING) if r.client_id == client_id]
    assert row.danger and row.correspondent == "相談 希望子"


def test_a_phone_call_is_a_message_in_the_thread_it_answers(
    open_vault: OpenVault, practice: dict[str, int]
) -> None:
    (row,) = inbox.threads(open_vault, view=InboxView.BOOKING)
    call_id = inbox.log_call(
        open_vault,
        draft=CallDraft(
            occurred_at=datetime.now(UTC) - timedelta(hours=1),
            duration_minutes=12,
            caller="初回 前子",
            summary="日程の候補を電話で伺った。",
            client_id=practice["new"],
            thread_of=row.message_id,
        ),
    )
    (after,) = inbox.threads(open_vault, view=InboxView.BOOKING)
    assert (after.messages, after.calls, after.message_id) == (2, 1, call_id)
    call = inbox.thread_messages(open_vault, thread_key=after.thread_key)[-1]
    assert (call.kind, call.duration_minutes, call.body) == ("call", 12, "日程の候補を電話で伺った。")


@pytest.mark.parametrize(
    ("minutes", "caller", "summary", "when"),
    [
        (0, "誰か", "要件", timedelta(hours=-1)),
        (12, "", "要件", timedelta(hours=-1)),
        (12, "誰か", "  ", timedelta(hours=-1)),
        (12, "誰か", "要件", timedelta(hours=2)),
    ],
)
def test_a_call_that_does_not_fit_is_refused_with_a_sentence(
    open_vault: OpenVault, minutes: int, caller: str, summary: str, when: timedelta
) -> None:
    draft = CallDraft(datetime.now(UTC) + when, minutes, caller, summary)
    with pytest.raises(InvalidCall):
        inbox.log_call(open_vault, draft=draft)
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Message.id)).first() is None


def test_danger_flags_follow_a_new_phrase_list(open_vault: OpenVault, practice: dict[str, int]) -> None:
    with open_vault.unit_of_work() as session:
        assert inbox.refresh_danger_flags(session, ["サンポ"]) == 0  # kana never matches the kanji 散歩
    with open_vault.unit_of_work() as session:
        assert inbox.refresh_danger_flags(session, ["散歩", "消エタイ"]) == 2  # half-width, katakana folded
    assert [r.subject for r in inbox.threads(open_vault, view=InboxView.ALL) if r.danger] == ["近況", "相談"]


def test_p_law_erasing_a_client_erases_their_mail_addresses_and_attachments(
    open_vault: OpenVault, practice: dict[str, int]
) -> None:
    from desktop.models import MessageAttachment
    from desktop.services import clients

    with open_vault.unit_of_work() as session:
        mine = session.scalars(select(Message).where(Message.client_id == practice["met"])).one()
        mine.attachments.append(
            MessageAttachment(filename="a.txt", content_type="text/plain", size=1, data=b"x")
        )
        session.add(
            ClientAddress(client_id=practice["met"], address="met2@example.jp", created_at="2026-11-01")
        )
    clients.erase_client(open_vault, client_id=practice["met"])
    with open_vault.unit_of_work() as session:
        assert session.scalars(select(Message.id).where(Message.client_id == practice["met"])).first() is None
        assert session.scalars(select(MessageAttachment.id)).first() is None
        assert session.scalars(select(ClientAddress.id)).first() is None
    assert "近況" not in _subjects(open_vault, InboxView.ALL)
