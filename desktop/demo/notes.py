"""The demo clients' consultation notes: when they came, and what the counsellor wrote.

One note per session on a working day, built from the sentence templates in
:mod:`desktop.demo.texts`; some were edited later and carry more revisions.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.demo.agenda import working_day
from desktop.demo.plans import NotePlan
from desktop.demo.texts import ADDENDUM, BACKGROUND, CLOSING, INTAKE, PLAN, PROGRESS, THEMES
from desktop.demo.world import World, timestamp
from desktop.policy import personal_data as pd
from desktop.services import clients as client_service


def _note_text(world: World, theme: str, *, first: bool, last: bool) -> str:
    rng = world.rng
    if first:
        templates = [world.pick(INTAKE), *rng.sample(BACKGROUND, rng.randint(1, 2))]
    else:
        templates = rng.sample(PROGRESS, rng.randint(1, 3))
    templates.append(world.pick(CLOSING if last else PLAN))
    return "".join(world.fill(template, theme=theme) for template in templates)


def _session_days(world: World, status: pd.ClientStatus) -> list[date]:
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
        days.append(working_day(day, world.start, world.until))
        day += timedelta(days=interval + rng.choice((-1, 0, 0, 0, 1, 7)))
    return days


def consultation_notes(
    world: World, status: pd.ClientStatus, draft: client_service.ClientDraft
) -> list[NotePlan]:
    """One note per session; about one in ten was edited later (two or three revisions)."""
    rng = world.rng
    theme = world.pick(THEMES)
    days = _session_days(world, status)
    notes: list[NotePlan] = []
    for index, day in enumerate(days):
        closing = status is pd.ClientStatus.CLOSED and index == len(days) - 1
        texts = [_note_text(world, theme, first=index == 0, last=closing)]
        written = [timestamp(day, world, earliest_hour=10)]
        roll = rng.random()
        for _ in range(2 if roll < 0.02 else 1 if roll < 0.1 else 0):
            sentence = world.fill(world.pick(PROGRESS), theme=theme)
            texts.append(texts[-1] + "\n" + world.pick(ADDENDUM).format(sentence=sentence))
            later = min(day + timedelta(days=rng.randrange(4)), world.until)
            written.append(max(written[-1], timestamp(later, world, earliest_hour=10)))
        notes.append(NotePlan(day, texts, written))
    return notes
