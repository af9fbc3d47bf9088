"""Claims in the knowledge base: written with their document, read back with evidence,
attribution, and the cross-source view (contested / corroborated).

A claim id is stable across re-ingest of the same content: ``c`` + 12 hex of the
SHA-1 of the document content hash, the evidence span, the subject span, the
predicate, the object span (or literal) and the hedge.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, update

from letopis.errors import NotFound, ReviewError
from letopis.model import Claim, Document
from letopis.store import Store
from letopis.store.schema import attributions, claims, documents, entities, evidence, mentions

POSITIVE = ("asserted", "probable", "reported", "suspected")
NEGATIVE = ("denied", "refuted")


def claim_id(doc: Document, c: Claim) -> str:
    """The stable id of a claim of ``doc``."""
    subj = doc.mentions[c.subject]
    obj = f"{doc.mentions[c.object].start}:{doc.mentions[c.object].end}" if c.object is not None else c.literal
    key = "|".join(
        [doc.content_hash, f"{c.evidence_start}:{c.evidence_end}", f"{subj.start}:{subj.end}", c.predicate,
         str(obj), c.hedge]
    )
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def insert_claims(conn: Connection, doc: Document, doc_id: int, mention_ids: Sequence[int]) -> list[str]:
    """Write the claims of ``doc`` (inside the caller's transaction); returns their ids in order."""
    rows, ev_rows, attr_rows, ids = [], [], [], []
    seen: set[str] = set()
    for c in doc.claims:
        cid = claim_id(doc, c)
        if cid in seen:
            continue
        seen.add(cid)
        ids.append(cid)
        rows.append(_claim_row(c, cid, doc_id, mention_ids))
        ev_rows.append({"claim_id": cid, "document_id": doc_id, "segment": c.segment, "start": c.evidence_start,
                        "end": c.evidence_end, "quote": doc.text[c.evidence_start:c.evidence_end]})
        for pos, v in enumerate(c.attribution):
            attr_rows.append({"claim_id": cid, "position": pos, "name": v.name, "role": v.role, "entity_id": None})
    if rows:
        conn.execute(insert(claims), rows)
        conn.execute(insert(evidence), ev_rows)
    if attr_rows:
        conn.execute(insert(attributions), attr_rows)
    return ids


def _claim_row(c: Claim, cid: str, doc_id: int, mention_ids: Sequence[int]) -> dict[str, Any]:
    t = c.time
    return {
        "id": cid,
        "document_id": doc_id,
        "subject_mention": mention_ids[c.subject] if c.subject < len(mention_ids) else None,
        "subject_entity": None,
        "predicate": c.predicate,
        "object_mention": mention_ids[c.object] if c.object is not None and c.object < len(mention_ids) else None,
        "object_entity": None,
        "object_literal": c.literal,
        "time_start": t.start if t else None,
        "time_end": t.end if t else None,
        "time_precision": t.precision if t else None,
        "place_mention": mention_ids[c.place] if c.place is not None and c.place < len(mention_ids) else None,
        "place_entity": None,
        "hedge": c.hedge,
        "polarity": c.polarity,
        "former": c.former,
        "extractor": c.extractor,
        "status": "machine",
    }


def _redirects(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(entities.c.id, entities.c.redirect_to).where(entities.c.redirect_to.is_not(None)))
    return {r.id: r.redirect_to for r in rows}


def follow(red: dict[str, str], eid: str | None) -> str | None:
    """The surviving id of an entity (follows merges, stops on a cycle)."""
    seen: set[str] = set()
    while eid is not None and eid in red and eid not in seen:
        seen.add(eid)
        eid = red[eid]
    return eid


def list_claims(
    store: Store,
    entity: str | None = None,
    predicate: str | None = None,
    hedge: str | None = None,
    contested: bool | None = None,
    document: int | None = None,
) -> list[dict[str, Any]]:
    """Claims as JSON-ready dicts, with evidence, attribution, status, contested and corroborated.

    entity: an entity id (merged-away ids are followed); the claims it is subject or object of.
    contested: True for contested claims only, False for uncontested only.
    """
    with store.engine.connect() as conn:
        red = _redirects(conn)
        rows = conn.execute(
            select(claims).join(documents, documents.c.id == claims.c.document_id)
            .where(documents.c.current.is_(True)).order_by(claims.c.document_id, claims.c.id)
        ).all()
        names = dict(conn.execute(select(entities.c.id, entities.c.name)).all())
        ment = _mention_texts(conn, rows)
        cross = _cross_source(rows, red, ment)
        wanted = follow(red, entity) if entity is not None else None
        picked = []
        for r in rows:
            subj, obj = _ends(r, ment, red)
            con, cor = cross.get(r.id, ([], []))
            if (entity is not None and wanted not in (subj, obj)) or (predicate is not None and r.predicate != predicate) \
                    or (hedge is not None and r.hedge != hedge) or (contested is not None and bool(con) != contested) \
                    or (document is not None and r.document_id != document):
                continue
            picked.append((r, subj, obj, con, cor))
        ids = [p[0].id for p in picked]
        voices, spans = _voices(conn, ids), _evidence(conn, ids)
    return [_as_dict(r, subj, obj, names, ment, voices.get(r.id, []), spans.get(r.id), con, cor)
            for r, subj, obj, con, cor in picked]


def _mention_texts(conn: Connection, rows: Sequence[Any]) -> dict[int, tuple[str, str | None]]:
    """Mention id -> (name, entity id) for the subjects and objects of ``rows``."""
    ids = {i for r in rows for i in (r.subject_mention, r.object_mention) if i is not None}
    out: dict[int, tuple[str, str | None]] = {}
    id_list = sorted(ids)
    for k in range(0, len(id_list), 500):
        q = select(mentions.c.id, mentions.c.norm, mentions.c.text, mentions.c.entity_id).where(
            mentions.c.id.in_(id_list[k:k + 500]))
        out.update({m.id: (m.norm or m.text, m.entity_id) for m in conn.execute(q)})
    return out


def _ends(r: Any, ment: dict[int, tuple[str, str | None]], red: dict[str, str]) -> tuple[str | None, str | None]:
    """Subject and object entity of a claim row (the mention's entity when the claim has none yet)."""
    subj = r.subject_entity or ment.get(r.subject_mention, ("", None))[1]
    obj = r.object_entity or (ment.get(r.object_mention, ("", None))[1] if r.object_mention is not None else None)
    return follow(red, subj), follow(red, obj)


def _chunks(ids: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [ids[k:k + size] for k in range(0, len(ids), size)]


def _voices(conn: Connection, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(ids):
        q = select(attributions).where(attributions.c.claim_id.in_(chunk)).order_by(
            attributions.c.claim_id, attributions.c.position)
        for a in conn.execute(q):
            out[a.claim_id].append({"id": a.entity_id, "name": a.name, "role": a.role})
    return out


def _evidence(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for e in conn.execute(select(evidence).where(evidence.c.claim_id.in_(chunk)).order_by(evidence.c.id)):
            out.setdefault(e.claim_id, {"document": e.document_id, "start": e.start, "end": e.end, "quote": e.quote})
    return out


def _cross_source(rows: Sequence[Any], red: dict[str, str],
                  ment: dict[int, tuple[str, str | None]]) -> dict[str, tuple[list[str], list[str]]]:
    """For each claim: ids of claims that contradict it, and of claims in other documents that agree."""
    groups: dict[tuple, list[Any]] = defaultdict(list)
    for r in rows:
        s, o = _ends(r, ment, red)
        if s is None or o is None or r.status == "rejected":
            continue
        groups[(s, r.predicate, o)].append(r)
    out: dict[str, tuple[list[str], list[str]]] = {}
    for members in groups.values():
        for r in members:
            sign = _sign(r)
            con = [x.id for x in members if x.id != r.id and _sign(x) != sign]
            cor = [x.id for x in members if x.document_id != r.document_id and _sign(x) == sign]
            out[r.id] = (con, cor)
    return out


def _sign(r: Any) -> bool:
    return bool(r.polarity) and r.hedge in POSITIVE


def _as_dict(r: Any, subj: str | None, obj: str | None, names: dict[str, str],
             ment: dict[int, tuple[str, str | None]],
             voices: list[dict[str, Any]], span: dict[str, Any] | None, con: list[str],
             cor: list[str]) -> dict[str, Any]:
    if r.object_mention is None and r.object_entity is None:
        obj_out: dict[str, Any] = {"value": r.object_literal}
    else:
        obj_out = {"id": obj, "name": names.get(obj or "") or ment.get(r.object_mention, (r.object_literal, None))[0]}
        if r.object_literal:
            obj_out["value"] = r.object_literal
    time = None
    if r.time_start or r.time_end:
        time = {"start": r.time_start, "end": r.time_end, "precision": r.time_precision}
    return {
        "id": r.id,
        "subject": {"id": subj, "name": names.get(subj or "") or ment.get(r.subject_mention, ("", None))[0]},
        "predicate": r.predicate,
        "object": obj_out,
        "time": time,
        "hedge": r.hedge,
        "former": bool(r.former),
        "polarity": bool(r.polarity),
        "attribution": voices,
        "evidence": span,
        "status": r.status,
        "contested": con,
        "corroborated": cor,
    }


def get_claim(store: Store, cid: str) -> dict[str, Any]:
    """One claim by id. Raises NotFound."""
    for c in list_claims(store):
        if c["id"] == cid:
            return c
    raise NotFound(f"claim {cid}: no such claim (see `letopis claims`)")


def set_status(store: Store, cid: str, action: str, note: str | None = None) -> int:
    """Accept or reject a claim: append the decision and set ``claims.status``, in one transaction.

    RETURNS (int): the decision id. Raises NotFound for an unknown claim, ReviewError for a bad action.
    """
    from letopis.store import decisions

    if action not in ("accept", "reject"):
        raise ReviewError(f"{action}: not a claim decision (accept | reject)")
    with store.engine.begin() as conn:
        if conn.execute(select(claims.c.id).where(claims.c.id == cid)).first() is None:
            raise NotFound(f"claim {cid}: no such claim (see `letopis claims`)")
        decision = decisions.append(conn, action, {"claim": cid}, reason=note)
        status = "accepted" if action == "accept" else "rejected"
        conn.execute(update(claims).where(claims.c.id == cid).values(status=status))
    return decision


__all__ = ["claim_id", "find_entity", "follow", "get_claim", "insert_claims", "list_claims", "set_status"]


def find_entity(store: Store, ref: str) -> str:
    """An entity id from an id or a name (preferred or any recorded name, case-insensitive). Raises NotFound.

    Names are compared exactly first, then lower-cased on both sides; SQLite's ``lower()`` folds ASCII
    only, so «Колосова» is found by its exact form on either backend.
    """
    from sqlalchemy import func, or_

    from letopis.store.schema import names

    def same(column: Any) -> Any:
        return or_(column == ref, func.lower(column) == ref.lower())

    with store.engine.connect() as conn:
        hit = conn.execute(select(entities.c.id).where(entities.c.id == ref)).scalar()
        if hit is None:
            hit = conn.execute(
                select(entities.c.id).where(same(entities.c.name), entities.c.redirect_to.is_(None))
                .order_by(entities.c.id)
            ).scalar()
        if hit is None:
            hit = conn.execute(select(names.c.entity_id).where(same(names.c.name)).order_by(names.c.id)).scalar()
    if hit is None:
        raise NotFound(f"{ref}: no such entity (give an id or a name from `letopis entities`)")
    return str(hit)
