"""One context dict per page: the JSON API returns it, the HTML page renders it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from letopis.model import ENTITY_TYPES, HEDGES
from letopis.store import Store
from letopis.store import search as search_store
from letopis.store import web_queries as q
from letopis.store.documents import get_document, list_documents
from letopis.store.web_claims import list_claims
from letopis.web.reader import layout


@dataclass(frozen=True)
class Filters:
    """Filters shared by the corpus, network and timeline pages (all optional)."""

    language: str | None = None
    genre: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_hedge: str | None = None
    document: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


def _in_range(date: str | None, f: Filters) -> bool:
    if f.date_from and (not date or date[: len(f.date_from)] < f.date_from):
        return False
    return not (f.date_to and (not date or date[: len(f.date_to)] > f.date_to))


def corpus_view(store: Store, f: Filters) -> dict[str, Any]:
    """Documents with metadata and counts, filtered by language, genre and date."""
    counts = q.corpus_counts(store)
    per_doc = counts.pop("mentions_per_document")
    docs = []
    for d in list_documents(store):
        if f.language and d["language"] != f.language or f.genre and d["genre"] != f.genre:
            continue
        if _in_range(d["date"], f):
            docs.append({**d, "mentions": per_doc.get(d["id"], 0)})
    recent = sorted(docs, key=lambda d: d["ingested_at"] or "", reverse=True)[:5]
    return {"documents": docs, "counts": counts, "facets": q.facets(store), "filters": f.as_dict(),
            "recent": [{"id": d["id"], "title": d["title"], "ingested_at": d["ingested_at"]} for d in recent]}  # fmt: skip


def document_view(store: Store, doc_id: int) -> dict[str, Any]:
    """One document in reading order with mentions, footnote links, claims and metadata."""
    doc = get_document(store, doc_id)
    mentions = q.document_mentions(store, doc_id)
    segments = layout(doc, mentions)
    meta = {k: v for k, v in doc.items() if k not in ("text", "segment_list", "footnote_list")}
    by_type: dict[str, int] = {}
    for m in mentions:
        by_type[m["type"]] = by_type.get(m["type"], 0) + 1
    return {"document": meta, "segments": segments, "footnotes": doc["footnote_list"], "mentions": mentions,
            "mention_types": by_type, "claims": q.document_claims(store, doc_id)}  # fmt: skip


def entity_view(store: Store, entity_id: str) -> dict[str, Any]:
    """An entity with names grouped by script and scheme, mentions in context, claims, neighbours."""
    return {"entity": q.get_entity(store, entity_id)}


def entity_json(store: Store, entity_id: str) -> dict[str, Any]:
    """The entity as the API gives it (the page's context without the wrapper)."""
    return q.get_entity(store, entity_id)


def claims_view(
    store: Store, entity: str | None, hedge: str | None, status: str | None, f: Filters, limit: int
) -> dict[str, Any]:
    """Claims by entity, hedge, status and the shared filters."""
    rows = list_claims(store, entity=entity, hedge=hedge, min_hedge=f.min_hedge, document=f.document,
                         status=status, date_from=f.date_from, date_to=f.date_to, limit=limit)  # fmt: skip
    return {"claims": rows}


def entity_card(store: Store, entity_id: str) -> dict[str, Any]:
    """A short card for the reader: the entity, its names and its first claims."""
    e = q.get_entity(store, entity_id, kwic=0)
    names = sorted({n["name"] for g in e["names"] for n in g["names"]})
    return {"id": e["id"], "type": e["type"], "name": e["name"], "status": e["status"],
            "mentions": e["mentions"], "names": names[:12], "claims": e["claims"][:8],
            "claim_count": len(e["claims"]), "external_ids": e["external_ids"]}  # fmt: skip


def entities_view(store: Store, type: str | None, text: str | None, limit: int, offset: int) -> dict[str, Any]:
    """Entities by type and name (search-aware when ``text`` is given)."""
    if text:
        hits = [e for e in search_store.search_entities(store, text, limit=limit) if not type or e["type"] == type]
        return {"total": len(hits), "entities": hits}
    return q.list_entities(store, type=type, limit=limit, offset=offset)


def graph_view(store: Store, f: Filters) -> dict[str, Any]:
    """The claim network (nodes and edges) under the filters."""
    return q.graph(store, min_hedge=f.min_hedge, document=f.document, date_from=f.date_from, date_to=f.date_to)


def network_view(store: Store, f: Filters) -> dict[str, Any]:
    """The network page: filters, document choices, whether GEXF export is available."""
    docs = [{"id": d["id"], "title": d["title"]} for d in list_documents(store)]
    return {"filters": f.as_dict(), "documents": docs, "hedges": HEDGES, "gexf": gexf_available()}


def gexf_available() -> bool:
    """True when the GEXF exporter is installed."""
    try:
        from letopis.export import gexf  # noqa: F401
    except ImportError:
        return False
    return True


def timeline_view(store: Store, f: Filters) -> dict[str, Any]:
    """Dated claims and date mentions with precision, and the axis they span."""
    data = q.timeline(store, min_hedge=f.min_hedge, document=f.document, date_from=f.date_from, date_to=f.date_to)
    from letopis.web.axis import place_items

    docs = [{"id": d["id"], "title": d["title"]} for d in list_documents(store)]
    return {"filters": f.as_dict(), "hedges": HEDGES, "documents": docs, **data,
            "axis": place_items(data["claims"], data["dates"])}  # fmt: skip


def search_view(store: Store, text: str) -> dict[str, Any]:
    """Entities then documents matching ``text`` (script- and morphology-aware)."""
    if not text.strip():
        return {"q": text, "entities": [], "documents": []}
    return search_store.search(store, text)


def review_view(store: Store) -> dict[str, Any]:
    """Suggested merges and machine claims awaiting a decision."""
    return q.review_items(store)


ENTITY_TYPE_CHOICES = ENTITY_TYPES
