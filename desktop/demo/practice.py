"""Demo data: a realistic Japanese practice, reproducible from a seed.

Newcomers, screenshots and benchmarks need a practice full of clients and
years of consultation notes, without ever touching a real person's data.
Names come from Faker's ``ja_JP`` person provider as (kanji, kana, romaji)
triples, so the reading always belongs to the name; note texts are built
from a counsellor's sentence templates. Email addresses use the reserved
``example`` domains.

The same seed gives the same practice: Faker and a :class:`random.Random`
are both seeded, and every date counts back from a fixed reference date
(``until``), never from today. Only ids and timestamps of the audit trail
depend on the vault and the clock.

It must be fast for 10,000 clients, so it does not call ``create_client``
once per client. It keeps the same invariants instead: every draft goes
through :func:`clients.validate`, ``sort_key`` is
:func:`personal_data.reading_key` of the reading, each client's search row is
:func:`clients.search_row`, and rows are inserted in large transactions, each
appending one ``demo.generated`` audit event with counts only.

Each kind of record has its own plan and insert function; later features add
theirs (messages, ...) to :func:`generate`.

Bookings follow the clients' notes: one counsellor, so every timed booking
takes a slot in one shared calendar (working hours on weekdays and some
Saturdays, the vault's buffer kept between sessions, a daily cap), and a note
gets a completed session only when its day still has room. Around the
sessions lie the bookings that fell through (cancelled with the fee the
vault's schedule gives, no-shows, postponed) and the requests refused under
P-WHO; near ``until`` the active clients have their next session confirmed or
under negotiation and prospects have open inquiries. Every booking holds what
the services would have recorded before it reached its state (own will,
channel facts, round trips within the limit, the four points). Bookings draw
from their own random stream, so turning them off leaves the clients and
notes as they are.
"""

from __future__ import annotations

import functools
import importlib.util
import random
import string
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from desktop.errors import InvalidInput, SorakumoError
from desktop.models import (
    Booking,
    BookingCancellation,
    Client,
    ConsultationNote,
    NoteRevision,
    SessionMenuItem,
)
from desktop.policy import bookings as rules
from desktop.policy import cancellation as fees
from desktop.policy import personal_data as pd
from desktop.policy.bookings import BookingStatus, Point
from desktop.services import bookings as booking_service
from desktop.services import cancellation_fees, demo_disclosures, demo_followup, demo_mail, practice_settings
from desktop.services import clients as client_service
from desktop.vault import audit
from desktop.vault.store import OpenVault

if TYPE_CHECKING:
    from faker import Faker

#: Every date of the demo practice counts back from here, so a seed gives the same data on any day.
DEFAULT_UNTIL = date(2026, 10, 31)
#: Clients per transaction (and per ``demo.generated`` audit event).
BATCH_CLIENTS = 2000
#: Clients in counselling at once: a full week for one counsellor seeing most of them every two weeks.
ACTIVE_CASELOAD = 45
MAX_CLIENTS = 100_000
MAX_YEARS = 40
INSTALL_HINT = "install the demo extra: pip install -e '.[demo]'"

JST = timezone(timedelta(hours=9))


class DemoUnavailable(SorakumoError):
    """Faker (the ``demo`` extra) is not installed."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many records :func:`generate` added."""

    clients: int = 0
    notes: int = 0
    revisions: int = 0
    bookings: int = 0
    cancellations: int = 0
    menu_items: int = 0

    def __add__(self, other: DemoSummary) -> DemoSummary:
        mine, theirs = asdict(self), asdict(other)
        return DemoSummary(**{name: mine[name] + theirs[name] for name in mine})


def available() -> bool:
    """Whether Faker is installed (checked without importing it)."""
    return importlib.util.find_spec("faker") is not None


# --- what the counsellor writes ------------------------------------------------------------

