"""How numbers are written in the news: scale letters, fractions of a scale, mixed numbers,
model names and phone numbers."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a capital B after a dollar sign is billions
    ("Net income was $3.2B in the quarter.", [(3.2e9, "dollar")]),
    ("Revenue hit $3B last year.", [(3e9, "dollar")]),
    # "one and a half" is a number, like "six and a half"
    ("The journey takes one and a half hours.", [(1.5, "hour")]),
    # a fraction of a scale is a plain number
    ("A quarter of a million people live in the valley.", [(250_000, "people")]),
    ("Half of the voters stayed at home.", [(0.5, "% voter")]),
    # a fraction of a unit of measure is in that unit
    ("The shell landed a quarter of a mile away.", [(0.25, "mile")]),
    ("The Fed raised rates by a quarter of a percentage point.", [(0.25, "percentage point")]),
    ("Rates were cut by half a percentage point.", [(0.5, "percentage point")]),
    # a number between an article and a capitalised name is part of the name
    ("Shares fell after a 737 Max jet lost a door panel.", []),
    # (a unit symbol after it is not a name)
    ("The tablet ships with a 5 W charger.", [(5, "watt")]),
    # the plural of a model's number is no time in seconds
    ("The airline flies ten Boeing 737s.", [(10, "boeing 737")]),
    ("She won in 9.58s.", [(9.58, "second")]),
    # the groups of a phone number that starts with 0
    ("Call 0800 123 456 for help.", []),
])
def test_number_forms(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # digits followed by a spelled number are two numbers, not their sum
    ("Some 35 fourteen-year-olds sat the exam.", [35, 14]),
    # (a spelled number may still follow a spelled one)
    ("Twenty five people came.", [25]),
])
def test_number_values(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    assert [q.value for q in find_quantities(nlp_model(text))] == [pytest.approx(v) for v in expected]
