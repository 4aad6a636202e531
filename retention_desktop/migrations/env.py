"""Alembic environment: runs the revisions on the connection db.upgrade hands over."""

from alembic import context

from retention_desktop.models import Base

connection = context.config.attributes["connection"]


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The search index (an FTS5 table and its shadow tables on SQLite) is managed by hand.
    return not (type_ == "table" and name is not None and name.startswith("customer_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
