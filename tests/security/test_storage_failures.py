"""A read-only vault folder and a full disk (P-SAFEGUARD): typed errors, nothing lost.

Root ignores file modes, so when the suite runs as root the read-only open is
done in a forked child that has dropped to the ``nobody`` user first.
"""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import stat
import tempfile
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.errors import StorageFull, VaultNotWritable, WrongPassphrase
from desktop.models import AuditEvent
from desktop.vault import audit, files, store
from desktop.vault.files import KEYS_FILE
from tests.helpers.vaults import PASSPHRASE, make_vault, snapshot

NEW_PASSPHRASE = "a brand new passphrase 新しい"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and fork")


def _open_in_child_as(uid: int, gid: int, folder: Path) -> str:
    """Open ``folder`` in a forked child running as ``uid``; the outcome's class name."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        outcome = "BaseException"
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            try:
                store.open_with_passphrase(folder, PASSPHRASE).close()
                outcome = "opened"
            except BaseException as exc:
                outcome = type(exc).__name__
        finally:
            os.write(write_end, outcome.encode("ascii"))
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        outcome = reader.read().decode("ascii")
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return outcome


@pytest.fixture
def read_only_vault() -> Iterator[tuple[Path, int, int]]:
    """A closed vault in a 0500 folder with 0400 files, owned by the user who will open it."""
    base = Path(tempfile.mkdtemp(dir="/tmp"))
    base.chmod(0o755)
    folder = base / "vault"
    vault, _code = make_vault(folder)
    vault.close()
    uid, gid = os.geteuid(), os.getegid()
    if uid == 0:
        nobody = pwd.getpwnam("nobody")
        uid, gid = nobody.pw_uid, nobody.pw_gid
    for path in folder.iterdir():
        os.chown(path, uid, gid)
        path.chmod(0o400)
    os.chown(folder, uid, gid)
    folder.chmod(0o500)
    try:
        yield folder, uid, gid
    finally:
        folder.chmod(0o700)
        shutil.rmtree(base)


@posix_only
def test_p_safeguard_read_only_folder_is_refused_and_left_untouched(
    read_only_vault: tuple[Path, int, int],
) -> None:
    folder, uid, gid = read_only_vault
    before = snapshot(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o500
    if os.geteuid() == 0:
        outcome = _open_in_child_as(uid, gid, folder)
    else:
        try:
            store.open_with_passphrase(folder, PASSPHRASE).close()
            outcome = "opened"
        except VaultNotWritable as exc:
            outcome = type(exc).__name__
    assert outcome == VaultNotWritable.__name__
    assert snapshot(folder) == before


# --- the disk fills up ---------------------------------------------------------------------


def test_p_safeguard_full_disk_while_rewriting_keys_keeps_the_old_file(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = make_vault(vault_dir)
    keys_before = (vault_dir / KEYS_FILE).read_bytes()
    attempts: list[int] = []

    def full_disk(fd: int, data: bytes) -> int:
        attempts.append(fd)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(files, "os", types.SimpleNamespace(**{**vars(os), "write": full_disk}))
        with pytest.raises(StorageFull):
            store.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
    assert attempts  # the write really was attempted and failed
    assert (vault_dir / KEYS_FILE).read_bytes() == keys_before
    assert sorted(path.name for path in vault_dir.iterdir() if path.name.endswith(".tmp")) == []
    vault.close()

    with pytest.raises(WrongPassphrase):
        store.open_with_passphrase(vault_dir, NEW_PASSPHRASE)
    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    with reopened.unit_of_work() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    reopened.close()
    assert "vault.passphrase_changed" not in actions


def _count(vault: store.OpenVault, action: str) -> int:
    with vault.unit_of_work() as session:
        query = select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
        return int(session.execute(query).scalar_one())


def test_p_safeguard_full_database_mid_transaction_loses_nothing_committed(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    for number in range(5):
        with vault.unit_of_work() as session:
            audit.append(session, "client.viewed", detail={"n": number})

    with pytest.raises(StorageFull) as raised, vault.unit_of_work() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())
        session.execute(text(f"PRAGMA max_page_count = {pages + 1}"))
        for number in range(2000):
            audit.append(session, "client.changed", detail={"n": number, "pad": "x" * 400})
    assert "disk is full" in str(raised.value)
    vault.close()

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        assert _count(reopened, "client.viewed") == 5
        assert _count(reopened, "client.changed") == 0
        with reopened.unit_of_work() as session:
            report = audit.verify(session)
            detail = session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "client.viewed").order_by(AuditEvent.id)
            ).all()
        assert report.intact and report.events == 7  # created, 5 kept, unlocked
        assert detail == [f'{{"n": {number}}}' for number in range(5)]
    finally:
        reopened.close()
