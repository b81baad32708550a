"""Ages a general quantity extractor reads from the words around a number."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # an age set off by commas after a name, whatever follows it
    ("A local councillor, Maria Lopes, 52, was shot outside her home.", [(52, "year of age")]),
    ("Tomas Berg, 19, of the northern suburbs, was detained.", [(19, "year of age")]),
    ("Officers said Karim Haddad, 31, who ran the shop, fled.", [(31, "year of age")]),
    # a surname the tagger takes for an organisation, then an appositive
    ("Okonkwo, 27, a trader from the market, was arrested.", [(27, "year of age")]),
    ("Mensah, 15, had been shot in the leg.", [(15, "year of age")]),
    # after a common noun, when a verb or an appositive follows
    ("The driver, 64, died at the scene.", [(64, "year of age")]),
    # ages in brackets in a list of people
    ("The dead were named as Ravi Menon (41), Anita Rao (38) and a child.",
     [(41, "year of age"), (38, "year of age")]),
    # a number in brackets after a player's name is a shirt number, not an age (nor a count)
    ("Striker Paulo Reis (9) celebrates his goal.", []),
    # a count after a place and a comma stays a count
    ("In Lagos, 14 people were hurt.", [(14, "people")]),
])
def test_appositive_age(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
