"""Quantities of weather, disaster, energy and farm reports, in forms found in real copy: gaps
measured against a year or a past time, bounds on a period's average, degree-sign ranges,
shares right after a date, a half on a range end, and an all-capital 'UP' that names a place."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a gap measured against a year: the year is no quantity
    ("The rice crop reached 4.2 tonnes a hectare, 0.3 tonnes above 2018.",
     [(4.2, None, "metric ton per hectare", "exact"), (0.3, None, "metric ton", "exact")]),
    ("Exports were 15,000 head higher than 2022.", [(15000, None, "head", "exact")]),
    ("Sugar output came in 6% below 2016, the mill said.", [(6, None, "percent", "exact")]),
    # a level standing alone, or one with its unit, still counts
    ("The index climbed above 2000 points.", [(2000, None, "point", "more_than")]),
])
def test_year_a_gap_is_measured_against(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gap against a past time: "more than" compares, it bounds nothing
    ("Diesel costs 9 cents more than two weeks ago.",
     [(9, None, "cent", "exact"), (2, None, "week", "exact")]),
    # with no gap before it, "more than" bounds the time
    ("The levee failed more than three years ago.", [(3, None, "year", "more_than")]),
    # a bound on a period's average, not on the period's length
    ("Soybean planting is 4% above five-year average levels.",
     [(4, None, "percent", "exact"), (5, None, "year", "exact")]),
])
def test_bound_on_another_thing(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # degree signs on both ends of a range: one range, in the second end's unit
    ("Highs in the 88°-93°F range are likely on Sunday.", [(88, 93, "fahrenheit", "range")]),
])
def test_degree_sign_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share right after a date is no later day of the month
    ("By September 8, 6% of the maize had been harvested.", [(6, None, "percent", "exact")]),
    # a later day still is one
    ("Rain fell on March 3, 4 and 5.", []),
])
def test_share_after_a_date(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an all-capital "UP" in ordinary copy names a place, so states no rise
    ("The rain shortfall reached 22 per cent in Bihar and UP 18 pc.",
     [(22, None, "percent", "exact"), (18, None, "percent", "exact")]),
    # a headline set in capitals keeps its rise
    ("WHEAT PRICES UP 7% AFTER DROUGHT", [(7, None, "percent", "up")]),
    # the ordinary particle keeps its rise
    ("Heating oil was up 3% on the week.", [(3, None, "percent", "up")]),
])
def test_capital_up_names_a_place(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "mt" in crop copy is a metric ton
    ("Maize exports should reach 31 million mt this season.", [(31000000, None, "metric ton", "exact")]),
    # "mb" beside a storm's pressure is a millibar; elsewhere a megabyte
    ("The cyclone's central pressure fell to 962 mb.", [(962, None, "millibar", "exact")]),
    ("The update weighs 300 mb.", [(300, None, "megabyte", "exact")]),
    # "barrels daily" is a rate, like "barrels a day"
    ("The refinery processes 240,000 barrels daily.", [(240000, None, "barrel per day", "exact")]),
])
def test_farm_and_weather_units(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a band of ten degrees is no quantity, and its "s" no second
    ("Expect afternoon highs in the upper 70s.", []),
    ("Readings stayed in the low 50s all day.", []),
    # a time in seconds keeps its unit
    ("She finished the sprint in 11.2s.", [(11.2, None, "second", "exact")]),
])
def test_decade_band(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "add up to" states a sum: no ceiling, no rise
    ("The two storms added up to 9 inches of rain.", [(2, None, "storm", "exact"), (9, None, "inch", "exact")]),
    ("Drought losses add up to $1.7 billion so far.", [(1700000000, None, "dollar", "exact")]),
    # with a modal it stays a reach
    ("Repairs could add up to $30 million.", [(30000000, None, "dollar", "at_most")]),
    # a plain "up to" stays a ceiling
    ("Gusts reached up to 70 mph.", [(70, None, "mile per hour", "at_most")]),
])
def test_added_up_to_a_sum(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range whose upper end adds "and a half" keeps the half
    ("Storm totals of two and a half to three and a half inches are expected.", [(2.5, 3.5, "inch", "range")]),
    ("The drive takes 4 to 5 and a half hours.", [(4, 5.5, "hour", "range")]),
])
def test_half_on_a_range_end(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one of a measure, counted by its article, in a gap or a move
    ("Nights ran a degree warmer than usual.", [(1, None, "degree", "exact")]),
    ("The lake rose a foot after the storm.", [(1, None, "foot", "up")]),
    ("Heating oil is more than a dollar below last winter.", [(1, None, "dollar", "more_than")]),
    # with no gap or move, the article counts nothing
    ("Volunteers walked a mile to the shelter.", []),
])
def test_article_counts_a_measure(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "over" a run of periods spans them: no bound, and the verb moves nothing in the period
    ("Snow fell over five straight days.", [(5, None, "day", "exact")]),
    # "over" before a plain period is still a floor
    ("The blackout lasted over two days.", [(2, None, "day", "more_than")]),
])
def test_over_a_run_of_periods(read, text, expected):
    assert read(text) == expected
