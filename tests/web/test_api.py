"""The read side of the JSON API on the sample corpus: shapes, filters, pagination, exports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from unrest.export import write_export
from unrest.store import Store
from unrest.store.queries import IncidentFilter


def ok(response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["ok"] is True
    return body


def test_index_counts(client):
    body = ok(client.get("/api"))
    assert body["counts"]["articles"] >= 7
    assert body["counts"]["incidents"] > 0
    assert body["docs"] == "/docs"


@pytest.mark.parametrize("path", [
    "/api/incidents", "/api/campaigns", "/api/figures", "/api/claims", "/api/places", "/api/articles",
    "/api/search?q=police",
])
def test_lists_share_one_shape(client, path):
    body = ok(client.get(path))
    assert set(body) >= {"ok", "total", "limit", "offset", "next", "items"}
    assert body["total"] >= len(body["items"]) > 0


def test_pagination_walks_every_item_once(client):
    first = ok(client.get("/api/incidents?limit=7"))
    seen, page = [i["id"] for i in first["items"]], first
    while page["next"]:
        page = ok(client.get(page["next"]))
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == first["total"]


def test_limit_over_the_setting_is_refused(client, make_client):
    assert client.get("/api/incidents?limit=501").status_code == 422
    small = make_client(max_limit=5)
    assert small.get("/api/incidents?limit=6").json()["error"] == "invalid_request"
    assert len(ok(small.get("/api/incidents?limit=5"))["items"]) == 5


@pytest.mark.parametrize("query, check", [
    # by country
    ("country=NP", lambda i: i["country"] == "NP"),
    # by province, lower case accepted
    ("province=np-p3", lambda i: i["admin1_code"] == "NP-P3"),
    # by event type
    ("type=protest", lambda i: i["type"] == "PROTEST"),
    # a date window: incidents overlapping it
    ("since=2025-09-01&until=2025-09-30", lambda i: i["date_end"] >= "2025-09-01" and i["date_start"] <= "2025-09-30"),
    # country and type together
    ("country=NP&type=PROTEST", lambda i: i["country"] == "NP" and i["type"] == "PROTEST"),
])
def test_incident_filters(client, query, check):
    body = ok(client.get(f"/api/incidents?{query}&limit=500"))
    assert body["items"] and all(check(i) for i in body["items"])
    assert body["total"] < ok(client.get("/api/incidents"))["total"]


def test_source_filter(client):
    # a source behind some incident's claim, read from the claims themselves
    claims = ok(client.get("/api/claims?limit=500"))["items"]
    claim = next(c for c in claims if c["incident_id"] and c["source"])
    word = claim["source"].split()[-1].upper()  # any case, any part
    body = ok(client.get(f"/api/incidents?source={word}&limit=500"))
    assert claim["incident_id"] in {i["id"] for i in body["items"]}
    for i in body["items"]:
        detail = ok(client.get(f"/api/incidents/{i['id']}"))
        sources = [c["source"] for c in detail["claims"]] + [e["source"] for e in detail["events"]]
        assert any(word.lower() in (x or "").lower() for x in sources), i["id"]
    assert body["total"] < ok(client.get("/api/incidents"))["total"]


def test_outlet_filter(client):
    outlets = ok(client.get("/api/facets"))["outlets"]
    assert len(outlets) >= 2
    name = outlets[-1]["name"]
    body = ok(client.get(f"/api/incidents?outlet={name.split()[-1]}&limit=500"))
    assert body["items"] and body["total"] < ok(client.get("/api/incidents"))["total"]
    for i in body["items"]:
        outs = {e["outlet"] for e in ok(client.get(f"/api/incidents/{i['id']}"))["events"]}
        assert any(name.split()[-1].lower() in (o or "").lower() for o in outs)
    # a LIKE wildcard in the value is taken literally
    assert ok(client.get("/api/incidents?outlet=%25"))["total"] == 0


def test_since_after_until_is_an_error(client):
    r = client.get("/api/incidents?since=2025-10-01&until=2025-09-01")
    assert r.status_code == 422 and r.json()["message"] == "since is after until"


def test_incident_detail_has_events_and_claims(client):
    groups = [g for g in ok(client.get("/api/figures?limit=100"))["items"] if g["owner_kind"] == "incident"]
    group = max(groups, key=lambda g: g["n_claims"])
    body = ok(client.get(f"/api/incidents/{group['owner_id']}"))
    assert body["events"] and all(e["article_id"] and e["published"] for e in body["events"])
    claims = [c for c in body["claims"] if c["category"] == group["category"]]
    assert len(claims) == group["n_claims"]
    assert group["low"] <= group["best"] <= group["high"]
    assert body["figures"][group["category"]]["best"] == group["best"]


def test_figures_carry_their_claims_and_sources(client):
    body = ok(client.get("/api/figures?category=killed&limit=100"))
    assert body["items"]
    for group in body["items"]:
        assert group["category"] == "killed"
        assert group["claims"], group
        assert group["low"] <= group["best"] <= group["high"]
        for c in group["claims"]:
            assert {"value", "qualifier", "source", "source_kind", "outlet", "published", "text", "article_id",
                    "record_id"} <= set(c)
    assert {g["owner_kind"] for g in body["items"]} <= {"incident", "campaign"}


def test_figures_below_a_country_leave_out_running_totals(client):
    groups = ok(client.get("/api/figures?limit=100"))["items"]
    province = next(g["admin1_code"] for g in groups if g["owner_kind"] == "incident" and g["admin1_code"])
    body = ok(client.get(f"/api/figures?province={province}&limit=100"))
    assert body["items"] and all(g["owner_kind"] == "incident" and g["admin1_code"] == province for g in body["items"])


def test_claims_in_report_order(client):
    body = ok(client.get("/api/claims?category=killed&category=injured&limit=500"))
    assert {c["category"] for c in body["items"]} <= {"killed", "injured"}
    dates = [c["published"] for c in body["items"]]
    assert dates == sorted(dates)


def test_campaign_detail(client):
    camps = ok(client.get("/api/campaigns?country=MZ"))["items"]
    assert camps and all(c["country"] == "MZ" for c in camps)
    body = ok(client.get(f"/api/campaigns/{camps[0]['id']}"))
    assert "claims" in body and "incidents" in body


@pytest.mark.parametrize("level, key", [("country", "country"), ("province", "admin1_code"), ("location", "location")])
def test_places_by_level(client, level, key):
    body = ok(client.get(f"/api/places?level={level}&limit=500"))
    assert body["level"] == level
    assert sum(p["n_incidents"] for p in body["items"]) == ok(client.get("/api/incidents"))["total"]
    assert all(key in p for p in body["items"])


def test_map_counts_agree_with_incidents(client):
    body = ok(client.get("/api/map?country=NP"))
    total = ok(client.get("/api/incidents?country=NP"))["total"]
    assert [c["code"] for c in body["countries"]] == ["NP"] and body["countries"][0]["n"] == total
    assert sum(p["n"] for p in body["provinces"]) <= total
    assert len(body["points"]) == total and all(p["lat"] is not None for p in body["points"])


def test_timeline(client):
    body = ok(client.get("/api/timeline?country=NP"))
    assert sum(b["n"] for b in body["buckets"]) == ok(client.get("/api/incidents?country=NP"))["total"]
    assert body["incidents"] and body["tolls"]
    assert {t["category"] for t in body["tolls"]} <= {"killed", "injured", "arrested"}


def test_facets(client):
    body = ok(client.get("/api/facets"))
    assert {"NP", "MZ"} <= {c["code"] for c in body["countries"]}
    assert any(p["code"] == "NP-P3" and p["name"] == "Bagmati" for p in body["provinces"])
    assert body["dates"]["min"] <= body["dates"]["max"]
    nepal = ok(client.get("/api/facets?country=np"))
    assert {p["country"] for p in nepal["provinces"]} == {"NP"}


def test_article_detail_gives_offsets_and_figure_sentences(client):
    items = ok(client.get("/api/articles?country=NP"))["items"]
    art = ok(client.get(f"/api/articles/{items[0]['id']}"))
    text = art["record"]["article"]["text"]
    assert art["record"]["figures"]
    for f in art["record"]["figures"]:
        s, e = art["figure_context"][f["id"]]["sentence"]
        assert s <= f["start"] < f["end"] <= e
        assert text[f["start"]:f["end"]] == f["text"]
        assert "\n\n" not in text[s:e].strip()


def test_search_every_word_any_case_with_snippets(client):
    body = ok(client.get('/api/search?q=POLICE%20"live%20rounds"'))
    assert body["terms"] == ["POLICE", "live rounds"]
    assert body["items"]
    for item in body["items"]:
        sn = item["snippet"]
        assert sn["matches"]
        for a, b in sn["matches"]:
            assert sn["text"][a:b].lower() in ("police", "live rounds")
    assert ok(client.get("/api/search?q=zzzzqqq"))["total"] == 0
    assert client.get("/api/search").status_code == 422


def test_articles_filtered_by_province(client):
    body = ok(client.get("/api/articles?province=NP-P3"))
    assert body["items"] and all(a["country"] == "NP" for a in body["items"])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "geojson"])
def test_export_matches_the_cli_export(client, sample_db, fmt):
    r = client.get(f"/api/export/{fmt}?country=NP")
    assert r.status_code == 200
    assert "attachment" in r.headers["content-disposition"]
    store = Store.open(f"sqlite:///{sample_db}")
    out = io.StringIO()
    with store.engine.connect() as conn:
        write_export(conn, fmt, out, IncidentFilter(country="NP"))
    store.close()
    if fmt == "geojson":
        assert json.loads(r.text) == json.loads(out.getvalue())
    else:
        assert r.text == out.getvalue()


def test_export_csv_honours_province_and_outlet(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/csv?province=NP-P3").text)))
    assert rows and {r["admin1"] for r in rows} == {"Bagmati"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/csv?outlet=himalayan").text)))
    assert rows and {r["country"] for r in rows} == {"NP"}


def test_unknown_export_format(client):
    r = client.get("/api/export/xlsx")
    assert r.status_code == 422 and r.json()["ok"] is False


def test_undated_incidents_come_last_and_are_counted(make_client, store_url):
    from sqlalchemy import insert

    from unrest.store.schema import incidents

    store = Store.open(store_url)
    with store.begin() as conn:
        conn.execute(insert(incidents), [{"id": f"i-undated{i}", "type": "PROTEST", "country": "NP", "n_events": 1,
                                          "n_articles": 1, "n_origins": 1} for i in range(3)])
    store.close()
    c = make_client(db=store_url, cache_entries=0)
    first = ok(c.get("/api/incidents?country=NP&limit=4"))
    seen, page = [i["id"] for i in first["items"]], first
    while page["next"]:
        page = ok(c.get(page["next"]))
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == first["total"]
    assert seen[-3:] == ["i-undated0", "i-undated1", "i-undated2"]
