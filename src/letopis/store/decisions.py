"""The append-only log of human review decisions."""

from __future__ import annotations

import getpass
import json
from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import Connection, insert, select, update

from letopis.store import Store
from letopis.store.schema import decisions


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user database (containers): still record something
        return "unknown"


def append(
    conn: Connection,
    action: str,
    payload: dict[str, Any],
    reason: Optional[str] = None,
    actor: Optional[str] = None,
) -> int:
    """Append one decision inside the caller's transaction; returns its id.

    payload must hold stable identifiers only (mention keys, entity ids, names),
    so that replay after re-extraction can find what it is about.
    """
    return int(
        conn.execute(
            insert(decisions).values(
                created_at=datetime.now(timezone.utc),
                actor=actor or default_actor(),
                action=action,
                payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
                reason=reason,
                status="applied",
            )
        ).inserted_primary_key[0]
    )


def mark(conn: Connection, decision_id: int, status: str) -> None:
    """Set a decision's status (applied | stale); the decision itself is never removed."""
    conn.execute(update(decisions).where(decisions.c.id == decision_id).values(status=status))


def list_decisions(store: Store) -> list[dict[str, Any]]:
    """The whole log, oldest first."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(decisions).order_by(decisions.c.id)).all()
    return [
        {
            "id": r.id,
            "created_at": r.created_at.isoformat() if r.created_at else None,
            "actor": r.actor,
            "action": r.action,
            "payload": json.loads(r.payload),
            "reason": r.reason,
            "status": r.status,
        }
        for r in rows
    ]
