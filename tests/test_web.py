"""HTTP-level tests of every page and API route of the workbench (FastAPI TestClient)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from letopis.store import Store
from letopis.web.app import create_app
from test_web_kb import build_kb

TOKEN = "test-token-123"


@pytest.fixture
def kb(store: Store) -> dict[str, int]:
    return build_kb(store)


@pytest.fixture
def client(store: Store, kb: dict[str, int]) -> Iterator[TestClient]:
    with TestClient(create_app(store, token=TOKEN)) as c:
        yield c


def soup(resp) -> BeautifulSoup:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    return BeautifulSoup(resp.text, "html.parser")


@pytest.mark.parametrize(
    "path",
    ["/", "/documents/1", "/entities", "/entities/p-kolyadin", "/network", "/timeline", "/search?q=Kolyadin",
     "/review", "/api/documents", "/api/documents/1", "/api/entities", "/api/entities/p-kolyadin", "/api/claims",
     "/api/search?q=x", "/api/graph", "/api/timeline", "/api/review", "/openapi.json", "/static/app.css"],
)  # fmt: skip
def test_web_every_route_answers_with_security_headers(client: TestClient, path: str) -> None:
    resp = client.get(path)
    assert resp.status_code == 200, resp.text[:300]
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_web_corpus_lists_documents_with_counts_and_filters(client: TestClient) -> None:
    page = soup(client.get("/"))
    titles = [a.get_text() for a in page.select("table.documents td.title a")]
    assert titles == ["Report on the strike movement", "Донесение о группе Колядина",
                      "Koliadin and the workers' opposition"]  # fmt: skip
    assert "3" in page.select_one("ul.stats").get_text()
    ru = soup(client.get("/?language=ru"))
    assert [a.get_text() for a in ru.select("table.documents td.title a")] == ["Донесение о группе Колядина"]
    old = client.get("/api/documents", params={"date_to": "1923"}).json()
    assert {d["title"] for d in old["documents"]} == {"Report on the strike movement", "Донесение о группе Колядина"}
    assert client.get("/api/documents", params={"genre": "study"}).json()["documents"][0]["date"] == "2020"
    assert client.get("/api/documents", params={"date_from": "not-a-date"}).status_code == 422
    assert client.get("/?language=&genre=&date_from=&date_to=").status_code == 200  # empty form fields


def test_web_reader_highlights_mentions_and_links_footnotes(client: TestClient, kb: dict[str, int]) -> None:
    page = soup(client.get(f"/documents/{kb['en']}"))
    person = page.select_one("a.mention.t-person[data-entity='p-kolyadin']")
    assert person.get_text() == "Fyodor Kolyadin" and person["href"] == "/entities/p-kolyadin"
    assert "confirmed" in person["class"]  # a person confirmed this entity: solid
    assert "machine" in page.select_one("a.mention[data-entity='p-sverbeeva']")["class"]  # striped
    assert page.select_one(".mention.t-date").get_text() == "August 1923"
    group = page.select_one("span.mention.t-organisation.outer[data-entity='o-circle']")  # a name inside a name
    assert group.get_text() == "Kolyadin's group"
    assert group.select_one("a.mention.t-person")["href"] == "/entities/p-kolyadin"
    assert not page.select("a.mention a")  # never a link inside a link
    marker = page.select_one("a.fnref")
    note = page.select_one(marker["href"])
    assert note is not None and "Archive of the Secret Department" in note.get_text()
    back = note.select_one("a.fnback")
    assert page.select_one(back["href"]) is marker
    assert "Secret Department" in page.select_one(".meta").get_text()
    assert page.select_one(".meta a.ext")["href"] == "https://archive.example.org/report-1923"


def test_web_document_text_is_escaped(client: TestClient, kb: dict[str, int]) -> None:
    resp = client.get(f"/documents/{kb['en']}")
    assert "<script>alert" not in resp.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in resp.text
    page = soup(resp)
    assert all(s.get("src", "").startswith("/static/") for s in page.find_all("script"))
    assert "<script>alert('x')</script>" in page.select_one(".reader .text").get_text()


def test_web_api_document_has_segments_mentions_and_claims(client: TestClient, kb: dict[str, int]) -> None:
    data = client.get(f"/api/documents/{kb['ru']}").json()
    assert data["document"]["language"] == "ru"
    assert [s["kind"] for s in data["segments"]] == ["heading", "paragraph"]
    assert {m["entity"] for m in data["mentions"] if m["type"] == "person"} == {"p-kolyadin"}
    assert {c["id"] for c in data["claims"]} == {"c-ru-leads", "c-speaks"}
    assert client.get("/api/documents/999").status_code == 404
    assert client.get("/documents/999").status_code == 404


def test_web_entity_page_shows_names_kwic_claims(client: TestClient, kb: dict[str, int]) -> None:
    page = soup(client.get("/entities/p-kolyadin"))
    assert page.select_one("h1").get_text() == "Fyodor Kolyadin"
    scripts = [h.get_text() for h in page.select(".names h3")]
    assert any("Cyrillic" in s for s in scripts) and any("Latin" in s for s in scripts)
    assert "Колядина" in page.select_one(".names").get_text()
    hits = page.select("table.kwic td.hit a")
    assert len(hits) == 6 and {a.get_text() for a in hits} >= {"Колядина", "Fedor Koliadin", "Kolyadin"}
    assert hits[0]["href"].startswith("/documents/") and "#m" in hits[0]["href"]
    rows = page.select("table.claims tr.claim")
    assert {r["id"] for r in rows} >= {"claim-c-leads", "claim-c-founded", "claim-c-ru-leads"}
    leads = page.select_one("#claim-c-leads")
    assert "corroborated" in leads["class"] and "st-accepted" in leads["class"]
    assert "Q000001" in page.get_text()
    assert "Workers' Truth Circle" in page.select_one("ul.cooc").get_text()


def test_web_entity_contested_claims_marked(client: TestClient) -> None:
    claims = client.get("/api/claims", params={"entity": "p-sverbeeva"}).json()["claims"]
    by_id = {c["id"]: c for c in claims}
    assert by_id["c-sv-member"]["contested"] and by_id["c-sv-denied"]["contested"]
    assert by_id["c-sv-member"]["attribution"] == [
        {"name": "Secret Department", "role": "author", "entity": None},
        {"name": "an informant", "role": "informant", "entity": None},
    ]
    assert by_id["c-sv-member"]["evidence"]["quote"] == "Kolyadin's group includes Anna Sverbeeva"


def test_web_merged_entity_redirects_to_survivor(client: TestClient) -> None:
    resp = client.get("/entities/p-koliadin-old", follow_redirects=False)
    assert resp.status_code == 307 and resp.headers["location"] == "/entities/p-kolyadin"
    assert client.get("/api/entities/p-koliadin-old").json()["id"] == "p-kolyadin"
    assert client.get("/entities/nobody").status_code == 404
    assert client.get("/api/entities/nobody").json()["error"].startswith("entity nobody")


def test_web_entity_card_for_the_reader(client: TestClient) -> None:
    card = client.get("/api/entities/p-kolyadin", params={"card": "true"}).json()
    assert card["name"] == "Fyodor Kolyadin" and "Колядин" in card["names"]
    assert card["claim_count"] == 5 and len(card["claims"]) == 5


def test_web_api_entities_by_type_and_name(client: TestClient) -> None:
    orgs = client.get("/api/entities", params={"type": "organisation"}).json()
    assert [e["id"] for e in orgs["entities"]] == ["o-circle"]
    people = client.get("/api/entities", params={"type": "person"}).json()
    assert "p-koliadin-old" not in {e["id"] for e in people["entities"]}  # merged away
    found = client.get("/api/entities", params={"q": "Колядин"}).json()
    assert [e["id"] for e in found["entities"]] == ["p-kolyadin"]


@pytest.mark.parametrize(
    "query,entity",
    [("Kolyadin", "p-kolyadin"), ("Koliadin", "p-kolyadin"), ("Колядин", "p-kolyadin"),
     ("колядина", "p-kolyadin"), ("KOLJADIN", "p-kolyadin"), ("Sverbeeva", "p-sverbeeva"),
     ("Невский завод", "e-ironworks")],
)  # fmt: skip
def test_web_search_entities_across_scripts(client: TestClient, query: str, entity: str) -> None:
    data = client.get("/api/search", params={"q": query}).json()
    assert data["entities"] and data["entities"][0]["id"] == entity
    assert list(data) == ["q", "entities", "documents"]  # entities first


@pytest.mark.parametrize(
    "query,titles",
    [("Колядин", {"Донесение о группе Колядина", "Report on the strike movement", "Koliadin and the workers' opposition"}),
     ("Petrovsky", set()),
     ("заводе", {"Донесение о группе Колядина"}),
     ("завод", {"Донесение о группе Колядина"}),
     ("leaflet found", {"Report on the strike movement"}),
     ("Kolyadin 1922", {"Koliadin and the workers' opposition"})],
)  # fmt: skip
def test_web_search_documents_by_form_and_script(client: TestClient, query: str, titles: set[str]) -> None:
    docs = client.get("/api/search", params={"q": query}).json()["documents"]
    assert {d["title"] for d in docs} == titles


def test_web_search_page_highlights_snippets(client: TestClient) -> None:
    page = soup(client.get("/search", params={"q": "Колядин"}))
    marks = {m.get_text() for m in page.select(".snippet mark")}
    assert {"Колядина", "Kolyadin"} <= marks or {"Колядина", "Koliadin"} <= marks
    assert page.select_one(".results-entities a.ent")["href"] == "/entities/p-kolyadin"
    links = {a["href"] for a in page.select(".snippet a.in-context")}  # to the segment where the match is
    assert links == {"/documents/1#s1", "/documents/2#s0", "/documents/3#s0"}
    empty = soup(client.get("/search", params={"q": ""}))
    assert not empty.select(".results-entities")


def test_web_graph_filters_by_hedge_and_document(client: TestClient, kb: dict[str, int]) -> None:
    full = client.get("/api/graph").json()
    ids = {n["id"] for n in full["nodes"]}
    assert ids == {"p-kolyadin", "p-sverbeeva", "p-lomtev", "p-lomtev2", "o-circle", "e-ironworks"}
    sure = client.get("/api/graph", params={"min_hedge": "asserted"}).json()
    assert {n["id"] for n in sure["nodes"]} == {"p-kolyadin", "o-circle", "e-ironworks"}
    reported = client.get("/api/graph", params={"min_hedge": "reported"}).json()
    assert "p-sverbeeva" in {n["id"] for n in reported["nodes"]}
    later = client.get("/api/graph", params={"document": kb["later"]}).json()
    assert {(e["source"], e["target"]) for e in later["edges"]} == {("p-kolyadin", "o-circle"), ("p-lomtev2", "o-circle")}
    dated = client.get("/api/graph", params={"date_from": "1923-06", "date_to": "1923-12"}).json()
    assert ("p-kolyadin", "o-circle", "founded") not in {(e["source"], e["target"], e["predicate"]) for e in dated["edges"]}
    assert client.get("/api/graph", params={"min_hedge": "certain"}).status_code == 422


def test_web_network_page_offers_graph_and_filters(client: TestClient) -> None:
    page = soup(client.get("/network", params={"min_hedge": "reported"}))
    assert page.select_one("canvas#graph")["data-src"] == "/api/graph?min_hedge=reported"
    assert page.select_one("select[name=min_hedge] option[selected]")["value"] == "reported"


def test_web_timeline_shows_precision(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    precisions = {c["id"]: c["time"]["precision"] for c in data["claims"]}
    assert precisions == {"c-meets": "month", "c-speaks": "season", "c-founded": "year", "c-lo2-member": "year"}
    assert {d["precision"] for d in data["dates"]} == {"month", "season"}
    page = soup(client.get("/timeline"))
    assert len(page.select("svg.timeline g.item")) == 6
    text = page.get_text()
    assert "autumn 1923" in text and "August 1923" in text
    later = client.get("/api/timeline", params={"date_from": "1923"}).json()["claims"]
    assert [c["id"] for c in later] == ["c-lo2-member", "c-meets", "c-speaks"]


def test_web_review_page_lists_merges_and_machine_claims(client: TestClient) -> None:
    page = soup(client.get("/review"))
    assert "P. Lomtev" in page.select_one("table.merges").get_text()
    rows = page.select("table.claims tr.claim")
    assert "claim-c-leads" not in {r["id"] for r in rows}  # accepted already
    assert all("st-machine" in r["class"] for r in rows)
    assert page.select_one("input[name=token]")["value"] == ""
    with_token = soup(client.get("/review", params={"token": TOKEN}))
    assert with_token.select_one("form.decision input[name=token]")["value"] == TOKEN
    wrong = soup(client.get("/review", params={"token": "nope"}))
    assert wrong.select_one("form.decision input[name=token]")["value"] == ""


def test_web_review_writes_need_the_token(client: TestClient) -> None:
    assert client.post("/api/review/claims/c-sv-member/accept").status_code == 403
    assert client.post("/api/review/claims/c-sv-member/accept", headers={"x-letopis-token": "wrong"}).status_code == 403
    assert client.post("/api/review/merges/1/reject", data={"token": "wrong"}).status_code == 403


def test_web_review_claim_decisions_land_in_the_log(client: TestClient, store: Store) -> None:
    from letopis.store.decisions import list_decisions

    assert "st-machine" in soup(client.get("/entities/p-sverbeeva")).select_one("#claim-c-sv-member")["class"]
    resp = client.post("/api/review/claims/c-sv-member/reject", headers={"x-letopis-token": TOKEN})
    assert resp.status_code == 200 and resp.json()["ok"] is True
    resp = client.post("/api/review/claims/c-lo-member/accept", data={"token": TOKEN, "back": "/review"},
                       follow_redirects=False)  # fmt: skip
    assert resp.status_code == 303 and resp.headers["location"] == "/review"
    log = [(d["action"], d["payload"]) for d in list_decisions(store)]
    assert log == [("reject", {"claim": "c-sv-member"}), ("accept", {"claim": "c-lo-member"})]
    claims = {c["id"]: c for c in client.get("/api/claims", params={"entity": "p-lomtev"}).json()["claims"]}
    assert claims["c-lo-member"]["status"] == "accepted"
    page = soup(client.get("/entities/p-sverbeeva"))  # the cached page was recomputed
    assert "st-rejected" in page.select_one("#claim-c-sv-member")["class"]
    assert "st-accepted" in soup(client.get("/entities/p-lomtev")).select_one("#claim-c-lo-member")["class"]
    for evil in ("//evil.example", "/\\evil.example", "https://evil.example"):  # no open redirect
        resp = client.post("/api/review/claims/c-lo-member/accept", data={"token": TOKEN, "back": evil},
                           follow_redirects=False)  # fmt: skip
        assert resp.status_code == 200 and "location" not in resp.headers
    assert client.post("/api/review/claims/c-lo-member/maybe", headers={"x-letopis-token": TOKEN}).status_code == 400
    assert client.post("/api/review/claims/nothing/accept", headers={"x-letopis-token": TOKEN}).status_code == 404


def test_web_review_merge_decision(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr("letopis.web.actions._find",
                        lambda c: lambda store, *args, **kw: calls.append((c[0][1], args, kw)))  # fmt: skip
    resp = client.post("/api/review/merges/1/accept", headers={"x-letopis-token": TOKEN})
    assert resp.status_code == 200, resp.text
    client.post("/api/review/merges/1/reject", headers={"x-letopis-token": TOKEN})
    assert [c[:2] for c in calls] == [("merge", (["p-lomtev", "p-lomtev2"],)), ("keep_apart", ("p-lomtev", "p-lomtev2"))]
    assert client.post("/api/review/merges/99/accept", headers={"x-letopis-token": TOKEN}).status_code == 404


def test_web_review_merge_through_the_review_engine(client: TestClient, store: Store) -> None:
    pytest.importorskip("letopis.review.actions")
    from letopis.store.decisions import list_decisions

    assert soup(client.get("/entities/p-lomtev2")).select_one("h1").get_text() == "P. Lomtev"
    resp = client.post("/api/review/merges/1/accept", data={"token": TOKEN, "back": "/review"}, follow_redirects=False)
    assert resp.status_code == 303
    assert [d["action"] for d in list_decisions(store)] == ["merge"]
    assert client.get("/api/review").json()["merges"] == []
    resp = client.get("/entities/p-lomtev2", follow_redirects=False)  # the merged id forwards
    assert resp.status_code == 307 and resp.headers["location"] == "/entities/p-lomtev"


def test_web_gexf_download(client: TestClient) -> None:
    from letopis.web.views import gexf_available

    resp = client.get("/api/graph.gexf", params={"min_hedge": "reported"})
    if not gexf_available():
        assert resp.status_code == 404
        return
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/gexf+xml")
    assert b"<gexf" in resp.content and b"Workers' Truth Circle" in resp.content


def test_web_request_size_limit(client: TestClient) -> None:
    resp = client.post("/api/review/claims/x/accept", content=b"a" * 1_100_000, headers={"x-letopis-token": TOKEN})
    assert resp.status_code == 413


def test_web_openapi_describes_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/documents", "/api/documents/{doc_id}", "/api/entities", "/api/entities/{entity_id}",
              "/api/claims", "/api/search", "/api/graph", "/api/timeline", "/api/review"):  # fmt: skip
        assert p in paths
    assert "/review" not in paths  # pages are not part of the API


def test_web_empty_knowledge_base(sqlite_store: Store) -> None:
    with TestClient(create_app(sqlite_store)) as c:
        for path in ("/", "/network", "/timeline", "/review", "/search?q=anything", "/entities"):
            assert c.get(path).status_code == 200, path
        assert c.get("/api/graph").json() == {"nodes": [], "edges": []}


PIPELINE_TEXT = """Report on the Ironworks Circle

