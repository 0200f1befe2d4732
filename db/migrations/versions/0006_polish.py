"""the last reminder time, which `/remind on` restores after `/remind off`

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

`users.reminder_minute` is NULL while reminders are off (the due index covers only non-NULL rows), so the
time a user had chosen is kept in `reminder_last_minute`: set with every reminder time, left alone by
`/remind off`.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("reminder_last_minute", sa.Integer(), nullable=True))
    # Users with a reminder today can turn it off and on again without losing its time.
    op.execute("UPDATE users SET reminder_last_minute = reminder_minute WHERE reminder_minute IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("reminder_last_minute")
