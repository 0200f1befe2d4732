"""the inbox knows whose update a row is and keeps the replies of a handled update until they are sent

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30

`sender_id` (the Telegram user an update came from) lets /forget delete that user's raw updates.
`replies` holds the replies of an update handled in one transaction with its effects, until they are
sent: a crash between the commit and the sending loses no reply (the sweep sends them).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inbox") as batch:
        batch.add_column(sa.Column("sender_id", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("replies", sa.Text(), nullable=True))
    op.create_index("ix_inbox_sender", "inbox", ["sender_id"])
    op.create_index("ix_outbox_chat", "outbox", ["chat_id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_chat", table_name="outbox")
    op.drop_index("ix_inbox_sender", table_name="inbox")
    with op.batch_alter_table("inbox") as batch:
        batch.drop_column("replies")
        batch.drop_column("sender_id")
