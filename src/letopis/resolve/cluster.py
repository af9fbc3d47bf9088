"""The clustering core on plain tuples, apart from any database: rows in, cluster labels out.

Rows come in anchor order (document id, start); a cluster is numbered by its
first row, so the same rows always give the same clusters and the same anchors.

    rows = [("person", "G. I. Myasnikov", "G. I. Myasnikov", None, None, None, None, None, None), ...]
    result = cluster_rows(rows)
    result.labels[i]  # cluster number of row i; result.anchor[c] = first row of cluster c
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from letopis.resolve.keys import fold
from letopis.resolve.persons import Cluster, Doubt, PersonRow, Signature, cluster_block, signature
from letopis.resolve.similar import similar_pairs
from letopis.resolve.translit import has_cyrillic

# type, text, norm, given, patronymic, surname, initials, gender, expansion
Row = tuple[str, str, str, str | None, str | None, str | None, str | None, str | None, str | None]
RESOLVED_TYPES = ("person", "organisation", "enterprise", "place", "publication", "event")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# Head nouns that only say what kind of thing a proper name names ("Krasny Ural plant", завод
# «Красный Урал»): dropped from the cross-language key. Heads that change the referent (district,
# region, committee, railway) are not here; Russian heads are compared in the nominative.
_HEADS: dict[str, frozenset[str]] = {
    "enterprise": frozenset(
        "plant factory works mill mills завод фабрика комбинат мануфактура".split()
    ),
    "publication": frozenset("newspaper journal magazine газета журнал".split()),
    "place": frozenset("city town village город г село деревня посёлок поселок станица".split()),
    "organisation": frozenset("group circle society кружок группа общество".split()),
}
_SMALL = frozenset("the a an of".split())
_QUOTED = re.compile(r"«([^«»]*(?:«[^«»]*»[^«»]*)*)»|\"([^\"]*)\"|“([^”]*)”")
_CYR_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]*")


@dataclass
class Clustering:
    """Labels per row, the first row (anchor) and blocking key of each cluster, and doubtful pairs."""

    labels: list[int] = field(default_factory=list)
    anchor: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    doubts: list[tuple[int, int, float, str]] = field(default_factory=list)


_ABBREVIATION_PLURAL = re.compile(r"\b([A-Z]{2,})s\b")


def thing_key(type_: str, text: str, norm: str, expansion: str | None) -> str:
    """Blocking key of a non-person name: expansion or norm, article and possessive off, folded."""
    name = expansion or norm or text
    name = _POSSESSIVE.sub("", _ARTICLE.sub("", name.strip()))
    key = fold(_ABBREVIATION_PLURAL.sub(r"\1", name))  # "Left SRs" / "Left SR", "the KDs" / "KD"
    if (
        type_ == "organisation"
        and " " not in key
        and len(key) > 4
        and key.endswith("s")
        and name[-1:].islower()
    ):
        key = key[:-1]  # Mensheviks / Menshevik, Collectivists / Collectivist
    return f"{type_}:{key}"


@functools.lru_cache(maxsize=200_000)
def cross_key(type_: str, text: str, norm: str, expansion: str | None) -> str | None:
    """The cross-language key of a non-person proper name, or None.

    Quotes and the type's head nouns (``_HEADS``) off, Russian words outside quotes put in the
    nominative, then transliterated and folded: "Krasny Ural plant", «завода «Красный Урал»»
    and завод «Красный Урал» all give ``enterprise~krasni ural``. Words inside quotes are a
    title, kept as written. Only a blocking key across scripts (see ``_cross_script``).
    """
    heads = _HEADS.get(type_)
    if heads is None:
        return None
    name = _POSSESSIVE.sub("", _ARTICLE.sub("", (expansion or norm or text).strip()))
    parts: list[tuple[str, bool]] = []  # (piece, quoted)
    pos = 0
    for m in _QUOTED.finditer(name):
        parts.append((name[pos : m.start()], False))
        parts.append((next(g for g in m.groups() if g is not None).replace("«", "").replace("»", ""), True))
        pos = m.end()
    parts.append((name[pos:], False))
    words: list[str] = []
    for piece, quoted in parts:
        if quoted:
            words.extend(piece.split())
            continue
        nominative = _nominative(piece.split())
        kept = [w for k, w in enumerate(nominative) if not _is_head(w, heads, first=not words and k == 0)]
        words.extend(_nominative(kept) if len(kept) < len(nominative) else kept)  # «завод Гужона»
    while words and words[0].lower() in _SMALL:
        words = words[1:]
    while words and words[-1].lower() in _SMALL:
        words = words[:-1]
    key = fold(" ".join(words))
    if len(key.replace(" ", "")) < 3:
        return None
    return f"{type_}~{key}"


def _is_head(word: str, heads: frozenset[str], first: bool) -> bool:
    """``word`` is one of ``heads``, or (Russian) a case form of one: завода, фабрики.

    A capitalised Russian word inside a name is part of the name (Красное Село), not its head.
    """
    w = word.lower().strip(".,")
    cyrillic = _CYR_WORD.fullmatch(w) is not None
    if cyrillic and not first and word[:1].isupper():
        return False
    if w in heads:
        return True
    if not cyrillic:
        return False
    try:
        from letopis.extract.morph import Morph

        return any("NOUN" in p.tag and p.normal_form in heads for p in _morph(Morph).parse(w))
    except (ImportError, OSError, AttributeError):
        return False


def _nominative(words: list[str]) -> list[str]:
    """Russian words in the nominative (pymorphy3 through letopis.extract.morph), others as written."""
    if not words or not any(_CYR_WORD.fullmatch(w) for w in words):
        return words
    try:
        from letopis.extract.morph import Morph

        return _morph(Morph).phrase_nominative(words).split()
    except (ImportError, OSError, AttributeError):  # no morphology available: the words as written
        return words


@functools.lru_cache(maxsize=1)
def _morph(cls: type) -> Any:
    return cls()


def _cross_script(rows: Sequence[Row], group_of: list[tuple[str, object]]) -> dict[str, str]:
    """Non-person blocks to join: same type and cross key, written in both Cyrillic and Latin.

    Within one script the exact key decides (a head noun may tell two things apart there); a
    transliteration that folds to the key of a Russian name is that name. Each block maps to the
    first block (in row order) of its cross key.
    """
    first: dict[str, str] = {}
    scripts: dict[str, set[bool]] = defaultdict(set)
    blocks: dict[str, list[str]] = defaultdict(list)
    key_of: dict[str, str | None] = {}
    for row, (block, _) in zip(rows, group_of):
        if row[0] == "person":
            continue
        if block not in key_of:
            key_of[block] = ck = cross_key(row[0], row[1], row[2], row[8])
            if ck is not None:
                first.setdefault(ck, block)
                blocks[ck].append(block)
        ck = key_of[block]
        if ck is not None:
            scripts[ck].add(has_cyrillic(row[8] or row[2] or row[1]))
    return {b: first[ck] for ck, bs in blocks.items() if len(scripts[ck]) == 2 for b in bs if b != first[ck]}


def cluster_rows(rows: Sequence[Row]) -> Clustering:
    """Cluster every row (persons by surname block and name parts, other types by key)."""
    group_of: list[tuple[str, object]] = []  # per row: (block key, node id inside the block)
    prows: list[PersonRow | None] = [
        row[1:8] if row[0] == "person" else None for row in rows  # type: ignore[misc]
    ]
    sig_cache: dict[PersonRow, Signature] = {p: signature(p) for p in dict.fromkeys(prows) if p is not None}
    _x_as_kh(sig_cache)
    blocks: dict[str, dict[object, int]] = defaultdict(dict)  # block -> node -> node index
    for row, prow in zip(rows, prows):
        type_ = row[0]
        if prow is not None:
            sig = sig_cache[prow]
            block = f"person:{sig.surname}" if sig.surname else f"person-text:{fold(row[2] or row[1])}"
            node: object = sig
        else:
            block = thing_key(type_, row[1], row[2], row[8])
            node = block
        nodes = blocks[block]
        if node not in nodes:
            nodes[node] = len(nodes)
        group_of.append((block, node))
    join = _cross_script(rows, group_of)
    if join:
        for i, (block, node) in enumerate(group_of):
            if block in join:
                group_of[i] = (join[block], join[block])
                blocks[join[block]].setdefault(join[block], 0)
        for block in join:
            del blocks[block]
    return _label(rows, group_of, blocks)


def _x_as_kh(sigs: dict[PersonRow, Signature]) -> None:
    """Read Latin "x" as х (scholarly and GOST: Xruščev, Mixail) where only that reading is attested.

    The key folds "x" as "ks" (Alexander, Maximov). A form with "x" takes the "kh" reading
    instead when forms without "x" attest its surname (or given name) under that reading and
    none attests the "ks" one; otherwise it keeps its key. Only a blocking choice: name parts decide.
    """
    xrows = [p for p in sigs if any("x" in (f or "") or "X" in (f or "") for f in p[:5])]
    if not xrows:
        return
    plain = [s for p, s in sigs.items() if not any("x" in (f or "") or "X" in (f or "") for f in p[:5])]
    surnames = {s.surname for s in plain}
    givens = {s.given for s in plain if s.given}
    for p in xrows:
        sig = sigs[p]
        alt = signature(tuple(_kh(f) for f in p[:6]) + (p[6],))  # type: ignore[arg-type]
        if alt.surname != sig.surname and alt.surname in surnames and sig.surname not in surnames:
            sigs[p] = alt
        elif alt.surname == sig.surname and alt.given != sig.given:
            if alt.given in givens and sig.given not in givens:
                sigs[p] = alt


def _kh(field: str | None) -> str | None:
    if field is None or has_cyrillic(field):
        return field
    return field.replace("x", "kh").replace("X", "Kh")


def _label(
    rows: Sequence[Row], group_of: list[tuple[str, object]], blocks: dict[str, dict[object, int]]
) -> Clustering:
    """Cluster inside each block, then number clusters by their first row."""
    local: dict[str, list[int]] = {}  # block -> node index -> local cluster
    block_doubts: dict[str, list[Doubt]] = {}
    profiles: dict[tuple[str, int], Cluster] = {}
    for block, nodes in blocks.items():
        if block.startswith("person:"):
            sigs = list(nodes)  # insertion order = first occurrence
            groups, doubts = cluster_block(sigs)  # type: ignore[arg-type]
            lab = [0] * len(sigs)
            for c, cl in enumerate(groups):
                profiles[(block, c)] = cl
                for n in cl.nodes:
                    lab[n] = c
            local[block], block_doubts[block] = lab, doubts
        else:
            local[block] = (
                [0] * len(nodes) if not block.startswith("person-text:") else list(range(len(nodes)))
            )
    out = Clustering()
    number: dict[tuple[str, int], int] = {}
    similar: list[tuple[int, str, Cluster]] = []
    for i, (block, node) in enumerate(group_of):
        c = local[block][blocks[block][node]]
        label = number.get((block, c))
        if label is None:
            label = number[(block, c)] = len(out.anchor)
            out.anchor.append(i)
            out.keys.append(block)
            if (block, c) in profiles:
                similar.append((label, block[len("person:") :], profiles[(block, c)]))
        out.labels.append(label)
    for block, doubts in block_doubts.items():
        for d in doubts:
            a, b = number.get((block, d.a)), number.get((block, d.b))
            if a is not None and b is not None:
                out.doubts.append((min(a, b), max(a, b), d.score, d.reason))
    out.doubts.extend(similar_pairs(similar))
    return out


class UnionFind:
    """Disjoint sets over cluster numbers; the smallest number (earliest anchor) is the root."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = min(ra, rb), max(ra, rb)
            self.parent[hi] = lo
        return min(ra, rb)
