"""JSON-LD export: documents, entities and claims as linked data, with the context embedded.

The context (``context.jsonld`` beside this module, documented in
``docs/exports.md``) maps entities to schema.org classes and each claim to a
reified ``rdf:Statement`` with its source document (``prov:wasDerivedFrom``),
hedge, polarity, time, place, attribution chain (``prov:wasAttributedTo``, an
ordered list) and evidence quotes. The context is embedded in the output, so no
processor ever has to fetch it.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.documents import list_documents

CONTEXT_FILE = Path(__file__).parent / "context.jsonld"
DEFAULT_BASE = "urn:letopis:"
CLASSES = {"person": "Person", "organisation": "Organisation", "enterprise": "Enterprise", "place": "Place",
           "publication": "Publication", "event": "Event"}
SAME_AS = {"wikidata": "http://www.wikidata.org/entity/", "viaf": "http://viaf.org/viaf/",
           "gnd": "https://d-nb.info/gnd/"}


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The letopis JSON-LD context (the value of ``@context``)."""
    data: dict[str, Any] = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
    return data


class Iris:
    """IRIs of documents, entities and claims under one base (``urn:letopis:`` by default)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base

    def entity(self, eid: str) -> str:
        return f"{self.base}entity:{eid}" if self.base.startswith("urn:") else f"{self.base}entity/{eid}"

    def document(self, did: int) -> str:
        return f"{self.base}document:{did}" if self.base.startswith("urn:") else f"{self.base}document/{did}"

    def claim(self, cid: str) -> str:
        return f"{self.base}claim:{cid}" if self.base.startswith("urn:") else f"{self.base}claim/{cid}"


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v not in (None, "", [], ())}


def document_node(d: dict[str, Any], iris: Iris) -> dict[str, Any]:
    """A document as a ``schema:CreativeWork``."""
    return _clean({"id": iris.document(d["id"]), "type": "Document", "title": d["title"], "author": d["author"],
                   "datePublished": d["date"], "inLanguage": d["language"], "genre": d["genre"],
                   "url": d["source_url"], "archiveRef": d["archive_ref"], "translationOf": d["translation_of"]})


def entity_node(e: q.ExportEntity, iris: Iris) -> Optional[dict[str, Any]]:
    """An entity with its names, external ids (as ``sameAs`` where an IRI is known) and date range."""
    if e.type not in CLASSES:
        return None
    alt = [n for n in dict.fromkeys(n.name for n in e.names) if n != e.name]
    same = [SAME_AS[s] + v for s, v in e.external_ids if s in SAME_AS]
    return _clean({"id": iris.entity(e.id), "type": CLASSES[e.type], "name": e.name, "alternateName": alt,
                   "sameAs": same, "identifier": [f"{s}:{v}" for s, v in e.external_ids],
                   "mentionCount": e.mention_count, "firstDate": e.first, "lastDate": e.last,
                   "reviewStatus": e.status})


def claim_node(c: q.ExportClaim, iris: Iris, known: set[str]) -> Optional[dict[str, Any]]:
    """A claim as a reified statement with source, hedge, attribution and evidence."""
    if c.subject_entity not in known:
        return None
    voices = [_clean({"type": "Voice", "name": v.name, "role": v.role,
                      "agent": iris.entity(v.entity_id) if v.entity_id in known else None})
              for v in c.attribution]
    evidence = [{"type": "Evidence", "quote": ev.quote, "start": ev.start, "end": ev.end,
                 "source": iris.document(ev.document_id)} for ev in c.evidence]
    return _clean({
        "id": iris.claim(c.id), "type": "Claim", "subject": iris.entity(c.subject_entity or ""),
        "predicate": c.predicate, "object": iris.entity(c.object_entity) if c.object_entity in known else None,
        "objectLiteral": c.object_literal, "startDate": c.time_start, "endDate": c.time_end,
        "place": iris.entity(c.place_entity) if c.place_entity in known else None, "hedge": c.hedge,
        "polarity": c.polarity, "former": c.former, "status": c.status, "extractor": c.extractor,
        "source": iris.document(c.document_id), "attribution": voices, "evidence": evidence,
    })


def jsonld_document(store: Store, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The whole knowledge base as one JSON-LD document (context embedded, one ``@graph``)."""
    iris = Iris(base)
    ents = [e for e in q.list_entities(store) if e.type in CLASSES]
    known = {e.id for e in ents}
    graph: list[dict[str, Any]] = [document_node(d, iris) for d in list_documents(store)]
    graph += [n for n in (entity_node(e, iris) for e in ents) if n]
    graph += [n for n in (claim_node(c, iris, known) for c in q.list_claims(store)) if n]
    return {"@context": context(), "@graph": graph}


def export_jsonld(store: Store, out: Union[str, Path], base: str = DEFAULT_BASE) -> dict[str, int]:
    """Write :func:`jsonld_document` to ``out``; returns counts of documents, entities and claims."""
    data = jsonld_document(store, base)
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    kinds: dict[str, int] = {"documents": 0, "entities": 0, "claims": 0}
    for node in data["@graph"]:
        key = {"Document": "documents", "Claim": "claims"}.get(node["type"], "entities")
        kinds[key] += 1
    return kinds
