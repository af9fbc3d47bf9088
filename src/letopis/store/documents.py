"""Documents and what ingest and extraction found in them: write once per document, read back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import Connection, delete, func, insert, select, update

from letopis.errors import NotFound
from letopis.model import Document, Mention, count_words
from letopis.store import Store
from letopis.store.schema import (
    attributions,
    claims,
    documents,
    evidence,
    footnotes,
    mentions,
    references,
    segments,
)


@dataclass(frozen=True)
class Added:
    """What ``add_document`` did: ``status`` is new | unchanged | new_version."""

    id: int
    status: str
    version: int
    segments: int
    words: int


def mention_key(doc: Document, m: Mention) -> str:
    """A stable identifier for a mention: content-hash prefix and offsets."""
    return f"{doc.content_hash[:16]}:{m.start}:{m.end}"


def add_document(store: Store, doc: Document, key: Optional[str] = None) -> Added:
    """Write ``doc`` and everything found in it, in one transaction.

    The same content (hash) ingested again is one document ("unchanged"); new
    content under a known key (path) becomes the next version and the previous
    version's analysis is removed, its row kept as history.
    """
    key = key or doc.path
    with store.engine.begin() as conn:
        existing = conn.execute(
            select(documents.c.id, documents.c.version).where(documents.c.content_hash == doc.content_hash)
        ).first()
        if existing is not None:
            nseg, nwords = conn.execute(
                select(func.count(segments.c.id), func.coalesce(func.sum(segments.c.words), 0)).where(
                    segments.c.document_id == existing.id
                )
            ).one()
            return Added(existing.id, "unchanged", existing.version, nseg, int(nwords))
        previous = conn.execute(
            select(documents.c.id, documents.c.version)
            .where(documents.c.key == key, documents.c.current.is_(True))
            .order_by(documents.c.version.desc())
        ).first()
        version = 1
        if previous is not None:
            version = previous.version + 1
            _drop_analysis(conn, previous.id)
            conn.execute(update(documents).where(documents.c.id == previous.id).values(current=False))
        doc_id, nseg, words = _insert(conn, doc, key, version)
    return Added(doc_id, "new" if previous is None else "new_version", version, nseg, words)


def _drop_analysis(conn: Connection, doc_id: int) -> None:
    claim_ids = select(claims.c.id).where(claims.c.document_id == doc_id)
    conn.execute(delete(attributions).where(attributions.c.claim_id.in_(claim_ids)))
    conn.execute(delete(evidence).where(evidence.c.document_id == doc_id))
    for table in (claims, references, mentions, footnotes, segments):
        conn.execute(delete(table).where(table.c.document_id == doc_id))


def _insert(conn: Connection, doc: Document, key: str, version: int) -> tuple[int, int, int]:
    meta = doc.meta
    seg_rows = []
    words = 0
    for s in doc.segments:
        n = count_words(doc.text[s.start : s.end]) if s.kind != "chrome" else 0
        words += n
        seg_rows.append(
            {"idx": s.index, "kind": s.kind, "start": s.start, "end": s.end, "label": s.label, "words": n}
        )
    doc_id = conn.execute(
        insert(documents).values(
            key=key,
            path=doc.path,
            content_hash=doc.content_hash,
            version=version,
            current=True,
            format=doc.format,
            title=meta.title,
            date=meta.date,
            date_precision=meta.date_precision,
            author=meta.author,
            language=meta.language,
            genre=meta.genre,
            source_url=meta.source_url,
            archive_ref=meta.archive_ref,
            translation_of=meta.translation_of,
            note=meta.note,
            text=doc.text,
            words=words,
            ingested_at=datetime.now(timezone.utc),
        )
    ).inserted_primary_key[0]
    if seg_rows:
        for r in seg_rows:
            r["document_id"] = doc_id
        conn.execute(insert(segments), seg_rows)
    if doc.footnotes:
        conn.execute(
            insert(footnotes),
            [
                {
                    "document_id": doc_id,
                    "label": f.label,
                    "marker_start": f.marker_start,
                    "marker_end": f.marker_end,
                    "marker_segment": f.marker_segment,
                    "note_segment": f.note_segment,
                }
                for f in doc.footnotes
            ],
        )
    mention_ids = _insert_mentions(conn, doc, doc_id)
    if doc.references:
        conn.execute(
            insert(references),
            [
                {
                    "document_id": doc_id,
                    "kind": r.kind,
                    "segment": r.segment,
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "archive": r.archive,
                    "fond": r.fond,
                    "opis": r.opis,
                    "delo": r.delo,
                    "folio": r.folio,
                    "verso": r.verso,
                    "author": r.author,
                    "title": r.title,
                    "pages": r.pages,
                    "year": r.year,
                }
                for r in doc.references
            ],
        )
    if doc.claims:
        from letopis.store.claims import insert_claims

        insert_claims(conn, doc, doc_id, mention_ids)
    return int(doc_id), len(seg_rows), words


def _insert_mentions(conn: Connection, doc: Document, doc_id: int) -> list[int]:
    if not doc.mentions:
        return []
    rows = []
    for m in doc.mentions:
        p, d = m.parts, m.date
        rows.append(
            {
                "document_id": doc_id,
                "key": mention_key(doc, m),
                "segment": m.segment,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "type": m.type,
                "norm": m.norm,
                "extractor": m.extractor,
                "given": p.given if p else None,
                "patronymic": p.patronymic if p else None,
                "surname": p.surname if p else None,
                "initials": p.initials if p else None,
                "gender": p.gender if p else None,
                "date_start": d.start if d else None,
                "date_end": d.end if d else None,
                "date_precision": d.precision if d else None,
                "date_iso": d.iso if d else None,
                "attrs": json.dumps(dict(m.attrs), ensure_ascii=False) if m.attrs else None,
                "expansion": m.expansion,
            }
        )
    conn.execute(insert(mentions), rows)
    ids = conn.execute(
        select(mentions.c.id).where(mentions.c.document_id == doc_id).order_by(mentions.c.id)
    ).scalars()
    return list(ids)


def _doc_summary(row: Any, nseg: int, nnotes: int) -> dict[str, Any]:
    return {
        "id": row.id,
        "path": row.path,
        "title": row.title,
        "date": row.date,
        "author": row.author,
        "language": row.language,
        "genre": row.genre,
        "source_url": row.source_url,
        "archive_ref": row.archive_ref,
        "translation_of": row.translation_of,
        "format": row.format,
        "version": row.version,
        "content_hash": row.content_hash,
        "segments": nseg,
        "words": row.words,
        "footnotes": nnotes,
        "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
    }


_SUMMARY_COLS = [c for c in documents.c if c.name != "text"]


def list_documents(store: Store) -> list[dict[str, Any]]:
    """Every current document with its metadata and counts, in ingest order."""
    with store.engine.connect() as conn:
        seg_counts = dict(
            conn.execute(select(segments.c.document_id, func.count()).group_by(segments.c.document_id)).all()
        )
        note_counts = dict(
            conn.execute(
                select(footnotes.c.document_id, func.count()).group_by(footnotes.c.document_id)
            ).all()
        )
        rows = conn.execute(
            select(*_SUMMARY_COLS).where(documents.c.current.is_(True)).order_by(documents.c.id)
        ).all()
    return [_doc_summary(r, seg_counts.get(r.id, 0), note_counts.get(r.id, 0)) for r in rows]


def get_document(store: Store, doc_id: int) -> dict[str, Any]:
    """One document: summary, text, segments and footnote links. Raises NotFound."""
    with store.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(f"document {doc_id}: no such document")
        segs = conn.execute(
            select(segments).where(segments.c.document_id == doc_id).order_by(segments.c.idx)
        ).all()
        notes = conn.execute(
            select(footnotes).where(footnotes.c.document_id == doc_id).order_by(footnotes.c.marker_start)
        ).all()
    out = _doc_summary(row, len(segs), len(notes))
    out["text"] = row.text
    out["note"] = row.note
    out["segment_list"] = [
        {"idx": s.idx, "kind": s.kind, "start": s.start, "end": s.end, "label": s.label} for s in segs
    ]
    out["footnote_list"] = [
        {
            "label": n.label,
            "marker_start": n.marker_start,
            "marker_end": n.marker_end,
            "marker_segment": n.marker_segment,
            "note_segment": n.note_segment,
        }
        for n in notes
    ]
    return out


def find_document(store: Store, ref: str) -> int:
    """A document id from an id, a path as given at ingest, or a file name. Raises NotFound."""
    with store.engine.connect() as conn:
        cur = documents.c.current.is_(True)
        if ref.isdigit():
            hit = conn.execute(select(documents.c.id).where(documents.c.id == int(ref))).scalar()
            if hit is not None:
                return int(hit)
        hit = conn.execute(select(documents.c.id).where(cur, documents.c.path == ref)).scalar()
        if hit is None:
            hit = conn.execute(
                select(documents.c.id).where(cur, documents.c.path.like(f"%{ref}")).order_by(documents.c.id)
            ).scalar()
    if hit is None:
        raise NotFound(f"{ref}: no such document (give an id from `letopis documents` or a path)")
    return int(hit)


def stats(store: Store) -> dict[str, Any]:
    """Counts in total and per document: documents, segments, words, footnotes, mentions, claims."""
    docs = list_documents(store)
    with store.engine.connect() as conn:
        ment = dict(
            conn.execute(select(mentions.c.document_id, func.count()).group_by(mentions.c.document_id)).all()
        )
        clm = dict(
            conn.execute(select(claims.c.document_id, func.count()).group_by(claims.c.document_id)).all()
        )
        from letopis.store.schema import entities

        n_entities = conn.execute(
            select(func.count()).select_from(entities).where(entities.c.redirect_to.is_(None))
        ).scalar()
    per = []
    for d in docs:
        per.append(
            {
                "id": d["id"],
                "path": d["path"],
                "title": d["title"],
                "segments": d["segments"],
                "words": d["words"],
                "footnotes": d["footnotes"],
                "mentions": ment.get(d["id"], 0),
                "claims": clm.get(d["id"], 0),
            }
        )
    return {
        "documents": len(docs),
        "segments": sum(d["segments"] for d in per),
        "words": sum(d["words"] for d in per),
        "footnotes": sum(d["footnotes"] for d in per),
        "mentions": sum(d["mentions"] for d in per),
        "claims": sum(d["claims"] for d in per),
        "entities": int(n_entities or 0),
        "per_document": per,
    }
