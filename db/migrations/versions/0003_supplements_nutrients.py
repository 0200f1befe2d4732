"""supplements, calcium and vitamin D, the usual regimen, pending label questions, /forget tombstones

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30

* entries: `kind` ("food" | "supplement", default "food" for the rows already there), `calcium_mg` and
  `vitamin_d_ug` (NULL = unknown: rows logged before this revision and foods the table has no value for).
* supplement_regimen: the user's usual supplements (/supplements), logged in one tap.
* pending_supplements: a supplement message waiting for the label question's answer.
* forgotten_users: after /forget, the Telegram id, the time and the last message id, so a redelivered old
  update is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("kind", sa.String(12), nullable=False, server_default="food"))
        batch.add_column(sa.Column("calcium_mg", sa.Float(), nullable=True))
        batch.add_column(sa.Column("vitamin_d_ug", sa.Float(), nullable=True))
    op.create_table(
        "supplement_regimen",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("dose_text", sa.String(80), nullable=False),
        sa.Column("magnesium_mg", sa.Float(), nullable=False),
        sa.Column("calcium_mg", sa.Float(), nullable=False),
        sa.Column("vitamin_d_ug", sa.Float(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_regimen_user", "supplement_regimen", ["user_id"])
    op.create_table(
        "pending_supplements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(8), nullable=False),
        sa.Column("message_text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("chat_id", "message_id", name="uq_pending_supplement_source"),
    )
    op.create_index("ix_pending_supplement_user", "pending_supplements", ["user_id"])
    op.create_table(
        "forgotten_users",
        sa.Column("telegram_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("forgotten_at", UTCDateTime(), nullable=False),
        sa.Column("last_message_id", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("forgotten_users")
    op.drop_index("ix_pending_supplement_user", table_name="pending_supplements")
    op.drop_table("pending_supplements")
    op.drop_index("ix_regimen_user", table_name="supplement_regimen")
    op.drop_table("supplement_regimen")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("vitamin_d_ug")
        batch.drop_column("calcium_mg")
        batch.drop_column("kind")
