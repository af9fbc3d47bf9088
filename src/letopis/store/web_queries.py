"""Reads the web workbench pages need: corpus, documents, entities, graph, timeline, review queue.

Every function returns plain JSON-ready dicts: the corpus counts and facets, a
document's mentions and claims, entity listings and the entity page (names by
script/scheme, mentions in context, co-occurring entities), the claim graph and
timeline, the review queue, and the cheap ``data_version`` fingerprint the caches
key on. Merged entities keep their id with ``redirect_to`` set; ``resolve_entity_id``
follows the chain to the survivor. Claim listing itself lives in ``web_claims``.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, case, func, select

from letopis.errors import NotFound
from letopis.model import HEDGES
from letopis.store import Store
from letopis.store.schema import (
    claims,
    decisions,
    documents,
    entities,
    external_ids,
    mentions,
    names,
    review_queue,
)
from letopis.store.web_claims import claim_filters, list_claims

GRAPH_TYPES = ("person", "organisation", "enterprise")
KWIC_WIDTH = 70


def resolve_entity_id(conn: Connection, entity_id: str) -> str | None:
    """The surviving id of ``entity_id`` after merges, or None when there is no such entity."""
    from letopis.store.entities import follow

    return follow(conn, entity_id)


def _entity_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "type": r.type, "name": r.name, "status": r.status, "mentions": r.mention_count}


def entity_rows(store: Store, ids: Iterable[str], limit: int = 50) -> list[dict[str, Any]]:
    """Entities by id, merged ids replaced by their survivors, most mentioned first."""
    ids = list(ids)
    with store.engine.connect() as conn:
        out: dict[str, Any] = {}
        for chunk in range(0, len(ids), 500):
            for row in conn.execute(select(entities).where(entities.c.id.in_(ids[chunk : chunk + 500]))):
                r: Any = row
                if r.redirect_to:
                    survivor = resolve_entity_id(conn, r.id)
                    r = conn.execute(select(entities).where(entities.c.id == survivor)).first() if survivor else None
                if r is not None:
                    out[r.id] = r
    rows = sorted(out.values(), key=lambda r: (-r.mention_count, r.name))[:limit]
    return [_entity_dict(r) for r in rows]


def list_entities(
    store: Store, type: str | None = None, q: str | None = None, limit: int = 100, offset: int = 0
) -> dict[str, Any]:
    """Entities (not merged away) by type and name substring, most mentioned first, with a total."""
    cond: list[Any] = [entities.c.redirect_to.is_(None)]
    if type:
        cond.append(entities.c.type == type)
    if q:
        cond.append(func.lower(entities.c.name).like(f"%{q.lower()}%"))
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(entities).where(*cond)).scalar()
        rows = conn.execute(
            select(entities).where(*cond).order_by(entities.c.mention_count.desc(), entities.c.name)
            .limit(limit).offset(offset)
        ).all()  # fmt: skip
    return {"total": total, "entities": [_entity_dict(r) for r in rows]}


def get_entity(store: Store, entity_id: str, kwic: int = 60) -> dict[str, Any]:
    """One entity: names by script/scheme, mentions in context, claims, co-occurring, external ids."""
    with store.engine.connect() as conn:
        survivor = resolve_entity_id(conn, entity_id)
        if survivor is None:
            raise NotFound(f"entity {entity_id}: no such entity")
        row = conn.execute(select(entities).where(entities.c.id == survivor)).one()
        out = _entity_dict(row)
        out["requested"] = entity_id
        out["key"] = row.key
        out["names"] = _names(conn, survivor)
        out["mention_list"] = _kwic(conn, survivor, kwic)
        out["external_ids"] = [
            {"scheme": x.scheme, "value": x.value}
            for x in conn.execute(select(external_ids).where(external_ids.c.entity_id == survivor))
        ]
        out["cooccurring"] = _cooccurring(conn, survivor)
    out["claims"] = list_claims(store, entity=survivor)
    return out


def _names(conn: Connection, entity_id: str) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for n in conn.execute(select(names).where(names.c.entity_id == entity_id).order_by(names.c.id)):
        script = n.script or _script(n.name)
        key = (script, n.scheme or "")
        g = groups.setdefault(key, {"script": script, "scheme": n.scheme, "names": []})
        if not any(x["name"] == n.name and x["kind"] == n.kind for x in g["names"]):
            g["names"].append({"name": n.name, "kind": n.kind, "source": n.source})
    return sorted(groups.values(), key=lambda g: (g["script"], g["scheme"] or ""))


def _script(text: str) -> str:
    return "cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "latn"


def _kwic(conn: Connection, entity_id: str, limit: int) -> list[dict[str, Any]]:
    first = case((mentions.c.start > KWIC_WIDTH, mentions.c.start - KWIC_WIDTH + 1), else_=1)
    window = func.substr(documents.c.text, first, mentions.c.end - first + 1 + KWIC_WIDTH)
    rows = conn.execute(
        select(mentions.c.id, mentions.c.document_id, mentions.c.start, mentions.c.end, mentions.c.text,
               mentions.c.type, mentions.c.extractor, documents.c.title, documents.c.date,
               window.label("window"))
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(mentions.c.entity_id == entity_id, documents.c.current.is_(True))
        .order_by(documents.c.date, mentions.c.document_id, mentions.c.start)
        .limit(limit)
    ).all()  # fmt: skip
    out = []
    for r in rows:
        lead = min(KWIC_WIDTH, r.start)
        text = r.window or ""
        left, mid, right = text[:lead], text[lead : lead + r.end - r.start], text[lead + r.end - r.start :]
        out.append(
            {"id": r.id, "document": r.document_id, "title": r.title, "date": r.date, "start": r.start,
             "end": r.end, "text": r.text, "type": r.type, "extractor": r.extractor,
             "left": " ".join(left.split()), "match": mid, "right": " ".join(right.split())}
        )  # fmt: skip
    return out


def _cooccurring(conn: Connection, entity_id: str, limit: int = 15) -> list[dict[str, Any]]:
    places = conn.execute(
        select(mentions.c.document_id, mentions.c.segment).where(mentions.c.entity_id == entity_id).limit(400)
    ).all()
    if not places:
        return []
    counts: Counter[str] = Counter()
    by_doc: dict[int, set[int]] = defaultdict(set)
    for p in places:
        by_doc[p.document_id].add(p.segment)
    for doc_id, segs in list(by_doc.items())[:100]:
        for other in conn.execute(
            select(mentions.c.entity_id).where(
                mentions.c.document_id == doc_id, mentions.c.segment.in_(segs),
                mentions.c.entity_id.is_not(None), mentions.c.entity_id != entity_id,
            )
        ).scalars():  # fmt: skip
            counts[other] += 1
    top = counts.most_common(limit * 2)
    rows = {r.id: r for r in conn.execute(select(entities).where(entities.c.id.in_([i for i, _ in top])))}
    out = []
    for i, n in top:
        r = rows.get(i)
        if r is not None and r.type != "date" and not r.redirect_to:
            out.append({**_entity_dict(r), "together": n})
    return out[:limit]


def document_mentions(store: Store, doc_id: int) -> list[dict[str, Any]]:
    """Mentions of one document in text order, with their entity's name, type and status."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(mentions, entities.c.name.label("entity_name"), entities.c.status.label("entity_status"),
                   entities.c.redirect_to)
            .outerjoin(entities, entities.c.id == mentions.c.entity_id)
            .where(mentions.c.document_id == doc_id)
            .order_by(mentions.c.start, mentions.c.end.desc())
        ).all()  # fmt: skip
    return [
        {"id": r.id, "key": r.key, "segment": r.segment, "start": r.start, "end": r.end, "text": r.text,
         "type": r.type, "norm": r.norm, "extractor": r.extractor,
         "entity": r.redirect_to or r.entity_id, "entity_name": r.entity_name,
         "confirmed": r.entity_status == "confirmed" or r.extractor in ("human", "decision"),
         "attrs": json.loads(r.attrs) if r.attrs else {}}
        for r in rows
    ]  # fmt: skip


