"""GEXF 1.3 export: the entity network for Gephi.

Nodes are entities (every type but dates) with their type, names, mention count
and the first/last dates of the claims about them (node ``start``/``end``).
Edges aggregate the claims between two entities per predicate: ``weight`` is
the number of claims, ``evidence`` the number of evidence spans, ``hedge`` the
surest hedge among them; each dated claim adds a ``spell``, so Gephi's timeline
shows when a tie is attested. ``min_hedge`` keeps claims at least that sure
(order: asserted, probable, reported, suspected, denied, refuted); negated claims
are kept only when ``min_hedge`` reaches denied.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional, Union

from lxml import etree

from letopis.errors import LetopisError
from letopis.model import HEDGES
from letopis.store import Store
from letopis.store import export_queries as q

NS = "http://gexf.net/1.3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
DEFAULT_MIN_HEDGE = "suspected"
NODE_ATTRS = (("type", "string"), ("names", "string"), ("mentions", "integer"), ("first", "string"),
              ("last", "string"))
EDGE_ATTRS = (("predicate", "string"), ("hedge", "string"), ("hedges", "string"), ("claims", "integer"),
              ("evidence", "integer"), ("documents", "integer"), ("former", "boolean"))
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass
class Edge:
    """Claims between two entities with one predicate, aggregated."""

    source: str
    target: str
    predicate: str
    hedges: list[str] = field(default_factory=list)
    evidence: int = 0
    documents: set[int] = field(default_factory=set)
    former: bool = False
    spells: list[tuple[Optional[str], Optional[str]]] = field(default_factory=list)

    @property
    def hedge(self) -> str:
        return min(self.hedges, key=HEDGES.index)


def full_date(value: Optional[str], end: bool = False) -> Optional[str]:
    """An ISO date padded to a day (first day, or last with ``end``), or None when not a date."""
    m = _ISO.match(value or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    month = int(mo) if mo else (12 if end else 1)
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(y, month)[1]
    day = int(d) if d else (last if end else 1)
    return date(y, month, min(max(day, 1), last)).isoformat()


def _keep(c: q.ExportClaim, limit: int) -> bool:
    rank = HEDGES.index(c.hedge) if c.hedge in HEDGES else len(HEDGES)
    if not c.polarity and limit < HEDGES.index("denied"):
        return False
    return rank <= limit and bool(c.subject_entity and c.object_entity)


def network_edges(store: Store, min_hedge: str = DEFAULT_MIN_HEDGE) -> list[Edge]:
    """The claims of the knowledge base between two entities, aggregated per (subject, object, predicate)."""
    if min_hedge not in HEDGES:
        raise LetopisError(f"--min-hedge {min_hedge}: not a hedge (use one of {', '.join(HEDGES)})")
    limit = HEDGES.index(min_hedge)
    edges: dict[tuple[str, str, str], Edge] = {}
    for c in q.list_claims(store):
        if not _keep(c, limit) or c.subject_entity == c.object_entity:
            continue
        key = (c.subject_entity or "", c.object_entity or "", c.predicate)
        e = edges.setdefault(key, Edge(*key))
        e.hedges.append(c.hedge)
        e.evidence += max(1, len(c.evidence))
        e.documents.add(c.document_id)
        e.former = e.former or c.former
        if c.time_start or c.time_end:
            e.spells.append((full_date(c.time_start or c.time_end), full_date(c.time_end or c.time_start, True)))
    return list(edges.values())


def _sub(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    return etree.SubElement(parent, f"{{{NS}}}{tag}", {k: str(v) for k, v in attrs.items() if v is not None})


def _attributes(graph: etree._Element, cls: str, spec: tuple[tuple[str, str], ...]) -> None:
    el = _sub(graph, "attributes", **{"class": cls})
    for name, type_ in spec:
        _sub(el, "attribute", id=name, title=name, type=type_)


def _attvalues(parent: etree._Element, values: dict[str, object]) -> None:
    el = _sub(parent, "attvalues")
    for k, v in values.items():
        if v is None or v == "":
            continue
        _sub(el, "attvalue", **{"for": k, "value": str(v).lower() if isinstance(v, bool) else v})


def _node(nodes: etree._Element, ent: q.ExportEntity) -> None:
    names = list(dict.fromkeys([ent.name] + [n.name for n in ent.names]))
    el = _sub(nodes, "node", id=ent.id, label=ent.name, start=full_date(ent.first), end=full_date(ent.last, True))
    _attvalues(el, {"type": ent.type, "names": " | ".join(names), "mentions": ent.mention_count,
                    "first": ent.first, "last": ent.last})


def _edge(edges: etree._Element, i: int, e: Edge) -> None:
    starts = [s for s, _ in e.spells if s]
    ends = [x for _, x in e.spells if x]
    el = _sub(edges, "edge", id=f"r{i}", source=e.source, target=e.target, label=e.predicate,
              weight=float(len(e.hedges)), start=min(starts) if starts else None, end=max(ends) if ends else None)
    _attvalues(el, {"predicate": e.predicate, "hedge": e.hedge, "hedges": " ".join(sorted(set(e.hedges),
                    key=HEDGES.index)), "claims": len(e.hedges), "evidence": e.evidence,
                    "documents": len(e.documents), "former": e.former})
    if e.spells:
        spells = _sub(el, "spells")
        for s, x in e.spells:
            _sub(spells, "spell", start=s, end=x)


def gexf_tree(store: Store, min_hedge: str = DEFAULT_MIN_HEDGE) -> etree._Element:
    """The GEXF 1.3 document of the entity network."""
    edges = network_edges(store, min_hedge)
    ents = [e for e in q.list_entities(store) if e.type != "date"]
    known = {e.id for e in ents}
    edges = [e for e in edges if e.source in known and e.target in known]
    root = etree.Element(f"{{{NS}}}gexf", nsmap={None: NS, "xsi": XSI}, version="1.3")
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {NS}/gexf.xsd")
    meta = _sub(root, "meta", lastmodifieddate=date.today().isoformat())
    _sub(meta, "creator").text = "letopis"
    _sub(meta, "description").text = f"Entities and the claims between them (min hedge: {min_hedge})"
    dated = any(e.first for e in ents) or any(e.spells for e in edges)
    graph = _sub(root, "graph", defaultedgetype="directed", mode="dynamic" if dated else "static",
                 timeformat="date" if dated else None)
    _attributes(graph, "node", NODE_ATTRS)
    _attributes(graph, "edge", EDGE_ATTRS)
    nodes = _sub(graph, "nodes")
    for ent in ents:
        _node(nodes, ent)
    edge_el = _sub(graph, "edges")
    for i, e in enumerate(edges):
        _edge(edge_el, i, e)
    return root


def export_gexf(store: Store, out: Union[str, Path], min_hedge: str = DEFAULT_MIN_HEDGE) -> dict[str, int]:
    """Write the network to ``out`` (GEXF 1.3); returns the numbers of nodes and edges."""
    tree = gexf_tree(store, min_hedge)
    etree.ElementTree(tree).write(str(out), encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return {"nodes": len(tree.findall(f".//{{{NS}}}node")), "edges": len(tree.findall(f".//{{{NS}}}edge"))}
