"""Full disks for tests: a real one (a small tmpfs, when running as root) and an injected one.

:func:`small_disk` mounts a tmpfs of a few MiB that a test fills with a file
and frees again: SQLite then fails exactly as on a full laptop disk (it
cannot even create its ``-shm`` file). Mounting needs root, so without it the
test is skipped with a sentence. :func:`writes_fail` makes every write
statement of every engine fail with SQLite's own "database or disk is full"
(SQLITE_FULL) while reads go on: the same outcome without root.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event

DISK_BYTES = 4 * 1024 * 1024
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass
class SmallDisk:
    """A mounted tmpfs; :meth:`fill` takes its last byte (or all but ``leave``), :meth:`free` frees it."""

    root: Path
    filler: Path = field(init=False)

    def __post_init__(self) -> None:
        self.filler = self.root / "filler"

    def fill(self, leave: int = 0) -> None:
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            for size in (1024 * 1024, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)
        with pytest.raises(OSError) as full:
            probe = os.open(self.filler, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(probe, b"\0" * 4096)
            finally:
                os.close(probe)
        assert full.value.errno == errno.ENOSPC
        if leave:
            os.truncate(self.filler, max(0, self.filler.stat().st_size - leave))

    def free(self) -> None:
        self.filler.unlink()


@contextlib.contextmanager
def small_disk(where: Path) -> Iterator[SmallDisk]:
    """A tmpfs of :data:`DISK_BYTES` mounted at ``where``; the test is skipped without root."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a real full disk needs a small tmpfs, and mounting one needs root")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_BYTES},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the tests mount a tmpfs (no CAP_SYS_ADMIN)")
    try:
        yield SmallDisk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


@dataclass
class InjectedFullDisk:
    """While :attr:`full`, every write statement fails with SQLITE_FULL; reads go on."""

    full: bool = True
    refused: int = 0

    def refuse_writes(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.full and statement.lstrip().upper().startswith(_WRITES):
            self.refused += 1
            raise sqlcipher.OperationalError("database or disk is full")


@contextlib.contextmanager
def writes_fail() -> Iterator[InjectedFullDisk]:
    disk = InjectedFullDisk()
    event.listen(Engine, "before_cursor_execute", disk.refuse_writes)
    try:
        yield disk
    finally:
        event.remove(Engine, "before_cursor_execute", disk.refuse_writes)
