"""Company and consumer copy read in the wild: store counts after a brand's possessive, a tilde
before a currency sign, totals reached with "up to", a change hung on a verb's object, distances
"down the road"."""

import pytest


def _approx(expected):
    return [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a tilde glued before a currency sign marks an estimate in that currency
    ("Pre-deal share price: ~$41.", [(41, None, "dollar", "approximately")]),
    ("The start-up was valued at ~£2.5 billion last spring.", [(2.5e9, None, "pound sterling", "approximately")]),
    ("Each headset sells for ~€349 in Germany.", [(349, None, "euro", "approximately")]),
    # (a tilde before a bare percentage keeps working)
    ("Margins were ~12% in the period.", [(12, None, "percent", "approximately")]),
])
def test_tilde_before_currency(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, counted", [
    # a brand with a possessive before a plural noun owns what the number counts
    ("The retailer will shut 35 Boots's pharmacies next year.", 35),
    ("Regulators approved the sale of 14 Sainsbury's supermarkets.", 14),
    ("The chain plans to reopen 60 McDonald's restaurants in the region.", 60),
])
def test_count_before_brand_possessive(read, text, counted):
    assert counted in [v for v, *_ in read(text)]


@pytest.mark.parametrize("text", [
    # (a number right before a name in the singular still names a model)
    "Airbus delivered its A350 1000 Tuesday.",
    "Pilots praised the 787 Dreamliner's range.",
])
def test_model_names_stay_names(read, text):
    assert all(v not in (1000, 787) for v, *_ in read(text))


@pytest.mark.parametrize("text, expected", [
    # "add up to" and "bring/take the total up to" reach a total: exact, no change
    ("Online orders, adding up to 27% of revenue, rose in the quarter.", [(27, None, "percent", "exact")]),
    ("The purchase takes its fleet up to 212 aircraft.", [(212, None, "aircraft", "exact")]),
    ("The new hires bring the workforce up to 4,800 people.", [(4800, None, "people", "exact")]),
    # (after other verbs "up to" stays a ceiling)
    ("The outlet will cut prices by up to 40% on Friday.", [(40, None, "percent", "at_most")]),
    ("Passengers may wait up to three hours at check-in.", [(3, None, "hour", "at_most")]),
])
def test_up_to_a_total(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a percentage the parser hangs on a change verb's object keeps the verb's direction
    ("The ferry operator increased fares 6% for the summer.", [(6, None, "percent", "up")]),
    ("The bakery chain trimmed costs 9% this year.", [(9, None, "percent", "down")]),
    ("Diners raised tips 2% in March and 5% over the year.", [(2, None, "percent", "up"), (5, None, "percent", "up")]),
    # (a share of an object with no change verb stays a level)
    ("Members hold shares 12% of the time.", [(12, None, "percent", "exact")]),
])
def test_change_on_the_object(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a distance "down the road" or "up the river" places something: no change
    ("A rival outlet opened 4 miles down the road last month.", [(4, None, "mile", "exact")]),
    ("The warehouse sits 30 kilometres up the coast from the port.", [(30, None, "kilometre", "exact")]),
    # (a change verb before the distance still moves it)
    ("The floodwater climbed 2 metres up the street.", [(2, None, "metre", "up")]),
    # (a percentage "down the line" is no distance)
    ("Sales fell 7% down the supply line.", [(7, None, "percent", "down")]),
])
def test_distance_along_a_way(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a label word used as a verb after a modal or "to" does not make the count a label
    ("The new depot will house 2,400 staff.", [(2400, None, "staff", "exact")]),
    ("Carriers plan to order 65 narrow-body jets.", [(65, None, "narrow-body jet", "exact")]),
    # (as a noun it still labels: "house 7", "Order 12")
    ("Police searched house 7 on the estate.", []),
    ("Many adults have type 1 diabetes.", []),
])
def test_label_word_as_verb(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a spelled size after digits and their scale starts a second number, never the first's tail
    ("The terminal moved 3.2 million twenty-foot units last year.", [3.2e6, 20]),
    ("Shippers booked 1.5 million forty-foot boxes.", [1.5e6, 40]),
    # (spelled words after spelled words still join: one number)
    ("The city has three million forty thousand residents.", [3040000]),
])
def test_spelled_size_after_scaled_digits(read, text, expected):
    assert [pytest.approx(v) for v in expected] == [v for v, *_ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a change marked before "X% to Y%" is a change, then the level reached: no range
    ("Room occupancy: +1.4% to 72.3%.", [(1.4, None, "percent", "up"), (72.3, None, "percent", "exact")]),
    ("Load factor was up nearly 6% to 84%.", [(6, None, "percent", "up"), (84, None, "percent", "exact")]),
    ("Denver posted the biggest gain, 9.2 percent to 77.5 percent, in June.",
     [(9.2, None, "percent", "up"), (77.5, None, "percent", "exact")]),
    ("Falls were sharpest in Oslo (12.3 percent to 48.8 percent).",
     [(12.3, None, "percent", "down"), (48.8, None, "percent", "exact")]),
    # (bounds close together, or both signed, stay a range)
    ("Discounts of 15% to 45% apply across the store.", [(15, 45, "percent", "range")]),
    ("Margins moved +2% to +4% across the group.", [(2, 4, "percent", "range")]),
    ("The fund will hold a 31 per cent to 33.5 per cent stake.", [(31, 33.5, "percent", "range")]),
])
def test_change_then_level_marked(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a count before a change noun counts the plural noun after "in"
    ("The carrier reported a 2.3 million increase in passengers.", [(2.3e6, None, "passenger", "exact")]),
    ("The service posted a 650,000 drop in paying users.", [(650000, None, "user", "exact")]),
    # (a share before the noun keeps its own unit)
    ("Stores saw a 4% increase in footfall.", [(4, None, "percent", "exact")]),
])
def test_count_before_change_noun(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, values", [
    # "one of" a year labels a part of that year: no share
    ("Week one of 2025 brought record bookings.", []),
    # (a count of a noun after "one of" is still a share)
    ("She was one of 1500 applicants.", [pytest.approx(1 / 1500)]),
])
def test_one_of_a_year(read, text, values):
    assert values == [v for v, *_ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a name between "the N" and a past verb does the adding: the count has no unit of its own
    ("The total trails the 3.1 million Hulu added a year earlier.", [(3.1e6, None, "-", "exact")]),
    ("It beat the 900,000 Spotify lost in the spring.", [(900000, None, "-", "exact")]),
    # (a name before a plural noun still qualifies what is counted)
    ("The 40 Airbus jets ordered in May arrived.", [(40, None, "airbus jet", "exact")]),
])
def test_name_doing_the_counting(read, text, expected):
    assert _approx(expected) == read(text)
