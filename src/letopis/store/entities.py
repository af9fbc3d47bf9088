"""Entities, their names, mention -> entity links, redirects, the review queue and external ids.

Resolution rebuilds the machine-made rows here on every run (``clear_resolution``,
then the ``insert_*`` writers); review decisions change them through the small
operations below (``merge_into``, ``move_mentions``...). The CLI's entity listings
and detail views are in ``cli_queries``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from letopis.store.schema import claims, documents, entities, external_ids, mentions, names, review_queue

CHUNK = 500


@dataclass(frozen=True)
class MentionRecord:
    """A mention of a current document as resolution reads it."""

    id: int
    key: str
    document_id: int
    start: int
    end: int
    text: str
    type: str
    norm: str
    given: str | None
    patronymic: str | None
    surname: str | None
    initials: str | None
    gender: str | None
    expansion: str | None
    entity_id: str | None


_MENTION_COLS = [getattr(mentions.c, f) for f in MentionRecord.__dataclass_fields__]


def load_mentions(conn: Connection, types: Sequence[str]) -> list[MentionRecord]:
    """Mentions of ``types`` in current documents, in anchor order (document id, start, end)."""
    rows = conn.execute(
        select(*_MENTION_COLS)
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(documents.c.current.is_(True), mentions.c.type.in_(list(types)))
        .order_by(mentions.c.document_id, mentions.c.start, mentions.c.end, mentions.c.id)
    )
    return [MentionRecord(*r) for r in rows]


def load_texts(conn: Connection, doc_ids: Iterable[int]) -> dict[int, str]:
    """Document texts by id."""
    return {
        r.id: r.text
        for r in _in_chunks(conn, select(documents.c.id, documents.c.text), documents.c.id, doc_ids)
    }


def _in_chunks(conn: Connection, query: Any, col: Any, values: Iterable[Any]) -> list[Any]:
    vals = list(dict.fromkeys(values))
    out: list[Any] = []
    for i in range(0, len(vals), CHUNK):
        out.extend(conn.execute(query.where(col.in_(vals[i : i + CHUNK]))).all())
    return out


def load_redirects(conn: Connection) -> dict[str, tuple[str | None, str | None, str]]:
    """Every entity id with its redirect (None for live entities), blocking key and name."""
    q = select(entities.c.id, entities.c.redirect_to, entities.c.key, entities.c.name)
    return {r.id: (r.redirect_to, r.key, r.name) for r in conn.execute(q)}


def clear_resolution(conn: Connection) -> None:
    """Delete what resolution and replay rebuild: entities, names, the queue, decision-made external ids."""
    for table in (names, review_queue, entities):
        conn.execute(delete(table))
    conn.execute(delete(external_ids).where(external_ids.c.decision_id.is_not(None)))


def insert_rows(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    """Bulk insert into ``entities``, ``names`` or ``review_queue``."""
    table = {"entities": entities, "names": names, "review_queue": review_queue}[table_name]
    for i in range(0, len(rows), 20_000):
        conn.execute(insert(table), rows[i : i + 20_000])


def set_mention_entities(conn: Connection, pairs: list[tuple[int, str]], types: Sequence[str]) -> None:
    """Point each mention (id) at its entity; mentions of other types get none.

    ``pairs`` need only hold the mentions whose entity changed.
    """
    conn.execute(
        update(mentions)
        .where(mentions.c.type.not_in(list(types)), mentions.c.entity_id.is_not(None))
        .values(entity_id=None)
    )
    stmt = update(mentions).where(mentions.c.id == bindparam("mid")).values(entity_id=bindparam("eid"))
    for i in range(0, len(pairs), 20_000):
        conn.execute(stmt, [{"mid": m, "eid": e} for m, e in pairs[i : i + 20_000]])


def link_claims(conn: Connection) -> None:
    """Set the claims' subject/object/place entities from their mentions."""
    for col, ment in (("subject_entity", "subject_mention"), ("object_entity", "object_mention")):
        sub = select(mentions.c.entity_id).where(mentions.c.id == getattr(claims.c, ment)).scalar_subquery()
        conn.execute(update(claims).values({col: sub}))


