"""The component contract: spaCy finds nothing unmet, and the registered factories are the ones we list."""

from __future__ import annotations

from spacy.language import Language

from unrest.nlp.pipeline import COMPONENTS


def test_analyze_pipes_finds_no_problems(nlp_full):
    analysis = nlp_full.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in nlp_full.pipe_names}


def test_components_are_registered_in_order(nlp_full):
    ours = [name for name in nlp_full.pipe_names if name.startswith("unrest_")]
    assert ours == ["unrest_paragraphs", *COMPONENTS]
    for name in ours:
        assert Language.has_factory(name)


def test_model_is_not_loaded_at_import():
    import importlib

    import unrest.nlp.pipeline as pipeline

    importlib.reload(pipeline)
    assert pipeline.get_nlp.cache_info().currsize == 0