def document_claims(store: Store, doc_id: int) -> list[dict[str, Any]]:
    """Claims whose evidence is in one document."""
    return list_claims(store, document=doc_id)


def corpus_counts(store: Store) -> dict[str, Any]:
    """Counts for the corpus page: documents, words, entities by type, mentions, claims by status."""
    with store.engine.connect() as conn:
        ndocs, nwords = conn.execute(
            select(func.count(), func.coalesce(func.sum(documents.c.words), 0)).where(documents.c.current.is_(True))
        ).one()
        by_type: dict[str, int] = dict(conn.execute(
            select(entities.c.type, func.count()).where(entities.c.redirect_to.is_(None)).group_by(entities.c.type)
        ).all())  # fmt: skip
        nmentions = conn.execute(select(func.count()).select_from(mentions)).scalar()
        by_status: dict[str, int] = dict(conn.execute(select(claims.c.status, func.count()).group_by(claims.c.status)).all())
        per_doc: dict[int, int] = dict(conn.execute(select(mentions.c.document_id, func.count()).group_by(mentions.c.document_id)).all())
        queue = conn.execute(select(func.count()).select_from(review_queue)).scalar()
    return {"documents": ndocs, "words": int(nwords), "entities": by_type, "mentions": nmentions,
            "claims": by_status, "mentions_per_document": per_doc, "queue": queue}  # fmt: skip


