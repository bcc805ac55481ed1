"""search index with every spelling (columns body, spellings, sounds); name order keys

The full-text index gets two columns beside `body`: the other spellings of every name
(romanisations of Cyrillic, German umlauts written out) and their phonetic skeletons
(core/search.py). The values already indexed are kept in `body`; the new columns are
filled at the first unlock after this upgrade (services/vault.py: reindex_search), which
runs the app's own code, as a migration must not.

Revision ID: 0006_search_spellings
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_search_spellings"
down_revision = "0004"
branch_labels = None
depends_on = None

_TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"


def _rebuild(columns: str, copied: str) -> None:
    """Recreate search_fts with `columns`, keeping each entry's body."""
    op.execute("CREATE TEMP TABLE search_fts_kept AS SELECT rowid AS id, body FROM search_fts")
    op.execute("DROP TABLE search_fts")
    op.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({columns}, {_TOKENIZE})")
    op.execute(f"INSERT INTO search_fts(rowid, {copied}) SELECT id, {copied} FROM search_fts_kept")
    op.execute("DROP TABLE search_fts_kept")


def upgrade() -> None:
    _rebuild("body, spellings, sounds", "body")
    op.create_table(
        "name_order",
        sa.Column("kind", sa.Integer(), nullable=False),
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("latin", sa.LargeBinary(), nullable=False),
        sa.Column("cyrillic", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "pk", name=op.f("pk_name_order")),
    )
    op.create_index("ix_name_order_kind_latin", "name_order", ["kind", "latin", "pk"])
    op.create_index("ix_name_order_kind_cyrillic", "name_order", ["kind", "cyrillic", "pk"])


def downgrade() -> None:
    op.drop_index("ix_name_order_kind_cyrillic", table_name="name_order")
    op.drop_index("ix_name_order_kind_latin", table_name="name_order")
    op.drop_table("name_order")
    _rebuild("body", "body")
