"""Alembic migrations, applied when the vault is unlocked.

When the database is behind the code, its encrypted file is first copied
aside (after a checkpoint, so the copy is whole) into ``pre-migration/``,
then the migrations run. The copy is as encrypted as the vault itself.

Alembic is imported only when a migration actually has to run: an unlock of
an up-to-date vault reads one row and moves on (the code's head revision is
read from the migration files themselves).
"""

from __future__ import annotations

import functools
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text

from desktop.vault.engine import checkpoint
from desktop.vault.files import ensure_private_folder, restrict_file

_SCRIPTS = Path(__file__).with_name("migrations")
PRE_MIGRATION_FOLDER = "pre-migration"


_REVISION = re.compile(r'^(down_revision|revision) = (?:"([^"]+)"|None)$', re.MULTILINE)


@functools.cache
def _revisions(scripts: Path) -> tuple[frozenset[str], str]:
    """Every revision in ``scripts/versions`` and the head, read from the files' own assignments.

    Reading them with a regular expression instead of Alembic keeps Alembic
    (17 MB once imported) out of every unlock of an up-to-date vault; a test
    holds the answer equal to Alembic's own.
    """
    known: set[str] = set()
    parents: set[str] = set()
    for path in (scripts / "versions").glob("*.py"):
        for name, value in _REVISION.findall(path.read_text("utf-8")):
            if value:
                (known if name == "revision" else parents).add(value)
    heads = known - parents
    assert len(heads) == 1, f"the migrations have {len(heads)} heads"
    return frozenset(known), heads.pop()


def head_revision() -> str:
    """The newest revision the code knows."""
    return _revisions(_SCRIPTS)[1]


def knows_revision(revision: str) -> bool:
    """Whether ``revision`` is one of this code's migrations (else a newer version made it)."""
    return revision in _revisions(_SCRIPTS)[0]


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or ``None`` for a database never migrated."""
    with engine.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first()
        if exists is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _copy_aside(engine: Engine, db_path: Path, revision: str) -> Path:
    checkpoint(engine)
    folder = db_path.parent / PRE_MIGRATION_FOLDER
    ensure_private_folder(folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"vault-{revision}-{stamp}.db"
    shutil.copyfile(db_path, target)
    restrict_file(target)
    return target


def upgrade(engine: Engine, db_path: Path) -> None:
    """Bring the schema to the newest revision, keeping a copy first if it had one."""
    current = current_revision(engine)
    if current == head_revision():
        return
    from alembic import command
    from alembic.config import Config

    if current is not None:
        _copy_aside(engine, db_path, current)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(_SCRIPTS))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
