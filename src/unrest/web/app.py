"""``create_app(settings)``: the one ASGI app (JSON API, dashboard, static assets). No globals: the
store, the settings and the single writer hang off ``app.state``, so tests build as many apps as
they like, each on its own store, and drive them in process with Starlette's ``TestClient``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from unrest import __version__
from unrest.store import Store
from unrest.web import api, dashboard, errors, listen
from unrest.web.cache import ResponseCache, StoreVersion
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
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.narrator.close()
        app.state.version.close()
        if own_store:
            store.close()

    app = FastAPI(title="Unrest Monitor", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.settings = settings
    app.state.store = store
    app.state.writer = Writer(store, settings, on_write=lambda: app.state.version.bump())
    app.state.narrator = listen.Narrator(settings.voice, engine=settings.narrator, max_bytes=settings.audio_cache_bytes,
                                         max_chars=settings.max_narration_chars)
    app.state.briefings = listen.Briefings()

    errors.install(app)

    @app.exception_handler(SQLAlchemyError)
    async def _store_error(_: Request, exc: SQLAlchemyError) -> Response:
        errors.logger.error("store error: %s", exc)
        return errors.error_response(503, "store_unavailable", "the store could not answer this request")

    app.add_middleware(Guard, max_body=2 * settings.max_bytes + 4096)
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)
    version = StoreVersion(store.engine)
    app.state.version = version
    # narrations are kept by the narrator (cues and audio together, so their times always agree),
    # and audio is served in byte ranges: neither is a whole answer to cache here
    app.add_middleware(ResponseCache, version=version, max_entries=settings.cache_entries,
                       skip_suffixes=("/audio", "/cues"))
    app.include_router(listen.router)
    app.include_router(api.router)
    app.include_router(dashboard.router)
    app.mount("/static", StaticFiles(directory=dashboard.STATIC, check_dir=False), name="static")
    return app


def app_from_env() -> FastAPI:
    """The app with settings from the environment (``uvicorn --factory``, and each worker of
    ``unrest serve --workers N``)."""
    return create_app(Settings.from_env())


class Guard:
    """ASGI middleware: security headers on every answer (CSP, nosniff, no referrer, no framing),
    long caching for versioned static files, and a 413 for bodies over the limit before they are read."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body
        self.extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        immutable = scope["path"].startswith("/static/") and b"v=" in (scope.get("query_string") or b"")
        size = dict(scope.get("headers") or []).get(b"content-length", b"")
        if scope["method"] in ("POST", "PUT", "PATCH") and size.isdigit() and int(size) > self.max_body:
            response = errors.error_response(413, "too_large", f"the body is over {self.max_body:,} bytes")
            for k, v in SECURITY_HEADERS.items():
                response.headers[k] = v
            await response(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                head = [(k, v) for k, v in message.get("headers", [])
                        if not (immutable and k.lower() == b"cache-control")]
                have = {k.lower() for k, _ in head}
                head += [(k, v) for k, v in self.extra if k not in have]
                if immutable:
                    head.append((b"cache-control", b"public, max-age=31536000, immutable"))
                message = {**message, "headers": head}
            await send(message)

        await self.app(scope, receive, send_with_headers)
