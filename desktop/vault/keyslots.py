"""``keys.json``: the database key wrapped in key slots, like LUKS.

The 256-bit database key is wrapped with AES-256-GCM under a key derived with
Argon2id, once from the passphrase and once from the recovery code. Changing
the passphrase rewraps the key; the database is never re-encrypted.

The file is checked in this order, so that every problem gets its own
sentence and no derivation runs on hostile parameters:

0. it is at most 64 KiB (by ``stat``, before reading) -> else ``KEYS_UNREADABLE``
1. it parses and has the expected shape          -> else ``KEYS_UNREADABLE``
2. its checksum matches its content              -> else ``KEYS_TAMPERED``
3. every KDF parameter is within bounds          -> else ``KEYS_TAMPERED``
4. Argon2id + AES-GCM open the slot              -> else wrong passphrase / code

The GCM associated data binds each wrapped key to its vault id and slot kind.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.errors import Damage, DamagedVault

FORMAT = "sorakumo-desk-keys"
FORMAT_VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_FILE_BYTES = 64 * 1024

MEMORY_KIB_RANGE = (64 * 1024, 1024 * 1024)
ITERATIONS_RANGE = (1, 10)
LANES_RANGE = (1, 16)

_KEY_CHECK_LABEL = b"sorakumo-desk key check v1"


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters of one slot; the salt is per slot and random."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def within_bounds(self) -> bool:
        return (
            MEMORY_KIB_RANGE[0] <= self.memory_kib <= MEMORY_KIB_RANGE[1]
            and ITERATIONS_RANGE[0] <= self.iterations <= ITERATIONS_RANGE[1]
            and LANES_RANGE[0] <= self.lanes <= LANES_RANGE[1]
            and len(self.salt) == SALT_BYTES
        )

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=os.urandom(SALT_BYTES))

    def derive(self, secret: str) -> bytes:
        """Derive a wrapping key from ``secret`` (NFC-normalised UTF-8 by the caller)."""
        if not self.within_bounds():
            raise DamagedVault(Damage.KEYS_TAMPERED)
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))


def tune_kdf(target_seconds: float = 0.75) -> KdfParams:
    """Pick Argon2id parameters that take about ``target_seconds`` on this machine.

    Memory starts at the 64 MiB floor and grows only when ten passes would
    still be too fast; iterations then fill the time budget.
    """
    lanes = max(1, min(4, os.cpu_count() or 1))
    memory = MEMORY_KIB_RANGE[0]
    while True:
        probe = KdfParams(memory, 1, lanes, os.urandom(SALT_BYTES))
        started = time.perf_counter()
        probe.derive("tuning")
        one_pass = max(time.perf_counter() - started, 1e-4)
        if one_pass * ITERATIONS_RANGE[1] >= target_seconds or memory >= MEMORY_KIB_RANGE[1]:
            break
        memory = min(memory * 2, MEMORY_KIB_RANGE[1])
    iterations = round(target_seconds / one_pass)
    iterations = max(ITERATIONS_RANGE[0], min(ITERATIONS_RANGE[1], iterations))
    return KdfParams(memory, iterations, lanes, os.urandom(SALT_BYTES))


@dataclass(frozen=True, slots=True)
class KeySlot:
    kind: SlotKind
    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True, slots=True)
class KeyFile:
    """The parsed content of ``keys.json``."""

    vault_id: str
    db_salt: bytes
    key_check: bytes
    slots: tuple[KeySlot, ...]

    def slot(self, kind: SlotKind) -> KeySlot:
        for slot in self.slots:
            if slot.kind is kind:
                return slot
        raise DamagedVault(Damage.KEYS_TAMPERED)

    def with_slot(self, new: KeySlot) -> KeyFile:
        others = tuple(s for s in self.slots if s.kind is not new.kind)
        return replace(self, slots=(*others, new))

    def accepts_key(self, db_key: bytes) -> bool:
        """Whether ``db_key`` is this vault's key (used for keyring entries)."""
        return hmac.compare_digest(key_check_for(db_key), self.key_check)


def key_check_for(db_key: bytes) -> bytes:
    return hmac.new(db_key, _KEY_CHECK_LABEL, hashlib.sha256).digest()


def _aad(vault_id: str, kind: SlotKind) -> bytes:
    return f"{FORMAT}/{vault_id}/{kind.value}".encode()


