"""Alembic environment: runs the revisions on the connection db.upgrade hands over."""

from alembic import context

from retention_desktop.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
