"""``keys.json`` key slots (P-SAFEGUARD): format, KDF bounds, checksum and recovery codes.

The bounds tests re-seal the edited file with a correct checksum, so that the
only thing standing between hostile Argon2id parameters and a derivation is
the bounds check; a spy on ``Argon2id`` and ``KdfParams.derive`` proves that
nothing was derived.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tracemalloc
import types
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.errors import Damage, DamagedVault
from desktop.vault import keyslots, store
from desktop.vault.files import KEYS_FILE
from desktop.vault.keyslots import KdfParams, SlotKind, dump_key_file, parse_key_file, tune_kdf
from desktop.vault.recovery import (
    ALPHABET,
    CODE_BITS,
    formatted,
    groups,
    looks_complete,
    new_recovery_code,
    normalise,
)
from tests.helpers.vaults import PASSPHRASE, make_vault

GIB_KIB = 1024 * 1024
MIB64_KIB = 64 * 1024
GIB_BYTES = 1024**3


def _seal(document: dict[str, Any]) -> bytes:
    """Serialise ``document`` the way the app does, with a freshly computed checksum."""
    body = {key: value for key, value in document.items() if key != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    sealed = {**body, "checksum": hashlib.sha256(canonical.encode("ascii")).hexdigest()}
    return (json.dumps(sealed, indent=2, sort_keys=True) + "\n").encode("ascii")


def _edit_kdf(raw: bytes, field: str, value: object) -> bytes:
    document = json.loads(raw)
    for slot in document["slots"]:
        if slot["kind"] == SlotKind.PASSPHRASE.value:
            slot["kdf"][field] = value
    return _seal(document)


@pytest.fixture
def closed_vault(vault_dir: Path) -> Path:
    vault, _code = make_vault(vault_dir)
    vault.close()
    return vault_dir


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every call of ``KdfParams.derive`` and of the ``Argon2id`` constructor."""
    calls: list[str] = []
    real_derive: Callable[[KdfParams, str], bytes] = KdfParams.derive
    real_argon2id = Argon2id

    def derive(self: KdfParams, secret: str) -> bytes:
        calls.append("derive")
        return real_derive(self, secret)

    def argon2id(**kwargs: Any) -> Any:
        calls.append("argon2id")
        return real_argon2id(**kwargs)

    monkeypatch.setattr(KdfParams, "derive", derive)
    monkeypatch.setattr(keyslots, "Argon2id", argon2id)
    return calls


def test_p_safeguard_key_file_round_trips_byte_for_byte(closed_vault: Path) -> None:
    raw = (closed_vault / KEYS_FILE).read_bytes()
    parsed = parse_key_file(raw)
    assert dump_key_file(parsed) == raw
    assert parse_key_file(dump_key_file(parsed)) == parsed
    assert {slot.kind for slot in parsed.slots} == {SlotKind.PASSPHRASE, SlotKind.RECOVERY}
    assert _seal(json.loads(raw)) == raw  # the test's re-sealing matches the real format


def test_p_safeguard_open_derives_exactly_once(closed_vault: Path, derivations: list[str]) -> None:
    vault = store.open_with_passphrase(closed_vault, PASSPHRASE)
    vault.close()
    assert derivations == ["derive", "argon2id"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", GIB_KIB + 1),
        ("memory_kib", MIB64_KIB - 1),
        ("iterations", 11),
        ("iterations", 0),
        ("lanes", 0),
        ("lanes", 17),
        ("salt", base64.b64encode(bytes(15)).decode("ascii")),
        ("salt", base64.b64encode(bytes(17)).decode("ascii")),
    ],
)
def test_p_safeguard_kdf_params_out_of_bounds_are_damage_and_never_derived(
    closed_vault: Path, derivations: list[str], field: str, value: object
) -> None:
    keys_path = closed_vault / KEYS_FILE
    keys_path.write_bytes(_edit_kdf(keys_path.read_bytes(), field, value))
    edited = keys_path.read_bytes()

    with pytest.raises(DamagedVault) as raised:
        store.open_with_passphrase(closed_vault, PASSPHRASE)

    assert raised.value.damage is Damage.KEYS_TAMPERED
    assert derivations == []
    assert keys_path.read_bytes() == edited


def test_p_safeguard_a_1_gib_key_file_is_refused_without_reading_it(closed_vault: Path) -> None:
    keys_path = closed_vault / KEYS_FILE
    os.truncate(keys_path, GIB_BYTES)  # sparse: a gibibyte on paper, no blocks on disk
    assert keys_path.stat().st_size == GIB_BYTES

    tracemalloc.start()
    try:
        with pytest.raises(DamagedVault) as raised:
            store.open_with_passphrase(closed_vault, PASSPHRASE)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert raised.value.damage is Damage.KEYS_UNREADABLE
    assert peak < 4 * keyslots.MAX_FILE_BYTES  # kilobytes, where reading it whole took a gibibyte
    assert keys_path.stat().st_size == GIB_BYTES  # refused, never changed


def test_p_safeguard_key_file_one_byte_over_the_limit_is_refused(closed_vault: Path) -> None:
    keys_path = closed_vault / KEYS_FILE
    raw = keys_path.read_bytes()
    keys_path.write_bytes(raw.rstrip(b"\n") + b" " * (keyslots.MAX_FILE_BYTES + 1 - len(raw)) + b"\n")
    assert keys_path.stat().st_size == keyslots.MAX_FILE_BYTES + 1
    with pytest.raises(DamagedVault) as raised:
        store.read_key_file(closed_vault)
    assert raised.value.damage is Damage.KEYS_UNREADABLE
    keys_path.write_bytes(raw.rstrip(b"\n") + b" " * (keyslots.MAX_FILE_BYTES - len(raw)) + b"\n")
    assert store.read_key_file(closed_vault).vault_id == parse_key_file(raw).vault_id  # at the limit: fine


