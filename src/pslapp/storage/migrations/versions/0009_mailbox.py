"""the mailbox: a shared folder that bundles go through by themselves

Its folder, each peer's "apply without review" and acknowledgement, and the files this
vault wrote or applied there (services/mailbox/). New tables only: nothing else changes.

Revision ID: 0009_mailbox
Revises: 0008_person_merges
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_mailbox"
down_revision = "0008_person_merges"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailbox_settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_mailbox_settings")),
    )
    op.create_table(
        "mailbox_peers",
        sa.Column("fingerprint", sa.String(80), nullable=False),
        sa.Column("auto_apply", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("acknowledged", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_mailbox_peers")),
    )
    op.create_table(
        "mailbox_files",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(80), nullable=True),
        sa.Column("bundle_id", sa.String(32), nullable=True),
        sa.Column("recipients", sa.Text(), nullable=True),
        sa.Column("records", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_mailbox_files")),
    )


def downgrade() -> None:
    op.drop_table("mailbox_files")
    op.drop_table("mailbox_peers")
    op.drop_table("mailbox_settings")
