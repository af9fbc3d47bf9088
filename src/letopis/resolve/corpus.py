"""Resolve every mention of the knowledge base to entities, then replay the human decisions.

Each run recomputes from scratch: read the mentions of current documents, apply what
each document says about its own mentions (``local``), cluster them (``cluster``), join
clusters the text itself says are one (``aliases``), write entities, names, mention
links, claim links and the review queue, then apply the whole decision log in order
(``letopis.review.replay``). Entity ids are derived from the type and the anchor mention
key (the cluster's earliest mention by document id and start), so the same corpus gives the same ids; ids of a previous
run that no longer name a cluster are kept as redirects to where their mentions went.

Dates are not entities: date mentions keep ``entity_id`` NULL (their normalised
ISO value on the mention is the identity).
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from letopis.resolve.aliases import AliasLink, find_aliases
from letopis.resolve.cluster import RESOLVED_TYPES, Clustering, Row, UnionFind, cluster_rows
from letopis.resolve.local import hold_apart, late_fuller_forms, prepare_rows
from letopis.resolve.names import mention_names, name_row, preferred_name
from letopis.store import Store
from letopis.store import entities as db
from letopis.store.entities import MentionRecord


@dataclass(frozen=True)
class ResolveReport:
    """What a resolution run did."""

    mentions: int
    entities: int
    merges_auto: int
    queued: int
    decisions_replayed: int
    decisions_stale: int
    seconds: float
    stale: tuple[int, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Plan:
    """The machine resolution of a set of mentions, before any write."""

    entity_of: list[str] = field(default_factory=list)  # per mention record
    entities: list[dict[str, Any]] = field(default_factory=list)
    names: list[dict[str, Any]] = field(default_factory=list)
    queue: list[dict[str, Any]] = field(default_factory=list)
    merges_auto: int = 0


def entity_id(type_: str, anchor_key: str) -> str:
    """The stable id of an entity: type and anchor mention key, hashed."""
    return "e" + hashlib.sha1(f"{type_}:{anchor_key}".encode()).hexdigest()[:10]


def as_row(r: MentionRecord) -> Row:
    """A mention record as the clustering core's plain tuple."""
    return (r.type, r.text, r.norm, r.given, r.patronymic, r.surname, r.initials, r.gender, r.expansion)


def plan_resolution(recs: Sequence[MentionRecord], texts: dict[int, str]) -> Plan:
    """Cluster ``recs`` (in anchor order), apply alias cues, and build entity, name and queue rows."""
    rows = prepare_rows(recs, [as_row(r) for r in recs], texts)
    clustering = cluster_rows(rows)
    hold_apart(clustering, late_fuller_forms(recs, rows, clustering.labels, texts))
    links = _alias_links(recs, texts)
    uf = UnionFind(len(clustering.anchor))
    for link in links:
        if link.b is not None:
            uf.union(clustering.labels[link.a], clustering.labels[link.b])
    root_of = [uf.find(c) for c in range(len(clustering.anchor))]
    ids = {root: entity_id(recs[clustering.anchor[root]].type, recs[clustering.anchor[root]].key)
           for root in set(root_of)}  # fmt: skip
    plan = Plan(entity_of=[ids[root_of[c]] for c in clustering.labels])
    _entities_and_names(plan, recs, clustering, root_of, ids)
    _alias_names(plan, recs, links)
    plan.queue = _queue(clustering, root_of, ids)
    return plan


def _alias_links(recs: Sequence[MentionRecord], texts: dict[int, str]) -> list[AliasLink]:
    by_doc: dict[int, list[tuple[int, int, int, str]]] = defaultdict(list)
    for i, r in enumerate(recs):
        by_doc[r.document_id].append((i, r.start, r.end, r.type))
    links: list[AliasLink] = []
    for doc_id, spans in by_doc.items():
        text = texts.get(doc_id)
        if text:
            links.extend(find_aliases(text, sorted(spans, key=lambda s: (s[1], s[2]))))
    return links


def _entities_and_names(
    plan: Plan, recs: Sequence[MentionRecord], clustering: Clustering, root_of: list[int], ids: dict[int, str]
) -> None:
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(clustering.labels):
        members[root_of[c]].append(i)
    for root in sorted(members):
        eid, idx = ids[root], members[root]
        anchor = recs[clustering.anchor[root]]
        name = preferred_name(anchor.type, [recs[i].norm or recs[i].text for i in idx])
        plan.entities.append({"id": eid, "type": anchor.type, "name": name, "key": clustering.keys[root],
                              "status": "machine", "redirect_to": None, "mention_count": len(idx)})  # fmt: skip
        found = mention_names(eid, ((recs[i].key, recs[i].text, recs[i].norm) for i in idx))
        plan.merges_auto += max(0, sum(1 for n in found if n["kind"] == "surface") - 1)
        plan.names.extend(found)
        plan.names.append(name_row(eid, name, "preferred", anchor.key))


