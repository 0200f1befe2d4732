"""users, entries and pending choices

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.models import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("sex", sa.String(8), nullable=True),
        sa.Column("age_band", sa.String(8), nullable=True),
        sa.Column("life_stage", sa.String(12), nullable=True),
        sa.Column("goal_override_mg", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("telegram_id", name="uq_users_telegram_id"),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("logged_at", UTCDateTime(), nullable=False),
        sa.Column("message_text", sa.Text(), nullable=False),
        sa.Column("item_text", sa.String(300), nullable=False),
        sa.Column("food_id", sa.String(64), nullable=False),
        sa.Column("ndb", sa.String(8), nullable=False),
        sa.Column("food_name", sa.String(160), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("grams", sa.Float(), nullable=False),
        sa.Column("magnesium_mg", sa.Float(), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.UniqueConstraint("chat_id", "message_id", "item_index", name="uq_entries_source"),
    )
    op.create_index("ix_entries_user_day", "entries", ["user_id", "local_date"])
    op.create_table(
        "pending_choices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("message_text", sa.Text(), nullable=False),
        sa.Column("item_text", sa.String(300), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(16), nullable=True),
        sa.Column("candidates", sa.String(400), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("chat_id", "message_id", "item_index", name="uq_pending_source"),
    )
    op.create_index("ix_pending_user", "pending_choices", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_pending_user", table_name="pending_choices")
    op.drop_table("pending_choices")
    op.drop_index("ix_entries_user_day", table_name="entries")
    op.drop_table("entries")
    op.drop_table("users")