def test_p_safeguard_kdf_params_at_the_bounds_are_accepted(closed_vault: Path) -> None:
    raw = (closed_vault / KEYS_FILE).read_bytes()
    for field, value in (("memory_kib", GIB_KIB), ("iterations", 10), ("lanes", 16)):
        raw = _edit_kdf(raw, field, value)
    kdf = parse_key_file(raw).slot(SlotKind.PASSPHRASE).kdf
    assert (kdf.memory_kib, kdf.iterations, kdf.lanes) == (GIB_KIB, 10, 16)


def test_p_safeguard_derive_itself_refuses_out_of_bounds(derivations: list[str]) -> None:
    hostile = KdfParams(memory_kib=GIB_KIB + 1, iterations=1, lanes=1, salt=bytes(16))
    with pytest.raises(DamagedVault) as raised:
        hostile.derive("anything")
    assert raised.value.damage is Damage.KEYS_TAMPERED
    assert derivations == ["derive"]  # entered derive, never reached Argon2id


def test_p_safeguard_tuned_kdf_is_within_bounds_and_at_least_64_mib() -> None:
    params = tune_kdf()
    assert params.within_bounds()
    assert params.memory_kib >= MIB64_KIB
    assert len(params.salt) == keyslots.SALT_BYTES
    assert params.salt != bytes(keyslots.SALT_BYTES)


@pytest.mark.parametrize(
    ("seconds_per_mib_pass", "expected_memory", "expected_iterations"),
    [
        (1e-6, GIB_KIB, 10),  # a machine far too fast: capped at 1 GiB and 10 passes
        (1.0, MIB64_KIB, 1),  # a machine far too slow: never under 64 MiB or 1 pass
    ],
)
def test_p_safeguard_tuning_stays_in_bounds_on_extreme_machines(
    monkeypatch: pytest.MonkeyPatch,
    seconds_per_mib_pass: float,
    expected_memory: int,
    expected_iterations: int,
) -> None:
    clock = [0.0]

    def fake_derive(self: KdfParams, secret: str) -> bytes:
        assert self.within_bounds()
        clock[0] += seconds_per_mib_pass * (self.memory_kib / 1024) * self.iterations
        return bytes(32)

    monkeypatch.setattr(KdfParams, "derive", fake_derive)
    monkeypatch.setattr(keyslots, "time", types.SimpleNamespace(perf_counter=lambda: clock[0]))

    params = tune_kdf(0.75)
    assert (params.memory_kib, params.iterations) == (expected_memory, expected_iterations)
    assert params.within_bounds()


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(vault_id="0" * 32),
        lambda d: d["slots"][0].update(nonce=base64.b64encode(bytes(12)).decode("ascii")),
        lambda d: d["slots"][1]["kdf"].update(iterations=2),
        lambda d: d.update(key_check=base64.b64encode(bytes(32)).decode("ascii")),
    ],
    ids=["vault_id", "nonce", "iterations", "key_check"],
)
def test_p_safeguard_checksum_detects_edits(
    closed_vault: Path, edit: Callable[[dict[str, Any]], None]
) -> None:
    document = json.loads((closed_vault / KEYS_FILE).read_bytes())
    edit(document)
    edited = (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")
    with pytest.raises(DamagedVault) as raised:
        parse_key_file(edited)
    assert raised.value.damage is Damage.KEYS_TAMPERED


# --- recovery codes ------------------------------------------------------------------------


def test_p_safeguard_recovery_code_is_160_bits_in_8_groups_of_4() -> None:
    code = new_recovery_code()
    assert len(ALPHABET) == 32 and len(set(ALPHABET)) == 32  # 5 bits per character
    assert len(code) * 5 == CODE_BITS == 160
    assert set(code) <= set(ALPHABET)
    assert [len(group) for group in groups(code)] == [4] * 8
    assert formatted(code) == "-".join(groups(code)) and formatted(code).count("-") == 7
    assert len({new_recovery_code() for _ in range(64)}) == 64


def _full_width(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else "\u3000" for ch in text)


@pytest.mark.parametrize(
    "typed",
    [
        "0123-4567-89ab-cdef-ghjk-mnpq-rstv-wxyz",
        "0123 4567 89AB CDEF GHJK MNPQ RSTV WXYZ",
        _full_width("0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"),
        _full_width("0123 4567 89ab cdef ghjk mnpq rstv wxyz"),
        "O123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",  # letter O for zero
        "o123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",
        "0I23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",  # letter I for one
        "0l23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ",  # letter l for one
        " 0123--4567  89AB-CDEF\tGHJK MNPQ-RSTV WXYZ\n",
    ],
)
def test_p_safeguard_recovery_code_normalise_folds_what_people_type(typed: str) -> None:
    canonical = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    assert normalise(typed) == canonical
    assert looks_complete(typed)


def test_p_safeguard_recovery_code_incomplete_is_not_complete() -> None:
    code = new_recovery_code()
    assert not looks_complete(formatted(code)[:-1])
    assert normalise(unicodedata.normalize("NFD", formatted(code))) == code
