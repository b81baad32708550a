"""Shared fixtures, named by the state they give.

``nlp_model`` is the bare English model; ``nlp_full`` the whole pipeline (loaded once per session).
``SHARED`` is the read-only folder beside the project (seed, contract, public data sets).
"""

from __future__ import annotations

import json
import pytest

from _paths import SHARED


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp_model():
    from unrest.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def nlp_full():
    from unrest.nlp.pipeline import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def record_schema() -> dict:
    return json.loads((SHARED / "contract" / "record.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def extract_text():
    """A function: text (and publication date) -> record dict, through the full pipeline."""
    from unrest.services import extract_text

    def run(text: str, published: str | None = "2024-06-27") -> dict:
        return extract_text(text, published=published).as_dict()

    return run
