"""daily reminders: reminder settings, last nudge and claim lease on users

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

One reminder per user, so the settings live on `users` (no join on the hot path; the due query needs the
user's time zone, which is there already). The partial index on (timezone, reminder_minute, last_nudged_on)
covers only users with a reminder: the tick probes it once per time zone in use with an equality on
timezone and a range on reminder_minute, and filters last_nudged_on inside the index.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_HAS_REMINDER = sa.text("reminder_minute IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("reminder_minute", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("reminder_set_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("nudge_when_met", sa.String(8), nullable=False, server_default="quiet"))
        batch.add_column(sa.Column("last_nudged_on", sa.Date(), nullable=True))
        batch.add_column(sa.Column("nudge_claimed_until", UTCDateTime(), nullable=True))
    op.create_index(
        "ix_users_reminder_due",
        "users",
        ["timezone", "reminder_minute", "last_nudged_on"],
        sqlite_where=_HAS_REMINDER,
        postgresql_where=_HAS_REMINDER,
    )


def downgrade() -> None:
    op.drop_index("ix_users_reminder_due", table_name="users")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("nudge_claimed_until")
        batch.drop_column("last_nudged_on")
        batch.drop_column("nudge_when_met")
        batch.drop_column("reminder_set_at")
        batch.drop_column("reminder_minute")
