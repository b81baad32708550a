"""The Alembic migrations build exactly the schema the code declares, and upgrade older stores."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from unrest.models import Article, Record
from unrest.store import Store
from unrest.store.schema import in_declared_schema, metadata
from unrest.store.search import search_ids


def _head() -> str:
    """The newest revision the migrations know."""
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("unrest.store") / "migrations"))
    return ScriptDirectory.from_config(cfg).get_current_head()


def test_migrated_store_matches_the_declared_schema(db_url):
    # the search index is made by migration 0003 in each backend's own terms, outside `metadata`
    store = Store.open(db_url)
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": in_declared_schema})
        diff = compare_metadata(context, metadata)
    store.close()
    assert diff == []


def test_a_store_whose_brief_wrote_its_own_table_upgrades(tmp_path):
    # stores made before revision 0002: revision 0001, plus the table `unrest brief` used to create
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE brief_snapshots (id INTEGER PRIMARY KEY, filter_key TEXT NOT NULL, "
                          "made_at VARCHAR(32) NOT NULL, snapshot TEXT NOT NULL)"))
        conn.execute(text("INSERT INTO brief_snapshots (filter_key, made_at, snapshot) VALUES ('k', 'now', '{}')"))
    engine.dispose()
    store = Store.open(url)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM brief_snapshots")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head()
    assert "articles" in inspect(store.engine).get_table_names()
    assert "ix_brief_snapshots_filter_key" in {ix["name"] for ix in inspect(store.engine).get_indexes("brief_snapshots")}


def _report(text: str, title: str | None = None) -> Record:
    return Record(article=Article(text=text, title=title, published="2025-03-02", outlet="Test Wire"))


def test_a_store_made_at_revision_0002_gets_its_reports_indexed(db_url):
    # reports stored before the search index existed are found once the store is upgraded,
    # and reports stored after it are indexed as they are written
    old = Store.open(db_url, migrate=False)
    old.upgrade("0002")
    old.save_record(_report("Dockworkers marched to the harbour gates on Monday.", title="Harbour strike"))
    old.save_record(_report("Farmers blocked the ring road with tractors."))
    old.close()

    store = Store.open(db_url)
    store.save_record(_report("Nurses picketed the district hospital over unpaid wages."))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == _head()
        for word in ("harbour", "tractors", "hospital"):
            assert search_ids(conn, [word], limit=10)[1] == 1, word
    store.close()


def test_the_search_index_can_be_taken_down_and_rebuilt(db_url):
    store = Store.open(db_url)
    store.save_record(_report("Teachers rallied outside the education ministry."))
    _downgrade(store, "0002")
    store.upgrade()
    with store.engine.connect() as conn:
        assert search_ids(conn, ["ministry"], limit=10)[1] == 1
    store.close()


def _downgrade(store: Store, revision: str) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("unrest.store") / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_a_store_at_revision_0003_upgrades_and_stores_actor_countries(db_url):
    # revision 0004 adds the columns; the events stored after it carry the state each actor belongs to
    from unrest.services import extract_text
    from unrest.store.schema import events

    old = Store.open(db_url, migrate=False)
    old.upgrade("0003")
    old.close()
    store = Store.open(db_url)
    store.save_record(extract_text("Russian troops shelled the town of Kupiansk on Monday.", published="2025-03-02"))
    with store.engine.connect() as conn:
        rows = conn.execute(events.select().where(events.c.type == "ASSAULT")).mappings().all()
    store.close()
    assert rows and rows[0]["actor1_country"] == "RU"


def test_a_store_at_revision_0004_upgrades_and_stores_parts_of_totals(db_url):
    # revision 0005 adds the column; a part named beside its total points to it
    from unrest.services import extract_text
    from unrest.store.schema import figures

    old = Store.open(db_url, migrate=False)
    old.upgrade("0004")
    old.close()
    store = Store.open(db_url)
    store.save_record(extract_text("At least nine people, including three children, were killed in the blast.",
                                   published="2025-03-02"))
    with store.engine.connect() as conn:
        rows = conn.execute(figures.select().where(figures.c.category == "killed")).mappings().all()
    store.close()
    assert sorted((r["value"], r["part_of"]) for r in rows) == [(3, "f1"), (9, None)]