def repoint(conn: Connection, old: str, new: str) -> None:
    """Make everything that names entity ``old`` name ``new`` (mentions, names, claims, external ids)."""
    conn.execute(update(mentions).where(mentions.c.entity_id == old).values(entity_id=new))
    conn.execute(update(names).where(names.c.entity_id == old).values(entity_id=new))
    for col in (claims.c.subject_entity, claims.c.object_entity, claims.c.place_entity):
        conn.execute(update(claims).where(col == old).values({col.name: new}))
    for row in conn.execute(select(external_ids).where(external_ids.c.entity_id == old)).all():
        dup = conn.execute(
            select(external_ids.c.id).where(
                external_ids.c.entity_id == new,
                external_ids.c.scheme == row.scheme,
                external_ids.c.value == row.value,
            )
        ).first()
        stmt = delete(external_ids) if dup else update(external_ids).values(entity_id=new)
        conn.execute(stmt.where(external_ids.c.id == row.id))


def merge_into(conn: Connection, loser: str, survivor: str) -> None:
    """Merge entity ``loser`` into ``survivor``: repoint everything, keep ``loser`` as a redirect."""
    repoint(conn, loser, survivor)
    conn.execute(update(entities).where(entities.c.redirect_to == loser).values(redirect_to=survivor))
    conn.execute(update(entities).where(entities.c.id == loser).values(redirect_to=survivor, mention_count=0))
    conn.execute(
        delete(review_queue).where(
            ((review_queue.c.a == loser) & (review_queue.c.b == survivor))
            | ((review_queue.c.b == loser) & (review_queue.c.a == survivor))
        )
    )
    conn.execute(update(review_queue).where(review_queue.c.a == loser).values(a=survivor))
    conn.execute(update(review_queue).where(review_queue.c.b == loser).values(b=survivor))
    conn.execute(delete(review_queue).where(review_queue.c.a == review_queue.c.b))
    recount(conn, [survivor])


def recount(conn: Connection, ids: Iterable[str]) -> None:
    """Refresh ``mention_count`` of entities."""
    for eid in ids:
        n = conn.execute(
            select(func.count()).select_from(mentions).where(mentions.c.entity_id == eid)
        ).scalar()
        conn.execute(update(entities).where(entities.c.id == eid).values(mention_count=int(n or 0)))


def follow(conn: Connection, entity_id: str) -> str | None:
    """The surviving id of ``entity_id`` (following redirects), or None when unknown."""
    seen: set[str] = set()
    current = entity_id
    while current not in seen:
        seen.add(current)
        row = conn.execute(select(entities.c.redirect_to).where(entities.c.id == current)).first()
        if row is None:
            return None
        if not row.redirect_to:
            return current
        current = row.redirect_to
    return current


def entity_row(conn: Connection, entity_id: str) -> Any:
    """One entity row (as stored, not followed), or None."""
    return conn.execute(select(entities).where(entities.c.id == entity_id)).first()


def mention_rows_by_keys(conn: Connection, keys: Iterable[str]) -> list[Any]:
    """Mentions of current documents by stable key."""
    q = (
        select(mentions.c.id, mentions.c.key, mentions.c.entity_id, mentions.c.text, mentions.c.type)
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(documents.c.current.is_(True))
    )
    return _in_chunks(conn, q, mentions.c.key, keys)


def mention_by_text(conn: Connection, doc_key: str, text: str, near: int) -> Any:
    """The mention with ``text`` in the current version of document ``doc_key`` nearest to offset ``near``."""
    rows = conn.execute(
        select(mentions.c.id, mentions.c.key, mentions.c.entity_id, mentions.c.text, mentions.c.type,
               mentions.c.start)
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(documents.c.current.is_(True), documents.c.key == doc_key, mentions.c.text == text)
    ).all()  # fmt: skip
    return min(rows, key=lambda r: abs(r.start - near)) if rows else None


def mention_refs(conn: Connection, entity_id: str, limit: int = 500) -> list[dict[str, Any]]:
    """Stable references (key, text, document key) to an entity's mentions, anchor first."""
    rows = conn.execute(
        select(mentions.c.key, mentions.c.text, documents.c.key.label("doc"))
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(mentions.c.entity_id == entity_id)
        .order_by(mentions.c.document_id, mentions.c.start)
        .limit(limit)
    ).all()
    return [{"key": r.key, "text": r.text, "doc": r.doc} for r in rows]


