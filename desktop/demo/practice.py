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

import importlib.util
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from desktop.demo import disclosures as demo_disclosures
from desktop.demo import followup as demo_followup
from desktop.demo import mail as demo_mail
from desktop.demo import money as demo_money
from desktop.demo.agenda import load_agenda
from desktop.demo.clients import plan_client
from desktop.demo.inserts import (
    ensure_menu,
    index_clients,
    insert_bookings,
    insert_clients,
    insert_consultation_notes,
)
from desktop.demo.plans import ClientPlan
from desktop.demo.world import World
from desktop.errors import InvalidInput, SorakumoError
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.vault import audit
from desktop.vault.store import OpenVault

#: Every date of the demo practice counts back from here, so a seed gives the same data on any day.
DEFAULT_UNTIL = date(2026, 10, 31)
#: Clients per transaction (and per ``demo.generated`` audit event).
BATCH_CLIENTS = 2000
MAX_CLIENTS = 100_000
MAX_YEARS = 40
#: Said to whoever installed the app (a wheel or a bundle), not only to a developer in the source tree.
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Cli", "the demo needs Faker: pip install 'sorakumo-desk[demo]' (or pip install faker)"
)


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


def _world(seed: int, *, years: int, until: date) -> World:
    try:
        from faker import Faker
    except ImportError:
        raise DemoUnavailable() from None
    fake = Faker("ja_JP")
    fake.seed_instance(seed)
    start = until - timedelta(days=round(365.25 * years))
    return World(fake, random.Random(seed), start, until)


def _write_batch(
    vault: OpenVault, world: World, plans: Sequence[ClientPlan], *, seed: int, years: int
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
        world.agenda = load_agenda(vault, seed)
    total = DemoSummary()
    remaining = clients
    while remaining > 0:
        size = min(remaining, max(1, batch_clients))
        plans = [plan_client(world) for _ in range(size)]
        total += _write_batch(vault, world, plans, seed=seed, years=years)
        remaining -= size
    demo_disclosures.add_to_demo(vault, seed=seed, until=until)
    demo_money.add_to_demo(vault, seed=seed)  # the books of the bookings just added
    demo_mail.generate(vault, seed=seed, until=until)  # mail threads and calls for these clients
    demo_followup.generate(vault, seed=seed)  # after the demo mail: holds, tags and contacts
    return total
