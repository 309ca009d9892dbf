"""Importing a 10,000-message mbox, against parsing the same mbox with the bare ``email`` package.

The mailbox mixes what real mail looks like (the project's own corpus:
ISO-2022-JP, Shift_JIS base64, EUC-JP quoted-printable, UTF-8, alternative
parts, HTML only, an attachment), each copy with its own Message-ID and
sender so nothing is skipped as a duplicate. The baseline reads the mbox,
splits it at its separator lines and parses every message with ``email``'s
default policy (as bare as parsing gets; :mod:`mailbox` is slower); the
app imports it into a fresh vault with :func:`desktop.services.inbox.mail_import.import_files`
— reading, decoding, dedupe, matching, threading, the danger aid, writing
every row and committing. Rounds alternate; the median counts. Target ≤ 2×.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from tests.helpers import mail_corpus

MESSAGES = 10_000
ROUNDS = 3
TARGET_RATIO = 2.0
_TEMPLATES = (
    "01-iso2022jp.eml",
    "02-shift_jis-base64.eml",
    "03-euc-jp-qp.eml",
    "04-utf8-qp.eml",
    "05-alternative.eml",
    "06-html-only.eml",
    "07-attachment.eml",
    "08-reply.eml",
    "11-raw-8bit-headers.eml",
)


def write_mbox(path: Path, count: int = MESSAGES) -> None:
    """``count`` messages made from the corpus, each with its own Message-ID, sender and date."""
    templates = [mail_corpus.FILES[name].replace(b"\r\n", b"\n") for name in _TEMPLATES]
    with path.open("wb") as out:
        for index in range(count):
            raw = templates[index % len(templates)]
            raw = raw.replace(b"Message-ID: <", f"Message-ID: <n{index}-".encode(), 1)
            raw = raw.replace(b"@example", f"+{index % 997}@example".encode(), 1)
            out.write(b"From bench@example.jp Thu Nov 19 10:00:00 2026\n")
            out.write(raw.replace(b"\nFrom ", b"\n>From ").rstrip(b"\n") + b"\n\n")


#: The mbox separator as most readers take it: any line that starts with "From ".
_SEPARATOR = re.compile(rb"(?m)^From [^\n]*\n")


def baseline(path: Path) -> int:
    """The bare ``email`` package: the file read, split at its separators, each message parsed."""
    parser = BytesParser(policy=policy.default)
    chunks = _SEPARATOR.split(path.read_bytes())[1:]
    return sum(1 for chunk in chunks if parser.parsebytes(chunk) is not None)


def app(path: Path, vault_folder: Path) -> int:
    """The whole import into a new vault (created with the fast test KDF, about 0.1 s)."""
    from desktop.services.inbox import mail_import
    from tests.helpers.vaults import make_vault

    vault, _code = make_vault(vault_folder)
    try:
        return mail_import.import_files(vault, [path]).imported
    finally:
        vault.close()


def measure(measure_class: Any) -> Any:
    """The bench's ``Measure`` for this import (``measure_class`` is ``tests.bench.__main__.Measure``)."""
    name = f"mail import, {MESSAGES:,}-message mbox (vs bare email parsing)"
    result = measure_class(name, target=TARGET_RATIO)
    scratch = Path(tempfile.mkdtemp(prefix="sorakumo-mail-bench-"))
    try:
        path = scratch / "bench.mbox"
        write_mbox(path)
        for round_ in range(ROUNDS):
            started = time.perf_counter()
            parsed = baseline(path)
            result.baseline_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            imported = app(path, scratch / f"vault-{round_}")
            result.app_ms.append((time.perf_counter() - started) * 1000)
            if parsed != MESSAGES or imported != MESSAGES:
                result.error = f"parsed {parsed} and imported {imported} of {MESSAGES} messages"
                return result
        size = path.stat().st_size / 1_000_000
        result.notes.append(f"mbox of {size:.1f} MB; the app's time includes creating the vault (fast KDF)")
    except Exception as error:  # a report, not a crash: say what failed
        result.error = f"{type(error).__name__}: {error}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return result
