"""Demo mail and calls for the demo practice: real messages, imported as the counsellor's would be.

Each message is written as the bytes a mail program sends (UTF-8 or
ISO-2022-JP, RFC 2047 headers, one with an attachment) and goes through the
same reading and import steps as a dropped file, so matching, threads, the
booking link and the danger aid hold as they do for real mail. There are
booking inquiries from people not yet met with the counsellor's replies,
after-follow messages from clients met in person, questions from online-only
clients, unknown senders for "Not matched", two messages the danger aid
flags, and phone calls. Everything comes from its own seeded stream, in one
transaction with one ``demo.mail_generated`` audit event carrying counts only.
Faker is not needed: the people are the demo's clients.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from sqlalchemy import select

from desktop.mail.reading import read_bytes
from desktop.models import Client
from desktop.policy.afterfollow import Stage
from desktop.services import inbox, practice_settings
from desktop.services.inbox import mail_import
from desktop.services.inbox.triage import stages_of_clients
from desktop.vault import audit
from desktop.vault.store import OpenVault

JST = timezone(timedelta(hours=9))
PRACTICE_ADDRESS = "office@sorakumo.example"
#: How many clients of each stage write (at most), and how many strangers.
PER_STAGE = {Stage.NOT_MET: 10, Stage.ELIGIBLE: 14, Stage.ONLINE_ONLY: 5}
STRANGERS = 6
CALLS = 10
DAYS = 75

_INQUIRIES = (
    ("カウンセリング予約のお願い", "はじめまして。{name}と申します。\nホームページを拝見し、"
     "対面でのカウンセリングをお願いしたくご連絡しました。\n{day}の午後は空いていますでしょうか。\n"
     "よろしくお願いいたします。"),
    ("初回面談の日程について", "{name}です。先日お電話した件でメールいたします。\n{day}か、その翌週の平日の"
     "午前中を希望しています。\nご検討のほどよろしくお願いいたします。"),
    ("予約について", "お世話になります。{name}と申します。\n仕事の関係で土曜日を希望しておりますが、"
     "{day}はいかがでしょうか。"),
)  # fmt: skip
_REPLIES = (
    "{name}様\n\nお問い合わせありがとうございます。\n{day}の14時からでしたらお受けできます。\n"
    "ご都合をお知らせいただけましたら幸いです。\n\nメンタル心理そらくも 寺井",
    "{name}様\n\nご連絡ありがとうございます。\nご希望の日時でご予約をお取りできます。"
    "当日は最寄り駅までお迎えにあがります。\n\n寺井",
)
_AFTER_FOLLOW = (
    ("先日はありがとうございました", "先日の面談で教えていただいた睡眠日誌を一週間続けてみました。\n"
     "少しずつ寝つきが良くなってきた気がします。"),
    ("近況のご報告", "職場での話し方を、面談で練習したとおりに試してみました。\n"
     "上司との面談も落ち着いて臨めました。"),
    ("呼吸法について", "教わった呼吸法を朝晩続けています。\n"
     "夜中に目が覚める回数が減りました。このまま続けてよいでしょうか。"),
)  # fmt: skip
_ONLINE = (
    ("オンライン面談のあとで", "先日のビデオ通話ではありがとうございました。\n"
     "話しきれなかったことがあり、メールでご相談してもよいでしょうか。"),
)  # fmt: skip
_STRANGER = (
    ("料金について", "カウンセリングの料金と、支払い方法を教えてください。"),
    ("家族のことで", "家族のことで相談したいのですが、本人ではなく私が予約してもよいですか。"),
    ("Question about sessions", "Hello, do you offer sessions in English? I live near Mishima."),
)  # fmt: skip
_DANGER = (
    ("眠れません", "最近は夜も眠れず、消えたいと思うことが増えました。\n次の面談まで待てるか不安です。"),
    ("つらいです", "仕事のことで追い詰められていて、もう終わりにしたいと考えてしまいます。"),
)  # fmt: skip
_CALLS = (
    "予約の日時変更の電話。来週木曜の午後に変更を希望。",
    "道順の確認。駅からの送迎について説明した。",
    "キャンセル料の問い合わせ。規定を説明した。",
    "面談後の体調について短い報告。次回の予約は検討中とのこと。",
)


@dataclass(frozen=True, slots=True)
class MailSummary:
    messages: int = 0
    calls: int = 0
    danger: int = 0


class _Writer:
    """Builds the demo's raw messages with their own ids and plausible times before ``until``."""

    def __init__(self, rng: random.Random, until: date) -> None:
        self.rng = rng
        self.until = until
        self.count = 0
        self.raw: list[bytes] = []

    def moment(self) -> datetime:
        day = self.until - timedelta(days=self.rng.randrange(DAYS))
        return datetime.combine(day, time(self.rng.randint(7, 22), self.rng.randrange(60)), JST)

    def later(self, moment: datetime) -> datetime:
        return moment + timedelta(hours=self.rng.randint(2, 30), minutes=self.rng.randrange(60))

    def write(
        self,
        *,
        sender: tuple[str, str],
        to: tuple[str, str],
        subject: str,
        body: str,
        when: datetime,
        reply_to: str = "",
        attachment: tuple[str, bytes] | None = None,
    ) -> str:
        self.count += 1
        message_id = f"demo-{self.count}-{self.rng.randrange(10**9)}@{sender[1].split('@')[1]}"
        mail = EmailMessage()
        mail["From"] = f"{sender[0]} <{sender[1]}>" if sender[0] else sender[1]
        mail["To"] = f"{to[0]} <{to[1]}>" if to[0] else to[1]
        mail["Subject"] = subject
        mail["Date"] = format_datetime(when)
        mail["Message-ID"] = f"<{message_id}>"
        if reply_to:
            mail["In-Reply-To"] = f"<{reply_to}>"
            mail["References"] = f"<{reply_to}>"
        charset = "iso-2022-jp" if self.rng.random() < 0.3 and _jis_safe(body) else "utf-8"
        mail.set_content(body, charset=charset, cte="7bit" if charset == "iso-2022-jp" else None)
        if attachment is not None:
            mail.add_attachment(attachment[1], maintype="text", subtype="csv", filename=attachment[0])
        self.raw.append(mail.as_bytes(policy=SMTP))
        return message_id

    def mbox(self) -> bytes:
        return b"".join(
            b"From demo@sorakumo.example Thu Jan  1 00:00:00 2026\n"
            + raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
            + b"\n"
            for raw in self.raw
        )


