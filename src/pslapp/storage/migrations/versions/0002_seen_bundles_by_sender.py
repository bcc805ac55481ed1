"""seen bundles keyed by (sender, bundle id)

A bundle id is the sender's random choice, so it is unique only per sender: keyed by the id
alone, a co-recipient could send a bundle reusing another peer's id and make the real one
look "already imported".

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = "sender, bundle_id, sequence, direction, at, summary"


def _create(name: str, *, by_sender: bool) -> None:
    sender = sa.Column("sender", sa.String(length=80), nullable=False)
    bundle_id = sa.Column("bundle_id", sa.String(length=32), nullable=False)
    key = ("sender", "bundle_id") if by_sender else ("bundle_id",)
    op.create_table(
        name,
        *((sender, bundle_id) if by_sender else (bundle_id, sender)),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint(*key, name=op.f("pk_seen_bundles")),
    )


def _copy_into(name: str) -> None:
    op.execute(f"INSERT INTO {name} ({_COLUMNS}) SELECT {_COLUMNS} FROM seen_bundles")
    with op.batch_alter_table("seen_bundles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seen_bundles_sender"), if_exists=True)
    op.drop_table("seen_bundles")
    op.rename_table(name, "seen_bundles")


def upgrade() -> None:
    _create("seen_bundles_new", by_sender=True)
    _copy_into("seen_bundles_new")


def downgrade() -> None:
    # Ids seen from two senders cannot both stay under an id-only key: keep the first.
    _create("seen_bundles_old", by_sender=False)
    op.execute(
        f"INSERT OR IGNORE INTO seen_bundles_old ({_COLUMNS}) SELECT {_COLUMNS} FROM seen_bundles"
    )
    op.drop_table("seen_bundles")
    op.rename_table("seen_bundles_old", "seen_bundles")
    with op.batch_alter_table("seen_bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seen_bundles_sender"), ["sender"], unique=False)
