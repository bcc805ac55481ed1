"""signed change sets: proofs per record, change sets, author cards, revocation by position

Bundle format 3 (docs/bundle-format.md). After this migration the vault signs the values
it wrote itself (services/vault.py, at the first unlock); values it got from peers before
have no proof and stay as unverified history: kept and shown, never relayed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

RECORD_TABLES = (
    "attendance",
    "chapters",
    "coalition_members",
    "coalitions",
    "events",
    "links",
    "organisations",
    "people",
    "tags",
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("proofs", sa.Text(), nullable=True))
    with op.batch_alter_table("authors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("card", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("introduced_by", sa.String(length=80), nullable=True))
    with op.batch_alter_table("peers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("revoked_after", sa.Integer(), nullable=True))
    op.create_table(
        "change_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=80), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("received", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_sets")),
        sa.UniqueConstraint("digest", name=op.f("uq_change_sets_digest")),
    )
    op.create_index("ix_change_sets_author_seq", "change_sets", ["author", "seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_change_sets_author_seq", table_name="change_sets")
    op.drop_table("change_sets")
    with op.batch_alter_table("peers", schema=None) as batch_op:
        batch_op.drop_column("revoked_after")
    with op.batch_alter_table("authors", schema=None) as batch_op:
        batch_op.drop_column("introduced_by")
        batch_op.drop_column("card")
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("proofs")
