"""Hypothesis fuzzing of every file the app reads: mail (``.eml``, mbox), ``keys.json``, backups, vault.db.

Each :class:`Target` pairs a strategy of bytes with a check that fails only
on a defect: the reader raised something other than its one refusal
(:class:`MailUnreadable`, :class:`DamagedVault`, :class:`BackupRefused`,
another :class:`SorakumoError` for the vault), or accepted something it
should not have (a changed backup verified, mail whose text cannot be
stored). The mutations start from real files: CPython's ``email`` test data
and the project's mail corpus, a real ``keys.json``, a real backup and
``vault.db``. The app reads no CSV file.

The unit and security tests run each target with a few hundred examples;
:func:`fuzz_for` runs one for a given time (the torture run: ten minutes in all).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import BackupRefused, DamagedVault, SorakumoError
from desktop.mail.parse import MailUnreadable, ParsedMail, parse_message
from desktop.mail.reading import Parsed, Unreadable, read_bytes
from desktop.services import backups
from desktop.services.integrity import check_vault
from desktop.vault import backup, store
from desktop.vault.files import DB_FILE, KEYS_FILE
from desktop.vault.keyslots import parse_key_file
from tests.helpers import mail_corpus
from tests.helpers.backups import backup_ready_vault
from tests.helpers.records import add_sample_client
from tests.helpers.vaults import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail" / "cpython"
REAL_MAIL = [path.read_bytes() for path in sorted(FIXTURES.glob("msg_*.txt"))] + [
    data for name, data in mail_corpus.FILES.items() if name.endswith(".eml")
]
HEADERS = (
    b"From: =?UTF-8?B?5bGx55Sw?= <a@example.jp>\r\nDate: Tue, 24 Nov 2026 09:15:00 +0900\r\n"
    b'Content-Type: multipart/mixed; boundary="B"\r\n'
)
SETTINGS = {"deadline": None, "suppress_health_check": list(HealthCheck), "database": None}


def _storable(mail: ParsedMail) -> None:
    """Every text field encodes as UTF-8, as the vault's insert does (one odd address once lost an import)."""
    for item_field in dataclasses.fields(mail):
        value = getattr(mail, item_field.name)
        values = value if isinstance(value, tuple) else (value,)
        for item in values:
            if isinstance(item, str):
                item.encode("utf-8")
            elif dataclasses.is_dataclass(item) and hasattr(item, "filename"):
                item.filename.encode("utf-8")
                item.content_type.encode("utf-8")


def read_mail(raw: bytes) -> None:
    """The mail reader gives mail that can be stored, or :class:`MailUnreadable`; nothing else."""
    try:
        mail = parse_message(raw)
    except MailUnreadable:
        return
    _storable(mail)


def read_any_mail(data: bytes) -> None:
    """``data`` as a message, behind a plausible header block, and as a mailbox."""
    read_mail(data)
    read_mail(HEADERS + data)
    for outcome in read_bytes("fuzz.mbox", b"From x\n" + data):
        assert isinstance(outcome, Parsed | Unreadable)


@st.composite
def mutated(draw: st.DrawFn, samples: list[bytes]) -> bytes:
    """One of ``samples`` with one to four flips, cuts, insertions, truncations or repeats."""
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(("flip", "cut", "insert", "truncate", "repeat")))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from((b"\r\n", b"--", b"=?", b"?=", b"\x1b$B", b"\xff", b"\r\n\r\n", b'"', b"{}"))
            )
            data[at:at] = draw(st.binary(max_size=16))
        elif kind == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


@dataclass(frozen=True)
class Samples:
    """A real vault folder (``keys.json``, ``vault.db``, its key) and a verified backup of it."""

    folder: Path
    key: bytes
    backup: Path


@functools.cache
def samples() -> Samples:
    base = Path(tempfile.mkdtemp(prefix="sorakumo-fuzz-"))
    vault, _code = backup_ready_vault(base / "vault")
    add_sample_client(vault)
    path = base / "good.sorakumo-backup.db"
    backups.back_up(vault, target=path)
    key = vault.key()
    vault.close()
    # The backup's key derivation is SQLCipher's own (slow on purpose): each salt is derived once.
    backup.derive_key = functools.cache(backup.derive_key)  # type: ignore[method-assign]
    return Samples(base / "vault", key, path)


def read_keys_json(raw: bytes) -> None:
    """``keys.json`` is a key file or :class:`DamagedVault`, whatever its bytes."""
    with contextlib.suppress(DamagedVault):
        parse_key_file(raw)


def read_backup(raw: bytes) -> None:
    """A backup that differs from the good one in any byte is refused, with a sentence."""
    good = samples().backup
    bad = good.with_name("fuzzed.db")
    bad.write_bytes(raw)
    try:
        backups.verify(bad, passphrase=PASSPHRASE)
    except BackupRefused:
        return
    assert raw == good.read_bytes(), "a changed backup was verified"


def read_vault_db(raw: bytes) -> None:
    """A changed ``vault.db`` opens (and its check says what is wrong) or is refused; it never crashes."""
    source = samples().folder
    folder = source.with_name("fuzzed vault")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copyfile(source / KEYS_FILE, folder / KEYS_FILE)
    (folder / DB_FILE).write_bytes(raw)
    try:
        vault = store.open_with_key(folder, samples().key)
    except SorakumoError:
        return
    if vault is not None:
        try:
            check_vault(vault)
        except SorakumoError:
            pass
        finally:
            vault.close()


@dataclass(frozen=True)
class Target:
    name: str
    strategy: Callable[[], st.SearchStrategy[bytes]]
    check: Callable[[bytes], None]


TARGETS = (
    Target("mail, any bytes", lambda: st.binary(max_size=2000), read_any_mail),
    Target("mail, real messages changed", lambda: mutated(REAL_MAIL), read_mail),
    Target("keys.json", lambda: mutated([(samples().folder / KEYS_FILE).read_bytes()]), read_keys_json),
    Target("backup", lambda: mutated([samples().backup.read_bytes()]), read_backup),
    Target("vault.db", lambda: mutated([(samples().folder / DB_FILE).read_bytes()]), read_vault_db),
)


def fuzz_for(target: Target, seconds: float, *, batch: int = 50) -> int:
    """Run ``target`` for about ``seconds`` in batches of fresh random examples; how many were run.

    A defect raises (Hypothesis has shrunk it and prints the example).
    """
    count = 0

    def counted(data: bytes) -> None:
        nonlocal count
        count += 1
        target.check(data)

    run = settings(max_examples=batch, **SETTINGS)(given(target.strategy())(counted))
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        run()
    return count
