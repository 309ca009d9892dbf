"""Alembic migrations run at unlock; an encrypted copy is kept first when the schema is behind."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from desktop.models import Client
from desktop.vault import migrate, store
from desktop.vault.engine import open_engine
from tests.helpers.vaults import PASSPHRASE, make_vault

NEXT_REVISION = '''
"""A later schema, for the test only."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("examples", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("examples")
'''


def test_a_new_vault_is_at_the_newest_revision(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
    finally:
        vault.close()
    assert not (vault_dir / migrate.PRE_MIGRATION_FOLDER).exists()


def test_unlock_applies_pending_migrations_after_keeping_a_copy(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = make_vault(vault_dir)
    old_head = migrate.head_revision()
    key = vault.key()
    vault.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(migrate.__file__).with_name("migrations"), scripts)
    (scripts / "versions" / "0099_examples.py").write_text(NEXT_REVISION.format(head=old_head))
    monkeypatch.setattr(migrate, "_SCRIPTS", scripts)

    reopened = store.open_with_passphrase(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(reopened.engine) == "0099"
        assert "examples" in inspect(reopened.engine).get_table_names()
    finally:
        reopened.close()

    (copy,) = (vault_dir / migrate.PRE_MIGRATION_FOLDER).iterdir()
    assert copy.name.startswith(f"vault-{old_head}-")
    assert b"SQLite format 3" not in copy.read_bytes()[:16]  # encrypted like the vault
    engine = open_engine(copy, key)
    try:
        assert migrate.current_revision(engine) == old_head
        assert "examples" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_sort_keys_stored_before_the_long_vowel_fix_are_rewritten(vault_dir: Path) -> None:
    vault, _code = make_vault(vault_dir)
    with vault.unit_of_work() as session:
        for name, reading, old_key in (
            ("麺 太郎", "ラーメン タロウ", "らーめんたろう"),
            ("蘭 花子", "ランチ ハナコ", "らんちはなこ"),
        ):
            session.add(
                Client(full_name=name, name_reading=reading, sort_key=old_key, created_at="x", updated_at="x")
            )
        session.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    try:
        _upgrade_to(vault.engine, "0011")  # the long-vowel migration alone: the later ones already ran
        with vault.reading() as session:
            keys = session.execute(text("SELECT sort_key FROM clients ORDER BY sort_key")).scalars().all()
    finally:
        vault.close()
    assert keys == ["らあめんたろう", "らんちはなこ"]


def _upgrade_to(engine: Engine, revision: str) -> None:
    """Run the migrations up to ``revision`` on ``engine``, as unlocking runs them up to the head."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(migrate.__file__).with_name("migrations")))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_the_head_and_the_revisions_read_from_the_files_are_alembics_own() -> None:
    """Unlock reads them without Alembic; Alembic must agree on every one."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(migrate.__file__).with_name("migrations")))
    scripts = ScriptDirectory.from_config(config)
    assert migrate.head_revision() == scripts.get_current_head()
    every = {script.revision for script in scripts.walk_revisions()}
    assert all(migrate.knows_revision(revision) for revision in every)
    assert not migrate.knows_revision("9999")


def test_unlocking_an_up_to_date_vault_does_not_import_alembic(vault_dir: Path) -> None:
    make_vault(vault_dir)[0].close()
    code = (
        "import sys; from pathlib import Path; from desktop.vault import store; "
        f"store.open_with_passphrase(Path({str(vault_dir)!r}), {PASSPHRASE!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
