"""Exports over a knowledge base built the real way: add_document (with claims) then resolve_store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import networkx as nx
import pytest
from pyld import jsonld

from letopis.export.csv_export import export_csv
from letopis.export.gexf import export_gexf
from letopis.export.jsonld import export_jsonld
from letopis.export.reconcile_index import NameIndex
from letopis.export.tei import export_tei, validate_tei
from letopis.model import Claim, Voice
from letopis.store import Store
from letopis.store import export_queries as q
from letopis.store.documents import add_document
from test_export_queries import en_document, ru_document


def _with_claims() -> list:
    en = en_document()
    idx = {m.text: i for i, m in reversed(list(enumerate(en.mentions)))}
    s = en.text.index("Sarkin is a member")
    claim = Claim(subject=idx["Sarkin"], predicate="member_of", object=6, hedge="reported",
                  attribution=(Voice("Unknown informant", "author"), Voice("an informant", "informant")),
                  evidence_start=s, evidence_end=s + len("Sarkin is a member of the Iron Spark group"), segment=1)
    return [dataclasses.replace(en, claims=(claim,)), ru_document()]


@pytest.fixture(scope="module")
def resolved(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from letopis.resolve.corpus import resolve_store

    root = tmp_path_factory.mktemp("resolved")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    for doc in _with_claims():
        add_document(store, doc)
    resolve_store(store)
    return store


def test_export_resolved_claims_reach_entities(resolved: Store) -> None:
    claims = q.list_claims(resolved)
    assert len(claims) == 1 and claims[0].subject_entity and claims[0].object_entity
    ents = {e.id: e for e in q.list_entities(resolved)}
    assert ents[claims[0].subject_entity].type == "person"


def test_export_resolved_every_format(resolved: Store, tmp_path: Path) -> None:
    res = export_tei(resolved, tmp_path / "tei")
    assert res.relations == 1 and all(validate_tei(f) == [] for f in res.files)
    export_gexf(resolved, tmp_path / "n.gexf")
    g = nx.read_gexf(tmp_path / "n.gexf", version="1.3")
    assert g.number_of_edges() == 1
    counts = export_csv(resolved, tmp_path / "csv")
    assert counts["claims"] == 1 and counts["entities"] >= 5
    export_jsonld(resolved, tmp_path / "kb.jsonld")
    data = json.loads((tmp_path / "kb.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(data, {"documentLoader": lambda url, options=None: pytest.fail(url)})
    assert any("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement" in n.get("@type", []) for n in expanded)


def test_export_resolved_reconcile_finds_cyrillic_person(resolved: Store) -> None:
    hits = NameIndex(resolved).search("Ziablikov, G.", ["person"])
    assert hits and hits[0].match and "Зябликов" in hits[0].name