def graph(
    store: Store, min_hedge: str | None = None, document: int | None = None,
    date_from: str | None = None, date_to: str | None = None, limit: int = 500,
) -> dict[str, Any]:  # fmt: skip
    """Persons, organisations and enterprises linked by claims; the ``limit`` best-connected nodes."""
    cond = claim_filters(None, None, min_hedge, document, None, date_from, date_to) + [
        claims.c.status != "rejected", claims.c.object_entity.is_not(None), claims.c.subject_entity.is_not(None)]
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(claims.c.subject_entity, claims.c.object_entity, claims.c.predicate, claims.c.hedge,
                   claims.c.status).where(*cond)
        ).all()  # fmt: skip
        degree: Counter[str] = Counter(r[0] for r in rows)
        degree.update(r[1] for r in rows)
        ents: dict[str, Any] = {}
        ranked = [i for i, _ in degree.most_common()]
        for i in range(0, len(ranked), limit * 2):
            for e in _in_chunks(conn, entities, entities.c.id, ranked[i : i + limit * 2]):
                if e.type in GRAPH_TYPES and not e.redirect_to:
                    ents[e.id] = e
            if len(ents) >= limit:
                break
    keep = set(sorted(ents, key=lambda i: (-degree[i], i))[:limit])
    rows = [r for r in rows if r[0] in keep and r[1] in keep]
    linked = {x for r in rows for x in r[:2]}
    nodes = [{**_entity_dict(ents[i]), "degree": degree[i]} for i in sorted(keep, key=lambda i: (-degree[i], i))
             if i in linked]  # fmt: skip
    return {"nodes": nodes, "edges": _merge_edges(rows)}


def _merge_edges(rows: list[Any]) -> list[dict[str, Any]]:
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}
    for subj, obj, pred, hedge, status in rows:
        e = edges.get((subj, obj, pred))
        if e is None:
            e = edges[(subj, obj, pred)] = {"source": subj, "target": obj, "predicate": pred, "weight": 0,
                                            "hedges": set(), "confirmed": False}  # fmt: skip
        e["weight"] += 1
        e["hedges"].add(hedge)
        e["confirmed"] = e["confirmed"] or status in ("accepted", "edited")
    for e in edges.values():
        e["hedges"] = sorted(e["hedges"], key=lambda h: HEDGES.index(h) if h in HEDGES else 99)
    return list(edges.values())


def _in_chunks(conn: Connection, table: Any, col: Any, values: Iterable[Any]) -> list[Any]:
    values = list(values)
    out: list[Any] = []
    for i in range(0, len(values), 500):
        out += conn.execute(select(table).where(col.in_(values[i : i + 500]))).all()
    return out


