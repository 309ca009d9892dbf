"""P-CONFIRM: the message that repeats the four agreed points to the client.

Kept apart from the booking rules because it is wording, not a rule: the
Japanese text is in the polite register the practice uses with clients.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from desktop.policy.bookings import SessionFormat, TravelMeans

_WEEKDAYS_JA = "月火水木金土日"
_TRAVEL_JA = {
    TravelMeans.TRAIN: "電車",
    TravelMeans.CAR: "お車",
    TravelMeans.BUS: "バス",
    TravelMeans.TAXI: "タクシー",
    TravelMeans.WALK: "徒歩",
    TravelMeans.OTHER: "その他",
}
_TRAVEL_EN = {
    TravelMeans.TRAIN: "by train",
    TravelMeans.CAR: "by car",
    TravelMeans.BUS: "by bus",
    TravelMeans.TAXI: "by taxi",
    TravelMeans.WALK: "on foot",
    TravelMeans.OTHER: "by other means",
}


def japanese_date(day: date) -> str:
    """2026年11月25日(水)."""
    return f"{day.year}年{day.month}月{day.day}日({_WEEKDAYS_JA[day.weekday()]})"


@dataclass(frozen=True, slots=True)
class ConfirmationFacts:
    """The four agreed points and the names a confirmation message carries."""

    client_name: str
    session_date: date
    start: time
    menu_name: str
    duration_minutes: int
    session_format: SessionFormat
    travel_means: TravelMeans | None
    pickup_needed: bool
    practice_name: str
    counsellor_name: str
    pickup_station: str


def confirmation_text(facts: ConfirmationFacts, language: str = "ja") -> str:
    """P-CONFIRM: the message that repeats the four agreed points to the client.

    Plain text, ready to paste into the counsellor's mail program or to read
    out on the phone; ``language`` is ``"ja"`` (polite register) or ``"en"``.
    """
    start = facts.start.strftime("%H:%M")
    if language == "ja":
        if facts.session_format is SessionFormat.IN_PERSON:
            means = _TRAVEL_JA[facts.travel_means or TravelMeans.OTHER]
            arrival = f"ご来談（{means}でお越し）"
            arrival += (
                f"、{facts.pickup_station}までお迎えにまいります" if facts.pickup_needed else "、お迎えは不要"
            )
        elif facts.session_format is SessionFormat.ONLINE_PHONE:
            arrival = "オンライン（お電話）"
        else:
            arrival = "オンライン（ビデオ通話）"
        return "\n".join(
            [
                f"{facts.client_name} 様",
                "",
                "ご予約を以下の内容で承りました。",
                "",
                f"1. 日付：{japanese_date(facts.session_date)}",
                f"2. 開始時刻：{start}",
                f"3. セッション：{facts.menu_name}（{facts.duration_minutes}分）",
                f"4. お越しの方法：{arrival}",
                "",
                "内容に誤りがございましたら、お手数ですがお知らせくださいますようお願いいたします。",
                "当日お目にかかれますことを心よりお待ちしております。",
                "",
                facts.practice_name,
                facts.counsellor_name,
            ]
        )
    if facts.session_format is SessionFormat.IN_PERSON:
        arrival = f"in person, {_TRAVEL_EN[facts.travel_means or TravelMeans.OTHER]}"
        arrival += (
            f"; we will pick you up at {facts.pickup_station}" if facts.pickup_needed else "; no pick-up"
        )
    elif facts.session_format is SessionFormat.ONLINE_PHONE:
        arrival = "online, by phone call"
    else:
        arrival = "online, by video call"
    d = facts.session_date
    return "\n".join(
        [
            f"Dear {facts.client_name},",
            "",
            "Your booking is confirmed as follows.",
            "",
            f"1. Date: {d:%A}, {d.day} {d:%B} {d.year}",
            f"2. Start time: {start}",
            f"3. Session: {facts.menu_name} ({facts.duration_minutes} minutes)",
            f"4. How you come: {arrival}",
            "",
            "If anything here is not right, please let us know.",
            "We look forward to seeing you.",
            "",
            facts.practice_name,
            facts.counsellor_name,
        ]
    )
