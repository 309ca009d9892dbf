"""Creating, opening and rekeying a vault folder.

A vault is a folder with ``vault.db`` (SQLCipher 4, random raw key) and
``keys.json`` (the key in a passphrase slot and a recovery slot). Opening
checks the files in an order that tells every problem apart and never writes
before the key has been proven; a failed open leaves every byte as it was.

A full disk does not lock the counsellor out. When nothing can be written the
vault opens read-only: the unlock's audit event is kept in memory (for the
life of the process, across a lock) and recorded, with the moment it
happened, before the next unit of work, at the next unlock or on close,
whichever first finds space. :attr:`OpenVault.read_only` says whether one is
still waiting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from desktop.errors import (
    Damage,
    DamagedVault,
    SorakumoError,
    StorageFull,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from desktop.models import Property
from desktop.vault import audit, migrate, unrecorded
from desktop.vault.clock import SESSION_KEY, PracticeTime
from desktop.vault.engine import (
    BEGIN_OPTION,
    checkpoint,
    database_errors,
    open_engine,
    open_engine_even_when_full,
    raw_connect,
)
from desktop.vault.files import (
    DB_FILE,
    KEYS_FILE,
    ensure_private_folder,
    restrict_file,
    storage_errors,
    vault_exists,
    write_atomically,
)
from desktop.vault.keyslots import (
    KEY_BYTES,
    SALT_BYTES,
    KdfParams,
    KeyFile,
    SlotKind,
    dump_key_file,
    key_check_for,
    parse_key_file,
    read_limited,
    tune_kdf,
    unwrap_key,
    wrap_key,
)
from desktop.vault.recovery import normalise as normalise_code

log = logging.getLogger(__name__)

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_PAGE_SIZE = 4096
_SIDE_FILES = ("-wal", "-shm", "-journal")


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so the same passphrase typed on macOS (NFD) and Windows derives the same key."""
    return unicodedata.normalize("NFC", passphrase)


@dataclass(eq=False)
class OpenVault:
    """An unlocked vault: the engine and what is needed to rewrap or remember its key."""

    folder: Path
    vault_id: str
    engine: Engine
    _key: bytearray = field(repr=False)
    #: The one clock every service reads, in the practice's time zone (tests put a fake clock here).
    time: PracticeTime = field(default_factory=PracticeTime)

    @property
    def is_open(self) -> bool:
        return bool(self._key)

    @property
    def read_only(self) -> bool:
        """Whether the disk was full: an unlock is still waiting to be recorded, so nothing was written."""
        return bool(unrecorded.waiting(self.vault_id))

    def record_unrecorded(self) -> bool:
        """Record the events kept while the disk was full (in their order, with their own times).

        Returns ``False`` when the disk is still full; they are then kept for
        the next try. Their own transaction, so a reader is never refused.
        """
        with unrecorded.RECORDING:
            waiting = unrecorded.waiting(self.vault_id)
            if not waiting:
                return True
            try:
                with self._transaction(self.engine) as session:
                    for kept in waiting:
                        unrecorded.append(session, kept)
            except StorageFull:
                unrecorded.mark_late(self.vault_id)
                return False
            unrecorded.forget(self.vault_id, waiting)
        if any(event.late for event in waiting):
            log.info("recorded %d event(s) kept while the disk was full", len(waiting))
        return True

    @contextlib.contextmanager
    def _transaction(self, engine: Engine, touched: list[object] | None = None) -> Iterator[Session]:
        """A session in one transaction; what it writes is collected in ``touched`` when given."""
        if not self._key:
            raise VaultLocked()
        with (
            database_errors(),
            Session(engine, expire_on_commit=False, info={SESSION_KEY: self.time}) as session,
        ):
            if touched is not None:
                event.listen(session, "before_flush", unrecorded.collector(touched))
            with session.begin():
                yield session

    def key(self) -> bytes:
        if not self._key:
            raise VaultLocked()
        return bytes(self._key)

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: committed when the block ends, rolled back on error.

        It takes the database's write lock before its first read, so what a
        service checks cannot change before it writes: a second writer (an
        ``import-mail`` beside the window) waits for it, and it for them.
        An unlock kept while the disk was full is recorded first, if it can be.
        """
        if self.read_only:
            self.record_unrecorded()
        touched: list[object] = []
        finished = False
        try:
            with self._transaction(self.engine, touched) as session:
                yield session
                finished = True
        except StorageFull:
            kept = unrecorded.deferrable(touched) if finished else None
            if kept is None:
                raise
            # Only the record of a view or a list could not be written: the reader is not refused.
            for event in kept:
                unrecorded.keep(self.vault_id, event)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only transaction: one consistent snapshot, taken without the write lock.

        For lists and views that write nothing, so that they are never kept
        waiting by a long write in another process (WAL readers never wait).
        """
        with self._transaction(self.engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})) as session:
            yield session

    def close(self) -> None:
        """Dispose of every connection and forget the key (best effort in Python).

        An unlock still unrecorded gets one last try; if the disk is still
        full it stays kept, for the next unlock in this process.
        """
        if self._key and self.read_only:
            with contextlib.suppress(SorakumoError):
                self.record_unrecorded()
        self.engine.dispose()
        for index in range(len(self._key)):
            self._key[index] = 0
        self._key.clear()