def move_mentions(conn: Connection, mention_ids: Sequence[int], entity_id: str) -> None:
    """Point the given mentions at ``entity_id`` and refresh the claims that use them."""
    for i in range(0, len(mention_ids), CHUNK):
        chunk = list(mention_ids[i : i + CHUNK])
        conn.execute(update(mentions).where(mentions.c.id.in_(chunk)).values(entity_id=entity_id))
        for col, ment in (
            ("subject_entity", claims.c.subject_mention),
            ("object_entity", claims.c.object_mention),
        ):
            conn.execute(update(claims).where(ment.in_(chunk)).values({col: entity_id}))


def entity_mentions(conn: Connection, entity_id: str) -> list[Any]:
    """The mentions (rows) of one entity, anchor first."""
    return list(
        conn.execute(
            select(mentions)
            .where(mentions.c.entity_id == entity_id)
            .order_by(mentions.c.document_id, mentions.c.start)
        ).all()
    )


def replace_names(conn: Connection, entity_id: str, kinds: Sequence[str], rows: list[dict[str, Any]]) -> None:
    """Replace an entity's names of ``kinds`` with ``rows``."""
    conn.execute(delete(names).where(names.c.entity_id == entity_id, names.c.kind.in_(list(kinds))))
    if rows:
        conn.execute(insert(names), rows)


def set_entity(conn: Connection, entity_id: str, **values: Any) -> None:
    """Update columns of one entity row."""
    conn.execute(update(entities).where(entities.c.id == entity_id).values(**values))


def add_external_id(conn: Connection, entity_id: str, scheme: str, value: str, decision_id: int) -> None:
    """Record an external identifier (once per entity, scheme and value)."""
    exists = conn.execute(
        select(external_ids.c.id).where(
            external_ids.c.entity_id == entity_id,
            external_ids.c.scheme == scheme,
            external_ids.c.value == value,
        )
    ).first()
    if exists is None:
        conn.execute(
            insert(external_ids).values(
                entity_id=entity_id, scheme=scheme, value=value, decision_id=decision_id
            )
        )


def set_claim_status(conn: Connection, claim_id: str, status: str) -> bool:
    """Set a claim's status; False when there is no such claim."""
    return conn.execute(update(claims).where(claims.c.id == claim_id).values(status=status)).rowcount > 0


def drop_queue_pair(conn: Connection, a: str, b: str) -> None:
    """Remove a pair from the review queue (after a human decided about it)."""
    conn.execute(
        delete(review_queue).where(
            ((review_queue.c.a == a) & (review_queue.c.b == b))
            | ((review_queue.c.a == b) & (review_queue.c.b == a))
        )
    )


def mention_counts(conn: Connection) -> Counter[str]:
    """Mentions per entity id."""
    rows = conn.execute(
        select(mentions.c.entity_id, func.count())
        .where(mentions.c.entity_id.is_not(None))
        .group_by(mentions.c.entity_id)
    )
    return Counter({r[0]: r[1] for r in rows})


def attrs_of(raw: str | None) -> dict[str, Any]:
    """A mention's attrs column as a dict."""
    return json.loads(raw) if raw else {}


def count_live(conn: Connection) -> int:
    """Entities not merged away."""
    return int(
        conn.execute(
            select(func.count()).select_from(entities).where(entities.c.redirect_to.is_(None))
        ).scalar()
        or 0
    )


def count_queue(conn: Connection) -> int:
    """Pairs waiting in the review queue."""
    return int(conn.execute(select(func.count()).select_from(review_queue)).scalar() or 0)


def decision_rows(conn: Connection) -> list[Any]:
    """The decision log, oldest first (id, action, payload as JSON text, status)."""
    from letopis.store.schema import decisions

    return list(
        conn.execute(
            select(decisions.c.id, decisions.c.action, decisions.c.payload, decisions.c.status).order_by(
                decisions.c.id
            )
        ).all()
    )


def preferred_source(conn: Connection, entity_id: str) -> str | None:
    """Where an entity's preferred name comes from (a mention key or ``decision:N``), None if none."""
    return conn.execute(
        select(names.c.source)
        .where(names.c.entity_id == entity_id, names.c.kind == "preferred")
        .order_by(names.c.id.desc())
    ).scalar()


def document_key(conn: Connection, doc_id: int) -> str:
    """The logical key (path as given) of a document."""
    return str(conn.execute(select(documents.c.key).where(documents.c.id == doc_id)).scalar() or "")