THEMES = (
    "職場の人間関係",
    "気分の落ち込み",
    "不眠",
    "漠然とした不安",
    "家族関係",
    "子育ての悩み",
    "夫婦関係",
    "進路の迷い",
    "休職からの復職",
    "親の介護の負担",
    "パニック発作",
    "対人緊張",
    "自己肯定感の低さ",
    "喪失体験",
    "学校への行きづらさ",
    "仕事のストレス",
    "怒りのコントロール",
    "食欲の低下",
    "転職の迷い",
    "生活リズムの乱れ",
)
INTAKE = (
    "初回面談。主訴は{theme}。",
    "初回。{theme}について相談したいとのこと。",
    "インテーク面接。{theme}を主訴に来談。",
)
BACKGROUND = (
    "{period}前から{symptom}が続いている。",
    "{referral}の勧めで来談。",
    "これまで相談歴はなし。",
    "{person}との関係が負担になっている様子。",
    "仕事は{work}。",
)
PROGRESS = (
    "前回からの様子を確認。{change}",
    "{theme}について引き続き話を聴く。",
    "{person}とのやりとりを振り返る。",
    "睡眠は{sleep}。",
    "表情は{mood}。",
    "{homework}の記録を一緒に見る。",
    "{technique}を実施。",
    "気持ちの整理が少しずつ進んでいる。",
    "語りが以前より具体的になってきた。",
    "{event}があり、気持ちが揺れたとのこと。",
)
PLAN = (
    "次回は{interval}後。",
    "{homework}を続けてもらう。",
    "次回は{topic}を扱う予定。",
    "必要に応じて医療機関の受診を勧める。",
    "頻度を{frequency}に変更。",
)
CLOSING = ("終結。{closing}", "本日で一区切り。{closing}", "終結面談。{closing}")
ADDENDUM = (
    "追記：{sentence}",
    "（補足）{sentence}",
)
FILLERS: dict[str, tuple[str, ...]] = {
    "period": ("半年", "1年", "数か月", "2年ほど", "3か月"),
    "symptom": ("寝つきの悪さ", "朝起きられない状態", "気分の波", "動悸", "疲れやすさ"),
    "referral": ("かかりつけ医", "職場の産業医", "家族", "友人", "学校の先生", "地域の相談窓口"),
    "person": ("上司", "同僚", "母親", "父親", "配偶者", "子ども", "友人", "義理の家族"),
    "work": ("事務職で残業が多い", "シフト勤務", "在宅勤務が中心", "休職中", "パート勤務"),
    "change": (
        "少し落ち着いてきたとのこと。",
        "大きな変化はない。",
        "調子の波がある。",
        "できることが増えてきた。",
        "週の後半に疲れが出やすい。",
    ),
    "sleep": ("おおむね取れている", "途中で目が覚めることが多い", "寝つきに時間がかかる", "改善傾向"),
    "mood": ("穏やか", "やや硬い", "明るい", "疲れた様子"),
    "homework": ("睡眠日誌", "気分の記録", "呼吸法の練習", "一日の振り返り"),
    "technique": ("呼吸法の練習", "認知の整理", "リラクセーション", "ロールプレイ", "問題の整理"),
    "event": ("職場での異動", "家族の入院", "引っ越し", "試験", "法事"),
    "interval": ("1週間", "2週間", "3週間", "1か月"),
    "topic": ("職場での伝え方", "家族との距離の取り方", "休み方", "今後の目標"),
    "frequency": ("隔週", "月1回", "週1回"),
    "closing": (
        "困ったときはまた連絡してよいと伝える。",
        "ここまでの変化を一緒に振り返った。",
        "セルフケアの方法を確認して終える。",
    ),
}
PRIVATE_NOTES = (
    "連絡はメール希望。",
    "平日夜のみ来談可。",
    "留守番電話に事業所名を残さないこと。",
    "紹介元：{referral}。",
    "土曜午前を希望。",
    "オンライン面談も可。",
    "駐車場の利用あり。",
    "筆談のほうが話しやすいとのこと。",
)
PROSPECT_NOTES = (
    "初回面談の日程を調整中。",
    "電話で問い合わせあり。資料を送付。",
    "初回は{interval}以内を希望。",
)
OCCUPATIONS = (
    "会社員",
    "公務員",
    "学生",
    "自営業",
    "パート",
    "主婦",
    "主夫",
    "無職",
    "看護師",
    "教員",
    "介護職",
    "保育士",
    "販売員",
    "事務員",
)
#: Towns near the practice (east Shizuoka); most clients live nearby, some come from further.
LOCAL_CITIES = (
    ("三島市", "411"),
    ("沼津市", "410"),
    ("駿東郡長泉町", "411"),
    ("駿東郡清水町", "411"),
    ("裾野市", "410"),
    ("田方郡函南町", "419"),
    ("御殿場市", "412"),
    ("富士市", "417"),
    ("伊豆の国市", "410"),
)
LOCAL_AREA_CODES = ("055", "0545", "0550")
#: Domains reserved for examples (RFC 2606, JPRS): no real mailbox can be reached.
EMAIL_DOMAINS = ("example.jp", "example.ne.jp", "example.co.jp", "example.com", "example.org")


@functools.cache
def _slots(template: str) -> tuple[str, ...]:
    return tuple(name for _text, name, _spec, _conv in string.Formatter().parse(template) if name)


# --- the random world ----------------------------------------------------------------------


@dataclass
class _World:
    """The seeded sources and the practice's period."""

    fake: Faker
    rng: random.Random
    start: date
    until: date
    #: The bookings' own stream and the shared calendar; ``None`` when no bookings are made.
    agenda: _Agenda | None = None
    #: How many more clients may still be in counselling now: one counsellor's caseload.
    active_places: int = ACTIVE_CASELOAD

    def pick(self, choices: Sequence[str]) -> str:
        return choices[self.rng.randrange(len(choices))]

    def fill(self, template: str, **given: str) -> str:
        """The template with each ``{slot}`` filled: from ``given``, else a random filler."""
        values = {
            name: given[name] if name in given else self.pick(FILLERS[name]) for name in _slots(template)
        }
        return template.format(**values)

    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))


def _world(seed: int, *, years: int, until: date) -> _World:
    try:
        from faker import Faker
    except ImportError:
        raise DemoUnavailable() from None
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    start = until - timedelta(days=round(365.25 * years))
    return _World(fake, random.Random(seed), start, until)


def _timestamp(day: date, world: _World, *, earliest_hour: int = 9) -> str:
    """A time on ``day`` in office hours (Japan), as the services store it: UTC, seconds."""
    moment = datetime.combine(
        day, time(world.rng.randint(earliest_hour, 19), world.rng.randrange(60), world.rng.randrange(60)), JST
    )
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# --- clients -------------------------------------------------------------------------------


@dataclass
class _NotePlan:
    occurred_on: date
    texts: list[str]
    written_at: list[str]
    #: The completed session this note records (``consultation_notes.booking_id``).
    booking: _BookingPlan | None = None


@dataclass
class _ClientPlan:
    draft: client_service.ClientDraft
    created_at: str
    updated_at: str
    notes: list[_NotePlan] = field(default_factory=list)
    bookings: list[_BookingPlan] = field(default_factory=list)


def _phone(world: _World, *, mobile: bool) -> str:
    rng = world.rng
    if mobile:
        return f"0{rng.choice('789')}0-{rng.randrange(10_000):04d}-{rng.randrange(10_000):04d}"
    if rng.random() < 0.7:  # local: the area code and the exchange make 6 digits, then 4
        area = world.pick(LOCAL_AREA_CODES)
        exchange = rng.randrange(10 ** (5 - len(area)) * 2, 10 ** (6 - len(area)))
        return f"{area}-{exchange}-{rng.randrange(10_000):04d}"
    area = rng.choice(("03", "06", "045", "052"))
    exchange_digits = 6 - len(area)
    exchange = rng.randrange(2 * 10 ** (exchange_digits - 1), 10**exchange_digits)
    return f"{area}-{exchange}-{rng.randrange(10_000):04d}"