# --- checks before any key is derived ------------------------------------------------------


def read_key_file(folder: Path) -> KeyFile:
    """Parse ``keys.json`` and check that it belongs with ``vault.db``."""
    keys_path, db_path = folder / KEYS_FILE, folder / DB_FILE
    if not keys_path.exists() and not db_path.exists():
        raise VaultNotFound()
    if not keys_path.exists():
        raise DamagedVault(Damage.KEYS_MISSING)
    if not db_path.exists():
        raise DamagedVault(Damage.DB_MISSING)
    if not keys_path.is_file():
        raise DamagedVault(Damage.KEYS_UNREADABLE)
    if not db_path.is_file():
        raise DamagedVault(Damage.DB_NOT_DATABASE)
    with storage_errors():
        key_file = parse_key_file(read_limited(keys_path))
        size = db_path.stat().st_size
        with db_path.open("rb") as handle:
            header = handle.read(SALT_BYTES)
    if size < _PAGE_SIZE or size % _PAGE_SIZE or header == _PLAIN_SQLITE_HEADER:
        raise DamagedVault(Damage.DB_NOT_DATABASE)
    if header != key_file.db_salt:
        raise DamagedVault(Damage.KEYS_FOREIGN)
    return key_file


def _open(folder: Path, key_file: KeyFile, db_key: bytes) -> OpenVault:
    db_path = folder / DB_FILE
    engine = open_engine_even_when_full(db_path, db_key)
    try:
        with database_errors():
            # No whole-file check here: SQLCipher authenticates each page as it is read, and the
            # window runs ``page_check`` in the background after unlocking (it costs seconds).
            migrate.upgrade(engine, db_path)
        vault = OpenVault(folder, key_file.vault_id, engine, bytearray(db_key))
        with vault.reading() as session:
            stored = session.get(Property, audit.VAULT_ID_KEY)
            if stored is None or stored.value != key_file.vault_id:
                raise DamagedVault(Damage.KEYS_FOREIGN)
        unrecorded.keep(vault.vault_id, unrecorded.UnrecordedEvent("vault.unlocked", vault.time.clock.now()))
        recorded = vault.record_unrecorded()
    except BaseException:
        engine.dispose()
        raise
    if recorded:
        log.info("vault unlocked (id %s)", key_file.vault_id[:8])
    else:
        log.warning("vault unlocked read-only (id %s): the disk is full", key_file.vault_id[:8])
    return vault


def open_with_passphrase(folder: Path, passphrase: str) -> OpenVault:
    key_file = read_key_file(folder)
    db_key = unwrap_key(key_file, SlotKind.PASSPHRASE, normalise_passphrase(passphrase))
    if db_key is None:
        raise WrongPassphrase()
    return _open(folder, key_file, db_key)


def open_with_key(folder: Path, db_key: bytes) -> OpenVault | None:
    """Open with a remembered key; ``None`` when the key is not (or no longer) this vault's."""
    key_file = read_key_file(folder)
    if len(db_key) != KEY_BYTES or not key_file.accepts_key(db_key):
        return None
    return _open(folder, key_file, db_key)


def open_with_recovery_code(folder: Path, recovery_code: str, new_passphrase: str) -> OpenVault:
    """Open with the recovery code and replace the passphrase slot with ``new_passphrase``."""
    key_file = read_key_file(folder)
    db_key = unwrap_key(key_file, SlotKind.RECOVERY, normalise_code(recovery_code))
    if db_key is None:
        raise WrongRecoveryCode()
    vault = _open(folder, key_file, db_key)
    try:
        _rewrap_passphrase(folder, key_file, db_key, new_passphrase)
        with vault.unit_of_work() as session:
            audit.append(session, "vault.passphrase_reset_with_recovery_code")
    except BaseException:
        vault.close()
        raise
    return vault


