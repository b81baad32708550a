"""``create_app(settings)``: the one ASGI app (JSON API, dashboard, static assets). No globals: the
store, the settings and the single writer hang off ``app.state``, so tests build as many apps as
they like, each on its own store, and drive them in process with Starlette's ``TestClient``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from unrest import __version__
from unrest.store import Store
from unrest.web import api, dashboard, errors
from unrest.web.settings import Settings
from unrest.web.writes import Writer

# Everything the pages load is ours and local: no inline script, no third-party origin.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

DESCRIPTION = """Sourced, geocoded records of unrest, merged across news reports.

Every list answers `{"ok": true, "total", "limit", "offset", "next", "items"}`; every error,
whatever its cause, answers `{"ok": false, "status", "error", "message", "errors"}`. Write
endpoints need the server's API token (`Authorization: Bearer ...`)."""


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The app for ``settings`` (default: from the environment); ``store`` overrides ``settings.db``."""
    settings = settings or Settings.from_env()
    own_store = store is None
    store = store or Store.open(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        if own_store:
            store.close()

    app = FastAPI(title="Unrest Monitor", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.settings = settings
    app.state.store = store
    app.state.writer = Writer(store, settings)

    errors.install(app)

    @app.exception_handler(SQLAlchemyError)
    async def _store_error(_: Request, exc: SQLAlchemyError) -> Response:
        errors.logger.error("store error: %s", exc)
        return errors.error_response(503, "store_unavailable", "the store could not answer this request")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        size = request.headers.get("content-length", "")
        if request.method in ("POST", "PUT", "PATCH") and size.isdigit() and int(size) > 2 * settings.max_bytes + 4096:
            response: Response = errors.error_response(413, "too_large", f"the body is over {settings.max_bytes:,} "
                                                                          "bytes")
        else:
            response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if request.url.path.startswith("/static/") and "v" in request.query_params:
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response

    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.include_router(api.router)
    app.include_router(dashboard.router)
    app.mount("/static", StaticFiles(directory=dashboard.STATIC, check_dir=False), name="static")
    return app


def openapi_paths(app: FastAPI) -> dict[str, Any]:
    """The documented paths (used by the docs test)."""
    return app.openapi()["paths"]
