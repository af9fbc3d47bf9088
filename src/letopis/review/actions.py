"""The review actions: each appends a decision (stable identifiers only) and applies it at once.

merge(store, ["e1a2b3c4d5e", "e9f8e7d6c5b"], note="same man, see fond 17")
split(store, "e1a2b3c4d5e", ["3f2a...:120:131"])
rename(store, "e1a2b3c4d5e", "Gavriil Ilyich Myasnikov")
link(store, "e1a2b3c4d5e", "wikidata:Q4150930")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from letopis.errors import NotFound, ReviewError
from letopis.review import apply as ap
from letopis.store import Store
from letopis.store import decisions as log
from letopis.store import entities as db

_EXTERNAL = re.compile(r"^(?P<scheme>[a-z][a-z0-9_-]*):(?P<value>\S+)$")


def live_entity(conn: Connection, entity: str) -> str:
    """The surviving id of ``entity``; raises NotFound."""
    eid = db.follow(conn, entity)
    if eid is None:
        raise NotFound(f"{entity}: no such entity (see `letopis entities`)")
    return eid


def _group(conn: Connection, eid: str) -> dict[str, Any]:
    row = db.entity_row(conn, eid)
    return {"id": eid, "name": row.name, "mentions": db.mention_refs(conn, eid)}


def _record(
    conn: Connection, action: str, payload: dict[str, Any], note: str | None, actor: str | None
) -> int:
    did = log.append(conn, action, payload, reason=note, actor=actor)
    if not ap.APPLIERS[action](conn, did, payload):
        raise ReviewError(f"{action}: the decision does not apply to the current knowledge base")
    return did


def merge(store: Store, ids: Sequence[str], note: str | None = None, actor: str | None = None) -> str:
    """Merge entities into the first one; the others keep their ids as redirects. Returns the survivor."""
    with store.engine.begin() as conn:
        live = list(dict.fromkeys(live_entity(conn, i) for i in ids))
        if len(live) < 2:
            raise ReviewError("merge: give at least two different entities")
        for a in live[1:]:
            db.drop_queue_pair(conn, live[0], a)
        _record(conn, "merge", {"entities": [_group(conn, e) for e in live], "note": note}, note, actor)
    return live[0]


def split(
    store: Store,
    entity: str,
    mention_ids: Sequence[int | str],
    note: str | None = None,
    actor: str | None = None,
) -> str:
    """Move mentions (row ids or mention keys) out of ``entity`` into a new entity; returns its id."""
    with store.engine.begin() as conn:
        eid = live_entity(conn, entity)
        own = {m.key: m for m in db.entity_mentions(conn, eid)}
        by_id = {str(m.id): m for m in own.values()}
        picked = [own.get(str(x)) or by_id.get(str(x)) for x in mention_ids]
        chosen = [m for m in picked if m is not None]
        if not chosen or len(chosen) < len(picked):
            raise ReviewError(f"split: every mention must belong to {eid} (see `letopis show {eid}`)")
        if len({m.key for m in chosen}) >= len(own):
            raise ReviewError("split: leave at least one mention in the entity")
        refs = [{"key": m.key, "text": m.text, "doc": _doc_key(conn, m.document_id)} for m in chosen]
        did = _record(conn, "split", {"entity": eid, "mentions": refs, "note": note}, note, actor)
        new = db.follow(conn, db.mention_rows_by_keys(conn, [refs[0]["key"]])[0].entity_id)
    return new or f"(decision {did})"


def keep_apart(store: Store, a: str, b: str, note: str | None = None, actor: str | None = None) -> str:
    """Decide that two entities are different referents: the pair leaves the review queue for good."""
    with store.engine.begin() as conn:
        ea, eb = live_entity(conn, a), live_entity(conn, b)
        if ea == eb:
            raise ReviewError(f"keep apart: {a} and {b} are one entity now; split it instead")
        _record(
            conn, "distinct", {"entities": [_group(conn, ea), _group(conn, eb)], "note": note}, note, actor
        )
    return eb


def _doc_key(conn: Connection, doc_id: int) -> str:
    return db.document_key(conn, doc_id)


def rename(store: Store, entity: str, name: str, actor: str | None = None) -> str:
    """Set the preferred name of an entity; returns its id."""
    if not name.strip():
        raise ReviewError("rename: the name is empty")
    with store.engine.begin() as conn:
        eid = live_entity(conn, entity)
        payload = {**_group(conn, eid), "entity": eid, "name": name.strip()}
        payload.pop("id")
        _record(conn, "rename", payload, None, actor)
    return eid


def link(store: Store, entity: str, external: str, actor: str | None = None) -> str:
    """Attach an external id such as ``wikidata:Q123`` or ``viaf:12345``; returns the entity id."""
    m = _EXTERNAL.match(external.strip())
    if m is None:
        raise ReviewError(f"link: {external!r} is not SCHEME:VALUE (e.g. wikidata:Q123)")
    scheme, value = m.group("scheme"), m.group("value")
    if scheme == "wikidata" and not re.fullmatch(r"Q\d+", value):
        raise ReviewError(f"link: {value!r} is not a Wikidata item id (Q followed by digits)")
    with store.engine.begin() as conn:
        eid = live_entity(conn, entity)
        payload = {**_group(conn, eid), "entity": eid, "scheme": scheme, "value": value}
        payload.pop("id")
        _record(conn, "link", payload, None, actor)
    return eid


def alias(store: Store, entity: str, name: str, kind: str = "alias", actor: str | None = None) -> str:
    """Record another name of an entity (alias, pseudonym or former); returns the entity id."""
    if kind not in ("alias", "pseudonym", "former"):
        raise ReviewError(f"alias: kind must be alias, pseudonym or former, not {kind!r}")
    with store.engine.begin() as conn:
        eid = live_entity(conn, entity)
        payload = {**_group(conn, eid), "entity": eid, "name": name.strip(), "kind": kind}
        payload.pop("id")
        _record(conn, "alias", payload, None, actor)
    return eid
