"""The FastAPI application: security headers, size limits, error pages, static files, routes.

``create_app(store, token)`` is all a server needs. Reading needs nothing;
writing (review decisions) needs ``token`` in the ``X-Letopis-Token`` header or
a ``token`` form field.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from letopis.errors import LetopisError, NotFound
from letopis.store import Store

HERE = Path(__file__).parent
MAX_BODY = 1_000_000
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}

ASGIApp = Callable[[dict[str, Any], Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]]


class Guard:
    """ASGI middleware: refuse bodies over ``max_body`` bytes (413) and add the security headers."""

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await _too_large(scope, receive, send)
            return
        seen = 0

        async def limited_receive() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge()
            return message

        async def secure_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {k.lower() for k, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, secure_send)
        except _TooLarge:
            await _too_large(scope, receive, secure_send)


class _TooLarge(Exception):
    pass


async def _too_large(scope: dict[str, Any], receive: Any, send: Any) -> None:
    response = JSONResponse({"error": "request body too large"}, status_code=413,
                            headers={k: v for k, v in SECURITY_HEADERS.items()})  # fmt: skip
    await response(scope, receive, send)


def templates() -> Jinja2Templates:
    """The Jinja environment (autoescaping on) with letopis' filters."""
    from letopis.web import filters

    t = Jinja2Templates(directory=str(HERE / "templates"))
    t.env.autoescape = True
    filters.install(t.env)
    return t


def create_app(store: Store, token: str | None = None, max_body: int = MAX_BODY) -> FastAPI:
    """The workbench over ``store``; ``token`` guards review decisions (a random one when None)."""
    from letopis.web import api, pages, reconcile
    from letopis.web.cache import ViewCache

    app = FastAPI(title="letopis", description="A source-critical knowledge base: documents, entities, claims.",
                  version=_version(), docs_url="/api/docs", redoc_url=None)  # fmt: skip
    app.state.store = store
    app.state.token = token or secrets.token_urlsafe(16)
    app.state.templates = templates()
    app.state.cache = ViewCache()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(reconcile.router)  # the W3C reconciliation API that OpenRefine speaks
    app.include_router(pages.router)
    app.add_exception_handler(LetopisError, _error_handler)
    app.add_middleware(Guard, max_body=max_body)
    return app


def warm(app: FastAPI) -> None:
    """Build the search index and the corpus-wide views ahead of the first visitor (run in a thread)."""
    from letopis.store.search import index_for, parse_query
    from letopis.web import views

    store: Store = app.state.store
    try:
        parse_query("Москва")  # loads the morphological dictionary
        index_for(store)
        for fn in (views.corpus_view, views.graph_view, views.timeline_view):
            app.state.cache.get(store, fn.__name__, fn, views.Filters())
    except Exception as err:  # noqa: BLE001  (warming is an optimisation; pages compute on demand)
        logging.getLogger("letopis.web").warning("warming the caches failed: %s", err)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("letopis")
    except Exception:  # noqa: BLE001  (not installed: running from a checkout)
        return "0"


async def _error_handler(request: Request, err: Exception) -> Response:
    status = getattr(err, "status", 400) if isinstance(err, LetopisError) else 500
    if isinstance(err, NotFound):
        status = 404
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(err)}, status_code=status)
    t: Jinja2Templates = request.app.state.templates
    return t.TemplateResponse(request, "error.html", {"status": status, "message": str(err)}, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """An HTML error page (404 and friends)."""
    t: Jinja2Templates = request.app.state.templates
    return t.TemplateResponse(request, "error.html", {"status": status, "message": message}, status_code=status)
