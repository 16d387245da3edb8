"""Alembic environment: always run programmatically by app.store.migrate on an open, keyed connection."""

from alembic import context

from app.store.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Neuvo migrations run through app.store.migrate, which supplies the keyed connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