def _alias_names(plan: Plan, recs: Sequence[MentionRecord], links: list[AliasLink]) -> None:
    kinds = {"alias": "alias", "pseudonym": "pseudonym", "former": "former", "current": "alias"}
    for link in links:
        a = recs[link.a]
        eid = plan.entity_of[link.a]
        plan.names.append(name_row(eid, link.name, kinds[link.kind], a.key))
        if link.kind == "current":
            plan.names.append(name_row(eid, a.text, "former", a.key))


def _queue(clustering: Clustering, root_of: list[int], ids: dict[int, str]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str]] = set()
    out = []
    for a, b, score, reason in clustering.doubts:
        ea, eb = ids[root_of[a]], ids[root_of[b]]
        pair = (min(ea, eb), max(ea, eb))
        if ea != eb and pair not in seen:
            seen.add(pair)
            out.append(
                {
                    "kind": "merge",
                    "a": ids[root_of[a]],
                    "b": ids[root_of[b]],
                    "score": score,
                    "reason": reason,
                }
            )
    return out


def redirects(
    recs: Sequence[MentionRecord], plan: Plan, old: dict[str, tuple[str | None, str | None, str]]
) -> list[dict[str, Any]]:
    """Rows keeping a previous run's ids alive.

    Each old id points to where most of its mentions went; an id whose mentions are
    all gone (its document was re-ingested as a new version) points to the one new
    entity with its blocking key (and, among several, its name); else it is dropped.
    """
    new_ids = {e["id"] for e in plan.entities}
    went: dict[str, Counter[str]] = defaultdict(Counter)
    for r, eid in zip(recs, plan.entity_of):
        if r.entity_id:
            went[r.entity_id][eid] += 1
    by_key: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for e in plan.entities:
        by_key[e["key"]].append(e)
    target: dict[str, str | None] = {}

    def resolve(oid: str, depth: int = 0) -> str | None:
        if oid in new_ids:
            return oid
        if oid in target or depth > 50 or oid not in old:
            return target.get(oid)
        redirect, key, name = old[oid]
        if went.get(oid):
            target[oid] = went[oid].most_common(1)[0][0]
        elif redirect:
            target[oid] = resolve(redirect, depth + 1)
        else:
            target[oid] = _same_key(by_key.get(key, []) if key else [], name)
        return target[oid]

    types = {e["id"]: e["type"] for e in plan.entities}
    rows = []
    for oid in sorted(old):
        t = resolve(oid)
        if t is not None and oid not in new_ids:
            rows.append({"id": oid, "type": types[t], "name": old[oid][2], "key": old[oid][1],
                         "status": "machine", "redirect_to": t, "mention_count": 0})  # fmt: skip
    return rows


def _same_key(candidates: list[dict[str, Any]], name: str) -> str | None:
    if len(candidates) == 1:
        return str(candidates[0]["id"])
    named = [c for c in candidates if c["name"] == name]
    return str(named[0]["id"]) if len(named) == 1 else None


def resolve_store(store: Store) -> ResolveReport:
    """Resolve all mentions of current documents to entities and replay the decision log (one transaction)."""
    from letopis.review.replay import replay_all

    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        recs = db.load_mentions(conn, RESOLVED_TYPES)
        texts = db.load_texts(conn, {r.document_id for r in recs})
        plan = plan_resolution(recs, texts)
        old = db.load_redirects(conn)
        db.clear_resolution(conn)
        db.insert_rows(conn, "entities", plan.entities + redirects(recs, plan, old))
        db.insert_rows(conn, "names", plan.names)
        changed = [(r.id, e) for r, e in zip(recs, plan.entity_of) if r.entity_id != e]
        db.set_mention_entities(conn, changed, RESOLVED_TYPES)
        db.link_claims(conn)
        db.insert_rows(conn, "review_queue", plan.queue)
        applied, stale = replay_all(conn)
        live, queued = db.count_live(conn), db.count_queue(conn)
    return ResolveReport(
        mentions=len(recs),
        entities=live,
        merges_auto=plan.merges_auto,
        queued=queued,
        decisions_replayed=applied,
        decisions_stale=len(stale),
        seconds=round(time.perf_counter() - t0, 3),
        stale=tuple(stale),
    )