def wrap_key(db_key: bytes, *, vault_id: str, kind: SlotKind, secret: str, kdf: KdfParams) -> KeySlot:
    """Wrap ``db_key`` under a key derived from ``secret``."""
    nonce = os.urandom(NONCE_BYTES)
    wrapping = kdf.derive(secret)
    wrapped = AESGCM(wrapping).encrypt(nonce, db_key, _aad(vault_id, kind))
    return KeySlot(kind, kdf, nonce, wrapped)


def unwrap_key(key_file: KeyFile, kind: SlotKind, secret: str) -> bytes | None:
    """The database key, or ``None`` when ``secret`` does not open the slot."""
    slot = key_file.slot(kind)
    wrapping = slot.kdf.derive(secret)
    try:
        db_key = AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped_key, _aad(key_file.vault_id, kind))
    except InvalidTag:
        return None
    if len(db_key) != KEY_BYTES or not key_file.accepts_key(db_key):
        raise DamagedVault(Damage.KEYS_TAMPERED)
    return db_key


# --- serialisation -------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _body(key_file: KeyFile) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "vault_id": key_file.vault_id,
        "db_salt": _b64(key_file.db_salt),
        "key_check": _b64(key_file.key_check),
        "slots": [
            {
                "kind": slot.kind.value,
                "kdf": {
                    "name": "argon2id",
                    "memory_kib": slot.kdf.memory_kib,
                    "iterations": slot.kdf.iterations,
                    "lanes": slot.kdf.lanes,
                    "salt": _b64(slot.kdf.salt),
                },
                "nonce": _b64(slot.nonce),
                "wrapped_key": _b64(slot.wrapped_key),
            }
            for slot in sorted(key_file.slots, key=lambda s: s.kind.value)
        ],
    }


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def dump_key_file(key_file: KeyFile) -> bytes:
    body = _body(key_file)
    document = {**body, "checksum": _checksum(body)}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def _unb64(value: Any, length: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(value.encode("ascii"), validate=True)
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


def read_limited(path: Path) -> bytes:
    """The bytes of ``keys.json``, refusing a file over :data:`MAX_FILE_BYTES` before reading it.

    The size is checked with ``stat`` and at most one byte more than the limit
    is ever read, so a huge (or sparse, or still growing) file costs no memory.
    """
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > MAX_FILE_BYTES:
            raise DamagedVault(Damage.KEYS_UNREADABLE)
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise DamagedVault(Damage.KEYS_UNREADABLE)
    return raw


def parse_key_file(raw: bytes) -> KeyFile:
    """Parse ``keys.json``; raise :class:`DamagedVault` saying how it is damaged."""
    if len(raw) > MAX_FILE_BYTES:
        raise DamagedVault(Damage.KEYS_UNREADABLE)
    try:
        document = json.loads(raw.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError("not a key file")
        checksum = document.pop("checksum")
        slots = []
        for entry in document["slots"]:
            kdf = entry["kdf"]
            if kdf["name"] != "argon2id":
                raise ValueError("unknown kdf")
            slots.append(
                KeySlot(
                    kind=SlotKind(entry["kind"]),
                    kdf=KdfParams(
                        memory_kib=_int(kdf["memory_kib"]),
                        iterations=_int(kdf["iterations"]),
                        lanes=_int(kdf["lanes"]),
                        salt=_unb64(kdf["salt"]),
                    ),
                    nonce=_unb64(entry["nonce"], NONCE_BYTES),
                    wrapped_key=_unb64(entry["wrapped_key"]),
                )
            )
        key_file = KeyFile(
            vault_id=str(document["vault_id"]),
            db_salt=_unb64(document["db_salt"]),
            key_check=_unb64(document["key_check"]),
            slots=tuple(slots),
        )
        version = _int(document["version"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, RecursionError):
        raise DamagedVault(Damage.KEYS_UNREADABLE) from None
    if not isinstance(checksum, str) or not hmac.compare_digest(checksum, _checksum(document)):
        raise DamagedVault(Damage.KEYS_TAMPERED)
    if version != FORMAT_VERSION or {s.kind for s in key_file.slots} != set(SlotKind):
        raise DamagedVault(Damage.KEYS_TAMPERED)
    if not all(slot.kdf.within_bounds() for slot in key_file.slots):
        raise DamagedVault(Damage.KEYS_TAMPERED)
    return key_file
