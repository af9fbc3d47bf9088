"""The clustering core on plain tuples, apart from any database: rows in, cluster labels out.

Rows come in anchor order (document id, start); a cluster is numbered by its
first row, so the same rows always give the same clusters and the same anchors.

    rows = [("person", "G. I. Myasnikov", "G. I. Myasnikov", None, None, None, None, None, None), ...]
    result = cluster_rows(rows)
    result.labels[i]  # cluster number of row i; result.anchor[c] = first row of cluster c
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from letopis.resolve.keys import fold
from letopis.resolve.persons import Cluster, Doubt, PersonRow, Signature, cluster_block, signature
from letopis.resolve.similar import similar_pairs
from letopis.resolve.translit import has_cyrillic

# type, text, norm, given, patronymic, surname, initials, gender, expansion
Row = tuple[str, str, str, str | None, str | None, str | None, str | None, str | None, str | None]
RESOLVED_TYPES = ("person", "organisation", "enterprise", "place", "publication", "event")
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")


@dataclass
class Clustering:
    """Labels per row, the first row (anchor) and blocking key of each cluster, and doubtful pairs."""

    labels: list[int] = field(default_factory=list)
    anchor: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    doubts: list[tuple[int, int, float, str]] = field(default_factory=list)


def thing_key(type_: str, text: str, norm: str, expansion: str | None) -> str:
    """Blocking key of a non-person name: expansion or norm, article and possessive off, folded."""
    name = expansion or norm or text
    name = _POSSESSIVE.sub("", _ARTICLE.sub("", name.strip()))
    key = fold(name)
    if (
        type_ == "organisation"
        and " " not in key
        and len(key) > 4
        and key.endswith("s")
        and name[-1:].islower()
    ):
        key = key[:-1]  # Mensheviks / Menshevik, Collectivists / Collectivist
    return f"{type_}:{key}"


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
