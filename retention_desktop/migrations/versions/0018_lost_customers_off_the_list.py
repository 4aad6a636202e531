"""The rules' open follow-ups of customers marked lost, cancelled once: from this version on,
marking a customer lost cancels their open follow-ups and the rules leave lost customers alone
(lifecycle.mark_lost, rules.py), but a book kept before still lists the stay-in-touch calls,
greetings and renewal and satisfaction calls the rules had made for them.

Each is closed at the moment the customer was marked lost (or when it was made, if later), as
marking lost closes them, so that winning the customer back opens again those still to come; a
customer lost before losses were recorded (0011) has no such moment: theirs are closed now. The
owner's own follow-ups, and campaigns', are left as they are. Nothing to undo on the way down.

Revision ID: 0018
Revises: 0017

Frozen: what this revision writes is copied here as it was when it shipped.
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        now = "strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'"  # UTC, as the program stores times
    else:
        now = "(now() AT TIME ZONE 'UTC')"
    connection.exec_driver_sql(  # driver-level: the time's format holds colons, not parameters
        "UPDATE follow_ups SET status = 'cancelled', closed_at = COALESCE(("
        "SELECT CASE WHEN follow_ups.created_at > l.lost_at THEN follow_ups.created_at ELSE l.lost_at END "
        "FROM customer_losses l WHERE l.customer_id = follow_ups.customer_id AND l.won_back_on IS NULL "
        f"ORDER BY l.id DESC LIMIT 1), {now}) "
        "WHERE status = 'open' AND origin <> 'manual' "
        "AND customer_id IN (SELECT id FROM customers WHERE stage = 'lost')"
    )


def downgrade() -> None:
    pass
