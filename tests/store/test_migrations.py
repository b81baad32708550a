"""The Alembic migrations build exactly the schema the code declares, and upgrade older stores."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from unrest.store import Store
from unrest.store.schema import metadata


def test_migrated_store_matches_the_declared_schema(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'm.db'}")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
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
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    assert "articles" in inspect(store.engine).get_table_names()
    assert "ix_brief_snapshots_filter_key" in {ix["name"] for ix in inspect(store.engine).get_indexes("brief_snapshots")}