def timeline(
    store: Store, min_hedge: str | None = None, document: int | None = None,
    date_from: str | None = None, date_to: str | None = None, limit: int = 400,
) -> dict[str, Any]:  # fmt: skip
    """Dated claims and date mentions, earliest first, each with its precision."""
    cl = [c for c in list_claims(store, min_hedge=min_hedge, document=document, date_from=date_from,
                                 date_to=date_to, limit=limit) if c["time"] and c["time"]["start"]]  # fmt: skip
    cond: list[Any] = [mentions.c.date_start.is_not(None), documents.c.current.is_(True)]
    if document:
        cond.append(mentions.c.document_id == document)
    if date_from:
        cond.append(mentions.c.date_end >= date_from)
    if date_to:
        cond.append(mentions.c.date_start <= date_to + "\uffff")
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(mentions.c.id, mentions.c.document_id, mentions.c.text, mentions.c.date_start,
                   mentions.c.date_end, mentions.c.date_precision, mentions.c.date_iso, documents.c.title)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(*cond).order_by(mentions.c.date_start).limit(limit)
        ).all()  # fmt: skip
    dates = [
        {"id": r.id, "document": r.document_id, "title": r.title, "text": r.text, "start": r.date_start,
         "end": r.date_end or r.date_start, "precision": r.date_precision, "iso": r.date_iso}
        for r in rows
    ]  # fmt: skip
    return {"claims": cl, "dates": dates}


def review_items(store: Store, limit: int = 100) -> dict[str, Any]:
    """The merge queue (both entities with a few names each) and machine claims awaiting review."""
    with store.engine.connect() as conn:
        queue = conn.execute(select(review_queue).order_by(review_queue.c.score.desc()).limit(limit)).all()
        ids = {x for q in queue for x in (q.a, q.b)}
        ents = {e.id: e for e in _in_chunks(conn, entities, entities.c.id, ids)}
        some_names: dict[str, list[str]] = defaultdict(list)
        for n in _in_chunks(conn, names, names.c.entity_id, ids):
            if n.name not in some_names[n.entity_id] and len(some_names[n.entity_id]) < 6:
                some_names[n.entity_id].append(n.name)
        total_machine = conn.execute(
            select(func.count()).select_from(claims).where(claims.c.status == "machine")
        ).scalar()
    merges = []
    for q in queue:
        a, b = ents.get(q.a), ents.get(q.b)
        merges.append({
            "id": q.id, "kind": q.kind, "score": q.score, "reason": q.reason,
            "a": {**(_entity_dict(a) if a else {"id": q.a, "name": q.a}), "names": some_names.get(q.a, [])},
            "b": {**(_entity_dict(b) if b else {"id": q.b, "name": q.b}), "names": some_names.get(q.b, [])},
        })  # fmt: skip
    machine = list_claims(store, status="machine", limit=limit)
    return {"merges": merges, "claims": machine, "machine_claims": total_machine}


def data_version(store: Store) -> tuple[Any, ...]:
    """A cheap fingerprint that changes whenever ingest, resolution or review changes the knowledge base."""
    parts = [
        select(func.max(mentions.c.id)).scalar_subquery(),
        select(func.max(decisions.c.id)).scalar_subquery(),  # every review decision (merge, accept...)
        select(func.max(names.c.id)).scalar_subquery(),  # every resolution run rewrites the names
        select(func.max(review_queue.c.id)).scalar_subquery(),
        select(func.count()).select_from(review_queue).scalar_subquery(),
    ]
    with store.engine.connect() as conn:
        counts = conn.execute(select(func.count(), func.max(documents.c.id))).one()
        row = conn.execute(select(*parts)).one()
    return (store.url, *counts, *row)


def queue_pair(store: Store, queue_id: int) -> tuple[str, str]:
    """The two entity ids of review-queue entry ``queue_id``. Raises NotFound."""
    with store.engine.connect() as conn:
        row = conn.execute(select(review_queue.c.a, review_queue.c.b).where(review_queue.c.id == queue_id)).first()
    if row is None:
        raise NotFound(f"merge suggestion {queue_id}: no such entry in the review queue (decided already?)")
    return row.a, row.b


def facets(store: Store) -> dict[str, list[str]]:
    """Languages and genres present in the corpus (for the filters)."""
    with store.engine.connect() as conn:
        langs = conn.execute(select(documents.c.language).where(documents.c.current.is_(True)).distinct()).scalars()
        genres = conn.execute(select(documents.c.genre).where(documents.c.current.is_(True)).distinct()).scalars()
        return {"languages": sorted(x for x in langs if x), "genres": sorted(x for x in genres if x)}


__all__ = [
    "corpus_counts",
    "data_version",
    "document_claims",
    "document_mentions",
    "entity_rows",
    "facets",
    "get_entity",
    "graph",
    "list_entities",
    "queue_pair",
    "resolve_entity_id",
    "review_items",
    "timeline",
]
