"""meal confirmations: pending_choices.kind ("pick" or "confirm")

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

An item far above the food's usual amounts ("50 cups of spinach") waits for a yes/no before it is logged.
It waits in `pending_choices` like a "Did you mean …?" pick (one candidate, with its quantity and unit);
`kind` tells the two apart so a forged button of one kind never acts on the other.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pending_choices") as batch:
        batch.add_column(sa.Column("kind", sa.String(8), nullable=False, server_default="pick"))


def downgrade() -> None:
    with op.batch_alter_table("pending_choices") as batch:
        batch.drop_column("kind")
