"""Alembic migrations, applied when the vault is unlocked.

When the database is behind the code, its encrypted file is first copied
aside (after a checkpoint, so the copy is whole) into ``pre-migration/``,
then the migrations run. The copy is as encrypted as the vault itself.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.vault.files import ensure_private_folder, restrict_file

_SCRIPTS = Path(__file__).with_name("migrations")
PRE_MIGRATION_FOLDER = "pre-migration"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _copy_aside(engine: Engine, db_path: Path, revision: str) -> Path:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
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
    if current is not None:
        _copy_aside(engine, db_path, current)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
