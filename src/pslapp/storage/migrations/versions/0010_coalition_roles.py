"""a coalition member's role is one of a list (core.enums.CoalitionRole), no longer free text

The column is declared as every enum column is (VARCHAR(64)). Nothing stored is rewritten:
each value is covered by its author's signed leaf, and SQLite keeps what it holds, so a role
typed as free text before stays as it was written, is shown so, and is replaced when someone
picks a role from the list (docs/decisions.md).

Revision ID: 0010_coalition_roles
Revises: 0009_mailbox
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_coalition_roles"
down_revision = "0009_mailbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coalition_members", schema=None, recreate="always") as batch_op:
        batch_op.alter_column("role", type_=sa.String(64), existing_type=sa.String(200))


def downgrade() -> None:
    with op.batch_alter_table("coalition_members", schema=None, recreate="always") as batch_op:
        batch_op.alter_column("role", type_=sa.String(200), existing_type=sa.String(64))
