"""Copy as scrapers deliver it (the round-8 battery of noisy copy): headlines in capitals, thousands
grouped with dots, HTML entities left in names, and units abbreviated as feeds glue them."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a headline in capitals: the verb before the size gives the move the tagger cannot read
    ("COPPER SLIPS 2% AS DEMAND COOLS", [(2, None, "percent", "down")]),
    ("RUPEE GAINS 0.5% AGAINST THE DOLLAR", [(0.5, None, "percent", "up")]),
    ("SHARES IN THE AIRLINE TUMBLED 14%", [(14, None, "percent", "down")]),
    ("WHEAT PRICES CLIMBED 9 CENTS A BUSHEL", [(9, None, "cent per bushel", "up")]),
    # (the level after "TO" is no move, in capitals as in clean copy)
    ("INFLATION SLOWS TO 2.8% IN APRIL", [(2.8, None, "percent", "exact")]),
    # a number before a plural in capitals is a count, not part of a name
    ("STRIKERS STAGED 12 RALLIES ACROSS THE NORTH", [(12, None, "rally", "exact")]),
    ("THE INDEX SHED 3 PERCENTAGE POINTS", [(3, None, "percentage point", "down")]),
    # (the same moves in clean copy read as before)
    ("Copper slips 2% as demand cools", [(2, None, "percent", "down")]),
])
def test_headlines_in_capitals(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # thousands grouped with dots, as continental copy writes them
    ("The region recorded 2.750.000 visitors last year.", [(2750000, "visitor")]),
    ("The council spent 4.200.000 euros on the road.", [(4200000, "euro")]),
    # (one group after a dot may be a decimal, and stays one)
    ("The gauge read 12.125 on Friday.", [(12.125, "-")]),
    # an HTML entity left in an index's name: the number is the name's
    ("The S&amp;P 400 slipped 0.6% on Tuesday.", [(0.6, "percent")]),
    # abbreviated spans of time and shares
    ("The repairs will take 6wks.", [(6, "week")]),
    ("He was jailed for 18 mths.", [(18, "month")]),
    ("Deposits grew 7.5 p.c. in the year.", [(7.5, "percent")]),
])
def test_scraped_number_forms(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a level after "was" whose comma before the move was stripped: the move is the next number's
    ("turnover was $880m up 6% on the year", [(880e6, None, "dollar", "exact"), (6, None, "percent", "up")]),
    ("exports were 4.2 million tonnes down 3% from march",
     [(4.2e6, None, "metric ton", "exact"), (3, None, "percent", "down")]),
    # (a move restated after a session verb stays a move)
    ("the index ended 40 points up 0.7%", [(40, None, "point", "up"), (0.7, None, "percent", "up")]),
    # (with its comma, as before)
    ("Turnover was $880m, up 6% on the year.", [(880e6, None, "dollar", "exact"), (6, None, "percent", "up")]),
])
def test_level_before_a_stripped_comma(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a level and where it came from, the comma between them stripped
    ("the mortgage rate is 5.2% up from 4.9% in june",
     [(5.2, None, "percent", "exact"), (4.9, None, "percent", "exact")]),
    ("The fare now costs £4.10 down from £4.60 last year.",
     [(4.1, None, "pound sterling", "exact"), (4.6, None, "pound sterling", "exact")]),
    # (a move of its own before "up from" stays a move)
    ("Coffee rose 3 cents up from the week's low.", [(3, None, "cent", "up")]),
])
def test_level_then_where_it_came_from(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # one change said twice in other units, the comma before "or" stripped
    ("The carmaker lost $820 million or 61 cents a share in the third quarter.",
     [(820e6, None, "dollar", "down"), (61, None, "cent per share", "down")]),
    ("the benchmark yield fell 9 basis points or 0.09 percentage point on the week",
     [(9, None, "basis point", "down"), (0.09, None, "percentage point", "down")]),
    # (a choice of two in one unit is no restatement)
    ("The repairs will cost 40 or 50 dollars each.", [(40, 50, "dollar", "range")]),
])
def test_restated_without_its_comma(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # an age straight after the word for a person, its commas stripped
    ("The girl 6 was rescued from the river.", [(6, "year of age")]),
    ("The goalkeeper 31 has signed a new deal.", [(31, "year of age")]),
    ("Police said the pensioner 84 who lived alone had been robbed.", [(84, "year of age")]),
    # (no person before the number: a name's number, or no age)
    ("Apollo 11 was launched in July.", []),
    # (with its commas, as before)
    ("The goalkeeper, 31, has signed a new deal.", [(31, "year of age")]),
])
def test_age_after_a_person_without_commas(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a change in "per cent", two words the parser hangs elsewhere than "%"
    ("Exports grew just 1.4 per cent over the year.", [(1.4, None, "percent", "up")]),
    ("The new drug cut the rate of relapse by 31 per cent.", [(31, None, "percent", "down")]),
    ("Lower fuel costs helped lift margins 3 per cent.", [(3, None, "percent", "up")]),
    ("Profits rose a stronger-than-forecast 12 per cent.", [(12, None, "percent", "up")]),
    # (a level after "to", and a share of a thing, are no move)
    ("The levy was raised to 15 per cent.", [(15, None, "percent", "exact")]),
    ("The bank cut 10 per cent of its staff.", [(10, None, "percent", "exact")]),
])
def test_moves_in_per_cent(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a stray space before the full stop tips an "-s" modifier into a verb; the number still counts
    ("She has won 23 Grand Slam singles titles .", [23]),
    # (and as before without it)
    ("She has won 23 Grand Slam singles titles.", [23]),
])
def test_count_before_a_mistagged_modifier(units, text, expected):
    assert [v for v, _ in units(text)] == expected