Comrade Fyodor Kolyadin, a fitter at the Neva Ironworks, leads the Workers' Truth Circle.[1] According to an
informant, Anna Sverbeeva is a member of the circle. A leaflet said <b>strike</b>.

[1] Archive of the Secret Department, f. 1, op. 2, d. 3.
"""


@pytest.mark.parametrize("analyse", [False, True])
def test_web_pages_over_the_real_pipeline(store: Store, tmp_path, analyse: bool) -> None:  # type: ignore[no-untyped-def]
    from letopis.pipeline import ingest

    path = tmp_path / "report.en.txt"
    path.write_text(PIPELINE_TEXT, encoding="utf-8")
    report = ingest(store, [path], analyse=analyse)
    if report.failures:
        pytest.skip(f"the pipeline cannot analyse yet: {report.failures[0][:160]}")
    with TestClient(create_app(store, token=TOKEN)) as c:
        doc_id = c.get("/api/documents").json()["documents"][0]["id"]
        page = soup(c.get(f"/documents/{doc_id}"))
        assert "A leaflet said <b>strike</b>." in page.select_one(".reader .text").get_text()
        for path in ("/", "/network", "/timeline", "/review", "/entities", "/search?q=Колядин"):
            assert c.get(path).status_code == 200, path
        assert c.get("/api/search", params={"q": "Колядин"}).json()["documents"][0]["id"] == doc_id
        if analyse:
            assert page.select("a.mention.t-person, span.mention.t-person")


def test_web_serve_command_binds_localhost_and_prints_token(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from letopis.cli import cli

    seen = {}

    def fake_run(app, host, port, **kw):  # type: ignore[no-untyped-def]
        seen.update(host=host, port=port, token=app.state.token)

    monkeypatch.setattr("uvicorn.run", fake_run)
    monkeypatch.delenv("LETOPIS_TOKEN", raising=False)
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    result = CliRunner().invoke(cli, ["--db", db, "serve", "--no-open"])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert f"review token: {seen['token']}" in result.output and len(seen["token"]) >= 16
    result = CliRunner().invoke(cli, ["--db", db, "serve", "--no-open", "--port", "8123"], env={"LETOPIS_TOKEN": "t0k"})
    assert seen["port"] == 8123 and seen["token"] == "t0k"


def test_web_warm_fills_the_caches(store: Store, kb: dict[str, int]) -> None:
    from letopis.web.app import warm

    app = create_app(store, token=TOKEN)
    warm(app)
    assert len(app.state.cache._data) == 3  # corpus, graph, timeline, ready before the first visitor
    with TestClient(app) as c:
        assert c.get("/api/graph").json()["nodes"]


def test_web_reconciliation_service_is_mounted_when_present(client: TestClient) -> None:
    pytest.importorskip("letopis.web.reconcile")
    resp = client.get("/reconcile")
    assert resp.status_code == 200 and "name" in resp.json()


def test_web_review_keep_apart_through_the_review_engine(client: TestClient, store: Store) -> None:
    review = pytest.importorskip("letopis.review")
    if not hasattr(review, "keep_apart"):
        pytest.skip("the review engine has no keep_apart yet")
    from letopis.store.decisions import list_decisions

    assert "Keep apart" in client.get("/review").text
    resp = client.post("/api/review/merges/1/reject", headers={"x-letopis-token": TOKEN})
    assert resp.status_code == 200, resp.text
    assert [(d["action"], d["actor"]) for d in list_decisions(store)] == [("distinct", "web")]
    assert client.get("/api/review").json()["merges"] == []
    assert client.get("/entities/p-lomtev2", follow_redirects=False).status_code == 200  # still its own entity
