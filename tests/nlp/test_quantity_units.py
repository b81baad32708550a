"""How much of a noun phrase is the unit of a counted quantity."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a plural number before a singular noun that modifies another counts the first noun
    ("The agency released a 40 page report on the flood.", [(40, "page")]),
    ("The car has a 4 cylinder engine.", [(4, "cylinder")]),
    ("They rented a 3 bedroom house.", [(3, "bedroom")]),
    # a plural head agrees with the number: the whole phrase is counted
    ("He bought 2 coffee cups.", [(2, "coffee cup")]),
    # a name in the plural is counted in the singular; a people keeps its plural
    ("She has played in six straight Grand Slams.", [(6, "straight grand slam")]),
    ("Some 2,000 Nigerians were evacuated.", [(2000, "nigerians")]),
    # a noun modifier before the number still describes the thing
    ("He netted a record 32 goals this season.", [(32, "record goal")]),
    # a noun compound the parser reads as a verb ("vehicle charging") stays in the phrase
    ("The city installed 200 new electric vehicle charging stations.", [(200, "new electric vehicle charging station")]),
    # "others" counts what the quantity before it counts
    ("The storm destroyed 3,000 homes and damaged 12,000 others.", [(3000, "home"), (12000, "home")]),
    ("Three people died and 14 others were injured.", [(3, "people"), (14, "people")]),
])
def test_unit_extent(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # two ages after one "aged" are both ages
    ("The victims, aged 19 and 21, were taken to hospital.", [(19, "year of age"), (21, "year of age")]),
    # "mother of two" shares no age with the age before it
    ("The 35-year-old mother of two was arrested.", [(35, "year of age"), (2, "-")]),
])
def test_ages(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
