"""P-EMERGENCY: disasters and emergencies declared by a government body.

When a public body has declared an emergency, the counsellor may cancel or
postpone every booking in its period, confirmed ones included, for the
clients' safety. No cancellation fee is charged (the booking rules' reason
``emergency`` forces it to zero) and each client is contacted under the
P-CONTACT basis ``disaster`` with a ready message, written here in the same
polite register as the booking confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.policy import Verdict
from desktop.policy.bookings import ACTIVE_STATUSES, EMERGENCY_REASON, BookingStatus
from desktop.policy.confirmation import japanese_date

P_EMERGENCY = "P-EMERGENCY"

#: The longest period one declaration may cover; a longer one is declared again when it is extended.
PERIOD_MAX_DAYS = 366
ISSUER_MAX = 120

#: The cancellation reason recorded on each booking, which waives the fee.
CANCEL_REASON = EMERGENCY_REASON


class EmergencyKind(StrEnum):
    TYPHOON = "typhoon"
    EARTHQUAKE = "earthquake"
    EPIDEMIC = "epidemic"
    TERRORISM = "terrorism"
    CONFLICT = "conflict"
    OTHER = "other"


class EmergencyAction(StrEnum):
    """What happens to the bookings in the period, all of them in one step."""

    CANCEL = "cancel"
    POSTPONE = "postpone"


KIND_LABELS = {
    EmergencyKind.TYPHOON: QT_TRANSLATE_NOOP("policy", "Typhoon"),
    EmergencyKind.EARTHQUAKE: QT_TRANSLATE_NOOP("policy", "Earthquake"),
    EmergencyKind.EPIDEMIC: QT_TRANSLATE_NOOP("policy", "Epidemic"),
    EmergencyKind.TERRORISM: QT_TRANSLATE_NOOP("policy", "Terrorism"),
    EmergencyKind.CONFLICT: QT_TRANSLATE_NOOP("policy", "Conflict"),
    EmergencyKind.OTHER: QT_TRANSLATE_NOOP("policy", "Other emergency"),
}
ACTION_LABELS = {
    EmergencyAction.CANCEL: QT_TRANSLATE_NOOP("policy", "Cancel"),
    EmergencyAction.POSTPONE: QT_TRANSLATE_NOOP("policy", "Postpone"),
}

_KIND_JA = {
    EmergencyKind.TYPHOON: "台風",
    EmergencyKind.EARTHQUAKE: "地震",
    EmergencyKind.EPIDEMIC: "感染症の流行",
    EmergencyKind.TERRORISM: "テロ",
    EmergencyKind.CONFLICT: "紛争",
    EmergencyKind.OTHER: "緊急事態",
}
_KIND_EN = {
    EmergencyKind.TYPHOON: "a typhoon",
    EmergencyKind.EARTHQUAKE: "an earthquake",
    EmergencyKind.EPIDEMIC: "an epidemic",
    EmergencyKind.TERRORISM: "a terrorist threat",
    EmergencyKind.CONFLICT: "a conflict",
    EmergencyKind.OTHER: "an emergency",
}


def kind_name(kind: EmergencyKind, language: str = "ja") -> str:
    """The kind as the ready message and the contact note name it (``ja`` or ``en``)."""
    return _KIND_JA[kind] if language == "ja" else _KIND_EN[kind]


def check_declaration(kind: str, issuing_body: str, first_day: date, last_day: date) -> Verdict:
    """P-EMERGENCY: a declaration names its kind, the government body that issued it, and its period."""
    if kind not in set(EmergencyKind):
        return Verdict.refuse(P_EMERGENCY, QT_TRANSLATE_NOOP("policy", "Choose the kind of emergency."))
    if not issuing_body.strip():
        return Verdict.refuse(
            P_EMERGENCY,
            QT_TRANSLATE_NOOP("policy", "Name the government body that declared the emergency."),
        )
    if len(issuing_body.strip()) > ISSUER_MAX:
        return Verdict.refuse(
            P_EMERGENCY,
            QT_TRANSLATE_NOOP("policy", "The issuing body can be at most %1 characters."),
            str(ISSUER_MAX),
        )
    if last_day < first_day:
        return Verdict.refuse(P_EMERGENCY, QT_TRANSLATE_NOOP("policy", "The period ends before it begins."))
    if last_day - first_day >= timedelta(days=PERIOD_MAX_DAYS):
        return Verdict.refuse(
            P_EMERGENCY,
            QT_TRANSLATE_NOOP("policy", "One declaration covers at most %1 days."),
            str(PERIOD_MAX_DAYS),
        )
    return Verdict.allow(P_EMERGENCY)


def is_affected(status: BookingStatus, session_day: date | None, first_day: date, last_day: date) -> bool:
    """P-EMERGENCY: a live booking (inquiry, negotiating, confirmed) with its session in the period."""
    return status in ACTIVE_STATUSES and session_day is not None and first_day <= session_day <= last_day


@dataclass(frozen=True, slots=True)
class NoticeFacts:
    """What the ready ``disaster`` message to one client says."""

    client_name: str
    #: Every affected booking of the client: its day and start (``None`` for an inquiry with a day only).
    sessions: tuple[tuple[date, time | None], ...]
    kind: EmergencyKind
    issuing_body: str
    action: EmergencyAction
    practice_name: str
    counsellor_name: str


def _session_ja(day: date, start: time | None) -> str:
    return f"{japanese_date(day)} {start:%H:%M}から" if start else f"{japanese_date(day)}（時刻未定）"


def _session_en(day: date, start: time | None) -> str:
    text = f"{day:%A}, {day.day} {day:%B} {day.year}"
    return f"{text} at {start:%H:%M}" if start else f"{text} (time not yet agreed)"


def notice_text(facts: NoticeFacts, language: str = "ja") -> str:
    """P-EMERGENCY, P-CONTACT: the message telling a client their sessions are cancelled or postponed.

    It names every affected booking of the client, one line each, and says no
    fee is charged. Plain text for the counsellor's mail program or to read
    out on the phone; ``language`` is ``"ja"`` (polite) or ``"en"``.
    """
    if language == "ja":
        outcome = (
            "誠に勝手ながらキャンセルとさせていただきます"
            if facts.action is EmergencyAction.CANCEL
            else "延期とさせていただきます"
        )
        follow = (
            "改めてのご予約は、状況が落ち着きましてからお気軽にご連絡ください。"
            if facts.action is EmergencyAction.CANCEL
            else "改めての日時は、状況が落ち着きましてからご相談させてください。"
        )
        return "\n".join(
            [
                f"{facts.client_name} 様",
                "",
                f"{facts.issuing_body}より{_KIND_JA[facts.kind]}に関する発表がございました。",
                f"皆さまの安全を第一に考え、次のご予約は{outcome}。",
                *(f"・{_session_ja(day, start)}" for day, start in facts.sessions),
                "キャンセル料はいただきません。",
                follow,
                "",
                "ご不便をおかけし申し訳ございません。どうぞご無事でお過ごしください。",
                "",
                facts.practice_name,
                facts.counsellor_name,
            ]
        )
    outcome = "cancelled" if facts.action is EmergencyAction.CANCEL else "postponed"
    follow = (
        "When things have settled, you are welcome to book again."
        if facts.action is EmergencyAction.CANCEL
        else "When things have settled, we will agree a new date with you."
    )
    return "\n".join(
        [
            f"Dear {facts.client_name},",
            "",
            f"{facts.issuing_body} has issued a declaration about {_KIND_EN[facts.kind]}.",
            f"For everyone's safety, the following sessions are {outcome}:",
            *(f"- {_session_en(day, start)}" for day, start in facts.sessions),
            "No cancellation fee is charged.",
            follow,
            "",
            "We are sorry for the inconvenience. Please stay safe.",
            "",
            facts.practice_name,
            facts.counsellor_name,
        ]
    )
