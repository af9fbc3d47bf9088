"""The HTML pages: each renders the context dict of its view with a Jinja template."""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from letopis.model import ENTITY_TYPES
from letopis.store import Store
from letopis.store import web_queries as q
from letopis.web import actions, views
from letopis.web.api import FiltersDep, StoreDep, cached

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, context: dict[str, Any], page: str) -> HTMLResponse:
    """Render ``template`` with ``context`` (plus the page name for the navigation)."""
    t = request.app.state.templates
    return t.TemplateResponse(request, template, {**context, "page": page})  # type: ignore[no-any-return]


def cached_page(request: Request, template: str, page: str, fn: Any, *args: Any) -> HTMLResponse:
    """The page ``template`` over ``fn(store, *args)``, rendered once per data version."""
    env = request.app.state.templates.env

    def rendered(store: Store, *a: Any) -> str:
        context = cached(request, fn, *a)
        return env.get_template(template).render({**context, "page": page})  # type: ignore[no-any-return]

    html = request.app.state.cache.get(request.app.state.store, "page:" + template, rendered, *args)
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def corpus_page(*, request: Request, f: FiltersDep, store: StoreDep) -> HTMLResponse:
    return cached_page(request, "corpus.html", "corpus", views.corpus_view, f)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(*, request: Request, doc_id: int, store: StoreDep) -> HTMLResponse:
    return cached_page(request, "document.html", "corpus", views.document_view, doc_id)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    *,
    request: Request, type: str | None = None, q_: str | None = Query(None, alias="q", max_length=200),
    offset: int = Query(0, ge=0), store: StoreDep,
) -> HTMLResponse:  # fmt: skip
    ctx = dict(cached(request, views.entities_view, type or None, q_, 100, offset))
    ctx.update({"type": type or "", "q": q_ or "", "offset": offset, "types": ENTITY_TYPES})
    return render(request, "entities.html", ctx, "entities")


@router.get("/entities/{entity_id}", response_model=None)
def entity_page(*, request: Request, entity_id: str, store: StoreDep) -> Response:
    with store.engine.connect() as conn:
        survivor = q.resolve_entity_id(conn, entity_id)
    if survivor is not None and survivor != entity_id:
        return RedirectResponse(f"/entities/{survivor}", status_code=307)
    return cached_page(request, "entity.html", "entities", views.entity_view, entity_id)


@router.get("/network", response_class=HTMLResponse)
def network_page(*, request: Request, f: FiltersDep, store: StoreDep) -> HTMLResponse:
    return cached_page(request, "network.html", "network", views.network_view, f)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(*, request: Request, f: FiltersDep, store: StoreDep) -> HTMLResponse:
    return cached_page(request, "timeline.html", "timeline", views.timeline_view, f)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    *,
    request: Request, q_: str = Query("", alias="q", max_length=200), store: StoreDep
) -> HTMLResponse:
    return render(request, "search.html", views.search_view(store, q_), "search")


@router.get("/review", response_class=HTMLResponse)
def review_page(*, request: Request, token: str | None = None, store: StoreDep) -> HTMLResponse:
    ctx = dict(cached(request, views.review_view))
    valid = bool(token) and hmac.compare_digest(token.encode(), request.app.state.token.encode())  # type: ignore[union-attr]
    ctx["token"] = token if valid else ""
    ctx["token_given"] = bool(token)
    ctx["can_keep_apart"] = actions.can_keep_apart()
    return render(request, "review.html", ctx, "review")
