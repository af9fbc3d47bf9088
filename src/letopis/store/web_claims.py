"""Claims as the web workbench lists them: filters, attribution chain, evidence, contested/corroborated.

``list_claims`` is the one claim read behind the entity, document, claims, timeline and
review pages: it filters by entity (following merges), hedge, document, status and date
range, and returns plain JSON-ready dicts with subject, object and place resolved to
entity names, the attribution chain, the first piece of evidence, and whether the same
triple is contested or corroborated elsewhere. ``claim_filters`` gives the same filters
as SQL conditions for callers (the graph) that aggregate claims themselves.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, or_, select

from letopis.model import HEDGES
from letopis.store import Store
from letopis.store.entities import follow
from letopis.store.schema import attributions, claims, documents, entities, evidence


def hedges_upto(min_hedge: str | None) -> tuple[str, ...]:
    """The hedges at least as sure as ``min_hedge`` (all when None or unknown)."""
    if not min_hedge or min_hedge not in HEDGES:
        return HEDGES
    return HEDGES[: HEDGES.index(min_hedge) + 1]


def claim_filters(
    entity: str | None, hedge: str | None, min_hedge: str | None, document: int | None,
    status: str | None, date_from: str | None, date_to: str | None,
) -> list[Any]:  # fmt: skip
    cond: list[Any] = []
    if entity:
        cond.append(or_(claims.c.subject_entity == entity, claims.c.object_entity == entity))
    if hedge:
        cond.append(claims.c.hedge == hedge)
    if min_hedge:
        cond.append(claims.c.hedge.in_(hedges_upto(min_hedge)))
    if document:
        cond.append(claims.c.document_id == document)
    if status:
        cond.append(claims.c.status == status)
    if date_from:
        cond.append(or_(claims.c.time_end.is_(None), claims.c.time_end >= date_from))
    if date_to:
        cond.append(or_(claims.c.time_start.is_(None), claims.c.time_start <= date_to + "\uffff"))
    return cond


def list_claims(
    store: Store,
    entity: str | None = None,
    hedge: str | None = None,
    min_hedge: str | None = None,
    document: int | None = None,
    status: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Claims with subject, object, time, hedge, attribution chain, evidence, contested/corroborated."""
    cond = claim_filters(entity, hedge, min_hedge, document, status, date_from, date_to)
    with store.engine.connect() as conn:
        if entity:
            entity = follow(conn, entity) or entity
            cond = claim_filters(entity, hedge, min_hedge, document, status, date_from, date_to)
        rows = conn.execute(
            select(claims, documents.c.title.label("doc_title"), documents.c.author.label("doc_author"))
            .join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.current.is_(True), *cond)
            .order_by(claims.c.time_start, claims.c.document_id, claims.c.id)
            .limit(limit)
        ).all()  # fmt: skip
        return _claim_dicts(conn, list(rows))


def _claim_dicts(conn: Connection, rows: list[Any]) -> list[dict[str, Any]]:
    if not rows:
        return []
    ids = [r.id for r in rows]
    ent_ids = {x for r in rows for x in (r.subject_entity, r.object_entity, r.place_entity) if x}
    ents = {e.id: e for e in conn.execute(select(entities).where(entities.c.id.in_(ent_ids)))} if ent_ids else {}
    attr: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in conn.execute(select(attributions).where(attributions.c.claim_id.in_(ids)).order_by(attributions.c.position)):
        attr[a.claim_id].append({"name": a.name, "role": a.role, "entity": a.entity_id})
    ev: dict[str, dict[str, Any]] = {}
    for e in conn.execute(select(evidence).where(evidence.c.claim_id.in_(ids)).order_by(evidence.c.id)):
        ev.setdefault(e.claim_id, {"document": e.document_id, "segment": e.segment, "start": e.start,
                                   "end": e.end, "quote": e.quote})  # fmt: skip
    marks = _marks(conn, rows)
    return [_claim_dict(r, ents, attr[r.id], ev.get(r.id), marks[r.id]) for r in rows]


def _ref(ents: dict[str, Any], entity_id: str | None, fallback: str | None = None) -> dict[str, Any] | None:
    if entity_id and entity_id in ents:
        e = ents[entity_id]
        return {"id": e.id, "name": e.name, "type": e.type}
    if entity_id or fallback:
        return {"id": entity_id, "name": fallback or entity_id, "type": None}
    return None


def _claim_dict(r: Any, ents: dict[str, Any], attr: list[Any], ev: dict[str, Any] | None,
                mark: tuple[bool, bool]) -> dict[str, Any]:  # fmt: skip
    time = None
    if r.time_start or r.time_end:
        time = {"start": r.time_start, "end": r.time_end, "precision": r.time_precision}
    return {
        "id": r.id, "document": {"id": r.document_id, "title": r.doc_title, "author": r.doc_author},
        "subject": _ref(ents, r.subject_entity), "predicate": r.predicate,
        "object": _ref(ents, r.object_entity, r.object_literal), "place": _ref(ents, r.place_entity),
        "time": time, "hedge": r.hedge, "polarity": bool(r.polarity), "former": bool(r.former),
        "attribution": attr, "evidence": ev, "status": r.status, "extractor": r.extractor,
        "contested": mark[0], "corroborated": mark[1],
    }  # fmt: skip


_NEGATIVE = ("denied", "refuted")


def _marks(conn: Connection, rows: list[Any]) -> dict[str, tuple[bool, bool]]:
    """(contested, corroborated) per claim: the same triple said otherwise / said in another document."""
    triples = {(r.subject_entity, r.predicate, r.object_entity or r.object_literal) for r in rows if r.subject_entity}
    if not triples:
        return defaultdict(lambda: (False, False))
    subjects = {t[0] for t in triples}
    seen: dict[tuple[Any, ...], list[tuple[int, bool]]] = defaultdict(list)
    for o in conn.execute(
        select(claims.c.subject_entity, claims.c.predicate, claims.c.object_entity, claims.c.object_literal,
               claims.c.document_id, claims.c.polarity, claims.c.hedge)
        .where(claims.c.subject_entity.in_(subjects), claims.c.status != "rejected")
    ):  # fmt: skip
        key = (o.subject_entity, o.predicate, o.object_entity or o.object_literal)
        if key in triples:
            seen[key].append((o.document_id, bool(o.polarity) and o.hedge not in _NEGATIVE))
    out: dict[str, tuple[bool, bool]] = {}
    for r in rows:
        group = seen.get((r.subject_entity, r.predicate, r.object_entity or r.object_literal), [])
        contested = len({pos for _, pos in group}) > 1
        corroborated = len({d for d, pos in group if pos}) > 1
        out[r.id] = (contested, corroborated)
    return defaultdict(lambda: (False, False), out)


__all__ = ["claim_filters", "hedges_upto", "list_claims"]
