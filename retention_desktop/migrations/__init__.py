"""Alembic revisions of the database schema, applied at start-up by db.open_database."""
