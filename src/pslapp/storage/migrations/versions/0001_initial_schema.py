"""initial schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendance",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=64), nullable=True),
        sa.Column("delegate_of", sa.String(length=64), nullable=True),
        sa.Column("checked_in_at", sa.String(length=64), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=True),
        sa.Column("consent_follow_up", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_attendance")),
        sa.UniqueConstraint("id", name=op.f("uq_attendance_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index("ix_attendance_event_person", ["event_id", "person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authors")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_authors_fingerprint")),
    )
    op.create_table(
        "chapters",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_chapters")),
        sa.UniqueConstraint("id", name=op.f("uq_chapters_id")),
    )
    with op.batch_alter_table("chapters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chapters_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_chapters_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_chapters_name"), ["name"], unique=False)

    op.create_table(
        "coalition_members",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("coalition_id", sa.String(length=64), nullable=True),
        sa.Column("organisation_id", sa.String(length=64), nullable=True),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_coalition_members")),
        sa.UniqueConstraint("id", name=op.f("uq_coalition_members_id")),
    )
    with op.batch_alter_table("coalition_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coalition_members_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coalition_members_coalition_id"), ["coalition_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_coalition_members_max_hlc"), ["max_hlc"], unique=False)

    op.create_table(
        "coalitions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("founded_on", sa.String(length=64), nullable=True),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_coalitions")),
        sa.UniqueConstraint("id", name=op.f("uq_coalitions_id")),
    )
    with op.batch_alter_table("coalitions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coalitions_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_coalitions_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_coalitions_name"), ["name"], unique=False)

    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("kept_hlc", sa.Integer(), nullable=False),
        sa.Column("kept_author", sa.String(length=80), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("lost_hlc", sa.Integer(), nullable=False),
        sa.Column("lost_author", sa.String(length=80), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("resolved", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_record_id"), ["record_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("start", sa.String(length=64), nullable=True),
        sa.Column("end", sa.String(length=64), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("chapters", sa.Text(), nullable=True),
        sa.Column("organisations", sa.Text(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_events")),
        sa.UniqueConstraint("id", name=op.f("uq_events_id")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_start"), ["start"], unique=False)

    op.create_table(
        "identity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("kem_seed", sa.LargeBinary(), nullable=False),
        sa.Column("x25519_key", sa.LargeBinary(), nullable=True),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity")),
    )
    op.create_table(
        "links",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("person_id", sa.String(length=64), nullable=True),
        sa.Column("organisation_id", sa.String(length=64), nullable=True),
        sa.Column("start_on", sa.String(length=64), nullable=True),
        sa.Column("end_on", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_links")),
        sa.UniqueConstraint("id", name=op.f("uq_links_id")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_links_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_links_person_id"), ["person_id"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("country", sa.String(length=200), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("relationship", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_organisations")),
        sa.UniqueConstraint("id", name=op.f("uq_organisations_id")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisations_change_seq"), ["change_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisations_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)

    op.create_table(
        "peers",
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("kem_recipient", sa.Text(), nullable=False),
        sa.Column("x25519_recipient", sa.Text(), nullable=True),
        sa.Column("verified", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("revoked_at", sa.Integer(), nullable=True),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("last_sent_seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_received_seq", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_peers")),
    )
    op.create_table(
        "people",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("alias", sa.String(length=200), nullable=True),
        sa.Column("legal_name", sa.String(length=200), nullable=True),
        sa.Column("pronouns", sa.String(length=200), nullable=True),
        sa.Column("languages", sa.Text(), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("country_of_origin", sa.String(length=200), nullable=True),
        sa.Column("chapter", sa.String(length=200), nullable=True),
        sa.Column("roles", sa.Text(), nullable=True),
        sa.Column("skills", sa.Text(), nullable=True),
        sa.Column("channels", sa.Text(), nullable=True),
        sa.Column("consent_contact", sa.Boolean(), nullable=True),
        sa.Column("consent_date", sa.String(length=64), nullable=True),
        sa.Column("consent_how", sa.String(length=200), nullable=True),
        sa.Column("sensitivity", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_people")),
        sa.UniqueConstraint("id", name=op.f("uq_people_id")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_chapter"), ["chapter"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_city"), ["city"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_display_name"), ["display_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_people_sensitivity"), ["sensitivity"], unique=False)

    op.create_table(
        "seen_bundles",
        sa.Column("bundle_id", sa.String(length=32), nullable=False),
        sa.Column("sender", sa.String(length=80), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("at", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_seen_bundles")),
    )
    with op.batch_alter_table("seen_bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_seen_bundles_sender"), ["sender"], unique=False)

    op.create_table(
        "tags",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.Integer(), nullable=False),
        sa.Column("change_seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_tags")),
        sa.UniqueConstraint("id", name=op.f("uq_tags_id")),
    )
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tags_change_seq"), ["change_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_tags_max_hlc"), ["max_hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_tags_name"), ["name"], unique=False)

    op.create_table(
        "vault_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_state")),
    )
    # Written out, not imported: a migration must not change when the code does.
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search_fts")
    op.drop_table("vault_state")
    with op.batch_alter_table("tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tags_name"))
        batch_op.drop_index(batch_op.f("ix_tags_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_tags_change_seq"))

    op.drop_table("tags")
    with op.batch_alter_table("seen_bundles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seen_bundles_sender"))

    op.drop_table("seen_bundles")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_sensitivity"))
        batch_op.drop_index(batch_op.f("ix_people_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_people_display_name"))
        batch_op.drop_index(batch_op.f("ix_people_city"))
        batch_op.drop_index(batch_op.f("ix_people_chapter"))
        batch_op.drop_index(batch_op.f("ix_people_change_seq"))

    op.drop_table("people")
    op.drop_table("peers")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_name"))
        batch_op.drop_index(batch_op.f("ix_organisations_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_organisations_change_seq"))

    op.drop_table("organisations")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_person_id"))
        batch_op.drop_index(batch_op.f("ix_links_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_links_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_links_change_seq"))

    op.drop_table("links")
    op.drop_table("identity")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start"))
        batch_op.drop_index(batch_op.f("ix_events_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_events_change_seq"))

    op.drop_table("events")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_record_id"))

    op.drop_table("conflicts")
    with op.batch_alter_table("coalitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalitions_name"))
        batch_op.drop_index(batch_op.f("ix_coalitions_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_coalitions_change_seq"))

    op.drop_table("coalitions")
    with op.batch_alter_table("coalition_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coalition_members_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_coalition_members_coalition_id"))
        batch_op.drop_index(batch_op.f("ix_coalition_members_change_seq"))

    op.drop_table("coalition_members")
    with op.batch_alter_table("chapters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chapters_name"))
        batch_op.drop_index(batch_op.f("ix_chapters_max_hlc"))
        batch_op.drop_index(batch_op.f("ix_chapters_change_seq"))

    op.drop_table("chapters")
    op.drop_table("authors")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_max_hlc"))
        batch_op.drop_index("ix_attendance_event_person")
        batch_op.drop_index(batch_op.f("ix_attendance_change_seq"))

    op.drop_table("attendance")
