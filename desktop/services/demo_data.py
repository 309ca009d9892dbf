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
theirs (bookings, messages, ...) to :func:`generate`.
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
from desktop.models import Client, ConsultationNote, NoteRevision
from desktop.policy import personal_data as pd
from desktop.services import clients as client_service
from desktop.vault import audit
from desktop.vault.store import OpenVault

if TYPE_CHECKING:
    from faker import Faker

#: Every date of the demo practice counts back from here, so a seed gives the same data on any day.
DEFAULT_UNTIL = date(2026, 10, 31)
#: Clients per transaction (and per ``demo.generated`` audit event).
BATCH_CLIENTS = 2000
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

    def __add__(self, other: DemoSummary) -> DemoSummary:
        return DemoSummary(
            self.clients + other.clients, self.notes + other.notes, self.revisions + other.revisions
        )


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


@dataclass
class _ClientPlan:
    draft: client_service.ClientDraft
    created_at: str
    updated_at: str
    notes: list[_NotePlan] = field(default_factory=list)


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
    roll = world.rng.random()
    if roll < 0.1:
        return pd.ClientStatus.PROSPECT
    if roll < 0.4:
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
    return _ClientPlan(draft, created_at, updated_at, notes)


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
        days.append(day)
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


def _write_batch(vault: OpenVault, plans: Sequence[_ClientPlan], *, seed: int, years: int) -> DemoSummary:
    with vault.unit_of_work() as session:
        saved = insert_clients(session, plans)
        notes, revisions = insert_consultation_notes(session, saved, plans)
        index_clients(session, saved, plans)
        summary = DemoSummary(len(saved), notes, revisions)
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
) -> DemoSummary:
    """Add ``clients`` demo clients with ``years`` of history up to ``until``; return the counts.

    Raises :class:`DemoUnavailable` without Faker, :class:`InvalidInput` for
    counts out of range. Each batch is one transaction; a failure keeps the
    batches already written (they are whole, indexed and audited).
    """
    if not 0 <= clients <= MAX_CLIENTS:
        raise InvalidInput(f"the number of clients must be between 0 and {MAX_CLIENTS}")
    if not 1 <= years <= MAX_YEARS:
        raise InvalidInput(f"the number of years must be between 1 and {MAX_YEARS}")
    world = _world(seed, years=years, until=until)
    total = DemoSummary()
    remaining = clients
    while remaining > 0:
        size = min(remaining, max(1, batch_clients))
        plans = [_plan_client(world) for _ in range(size)]
        total += _write_batch(vault, plans, seed=seed, years=years)
        remaining -= size
    return total
