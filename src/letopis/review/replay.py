"""Replay the decision log, oldest first, over a freshly resolved knowledge base.

A decision that no longer applies (its mentions or claim vanished) is marked
``stale`` and reported; it stays in the log and applies again if its mentions
come back. Nothing is ever dropped.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from letopis.review.apply import APPLIERS
from letopis.store import Store
from letopis.store import decisions as log
from letopis.store import entities as db


def replay_all(conn: Connection) -> tuple[int, list[int]]:
    """Apply every decision in order inside ``conn``'s transaction; returns (applied, stale ids)."""
    applied, stale = 0, []
    for row in db.decision_rows(conn):
        applier = APPLIERS.get(row.action)
        if applier is None:
            continue
        ok = applier(conn, row.id, json.loads(row.payload))
        status = "applied" if ok else "stale"
        if status != row.status:
            log.mark(conn, row.id, status)
        if ok:
            applied += 1
        else:
            stale.append(row.id)
    return applied, stale


def replay(target: Store | Connection) -> tuple[int, list[int]]:
    """Replay the log on a Store (own transaction) or a Connection (the caller's)."""
    if isinstance(target, Store):
        with target.engine.begin() as conn:
            return replay_all(conn)
    return replay_all(target)