def _address(world: _World) -> tuple[str, str]:
    """A postal code and an address; most clients live near the practice."""
    fake, rng = world.fake, world.rng
    if rng.random() < 0.8:
        city, prefix = LOCAL_CITIES[rng.randrange(len(LOCAL_CITIES))]
        block = f"{rng.randint(1, 6)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        address = f"静岡県{city}{fake.town()}{block}"
        if rng.random() < 0.3:
            address += f" {fake.building_name()}{rng.randint(1, 9)}0{rng.randint(1, 9)}"
        return f"{prefix}-{rng.randrange(10_000):04d}", address
    return fake.postcode(), fake.address()


def _client_draft(world: _World, status: pd.ClientStatus) -> client_service.ClientDraft:
    """One client's identity and contact details, their reading paired with their name."""
    fake, rng = world.fake, world.rng
    last, last_kana, last_roman = fake.last_name_pair()
    female = rng.random() < 0.62  # counselling clients are more often women
    first, first_kana, first_roman = fake.first_name_female_pair() if female else fake.first_name_male_pair()
    reading = f"{last_kana} {first_kana}"
    if rng.random() < 0.25:  # some readings are typed in hiragana
        reading = pd.reading_key(last_kana) + " " + pd.reading_key(first_kana)
    gender = pd.Gender.FEMALE if female else pd.Gender.MALE
    roll = rng.random()
    if roll < 0.12:
        gender = pd.Gender.UNSPECIFIED
    elif roll < 0.14:
        gender = pd.Gender.OTHER
    age_days = rng.randrange(16 * 365, 80 * 365)
    birth = world.until - timedelta(days=age_days)
    postal_code, address = _address(world)
    phone = _phone(world, mobile=False) if rng.random() < 0.35 else ""
    mobile = _phone(world, mobile=True) if rng.random() < 0.9 or not phone else ""
    email = ""
    if rng.random() < 0.75:
        local = f"{first_roman}.{last_roman}" if rng.random() < 0.5 else f"{last_roman[0]}{first_roman}"
        email = (
            f"{local.lower()}{rng.randrange(100) if rng.random() < 0.6 else ''}@{world.pick(EMAIL_DOMAINS)}"
        )
    occupation = world.pick(OCCUPATIONS) if rng.random() < 0.6 else fake.job()
    notes_count = rng.choice((0, 0, 1, 1, 2))
    private = "".join(world.fill(world.pick(PRIVATE_NOTES)) for _ in range(notes_count))
    if status is pd.ClientStatus.PROSPECT:
        private += world.fill(world.pick(PROSPECT_NOTES))
    return client_service.ClientDraft(
        full_name=f"{last} {first}",
        name_reading=reading,
        postal_code=postal_code,
        address=address,
        birth_date=birth,
        gender=gender.value,
        occupation=occupation,
        phone=phone,
        mobile=mobile,
        email=email,
        status=status.value,
        private_notes=private,
    )


def _status(world: _World) -> pd.ClientStatus:
    """Prospect, active or closed; once the caseload is full, a would-be active client has finished.

    Active clients all come in the last weeks, so more of them than one
    counsellor sees would crowd the recent calendar past its daily cap.
    """
    roll = world.rng.random()
    if roll < 0.1:
        return pd.ClientStatus.PROSPECT
    if roll < 0.4 and world.active_places > 0:
        world.active_places -= 1
        return pd.ClientStatus.ACTIVE
    return pd.ClientStatus.CLOSED


def _plan_client(world: _World) -> _ClientPlan:
    status = _status(world)
    draft = client_service.validate(_client_draft(world, status), today=world.until)
    notes = _consultation_notes(world, status, draft)
    if notes:
        first_contact = notes[0].occurred_on - timedelta(days=world.rng.randrange(1, 21))
    else:
        first_contact = world.day_between(world.until - timedelta(days=60), world.until)
    first_contact = max(first_contact, world.start)
    created_at = _timestamp(first_contact, world)
    updated_at = max(created_at, *(note.written_at[-1] for note in notes)) if notes else created_at
    plan = _ClientPlan(draft, created_at, updated_at, notes)
    if world.agenda is not None:
        plan.bookings = _plan_bookings(world, world.agenda, status, plan)
    return plan


# --- consultation notes --------------------------------------------------------------------


def _note_text(world: _World, theme: str, *, first: bool, last: bool) -> str:
    rng = world.rng
    if first:
        templates = [world.pick(INTAKE), *rng.sample(BACKGROUND, rng.randint(1, 2))]
    else:
        templates = rng.sample(PROGRESS, rng.randint(1, 3))
    templates.append(world.pick(CLOSING if last else PLAN))
    return "".join(world.fill(template, theme=theme) for template in templates)


def _session_days(world: _World, status: pd.ClientStatus) -> list[date]:
    """When the client came: a course of sessions every one to four weeks."""
    rng = world.rng
    if status is pd.ClientStatus.PROSPECT:
        return []
    interval = rng.choice((7, 14, 14, 21, 28))
    count = max(1, min(40, int(rng.expovariate(1 / (12 if status is pd.ClientStatus.ACTIVE else 7))) + 1))
    span = timedelta(days=interval * (count - 1))
    if status is pd.ClientStatus.ACTIVE:  # still coming: the last session is recent
        last = world.until - timedelta(days=rng.randrange(interval))
        first = max(world.start, last - span)
    else:  # finished at least a month ago
        latest_first = world.until - timedelta(days=30) - span
        first = world.day_between(world.start, max(world.start, latest_first))
    days: list[date] = []
    day = first
    while len(days) < count and day <= world.until:
        days.append(_working_day(day, world.start, world.until))
        day += timedelta(days=interval + rng.choice((-1, 0, 0, 0, 1, 7)))
    return days


