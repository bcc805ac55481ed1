"""people can be merged: the tombstone of a merged-away person points at the kept one, and
the vault keeps what each merge replaced, so that its user can undo it

`merged_into` is a new field of an existing kind, so every existing person gets a zero stamp
for it ("never written"), as `0007_organisation_channels` does (docs/bundle-format.md,
"Growing the format"). `person_merges` is local: it never travels.

Revision ID: 0008_person_merges
Revises: 0007_organisation_channels
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_person_merges"
down_revision = "0007_organisation_channels"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreated, so that the column sits where a new vault's table has it (before proofs)
    with op.batch_alter_table("people", schema=None, recreate="always") as batch_op:
        batch_op.add_column(
            sa.Column("merged_into", sa.String(64), nullable=True), insert_before="proofs"
        )
        batch_op.create_index("ix_people_merged_into", ["merged_into"])
    op.execute(
        """UPDATE people SET stamps = json_set(stamps, '$.merged_into',
               json_array(0, json_extract(stamps, '$."*"[1]'), 0))
           WHERE json_extract(stamps, '$."*"') IS NOT NULL
             AND json_extract(stamps, '$.merged_into') IS NULL"""
    )
    op.create_table(
        "person_merges",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kept_id", sa.String(36), nullable=False),
        sa.Column("other_id", sa.String(36), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False, server_default="0"),
    )
    op.create_index("ix_person_merges_other_id", "person_merges", ["other_id"])


def downgrade() -> None:
    op.drop_index("ix_person_merges_other_id", "person_merges")
    op.drop_table("person_merges")
    op.execute("UPDATE people SET stamps = json_remove(stamps, '$.merged_into')")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_merged_into")
        batch_op.drop_column("merged_into")
