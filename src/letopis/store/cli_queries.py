"""Entity reads the CLI prints: listings, a document's mentions, the merge queue, one entity in detail.

``letopis entities``, ``mentions``, ``review`` and ``show`` read through these. Each
returns plain dicts built from the resolution results in ``entities`` (entity rows,
names, mention links, external ids, the review queue), with redirects followed and
mentions shown keyword-in-context (``kwic``). Nothing here writes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from letopis.errors import NotFound
from letopis.store import Store
from letopis.store.entities import attrs_of, entity_mentions, entity_row, follow, load_texts
from letopis.store.schema import claims, entities, external_ids, mentions, names, review_queue


def kwic(text: str, start: int, end: int, width: int = 60) -> str:
    """A keyword-in-context line: the mention in [brackets] with ``width`` characters either side."""
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{'…' if start > width else ''}{left}[{text[start:end]}]{right}{'…' if end + width < len(text) else ''}"


def list_entity_summaries(store: Store, type_: str | None = None) -> list[dict[str, Any]]:
    """Live entities with every surface form, mention count and document ids, most mentioned first."""
    with store.engine.connect() as conn:
        q = select(entities).where(entities.c.redirect_to.is_(None))
        if type_:
            q = q.where(entities.c.type == type_)
        rows = conn.execute(q.order_by(entities.c.mention_count.desc(), entities.c.name, entities.c.id)).all()
        variants: dict[str, list[str]] = {}
        docs: dict[str, set[int]] = {}
        mq = select(mentions.c.entity_id, mentions.c.text, mentions.c.document_id).where(
            mentions.c.entity_id.is_not(None)
        )
        for m in conn.execute(mq.order_by(mentions.c.document_id, mentions.c.start)):
            v = variants.setdefault(m.entity_id, [])
            if m.text not in v:
                v.append(m.text)
            docs.setdefault(m.entity_id, set()).add(m.document_id)
    return [
        {"id": r.id, "type": r.type, "name": r.name, "status": r.status, "variants": variants.get(r.id, []),
         "mentions": r.mention_count, "documents": sorted(docs.get(r.id, ()))}
        for r in rows
    ]  # fmt: skip


def document_mention_list(store: Store, doc_id: int) -> list[dict[str, Any]]:
    """Every mention of a document in text order, with parts, date and entity."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(mentions)
            .where(mentions.c.document_id == doc_id)
            .order_by(mentions.c.start, mentions.c.end)
        ).all()
    out = []
    for m in rows:
        parts = {
            k: getattr(m, k)
            for k in ("given", "patronymic", "surname", "initials", "gender")
            if getattr(m, k)
        }
        date = (
            {"start": m.date_start, "end": m.date_end, "precision": m.date_precision, "iso": m.date_iso}
            if m.date_iso
            else None
        )
        out.append({"id": m.id, "key": m.key, "start": m.start, "end": m.end, "text": m.text, "type": m.type,
                    "norm": m.norm, "entity": m.entity_id, "parts": parts or None, "date": date,
                    "attrs": attrs_of(m.attrs)})  # fmt: skip
    return out


def _entity_brief(conn: Connection, eid: str, width: int, n_context: int = 2) -> dict[str, Any]:
    row = entity_row(conn, eid)
    if row is None:
        return {"id": eid, "name": eid, "names": [], "context": []}
    nm = list(dict.fromkeys(conn.execute(select(names.c.name).where(names.c.entity_id == eid, names.c.kind != "translit")
                                         .order_by(names.c.id)).scalars()))  # fmt: skip
    ms = conn.execute(
        select(mentions.c.document_id, mentions.c.start, mentions.c.end)
        .where(mentions.c.entity_id == eid)
        .order_by(mentions.c.document_id, mentions.c.start)
        .limit(n_context)
    ).all()
    texts = load_texts(conn, {m.document_id for m in ms})
    ctx = [{"document": m.document_id, "text": kwic(texts[m.document_id], m.start, m.end, width)} for m in ms]
    return {
        "id": eid,
        "type": row.type,
        "name": row.name,
        "mentions": row.mention_count,
        "names": nm,
        "context": ctx,
    }


def review_queue_items(store: Store, width: int = 50, limit: int | None = None) -> list[dict[str, Any]]:
    """The merge queue, surest first, with both entities side by side (names and snippets)."""
    with store.engine.connect() as conn:
        q = select(review_queue).order_by(review_queue.c.score.desc(), review_queue.c.id)
        rows = conn.execute(q.limit(limit) if limit else q).all()
        return [{"id": r.id, "kind": r.kind, "score": r.score, "reason": r.reason,
                 "a": _entity_brief(conn, r.a, width), "b": _entity_brief(conn, r.b, width)} for r in rows]  # fmt: skip


def entity_detail(store: Store, entity: str, width: int = 60, limit: int = 50) -> dict[str, Any]:
    """One entity (redirects followed): names by script/scheme, mentions in context, claims, external ids."""
    with store.engine.connect() as conn:
        eid = follow(conn, entity)
        if eid is None:
            raise NotFound(f"{entity}: no such entity (see `letopis entities`)")
        row = entity_row(conn, eid)
        groups: dict[str, list[dict[str, Any]]] = {}
        for n in conn.execute(select(names).where(names.c.entity_id == eid).order_by(names.c.id)):
            label = n.scheme if n.kind == "translit" else n.script or "zyyy"
            entry = {"name": n.name, "kind": n.kind, "source": n.source}
            if entry not in groups.setdefault(label, []):
                groups[label].append(entry)
        ms = entity_mentions(conn, eid)
        texts = load_texts(conn, {m.document_id for m in ms[:limit]})
        ctx = [{"id": m.id, "key": m.key, "document": m.document_id, "text": m.text,
                "context": kwic(texts[m.document_id], m.start, m.end, width)} for m in ms[:limit]]  # fmt: skip
        cl = conn.execute(
            select(claims)
            .where((claims.c.subject_entity == eid) | (claims.c.object_entity == eid))
            .order_by(claims.c.id)
        ).all()
        ext = conn.execute(select(external_ids).where(external_ids.c.entity_id == eid)).all()
    return {
        "id": eid, "requested": entity, "redirected": eid != entity, "type": row.type, "name": row.name,
        "status": row.status, "mention_count": len(ms), "names": groups, "mentions": ctx,
        "claims": [{"id": c.id, "document": c.document_id, "subject": c.subject_entity, "predicate": c.predicate,
                    "object": c.object_entity, "literal": c.object_literal, "hedge": c.hedge, "status": c.status}
                   for c in cl],
        "external_ids": [{"scheme": e.scheme, "value": e.value, "decision": e.decision_id} for e in ext],
    }  # fmt: skip


__all__ = [
    "document_mention_list",
    "entity_detail",
    "kwic",
    "list_entity_summaries",
    "review_queue_items",
]
