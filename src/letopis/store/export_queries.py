"""Read-only queries for the exporters and the reconciliation service.

Everything here follows merge redirects, so that an exporter never sees an
entity that was merged away: a mention or claim that still points at an old id
is reported under the id it now resolves to.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from sqlalchemy import Connection, select

from letopis.store import Store
from letopis.store.schema import (
    attributions,
    claims,
    documents,
    entities,
    evidence,
    external_ids,
    mentions,
    names,
    references,
)


@dataclass(frozen=True)
class ExportName:
    """One name of an entity (surface, lemma, translit, alias, former, pseudonym, preferred)."""

    entity_id: str
    name: str
    kind: str
    scheme: Optional[str] = None
    script: Optional[str] = None
    source: Optional[str] = None


@dataclass(frozen=True)
class ExportEntity:
    """A current (not merged-away) entity with its names, external ids and date range."""

    id: str
    type: str
    name: str
    status: str
    mention_count: int
    names: tuple[ExportName, ...] = ()
    external_ids: tuple[tuple[str, str], ...] = ()  # (scheme, value)
    first: Optional[str] = None  # earliest known date of a claim about it
    last: Optional[str] = None


@dataclass(frozen=True)
class ExportMention:
    """A mention row, its entity id following redirects."""

    id: int
    document_id: int
    key: str
    segment: int
    start: int
    end: int
    text: str
    type: str
    norm: str
    entity_id: Optional[str]
    date_start: Optional[str] = None
    date_end: Optional[str] = None
    date_precision: Optional[str] = None
    date_iso: Optional[str] = None
    attrs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ExportVoice:
    """One link of a claim's attribution chain (0 = the document's author)."""

    position: int
    name: str
    role: str
    entity_id: Optional[str] = None


@dataclass(frozen=True)
class ExportEvidence:
    """An evidence span of a claim."""

    document_id: int
    segment: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class ExportClaim:
    """A claim with its attribution chain and evidence, entity ids following redirects."""

    id: str
    document_id: int
    subject_entity: Optional[str]
    predicate: str
    object_entity: Optional[str]
    object_literal: Optional[str]
    time_start: Optional[str]
    time_end: Optional[str]
    time_precision: Optional[str]
    place_entity: Optional[str]
    hedge: str
    polarity: bool
    former: bool
    extractor: str
    status: str
    subject_mention: Optional[int] = None
    object_mention: Optional[int] = None
    attribution: tuple[ExportVoice, ...] = ()
    evidence: tuple[ExportEvidence, ...] = ()


def _redirects(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(entities.c.id, entities.c.redirect_to).where(entities.c.redirect_to.isnot(None)))
    return {r.id: r.redirect_to for r in rows}


def _follow(entity_id: Optional[str], redirects: dict[str, str]) -> Optional[str]:
    seen: set[str] = set()
    while entity_id is not None and entity_id in redirects and entity_id not in seen:
        seen.add(entity_id)
        entity_id = redirects[entity_id]
    return entity_id


def current_entity_id(store: Store, entity_id: str) -> Optional[str]:
    """The id ``entity_id`` resolves to now (following merges), or None if unknown."""
    with store.engine.connect() as conn:
        target = _follow(entity_id, _redirects(conn))
        hit = conn.execute(select(entities.c.id).where(entities.c.id == target)).scalar()
    return hit


def list_names(store: Store) -> list[ExportName]:
    """Every name row, attached to the entity it resolves to now, in id order."""
    with store.engine.connect() as conn:
        red = _redirects(conn)
        rows = conn.execute(select(names).order_by(names.c.id)).all()
    return [
        ExportName(_follow(r.entity_id, red) or r.entity_id, r.name, r.kind, r.scheme, r.script, r.source)
        for r in rows
    ]


def _date_key(value: str, end: bool) -> str:
    """A sortable form of a partial ISO date: 1922 sorts as 1922-01-01, or as 1922-12-31 for an end."""
    pad = "-12-31" if end else "-01-01"
    return value + pad[len(value) - 4 :] if len(value) in (4, 7) else value


def _claim_dates(conn: Connection, red: dict[str, str]) -> dict[str, tuple[str, str]]:
    starts: dict[str, list[str]] = defaultdict(list)
    ends: dict[str, list[str]] = defaultdict(list)
    q = select(claims.c.subject_entity, claims.c.object_entity, claims.c.time_start, claims.c.time_end).where(
        claims.c.status != "rejected"
    )
    for r in conn.execute(q):
        start, end = r.time_start or r.time_end, r.time_end or r.time_start
        if not start:
            continue
        for ent in {_follow(r.subject_entity, red), _follow(r.object_entity, red)}:
            if ent is not None:
                starts[ent].append(start)
                ends[ent].append(end)
    return {
        k: (min(v, key=lambda d: _date_key(d, False)), max(ends[k], key=lambda d: _date_key(d, True)))
        for k, v in starts.items()
    }


def list_entities(store: Store, types: Optional[Iterable[str]] = None) -> list[ExportEntity]:
    """Current entities (no merged-away ids) with names, external ids and first/last claim dates."""
    with store.engine.connect() as conn:
        red = _redirects(conn)
        q = select(entities).where(entities.c.redirect_to.is_(None)).order_by(entities.c.id)
        if types is not None:
            q = q.where(entities.c.type.in_(list(types)))
        rows = conn.execute(q).all()
        ext: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in conn.execute(select(external_ids).order_by(external_ids.c.id)):
            ext[_follow(r.entity_id, red) or r.entity_id].append((r.scheme, r.value))
        dates = _claim_dates(conn, red)
    by_entity: dict[str, list[ExportName]] = defaultdict(list)
    for n in list_names(store):
        by_entity[n.entity_id].append(n)
    return [
        ExportEntity(
            r.id, r.type, r.name, r.status, r.mention_count or 0, tuple(by_entity.get(r.id, ())),
            tuple(ext.get(r.id, ())), *dates.get(r.id, (None, None)),
        )
        for r in rows
    ]


def _attrs(raw: Optional[str]) -> tuple[tuple[str, str], ...]:
    if not raw:
        return ()
    try:
        data = json.loads(raw)
    except ValueError:
        return ()
    return tuple((str(k), str(v)) for k, v in data.items()) if isinstance(data, dict) else ()


def list_mentions(store: Store, document_id: Optional[int] = None) -> list[ExportMention]:
    """Mentions of current documents (or of one document) in document and offset order."""
    with store.engine.connect() as conn:
        red = _redirects(conn)
        q = (
            select(mentions)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(documents.c.current.is_(True))
            .order_by(mentions.c.document_id, mentions.c.start, mentions.c.id)
        )
        if document_id is not None:
            q = q.where(mentions.c.document_id == document_id)
        rows = conn.execute(q).all()
    return [
        ExportMention(
            r.id, r.document_id, r.key, r.segment, r.start, r.end, r.text, r.type, r.norm,
            _follow(r.entity_id, red), r.date_start, r.date_end, r.date_precision, r.date_iso, _attrs(r.attrs),
        )
        for r in rows
    ]


def _voices(conn: Connection, ids: list[str], red: dict[str, str]) -> dict[str, list[ExportVoice]]:
    out: dict[str, list[ExportVoice]] = defaultdict(list)
    for chunk in _chunks(ids):
        q = select(attributions).where(attributions.c.claim_id.in_(chunk)).order_by(attributions.c.position)
        for r in conn.execute(q):
            out[r.claim_id].append(ExportVoice(r.position, r.name, r.role, _follow(r.entity_id, red)))
    return out


def _evidence(conn: Connection, ids: list[str]) -> dict[str, list[ExportEvidence]]:
    out: dict[str, list[ExportEvidence]] = defaultdict(list)
    for chunk in _chunks(ids):
        q = select(evidence).where(evidence.c.claim_id.in_(chunk)).order_by(evidence.c.id)
        for r in conn.execute(q):
            out[r.claim_id].append(ExportEvidence(r.document_id, r.segment, r.start, r.end, r.quote))
    return out


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def list_claims(
    store: Store, document_id: Optional[int] = None, include_rejected: bool = False
) -> list[ExportClaim]:
    """Claims of current documents with attribution and evidence, in document order."""
    with store.engine.connect() as conn:
        red = _redirects(conn)
        q = (
            select(claims)
            .join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.current.is_(True))
            .order_by(claims.c.document_id, claims.c.id)
        )
        if document_id is not None:
            q = q.where(claims.c.document_id == document_id)
        if not include_rejected:
            q = q.where(claims.c.status != "rejected")
        rows = conn.execute(q).all()
        ids = [r.id for r in rows]
        voices, spans = _voices(conn, ids, red), _evidence(conn, ids)
    return [_claim(r, red, voices, spans) for r in rows]


def _claim(r: Any, red: dict[str, str], voices: dict[str, list[ExportVoice]],
           spans: dict[str, list[ExportEvidence]]) -> ExportClaim:
    return ExportClaim(
        id=r.id, document_id=r.document_id, subject_entity=_follow(r.subject_entity, red),
        predicate=r.predicate, object_entity=_follow(r.object_entity, red), object_literal=r.object_literal,
        time_start=r.time_start, time_end=r.time_end, time_precision=r.time_precision,
        place_entity=_follow(r.place_entity, red), hedge=r.hedge, polarity=bool(r.polarity),
        former=bool(r.former), extractor=r.extractor or "", status=r.status,
        subject_mention=r.subject_mention, object_mention=r.object_mention,
        attribution=tuple(voices.get(r.id, ())), evidence=tuple(spans.get(r.id, ())),
    )


def list_references(store: Store, document_id: int) -> list[dict[str, Any]]:
    """The archival and bibliographic references parsed from one document's notes."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(references).where(references.c.document_id == document_id).order_by(references.c.start)
        ).mappings().all()
    return [dict(r) for r in rows]


def document_titles(store: Store) -> dict[int, dict[str, Any]]:
    """id -> {title, date, author, path} of every current document."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(documents.c.id, documents.c.title, documents.c.date, documents.c.author, documents.c.path)
            .where(documents.c.current.is_(True))
        ).all()
    return {r.id: {"title": r.title, "date": r.date, "author": r.author, "path": r.path} for r in rows}


def signature(store: Store) -> tuple[Any, ...]:
    """A cheap fingerprint of entities, names and claims: it changes whenever resolution or review does."""
    from sqlalchemy import func

    from letopis.store.schema import decisions

    with store.engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count(), func.max(t.c.id)).select_from(t)).one()
            for t in (entities, names, claims, decisions)
        ) + (conn.execute(select(func.count()).where(entities.c.redirect_to.isnot(None))).scalar(),)
