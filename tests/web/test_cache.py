"""The response cache: repeated reads come from memory, and any commit to the store (through the
app or by another connection) is seen at once."""

from __future__ import annotations

from sqlalchemy import text

from unrest.store import Store


def test_repeated_reads_are_hits(make_client, store_url):
    c = make_client(db=store_url)
    first = c.get("/api/incidents?country=NP")
    assert first.headers["x-cache"] == "miss"
    again = c.get("/api/incidents?country=NP")
    assert again.headers["x-cache"] == "hit" and again.json() == first.json()
    # the same parameters in another order are the same answer
    assert c.get("/api/incidents?limit=5&country=NP").headers["x-cache"] == "miss"
    assert c.get("/api/incidents?country=NP&limit=5").headers["x-cache"] == "hit"


def test_a_commit_by_another_process_is_seen(make_client, store_url):
    c = make_client(db=store_url)
    before = c.get("/api/incidents?country=NP").json()["total"]
    assert c.get("/api/incidents?country=NP").headers["x-cache"] == "hit"
    other = Store.open(store_url)  # as `unrest ingest` running beside the server would
    with other.begin() as conn:
        conn.execute(text("DELETE FROM incidents WHERE country = 'NP' AND id IN "
                          "(SELECT id FROM incidents WHERE country = 'NP' LIMIT 1)"))
    other.close()
    after = c.get("/api/incidents?country=NP")
    assert after.headers["x-cache"] == "miss" and after.json()["total"] == before - 1


def test_a_write_through_the_api_is_seen(make_client, store_url, auth):
    c = make_client(db=store_url)
    n = c.get("/api/articles").json()["total"]
    c.get("/api/articles")
    r = c.post("/api/articles", headers=auth, json={"text": "Police arrested 12 students in Dhaka on Monday.",
                                                     "published": "2024-07-15"})
    assert r.status_code == 201
    assert c.get("/api/articles").json()["total"] == n + 1


def test_errors_exports_and_writes_are_not_cached(client):
    assert "x-cache" not in client.get("/api/export/csv?country=NP").headers
    client.get("/api/incidents/nope")
    assert client.get("/api/incidents/nope").headers["x-cache"] == "miss"


def test_cache_off(make_client):
    c = make_client(cache_entries=0)
    c.get("/api/facets")
    assert "x-cache" not in c.get("/api/facets").headers
