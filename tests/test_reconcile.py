"""The reconciliation service (W3C Entity Reconciliation API v0.2, as OpenRefine speaks it), in-process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from letopis.export.reconcile_index import name_key, name_score
from letopis.store import Store
from letopis.web.reconcile import router
from test_export_queries import build_kb


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("reconcile")
    store = Store.open(f"sqlite:///{root / 'kb.db'}")
    build_kb(store)
    app = FastAPI()
    app.state.store = store
    app.include_router(router)
    with TestClient(app) as c:
        yield c
    store.close()


def test_reconcile_manifest(client: TestClient) -> None:
    r = client.get("/reconcile")
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    m = r.json()
    assert m["versions"] == ["0.2"]
    assert m["identifierSpace"].endswith("/entities/") and m["schemaSpace"]
    assert {"id": "person", "name": "Person"} in m["defaultTypes"]
    assert "{{id}}" in m["view"]["url"] and "{{id}}" in m["preview"]["url"]
    assert m["suggest"]["entity"]["service_path"] == "/suggest/entity"


def test_reconcile_manifest_jsonp(client: TestClient) -> None:
    r = client.get("/reconcile", params={"callback": "jsonp123"})
    assert r.text.startswith("/**/jsonp123(") and r.text.endswith(");")
    assert json.loads(r.text[len("/**/jsonp123(") : -2])["versions"] == ["0.2"]
    bad = client.get("/reconcile", params={"callback": "alert(1)//"})
    assert bad.headers["content-type"].startswith("application/json")


def test_reconcile_batch_form_as_openrefine_sends_it(client: TestClient) -> None:
    queries = {"q0": {"query": "Ziablikov, G.", "type": "person", "limit": 3},
               "q1": {"query": "Iron Spark", "type": "organisation"},
               "q2": {"query": "Tula"}}
    r = client.post("/reconcile", data={"queries": json.dumps(queries)})
    assert r.status_code == 200
    res = r.json()
    assert set(res) == {"q0", "q1", "q2"}
    top = res["q0"]["result"][0]
    assert (top["id"], top["match"], top["type"]) == ("p2", True, [{"id": "person", "name": "Person"}])
    assert top["score"] >= 90
    assert res["q1"]["result"][0]["id"] == "o1"
    assert res["q2"]["result"][0]["id"] == "l1" and res["q2"]["result"][0]["match"] is True


def test_reconcile_json_body_v02_and_draft(client: TestClient) -> None:
    r = client.post("/reconcile", json={"q0": {"query": "Зябликов"}})
    assert r.json()["q0"]["result"][0]["id"] == "p2"
    draft = {"queries": [{"query": "Sarkin", "type": "person", "limit": 2,
                          "conditions": [{"matchType": "property", "propertyId": "employed_at",
                                          "propertyValue": "Krasny Gorn works", "required": True}]}]}
    r = client.post("/reconcile", json=draft)
    cands = r.json()["results"][0]["candidates"]
    assert [c["id"] for c in cands] == ["p1"]


def test_reconcile_single_query_get(client: TestClient) -> None:
    r = client.get("/reconcile", params={"query": "I. P. Sarkin"})
    assert r.json()["result"][0]["id"] == "p1"  # the merged-away name finds the survivor
    r = client.get("/reconcile", params={"query": json.dumps({"query": "Sarkin", "type": "place"})})
    assert all(c["type"][0]["id"] == "place" for c in r.json()["result"])


@pytest.mark.parametrize("query,types,expected", [
    ("Sarkin, I.", ["person"], "p1"),
    ("Ivan Sarkin", ["person"], "p1"),
    ("Zyablikov", ["person"], "p2"),
    ("Железная искра", [], "o1"),
    ("Rabochii Vestnik", [], "b1"),
])
def test_reconcile_candidates_use_name_keys(client: TestClient, query: str, types: list[str], expected: str) -> None:
    r = client.post("/reconcile", data={"queries": json.dumps({"q": {"query": query, "type": types}})})
    assert r.json()["q"]["result"][0]["id"] == expected


def test_reconcile_type_constraint_excludes_other_types(client: TestClient) -> None:
    r = client.post("/reconcile", data={"queries": json.dumps({"q": {"query": "Iron Spark group", "type": "person"}})})
    assert "o1" not in [c["id"] for c in r.json()["q"]["result"]]


def test_reconcile_property_constraint_changes_scores(client: TestClient) -> None:
    def score(props: list[dict[str, str]]) -> float:
        q = {"q": {"query": "Sarkin, I.", "type": "person", "properties": props}}
        res = client.post("/reconcile", data={"queries": json.dumps(q)}).json()["q"]["result"]
        return next(c["score"] for c in res if c["id"] == "p1")

    base = score([])
    assert score([{"pid": "member_of", "v": "Iron Spark group"}]) > base
    assert score([{"pid": "member_of", "v": "Nothing Such"}]) < base


@pytest.mark.parametrize("payload", [{"queries": "{not json"}, {"queries": "[1, 2]"}, {"other": "x"}])
def test_reconcile_bad_requests_are_400(client: TestClient, payload: dict[str, str]) -> None:
    r = client.post("/reconcile", data=payload)
    assert r.status_code == 400 and "error" in r.json()


def test_reconcile_preview(client: TestClient) -> None:
    r = client.get("/reconcile/preview", params={"id": "p2"})
    assert r.status_code == 200 and "Г. И. Зябликов" in r.text and "Zyablikov" in r.text
    assert "frame-ancestors *" in r.headers["content-security-policy"]
    assert client.get("/reconcile/preview", params={"id": "nope"}).status_code == 404


def test_reconcile_suggest(client: TestClient) -> None:
    res = client.get("/reconcile/suggest/entity", params={"prefix": "Zya"}).json()["result"]
    assert [e["id"] for e in res] == ["p2"] and res[0]["notable"][0]["id"] == "person"
    res = client.get("/reconcile/suggest/entity", params={"prefix": "Жел"}).json()["result"]
    assert [e["id"] for e in res] == ["o1"]
    types = client.get("/reconcile/suggest/type", params={"prefix": "Pl"}).json()["result"]
    assert types == [{"id": "place", "name": "Place"}]
    props = client.get("/reconcile/suggest/property", params={"prefix": "mem"}).json()["result"]
    assert props == [{"id": "member_of", "name": "member of"}]
    assert "employed_at" in [p["id"] for p in client.get("/reconcile/properties").json()["properties"]]


@pytest.mark.parametrize("query,name,low,high", [
    ("Ziablikov, G.", "Зябликов Гаврила Ильич", 90, 100),
    ("Zyablikov G. I.", "Зябликова", 70, 80),  # the form may be a woman's name: a little less
    ("Zyablikova", "Зябликов Гаврила Ильич", 70, 80),
    ("Zyablikova, A.", "Zyablikova", 85, 85),
    ("Ziablikov, P.", "Зябликов Гаврила Ильич", 0, 60),
    ("Ziablikov", "Зябликов", 100, 100),
])
def test_reconcile_name_score(query: str, name: str, low: float, high: float) -> None:
    s = name_score(name_key(query, True), name_key(name, True))
    assert low <= s <= high


def test_reconcile_index_follows_changes(tmp_path: Path) -> None:
    from sqlalchemy import update

    from letopis.export.reconcile_index import index_for
    from letopis.store.schema import entities

    store = Store.open(f"sqlite:///{tmp_path / 'kb.db'}")
    build_kb(store)
    assert "o2" in index_for(store).entries
    with store.engine.begin() as conn:
        conn.execute(update(entities).where(entities.c.id == "o2").values(redirect_to="o1"))
    assert "o2" not in index_for(store).entries
    store.close()
