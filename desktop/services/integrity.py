"""Checking a whole vault: both SQLCipher/SQLite integrity checks, the audit chain, and the
consent and disclosure rows against the digests their events carry (:mod:`record_seals`).

Used by ``python -m desktop check`` and by the Settings page. It only reads
(one snapshot, no write lock), so it works on a full disk, where the vault
opens read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from desktop.services.records import record_seals
from desktop.vault import audit, page_check
from desktop.vault.files import DB_FILE
from desktop.vault.store import OpenVault

_INTERNAL_TABLES = {"alembic_version"}


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """What each check found; ``problems`` are English one-liners for the CLI and logs."""

    cipher_ok: bool
    sqlite_ok: bool
    chain: audit.ChainReport
    table_counts: dict[str, int]
    problems: tuple[str, ...]
    #: Consent and disclosure rows that do not match their last sealed event (English one-liners).
    row_problems: tuple[str, ...] = ()

    @property
    def rows_ok(self) -> bool:
        return not self.row_problems

    @property
    def sealed_rows(self) -> int:
        """How many consent and disclosure rows the seal check compared."""
        return self.table_counts.get("consents", 0) + self.table_counts.get("disclosures", 0)

    @property
    def ok(self) -> bool:
        return self.cipher_ok and self.sqlite_ok and self.chain.intact and self.rows_ok


def data_tables(session: Session) -> list[str]:
    """Every table holding the practice's data, sorted: Alembic's own table and the internal
    tables SQLite keeps for a search index are left out (the index itself is listed)."""
    virtual = [
        row[0]
        for row in session.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
        )
    ]
    return sorted(
        name
        for name in inspect(session.connection()).get_table_names()
        if name not in _INTERNAL_TABLES and not any(name.startswith(f"{v}_") for v in virtual)
    )


def check_pages(vault: OpenVault) -> list[str]:
    """Every page's HMAC, on a connection of its own: what the window runs after unlocking.

    Unlocking no longer reads the whole file (SQLCipher checks each page when
    it reads it); this finds a damaged page nobody has read yet, beside the
    counsellor's work instead of before it.
    """
    return page_check.check_file(vault.folder / DB_FILE, vault.key())


def check_vault(vault: OpenVault) -> IntegrityReport:
    """Run both integrity checks and the audit-chain walk; count every table's rows.

    A search index counts once, without the internal tables SQLite keeps for it.
    """
    problems: list[str] = []
    with vault.reading() as session:
        cipher_rows = session.execute(text("PRAGMA cipher_integrity_check")).fetchall()
        if cipher_rows:
            # The other checks would read the damaged pages and stop on them: report what was found.
            problems.append(f"cipher_integrity_check: {cipher_rows[0][0]}")
            unread = audit.ChainReport(False, 0, problem="not walked: the file has damaged pages")
            return IntegrityReport(False, False, unread, {}, tuple(problems))
        sqlite_rows = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
        sqlite_ok = sqlite_rows == ["ok"]
        if not sqlite_ok:
            problems.append(f"integrity_check: {sqlite_rows[0]}")
        chain = audit.verify(session)
        if not chain.intact:
            problems.append(f"audit chain: {chain.problem}")
        row_problems = record_seals.problems(session)
        problems.extend(f"records: {problem}" for problem in row_problems)
        counts = {
            # Table names come from the schema itself, never from input.
            name: int(session.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
            for name in data_tables(session)
        }
    return IntegrityReport(
        cipher_ok=True,
        sqlite_ok=sqlite_ok,
        chain=chain,
        table_counts=counts,
        problems=tuple(problems),
        row_problems=tuple(row_problems),
    )
