"""Replies written in the app and handed to the counsellor's own mail program.

The app never sends mail (P-SAFEGUARD: no network use at all). A reply is
drafted from a template, shown for editing, then handed over as a
``mailto:`` URL (or copied), and logged through the outbound-contact gate
(:mod:`desktop.services.outbound`) with basis ``reply`` linked to the message
it answers. Which templates fit is the gate's answer (P-PREMEET,
P-AFTERFOLLOW, P-ROUNDTRIPS): the dialog offers those only, and the gate
checks again when the reply is logged. The booking confirmation reuses the
booking rules' own text.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import PolicyRefusal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models import Booking, Client, Message
from desktop.policy import Verdict
from desktop.policy import afterfollow as rules
from desktop.policy.afterfollow import ReplyTemplate, Stage
from desktop.policy.bookings import BookingStatus
from desktop.policy.contacts import P_CONTACT, Basis, ContactChannel
from desktop.services import bookings, outbound, practice_settings
from desktop.services.inbox.triage import enforce, message_row, stage_of_client
from desktop.services.outbound import ContactRecord, OutboundContact
from desktop.vault import audit
from desktop.vault.store import OpenVault

_REPLY_PREFIXES = ("re:", "re：", "返信:", "返信：")


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    """A reply ready for the counsellor to edit and hand to the mail program."""

    message_id: int
    client_id: int | None
    template: ReplyTemplate
    to_address: str
    subject: str
    text: str
    channel: ContactChannel
    booking_id: int | None = None

    def mailto(self) -> str:
        return mailto_url(self.to_address, self.subject, self.text)


def mailto_url(to_address: str, subject: str, body: str) -> str:
    """RFC 6068: UTF-8 percent-encoded subject and body, line breaks as CRLF."""
    crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(to_address, safe='@')}?subject={quote(subject, safe='')}&body={quote(crlf, safe='')}"
    )


def reply_subject(subject: str, language: str = "ja") -> str:
    """``Re:`` once, whatever the original carried; a call gets a plain subject."""
    subject = " ".join(subject.split())
    if not subject:
        return "ご連絡ありがとうございます" if language == "ja" else "Thank you for your message"
    if subject.casefold().startswith(_REPLY_PREFIXES):
        return subject
    return f"Re: {subject}"


def template_text(
    template: ReplyTemplate,
    *,
    name: str,
    stage: Stage,
    practice_name: str,
    counsellor_name: str,
    language: str = "ja",
) -> str:
    """The text of the in-person proposal, the hold notice or an after-follow reply (ja polite or en)."""
    if language == "ja":
        greeting = [f"{name} 様", ""] if name else []
        opening = "ご連絡いただき、ありがとうございます。"
        if template is ReplyTemplate.IN_PERSON_PROPOSAL:
            body = [
                opening,
                "いただいたお話は、メールでのやり取りよりも、直接お会いしてゆっくりうかがうほうが、"
                "安心して取り組んでいただけるものと考えております。",
                "よろしければ、対面でのセッションをご検討いただけませんでしょうか。",
                "ご都合のよい日時の候補をいくつかお知らせいただけましたら、こちらで調整いたします。",
            ]
        elif template is ReplyTemplate.HOLD_NOTICE:
            body = [
                opening,
                "ご相談の内容につきましては、安全のため、メールでのお返事は控えさせていただいております。",
                "お会いした際に、直接お話をうかがえれば幸いです。",
            ]
            if stage is Stage.NOT_MET:
                body.append(
                    "ご予約をご希望の場合は、ご希望の日時、セッションの内容、お越しの方法をお知らせください。"
                )
        elif template is ReplyTemplate.PHONE_PROPOSAL:
            body = [
                opening,
                "メールでのご予約のやり取りが規定の回数に達しましたため、ここから先はお電話でご予約の確定を"
                "進めさせていただけますでしょうか。",
                "ご都合のよい時間帯とお電話番号をお知らせいただけましたら、こちらからお電話いたします。",
            ]
        elif template is ReplyTemplate.BOOKING_POINTS:
            body = [
                opening,
                "ご予約の確定に向けて、次の点をお知らせください。",
                "・ご希望のお日にち　・開始時刻　・ご利用のセッション　・お越しの方法と駅への送迎の要否",
            ]
        else:
            body = [opening, "", ""]
        return "\n".join([*greeting, *body, "", practice_name, counsellor_name])
    greeting = [f"Dear {name},", ""] if name else []
    opening = "Thank you for your message."
    if template is ReplyTemplate.IN_PERSON_PROPOSAL:
        body = [
            opening,
            "What you wrote would be better served by talking it through in person than by email.",
            "Would you consider an in-person session? If you send a few dates and times that suit you,",
            "we will arrange one.",
        ]
    elif template is ReplyTemplate.HOLD_NOTICE:
        body = [
            opening,
            "For your safety, we do not answer consultation questions by email.",
            "We would be glad to hear about it in person.",
        ]
        if stage is Stage.NOT_MET:
            body.append(
                "If you would like to book, please tell us the date, the session and how you will come."
            )
    elif template is ReplyTemplate.PHONE_PROPOSAL:
        body = [
            opening,
            "We have reached the number of emails in which a booking is settled by email.",
            "Could we settle the rest by phone? Tell us a time that suits you and your number,",
            "and we will call you.",
        ]
    elif template is ReplyTemplate.BOOKING_POINTS:
        body = [
            opening,
            "To confirm your booking, please tell us the date, the start time, the session,",
            "and how you will come (and whether you need to be picked up at the station).",
        ]
    else:
        body = [opening, "", ""]
    return "\n".join([*greeting, *body, "", practice_name, counsellor_name])


def _confirmed_booking(session: Session, row: Message) -> int:
    """The booking a confirmation answers: the message's own, else the client's next confirmed one."""
    linked = session.get(Booking, row.booking_id) if row.booking_id is not None else None
    if linked is not None and linked.status == BookingStatus.CONFIRMED.value:
        return linked.id
    query = (
        select(Booking.id)
        .where(Booking.client_id == row.client_id, Booking.status == BookingStatus.CONFIRMED.value)
        .order_by(Booking.starts_at)
    )
    found = session.scalars(query).first()
    if found is None:
        raise PolicyRefusal(
            rules.P_PREMEET,
            QT_TRANSLATE_NOOP("policy", "There is no confirmed booking of this client to confirm."),
        )
    return found


def _channel(to_address: str) -> ContactChannel:
    return ContactChannel.EMAIL if to_address else ContactChannel.PHONE


def reply_templates(vault: OpenVault, *, message_id: int) -> tuple[list[ReplyTemplate], Verdict]:
    """The templates the reply dialog offers for this message, and why the others are not offered."""
    with vault.reading() as session:
        row = message_row(session, message_id)
        if row.client_id is None:
            return [], Verdict.refuse(P_CONTACT, _LINK_FIRST)
        client = session.get(Client, row.client_id)
        to_address = row.from_address or (client.email if client else "")
        return outbound.reply_options(
            session, client_id=row.client_id, message_id=row.id, channel=_channel(to_address)
        )


_LINK_FIRST = QT_TRANSLATE_NOOP(
    "policy", "Link the sender to a client first, so that the reply can be logged."
)


def draft_reply(
    vault: OpenVault, *, message_id: int, template: ReplyTemplate, language: str = "ja"
) -> ReplyDraft:
    """P-PREMEET, P-AFTERFOLLOW, P-ROUNDTRIPS: the reply from ``template``, if the gate would accept it."""
    settings = practice_settings.load(vault)
    booking_id: int | None = None
    with vault.unit_of_work() as session:
        row = message_row(session, message_id)
        stage = stage_of_client(session, row.client_id)
        if row.client_id is None:
            raise PolicyRefusal(P_CONTACT, _LINK_FIRST)
        client = session.get(Client, row.client_id)
        name = client.full_name if client else row.from_name
        to_address = row.from_address or (client.email if client else "")
        offered, why = outbound.reply_options(
            session, client_id=row.client_id, message_id=row.id, channel=_channel(to_address)
        )
        if template not in offered:
            enforce(why)
        if template is ReplyTemplate.CONFIRMATION:
            booking_id = _confirmed_booking(session, row)
        audit.append(
            session,
            "message.reply_drafted",
            entity="message",
            entity_id=row.id,
            detail={"client": row.client_id, "template": template.value},
        )
    if booking_id is not None:
        text = bookings.confirmation_message(vault, booking_id=booking_id, language=language)
    else:
        text = template_text(
            template,
            name=name,
            stage=stage,
            practice_name=settings.practice_name,
            counsellor_name=settings.counsellor_name,
            language=language,
        )
    return ReplyDraft(
        message_id=row.id,
        client_id=row.client_id,
        template=template,
        to_address=to_address,
        subject=reply_subject(row.subject, language),
        text=text,
        channel=_channel(to_address),
        booking_id=booking_id,
    )


def log_reply(vault: OpenVault, *, draft: ReplyDraft, subject: str, text: str) -> ContactRecord:
    """P-CONTACT: the reply was handed to the mail program (or made by phone): the gate logs it as ``reply``.

    The gate reads the message, the hold and the client again: a hold placed
    since the draft was made refuses the reply, and nothing is logged.
    """
    if draft.client_id is None:
        raise PolicyRefusal(P_CONTACT, _LINK_FIRST)
    return outbound.record(
        vault,
        OutboundContact(
            client_id=draft.client_id,
            basis=Basis.REPLY.value,
            channel=draft.channel.value,
            template=draft.template,
            reply_to_message_id=draft.message_id,
            booking_ids=(draft.booking_id,) if draft.booking_id is not None else (),
            subject=subject,
            text=text,
        ),
    )
