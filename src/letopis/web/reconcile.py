"""The W3C Entity Reconciliation API (the protocol OpenRefine speaks) at ``/reconcile``.

Mount with ``app.include_router(letopis.web.reconcile.router)``; the store is
``request.app.state.store``. Endpoints:

- ``GET /reconcile``: the service manifest (JSONP with ``callback``); with
  ``queries=`` (a JSON object of queries) or ``query=`` it answers queries.
- ``POST /reconcile``: form field ``queries=`` (v0.2, as OpenRefine sends it), or a
  JSON body: either the same object of queries (``{"q0": {...}}``) or the 1.0-draft
  shape ``{"queries": [{..., "conditions": [...]}]}``.
- ``GET /reconcile/preview?id=``: a small HTML card; ``GET /reconcile/suggest/entity``,
  ``/suggest/type``, ``/suggest/property`` (``prefix``, ``cursor``): autocompletion;
  ``GET /reconcile/properties``: properties a type can be matched on.

Candidates are scored with the name keys of resolution (see
``letopis.export.reconcile_index``).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from letopis.export.reconcile_index import TYPE_NAMES, Candidate, NameIndex, index_for
from letopis.store import Store

router = APIRouter(prefix="/reconcile", tags=["reconciliation"])

DEFAULT_LIMIT = 5
MAX_LIMIT = 100
MAX_QUERIES = 500
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")
OPEN = {"access-control-allow-origin": "*"}
PREVIEW_HEADERS = {**OPEN, "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; "
                   "frame-ancestors *", "x-frame-options": "ALLOWALL"}
TYPES = [{"id": k, "name": v} for k, v in TYPE_NAMES.items()]


class QueryError(ValueError):
    """A reconciliation request the service cannot read (answered with 400)."""


def _store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _json(data: Any, callback: str | None = None, status: int = 200) -> Response:
    if callback and _CALLBACK.match(callback):
        body = f"/**/{callback}({json.dumps(data, ensure_ascii=False)});"
        return Response(body, media_type="application/javascript", headers=OPEN, status_code=status)
    return JSONResponse(data, headers=OPEN, status_code=status)


def manifest(request: Request) -> dict[str, Any]:
    """The service manifest (Reconciliation API v0.2)."""
    root = str(request.base_url).rstrip("/")
    service = root + router.prefix
    return {
        "versions": ["0.2"],
        "name": "letopis",
        "identifierSpace": f"{root}/entities/",
        "schemaSpace": "urn:letopis:vocab:",
        "defaultTypes": TYPES,
        "view": {"url": f"{root}/entities/{{{{id}}}}"},
        "preview": {"url": f"{service}/preview?id={{{{id}}}}", "width": 420, "height": 140},
        "suggest": {
            "entity": {"service_url": service, "service_path": "/suggest/entity"},
            "type": {"service_url": service, "service_path": "/suggest/type"},
            "property": {"service_url": service, "service_path": "/suggest/property"},
        },
        "batchSize": 50,
    }


def _types(raw: Any) -> list[str]:
    items = raw if isinstance(raw, list) else [raw] if raw else []
    out = []
    for t in items:
        tid = t.get("id") if isinstance(t, dict) else t
        if isinstance(tid, str) and tid:
            out.append(tid.lower() if tid.lower() in TYPE_NAMES else _type_by_name(tid))
    return out


def _type_by_name(name: str) -> str:
    for k, v in TYPE_NAMES.items():
        if v.lower() == name.lower():
            return k
    return name.lower()


def _limit(raw: Any) -> int:
    try:
        return max(1, min(MAX_LIMIT, int(raw)))
    except (TypeError, ValueError):
        return DEFAULT_LIMIT


def _candidate_json(c: Candidate) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "type": [{"id": c.type, "name": TYPE_NAMES.get(c.type, c.type)}],
            "score": c.score, "match": c.match, "description": c.description}


def run_query(index: NameIndex, query: Any) -> list[dict[str, Any]]:
    """Answer one v0.2 query object (or a bare string) with its candidates."""
    if isinstance(query, str):
        query = {"query": query}
    if not isinstance(query, dict) or not isinstance(query.get("query", ""), str):
        raise QueryError("a query must be an object with a string 'query'")
    props = []
    for p in query.get("properties") or []:
        if isinstance(p, dict) and p.get("pid") is not None:
            value = p.get("v")
            value = value.get("id") or value.get("name") if isinstance(value, dict) else value
            props.append((str(p["pid"]), str(value or ""), False))
    hits = index.search(query.get("query", ""), _types(query.get("type")), props, _limit(query.get("limit")))
    return [_candidate_json(c) for c in hits]


def run_batch(index: NameIndex, queries: Any) -> dict[str, Any]:
    """Answer a v0.2 batch ``{"q0": {...}, ...}`` as ``{"q0": {"result": [...]}, ...}``."""
    if not isinstance(queries, dict):
        raise QueryError("'queries' must be a JSON object of queries keyed by id")
    if len(queries) > MAX_QUERIES:
        raise QueryError(f"at most {MAX_QUERIES} queries per request")
    return {key: {"result": run_query(index, q)} for key, q in queries.items()}


def run_draft(index: NameIndex, queries: Any) -> dict[str, Any]:
    """Answer a 1.0-draft batch ``[{"query", "type", "limit", "conditions"}]`` as ``{"results": [...]}``."""
    if not isinstance(queries, list) or len(queries) > MAX_QUERIES:
        raise QueryError(f"'queries' must be a list of at most {MAX_QUERIES} queries")
    results = []
    for q in queries:
        if not isinstance(q, dict):
            raise QueryError("each query must be an object")
        text, props = q.get("query") or "", []
        for cond in q.get("conditions") or []:
            if cond.get("matchType") == "name":
                text = str(cond.get("propertyValue") or text)
            elif cond.get("matchType") == "property":
                props.append((str(cond.get("propertyId")), str(cond.get("propertyValue") or ""),
                              bool(cond.get("required"))))
        hits = index.search(str(text), _types(q.get("type")), props, _limit(q.get("limit")))
        results.append({"candidates": [_candidate_json(c) for c in hits]})
    return {"results": results}


def _parse(raw: str, what: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError as err:
        raise QueryError(f"'{what}' is not valid JSON ({err})") from err


def _answer(index: NameIndex, queries: str | None, query: str | None) -> Any:
    if queries is not None:
        data = _parse(queries, "queries")
        return run_draft(index, data) if isinstance(data, list) else run_batch(index, data)
    raw = query or ""
    data = _parse(raw, "query") if raw.lstrip().startswith("{") else raw
    return {"result": run_query(index, data)}


@router.get("", summary="Reconciliation service manifest, or queries with ?queries= / ?query=")
def reconcile_get(request: Request, queries: str | None = None, query: str | None = None,
                  callback: str | None = None) -> Response:
    if queries is None and query is None:
        return _json(manifest(request), callback)
    try:
        return _json(_answer(index_for(_store(request)), queries, query), callback)
    except QueryError as err:
        return _json({"error": str(err)}, callback, status=400)


@router.post("", summary="Reconciliation queries (form field queries=, or a JSON body)")
async def reconcile_post(request: Request) -> Response:
    try:
        if request.headers.get("content-type", "").startswith("application/json"):
            body = _parse((await request.body()).decode("utf-8", "replace"), "body")
            index = index_for(_store(request))
            if isinstance(body, dict) and isinstance(body.get("queries"), list):
                return _json(run_draft(index, body["queries"]))
            return _json(run_batch(index, body))
        form = await request.form()
        queries, query = form.get("queries"), form.get("query")
        if not isinstance(queries, (str, type(None))) or not isinstance(query, (str, type(None))):
            raise QueryError("form fields must be text")
        if queries is None and query is None:
            raise QueryError("send queries= (a JSON object of queries) or query=")
        return _json(_answer(index_for(_store(request)), queries, query))
    except QueryError as err:
        return _json({"error": str(err)}, status=400)


@router.get("/preview", response_class=HTMLResponse, summary="A small HTML card of an entity (for OpenRefine)")
def reconcile_preview(request: Request, id: str = Query(..., max_length=64)) -> Response:
    entry = index_for(_store(request)).entries.get(id)
    if entry is None:
        return HTMLResponse("<p>No such entity.</p>", status_code=404, headers=PREVIEW_HEADERS)
    others = ", ".join(html.escape(n) for n in entry.names[1:8])
    props = "".join(f"<li>{html.escape(p)}: {len(v)}</li>" for p, v in sorted(entry.properties.items()))
    body = (f"<!doctype html><html><body style='font:13px sans-serif;margin:6px'>"
            f"<strong>{html.escape(entry.name)}</strong> <small>{html.escape(entry.id)}</small>"
            f"<div>{html.escape(entry.description)}</div>"
            + (f"<div>Also: {others}</div>" if others else "")
            + (f"<ul style='margin:2px 0;padding-left:16px'>{props}</ul>" if props else "")
            + "</body></html>")
    return HTMLResponse(body, headers=PREVIEW_HEADERS)


@router.get("/suggest/entity", summary="Entity autocompletion (Suggest API)")
def suggest_entity(request: Request, prefix: str = Query("", max_length=200), type: str | None = None,
                   cursor: int = Query(0, ge=0), callback: str | None = None) -> Response:
    entries = index_for(_store(request)).suggest(prefix, _types(type), 10, cursor)
    return _json({"result": [{"id": e.id, "name": e.name, "description": e.description,
                              "notable": [{"id": e.type, "name": TYPE_NAMES[e.type]}]} for e in entries]}, callback)


@router.get("/suggest/type", summary="Type autocompletion (Suggest API)")
def suggest_type(prefix: str = Query("", max_length=200), callback: str | None = None) -> Response:
    p = prefix.lower()
    return _json({"result": [t for t in TYPES if t["id"].startswith(p) or t["name"].lower().startswith(p)]},
                 callback)


@router.get("/suggest/property", summary="Property autocompletion (Suggest API)")
def suggest_property(request: Request, prefix: str = Query("", max_length=200),
                     callback: str | None = None) -> Response:
    preds = index_for(_store(request)).predicates()
    return _json({"result": [{"id": p, "name": p.replace("_", " ")} for p in preds
                             if p.startswith(prefix.lower()) or p.replace("_", " ").startswith(prefix.lower())]},
                 callback)


@router.get("/properties", summary="Properties an entity type can be matched on")
def propose_properties(request: Request, type: str = "person", limit: int = Query(20, ge=1, le=100),
                       callback: str | None = None) -> Response:
    preds = index_for(_store(request)).predicates()[:limit]
    return _json({"type": type, "properties": [{"id": p, "name": p.replace("_", " ")} for p in preds]}, callback)
