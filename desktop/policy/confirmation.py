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
    end: time
    #: P-CONFIRM point 3 as agreed: the name, length and price kept on the booking.
    menu_name: str
    duration_minutes: int
    price_yen: int
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
    Point 3 carries the session as agreed with its price, the start its end time;
    an online session's text never speaks of coming to the office.
    """
    if language == "ja":
        return _japanese(facts)
    return _english(facts)


def _japanese(facts: ConfirmationFacts) -> str:
    start, end = facts.start.strftime("%H:%M"), facts.end.strftime("%H:%M")
    if facts.session_format is SessionFormat.IN_PERSON:
        means = _TRAVEL_JA[facts.travel_means or TravelMeans.OTHER]
        point4 = f"4. お越しの方法：ご来談（{means}でお越し）"
        pickup = f"{facts.pickup_station}までお迎えにまいります" if facts.pickup_needed else "お迎えは不要"
        point4 += "、" + pickup
        closing = "当日お目にかかれますことを心よりお待ちしております。"
    else:
        call = "お電話" if facts.session_format is SessionFormat.ONLINE_PHONE else "ビデオ通話"
        point4 = f"4. ご利用の方法：オンライン（{call}）"
        closing = "当日お話しできますことを心よりお待ちしております。"
    return "\n".join(
        [
            f"{facts.client_name} 様",
            "",
            "ご予約を以下の内容で承りました。",
            "",
            f"1. 日付：{japanese_date(facts.session_date)}",
            f"2. 時間：{start}〜{end}",
            f"3. セッション：{facts.menu_name}（{facts.duration_minutes}分、{facts.price_yen:,}円）",
            point4,
            "",
            "内容に誤りがございましたら、お手数ですがお知らせくださいますようお願いいたします。",
            closing,
            "",
            facts.practice_name,
            facts.counsellor_name,
        ]
    )


def _english(facts: ConfirmationFacts) -> str:
    start, end = facts.start.strftime("%H:%M"), facts.end.strftime("%H:%M")
    if facts.session_format is SessionFormat.IN_PERSON:
        point4 = f"4. How you come: in person, {_TRAVEL_EN[facts.travel_means or TravelMeans.OTHER]}"
        point4 += (
            f"; we will pick you up at {facts.pickup_station}" if facts.pickup_needed else "; no pick-up"
        )
        closing = "We look forward to seeing you."
    else:
        call = "phone call" if facts.session_format is SessionFormat.ONLINE_PHONE else "video call"
        point4 = f"4. How we meet: online, by {call}"
        closing = "We look forward to speaking with you."
    d = facts.session_date
    return "\n".join(
        [
            f"Dear {facts.client_name},",
            "",
            "Your booking is confirmed as follows.",
            "",
            f"1. Date: {d:%A}, {d.day} {d:%B} {d.year}",
            f"2. Time: {start} to {end}",
            f"3. Session: {facts.menu_name} ({facts.duration_minutes} minutes, {facts.price_yen:,} yen)",
            point4,
            "",
            "If anything here is not right, please let us know.",
            closing,
            "",
            facts.practice_name,
            facts.counsellor_name,
        ]
    )
