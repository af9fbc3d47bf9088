"""GEXF 1.3 export: round-trip through networkx, node and edge attributes, time, the hedge filter."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from letopis.errors import LetopisError
from letopis.export.gexf import NS, export_gexf, full_date
from letopis.store import Store
from test_export_queries import build_kb


@pytest.fixture(scope="module")
def kb_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    root = tmp_path_factory.mktemp("gexf")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    build_kb(store)
    return store


def _graph(store: Store, path: Path, min_hedge: str = "suspected") -> nx.Graph:
    export_gexf(store, path, min_hedge)
    return nx.read_gexf(path, version="1.3")


def test_export_gexf_round_trips_through_networkx(kb_store: Store, tmp_path: Path) -> None:
    g = _graph(kb_store, tmp_path / "n.gexf")
    assert g.is_directed()
    assert set(g.nodes) == {"p1", "p2", "o1", "o2", "n1", "l1", "b1"}  # merged-away p9 is gone
    p2 = g.nodes["p2"]
    assert (p2["label"], p2["type"], p2["start"], p2["end"]) == ("Г. И. Зябликов", "person", "1923-01-01",
                                                                   "1923-12-31")
    assert "Zyablikov" in p2["names"].split(" | ")


def test_export_gexf_edges_carry_predicate_hedge_weight_evidence(kb_store: Store, tmp_path: Path) -> None:
    g = _graph(kb_store, tmp_path / "n.gexf")
    e = g.edges["p1", "o1"]
    assert (e["predicate"], e["hedge"], e["weight"], e["evidence"], e["claims"]) == ("member_of", "reported",
                                                                                  1.0, 1, 1)
    assert e["spells"] == [("1922-03-05", "1922-03-05")]
    assert g.edges["p2", "o1"]["former"] is True
    assert not g.has_edge("p1", "o2")  # rejected claim


@pytest.mark.parametrize("min_hedge,edges", [
    ("asserted", {("p1", "n1"), ("p2", "o1")}),
    ("reported", {("p1", "n1"), ("p2", "o1"), ("p1", "o1")}),
    ("suspected", {("p1", "n1"), ("p2", "o1"), ("p1", "o1"), ("p1", "b1")}),
])
def test_export_gexf_min_hedge_filters(kb_store: Store, tmp_path: Path, min_hedge: str, edges: set) -> None:
    g = _graph(kb_store, tmp_path / "n.gexf", min_hedge)
    assert set(g.edges()) == edges


def test_export_gexf_is_gexf_1_3_and_dynamic(kb_store: Store, tmp_path: Path) -> None:
    export_gexf(kb_store, tmp_path / "n.gexf")
    root = etree.parse(str(tmp_path / "n.gexf")).getroot()
    assert root.tag == f"{{{NS}}}gexf" and root.get("version") == "1.3"
    graph = root.find(f"{{{NS}}}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")


def test_export_gexf_rejects_unknown_hedge(kb_store: Store, tmp_path: Path) -> None:
    with pytest.raises(LetopisError, match="not a hedge"):
        export_gexf(kb_store, tmp_path / "n.gexf", "certain")


@pytest.mark.parametrize("value,end,expected", [
    ("1922", False, "1922-01-01"), ("1922", True, "1922-12-31"), ("1924-02", True, "1924-02-29"),
    ("1922-03-05", True, "1922-03-05"), ("spring", False, None), (None, False, None),
])
def test_export_gexf_full_date(value: str | None, end: bool, expected: str | None) -> None:
    assert full_date(value, end) == expected
