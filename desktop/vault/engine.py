"""The SQLAlchemy engine over SQLCipher 4, keyed with a raw 256-bit key.

The key reaches SQLCipher as ``PRAGMA key = "x'…'"`` on the raw DBAPI
connection, formatted from bytes as hex: no passphrase is ever part of SQL
text, and the engine hides bound parameters so that no value reaches a log
or an exception message.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Connection, Engine, create_engine, event, exc

from desktop.errors import Damage, DamagedVault, SorakumoError, StorageFull, VaultBusy, VaultNotWritable

log = logging.getLogger(__name__)

#: Below this much free space, a vault that fails to open is retried as on a full disk.
_NEARLY_FULL_BYTES = 1024 * 1024

# SQLite result codes (the primary code is the low byte of the extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

#: The execution option that asks :func:`_begin` for a reader's ``BEGIN DEFERRED``.
BEGIN_OPTION = "sorakumo_begin"
#: Seconds a writer waits for another process's write (an ``import-mail`` beside the window)
#: before giving up: long enough for any one unit of work, so the counsellor sees a wait, not an error.
BUSY_WAIT_SECONDS = 120

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    # 32 MiB of decrypted pages: search-as-you-type rereads the same pages on every keystroke.
    "PRAGMA cache_size = -32768",
)


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def domain_error(error: BaseException) -> Exception | None:
    """The domain error for a SQLCipher failure, or ``None`` when it is not one we explain."""
    original = error.orig if isinstance(error, exc.DBAPIError) and error.orig is not None else error
    code = _sqlite_code(original)
    text = str(original).lower()
    if code == _SQLITE_BUSY or "database is locked" in text:
        return VaultBusy()
    if code == _SQLITE_FULL or "database or disk is full" in text:
        return StorageFull()
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly database" in text:
        return VaultNotWritable()
    if code == _SQLITE_CANTOPEN or "unable to open database" in text:
        return VaultNotWritable()
    if code in (_SQLITE_NOTADB, _SQLITE_CORRUPT, _SQLITE_IOERR) or "not a database" in text:
        return DamagedVault(Damage.DB_DAMAGED)
    if "malformed" in text:
        return DamagedVault(Damage.DB_DAMAGED)
    return None


@contextlib.contextmanager
def database_errors() -> Iterator[None]:
    """Re-raise SQLCipher failures as the domain errors the counsellor is shown."""
    try:
        yield
    except (exc.DBAPIError, sqlcipher.Error) as error:
        translated = domain_error(error)
        if translated is None:
            raise
        raise translated from None


def raw_connect(db_path: Path, db_key: bytes, *, exclusive: bool = False) -> Any:
    """Open a DBAPI connection keyed with ``db_key`` and prove the key works.

    The proof is a read of the schema: SQLCipher checks the first page's HMAC,
    so a wrong key or a damaged header fails here, before any pragma could
    write to the file.

    ``exclusive`` is for a full disk: with ``locking_mode = EXCLUSIVE`` set
    before the first read, SQLite keeps the write-ahead log's index in memory
    instead of the ``-shm`` file it cannot create there, so the vault can
    still be read (other processes wait until it is closed).
    """
    connection = sqlcipher.connect(
        str(db_path), check_same_thread=False, isolation_level=None, timeout=BUSY_WAIT_SECONDS
    )
    try:
        # SQLCipher would print its own "hmac check failed" lines to stderr; the
        # failure is reported to the counsellor as one sentence instead.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        # Wiping SQLCipher's freed buffers doubles the cost of every search keystroke,
        # yet the same text sits unwiped in Python and Qt objects while shown; the
        # protection that counts is the key gone and the engine disposed on lock.
        connection.execute("PRAGMA cipher_memory_security = OFF")
        if exclusive:
            connection.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            connection.execute(pragma)
        # SQLAlchemy's "begin" event below starts each transaction itself (BEGIN IMMEDIATE).
        connection.isolation_level = None
    except BaseException:
        connection.close()
        raise
    return connection


def open_engine(db_path: Path, db_key: bytes, *, exclusive: bool = False) -> Engine:
    """An engine whose every pooled connection is keyed and configured.

    The first connection is opened here, so a wrong key or a damaged file
    fails now (as a domain error) and the connection stays in the pool. An
    ``exclusive`` engine (a full disk, see :func:`raw_connect`) has that one
    connection only.
    """
    key = bytes(db_key)
    single = {"pool_size": 1, "max_overflow": 0} if exclusive else {}
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(db_path)),
        module=sqlcipher,
        creator=lambda: raw_connect(db_path, key, exclusive=exclusive),
        hide_parameters=True,
        pool_pre_ping=False,
        # The newest connection back first: the vault thread keeps reusing one warm connection
        # instead of cycling through the pool, each filling its own 32 MiB page cache.
        pool_use_lifo=True,
        **single,
    )
    event.listen(engine, "begin", _begin)
    try:
        with database_errors():
            engine.connect().close()
    except BaseException:
        engine.dispose()
        raise
    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log back into ``vault.db`` (``wal_checkpoint(TRUNCATE)``).

    It runs on the DBAPI connection, outside any transaction: inside one
    (every SQLAlchemy statement begins one, see :func:`_begin`) SQLite refuses
    it as "database table is locked".
    """
    with database_errors(), engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _begin(connection: Connection) -> None:
    """Start a transaction as its execution options ask: ``IMMEDIATE`` unless a reader said ``DEFERRED``.

    The DBAPI connection runs in autocommit mode (``isolation_level = None``),
    so this statement is the only ``BEGIN``; the pysqlite driver would
    otherwise begin late, at the first write, after the checks had read.
    """
    mode = connection.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    connection.exec_driver_sql("BEGIN DEFERRED" if mode == "DEFERRED" else "BEGIN IMMEDIATE")


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def open_engine_even_when_full(db_path: Path, db_key: bytes) -> Engine:
    """The engine; on a full disk (SQLite cannot even create its ``-shm`` file there), an exclusive one."""
    try:
        return open_engine(db_path, db_key)
    except (DamagedVault, StorageFull) as error:
        if not _nearly_full(db_path.parent):
            raise
        log.warning("the disk is full; opening the vault with its log index in memory")
        try:
            return open_engine(db_path, db_key, exclusive=True)
        except SorakumoError:
            raise error from None
