"""Alembic environment: migrations always run on the open, keyed connection.

The vault passes its connection in ``config.attributes["connection"]``; there
is no URL and no ``alembic.ini``, so no key ever appears in a configuration.
"""

from __future__ import annotations

from alembic import context

from desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
