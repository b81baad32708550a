"""Currencies written as codes apart from the number, and rates after a conversion in brackets."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # an ISO code in capitals, written apart before the number
    ("The retailer sold the unit for USD 450.", [(450, "dollar")]),
    ("Fines of EUR 2,000 were imposed.", [(2000, "euro")]),
    # the Brazilian real's sign
    ("The company raised R$ 1.2 billion.", [(1.2e9, "brazilian real")]),
    # a rate after a conversion in brackets is the first number's rate too
    ("The offer values the miner at C $8 (US $6.10) per share.", [(8, "canadian dollar per share"), (6.1, "dollar")]),
    # a dash after the brackets starts an aside, not a rate
    ("Seas rose by 2 to 3 metres (7 to 10 feet) - a change seen once a century.",
     [(2, "metre"), (7, "foot")]),
])
def test_currency_units(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "Rs." cut in two by the tokenizer
    ("The phone costs Rs. 15,999 in India.", [(15999, "indian rupee")]),
    # two amounts joined by a slash, each with its sign: a range
    ("Analysts see the stock at $7/$9 next year.", [(7, "dollar")]),
    # a scale word after digits that were not read is no number on its own
    ("The ministry released N5 billion for the project.", []),
])
def test_currency_edges(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
