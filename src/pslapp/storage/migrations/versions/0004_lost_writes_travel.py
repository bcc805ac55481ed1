"""lost writes travel: what proves the losing side of a conflict, so that it can be sent on

With it a vault sends the open conflicts' losing writes in its bundles (as their authors
signed them), and every replica that meets them lists the same conflicts
(docs/bundle-format.md, "Lost writes"). Conflicts recorded before have no proof: they stay
listed here, and are not sent.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lost_proof", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_column("lost_proof")
