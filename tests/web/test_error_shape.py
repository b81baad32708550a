"""One error shape for every error, whatever raised it (pinned here, as datasette pins its own)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from unrest.errors import ExtractionError, StoreError
from unrest.web import queries

SHAPE = {"ok", "status", "error", "message", "errors"}


def check(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == SHAPE, body
    assert body["ok"] is False and body["status"] == status and body["error"] == code
    assert isinstance(body["message"], str) and body["message"] and "\n" not in body["message"]
    assert isinstance(body["errors"], list)
    return body


@pytest.mark.parametrize("method, path, body, status, code", [
    # a path the app does not have
    ("GET", "/api/nothing-here", None, 404, "not_found"),
    # a page outside the API
    ("GET", "/no/such/page", None, 404, "not_found"),
    # a static file that is not there
    ("GET", "/static/missing.js", None, 404, "not_found"),
    # an item that is not in the store
    ("GET", "/api/incidents/i-000000000000", None, 404, "not_found"),
    ("GET", "/api/articles/0000", None, 404, "not_found"),
    ("GET", "/api/campaigns/c-XX", None, 404, "not_found"),
    # a method the route does not take
    ("DELETE", "/api/incidents", None, 405, "method_not_allowed"),
    ("PUT", "/api/articles", None, 405, "method_not_allowed"),
    # parameters that do not validate
    ("GET", "/api/incidents?country=Nepal", None, 422, "invalid_request"),
    ("GET", "/api/incidents?since=yesterday", None, 422, "invalid_request"),
    ("GET", "/api/incidents?limit=0", None, 422, "invalid_request"),
    ("GET", "/api/incidents?offset=-1", None, 422, "invalid_request"),
    ("GET", "/api/places?level=planet", None, 422, "invalid_request"),
    ("GET", "/api/figures?category=happy", None, 422, "invalid_request"),
    # writes without the token, with a wrong one
    ("POST", "/api/articles", {"text": "x"}, 401, "unauthorized"),
])
def test_every_error_has_the_envelope(client, method, path, body, status, code):
    check(client.request(method, path, json=body), status, code)


def test_validation_errors_list_each_problem(client):
    body = check(client.get("/api/incidents?country=Nepal&limit=0"), 422, "invalid_request")
    locs = {tuple(e["loc"]) for e in body["errors"]}
    assert ("query", "country") in locs and ("query", "limit") in locs


def test_wrong_token(client):
    check(client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer nope"}), 403, "forbidden")
    check(client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Basic dTpw"}), 401,
          "unauthorized")


def test_writes_disabled_without_a_configured_token(make_client):
    c = make_client(api_token=None)
    body = check(c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer "}), 403,
                 "writes_disabled")
    assert "UNREST_API_TOKEN" in body["message"]


def test_body_must_give_one_source(client, auth):
    check(client.post("/api/articles", json={"text": "a", "url": "http://example.org/"}, headers=auth), 422,
          "invalid_request")
    check(client.post("/api/articles", json={}, headers=auth), 422, "invalid_request")
    check(client.post("/api/articles", content=b"{not json", headers={**auth, "content-type": "application/json"}),
          422, "invalid_request")


def test_body_too_large(make_client, auth):
    c = make_client(max_bytes=100)
    check(c.post("/api/articles", content=b"x" * 10_000, headers={**auth, "content-type": "application/json"}),
          413, "too_large")


def test_unreadable_article(client, auth):
    check(client.post("/api/articles", json={"text": "   "}, headers=auth), 422, "unreadable_input")


def test_refused_url(client, auth):
    body = check(client.post("/api/articles", json={"url": "http://127.0.0.1:9/x"}, headers=auth), 422,
                 "url_refused")
    assert "UNREST_ALLOW_PRIVATE_URLS" in body["message"]


def test_store_failure_is_a_503(make_client, monkeypatch):
    client = make_client(cache_entries=0)  # every answer computed
    def broken(*a, **k):
        raise OperationalError("SELECT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(queries, "incident_page", broken)
    body = check(client.get("/api/incidents"), 503, "store_unavailable")
    assert "disk" not in body["message"]  # no internals in the answer


def test_package_errors_map_to_statuses(make_client, monkeypatch):
    client = make_client(cache_entries=0)  # every answer computed
    def store_error(*a, **k):
        raise StoreError("cannot open the store")

    monkeypatch.setattr(queries, "timeline", store_error)
    check(client.get("/api/timeline"), 503, "store_unavailable")

    def extraction_error(*a, **k):
        raise ExtractionError("pipeline failed")

    monkeypatch.setattr(queries, "facets", extraction_error)
    check(client.get("/api/facets"), 500, "extraction_failed")


def test_unexpected_exception_is_a_bare_500(make_client, monkeypatch):
    client = make_client(cache_entries=0)  # every answer computed
    def crash(*a, **k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(queries, "map_data", crash)
    body = check(client.get("/api/map"), 500, "internal_error")
    assert "secret" not in body["message"]


def test_openapi_documents_the_envelope_on_every_route(client):
    spec = client.get("/openapi.json").json()
    assert spec["paths"]
    for path, item in spec["paths"].items():
        for method, op in item.items():
            assert op.get("summary"), (method, path)
            for status, resp in op["responses"].items():
                if status.startswith(("4", "5")):
                    schema = resp["content"]["application/json"]["schema"]
                    assert set(schema["required"]) == SHAPE, (method, path, status)
