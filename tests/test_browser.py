"""Real-browser tests: Debian's chromium driven by Playwright over a live server on a free port.

Each page is opened, a mention is followed to its entity and back, a search is run,
and a screenshot of each page is saved under tests/artifacts/ (docs/guide.md shows them).
Skipped with a message when /usr/bin/chromium or the playwright package is missing.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from letopis.store import Store
from test_web_kb import build_kb

CHROMIUM = os.environ.get("LETOPIS_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
TOKEN = "browser-token"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip

pytestmark = pytest.mark.browser


def _playwright() -> Any:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found: apt-get install chromium to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed: pip install playwright (no browser download needed)")
    return sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from letopis.web.app import create_app

    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'kb.db'}")
    build_kb(store)
    port = _free_port()
    config = uvicorn.Config(create_app(store, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    sync_playwright = _playwright()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=server)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()


def shot(page: Any, name: str, full: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_browser_corpus_to_reader_to_entity_and_back(page: Any) -> None:
    page.goto("/")
    assert page.locator("table.documents td.title a").count() == 3
    shot(page, "corpus")
    page.click("text=Report on the strike movement")
    page.wait_for_selector("article.reader")
    assert page.locator(".reader .text").inner_text().count("<script>alert('x')</script>") == 1
    page.click("a.fnref")
    assert page.url.endswith("#s2")
    page.click("a.mention[data-entity='p-kolyadin'] >> nth=0")
    card = page.locator("#card")
    card.wait_for(state="visible")
    assert "Fyodor Kolyadin" in card.locator("h2").inner_text()
    assert "/documents/" in page.url  # the card opened without leaving the reader
    shot(page, "reader")
    page.click("span.mention.outer[data-entity='o-circle']", position={"x": 95, "y": 5})
    page.locator("#card h2", has_text="Workers' Truth Circle").wait_for()
    page.click("a.mention[data-entity='p-kolyadin'] >> nth=0")
    page.locator("#card h2", has_text="Fyodor Kolyadin").wait_for()
    card.locator("a.open").click()
    page.wait_for_selector(".entity-head h1")
    assert page.url.endswith("/entities/p-kolyadin")
    shot(page, "entity")
    page.locator("table.kwic td.hit a").first.click()
    page.wait_for_selector("article.reader")
    assert "#m" in page.url
    target = page.evaluate("document.querySelector(':target') && document.querySelector(':target').id")
    assert target and target.startswith("m")
    page.go_back()
    page.wait_for_selector(".entity-head h1")
    assert not page.errors, page.errors


def test_browser_search_finds_names_in_any_script(page: Any) -> None:
    page.goto("/")
    page.fill("header .searchbox input", "Koliadin")
    page.press("header .searchbox input", "Enter")
    page.wait_for_selector(".results-entities")
    assert page.locator(".results-entities a.ent").first.inner_text() == "Fyodor Kolyadin"
    assert page.locator(".snippet mark").count() >= 2
    shot(page, "search")
    page.goto("/search?q=Колядин")
    assert page.locator(".results-documents li").count() == 3
    assert not page.errors, page.errors


def test_browser_network_draws_and_opens_entities(page: Any) -> None:
    page.goto("/network")
    page.locator("#graph-info", has_text="entities").wait_for()
    assert page.evaluate("window.letopisGraph.nodes().length") == 6
    page.evaluate("window.letopisGraph.settle()")
    shot(page, "network", full=False)
    pos = page.evaluate("window.letopisGraph.at('o-circle')")
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_url("**/entities/o-circle")
    assert not page.errors, page.errors


def test_browser_timeline_and_review(page: Any) -> None:
    page.goto("/timeline")
    assert page.locator("svg.timeline g.item").count() == 6
    shot(page, "timeline")
    page.goto("/review")
    assert page.locator("table.merges tr").count() == 2
    page.fill("#token", TOKEN)
    page.click("form.tokenbox button")
    page.wait_for_selector("form.tokenbox .ok")
    shot(page, "review")
    assert not page.errors, page.errors
