"""The HTML pages: the dashboard (``/``) and the API reference (``/docs``). Both are shells that
load the bundled script and style from ``/static`` (built by ``web/build.mjs``, installed with the
package); the data comes from the JSON API, so every page view is one the API also answers."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from unrest import __version__

STATIC = Path(str(resources.files("unrest.web") / "static"))

router = APIRouter(include_in_schema=False)
_env = Environment(loader=PackageLoader("unrest.web", "templates"), autoescape=select_autoescape(default=True))


@cache
def _version(name: str) -> str:
    """A short hash of a static file, so a new build is never served from a stale cache."""
    path = STATIC / name
    return hashlib.sha256(path.read_bytes()).hexdigest()[:10] if path.exists() else __version__


def asset(name: str) -> str:
    return f"/static/{name}?v={_version(name)}"


_env.globals["asset"] = asset


def _page(template: str, request: Request, **context: object) -> HTMLResponse:
    html = _env.get_template(template).render(version=__version__, **context)
    return HTMLResponse(html, headers={"Cache-Control": "no-cache"})


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request) -> HTMLResponse:
    return _page("index.html", request)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return _page("docs.html", request)
