"""A corpus of test mail the project writes itself: every encoding and structure the importer must read.

Each message is assembled byte by byte the way real mail programs send it
(ISO-2022-JP 7bit, Shift_JIS base64 with Microsoft's extra characters,
EUC-JP quoted-printable, UTF-8, RFC 2047 headers, multipart/alternative,
HTML only, attachments with a Japanese file name, a reply in the same
thread, an mbox), plus a damaged file, a file that is not mail and
duplicates. :data:`EXPECTED` holds what the vault must show for each, to be
compared exactly.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Expected:
    subject: str
    body: str
    from_address: str
    from_name: str
    attachments: tuple[tuple[str, str, bytes], ...] = field(default=())

    @classmethod
    def of(cls, mail: Any) -> Expected:
        """What a parsed mail or a stored message shows, to compare with :data:`EXPECTED` exactly."""
        return cls(
            mail.subject,
            mail.body,
            mail.from_address,
            mail.from_name,
            tuple((a.filename, a.content_type, a.data) for a in mail.attachments),
        )


def _word(text: str, charset: str, codec: str | None = None) -> str:
    """An RFC 2047 "B" encoded word."""
    return f"=?{charset}?B?{base64.b64encode(text.encode(codec or charset)).decode()}?="


def _b64_lines(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")


PDF = b"%PDF-1.4\n% test attachment \xe2\x80\x94 binary \x00\x01\x02\xff\n%%EOF\n"

SATO = "sato.hanako@example.jp"
#: The practice's own address (a practice setting): mail from it is outbound.
PRACTICE = "office@sorakumo.example"
ISO_SUBJECT = "予約の件（ご相談）"
ISO_BODY = "寺井先生\n\n来週の火曜日、午前十時からは空いていますか。\nよろしくお願いいたします。\n\n佐藤花子"
SJIS_SUBJECT = "①日時の確認～よろしくお願いします"
SJIS_BODY = "先日はありがとうございました。\n①の件、了解しました～。\n髙橋さんにもよろしくお伝えください。"
EUC_SUBJECT = "アフターフォローのお願い"
EUC_BODY = "面談で教わったことを、毎朝続けています。\n=記号や長い行もそのまま届くでしょうか。" + "あ" * 60
UTF8_SUBJECT = "Café ☕ と 相談 — UTF-8"
UTF8_BODY = (
    "Hello 寺井さん,\n\nthis line has ünïcödé and emoji 🌸.\nFrom here on, a line that starts with From."
)
ALT_PLAIN = "プレーンテキストの本文です。\nこちらが選ばれます。"
HTML_ONLY_TEXT = "HTMLだけのメールです。\n\n二段落目 & 記号\n三行目"
REPLY_BODY = "佐藤様\n\n火曜日十時で承りました。"
NO_ID_BODY = "Message-ID のないメールです。"
MBOX_BODIES = (
    "メールボックスの一通目です。",
    "二通目です。\nFrom the start of this line, mbox quoted it.",
    "三通目、知らない差出人から。",
)
ATTACHMENT_NAME = "診断書（写し）.pdf"


def _iso2022jp() -> bytes:
    return (
        _head(
            [
                f"From: {_word('佐藤花子', 'ISO-2022-JP', 'iso2022_jp')} <Sato.Hanako@example.jp>",
                "To: office@sorakumo.example",
                f"Subject: {_word(ISO_SUBJECT, 'ISO-2022-JP', 'iso2022_jp')}",
                "Date: Tue, 24 Nov 2026 09:15:00 +0900",
                "Message-ID: <iso-1@example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-2022-JP",
                "Content-Transfer-Encoding: 7bit",
            ]
        )
        + ISO_BODY.replace("\n", "\r\n").encode("iso2022_jp")
        + b"\r\n"
    )


def _shift_jis() -> bytes:
    return (
        _head(
            [
                f"From: {_word('高橋一郎', 'Shift_JIS', 'cp932')} <takahashi@example.ne.jp>",
                "To: office@sorakumo.example",
                f"Subject: {_word(SJIS_SUBJECT, 'Shift_JIS', 'cp932')}",
                "Date: Wed, 25 Nov 2026 20:00:00 +0900",
                "Message-ID: <sjis-1@example.ne.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=Shift_JIS",
                "Content-Transfer-Encoding: base64",
            ]
        )
        + _b64_lines(SJIS_BODY.replace("\n", "\r\n").encode("cp932"))
        + b"\r\n"
    )


def _euc_jp() -> bytes:
    return (
        _head(
            [
                "From: =?EUC-JP?B?"
                + base64.b64encode("鈴木".encode("euc_jp")).decode()
                + "?= <suzuki@example.com>",
                "To: office@sorakumo.example",
                "Subject: =?EUC-JP?Q?"
                + quopri.encodestring(EUC_SUBJECT.encode("euc_jp"), header=True).decode()
                + "?=",
                "Date: Mon, 23 Nov 2026 07:30:00 +0900",
                "Message-ID: <euc-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=EUC-JP",
                "Content-Transfer-Encoding: quoted-printable",
            ]
        )
        + quopri.encodestring(EUC_BODY.replace("\n", "\r\n").encode("euc_jp"))
        + b"\r\n"
    )


def _utf8() -> bytes:
    return (
        _head(
            [
                "From: =?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <renee@example.org>",
                "To: office@sorakumo.example",
                "Subject: =?UTF-8?Q?"
                + quopri.encodestring(UTF8_SUBJECT.encode(), header=True).decode()
                + "?=",
                "Date: Sun, 22 Nov 2026 12:00:00 +0000",
                "Message-ID: <utf8-1@example.org>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
            ]
        )
        + quopri.encodestring(UTF8_BODY.replace("\n", "\r\n").encode())
        + b"\r\n"
    )


def _alternative() -> bytes:
    html = "<html><body><p>HTMLの本文です。</p></body></html>"
    return (
        _head(
            [
                "From: Kimura <kimura@example.jp>",
                "To: office@sorakumo.example",
                f"Subject: {_word('二つの形式', 'UTF-8', 'utf-8')}",
                "Date: Sat, 21 Nov 2026 10:00:00 +0900",
                "Message-ID: <alt-1@example.jp>",
                "MIME-Version: 1.0",
                'Content-Type: multipart/alternative; boundary="ALT"',
            ]
        )
        + (b"--ALT\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n")
        + _b64_lines(ALT_PLAIN.encode())
        + (
            "\r\n--ALT\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + html
            + "\r\n--ALT--\r\n"
        ).encode()
    )


def _html_only() -> bytes:
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>HTMLだけのメールです。</p><p>二段落目 &amp; 記号<br>三行目</p></body></html>"
    )
    return (
        _head(
            [
                "From: Kimura <kimura@example.jp>",
                "To: office@sorakumo.example",
                "Subject: HTML only",
                "Date: Sat, 21 Nov 2026 11:00:00 +0900",
                "Message-ID: <html-1@example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/html; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
            ]
        )
        + _b64_lines(html.encode())
        + b"\r\n"
    )


def _attachment() -> bytes:
    return (
        _head(
            [
                f"From: {_word('佐藤花子', 'UTF-8', 'utf-8')} <sato.hanako@example.jp>",
                "To: office@sorakumo.example",
                "Subject: =?UTF-8?B?" + base64.b64encode("書類を添付します".encode()).decode() + "?=",
                "Date: Tue, 24 Nov 2026 18:00:00 +0900",
                "Message-ID: <attach-1@example.jp>",
                "MIME-Version: 1.0",
                'Content-Type: multipart/mixed; boundary="MIX"',
            ]
        )
        + (b"--MIX\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n")
        + "添付をご確認ください。".encode("iso2022_jp")
        + (
            "\r\n--MIX\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
            f'Content-Disposition: attachment; filename="{_word(ATTACHMENT_NAME, "UTF-8", "utf-8")}"\r\n\r\n'
        ).encode()
        + _b64_lines(PDF)
        + b"\r\n--MIX--\r\n"
    )


def _reply() -> bytes:
    return (
        _head(
            [
                "From: Terai <office@sorakumo.example>",
                "To: Sato.Hanako@example.jp",
                f"Subject: Re: {_word(ISO_SUBJECT, 'ISO-2022-JP', 'iso2022_jp')}",
                "Date: Tue, 24 Nov 2026 12:00:00 +0900",
                "Message-ID: <reply-1@sorakumo.example>",
                "In-Reply-To: <iso-1@example.jp>",
                "References: <iso-1@example.jp>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
            ]
        )
        + REPLY_BODY.replace("\n", "\r\n").encode()
        + b"\r\n"
    )


def _no_message_id() -> bytes:
    return (
        _head(
            [
                "From: nobody-known@example.net",
                "To: office@sorakumo.example",
                "Subject: no id",
                "Date: Fri, 20 Nov 2026 08:00:00 +0900",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
            ]
        )
        + NO_ID_BODY.encode()
        + b"\r\n"
    )


RAW_SUBJECT = "件名が生のシフトJIS～です"
RAW_BODY = "ヘッダーも本文も 8bit のまま送られてきたメール。"


def _raw_8bit() -> bytes:
    """Headers in raw Shift_JIS bytes, no RFC 2047: old mail programs still send this."""
    head = (
        "From: 山本 <yamamoto@example.jp>\r\nTo: office@sorakumo.example\r\n"
        f"Subject: {RAW_SUBJECT}\r\nDate: Thu, 26 Nov 2026 08:00:00 +0900\r\n"
        "Message-ID: <raw-1@example.jp>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("cp932") + RAW_BODY.encode("cp932") + b"\r\n"


def _damaged() -> bytes:
    whole = _attachment().replace(b"attach-1", b"damaged-1")
    return whole[: whole.index(b"Content-Transfer-Encoding: base64") + 120]  # cut in the attachment


def _mbox() -> bytes:
    parts = []
    senders = ("suzuki@example.com", "suzuki@example.com", "stranger@example.invalid")
    for index, (sender, body) in enumerate(zip(senders, MBOX_BODIES, strict=True), start=1):
        quoted = body.replace("\nFrom ", "\n>From ")
        parts.append(
            f"From {sender} Thu Nov 19 10:0{index}:00 2026\n"
            f"From: {sender}\nTo: office@sorakumo.example\nSubject: mbox {index}\n"
            f"Date: Thu, 19 Nov 2026 10:0{index}:00 +0900\nMessage-ID: <mbox-{index}@example.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{quoted}\n\n"
        )
    return "".join(parts).encode()


#: File name -> bytes, in the order a test imports them.
FILES: dict[str, bytes] = {
    "01-iso2022jp.eml": _iso2022jp(),
    "02-shift_jis-base64.eml": _shift_jis(),
    "03-euc-jp-qp.eml": _euc_jp(),
    "04-utf8-qp.eml": _utf8(),
    "05-alternative.eml": _alternative(),
    "06-html-only.eml": _html_only(),
    "07-attachment.eml": _attachment(),
    "08-reply.eml": _reply(),
    "09-no-message-id.eml": _no_message_id(),
    "10-mailbox.mbox": _mbox(),
    "11-raw-8bit-headers.eml": _raw_8bit(),
    "12-damaged.eml": _damaged(),
    "13-not-mail.eml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "14-duplicate-of-01.eml": _iso2022jp(),
    "15-duplicate-of-09.eml": _no_message_id(),
}

#: Messages the vault must hold, by Message-ID (or subject when there is none), exactly.
EXPECTED: dict[str, Expected] = {
    "iso-1@example.jp": Expected(ISO_SUBJECT, ISO_BODY, SATO, "佐藤花子"),
    "sjis-1@example.ne.jp": Expected(SJIS_SUBJECT, SJIS_BODY, "takahashi@example.ne.jp", "高橋一郎"),
    "euc-1@example.com": Expected(EUC_SUBJECT, EUC_BODY, "suzuki@example.com", "鈴木"),
    "utf8-1@example.org": Expected(UTF8_SUBJECT, UTF8_BODY, "renee@example.org", "Renée Müller"),
    "alt-1@example.jp": Expected("二つの形式", ALT_PLAIN, "kimura@example.jp", "Kimura"),
    "html-1@example.jp": Expected("HTML only", HTML_ONLY_TEXT, "kimura@example.jp", "Kimura"),
    "attach-1@example.jp": Expected(
        "書類を添付します",
        "添付をご確認ください。",
        SATO,
        "佐藤花子",
        ((ATTACHMENT_NAME, "application/pdf", PDF),),
    ),
    "reply-1@sorakumo.example": Expected(
        f"Re: {ISO_SUBJECT}", REPLY_BODY, "office@sorakumo.example", "Terai"
    ),
    "": Expected("no id", NO_ID_BODY, "nobody-known@example.net", ""),
    "mbox-1@example.com": Expected("mbox 1", MBOX_BODIES[0], "suzuki@example.com", ""),
    "mbox-2@example.com": Expected("mbox 2", MBOX_BODIES[1], "suzuki@example.com", ""),
    "mbox-3@example.com": Expected("mbox 3", MBOX_BODIES[2], "stranger@example.invalid", ""),
    "raw-1@example.jp": Expected(RAW_SUBJECT, RAW_BODY, "yamamoto@example.jp", "山本"),
}
#: Files reported by name with their reason (English value of MailProblem).
REFUSED = {
    "12-damaged.eml": "the message is damaged or cut short",
    "13-not-mail.eml": "the file is not an email message or a mailbox",
}
DUPLICATES = ("14-duplicate-of-01.eml", "15-duplicate-of-09.eml")


def write_corpus(folder: Path) -> list[Path]:
    """Write every corpus file into ``folder``; return their paths in import order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in FILES.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths
