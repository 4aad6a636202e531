"""Alembic environment: runs the revisions on the connection db.upgrade hands over, inside its
transaction (the whole upgrade lands or none of it does)."""

from alembic import context

connection = context.config.attributes["connection"]


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The search indexes (FTS5 tables and their shadow tables on SQLite) are managed by hand.
    return not (type_ == "table" and name is not None and name.startswith(("customer_search", "customer_words", "customer_grams")))


# The program's tables are not imported here: the revisions are frozen and the upgrade needs no
# model. A developer comparing the models with the revisions (tests/test_migrations.py) passes
# them in as "target_metadata".
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("target_metadata"),
    render_as_batch=connection.dialect.name == "sqlite",
    include_object=include_object,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
