"""No plaintext on disk or in logs (P-SAFEGUARD).

A marker written into the vault must not be findable in any file of the
vault folder (the database, its WAL and shared-memory files, the key file),
neither while the vault is open nor after it is closed; and bound values must
not reach SQLAlchemy's exception messages or its SQL log.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import create_engine, exc, text

from desktop.models import Setting
from desktop.vault import audit, store
from desktop.vault.engine import raw_connect
from desktop.vault.files import DB_FILE
from tests.helpers.vaults import PASSPHRASE, make_vault

MARKER = "マーカー練習所XYZ-8d1f"
AUDIT_REF = "ref-5be2c7a9"
INSERT = text("INSERT INTO settings (key, value) VALUES (:key, :value)")


def _needles(*values: str) -> list[bytes]:
    """Each value as UTF-8, UTF-16 (both byte orders) and as JSON with escapes."""
    found: list[bytes] = []
    for value in values:
        found += [value.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]
        found.append(json.dumps(value).encode("ascii"))
    found += [b"XYZ-8d1f", AUDIT_REF.encode("ascii")]
    return found


NEEDLES = _needles(MARKER, AUDIT_REF)


def _leaks(folder: Path) -> dict[str, list[bytes]]:
    """For every file under ``folder`` (WAL and SHM included), the needles it contains."""
    leaks: dict[str, list[bytes]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits = [needle for needle in NEEDLES if needle in data]
            if hits:
                leaks[path.name] = hits
    return leaks


def _write_marker(vault: store.OpenVault) -> None:
    with vault.unit_of_work() as session:
        session.add(Setting(key="practice_name", value=json.dumps(MARKER, ensure_ascii=False)))
        audit.append(session, "settings.changed", entity="settings", detail={"ref": AUDIT_REF})


@pytest.fixture
def marked(vault_dir: Path) -> Iterator[store.OpenVault]:
    vault, _code = make_vault(vault_dir)
    _write_marker(vault)
    yield vault
    vault.close()


def test_p_safeguard_the_scanner_finds_the_marker_in_a_plain_database(tmp_path: Path) -> None:
    plain = tmp_path / "plain" / DB_FILE
    plain.parent.mkdir()
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE settings (key TEXT, value TEXT)")
        connection.execute(
            "INSERT INTO settings VALUES ('practice_name', ?)", (json.dumps(MARKER, ensure_ascii=False),)
        )
    connection.close()
    assert MARKER.encode("utf-8") in _leaks(plain.parent)[DB_FILE]


def test_p_safeguard_no_plaintext_while_the_vault_is_open(marked: store.OpenVault) -> None:
    wal = marked.folder / f"{DB_FILE}-wal"
    assert wal.exists() and wal.stat().st_size > 0
    with marked.unit_of_work() as session:
        stored = session.get(Setting, "practice_name")
        assert stored is not None and json.loads(stored.value) == MARKER
    assert _leaks(marked.folder) == {}


def test_p_safeguard_no_plaintext_after_the_vault_is_closed(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    _write_marker(vault)
    vault.close()
    assert not (vault_dir / f"{DB_FILE}-wal").exists()
    assert _leaks(vault_dir) == {}

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        with reopened.unit_of_work() as session:
            stored = session.get(Setting, "practice_name")
            assert stored is not None and json.loads(stored.value) == MARKER
        assert _leaks(vault_dir) == {}
    finally:
        reopened.close()


def test_p_safeguard_statement_errors_hide_bound_values(marked: store.OpenVault) -> None:
    with pytest.raises(exc.StatementError) as raised, marked.unit_of_work() as session:
        session.execute(INSERT, {"key": "practice_name", "value": MARKER})
    message = str(raised.value)
    assert "UNIQUE constraint failed" in message
    assert MARKER not in message
    assert marked.key().hex() not in message


def test_p_safeguard_without_hiding_the_same_error_would_leak(marked: store.OpenVault) -> None:
    """Control: proves that the previous test would fail if ``hide_parameters`` were off."""
    key, db_path = marked.key(), marked.folder / DB_FILE
    revealing = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: raw_connect(db_path, key),
        hide_parameters=False,
    )
    try:
        with pytest.raises(exc.StatementError) as raised, revealing.begin() as connection:
            connection.execute(INSERT, {"key": "practice_name", "value": MARKER})
        assert MARKER in str(raised.value)
    finally:
        revealing.dispose()


def test_p_safeguard_the_sql_log_shows_no_values_or_key(
    marked: store.OpenVault, caplog: pytest.LogCaptureFixture
) -> None:
    engine_logger = logging.getLogger("sqlalchemy.engine.Engine")
    handlers = list(engine_logger.handlers)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    marked.engine.dispose()  # the next connection is made, and keyed, while logging
    marked.engine.echo = True
    try:
        with marked.unit_of_work() as session:
            session.execute(INSERT, {"key": "marker_copy", "value": MARKER})
            session.execute(INSERT, {"key": "other", "value": json.dumps(MARKER)})
    finally:
        marked.engine.echo = False
        for handler in engine_logger.handlers:
            if handler not in handlers:
                engine_logger.removeHandler(handler)
    assert "INSERT INTO settings" in caplog.text
    assert MARKER not in caplog.text and "XYZ-8d1f" not in caplog.text
    assert marked.key().hex() not in caplog.text.lower()
