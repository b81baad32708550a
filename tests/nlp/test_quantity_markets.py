"""Market and price reports: levels after a change, money ranges, and verbs whose object is no change."""

import pytest


@pytest.fixture(scope="module")
def read(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple]:
        return [(q.value, q.value_max, q.unit, q.change or q.qualifier) for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # the level after "to close at" is in the unit of the change before it
    ("The index tanked 1,100 points to close at 72,300.", [(1100, None, "point", "down"), (72300, None, "point", "exact")]),
    ("The benchmark gained 40 points to end at 5,120 on Friday.", [(40, None, "point", "up"), (5120, None, "point", "exact")]),
    # a scale letter after the second number of a money range
    ("The repairs will cost between $5m and $7m.", [(5e6, 7e6, "dollar", "range")]),
    # "shot up to" names the level reached, not an upper bound
    ("Onion prices shot up to Rs 80 a kilo.", [(80, None, "indian rupee per kilogram", "exact")]),
    # what the police recovered was seized, not a change; a market's recovery is one
    ("Police recovered Rs 2.5 lakh from the accused.", [(250_000, None, "indian rupee", "exact")]),
    ("The index recovered 2% on Friday.", [(2, None, "percent", "up")]),
])
def test_market_reports(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got