def _consultation_notes(
    world: _World, status: pd.ClientStatus, draft: client_service.ClientDraft
) -> list[_NotePlan]:
    """One note per session; about one in ten was edited later (two or three revisions)."""
    rng = world.rng
    theme = world.pick(THEMES)
    days = _session_days(world, status)
    notes: list[_NotePlan] = []
    for index, day in enumerate(days):
        closing = status is pd.ClientStatus.CLOSED and index == len(days) - 1
        texts = [_note_text(world, theme, first=index == 0, last=closing)]
        written = [_timestamp(day, world, earliest_hour=10)]
        roll = rng.random()
        for _ in range(2 if roll < 0.02 else 1 if roll < 0.1 else 0):
            sentence = world.fill(world.pick(PROGRESS), theme=theme)
            texts.append(texts[-1] + "\n" + world.pick(ADDENDUM).format(sentence=sentence))
            later = min(day + timedelta(days=rng.randrange(4)), world.until)
            written.append(max(written[-1], _timestamp(later, world, earliest_hour=10)))
        notes.append(_NotePlan(day, texts, written))
    return notes


# --- bookings ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoMenuItem:
    name: str
    format: rules.SessionFormat
    duration_minutes: int
    price_yen: int


#: The demo practice's menu (tax included, as a private practice in Shizuoka might charge).
DEMO_MENU = (
    DemoMenuItem("対面カウンセリング 60分", rules.SessionFormat.IN_PERSON, 60, 8800),
    DemoMenuItem("対面カウンセリング 90分", rules.SessionFormat.IN_PERSON, 90, 12100),
    DemoMenuItem("オンライン(電話) 50分", rules.SessionFormat.ONLINE_PHONE, 50, 7700),
    DemoMenuItem("オンライン(ビデオ) 50分", rules.SessionFormat.ONLINE_VIDEO, 50, 7700),
)
MENU_WEIGHTS = (55, 13, 12, 20)
#: Sessions start on the half hour and end within these hours (minutes after midnight).
WEEKDAY_HOURS = (9 * 60, 19 * 60)
SATURDAY_HOURS = (9 * 60, 13 * 60)
#: No more sessions than this in one day, however many clients ask.
DAY_CAP = {"weekday": 6, "saturday": 3}
START_STEP_MINUTES = 30
TRAVEL_WEIGHTS = (
    (rules.TravelMeans.CAR, 45),
    (rules.TravelMeans.TRAIN, 30),
    (rules.TravelMeans.BUS, 10),
    (rules.TravelMeans.WALK, 8),
    (rules.TravelMeans.TAXI, 5),
    (rules.TravelMeans.OTHER, 2),
)
REQUESTERS = ("母親", "父親", "配偶者", "姉", "兄", "友人", "職場の上司", "祖母")
CLIENT_CANCEL_REASONS = ("", "体調不良", "仕事の都合", "家庭の事情", "子どもの発熱", "天候不良")
COUNSELLOR_CANCEL_REASONS = ("カウンセラーの体調不良", "研修のため", "")
_REFUSAL = rules.check_requester(rules.Requester.OTHER)


def _working_day(day: date, first: date, last: date) -> date:
    """The day itself on a weekday or an open Saturday (one in four), else the nearest weekday in range.

    Deterministic, so notes land on working days without drawing from the random stream.
    """
    weekday = day.weekday()
    if weekday == 6:
        candidates: tuple[date, ...] = (day + timedelta(days=1), day - timedelta(days=2))
    elif weekday == 5 and day.toordinal() % 4:
        candidates = (day - timedelta(days=1), day + timedelta(days=2))
    else:
        return day
    for candidate in candidates:
        if first <= candidate <= last:
            return candidate
    return day