def _jis_safe(text: str) -> bool:
    try:
        text.encode("iso2022_jp")
    except UnicodeEncodeError:
        return False
    return True


def generate(vault: OpenVault, *, seed: int, until: date) -> MailSummary:
    """Add the demo's mail threads and calls for the clients already in the vault."""
    rng = random.Random(f"mail-{seed}")
    until = min(until, date.today() - timedelta(days=1))  # calls are logged once they happened
    settings = practice_settings.load(vault)
    if PRACTICE_ADDRESS not in settings.practice_addresses:  # the demo's sent mail is outbound (P-CONTACT)
        settings = practice_settings.save(
            vault, replace(settings, practice_addresses=(*settings.practice_addresses, PRACTICE_ADDRESS))
        )
    practice = (settings.counsellor_name, PRACTICE_ADDRESS)
    writer = _Writer(rng, until)
    calls: list[inbox.CallDraft] = []
    with vault.unit_of_work() as session:
        people = session.execute(
            select(Client.id, Client.full_name, Client.email, Client.phone, Client.mobile).order_by(Client.id)
        ).all()
        stages = stages_of_clients(session, [p.id for p in people]) if people else {}
        by_stage: dict[Stage, list[tuple[int, str, str]]] = {stage: [] for stage in Stage}
        for person in people:
            if person.email:
                by_stage[stages[person.id]].append((person.id, person.full_name, person.email))
        for stage, wanted in PER_STAGE.items():
            chosen = rng.sample(by_stage[stage], min(wanted, len(by_stage[stage])))
            for index, (_client_id, name, address) in enumerate(chosen):
                _thread(writer, stage, index, (name, address), practice)
        for index in range(STRANGERS):
            subject, body = _STRANGER[index % len(_STRANGER)]
            sender = ("", f"visitor{rng.randrange(1000, 9999)}@example.net")
            writer.write(sender=sender, to=practice, subject=subject, body=body, when=writer.moment())
        met = by_stage[Stage.ELIGIBLE] + by_stage[Stage.ONLINE_ONLY]
        for index, (subject, body) in enumerate(_DANGER):
            if met:
                _client_id, name, address = met[(index * 7) % len(met)]
                writer.write(
                    sender=(name, address), to=practice, subject=subject, body=body, when=writer.moment()
                )
        callers = [p for p in people if p.phone or p.mobile]
        for index in range(min(CALLS, len(callers))):
            person = callers[rng.randrange(len(callers))]
            occurred = datetime.combine(
                until - timedelta(days=rng.randrange(DAYS)), time(rng.randint(9, 18), rng.randrange(60)), JST
            )
            said = _CALLS[index % len(_CALLS)]
            calls.append(
                inbox.CallDraft(occurred, rng.randint(3, 25), person.full_name, said, client_id=person.id)
            )
        named = [("demo.mbox", list(read_bytes("demo.mbox", writer.mbox())))]
        report, rows = mail_import.import_outcomes(session, named, settings.danger_phrases)
        call_rows = [inbox.add_call(session, draft, settings.danger_phrases) for draft in calls]
        summary = MailSummary(
            messages=report.imported,
            calls=len(call_rows),
            danger=sum(1 for row in rows if row.danger),
        )
        audit.append(
            session,
            "demo.mail_generated",
            detail={
                "messages": summary.messages,
                "calls": summary.calls,
                "danger": summary.danger,
                "seed": seed,
            },
        )
    return summary


def _thread(
    writer: _Writer, stage: Stage, index: int, client: tuple[str, str], practice: tuple[str, str]
) -> None:
    """One conversation from a client: their message and, for most, the counsellor's answer."""
    rng = writer.rng
    when = writer.moment()
    proposed = when + timedelta(days=rng.randint(5, 20))
    day = f"{proposed.month}月{proposed.day}日"  # as a mail writes it: 12月5日, never 12月05日
    family_name = client[0].split()[0] if client[0].split() else client[0]
    if stage is Stage.NOT_MET:
        subject, body = _INQUIRIES[index % len(_INQUIRIES)]
    elif stage is Stage.ELIGIBLE:
        subject, body = _AFTER_FOLLOW[index % len(_AFTER_FOLLOW)]
    else:
        subject, body = _ONLINE[index % len(_ONLINE)]
    attachment = ("睡眠日誌.csv", "日付,就寝,起床\n10/01,23:30,6:45\n".encode()) if index == 1 else None
    first = writer.write(
        sender=client,
        to=practice,
        subject=subject,
        body=body.format(name=client[0], day=day),
        when=when,
        attachment=attachment if stage is Stage.ELIGIBLE else None,
    )
    if stage is Stage.NOT_MET and rng.random() < 0.7:
        reply = _REPLIES[index % len(_REPLIES)].format(name=family_name, day=day)
        writer.write(
            sender=practice,
            to=client,
            subject=f"Re: {subject}",
            body=reply,
            when=writer.later(when),
            reply_to=first,
        )