def _rewrap_passphrase(folder: Path, key_file: KeyFile, db_key: bytes, new_passphrase: str) -> None:
    old = key_file.slot(SlotKind.PASSPHRASE).kdf
    slot = wrap_key(
        db_key,
        vault_id=key_file.vault_id,
        kind=SlotKind.PASSPHRASE,
        secret=normalise_passphrase(new_passphrase),
        kdf=old.with_new_salt(),
    )
    write_atomically(folder / KEYS_FILE, dump_key_file(key_file.with_slot(slot)))


def change_passphrase(vault: OpenVault, old_passphrase: str, new_passphrase: str) -> None:
    """Rewrap the key under ``new_passphrase``; the database is not re-encrypted."""
    key_file = read_key_file(vault.folder)
    db_key = unwrap_key(key_file, SlotKind.PASSPHRASE, normalise_passphrase(old_passphrase))
    if db_key is None:
        raise WrongPassphrase()
    if db_key != vault.key():
        raise DamagedVault(Damage.KEYS_FOREIGN)
    _rewrap_passphrase(vault.folder, key_file, db_key, new_passphrase)
    with vault.unit_of_work() as session:
        audit.append(session, "vault.passphrase_changed")


# --- creation ------------------------------------------------------------------------------


def _remove_partial(folder: Path) -> None:
    for name in (DB_FILE, *(DB_FILE + suffix for suffix in _SIDE_FILES), KEYS_FILE):
        with contextlib.suppress(OSError):
            (folder / name).unlink()


def write_key_slots(
    folder: Path, db_key: bytes, vault_id: str, *, passphrase: str, recovery_code: str, kdf: KdfParams
) -> None:
    """Write ``keys.json`` for the ``vault.db`` in ``folder``: a passphrase slot and a recovery slot.

    Shared by creation and by restoring from a backup, which builds a new
    database with a new key and therefore new slots.
    """
    with storage_errors(), (folder / DB_FILE).open("rb") as handle:
        db_salt = handle.read(SALT_BYTES)
    slots = tuple(
        wrap_key(db_key, vault_id=vault_id, kind=kind, secret=secret, kdf=kdf.with_new_salt())
        for kind, secret in (
            (SlotKind.PASSPHRASE, normalise_passphrase(passphrase)),
            (SlotKind.RECOVERY, normalise_code(recovery_code)),
        )
    )
    write_atomically(
        folder / KEYS_FILE, dump_key_file(KeyFile(vault_id, db_salt, key_check_for(db_key), slots))
    )


def create_vault(
    folder: Path,
    *,
    passphrase: str,
    recovery_code: str,
    kdf: KdfParams | None = None,
) -> OpenVault:
    """Create a new vault in ``folder``; refuse if one is there already.

    ``kdf`` is for tests and benchmarks only; normally the parameters are tuned
    to this machine. If anything fails half-way, the partial files are removed
    so the counsellor can simply try again.
    """
    if vault_exists(folder):
        raise VaultExists()
    ensure_private_folder(folder)
    params = kdf or tune_kdf()
    db_key = os.urandom(KEY_BYTES)
    vault_id = uuid.uuid4().hex
    db_path = folder / DB_FILE
    try:
        with database_errors():
            raw_connect(db_path, db_key).close()
            restrict_file(db_path)
            engine = open_engine(db_path, db_key)
            migrate.upgrade(engine, db_path)
        vault = OpenVault(folder, vault_id, engine, bytearray(db_key))
        with vault.unit_of_work() as session:
            session.add(Property(key=audit.VAULT_ID_KEY, value=vault_id))
            session.add(Property(key="created_at", value=vault.time.stamp()))
            session.flush()
            audit.append(session, "vault.created")
        checkpoint(engine)
        write_key_slots(
            folder, db_key, vault_id, passphrase=passphrase, recovery_code=recovery_code, kdf=params
        )
    except BaseException:
        with contextlib.suppress(NameError):
            engine.dispose()
        _remove_partial(folder)
        raise
    for suffix in _SIDE_FILES:
        restrict_file(folder / (DB_FILE + suffix))
    log.info("vault created (id %s)", vault_id[:8])
    return vault
