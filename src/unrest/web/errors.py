"""One JSON shape for every error the app answers with, whatever raised it::

    {"ok": false, "status": 404, "error": "not_found", "message": "no incident i-123", "errors": []}

``error`` is a stable machine-readable code, ``message`` one line for people, ``errors`` the
individual problems of a request that failed validation (each ``{"loc": [...], "msg": "..."}``).
Handlers are installed for our own :class:`ApiError`, Starlette's HTTP errors (unknown routes,
wrong methods, missing static files), FastAPI's validation errors, the package's
:class:`~unrest.errors.UnrestError` tree and, last, anything unexpected (a 500 that says nothing
about the internals).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from unrest.errors import ConfigError, FetchError, InputError, StoreError, UnrestError

logger = logging.getLogger(__name__)

_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
          405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
          422: "invalid_request", 429: "too_many_requests", 500: "internal_error", 502: "bad_gateway",
          503: "unavailable"}


class ApiError(Exception):
    """An error the API means to answer with: status, code, message and optional details."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODES.get(status, "error")
        self.message = message
        self.errors = errors or []
        self.headers = headers


def envelope(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"ok": False, "status": status, "error": code, "message": message, "errors": errors or []}


def error_response(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(envelope(status, code, message, errors), status_code=status, headers=headers)


# The OpenAPI schema of the envelope, referenced by every route's documented error responses.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["ok", "status", "error", "message", "errors"],
    "properties": {
        "ok": {"type": "boolean", "const": False},
        "status": {"type": "integer", "example": 404},
        "error": {"type": "string", "example": "not_found"},
        "message": {"type": "string", "example": "no incident i-123"},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into the envelope."""

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.errors, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES.get(exc.status_code, "error")
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        else:
            message = str(exc.detail)
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        loc = [str(p) for p in errors[0]["loc"]] if errors else []
        msg = str(errors[0]["msg"]) if errors else "invalid request"
        where = ".".join(loc[1:] if len(loc) > 1 else loc)
        return error_response(422, "invalid_request", f"{where}: {msg}" if where else msg, errors)

    @app.exception_handler(UnrestError)
    async def _unrest(_: Request, exc: UnrestError) -> JSONResponse:
        status, code = _unrest_status(exc)
        return error_response(status, code, " ".join(str(exc).split())[:500])

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "the server failed on this request; see its log")


def _unrest_status(exc: UnrestError) -> tuple[int, str]:
    from unrest.speech.voices import SpeechError
    from unrest.web.urlguard import RefusedURL

    if isinstance(exc, SpeechError):
        return 503, "speech_unavailable"
    if isinstance(exc, RefusedURL):
        return 422, "url_refused"
    if isinstance(exc, FetchError):
        return 502, "fetch_failed"
    if isinstance(exc, InputError):
        return 422, "unreadable_input"
    if isinstance(exc, StoreError):
        return 503, "store_unavailable"
    if isinstance(exc, ConfigError):
        return 500, "bad_configuration"
    return 500, "extraction_failed"
