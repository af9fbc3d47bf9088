"""JSON-LD export: expands with pyld without any network access, to schema.org and reified statements."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from letopis.export.jsonld import CONTEXT_FILE, context, export_jsonld
from letopis.store import Store
from test_export_queries import build_kb

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
LP = "urn:letopis:vocab:"


def _no_network(url: str, options: Any = None) -> Any:
    raise AssertionError(f"the processor tried to fetch {url}")


@pytest.fixture(scope="module")
def expanded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    root = tmp_path_factory.mktemp("jsonld")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    build_kb(store)
    counts = export_jsonld(store, root / "kb.jsonld")
    assert counts == {"documents": 2, "entities": 7, "claims": 5}
    store.close()
    data = json.loads((root / "kb.jsonld").read_text(encoding="utf-8"))
    assert isinstance(data["@context"], dict)  # embedded, never a URL
    nodes = jsonld.expand(data, {"documentLoader": _no_network})
    return {n["@id"]: n for n in nodes}


def _value(node: dict[str, Any], prop: str) -> Any:
    v = node[prop][0]
    return v.get("@id", v.get("@value"))


def test_export_jsonld_entities_are_schema_org(expanded: dict[str, dict[str, Any]]) -> None:
    p = expanded["urn:letopis:entity:p1"]
    assert p["@type"] == [SCHEMA + "Person"]
    assert _value(p, SCHEMA + "name") == "Ivan Petrovich Sarkin"
    assert {v["@value"] for v in p[SCHEMA + "alternateName"]} == {"Sarkin", "I. P. Sarkin"}
    assert expanded["urn:letopis:entity:o1"]["@type"] == [SCHEMA + "Organization"]
    tula = expanded["urn:letopis:entity:l1"]
    assert tula["@type"] == [SCHEMA + "Place"]
    assert _value(tula, SCHEMA + "sameAs") == "http://www.wikidata.org/entity/Q4305"
    assert "urn:letopis:entity:p9" not in expanded


def test_export_jsonld_claims_are_reified_statements(expanded: dict[str, dict[str, Any]]) -> None:
    c = expanded["urn:letopis:claim:c1"]
    assert c["@type"] == [RDF + "Statement"]
    assert _value(c, RDF + "subject") == "urn:letopis:entity:p1"
    assert _value(c, RDF + "predicate") == LP + "member_of"
    assert _value(c, RDF + "object") == "urn:letopis:entity:o1"
    assert _value(c, LP + "hedge") == LP + "reported"
    assert _value(c, PROV + "wasDerivedFrom").startswith("urn:letopis:document:")
    voices = c[PROV + "wasAttributedTo"][0]["@list"]
    assert [_value(v, LP + "role") for v in voices] == ["author", "informant"]
    ev = c[LP + "evidence"][0]
    assert _value(ev, LP + "quote") == "Sarkin is a member of the Iron Spark group"


def test_export_jsonld_literal_objects_and_polarity(expanded: dict[str, dict[str, Any]]) -> None:
    c = expanded["urn:letopis:claim:c5"]
    assert _value(c, RDF + "object") == "=expelled"
    assert _value(c, LP + "polarity") is False
    assert _value(c, LP + "hedge") == LP + "denied"
    assert "urn:letopis:claim:c6" not in expanded  # rejected


def test_export_jsonld_context_file_is_the_embedded_context() -> None:
    shipped = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    assert shipped["@context"] == context()
    assert jsonld.expand({"@context": context(), "@id": "urn:x", "hedge": "probable"},
                         {"documentLoader": _no_network})[0][LP + "hedge"] == [{"@id": LP + "probable"}]


def test_export_jsonld_base_iri(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    build_kb(store)
    export_jsonld(store, tmp_path / "kb.jsonld", base="https://example.org/kb/")
    data = json.loads((tmp_path / "kb.jsonld").read_text(encoding="utf-8"))
    assert "https://example.org/kb/entity/p1" in {n["id"] for n in data["@graph"]}
    store.close()
