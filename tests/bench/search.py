"""Search as you type on a demo vault, against the same SQL on plain SQLite.

The question is what the encryption costs per keystroke, so both sides run
the very statements the client list's search sends for a keystroke — the
first page, and the count when the page is full (:mod:`desktop.views.clients.client_jobs`),
captured from the vault's engine while it runs, parameters included — on a raw DBAPI
connection: the vault's own pooled SQLCipher connection, and a stdlib
``sqlite3`` connection to an unencrypted copy made in a temporary folder
(the ``clients`` rows copied and ``client_search`` rebuilt from the same
column values, same DDL, same page cache size). The copy is deleted as soon
as the timing is done.

Queries are typed keystroke by keystroke: prefixes of names (kanji),
readings (hiragana), mobile digits, an email's local part and a word from the
notes, so one- and two-character queries (``LIKE``) and longer ones
(``MATCH`` on the trigram index) all count. Nothing typed is printed.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text

from desktop.models import Client
from desktop.policy import personal_data as pd
from desktop.vault.store import OpenVault
from desktop.views.clients import client_jobs

REPEATS = 3
NOTE_WORDS = ("睡眠日誌", "職場の人間関係", "呼吸法", "不眠")


@dataclass
class SearchTiming:
    """Per-query medians in milliseconds, in keystroke order."""

    plain_ms: list[float] = field(default_factory=list)
    vault_ms: list[float] = field(default_factory=list)
    service_ms: list[float] = field(default_factory=list)
    queries: int = 0
    short_queries: int = 0
    notes: list[str] = field(default_factory=list)


def keystrokes(words: list[str]) -> list[str]:
    """Every prefix of every word, as the search box sees them while typing."""
    return [word[:length] for word in words for length in range(1, len(word) + 1)]


def _typed_words(vault: OpenVault, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    with vault.unit_of_work() as session:
        people = session.execute(
            select(Client.full_name, Client.sort_key, Client.mobile, Client.email).order_by(Client.id)
        ).all()
    words: list[str] = []
    for person in rng.sample(people, 3):
        words += [person.full_name, person.sort_key[:6]]
        if person.mobile:
            words.append(pd.digits_only(person.mobile)[:7])
        if person.email:
            words.append(person.email.split("@")[0][:5])
    words += list(NOTE_WORDS[:2])
    return words


Statement = tuple[str, tuple[Any, ...]]


def _capture(vault: OpenVault, query: str) -> list[Statement]:
    """The SQL and parameters the client list's search sends for ``query`` (count, then first page)."""
    seen: list[Statement] = []

    def record(_conn: object, _cursor: object, statement: str, parameters: Any, *_rest: object) -> None:
        if "FROM clients c" in statement:
            seen.append((statement, tuple(parameters)))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        _keystroke(vault, query)
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)
    if not 1 <= len(seen) <= 2:
        raise RuntimeError("a keystroke's search did not send its first page (and its count)")
    return seen


def _keystroke(vault: OpenVault, query: str) -> None:
    """What the client list asks for a keystroke: the first page, and the count when the page is full."""
    found = client_jobs.search(vault, query, None, None)
    if not found.complete:
        client_jobs.count(vault, query, None)


def _run_all(connection: Any, statements: list[Statement]) -> None:
    for sql, params in statements:
        connection.execute(sql, params).fetchall()


def make_plain_copy(vault: OpenVault, target: Path) -> sqlite3.Connection:
    """An unencrypted copy of ``clients`` and a rebuilt ``client_search``, same DDL and cache size."""
    with vault.unit_of_work() as session:
        ddl = [
            row[0]
            for row in session.execute(
                text(
                    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                    "(tbl_name = 'clients' OR name = 'client_search') ORDER BY type = 'index', name"
                )
            )
        ]
        cache_size = session.execute(text("PRAGMA cache_size")).scalar_one()
        columns = [row[1] for row in session.execute(text("PRAGMA table_info(clients)"))]
        client_rows = [
            tuple(row) for row in session.execute(text(f"SELECT {', '.join(columns)} FROM clients"))
        ]
        search_rows = [
            tuple(row)
            for row in session.execute(
                text("SELECT rowid, full_name, name_reading, phones, email, notes FROM client_search")
            )
        ]
    plain = sqlite3.connect(target, isolation_level=None)
    plain.execute("PRAGMA journal_mode = WAL")
    plain.execute("PRAGMA temp_store = MEMORY")
    plain.execute(f"PRAGMA cache_size = {int(cache_size)}")
    plain.execute("BEGIN")
    for statement in ddl:
        plain.execute(statement)
    marks = ", ".join("?" for _ in columns)
    plain.executemany(f"INSERT INTO clients ({', '.join(columns)}) VALUES ({marks})", client_rows)
    plain.executemany(
        "INSERT INTO client_search (rowid, full_name, name_reading, phones, email, notes) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        search_rows,
    )
    plain.execute("COMMIT")
    return plain


def _time_once(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000


def measure(vault: OpenVault, scratch: Path) -> SearchTiming:
    """Time every keystroke's query on the vault and on a plain copy (deleted afterwards)."""
    timing = SearchTiming()
    typed = keystrokes(_typed_words(vault))
    statements = [(query, _capture(vault, query)) for query in typed]
    timing.queries = len(statements)
    timing.short_queries = sum(1 for query, _sent in statements if len(pd.fold(query)) < 3)
    copy = scratch / "plain-search-copy.db"
    plain = make_plain_copy(vault, copy)
    try:
        with vault.engine.connect() as connection:
            encrypted = connection.connection.dbapi_connection
            assert encrypted is not None
            version = encrypted.execute("SELECT sqlite_version()").fetchone()[0]
            timing.notes.append(
                f"SQLite {version} (SQLCipher) against stdlib SQLite {sqlite3.sqlite_version}; "
                f"{timing.queries} keystrokes, {timing.short_queries} of them under 3 characters (LIKE)"
            )
            for query, sent in statements:
                plain_runs: list[float] = []
                vault_runs: list[float] = []
                service_runs: list[float] = []
                for round_ in range(REPEATS + 1):  # alternated; the first round warms both caches
                    p = _time_once(partial(_run_all, plain, sent))
                    v = _time_once(partial(_run_all, encrypted, sent))
                    s = _time_once(partial(_keystroke, vault, query))
                    if round_:
                        plain_runs.append(p)
                        vault_runs.append(v)
                        service_runs.append(s)
                timing.plain_ms.append(statistics.median(plain_runs))
                timing.vault_ms.append(statistics.median(vault_runs))
                timing.service_ms.append(statistics.median(service_runs))
    finally:
        plain.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return timing
