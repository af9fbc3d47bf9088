"""CSV export: one spreadsheet-safe file per table (documents, entities, names, mentions, claims).

Files are UTF-8 with a byte-order mark (so that Excel recognises the encoding)
and a header row. Text cells that a spreadsheet would read as a formula (those
starting with ``= + - @``, a tab or a carriage return) get a leading apostrophe;
``letopis import csv`` removes it again (:func:`unescape`).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.documents import list_documents

ENCODING = "utf-8-sig"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

DOCUMENT_COLUMNS = ("id", "path", "title", "date", "author", "language", "genre", "source_url", "archive_ref",
                    "translation_of", "format", "version", "segments", "words", "footnotes")
ENTITY_COLUMNS = ("id", "type", "name", "status", "mentions", "first", "last", "external_ids", "new_name",
                  "merge_into")
NAME_COLUMNS = ("entity_id", "name", "kind", "scheme", "script", "source")
MENTION_COLUMNS = ("id", "document_id", "key", "segment", "start", "end", "text", "type", "norm", "entity_id",
                   "date_iso")
CLAIM_COLUMNS = ("id", "document_id", "subject_entity", "subject_name", "predicate", "object_entity",
                 "object_name", "object_literal", "time_start", "time_end", "place_entity", "hedge", "polarity",
                 "former", "status", "attribution", "evidence", "evidence_start", "evidence_end", "extractor")


def escape(value: Any) -> Any:
    """A cell value that no spreadsheet runs as a formula (text only; numbers pass through)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unescape(value: str) -> str:
    """Undo :func:`escape` on a cell read back from a CSV file."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def write_table(path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> int:
    """Write ``rows`` (dicts) under ``columns`` to ``path``; returns the number of rows."""
    n = 0
    with open(path, "w", encoding=ENCODING, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([escape(_cell(row.get(c))) for c in columns])
            n += 1
    return n


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _entity_rows(ents: list[q.ExportEntity]) -> Iterable[dict[str, Any]]:
    for e in ents:
        yield {"id": e.id, "type": e.type, "name": e.name, "status": e.status, "mentions": e.mention_count,
               "first": e.first, "last": e.last, "external_ids": " ".join(f"{s}:{v}" for s, v in e.external_ids),
               "new_name": "", "merge_into": ""}


def _claim_rows(claims: list[q.ExportClaim], names: dict[str, str]) -> Iterable[dict[str, Any]]:
    for c in claims:
        ev = c.evidence[0] if c.evidence else None
        yield {
            **{k: getattr(c, k) for k in CLAIM_COLUMNS if hasattr(c, k)},
            "subject_name": names.get(c.subject_entity or ""), "object_name": names.get(c.object_entity or ""),
            "attribution": " > ".join(f"{v.role}: {v.name}" for v in c.attribution),
            "evidence": ev.quote if ev else None, "evidence_start": ev.start if ev else None,
            "evidence_end": ev.end if ev else None,
        }


def export_csv(store: Store, out_dir: Union[str, Path]) -> dict[str, int]:
    """Write documents.csv, entities.csv, names.csv, mentions.csv, claims.csv; returns rows per file."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ents = q.list_entities(store)
    names = {e.id: e.name for e in ents}
    counts = {
        "documents": write_table(out / "documents.csv", DOCUMENT_COLUMNS, list_documents(store)),
        "entities": write_table(out / "entities.csv", ENTITY_COLUMNS, _entity_rows(ents)),
        "names": write_table(out / "names.csv", NAME_COLUMNS, (vars(n) for n in q.list_names(store))),
        "mentions": write_table(out / "mentions.csv", MENTION_COLUMNS, (vars(m) for m in q.list_mentions(store))),
        "claims": write_table(out / "claims.csv", CLAIM_COLUMNS, _claim_rows(q.list_claims(store), names)),
    }
    return counts
