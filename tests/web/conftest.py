"""Web fixtures, named by the state they give.

``sample_records``: the sample corpus extracted once per session. ``sample_db``: a SQLite file
holding it, merged (read-only for the tests). ``store_url``: a fresh copy of it for a test that
writes. ``client``: the app on the sample store, driven in process (Starlette's TestClient), with
the token ``TOKEN``. ``make_client``: the same for other settings.
"""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from _paths import ROOT

TOKEN = "test-token-7f3a"



@pytest.fixture(scope="session")
def sample_records():
    from unrest.ingest import read_inputs
    from unrest.models import Article
    from unrest.nlp.pipeline import extract

    articles = [a for a in read_inputs([str(ROOT / "samples")]) if isinstance(a, Article)]
    return list(extract(articles))


def _fill(url: str, records) -> None:
    from unrest.store import Store

    store = Store.open(url)
    for record in records:
        store.save_record(record)
    store.merge()
    store.close()


@pytest.fixture(scope="session")
def fill_store():
    """A function: (store URL, records) -> the store holding them, merged."""
    return _fill


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, sample_records) -> Path:
    path = tmp_path_factory.mktemp("web") / "samples.db"
    _fill(f"sqlite:///{path}", sample_records)
    return path


@pytest.fixture
def store_url(sample_db, tmp_path) -> str:
    """A copy of the sample store that the test may write to."""
    path = tmp_path / "copy.db"
    shutil.copy(sample_db, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def make_client(sample_db) -> Iterator[Callable[..., object]]:
    with warnings.catch_warnings():  # Starlette would like the httpx2 package; httpx works as it is
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    from unrest.web import Settings, create_app

    made = []

    def make(db: str | None = None, **settings: object) -> TestClient:
        settings.setdefault("api_token", TOKEN)
        app = create_app(Settings(db=db or f"sqlite:///{sample_db}", **settings))  # type: ignore[arg-type]
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        made.append(client)
        return client

    yield make
    for c in made:
        c.__exit__(None, None, None)


@pytest.fixture(scope="session")
def client(make_client):
    return make_client()


@pytest.fixture(scope="session")
def auth() -> dict[str, str]:
    """Headers that carry the test token."""
    return {"Authorization": f"Bearer {TOKEN}"}