@dataclass
class _Agenda:
    """The counsellor's one calendar and the vault's booking settings, shared by every batch."""

    rng: random.Random
    gap_minutes: int
    round_trip_limit: int
    schedule: fees.FeeSchedule
    taken: dict[date, list[tuple[int, int]]] = field(default_factory=dict)

    def take(self, start: datetime, end: datetime) -> None:
        minutes = start.hour * 60 + start.minute
        self.taken.setdefault(start.date(), []).append(
            (minutes, minutes + int((end - start).total_seconds()) // 60)
        )

    def place(self, day: date, duration: int) -> datetime | None:
        """A free start on ``day`` in working hours, buffer kept, or ``None`` (closed or full)."""
        weekday = day.weekday()
        if weekday == 6:
            return None
        opening, closing = SATURDAY_HOURS if weekday == 5 else WEEKDAY_HOURS
        taken = self.taken.setdefault(day, [])
        if len(taken) >= DAY_CAP["saturday" if weekday == 5 else "weekday"]:
            return None
        starts = range(opening, closing - duration + 1, START_STEP_MINUTES)
        if not starts:
            return None
        first = self.rng.randrange(len(starts))
        gap = self.gap_minutes
        for step in range(len(starts)):
            begin = starts[(first + step) % len(starts)]
            end = begin + duration
            if all(not (begin < e + gap and s < end + gap) for s, e in taken):
                taken.append((begin, end))
                return datetime.combine(day, time(begin // 60, begin % 60))
        return None


@dataclass
class _CancelPlan:
    cancelled_by: rules.CancelledBy
    cancelled_at: datetime
    reason: str
    terms: fees.CancellationTerms


@dataclass
class _BookingPlan:
    status: BookingStatus
    channel: rules.Channel
    created: datetime
    updated: datetime
    requested_by: rules.Requester = rules.Requester.CLIENT
    requester_relation: str = ""
    round_trips: int = 0
    own_will_at: datetime | None = None
    starts_at: datetime | None = None
    menu: DemoMenuItem | None = None
    travel_means: rules.TravelMeans | None = None
    pickup_needed: bool | None = None
    call_means: rules.CallMeans | None = None
    agreed: dict[Point, datetime] = field(default_factory=dict)
    confirmed_at: datetime | None = None
    cancellation: _CancelPlan | None = None
    #: Set when the row is inserted, so the note can point at it.
    id: int = 0


@dataclass(frozen=True, slots=True)
class _Habits:
    """How one client books: by email or phone, which session, how they come."""

    email: bool
    menu: DemoMenuItem
    travel: rules.TravelMeans
    pickup: bool


def _menu(agenda: _Agenda, habits: _Habits) -> DemoMenuItem:
    """Mostly the client's usual session, now and then another one."""
    if agenda.rng.random() < 0.85:
        return habits.menu
    return agenda.rng.choices(DEMO_MENU, MENU_WEIGHTS)[0]


def _habits(agenda: _Agenda, draft: client_service.ClientDraft) -> _Habits:
    rng = agenda.rng
    menu = rng.choices(DEMO_MENU, MENU_WEIGHTS)[0]
    travel = rng.choices([t for t, _w in TRAVEL_WEIGHTS], [w for _t, w in TRAVEL_WEIGHTS])[0]
    pickup = travel is rules.TravelMeans.TRAIN and rng.random() < 0.4
    return _Habits(bool(draft.email) and rng.random() < 0.45, menu, travel, pickup)


def _local(stamp: str) -> datetime:
    """A stored UTC timestamp as the practice's wall-clock time (how booking times are kept)."""
    return datetime.fromisoformat(stamp).astimezone(JST).replace(tzinfo=None)


def _stamp(moment: datetime) -> str:
    """A wall-clock time as the services stamp ``created_at``: UTC, seconds."""
    return moment.replace(tzinfo=JST).astimezone(UTC).isoformat(timespec="seconds")


def _minutes(rng: random.Random, low: int, high: int) -> timedelta:
    return timedelta(minutes=rng.randint(low, high))


def _session(
    agenda: _Agenda,
    habits: _Habits,
    status: BookingStatus,
    start: datetime,
    menu: DemoMenuItem,
    *,
    not_after: datetime,
    points: int = 4,
    confirmed: bool = True,
) -> _BookingPlan:
    """A booking for ``start`` as the services leave it: own will, channel facts, points, confirmation.

    Every step happens after the previous one and before the session and ``not_after``.
    """
    rng = agenda.rng
    channel = rules.Channel.EMAIL if habits.email and rng.random() < 0.8 else rules.Channel.PHONE
    created = min(start - timedelta(days=rng.randint(2, 24), hours=rng.randint(0, 8)), not_after)
    created = created.replace(second=rng.randrange(60), microsecond=0)
    plan = _BookingPlan(status, channel, created, created)
    plan.own_will_at = created + _minutes(rng, 0, 90)
    plan.starts_at = start
    plan.menu = menu
    if channel is rules.Channel.EMAIL:
        plan.round_trips = rng.randint(1, agenda.round_trip_limit)
    _arrival(plan, habits)
    moment = plan.own_will_at
    for point in list(Point)[:points]:
        moment += _minutes(rng, 1, 90)
        plan.agreed[point] = moment
    if Point.ARRIVAL not in plan.agreed:  # point 4's values are only entered when it is agreed
        plan.travel_means = plan.pickup_needed = plan.call_means = None
    if confirmed and points == 4:
        moment += _minutes(rng, 1, 30)
        plan.confirmed_at = moment
    plan.updated = moment
    return plan


def _finish(plan: _BookingPlan, agenda: _Agenda, status: BookingStatus) -> _BookingPlan:
    """Mark a past session completed or missed shortly after it ended."""
    assert plan.starts_at is not None and plan.menu is not None
    plan.status = status
    plan.updated = (
        plan.starts_at + timedelta(minutes=plan.menu.duration_minutes) + _minutes(agenda.rng, 5, 180)
    )
    return plan


def _cancel(plan: _BookingPlan, agenda: _Agenda) -> _BookingPlan:
    """Cancel a live booking before its session, with the fee the vault's schedule gives (P-CANCEL)."""
    rng = agenda.rng
    assert plan.starts_at is not None
    by = rules.CancelledBy.CLIENT if rng.random() < 0.85 else rules.CancelledBy.COUNSELLOR
    notice = rng.choice((rng.uniform(1, 24), rng.uniform(24, 72), rng.uniform(72, 240)))
    at = (plan.starts_at - timedelta(hours=notice)).replace(second=0, microsecond=0)
    at = max(at, plan.updated + timedelta(minutes=1))
    if by is rules.CancelledBy.CLIENT:
        reason = rules.EMERGENCY_REASON if rng.random() < 0.05 else _pick(rng, CLIENT_CANCEL_REASONS)
    else:
        reason = _pick(rng, COUNSELLOR_CANCEL_REASONS)
    terms = fees.cancellation_terms(
        schedule=agenda.schedule,
        status=plan.status,
        starts_at=plan.starts_at,
        cancelled_at=at,
        price_yen=plan.menu.price_yen if plan.menu else None,
        cancelled_by=by,
        reason=reason,
    )
    plan.cancellation = _CancelPlan(by, at, reason, terms)
    plan.status = BookingStatus.CANCELLED
    plan.updated = at
    return plan


def _pick(rng: random.Random, choices: Sequence[str]) -> str:
    return choices[rng.randrange(len(choices))]


def _fell_through(
    world: _World, agenda: _Agenda, habits: _Habits, before: date, floor: date
) -> _BookingPlan | None:
    """Now and then a booking before a session did not happen: cancelled, missed or postponed."""
    rng = agenda.rng
    roll = rng.random()
    if roll >= 0.1:
        return None
    day = _working_day(before - timedelta(days=rng.randint(2, 9)), floor, world.until)
    if day < floor or day >= before:
        return None
    menu = _menu(agenda, habits)
    start = agenda.place(day, menu.duration_minutes)
    if start is None:
        return None
    end_of_day = datetime.combine(world.until, time(18))
    if roll < 0.05:  # cancelled: mostly once confirmed, sometimes still under negotiation
        confirmed = rng.random() < 0.8
        plan = _session(
            agenda,
            habits,
            BookingStatus.CONFIRMED if confirmed else BookingStatus.NEGOTIATING,
            start,
            menu,
            not_after=end_of_day,
            points=4 if confirmed else rng.randint(0, 3),
            confirmed=confirmed,
        )
        return _cancel(plan, agenda)
    if roll < 0.075:
        plan = _session(agenda, habits, BookingStatus.CONFIRMED, start, menu, not_after=end_of_day)
        return _finish(plan, agenda, BookingStatus.NO_SHOW)
    confirmed = rng.random() < 0.5
    plan = _session(
        agenda,
        habits,
        BookingStatus.POSTPONED,
        start,
        menu,
        not_after=end_of_day,
        points=4 if confirmed else rng.randint(1, 3),
        confirmed=confirmed,
    )
    plan.updated += _minutes(rng, 60, 3 * 24 * 60)
    plan.updated = min(plan.updated, start - timedelta(minutes=30))
    return plan


def _refused(agenda: _Agenda, habits: _Habits, when: datetime) -> _BookingPlan:
    """P-WHO: a relative or acquaintance asked for the client; kept as refused with the rule's reason."""
    rng = agenda.rng
    channel = rules.Channel.EMAIL if habits.email and rng.random() < 0.3 else rules.Channel.PHONE
    plan = _BookingPlan(BookingStatus.REFUSED, channel, when, when, requested_by=rules.Requester.OTHER)
    plan.requester_relation = _pick(rng, REQUESTERS)
    return plan


def _upcoming(world: _World, agenda: _Agenda, habits: _Habits, status: pd.ClientStatus) -> list[_BookingPlan]:
    """What is open at ``until``: the next session of an active client, a prospect's first request."""
    rng = agenda.rng
    now = datetime.combine(world.until, time(9 + rng.randrange(3), rng.randrange(60)))
    horizon = world.until + timedelta(days=60)
    if status is pd.ClientStatus.CLOSED:
        return []
    for _attempt in range(4):
        day = _working_day(world.until + timedelta(days=rng.randint(1, 28)), world.until, horizon)
        if day <= world.until:
            continue
        menu = _menu(agenda, habits)
        start = agenda.place(day, menu.duration_minutes)
        if start is None:
            continue
        if status is pd.ClientStatus.ACTIVE:
            confirmed = rng.random() < 0.75
            return [
                _session(
                    agenda,
                    habits,
                    BookingStatus.CONFIRMED if confirmed else BookingStatus.NEGOTIATING,
                    start,
                    menu,
                    not_after=now,
                    points=4 if confirmed else rng.randint(0, 3),
                    confirmed=confirmed,
                )
            ]
        if rng.random() < 0.5:  # a prospect still in negotiation over the first session
            return [
                _session(
                    agenda,
                    habits,
                    BookingStatus.NEGOTIATING,
                    start,
                    menu,
                    not_after=now,
                    points=rng.randint(0, 3),
                )
            ]
        plan = _session(agenda, habits, BookingStatus.INQUIRY, start, menu, not_after=now, points=0)
        plan.own_will_at, plan.round_trips, plan.updated = None, 0, plan.created
        return [plan]
    if status is pd.ClientStatus.PROSPECT:  # the calendar is full: an inquiry without a time yet
        channel = rules.Channel.EMAIL if habits.email else rules.Channel.PHONE
        return [_BookingPlan(BookingStatus.INQUIRY, channel, now, now)]
    return []


def _plan_bookings(
    world: _World, agenda: _Agenda, status: pd.ClientStatus, plan: _ClientPlan
) -> list[_BookingPlan]:
    """The client's bookings: one completed session per note where the day has room, and the rest."""
    rng = agenda.rng
    habits = _habits(agenda, plan.draft)
    first_contact = _local(plan.created_at)
    bookings: list[_BookingPlan] = []
    if rng.random() < 0.04:
        asked = max(
            first_contact - timedelta(days=rng.randint(0, 10)), datetime.combine(world.start, time(10))
        )
        bookings.append(_refused(agenda, habits, asked))
    floor = first_contact.date()
    end_of_day = datetime.combine(world.until, time(18))
    for index, note in enumerate(plan.notes):
        missed = _fell_through(world, agenda, habits, note.occurred_on, floor)
        if missed is not None:
            bookings.append(missed)
        menu = _menu(agenda, habits)
        ceiling = plan.notes[index + 1].occurred_on if index + 1 < len(plan.notes) else world.until
        start = _place_near(agenda, note.occurred_on, menu.duration_minutes, floor, min(ceiling, world.until))
        if start is None:
            continue
        if start.date() != note.occurred_on:  # the day was full: the session (and its note) moved
            _move_note(note, start.date())
            plan.updated_at = max(plan.updated_at, note.written_at[-1])
        session = _session(agenda, habits, BookingStatus.CONFIRMED, start, menu, not_after=end_of_day)
        bookings.append(_finish(session, agenda, BookingStatus.COMPLETED))
        note.booking = session
        floor = note.occurred_on + timedelta(days=1)
    bookings.extend(_upcoming(world, agenda, habits, status))
    return bookings


def _place_near(agenda: _Agenda, day: date, duration: int, floor: date, ceiling: date) -> datetime | None:
    """A slot on ``day``, else on one of the next or previous working days within (floor, ceiling)."""
    for offset in (0, 1, 2, 3, -1, -2, 4, 5):
        candidate = day + timedelta(days=offset)
        if offset and not (floor <= candidate < ceiling or candidate == ceiling == day):
            continue
        start = agenda.place(candidate, duration)
        if start is not None:
            return start
    return None


def _move_note(note: _NotePlan, day: date) -> None:
    """Shift a note and its revisions' times to the day the session actually took place."""
    delta = day - note.occurred_on
    note.occurred_on = day
    note.written_at = [
        (datetime.fromisoformat(stamp) + delta).isoformat(timespec="seconds") for stamp in note.written_at
    ]


def _arrival(plan: _BookingPlan, habits: _Habits) -> None:
    """Point 4's values for the plan's session format (no pick-up online)."""
    assert plan.menu is not None
    if plan.menu.format is rules.SessionFormat.IN_PERSON:
        plan.travel_means, plan.pickup_needed, plan.call_means = habits.travel, habits.pickup, None
    else:
        plan.travel_means, plan.pickup_needed = None, False
        plan.call_means = (
            rules.CallMeans.PHONE
            if plan.menu.format is rules.SessionFormat.ONLINE_PHONE
            else rules.CallMeans.VIDEO
        )


def _agenda(vault: OpenVault, seed: int) -> _Agenda:
    """The vault's buffer, round-trip limit and fee schedule, and the slots its bookings already hold."""
    agenda = _Agenda(
        random.Random(seed * 1_000_003 + 17),
        booking_service.buffer_minutes(vault),
        practice_settings.load(vault).round_trip_limit,
        cancellation_fees.load(vault),
    )
    with vault.unit_of_work() as session:
        for start, end in session.execute(
            select(Booking.starts_at, Booking.ends_at).where(Booking.starts_at.is_not(None))
        ):
            if start is not None and end is not None:
                agenda.take(start, end)
    return agenda


# --- writing a batch -----------------------------------------------------------------------


def _next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0) + 1


def insert_clients(session: Session, plans: Sequence[_ClientPlan]) -> list[Client]:
    """Insert the clients with consecutive ids; return them as (unsaved) objects with those ids."""
    first_id = _next_id(session, Client.id)
    rows = [
        {
            **asdict(plan.draft),
            "id": first_id + offset,
            "sort_key": pd.reading_key(plan.draft.name_reading or plan.draft.full_name),
            "created_at": plan.created_at,
            "updated_at": plan.updated_at,
        }
        for offset, plan in enumerate(plans)
    ]
    if rows:
        session.execute(insert(Client), rows)
    return [Client(**row) for row in rows]


def insert_consultation_notes(
    session: Session, saved: Sequence[Client], plans: Sequence[_ClientPlan]
) -> tuple[int, int]:
    """Insert every note and its revisions; return (notes, revisions)."""
    note_id = _next_id(session, ConsultationNote.id)
    revision_id = _next_id(session, NoteRevision.id)
    notes: list[dict[str, object]] = []
    revisions: list[dict[str, object]] = []
    for client, plan in zip(saved, plans, strict=True):
        for note in plan.notes:
            notes.append(
                {
                    "id": note_id,
                    "client_id": client.id,
                    "occurred_on": note.occurred_on,
                    "booking_id": note.booking.id if note.booking else None,
                    "created_at": note.written_at[0],
                }
            )
            for number, (body, written_at) in enumerate(zip(note.texts, note.written_at, strict=True), 1):
                revisions.append(
                    {
                        "id": revision_id,
                        "note_id": note_id,
                        "revision": number,
                        "text": body,
                        "written_at": written_at,
                    }
                )
                revision_id += 1
            note_id += 1
    if notes:
        session.execute(insert(ConsultationNote), notes)
        session.execute(insert(NoteRevision), revisions)
    return len(notes), len(revisions)


def ensure_menu(session: Session, world: _World) -> tuple[dict[str, int], int]:
    """The demo menu's ids by name, adding the items the vault does not offer yet; (ids, added)."""
    names = [item.name for item in DEMO_MENU]
    ids = {
        name: item_id
        for item_id, name in session.execute(
            select(SessionMenuItem.id, SessionMenuItem.name).where(
                SessionMenuItem.name.in_(names), SessionMenuItem.active.is_(True)
            )
        )
    }
    missing = [item for item in DEMO_MENU if item.name not in ids]
    stamp = _stamp(datetime.combine(world.start, time(9)) - timedelta(days=30))
    for item in missing:
        row = SessionMenuItem(
            name=item.name,
            format=item.format.value,
            duration_minutes=item.duration_minutes,
            price_yen=item.price_yen,
            active=True,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(row)
        session.flush()
        ids[item.name] = row.id
    return ids, len(missing)


def _booking_row(plan: _BookingPlan, client_id: int, menu_ids: dict[str, int]) -> dict[str, object]:
    start, menu = plan.starts_at, plan.menu
    refused = plan.status is BookingStatus.REFUSED
    email = plan.channel is rules.Channel.EMAIL
    return {
        "id": plan.id,
        "client_id": client_id,
        "status": plan.status.value,
        "requested_by": plan.requested_by.value,
        "requester_relation": plan.requester_relation,
        "refusal_rule": _REFUSAL.rule if refused else "",
        "refusal_reason": _REFUSAL.reason if refused else "",
        "channel": plan.channel.value,
        # P-CHANNEL: an email booking came through the website form with a wish to book and every consent
        "via_website_form": email,
        "wish_to_book": email,
        "form_consents_agreed": email,
        "own_will_confirmed_at": plan.own_will_at,
        "own_will_channel": plan.channel.value if plan.own_will_at else None,
        "round_trips": plan.round_trips,
        "session_date": start.date() if start else None,
        "start_time": start.time() if start else None,
        "starts_at": start,
        "ends_at": start + timedelta(minutes=menu.duration_minutes) if start and menu else None,
        "menu_item_id": menu_ids[menu.name] if menu else None,
        "format": menu.format.value if menu else None,
        "duration_minutes": menu.duration_minutes if menu else None,
        "price_yen": menu.price_yen if menu else None,
        "travel_means": plan.travel_means.value if plan.travel_means else None,
        "pickup_needed": plan.pickup_needed,
        "call_means": plan.call_means.value if plan.call_means else None,
        "date_agreed_at": plan.agreed.get(Point.DATE),
        "start_agreed_at": plan.agreed.get(Point.START),
        "menu_agreed_at": plan.agreed.get(Point.MENU),
        "arrival_agreed_at": plan.agreed.get(Point.ARRIVAL),
        "confirmed_at": plan.confirmed_at,
        "created_at": _stamp(plan.created),
        "updated_at": _stamp(plan.updated),
    }


def insert_bookings(
    session: Session, saved: Sequence[Client], plans: Sequence[_ClientPlan], menu_ids: dict[str, int]
) -> tuple[int, int]:
    """Insert every booking (in time order per client) and its cancellation; return (bookings, cancellations).

    Each plan learns its id here, before the notes that point at it are inserted.
    """
    booking_id = _next_id(session, Booking.id)
    cancellation_id = _next_id(session, BookingCancellation.id)
    rows: list[dict[str, object]] = []
    cancellations: list[dict[str, object]] = []
    for client, plan in zip(saved, plans, strict=True):
        for booking in plan.bookings:
            booking.id = booking_id
            booking_id += 1
            rows.append(_booking_row(booking, client.id, menu_ids))
            cancel = booking.cancellation
            if cancel is None:
                continue
            terms = cancel.terms
            cancellations.append(
                {
                    "id": cancellation_id,
                    "booking_id": booking.id,
                    "cancelled_by": cancel.cancelled_by.value,
                    "cancelled_at": cancel.cancelled_at,
                    "notice_minutes": int(terms.notice_hours * 60),
                    "price_yen": booking.menu.price_yen if booking.menu else 0,
                    "fee_percent": terms.percent,
                    "fee_yen": terms.fee_yen,
                    "fee_waived": terms.waived,
                    "reason": cancel.reason,
                    "recorded_at": _stamp(cancel.cancelled_at),
                }
            )
            cancellation_id += 1
    if rows:
        session.execute(insert(Booking), rows)
    if cancellations:
        session.execute(insert(BookingCancellation), cancellations)
    return len(rows), len(cancellations)


def index_clients(session: Session, saved: Sequence[Client], plans: Sequence[_ClientPlan]) -> None:
    """The clients' search rows, as :func:`clients.reindex` would write them one by one."""
    rows = [
        client_service.search_row(client, [note.texts[-1] for note in plan.notes])
        for client, plan in zip(saved, plans, strict=True)
    ]
    if not rows:
        return
    columns = ", ".join(rows[0])
    values = ", ".join(f":{column}" for column in rows[0])
    session.execute(text(f"INSERT INTO client_search ({columns}) VALUES ({values})"), rows)


def _write_batch(
    vault: OpenVault, world: _World, plans: Sequence[_ClientPlan], *, seed: int, years: int
) -> DemoSummary:
    with vault.unit_of_work() as session:
        saved = insert_clients(session, plans)
        bookings = cancellations = menu_items = 0
        if world.agenda is not None:
            menu_ids, menu_items = ensure_menu(session, world)
            bookings, cancellations = insert_bookings(session, saved, plans, menu_ids)
        notes, revisions = insert_consultation_notes(session, saved, plans)
        index_clients(session, saved, plans)
        summary = DemoSummary(len(saved), notes, revisions, bookings, cancellations, menu_items)
        audit.append(
            session,
            "demo.generated",
            detail={**asdict(summary), "seed": seed, "years": years},
        )
    return summary


def generate(
    vault: OpenVault,
    *,
    clients: int,
    years: int,
    seed: int,
    until: date = DEFAULT_UNTIL,
    batch_clients: int = BATCH_CLIENTS,
    bookings: bool = True,
) -> DemoSummary:
    """Add ``clients`` demo clients with ``years`` of history up to ``until``; return the counts.

    With ``bookings`` (the default) the demo menu is added if missing and the
    clients get their bookings, fitted around those the vault already holds.

    Raises :class:`DemoUnavailable` without Faker, :class:`InvalidInput` for
    counts out of range. Each batch is one transaction; a failure keeps the
    batches already written (they are whole, indexed and audited).
    """
    if not 0 <= clients <= MAX_CLIENTS:
        raise InvalidInput(f"the number of clients must be between 0 and {MAX_CLIENTS}")
    if not 1 <= years <= MAX_YEARS:
        raise InvalidInput(f"the number of years must be between 1 and {MAX_YEARS}")
    world = _world(seed, years=years, until=until)
    if bookings:
        world.agenda = _agenda(vault, seed)
    total = DemoSummary()
    remaining = clients
    while remaining > 0:
        size = min(remaining, max(1, batch_clients))
        plans = [_plan_client(world) for _ in range(size)]
        total += _write_batch(vault, world, plans, seed=seed, years=years)
        remaining -= size
    demo_disclosures.add_to_demo(vault, seed=seed, until=until)
    demo_mail.generate(vault, seed=seed, until=until)  # mail threads and calls for these clients
    demo_followup.generate(vault, seed=seed)  # after the demo mail: holds, tags and contacts
    return total
