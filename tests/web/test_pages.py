"""The HTML shells, the static assets installed with the package, and the headers that keep
report text inert in a browser."""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from _paths import ROOT

STATIC = Path(str(resources.files("unrest.web") / "static"))


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_pages_load_only_local_assets(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(ref.startswith(("/", "#", "data:")) for ref in refs), refs
    assert "<script>" not in html and "style=" not in html  # no inline script or style (the CSP forbids them)
    for asset in re.findall(r'"(/static/[^"?]+)\?v=', html):
        assert client.get(asset).status_code == 200


def test_security_headers(client):
    for path in ("/", "/api/incidents", "/static/app.js", "/api/nothing"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert h["x-content-type-options"] == "nosniff"


def test_versioned_assets_are_cached_for_long(client):
    html = client.get("/").text
    js = re.search(r'"(/static/app\.js\?v=[0-9a-f]+)"', html).group(1)
    assert "immutable" in client.get(js).headers["cache-control"]


def test_api_json_is_never_html(client):
    r = client.get("/api/articles")
    assert r.headers["content-type"] == "application/json"


def test_bundle_has_no_remote_origins():
    js = (STATIC / "app.js").read_text(encoding="utf-8")
    origins = set(re.findall(r"https?://[a-zA-Z0-9.-]+", js)) - {"http://www.w3.org"}
    assert not origins, origins
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "document.write" not in js


def test_assets_are_small():
    sizes = {p.relative_to(STATIC).as_posix(): p.stat().st_size for p in STATIC.rglob("*") if p.is_file()}
    assert sizes["app.js"] < 150_000 and sizes["app.css"] < 30_000
    assert sizes["shapes/countries.json"] < 400_000
    assert sum(sizes.values()) < 2_500_000, sum(sizes.values())


def test_province_shapes_use_the_stores_codes():
    index = json.loads((STATIC / "shapes" / "admin1" / "index.json").read_text())
    assert len(index) > 200 and {"NP", "MZ", "ID", "MA", "VE", "ZW", "IR"} <= set(index)
    topo = json.loads((STATIC / "shapes" / "admin1" / "NP.json").read_text())
    codes = {g["properties"]["code"] for g in next(iter(topo["objects"].values()))["geometries"]}
    # Natural Earth still draws Nepal's 14 zones; the build merges them into the 7 provinces
    assert codes == {f"NP-P{i}" for i in range(1, 8)}


def test_every_sample_province_has_a_shape(client):
    index = set(json.loads((STATIC / "shapes" / "admin1" / "index.json").read_text()))
    for p in client.get("/api/facets").json()["provinces"]:
        assert p["country"] in index
        topo = json.loads((STATIC / "shapes" / "admin1" / f"{p['country']}.json").read_text())
        codes = {g["properties"]["code"] for g in next(iter(topo["objects"].values()))["geometries"]}
        assert p["code"] in codes, p


def _package_data_globs() -> list[str]:
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return conf["tool"]["setuptools"]["package-data"]["unrest"]


def _glob_re(pattern: str) -> re.Pattern[str]:
    """setuptools' package-data globs: ``**/`` is any number of folders, ``*`` stays in one."""
    out = ""
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out + r"\Z")


def test_static_files_ship_with_the_package():
    globs = [_glob_re(g) for g in _package_data_globs()]
    missing = []
    for base in ("static", "templates"):
        for p in (ROOT / "src" / "unrest" / "web" / base).rglob("*"):
            rel = p.relative_to(ROOT / "src" / "unrest").as_posix()
            if p.is_file() and not any(g.match(rel) for g in globs):
                missing.append(rel)
    assert not missing, f"pyproject.toml [tool.setuptools.package-data] leaves out {missing[:5]}"
