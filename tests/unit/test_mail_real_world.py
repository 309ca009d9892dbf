"""Mail as other programs write it (issue 13): folded subjects, Chinese and Korean supersets,
missing closing boundaries, raw UTF-8 addresses.

Each message is assembled byte by byte the way the sending program writes it,
and the expected text is what Python's ``email`` package with
``policy.default`` shows — or, for a charset label that understates its
superset, what it shows once the label is corrected — so the test does not
grade the reader with its own rules.
"""

from __future__ import annotations

import base64
import email
from email import policy

import pytest

from desktop.mail.parse import MailDefect, MailProblem, MailUnreadable, parse_message
from desktop.mail.reading import Parsed, read_bytes

_HEAD = (
    b"From: sender@example.jp\r\nTo: office@sorakumo.example\r\n"
    b"Date: Tue, 24 Nov 2026 09:15:00 +0900\r\nMessage-ID: <real-1@example.jp>\r\nMIME-Version: 1.0\r\n"
)


def _word(text: str, charset: str, codec: str) -> bytes:
    return f"=?{charset}?B?{base64.b64encode(text.encode(codec)).decode()}?=".encode()


def _default(raw: bytes) -> email.message.EmailMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def _subject_by_default(raw: bytes) -> str:
    return " ".join(str(_default(raw)["Subject"]).split())


def _body_by_default(raw: bytes) -> str:
    body = _default(raw).get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n").rstrip()


@pytest.mark.parametrize(
    "fold",
    [b"Re: TEST\r\n ", b"Re: TEST ", b"Re: TEST\r\n\t"],
    ids=["folded-with-space", "one-line", "folded-with-tab"],
)
def test_a_folded_encoded_word_subject_keeps_its_space(fold: bytes) -> None:
    word = _word("テストテスト", "ISO-2022-JP", "iso2022_jp")
    raw = _HEAD + b"Subject: " + fold + word + b"\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
    assert parse_message(raw).subject == "Re: TEST テストテスト" == _subject_by_default(raw)


def test_blanks_between_two_encoded_words_go_and_a_split_character_survives() -> None:
    first = _word("予約", "UTF-8", "utf-8")
    whole = "確認".encode()
    split = [whole[:4], whole[4:]]  # a three-byte character cut between two words, as some senders do
    words = b" ".join(f"=?UTF-8?B?{base64.b64encode(part).decode()}?=".encode() for part in split)
    raw = _HEAD + b"Subject: [" + first + b"]\r\n " + first + b"\r\n " + words + b" done\r\n\r\nx\r\n"
    assert parse_message(raw).subject == "[予約] 予約確認 done"


_SUPERSET_CASES = {
    # label, codec the sender's program really used, text it wrote, label that describes it
    "gb2312-written-as-gbk": ("GB2312", "gbk", "请确认镕的预约——谢谢", "GBK"),
    "gb2312-written-as-gb18030": ("GB2312", "gb18030", "预约 𠮷 😀", "GB18030"),
    "gbk-written-as-gb18030": ("GBK", "gb18030", "预约 𠮷", "GB18030"),
    "euc-kr-written-as-cp949": ("EUC-KR", "cp949", "똠방각하 예약 확인", "CP949"),
    "ks_c_5601-1987-from-outlook": ("ks_c_5601-1987", "cp949", "똠방각하", "CP949"),
    "big5-written-as-cp950": ("Big5", "cp950", "預約確認 銹 €", "CP950"),
    "big5-written-as-hkscs": ("Big5", "big5hkscs", "冇嘢預約", "Big5-HKSCS"),
}


@pytest.mark.parametrize("case", sorted(_SUPERSET_CASES))
def test_a_charset_label_that_understates_its_superset_is_read_with_the_superset(case: str) -> None:
    label, codec, text, truth = _SUPERSET_CASES[case]
    raw = (
        _HEAD
        + b"Subject: "
        + _word(text, label, codec)
        + f"\r\nContent-Type: text/plain; charset={label}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
        + text.encode(codec)
        + b"\r\n"
    )
    mail = parse_message(raw)
    corrected = raw.replace(label.encode(), truth.encode())
    assert (mail.subject, mail.body) == (text, text)
    assert (mail.subject, mail.body) == (_subject_by_default(corrected), _body_by_default(corrected))
    assert "\ufffd" in _body_by_default(raw)  # the label alone garbles it: this is a real fix


