"""Bounds and estimates a general quantity extractor reads around a number."""

import pytest


@pytest.fixture(scope="module")
def qualifiers(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple[float, str]]:
        return [(q.value, q.qualifier) for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # "the lead up to", "the run up to": the time before something, no upper bound
    ("In the lead up to 4G networks, firms spent heavily.", [(4, "exact")]),
    ("Prices rose in the run up to 5G networks.", [(5, "exact")]),
    # "up to" on its own is an upper bound
    ("The lift holds up to 600 kilograms.", [(600, "at_most")]),
    # looser estimates, before the number or after it
    ("The bridge will cost something like $900 million.", [(9e8, "approximately")]),
    ("The march drew in the order of 15,000 people.", [(15000, "approximately")]),
    ("The floods cut off the best part of 40 villages.", [(40, "approximately")]),
    ("There were perhaps 300 people in the square.", [(300, "approximately")]),
    ("Repairs could run to $4m or thereabouts.", [(4e6, "approximately")]),
])
def test_qualifier(qualifiers, text, expected):
    assert qualifiers(text) == [(pytest.approx(v), q) for v, q in expected]


@pytest.mark.parametrize("text, expected", [
    # a range with its unit and a participle between the two numbers
    ("Fuel economy climbed from 25 mpg combined to 28 for the hybrid.", [(25, 28, "mile per gallon")]),
])
def test_range_across_words(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    got = [(q.value, q.value_max, q.unit) for q in find_quantities(nlp_model(text))]
    assert got == expected
