"""Digits that belong to a name are no quantity."""

import pytest


@pytest.fixture(scope="module")
def values(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[float]:
        return [q.value for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # digits before a name in the singular name a model
    ("The debut of the airline's own 787 Dreamliner was delayed.", []),
    # a count makes its noun plural, or counts a noun after the name
    ("He won 2 Premier League titles.", [2]),
    ("The actress has 3 Oscars.", [3]),
    ("The firm sold 9000 Model S and Model X cars.", [9000]),
    # a unit symbol after the number is no name
    ("The tablet comes with a 5 W charger.", [5]),
])
def test_model_names(values, text, expected):
    assert values(text) == expected
