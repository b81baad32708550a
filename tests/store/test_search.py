"""Full-text search of the reports (unrest.store.search), on SQLite and, where set, PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, literal_column, text, update

from unrest.models import Article, Record
from unrest.store import search
from unrest.store.schema import articles
from unrest.store.search import FullText, SearchQueryError, search_ids

# short reports of our own, by a key the tests name them with
REPORTS = {
    "port": ("2025-04-01", "Dockers strike at the container port",
             ("Hundreds of protesters gathered at the port gates in Tema on Monday, and police arrested two "
              "organisers.")),
    "bullets": ("2025-04-03", None,
                ("A protester was injured when security forces fired rubber bullets near an al-Shabaab "
                 "checkpoint outside the town.")),
    "phrase": ("2025-04-05", None,
               "The ministry denied that soldiers fired live rounds at the crowd near the stadium."),
    "apart": ("2025-04-07", None,
              "Rounds of talks went on all week while the dispute stayed live in three districts."),
    "accents": ("2025-04-09", None, "Residents of Bogotá marched against the fare rise on the buses."),
}


def _record(key: str) -> Record:
    published, title, text = REPORTS[key]
    return Record(article=Article(text=text, title=title, published=published, outlet=f"Outlet {key}"))


@pytest.fixture
def store(fresh_store):
    for key in REPORTS:
        fresh_store.save_record(_record(key))
    return fresh_store


def found(store, terms: list[str], conditions=None) -> set[str]:
    """The keys of the reports a search finds."""
    by_id = {_record(k).article.id: k for k in REPORTS}
    with store.engine.connect() as conn:
        ids, total = search_ids(conn, terms, conditions, limit=50)
    assert total == len(ids)
    return {by_id[i] for i in ids}


@pytest.mark.parametrize(("terms", "expected"), [
    (["protesters"], {"port", "bullets"}),  # a plural finds the singular, and the other way round
    (["protester"], {"port", "bullets"}),
    (["PROTESTERS"], {"port", "bullets"}),  # any case
    (["arrests"], {"port"}),  # "arrested" shares the stem
    (["fired", "crowd"], {"phrase"}),  # every term must occur
    (["live rounds"], {"phrase"}),  # a phrase: the words side by side
    (["live", "rounds"], {"phrase", "apart"}),  # two words: anywhere
    (["container"], {"port"}),  # the title is searched too
    (["bogota"], {"accents"}),  # accents folded
    (["zebra"], set()),
])
def test_words_stems_and_phrases(store, terms, expected):
    if terms == ["bogota"] and store.engine.dialect.name == "postgresql":
        pytest.skip("the English configuration of PostgreSQL keeps accents")
    assert found(store, terms) == expected


@pytest.mark.parametrize(("terms", "expected"), [
    (["al-Shabaab"], {"bullets"}),  # a hyphen joins two words
    (["al Shabaab"], {"bullets"}),
    (['"'], set()),  # a stray quote is no word
    (['port"'], {"port"}),
    (["(port"], {"port"}),
    (["port*"], {"port"}),  # no prefix syntax: the word itself
    (["-port"], {"port"}),  # no negation either
    (["{port}", "tema:"], {"port"}),  # column filters and brackets are punctuation
    (["NEAR(an", "checkpoint)"], {"bullets"}),  # NEAR( is a word here, not an operator
    (["bullets^", "'rubber'"], {"bullets"}),
    (["\x00port"], {"port"}),  # a NUL byte would break a PostgreSQL text parameter
    (["*", "(", ")", ":", "&|!"], set()),  # nothing left to search
])
def test_punctuation_never_reaches_the_query_syntax(store, terms, expected):
    assert found(store, terms) == expected


def test_a_word_in_the_title_outranks_one_in_the_text(fresh_store):
    # the same sentence twice, once with the searched word as title: that one comes first, though
    # it is older
    body = "Shops stayed shut and buses did not run as the stayaway entered its second day in the capital."
    fresh_store.save_record(Record(article=Article(text=body + " Curfew.", published="2025-05-01")))
    in_title = Record(article=Article(text=body, title="Curfew declared", published="2025-04-01"))
    fresh_store.save_record(in_title)
    with fresh_store.engine.connect() as conn:
        ids, total = search_ids(conn, ["curfew"], limit=10)
        newest, _ = search_ids(conn, ["curfew"], limit=10, best_first=False)
    assert total == 2
    assert ids[0] == in_title.article.id
    assert newest[0] != in_title.article.id  # newest first on request


def test_filters_pages_and_totals(store):
    with store.engine.connect() as conn:
        first, total = search_ids(conn, ["fired"], limit=1)
        second, again = search_ids(conn, ["fired"], limit=1, offset=1)
        beyond, counted = search_ids(conn, ["fired"], limit=1, offset=5)
        only, one = search_ids(conn, ["fired"], [articles.c.outlet == "Outlet phrase"], limit=10)
    assert (total, again, counted, one) == (2, 2, 2, 1)
    assert len(first) == len(second) == 1 and first != second and beyond == []
    assert only == [_record("phrase").article.id]


def test_deleted_edited_and_stored_again_reports_leave_no_stale_hits(store):
    port = _record("port")
    assert store.save_record(port) is False  # stored again: still one hit
    assert found(store, ["tema"]) == {"port"}
    with store.begin() as conn:
        conn.execute(delete(articles).where(articles.c.id == port.article.id))
    assert found(store, ["tema"]) == set()
    assert found(store, ["container"]) == set()
    assert store.save_record(port) is True
    assert found(store, ["tema"]) == {"port"}
    with store.begin() as conn:
        conn.execute(update(articles).where(articles.c.id == port.article.id).values(title="Harbour walkout"))
    assert found(store, ["container"]) == set()
    assert found(store, ["walkout"]) == {"port"}
    with store.begin() as conn:  # a column the index does not hold: nothing to redo
        conn.execute(update(articles).where(articles.c.id == port.article.id).values(copy_of=None))
    assert found(store, ["walkout"]) == {"port"}


def test_a_write_that_fails_leaves_no_entry_in_the_index(fresh_store):
    # the index is written in the transaction of the article: a failure undoes both
    record = _record("port")
    with pytest.raises(RuntimeError), fresh_store.begin() as conn:
        conn.execute(articles.insert(), [{"id": record.article.id, "text": record.article.text, "record": "{}"}])
        raise RuntimeError("killed mid-ingest")
    assert found(fresh_store, ["tema"]) == set()
    fresh_store.save_record(record)
    assert found(fresh_store, ["tema"]) == {"port"}


def test_a_query_the_database_refuses_is_a_search_error(store, monkeypatch):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's FTS5 syntax")
    table = literal_column("articles_fts")
    broken = FullText(search.full_text("sqlite", ["x"]).source, table.op("MATCH")('"unclosed'), table)
    monkeypatch.setattr(search, "full_text", lambda dialect, terms: broken)
    with store.engine.connect() as conn, pytest.raises(SearchQueryError):
        search_ids(conn, ["unclosed"], limit=10)


def test_every_stored_report_is_in_the_index_once(store):
    store.save_record(_record("port"))  # stored again: skipped, not indexed twice
    with store.begin() as conn:  # and one deleted: gone from the index and from its keys
        conn.execute(delete(articles).where(articles.c.id == _record("apart").article.id))
    counts = (["SELECT count(*) FROM articles_fts", "SELECT count(*) FROM articles_fts_keys",
               ("SELECT count(*) FROM articles_fts f JOIN articles_fts_keys k ON k.entry = f.rowid "
                "AND k.article_id = f.article_id")]
              if store.engine.dialect.name == "sqlite"
              else ["SELECT count(*) FROM articles WHERE search_vector IS NOT NULL"])
    with store.engine.connect() as conn:
        for sql in counts:
            assert conn.execute(text(sql)).scalar_one() == len(REPORTS) - 1, sql
