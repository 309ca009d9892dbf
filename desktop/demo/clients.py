"""The demo clients: who they are, how they are reached, and their whole plan.

A client's identity and contact details are drawn so the reading always
belongs to the name, validated by :func:`clients.validate` like any draft,
then given notes and (with bookings) their bookings.
"""

from __future__ import annotations

from datetime import timedelta

from desktop.demo.bookings import plan_bookings
from desktop.demo.notes import consultation_notes
from desktop.demo.plans import ClientPlan
from desktop.demo.texts import (
    EMAIL_DOMAINS,
    LOCAL_AREA_CODES,
    LOCAL_CITIES,
    OCCUPATIONS,
    PRIVATE_NOTES,
    PROSPECT_NOTES,
)
from desktop.demo.world import World, timestamp
from desktop.policy import personal_data as pd
from desktop.services import clients as client_service


def _phone(world: World, *, mobile: bool) -> str:
    rng = world.rng
    if mobile:
        # 0x0-0…: not given to mobiles (080-0… is free dial 0800); the subscriber part starts 1-9.
        return f"0{rng.choice('789')}0-{rng.randrange(1_000, 10_000)}-{rng.randrange(10_000):04d}"
    if rng.random() < 0.7:  # local: the area code and the exchange make 6 digits, then 4
        area = world.pick(LOCAL_AREA_CODES)
        exchange = rng.randrange(10 ** (5 - len(area)) * 2, 10 ** (6 - len(area)))
        return f"{area}-{exchange}-{rng.randrange(10_000):04d}"
    area = rng.choice(("03", "06", "045", "052"))
    exchange_digits = 6 - len(area)
    exchange = rng.randrange(2 * 10 ** (exchange_digits - 1), 10**exchange_digits)
    return f"{area}-{exchange}-{rng.randrange(10_000):04d}"


def _address(world: World) -> tuple[str, str]:
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


def _client_draft(world: World, status: pd.ClientStatus) -> client_service.ClientDraft:
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


def _status(world: World) -> pd.ClientStatus:
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


def plan_client(world: World) -> ClientPlan:
    status = _status(world)
    draft = client_service.validate(_client_draft(world, status), born_before=world.until)
    notes = consultation_notes(world, status, draft)
    if notes:
        first_contact = notes[0].occurred_on - timedelta(days=world.rng.randrange(1, 21))
    else:
        first_contact = world.day_between(world.until - timedelta(days=60), world.until)
    first_contact = max(first_contact, world.start)
    created_at = timestamp(first_contact, world)
    updated_at = max(created_at, *(note.written_at[-1] for note in notes)) if notes else created_at
    plan = ClientPlan(draft, created_at, updated_at, notes)
    if world.agenda is not None:
        plan.bookings = plan_bookings(world, world.agenda, status, plan)
    return plan
