"""Finding clients (P-DATA): the client list's count and pages, and the ids other lists need.

The list never fetches every match. It asks how many clients match and for
the first page in gojūon order; further pages follow by key — the last row's
``(sort_key, id)`` — as the view scrolls, so a keystroke costs the same with
50 clients or 50,000 (``make bench``). ``sort_key``'s index carries the id
(SQLite keeps the rowid in every index), which makes each page a short walk.

Terms of three characters or more use the trigram index over names,
readings, phone numbers, email and all notes. Shorter ones (a two-kanji
family name is common) cannot use trigrams; they are matched with LIKE on the
``clients`` row itself (names, readings, numbers, email, private notes),
which stays fast on every keystroke, while consultation-note text is searched
from the third character on.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.policy import personal_data as pd
from desktop.services.clients import ClientSummary, summary_of
from desktop.vault.store import OpenVault

_SHORT_QUERY_COLUMNS = ("full_name", "name_reading", "sort_key", "phone", "mobile", "email", "private_notes")
_SUMMARY_COLUMNS = "c.id, c.full_name, c.name_reading, c.status, c.phone, c.mobile, c.email, c.sort_key"


@dataclass(frozen=True, slots=True)
class ClientFilter:
    """What the counsellor typed in the search field, and the status chosen (None: any)."""

    query: str = ""
    status: str | None = None


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _conditions(wanted: ClientFilter) -> tuple[list[str], dict[str, object]]:
    """SQL conditions on ``clients c`` for ``wanted``, with their bound parameters."""
    term = pd.fold(wanted.query)
    variants = {term}
    if term:
        variants.add(pd.reading_key(term))
        if pd.digits_only(term) and not term.strip("0123456789- "):
            variants.add(pd.digits_only(term))
    params: dict[str, object] = {}
    where = []
    if term:
        if min(len(v) for v in variants) >= 3:
            params["match"] = " OR ".join(_fts_phrase(v) for v in sorted(variants))
            where.append("c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH :match)")
        else:
            ors: list[str] = []
            for index, variant in enumerate(sorted(variants)):
                params[f"like{index}"] = _like(variant)
                ors.extend(f"c.{column} LIKE :like{index} ESCAPE '\\'" for column in _SHORT_QUERY_COLUMNS)
            where.append(f"({' OR '.join(ors)})")
    if wanted.status:
        params["status"] = wanted.status
        where.append("c.status = :status")
    return where, params


def _where(conditions: list[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def search_ids(
    vault: OpenVault, *, query: str = "", status: str | None = None, limit: int | None = None
) -> list[int]:
    """Ids of matching clients in gojūon order of their reading (the first ``limit`` only, if given)."""
    where, params = _conditions(ClientFilter(query, status))
    sql = f"SELECT c.id FROM clients c{_where(where)} ORDER BY c.sort_key, c.id"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    with vault.reading() as session:
        return [row[0] for row in session.execute(text(sql), params)]


def count(vault: OpenVault, wanted: ClientFilter) -> int:
    """How many clients match."""
    where, params = _conditions(wanted)
    with vault.reading() as session:
        return _count(session, where, params)


def _count(session: Session, where: list[str], params: dict[str, object]) -> int:
    return int(session.execute(text(f"SELECT count(*) FROM clients c{_where(where)}"), params).scalar_one())


def page(
    vault: OpenVault, wanted: ClientFilter, *, limit: int, after: ClientSummary | None = None
) -> list[ClientSummary]:
    """The next ``limit`` matching rows in gojūon order, after the row ``after`` (None: from the first)."""
    where, params = _conditions(wanted)
    if after is not None:
        where.append("(c.sort_key, c.id) > (:after_key, :after_id)")
        params.update(after_key=after.sort_key, after_id=after.id)
    params["limit"] = limit
    sql = f"SELECT {_SUMMARY_COLUMNS} FROM clients c{_where(where)} ORDER BY c.sort_key, c.id LIMIT :limit"
    with vault.reading() as session:
        return [summary_of(row) for row in session.execute(text(sql), params)]


def position(vault: OpenVault, wanted: ClientFilter, client_id: int) -> int | None:
    """The row ``client_id`` has among the matches (0 first), or None when it does not match."""
    where, params = _conditions(wanted)
    params["client_id"] = client_id
    with vault.reading() as session:
        found = session.execute(
            text(f"SELECT c.sort_key FROM clients c{_where([*where, 'c.id = :client_id'])}"), params
        ).first()
        if found is None:
            return None
        params["key"] = found[0]
        return _count(session, [*where, "(c.sort_key, c.id) < (:key, :client_id)"], params)
