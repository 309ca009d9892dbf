"""The danger aid's share of an import: checking each message against the phrase list vs parsing it.

Every imported message is normalised (width, kana, case, line breaks) and
checked against the counsellor's danger phrases (``policy.danger``). The
baseline parses the same messages (the project's own mail corpus, repeated)
with the bare ``email`` package; the app's figure is the danger check of their
subjects and bodies with the default Japanese and English list. Target ≤ 0.5:
the aid may cost at most half of what bare parsing costs, so the import stays
within its own 2× budget. Rounds alternate; the median counts.
"""

from __future__ import annotations

import tempfile
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from desktop.policy import danger
from desktop.policy.practice import PracticeSettings
from tests.helpers import mail_corpus

MESSAGES = 10_000
ROUNDS = 5
TARGET_RATIO = 0.5


def _raw_messages() -> list[bytes]:
    with tempfile.TemporaryDirectory() as scratch:
        paths = mail_corpus.write_corpus(Path(scratch))
        corpus = [p.read_bytes() for p in paths if p.suffix == ".eml" and "damaged" not in p.name]
    return [corpus[n % len(corpus)] for n in range(MESSAGES)]


def _texts(raws: list[bytes]) -> list[str]:
    texts = []
    for raw in raws:
        message = message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        part = message.get_body(preferencelist=("plain", "html"))
        texts.append(f"{message['subject'] or ''}\n{part.get_content() if part is not None else ''}")
    return texts


def measure(measure_class: Any) -> Any:
    """The bench's ``Measure`` for the aid (``measure_class`` is ``tests.bench.__main__.Measure``)."""
    result = measure_class(f"danger aid, {MESSAGES:,} messages (vs bare email parsing)", target=TARGET_RATIO)
    try:
        raws = _raw_messages()
        texts = _texts(raws)
        phrases = PracticeSettings().danger_phrases
        for _round in range(ROUNDS):
            started = time.perf_counter()
            _texts(raws)
            result.baseline_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            flagged = sum(danger.mentions_danger(text, phrases) for text in texts)
            result.app_ms.append((time.perf_counter() - started) * 1000)
        result.notes.append(f"{len(phrases)} phrases; {flagged} of {MESSAGES:,} messages flagged")
    except Exception as error:  # a report, not a crash: say what failed
        result.error = f"{type(error).__name__}: {error}"
    return result
