"""organisations get contact channels (email, phone, website handles ...), as people have

A new field changes what an old record's default stamp `*` covers: without care, every
organisation written in one go would seem to have written `channels` too, and the leaf its
author signed would no longer fit (bundle format 3). So each existing organisation gets a
zero stamp for `channels` ("never written"), which keeps its registers, and its proofs, as
they were. Any new field of an existing kind is added this way (docs/bundle-format.md).

Revision ID: 0007_organisation_channels
Revises: 0006_search_spellings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_organisation_channels"
down_revision = "0006_search_spellings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreated, so that the column sits where a new vault's table has it (after website)
    with op.batch_alter_table("organisations", schema=None, recreate="always") as batch_op:
        batch_op.add_column(sa.Column("channels", sa.Text(), nullable=True), insert_after="website")
    op.execute("UPDATE organisations SET channels = '[]'")  # lists are stored as JSON, never null
    # `[0, author of "*", 0]`: never written, by the number the default stamp names
    op.execute(
        """UPDATE organisations SET stamps = json_set(stamps, '$.channels',
               json_array(0, json_extract(stamps, '$."*"[1]'), 0))
           WHERE json_extract(stamps, '$."*"') IS NOT NULL
             AND json_extract(stamps, '$.channels') IS NULL"""
    )


def downgrade() -> None:
    op.execute("UPDATE organisations SET stamps = json_remove(stamps, '$.channels')")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_column("channels")
