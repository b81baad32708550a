"""The scenario: one developing crisis over ten days, from several outlets, ingested in shuffled
order, must give the incidents, wire copies, relays and reconciled tolls written down in
``tests/scenario/golden.json`` (derived by hand from ``tests/scenario/FACTS.md``), and the same
answer whatever the order.

Golden format::

    {"incidents": [{"type": "ASSAULT", "location": "...", "admin1_code": "..", "date": "YYYY-MM-DD",
                    "min_reports": 2, "figures": {"killed": {"low": 1, "high": 3, "disputed": true}}}],
     "campaign": {"country": "..", "figures": {"killed": {"best": 12, "low": 11, "high": 12}}},
     "copies": [["original.txt", "copy.txt", ...]],
     "relays": [{"file": "x.txt", "category": "injured", "value": 40, "origin_contains": "radio"}]}
"""

from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import select

from unrest.corpus.ingest import ingest
from unrest.store import Store
from unrest.store.queries import list_campaigns, list_incidents
from unrest.store.schema import articles, figures

from _paths import ROOT

SCENARIO = ROOT / "tests" / "scenario"
GOLDEN = SCENARIO / "golden.json"
pytestmark = pytest.mark.skipif(not GOLDEN.exists(), reason="tests/scenario/golden.json not written yet")


def ingest_shuffled(url: str, tmp_path, seed: int) -> Store:
    """Copy the reports into a folder in a shuffled order, one ingest call per file, then merge."""
    files = sorted((SCENARIO / "reports").glob("*.txt"))
    random.Random(seed).shuffle(files)
    store = Store.open(url)
    for f in files:
        ingest([str(f)], store, merge=False)
    store.merge()
    return store


def snapshot(store: Store) -> dict:
    with store.engine.connect() as conn:
        incidents = sorted((i["id"], i["type"], i["location"], i["date_start"], i["n_articles"],
                            json.dumps(i["figures"], sort_keys=True)) for i in list_incidents(conn, limit=10_000))
        camps = sorted((c["id"], json.dumps(c["figures"], sort_keys=True)) for c in list_campaigns(conn))
        copies = sorted((r.id, r.copy_of) for r in conn.execute(select(articles.c.id, articles.c.copy_of)))
    return {"incidents": incidents, "campaigns": camps, "copies": copies}


@pytest.fixture
def merged(db_url, tmp_path):
    store = ingest_shuffled(db_url, tmp_path, seed=11)
    yield store
    store.close()


@pytest.fixture(scope="module")
def golden():
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_the_same_answer_in_any_order(merged, tmp_path):
    other = ingest_shuffled(f"sqlite:///{tmp_path / 'other-order.db'}", tmp_path, seed=99)
    assert snapshot(merged) == snapshot(other)
    other.close()


def test_incidents(merged, golden):
    with merged.engine.connect() as conn:
        found = list_incidents(conn, limit=10_000)
    for want in golden["incidents"]:
        matches = [i for i in found if i["type"] == want["type"] and i["location"] == want["location"]
                   and i["date_start"] <= want["date"] <= i["date_end"]]
        assert matches, f"no incident {want}"
        best = max(matches, key=lambda i: i["n_articles"])
        assert best["n_articles"] >= want.get("min_reports", 1), (want, best)
        if "admin1_code" in want:
            assert best["admin1_code"] == want["admin1_code"]
        for category, expect in want.get("figures", {}).items():
            got = best["figures"].get(category)
            assert got is not None, (want, best)
            for key, value in expect.items():
                assert got[key] == value, (want["location"], category, key, got)


def test_campaign_tolls(merged, golden):
    want = golden["campaign"]
    with merged.engine.connect() as conn:
        camps = [c for c in list_campaigns(conn, want["country"]) if c["figures"]]
    assert camps
    camp = max(camps, key=lambda c: c["n_incidents"])
    for category, expect in want["figures"].items():
        for key, value in expect.items():
            assert camp["figures"][category][key] == value, (category, key, camp["figures"][category])


def test_wire_copies_point_to_their_original(merged, golden):
    with merged.engine.connect() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.copy_of, articles.c.text)).all()
    by_file = {}
    for group in golden["copies"]:
        for name in group:
            text = (SCENARIO / "reports" / name).read_text(encoding="utf-8")
            by_file[name] = next(r for r in rows if r.text[:120] in text or text.find(r.text[40:160]) >= 0)
    for original, *copies in golden["copies"]:
        assert by_file[original].copy_of is None
        for name in copies:
            assert by_file[name].copy_of == by_file[original].id, name


def test_relayed_figures_point_to_their_origin(merged, golden):
    with merged.engine.connect() as conn:
        rows = conn.execute(select(figures.c.category, figures.c.value, figures.c.origin)).all()
    for relay in golden["relays"]:
        assert any(r.category == relay["category"] and r.value == relay["value"]
                   and relay["origin_contains"].lower() in (r.origin or "") for r in rows), relay