def alternative(*, closed: bool, html: bytes) -> bytes:
    text = "来週の予約の件です。\nよろしくお願いいたします。"
    return (
        _HEAD
        + b"Subject: "
        + _word("予約の件", "ISO-2022-JP", "iso2022_jp")
        + b'\r\nContent-Type: multipart/alternative; boundary="==ALT=="\r\n\r\n'
        + b"--==ALT==\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n"
        + b"Content-Transfer-Encoding: 7bit\r\n\r\n"
        + text.replace("\n", "\r\n").encode("iso2022_jp")
        + b"\r\n\r\n--==ALT==\r\nContent-Type: text/html; charset=UTF-8\r\n"
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + html
        + (b"\r\n--==ALT==--\r\n" if closed else b"\r\n")
    )


HTML_PART = base64.b64encode("<p>来週の予約の件です。</p>".encode())


def test_mail_without_its_closing_boundary_is_read_with_a_note() -> None:
    mail = parse_message(alternative(closed=False, html=HTML_PART))
    assert mail.body == "来週の予約の件です。\nよろしくお願いいたします。"
    assert mail.subject == "予約の件"
    assert mail.defects == (MailDefect.UNCLOSED,)
    assert parse_message(alternative(closed=True, html=HTML_PART)).defects == ()
    assert _body_by_default(alternative(closed=False, html=HTML_PART)) == mail.body


def test_mail_cut_inside_its_last_part_is_still_damaged() -> None:
    cut_in_base64 = alternative(closed=False, html=HTML_PART[:-3])
    cut_in_headers = alternative(closed=False, html=b"")[: -len(b"base64\r\n\r\n\r\n")]
    for raw in (cut_in_base64, cut_in_headers):
        with pytest.raises(MailUnreadable) as refused:
            parse_message(raw)
        assert refused.value.problem is MailProblem.DAMAGED


def test_a_multipart_with_no_text_and_no_closing_boundary_is_damaged() -> None:
    raw = (
        _HEAD + b'Subject: pdf\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
    )
    with pytest.raises(MailUnreadable):
        parse_message(raw)


def test_raw_utf8_addresses_become_proper_text() -> None:
    raw = (
        'From: 山田 太郎 <Yamada@例え.jp>\r\nTo: josé@example.com, "Zoë" <zoe@exämple.org>\r\n'
        "Subject: RFC 6532\r\nDate: Tue, 24 Nov 2026 09:15:00 +0900\r\nMessage-ID: <utf8-addr@例え.jp>\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n\r\nこんにちは\r\n"
    ).encode()
    (outcome,) = read_bytes("utf8-address.eml", raw)
    assert isinstance(outcome, Parsed)
    mail = outcome.mail
    assert (mail.from_address, mail.from_name) == ("yamada@例え.jp", "山田 太郎")
    assert mail.to_addresses == ("josé@example.com", "zoe@exämple.org")
    assert mail.message_id == "utf8-addr@例え.jp"
    for text in (mail.from_address, mail.from_name, *mail.to_addresses, mail.message_id):
        text.encode("utf-8")  # what the vault does at insert: no escaped bytes left


def test_raw_shift_jis_in_an_address_header_reads_in_the_body_charset() -> None:
    raw = (
        "From: 髙橋 <takahashi@example.jp>\r\nTo: office@sorakumo.example\r\nSubject: x\r\n"
        "Date: Tue, 24 Nov 2026 09:15:00 +0900\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\n本文\r\n"
    ).encode("cp932")
    mail = parse_message(raw)
    assert (mail.from_address, mail.from_name, mail.body) == ("takahashi@example.jp", "髙橋", "本文")
