"""The JSON API under ``/api/``: the same context dicts the pages render."""

from __future__ import annotations

import hmac
import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from letopis.errors import ReviewError
from letopis.model import HEDGES
from letopis.store import Store
from letopis.store import web_queries as q
from letopis.web import actions, views
from letopis.web.views import Filters

router = APIRouter(prefix="/api", tags=["api"])


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


StoreDep = Annotated[Store, Depends(get_store)]


def cached(request: Request, fn: Any, *args: Any) -> Any:
    """``fn(store, *args)`` through the app's view cache (recomputed when the data changed)."""
    return request.app.state.cache.get(request.app.state.store, fn.__name__, fn, *args)


def json_bytes(data: Any) -> bytes:
    """Compact UTF-8 JSON (dates as ISO strings)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


def cached_json(request: Request, fn: Any, *args: Any) -> Response:
    """The JSON response of ``fn(store, *args)``, serialised once per data version."""

    def serialised(store: Store, *a: Any) -> bytes:
        return json_bytes(cached(request, fn, *a))

    body = request.app.state.cache.get(request.app.state.store, "json:" + fn.__name__, serialised, *args)
    return Response(body, media_type="application/json")


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def filters(
    language: str | None = None,
    genre: str | None = None,
    date_from: str | None = Query(None, description="ISO date: 1923, 1923-09 or 1923-09-01"),
    date_to: str | None = Query(None, description="ISO date: 1923, 1923-09 or 1923-09-01"),
    min_hedge: str | None = Query(None, description="keep claims at least this sure: " + ", ".join(HEDGES)),
    document: str | None = Query(None, description="a document id"),
) -> Filters:
    """Filters from the query string (empty values, as forms send them, are ignored)."""
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value and not _DATE.match(value):
            raise HTTPException(422, f"{name}: {value!r} is not an ISO date (1923, 1923-09, 1923-09-01)")
    if min_hedge and min_hedge not in HEDGES:
        raise HTTPException(422, f"min_hedge: {min_hedge!r} is not one of {', '.join(HEDGES)}")
    if document and not document.isdigit():
        raise HTTPException(422, f"document: {document!r} is not a document id")
    return Filters(language or None, genre or None, date_from or None, date_to or None, min_hedge or None,
                   int(document) if document else None)  # fmt: skip


FiltersDep = Annotated[Filters, Depends(filters)]


@router.get("/documents", summary="Documents with metadata and counts", response_model=None)
def api_documents(*, request: Request, f: FiltersDep, store: StoreDep) -> Response:
    return cached_json(request, views.corpus_view, f)


@router.get("/documents/{doc_id}", summary="One document: text segments, mentions, footnotes, claims", response_model=None)
def api_document(*, request: Request, doc_id: int, store: StoreDep) -> Response:
    return cached_json(request, views.document_view, doc_id)


@router.get("/entities", summary="Entities by type and name", response_model=None)
def api_entities(
    *,
    request: Request,
    type: str | None = None,
    q_: str | None = Query(None, alias="q", max_length=200),
    limit: int = Query(100, ge=1, le=1000),
    offset: int = Query(0, ge=0),
    store: StoreDep,
) -> Response:
    return cached_json(request, views.entities_view, type or None, q_, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity: names, mentions in context, claims", response_model=None)
def api_entity(*, request: Request, entity_id: str, card: bool = False, store: StoreDep) -> Any:
    with store.engine.connect() as conn:
        survivor = q.resolve_entity_id(conn, entity_id)
    if survivor is not None and survivor != entity_id:
        return RedirectResponse(f"/api/entities/{survivor}" + ("?card=true" if card else ""), status_code=307)
    if card:
        return cached_json(request, views.entity_card, entity_id)
    return cached_json(request, views.entity_json, entity_id)


@router.get("/claims", summary="Claims by entity, hedge, status, document and date", response_model=None)
def api_claims(
    *,
    request: Request,
    entity: str | None = None,
    hedge: str | None = Query(None, description="one of " + ", ".join(HEDGES)),
    status: str | None = None,
    f: FiltersDep,
    limit: int = Query(500, ge=1, le=5000),
    store: StoreDep,
) -> Response:
    args = (entity or None, hedge or None, status or None, f, limit)
    return cached_json(request, views.claims_view, *args)


@router.get("/search", summary="Entities, then documents, matching a query (any script, any form)", response_model=None)
def api_search(*, q_: str = Query("", alias="q", max_length=200), store: StoreDep) -> Response:
    return Response(json_bytes(views.search_view(store, q_)), media_type="application/json")


@router.get("/graph", summary="The claim network of persons, organisations and enterprises", response_model=None)
def api_graph(*, request: Request, f: FiltersDep, store: StoreDep) -> Response:
    return cached_json(request, views.graph_view, f)


@router.get("/graph.gexf", summary="The claim network as GEXF (when the exporter is installed)", response_model=None)
def api_graph_gexf(*, f: FiltersDep, store: StoreDep) -> Response:
    if not views.gexf_available():
        return JSONResponse({"error": "GEXF export is not installed in this build"}, status_code=404)
    from letopis.web.gexf import gexf_bytes

    return Response(gexf_bytes(store, f), media_type="application/gexf+xml",
                    headers={"content-disposition": 'attachment; filename="letopis-network.gexf"'})  # fmt: skip


@router.get("/timeline", summary="Dated claims and date mentions with precision", response_model=None)
def api_timeline(*, request: Request, f: FiltersDep, store: StoreDep) -> Response:
    return cached_json(request, views.timeline_view, f)


@router.get("/review", summary="Suggested merges and machine claims awaiting review", response_model=None)
def api_review(*, request: Request, store: StoreDep) -> Response:
    return cached_json(request, views.review_view)


def check_token(request: Request, header: str | None, form: str | None) -> None:
    """Refuse a write without the server's token (403)."""
    expected: str = request.app.state.token
    given = header or form or ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise _Forbidden()


class _Forbidden(ReviewError):
    status = 403

    def __init__(self) -> None:
        super().__init__("writing needs the token printed when the server started (X-Letopis-Token)")


def _decided(request: Request, result: Any, back: str | None) -> Response:
    if back and back.startswith("/") and not back.startswith("//") and "\\" not in back:
        return RedirectResponse(back, status_code=303)
    return JSONResponse({"ok": True, "result": result if isinstance(result, (dict, list, str, int)) else None})


@router.post("/review/merges/{queue_id}/{decision}", summary="Accept or reject a suggested merge")
def api_decide_merge(
    *,
    request: Request, queue_id: int, decision: str,
    x_letopis_token: str | None = Header(None), token: str | None = Form(None),
    reason: str | None = Form(None), back: str | None = Form(None), store: StoreDep,
) -> Response:  # fmt: skip
    check_token(request, x_letopis_token, token)
    accept = _decision(decision)
    return _decided(request, actions.decide_merge(store, queue_id, accept, actor="web", reason=reason), back)


@router.post("/review/claims/{claim_id}/{decision}", summary="Accept or reject a machine claim")
def api_decide_claim(
    *,
    request: Request, claim_id: str, decision: str,
    x_letopis_token: str | None = Header(None), token: str | None = Form(None),
    reason: str | None = Form(None), back: str | None = Form(None), store: StoreDep,
) -> Response:  # fmt: skip
    check_token(request, x_letopis_token, token)
    accept = _decision(decision)
    return _decided(request, actions.decide_claim(store, claim_id, accept, actor="web", reason=reason), back)


def _decision(word: str) -> bool:
    if word not in ("accept", "reject"):
        raise ReviewError(f"{word}: a decision is accept or reject")
    return word == "accept"
