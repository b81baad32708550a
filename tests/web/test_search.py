"""/api/search: full-text, ranked, safe with any input; on SQLite and, where set, PostgreSQL (a
database of its own on that server, so it never races the store tests)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from unrest.models import Article, Record
from unrest.store.search import SearchQueryError
from unrest.web.queries import snippet, term_spans, word_root

PG_URL = os.environ.get("UNREST_TEST_PG_URL")

# reports of our own: (published, title, text)
REPORTS = [
    ("2025-06-02", "Curfew imposed after night of looting",
     "The governor imposed a dusk-to-dawn curfew after shops were looted in the market district."),
    ("2025-06-05", None,
     ("Traders said the curfew had emptied the streets. A protester told reporters that police fired tear "
      "gas at a march of protesters near the bus terminal.")),
    ("2025-06-07", None,
     "Officials in Kisumu reopened the schools on Saturday; the curfew remained in force in two wards."),
    ("2025-06-09", None, "Student groups called off the sit-in at the university after talks with the rector."),
]


def _records() -> list[Record]:
    return [Record(article=Article(text=t, title=title, published=pub, outlet="Lakeside Daily"))
            for pub, title, t in REPORTS]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def api(request, tmp_path_factory, make_client, fill_store):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('search') / 'search.db'}"
    else:
        if not PG_URL:
            pytest.skip("PostgreSQL: set UNREST_TEST_PG_URL (the CI script does)")
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("DROP DATABASE IF EXISTS unrest_search_test WITH (FORCE)"))
            conn.execute(text("CREATE DATABASE unrest_search_test"))
        admin.dispose()
        url = make_url(PG_URL).set(database="unrest_search_test").render_as_string(hide_password=False)
    fill_store(url, _records())
    return make_client(db=url)


def ok(r):
    assert r.status_code == 200, r.text[:500]
    body = r.json()
    assert body["ok"] is True
    return body


def test_the_answer_keeps_its_shape(api):
    body = ok(api.get("/api/search?q=curfew&limit=2"))
    assert list(body) == ["ok", "total", "limit", "offset", "next", "terms", "items"]
    assert (body["total"], len(body["items"]), body["terms"]) == (3, 2, ["curfew"])
    assert body["next"] and "offset=2" in body["next"]
    item = body["items"][0]
    for key in ("id", "title", "published", "outlet", "country", "n_events", "n_figures", "urls", "snippet"):
        assert key in item
    assert set(item["snippet"]) == {"text", "start", "end", "more", "matches", "in_title"}


def test_best_match_first_and_the_title_counts_most(api):
    items = ok(api.get("/api/search?q=curfew"))["items"]
    assert items[0]["title"] == "Curfew imposed after night of looting"  # the oldest, but in the title
    assert items[0]["snippet"]["in_title"] is True
    # the list of reports filtered by the same words stays newest first
    listed = ok(api.get("/api/articles?q=curfew"))["items"]
    assert [a["published"] for a in listed] == sorted((a["published"] for a in listed), reverse=True)


@pytest.mark.parametrize(("q", "marked"), [
    ("protesters", ["protester", "protesters"]),  # the other form of the word is marked too
    ('"tear gas"', ["tear gas"]),
    ("POLICE fired", ["police", "fired"]),
])
def test_snippets_mark_what_was_found(api, q, marked):
    (item,) = ok(api.get("/api/search", params={"q": q}))["items"]
    sn = item["snippet"]
    assert sorted(sn["text"][a:b].lower() for a, b in sn["matches"]) == sorted(marked)


@pytest.mark.parametrize(("q", "total"), [
    ('"sit-in"', 1),  # a hyphenated word
    ("sit-in", 1),
    ('curfew"', 3),  # a stray quote
    ('"curfew', 3),  # an unclosed phrase
    ("curfew*", 3),  # no prefix syntax
    ("(curfew)", 3),  # brackets go
    ("title:curfew", 0),  # no column filters: the words "title curfew" side by side
    ("curfew -schools", 1),  # no negation: "-schools" is the word "schools", which one report has
    ("{Kisumu}", 1),
    ("zzzzqqq", 0),
])
def test_any_punctuation_is_answered_never_a_server_error(api, q, total):
    r = api.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    assert r.json()["total"] == total


@pytest.mark.parametrize("q", ['"', "***", "- ( ) :", '""'])
def test_a_query_without_words_is_refused_with_the_error_shape(api, q):
    r = api.get("/api/search", params={"q": q})
    assert r.status_code == 422
    assert r.json()["error"] == "invalid_request" and r.json()["errors"][0]["loc"] == ["query", "q"]


def test_a_query_the_database_refuses_is_a_400(api, monkeypatch):
    from unrest.web import queries

    def refuse(*args, **kwargs):
        raise SearchQueryError("cannot search for ['x']")

    monkeypatch.setattr(queries, "search_ids", refuse)
    r = api.get("/api/search?q=x")
    assert r.status_code == 400
    assert r.json()["error"] == "bad_query" and "cannot search" in r.json()["message"]


# -- where the words are, for the snippet ------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "same"), [
    ("protesters", "protester", True),
    ("protested", "protests", True),
    ("police", "policing", True),
    ("police", "policy", False),  # close in letters, apart in meaning
    ("casualties", "casualty", True),
    ("Bogotá", "bogota", True),  # accents folded
    ("press", "pres", False),  # a double s is no plural
    ("gas", "ga", False),  # a stem keeps three letters
])
def test_word_roots(a, b, same):
    assert (word_root(a) == word_root(b)) is same


@pytest.mark.parametrize(("body", "term", "spans"), [
    ("Riot police fired live rounds.", "live rounds", [(18, 29)]),
    ("Rounds were live.", "live rounds", []),  # a phrase keeps its order
    ("Live, rounds!", "live rounds", [(0, 12)]),  # punctuation between the words is no gap
    ("Two casualties, one casualty.", "casualty", [(4, 14), (20, 28)]),
    ("The al-Shabaab statement", "al-Shabaab", [(4, 14)]),
    ("Marchers filled Bogotá on Friday.", "bogota", [(16, 22)]),  # accents folded, offsets kept
    ("Marchers filled Bogota.", "Bogotá", [(16, 22)]),
])
def test_term_spans(body, term, spans):
    assert term_spans(body, term) == spans


def test_the_snippet_window_starts_near_the_first_match():
    body = ("Filler words that say nothing at all. " * 10) + "Then the barricades went up on the bridge."
    sn = snippet(body, ["barricades"], width=80)
    assert sn["start"] > 0 and sn["more"] is False
    (a, b), = sn["matches"]
    assert sn["text"][a:b] == "barricades"
