"""Apply one decision to the current state of the knowledge base (at once, and again on every replay).

Payloads name mentions by stable reference ``{"key", "text", "doc"}``: the mention
key, its surface text and its document's key (path). A key that vanished (the
document was re-ingested with changes) is looked up again by text in the current
version of that document, nearest to the old offset. Every applier returns True
when the decision still applies, False when it no longer does (stale).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection

from letopis.resolve.names import mention_names, name_row, preferred_name
from letopis.store import entities as db


def find_mentions(conn: Connection, refs: list[dict[str, Any]]) -> list[Any]:
    """Current mentions for stable references (by key, else by text near the old offset)."""
    found = {r.key: r for r in db.mention_rows_by_keys(conn, [ref["key"] for ref in refs])}
    out = list(found.values())
    for ref in refs:
        if ref["key"] in found or not ref.get("doc"):
            continue
        near = _offset(ref["key"])
        hit = db.mention_by_text(conn, ref["doc"], ref.get("text", ""), near)
        if hit is not None and hit.key not in found:
            found[hit.key] = hit
            out.append(hit)
    return out


def _offset(key: str) -> int:
    try:
        return int(key.split(":")[1])
    except (IndexError, ValueError):
        return 0


def current_entity(conn: Connection, group: dict[str, Any]) -> str | None:
    """Where an entity of the past is now: the live entity holding most of its mentions."""
    rows = find_mentions(conn, group.get("mentions", []))
    votes = Counter(e for e in (db.follow(conn, r.entity_id) for r in rows if r.entity_id) if e)
    if votes:
        return votes.most_common(1)[0][0]
    eid = group.get("id") or group.get("entity")
    return db.follow(conn, eid) if eid and not group.get("mentions") else None


def apply_merge(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Merge the entities that now hold each group's mentions into the first group's."""
    targets = [current_entity(conn, g) for g in payload["entities"]]
    live = list(dict.fromkeys(t for t in targets if t))
    if len(live) < 2:
        return len(live) == 1 and all(targets)  # already one entity: still applies
    survivor = live[0]
    for loser in live[1:]:
        db.merge_into(conn, loser, survivor)
    db.set_entity(conn, survivor, status="confirmed")
    return True


def apply_split(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Move the listed mentions out of their entity into a new one of their own."""
    rows = find_mentions(conn, payload["mentions"])
    if not rows:
        return False
    split_off(conn, f"split:{decision_id}", rows)
    return True


def apply_distinct(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Keep two entities apart: drop the queue pair, and split the second off if they were merged."""
    a, b = (current_entity(conn, g) for g in payload["entities"][:2])
    if a is None or b is None:
        return False
    if a != b:
        db.drop_queue_pair(conn, a, b)
        return True
    rows = [
        r
        for r in find_mentions(conn, payload["entities"][1]["mentions"])
        if db.follow(conn, r.entity_id) == a
    ]
    if rows:
        split_off(conn, f"distinct:{decision_id}", rows)
    return True


def split_off(conn: Connection, seed: str, rows: list[Any]) -> str:
    """Move mention rows into the entity named by ``seed`` (created, or revived from a redirect)."""
    rows.sort(key=lambda r: r.key)
    sources = {e for e in (db.follow(conn, r.entity_id) for r in rows if r.entity_id) if e}
    type_ = rows[0].type
    new_id = "e" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    if db.entity_row(conn, new_id) is None:
        db.insert_rows(conn, "entities", [{"id": new_id, "type": type_, "name": rows[0].text, "key": None,
                                           "status": "confirmed", "redirect_to": None, "mention_count": 0}])  # fmt: skip
    else:  # kept from an earlier run as a redirect: it lives again
        db.set_entity(conn, new_id, type=type_, status="confirmed", redirect_to=None)
    db.move_mentions(conn, [r.id for r in rows], new_id)
    for eid in [new_id, *sorted(sources)]:
        rebuild_names(conn, eid)
        if eid != new_id and not db.entity_mentions(conn, eid):
            db.merge_into(conn, eid, new_id)
    db.recount(conn, [new_id, *sources])
    return new_id


def rebuild_names(conn: Connection, entity_id: str) -> None:
    """Recompute an entity's machine names (surface, lemma, transliterations, preferred) from its mentions."""
    ms = db.entity_mentions(conn, entity_id)
    row = db.entity_row(conn, entity_id)
    rows = mention_names(entity_id, ((m.key, m.text, m.norm) for m in ms))
    kinds = ["surface", "lemma", "translit"]
    source = db.preferred_source(conn, entity_id)
    if row is not None and ms and not (source or "").startswith("decision:"):
        name = preferred_name(row.type, [m.norm or m.text for m in ms])
        db.set_entity(conn, entity_id, name=name)
        rows.append(name_row(entity_id, name, "preferred", ms[0].key))
        kinds.append("preferred")
    db.replace_names(conn, entity_id, kinds, rows)


def apply_rename(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Give the entity a preferred name chosen by a human."""
    target = current_entity(conn, payload)
    if target is None:
        return False
    db.set_entity(conn, target, name=payload["name"], status="confirmed")
    db.replace_names(
        conn,
        target,
        ["preferred"],
        [name_row(target, payload["name"], "preferred", f"decision:{decision_id}")],
    )
    return True


def apply_link(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Attach an external identifier (wikidata:Q123) to the entity."""
    target = current_entity(conn, payload)
    if target is None:
        return False
    db.add_external_id(conn, target, payload["scheme"], payload["value"], decision_id)
    return True


def apply_alias(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
    """Record another name (alias, pseudonym, former name) of the entity."""
    target = current_entity(conn, payload)
    if target is None:
        return False
    db.insert_rows(
        conn,
        "names",
        [name_row(target, payload["name"], payload.get("kind", "alias"), f"decision:{decision_id}")],
    )
    return True


def apply_claim(status: str) -> Callable[[Connection, int, dict[str, Any]], bool]:
    """An applier setting a claim's status (accepted / rejected)."""

    def apply(conn: Connection, decision_id: int, payload: dict[str, Any]) -> bool:
        return db.set_claim_status(conn, str(payload.get("claim", "")), status)

    return apply


APPLIERS: dict[str, Callable[[Connection, int, dict[str, Any]], bool]] = {
    "merge": apply_merge,
    "split": apply_split,
    "distinct": apply_distinct,
    "rename": apply_rename,
    "link": apply_link,
    "alias": apply_alias,
    "accept": apply_claim("accepted"),
    "reject": apply_claim("rejected"),
}
