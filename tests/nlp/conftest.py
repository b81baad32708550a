"""Fixtures shared by the NLP tests."""

import pytest


@pytest.fixture(scope="module")
def units(nlp_model):
    """(value, unit) of every quantity a sentence states, as the NewsQuant benchmark reads them."""
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.unit) for q in find_quantities(nlp_model(text))]

    return run


@pytest.fixture(scope="module")
def read(nlp_model):
    """(value, value_max, unit, change or else qualifier) of every quantity a sentence states."""
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple]:
        return [(q.value, q.value_max, q.unit, q.change or q.qualifier) for q in find_quantities(nlp_model(text))]

    return run


@pytest.fixture(scope="module")
def quantities(nlp_model):
    """(value, value_max, unit, qualifier, change) of every quantity a sentence states."""
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple]:
        return [(q.value, q.value_max, q.unit, q.qualifier, q.change) for q in find_quantities(nlp_model(text))]

    return run
