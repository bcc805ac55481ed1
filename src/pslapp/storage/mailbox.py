"""The mailbox's rows: its settings, each peer's choice and acknowledgement, and the files
this vault wrote or applied in the shared folder. Every query on them is here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from pslapp.storage.tables import mailbox_files, mailbox_peers, mailbox_settings


def setting(conn: Connection, key: str) -> str | None:
    value = conn.execute(
        select(mailbox_settings.c.value).where(mailbox_settings.c.key == key)
    ).scalar()
    return None if value is None else str(value)


def set_setting(conn: Connection, key: str, value: str | None) -> None:
    conn.execute(delete(mailbox_settings).where(mailbox_settings.c.key == key))
    if value is not None:
        conn.execute(insert(mailbox_settings).values(key=key, value=value))


def peer_rows(conn: Connection) -> dict[str, Any]:
    """fingerprint -> row (auto_apply, acknowledged), for the peers that have one."""
    return {r.fingerprint: r for r in conn.execute(select(mailbox_peers))}


def _ensure_peer(conn: Connection, fingerprint: str) -> None:
    found = conn.execute(
        select(mailbox_peers.c.fingerprint).where(mailbox_peers.c.fingerprint == fingerprint)
    ).first()
    if found is None:
        conn.execute(insert(mailbox_peers).values(fingerprint=fingerprint))


def set_auto_apply(conn: Connection, fingerprint: str, auto_apply: bool) -> None:
    _ensure_peer(conn, fingerprint)
    conn.execute(
        update(mailbox_peers)
        .where(mailbox_peers.c.fingerprint == fingerprint)
        .values(auto_apply=auto_apply)
    )


def acknowledge(conn: Connection, fingerprint: str, number: int) -> None:
    """The peer says it received our bundles up to `number`; only ever raised."""
    _ensure_peer(conn, fingerprint)
    conn.execute(
        update(mailbox_peers)
        .where(mailbox_peers.c.fingerprint == fingerprint, mailbox_peers.c.acknowledged < number)
        .values(acknowledged=number)
    )


def files(conn: Connection, role: str | None = None) -> list[Any]:
    query = select(mailbox_files).order_by(mailbox_files.c.at, mailbox_files.c.name)
    if role is not None:
        query = query.where(mailbox_files.c.role == role)
    return list(conn.execute(query))


def add_file(conn: Connection, **values: Any) -> None:
    conn.execute(delete(mailbox_files).where(mailbox_files.c.name == values["name"]))
    conn.execute(insert(mailbox_files).values(**values))


def forget_files(conn: Connection, names: list[str]) -> None:
    if names:
        conn.execute(delete(mailbox_files).where(mailbox_files.c.name.in_(names)))
