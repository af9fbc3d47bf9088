"""Candidate entities for a name, scored with the name keys of resolution (for the reconciliation service).

A query and every name of every entity are reduced to the keys of
``letopis.resolve.keys``: the folded Latin skeleton of the whole name, and for
persons the surname key plus the first initial, so that "Miasnikov, G." finds
Мясников Гавриил Ильич (score 95) while "Miasnikov, P." scores low. Scores run
from 0 to 100; identical keys score 100.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from rapidfuzz import fuzz, process

from letopis.resolve.keys import fold, given_key, initial_letters, surname_key, word_initial
from letopis.resolve.parse import parse_person
from letopis.store import Store
from letopis.store import export_queries as q

TYPE_NAMES = {"person": "Person", "organisation": "Organisation", "enterprise": "Enterprise", "place": "Place",
              "publication": "Publication", "event": "Event"}
MATCH_SCORE = 90.0
MATCH_MARGIN = 10.0


@dataclass(frozen=True)
class NameKey:
    """The keys of one name: the folded whole, and for persons surname key, first initial, given-name key."""

    folded: str
    surname: str = ""
    initial: Optional[str] = None
    given: str = ""
    gender: Optional[str] = None  # of the surname form: m, f, f? (female or a male oblique case)


def name_key(text: str, person: bool) -> NameKey:
    """The keys of ``text`` (parsed as a personal name when ``person``)."""
    folded = fold(text)
    if not person:
        return NameKey(folded)
    parts = parse_person(text)
    first = word_initial(parts.given) if parts.given else None
    inits = initial_letters(parts.initials or "")
    sk = surname_key(parts.surname) if parts.surname else None
    return NameKey(folded, sk.key if sk else "", first or (inits[0] if inits else None),
                   given_key(parts.given) if parts.given else "", sk.gender if sk else None)


def name_score(query: NameKey, name: NameKey) -> float:
    """How well a query's keys fit a name's keys, 0..100."""
    if not query.folded or not name.folded:
        return 0.0
    if query.folded == name.folded:
        return 100.0
    fuzzy = float(fuzz.token_sort_ratio(query.folded, name.folded)) * 0.9
    if not (query.surname and query.surname == name.surname):
        return fuzzy
    score = 85.0
    if query.initial and name.initial:
        score += 10.0 if query.initial == name.initial else -40.0
    if query.given and name.given:
        score += 4.0 if query.given == name.given else -20.0
    score -= _gender_penalty(query.gender, name.gender)
    return max(0.0, min(99.0, score))


def _gender_penalty(a: Optional[str], b: Optional[str]) -> float:
    """Surname forms of different gender: certain (m vs f) costs 30, possible (m vs f?) costs 10."""
    if not a or not b or a == b or "?" in a and "?" in b:
        return 0.0
    return 10.0 if "?" in a + b else 30.0


@dataclass
class Entry:
    """One entity as the service sees it."""

    id: str
    type: str
    name: str
    names: list[str]
    keys: list[NameKey]
    description: str
    properties: dict[str, list[str]] = field(default_factory=dict)  # predicate -> folded values


@dataclass(frozen=True)
class Candidate:
    """A scored candidate for a query."""

    id: str
    name: str
    type: str
    score: float
    match: bool
    description: str


def _description(e: q.ExportEntity) -> str:
    span = f", {e.first[:4]}–{e.last[:4]}" if e.first and e.last else ""
    return f"{TYPE_NAMES.get(e.type, e.type)}, {e.mention_count} mentions{span}"


class NameIndex:
    """Every current entity with its name keys and claim values, rebuilt when the knowledge base changes."""

    def __init__(self, store: Store) -> None:
        ents = [e for e in q.list_entities(store) if e.type in TYPE_NAMES]
        self.entries: dict[str, Entry] = {}
        names = {e.id: e.name for e in ents}
        for e in ents:
            texts = list(dict.fromkeys([e.name] + [n.name for n in e.names]))
            self.entries[e.id] = Entry(e.id, e.type, e.name, texts,
                                       [name_key(t, e.type == "person") for t in texts], _description(e))
        for c in q.list_claims(store):
            for own, other in ((c.subject_entity, c.object_entity), (c.object_entity, c.subject_entity)):
                if own in self.entries:
                    value = names.get(other or "", "") or (c.object_literal if own == c.subject_entity else "")
                    if value:
                        self.entries[own].properties.setdefault(c.predicate, []).append(fold(value))
        self.flat = [(k.folded, eid) for eid, en in self.entries.items() for k in en.keys]
        self.by_surname: dict[str, set[str]] = {}
        for eid, en in self.entries.items():
            for k in en.keys:
                if k.surname:
                    self.by_surname.setdefault(k.surname, set()).add(eid)

    def predicates(self) -> list[str]:
        """Every predicate some entity has a value for."""
        return sorted({p for en in self.entries.values() for p in en.properties})

    def _pool(self, query: str, keys: list[NameKey]) -> set[str]:
        pool: set[str] = set()
        for k in keys:
            pool |= self.by_surname.get(k.surname, set())
        folded = fold(query)
        if folded and self.flat:
            hits = process.extract(folded, [f for f, _ in self.flat], scorer=fuzz.token_sort_ratio,
                                   limit=60, score_cutoff=45)
            pool |= {self.flat[i][1] for _, _, i in hits}
        return pool

    def search(self, query: str, types: Sequence[str] = (), properties: Sequence[tuple[str, str, bool]] = (),
               limit: int = 5) -> list[Candidate]:
        """Candidates for ``query`` of one of ``types`` (any when empty), best first.

        properties: (predicate, value, required) triples; a matching value adds 10, a
        missing one takes 10 off; a required one that does not match drops the candidate.
        """
        types = [t.lower() for t in types if t]
        qkeys = {"person": name_key(query, True), "other": name_key(query, False)}
        scored = []
        for eid in self._pool(query, [qkeys["person"]]):
            en = self.entries[eid]
            if types and en.type not in types:
                continue
            qk = qkeys["person" if en.type == "person" else "other"]
            score = max(name_score(qk, k) for k in en.keys)
            score, ok = _properties(en, score, properties)
            if ok and score > 0:
                scored.append((score, en))
        scored.sort(key=lambda x: (-x[0], x[1].name))
        return _candidates(scored[: max(1, limit)])

    def suggest(self, prefix: str, types: Sequence[str] = (), limit: int = 10, cursor: int = 0) -> list[Entry]:
        """Entities whose names start with (or fold to a start of) ``prefix``, for autocompletion."""
        p, fp = prefix.strip().lower(), fold(prefix)
        out = [en for en in self.entries.values() if (not types or en.type in types) and any(
            n.lower().startswith(p) or (fp and k.folded.startswith(fp)) for n, k in zip(en.names, en.keys))]
        out.sort(key=lambda en: en.name)
        return out[cursor : cursor + limit]


def _properties(en: Entry, score: float, props: Sequence[tuple[str, str, bool]]) -> tuple[float, bool]:
    for pid, value, required in props:
        values = en.properties.get(pid, [])
        want = fold(value)
        hit = bool(want) and any(fuzz.token_sort_ratio(want, v) >= 85 for v in values)
        if required and not hit:
            return score, False
        score += 10.0 if hit else -10.0
    return max(0.0, min(100.0, score)), True


def _candidates(scored: list[tuple[float, Entry]]) -> list[Candidate]:
    out = []
    for i, (score, en) in enumerate(scored):
        runner_up = scored[1][0] if len(scored) > 1 else 0.0
        match = i == 0 and score >= MATCH_SCORE and score - runner_up >= MATCH_MARGIN
        out.append(Candidate(en.id, en.name, en.type, round(score, 1), match, en.description))
    return out


_CACHE: dict[str, tuple[Any, NameIndex]] = {}
_LOCK = threading.Lock()


def index_for(store: Store) -> NameIndex:
    """The name index of ``store``, rebuilt only when its entities, names, claims or decisions changed."""
    sig = q.signature(store)
    with _LOCK:
        hit = _CACHE.get(store.url)
        if hit is not None and hit[0] == sig:
            return hit[1]
    index = NameIndex(store)
    with _LOCK:
        _CACHE[store.url] = (sig, index)
    return index
