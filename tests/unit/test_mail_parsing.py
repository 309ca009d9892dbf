"""Reading mail files (desktop.mail): every encoding and structure of the corpus, exactly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.mail.html_text import html_to_text
from desktop.mail.parse import MailProblem, content_hash, decode_text
from desktop.mail.reading import Parsed, Unreadable, read_bytes, read_file, split_mbox
from tests.helpers import mail_corpus as corpus


def _outcomes() -> list[Parsed | Unreadable]:
    return [outcome for name, data in corpus.FILES.items() for outcome in read_bytes(name, data)]


def test_every_message_of_the_corpus_reads_exactly_as_written() -> None:
    parsed = {o.mail.message_id or "": o.mail for o in _outcomes() if isinstance(o, Parsed)}
    assert {key: corpus.Expected.of(mail) for key, mail in parsed.items()} == corpus.EXPECTED


def test_damaged_and_foreign_files_are_reasons_not_exceptions() -> None:
    refused = {o.name: o.problem.value for o in _outcomes() if isinstance(o, Unreadable)}
    assert refused == corpus.REFUSED


def test_dates_become_utc_and_threads_keep_their_references() -> None:
    mails = {o.mail.message_id: o.mail for o in _outcomes() if isinstance(o, Parsed)}
    assert mails["iso-1@example.jp"].sent_at == "2026-11-24T00:15:00+00:00"
    reply = mails["reply-1@sorakumo.example"]
    assert (reply.in_reply_to, reply.references) == ("iso-1@example.jp", ("iso-1@example.jp",))
    assert mails["html-1@example.jp"].body_source == "html"
    assert mails["alt-1@example.jp"].body_source == "plain"


def test_an_mbox_splits_on_separators_after_a_blank_line_and_unquotes_from_lines() -> None:
    chunks = list(split_mbox(corpus.FILES["10-mailbox.mbox"]))
    assert len(chunks) == 3
    assert b"\nFrom the start of this line" in chunks[1]
    assert b">From" not in chunks[1]


def test_the_same_message_as_eml_or_with_other_line_endings_has_the_same_hash() -> None:
    raw = corpus.FILES["09-no-message-id.eml"]
    assert content_hash(raw) == content_hash(raw.replace(b"\r\n", b"\n") + b"\n\n")


def test_missing_and_unreadable_files_are_named_with_their_reason(tmp_path: Path) -> None:
    assert list(read_file(tmp_path / "gone.eml")) == [Unreadable("gone.eml", MailProblem.MISSING)]
    assert list(read_file(tmp_path)) == [Unreadable(tmp_path.name, MailProblem.UNREADABLE)]
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    assert list(read_file(empty)) == [Unreadable("empty.eml", MailProblem.EMPTY)]


def test_plain_text_that_is_not_mail_is_refused() -> None:
    (outcome,) = read_bytes("notes.txt", "買い物メモ\n牛乳\n卵\n".encode())
    assert outcome == Unreadable("notes.txt", MailProblem.NOT_MAIL)


def test_text_decodes_through_the_supersets_and_never_raises() -> None:
    assert decode_text("①～".encode("cp932"), "Shift_JIS") == "①～"
    assert decode_text("①".encode("iso2022_jp_2004"), "iso-2022-jp") == "①"
    assert decode_text(b"\xff\xfe\xfd", "x-unknown-charset") == "\ufffd\ufffd\ufffd"


def test_html_becomes_readable_text() -> None:
    html = "<style>p{}</style><p>一行目&nbsp;&amp;</p><ul><li>二</li><li>三</li></ul><script>x()</script>"
    assert html_to_text(html) == "一行目 &\n\n二\n三"


def test_html_form_mail_keeps_table_cells_apart() -> None:
    html = (
        "<table><tr><th>お名前</th><td>山田 花子</td></tr>"
        "<tr><td> メール </td><td>\t</td><td>hanako@example.jp</td></tr></table>"
    )
    assert html_to_text(html) == "お名前\t山田 花子\nメール\thanako@example.jp"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_an_outcome_never_an_exception(data: bytes) -> None:
    for outcome in read_bytes("fuzz.eml", b"From: a@b.c\r\nContent-Type: multipart/mixed\r\n" + data):
        assert isinstance(outcome, Parsed | Unreadable)
    for outcome in read_bytes("fuzz.mbox", b"From x\n" + data):
        assert isinstance(outcome, Parsed | Unreadable)
