"""Numbers that count nothing (the round-8 battery of non-quantities): labels of a place in a
series, number words inside a name, digits that end a name, and idioms; the counts beside them
stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a capitalised label before digits names a place in a series
    ("She parked in Bay 14 and walked 2 miles.", [(2, None, "mile", "exact")]),
    ("Lot 9 fetched $1.2 million at the auction.", [(1.2e6, None, "dollar", "exact")]),
    ("Unit 2 of the plant was shut for 40 days.", [(40, None, "day", "exact")]),
    # (a seat row is a label in lower-case copy too)
    ("Fans in row 30 paid $250 for their tickets.", [(250, None, "dollar", "exact")]),
    # a plural label before a pair, a list or a span of numbers
    ("Chapters 7 and 8 describe 12 battles.", [(12, None, "battle", "exact")]),
    ("The ferry left from berths 3 and 4 with 600 passengers.", [(600, None, "passenger", "exact")]),
    ("Rows 4 to 6 were roped off for 80 guests.", [(80, None, "guest", "exact")]),
    # (in lower-case copy the tagger may read a plural label opening the sentence as a verb)
    ("platforms 2 and 3 were shut for 5 hours.", [(5, None, "hour", "exact")]),
    # (the verb "seats" is no label: the number after it counts)
    ("The truck seats three and carries 2 tonnes.", [(3, None, "-", "exact"), (2, None, "metric ton", "exact")]),
    ("The minibus seats 12 passengers.", [(12, None, "passenger", "exact")]),
])
def test_numbered_places(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a capitalised number word after a capitalised word is part of a name
    ("The Big Three carmakers laid off 4,000 workers.", [(4000, None, "worker", "exact")]),
    ("The Fab Four played to 55,000 fans.", [(55000, None, "fan", "exact")]),
    ("The Gang of Four album sold 500,000 copies.", [(500000, None, "copy", "exact")]),
    # (a count at the start of a sentence, or capitalised after a verb, stays a count)
    ("Five people were injured in the blast.", [(5, None, "people", "exact")]),
    ("Firefighters said Three homes burned.", [(3, None, "home", "exact")]),
    # (a title-case headline capitalises every word)
    ("Storm Kills Five In Coastal Town", [(5, None, "-", "exact")]),
    # digits after a capitalised common noun, with the verb straight after, end a name
    ("Studio 9 opened with 40 staff.", [(40, None, "staff", "exact")]),
])
def test_numbers_in_names(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # set phrases whose number counts nothing
    ("He is in two minds about the 10% pay offer.", [(10, None, "percent", "exact")]),
    ("A million thanks went out to the 300 volunteers.", [(300, None, "volunteer", "exact")]),
    ("The striker was on cloud nine after scoring 3 goals.", [(3, None, "goal", "exact")]),
    ("The team went the whole nine yards and won by 6 points.", [(6, None, "point", "exact")]),
    ("Critics gave their two cents on the $2 budget cut.", [(2, None, "dollar", "exact")]),
    ("The minister said it takes two to tango on the 4% deal.", [(4, None, "percent", "exact")]),
    ("The reform was one step forward and two steps back for 90 firms.", [(90, None, "firm", "exact")]),
    # (two cents that are no one's opinion are money)
    ("The lorry carried two cents worth of copper.", [(2, None, "cent", "exact")]),
])
def test_idioms(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # the European championship and its year, not euros
    ("Euro 2028 hosts expect 2.7 million visitors.", [(2.7e6, None, "visitor", "exact")]),
    ("The fine was set at 2024 euros.", [(2024, None, "euro", "exact")]),
    # the first two places of a race
    ("The team sealed a 1-2 finish in front of 90,000 fans.", [(90000, None, "fan", "exact")]),
    # an airline's code and a flight number
    ("Flight AI 171 crashed with 242 people on board.", [(242, None, "people", "exact")]),
    # set scores in a list, with a tiebreak's points in brackets
    ("She won 6-3, 3-6, 7-6 (5) in 3 hours.", [(3, None, "hour", "exact")]),
    ("He took the opener 7-6 (2) before losing 4-6, 2-6.", []),
    # (a lone score is left as it is read)
    ("The home side held a 9-2 lead at the break.", [(9, 2, "lead", "range")]),
    # a maker, a model number, a name word and a variant; and the second of a pair of variants
    ("The regulator cleared the Boeing 777 Max 9 and 10 jets.", []),
    ("Games 3 and 4 drew 18,000 fans each.", [(18000, None, "fan", "exact")]),
])
def test_events_flights_scores_and_models(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a section read with another, and an act's number in its year, as legal copy writes them
    ("Under Section 120B read with 34, the court convicted 3 men.", [(3, None, "man", "exact")]),
    ("The bill, passed as an Act in 2019 (12 of 2019), covers 40 towns.", [(40, None, "town", "exact")]),
    # a day, a month and a year joined by hyphens
    ("He was born on 12-3-1990 and moved 300 km away.", [(300, None, "kilometre", "exact")]),
    # hours and minutes joined by a hyphen before "am" or "pm"
    ("The minister arrived at 9-30 am with 12 aides.", [(12, None, "aide", "exact")]),
    # (a span of hours is a span)
    ("The shift runs 8-12 hours.", [(8, 12, "hour", "range")]),
])
def test_legal_references_dates_and_times(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a house number spelled out before a street's name
    ("Ten Downing Street denied the $2 billion claim.", [(2e9, None, "dollar", "exact")]),
    # (a count of what stands on the street stays)
    ("Five Oxford Street stores were looted.", [(5, None, "oxford street store", "exact")]),
])
def test_spelled_addresses(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]
