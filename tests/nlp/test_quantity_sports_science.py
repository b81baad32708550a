"""Quantities of sports, science, health and tech reports: scientific notation, dimensions,
display names, glued units in a list, comparisons and changes stated as ranges."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a mantissa times a power of ten, spaced or glued, with a caret or superscripts
    ("The culture grew to 1.5 x 10^9 cells.", [(1.5e9, "cell")]),
    ("The star shines 2.3×10^6 times brighter than the Sun.", [(2.3e6, "count")]),
    ("A mole holds 6.02 × 10²³ atoms.", [(6.02e23, "atom")]),
    # e-notation in one token, a negative exponent read exactly
    ("The survey counted 1e11 stars.", [(1e11, "star")]),
    ("The grain weighs 3.2e-5 grams.", [(3.2e-5, "gram")]),
    # a power of ten alone
    ("The dose contained 10^6 particles.", [(1e6, "particle")]),
])
def test_scientific_notation(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "a couple of" a scale doubles it, as an estimate
    ("A couple of hundred fans waited outside the ground.", [(200, "fan", "approximately")]),
    ("Police said a couple of thousand people marched.", [(2000, "people", "approximately")]),
])
def test_a_couple_of_a_scale(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # both sides of a resolution are pixels; a four-digit side is no year
    ("The screen runs at 1920 x 1080 pixels.", [(1920, "pixel"), (1080, "pixel")]),
    ("The 14-inch panel has 2,560 x 1,600 pixels.", [(14, "inch"), (2560, "pixel"), (1600, "pixel")]),
])
def test_dimensions_share_the_unit(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "4K" and "8K" name a display resolution
    ("The TV supports 4K resolution at 120Hz.", [(120, "hertz")]),
    ("The phone shoots 8K video at 30 frames per second.", [(30, "frame per second")]),
    ("The new console plays games in 4K.", []),
    # a price of an 8K set is still money; thirty thousand followers are a count
    ("The 8K model costs $3,000.", [(3000, "dollar")]),
    ("The club's account has 30K followers.", [(30000, "follower")]),
])
def test_display_names_are_no_quantity(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # each number glued to its own unit keeps it, even in a list
    ("The engine makes 300bhp and 500Nm.", [(300, "brake horsepower"), (500, "newton metre")]),
    # a bare number still takes the list's unit
    ("The bags weigh 45 and 50 kg.", [(45, "kilogram"), (50, "kilogram")]),
])
def test_glued_units_in_a_list(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # comparisons of a length, a time or an age
    ("Symptoms lasted longer than 12 weeks.", [(12, "week", "more_than")]),
    ("The lab measured particles as small as 2.5 micrometres.", [(2.5, "micrometre", "at_most")]),
    ("The rule covers players younger than 18.", [(18, "year of age", "less_than")]),
    ("Patients older than 65 were given a booster.", [(65, "year of age", "more_than")]),
])
def test_comparisons(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a change stated as a dashed range the parser hangs from its first number
    ("Ticket sales fell by 30-40% last season.", [(30, 40, "down")]),
    # a range after "between" is where the level ends up, no change
    ("Fares are expected to increase between 5% and 6%.", [(5, 6, None)]),
])
def test_ranges_of_change(quantities, text, expected):
    assert [(v, hi, c) for v, hi, _, _, c in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the level after a change in percent is no part of it: "an average of" names a level
    ("Attendance fell by 12% to an average of 18,500 a game.", [(12, "percent"), (18500, "-")]),
    # a count compared with an average still shares its noun
    ("We saw 22 thefts last week, compared with an average of 20 per week.",
     [(22, "theft"), (20, "theft per week")]),
])
def test_an_average_of_after_a_change(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a singular noun before a plural one, both counted: the plural is the head
    ("The chip has 8 performance cores and 16 efficiency cores.", [(8, "performance core"), (16, "efficiency core")]),
    # "PCs" are computers; a glued "pc" is still per cent
    ("The firm shipped 2.3m PCs in the quarter.", [(2.3e6, "pc")]),
    ("Inflation rose to 4.1pc in March.", [(4.1, "percent")]),
])
def test_counted_nouns_of_tech(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "plus" between two sums adds them, no bound
    ("The striker joined for €40m plus €10m in add-ons.", [(40e6, "exact"), (10e6, "exact")]),
    # "plus" after a number with nothing numeric after it is a lower bound
    ("The club has 1 million-plus fans.", [(1e6, "more_than")]),
])
def test_plus_between_sums(quantities, text, expected):
    assert [(v, q) for v, _, _, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # copy stripped of commas: an age straight after a full name, then a verb
    ("Serena Williams 41 said she would retire.", [(41, "year of age")]),
    ("Nick Carter 44 has spent a year at the station.", [(44, "year of age")]),
    # a one-word name with a number is a name; a score line has no verb after the number
    ("Apollo 11 was launched in July.", []),
    ("Manchester United 2 Liverpool 1 was the score.", []),
])
def test_age_after_a_name_without_commas(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year-like number after "a study of" counts the people studied
    ("A study of 2000 adults found a link.", [(2000, "adult")]),
    ("A poll of 1500 voters showed a tie.", [(1500, "voter")]),
    # (but "the class of 2000" is a year)
    ("She was a member of the class of 2000.", []),
])
def test_counts_studied(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "near" a figure is an estimate
    ("The storm had winds near 120 mph.", [(120, "mile per hour", "approximately")]),
])
def test_near_a_figure(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # pounds in millions or billions are money, even with no money verb near
    ("The club is valued at around 4 billion pounds.", [(4e9, "pound sterling")]),
    ("The baby weighed 7 pounds.", [(7, "pound-mass")]),
    # particle energies in electronvolts; "EV" stays an electric vehicle
    ("The new particle has a mass of about 125 GeV.", [(125, "gigaelectronvolt")]),
    ("The carmaker sold 1 million EVs.", [(1e6, "ev")]),
])
def test_pounds_and_electronvolts(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text", [
    # versions after a camel-case name or an acronym
    "Apple released iOS 17.4 on Tuesday.",
    "USB 3.2 support is standard.",
    # model names: a letter glued after a name, a capital X after a long number, a dashed variant
    "The Pixel 8a goes on sale next week.",
    "The Ryzen 9 7950X is the fastest chip.",
    "The Boeing 787-9 was diverted.",
    # labels of places
    "Terminal 5 was evacuated.",
    "Interstate 95 was closed.",
    "The road is shut between junctions 31 and 33.",
    # a rank after a possessive
    "The league's top four are close.",
])
def test_names_and_versions_are_no_quantity(units, text):
    assert units(text) == []


@pytest.mark.parametrize("text, expected", [
    # a factor glued to a small number is still one
    ("The camera has 10x optical zoom.", [(10, "count")]),
    # a price is still read after a model name
    ("The Galaxy S24 costs £799.", [(799, "pound sterling")]),
])
def test_numbers_beside_names(units, text, expected):
    assert units(text) == expected


def test_a_tally_after_a_name_is_no_model_nor_range(quantities):
    # equal lengths on both sides of the dash: a vote, not a model (and a vote's tally, the larger
    # first, is no quantity, as a score is not)
    assert quantities("The Senate voted 68-32 to pass the bill.") == []


@pytest.mark.parametrize("text, expected", [
    # a glued "m" is millions when the subject of its verb is counted in millions
    ("Sales of electric cars rose by a third to 1.2m.", [(1 / 3, "% -"), (1.2e6, "-")]),
    # and metres otherwise
    ("The high jump bar was raised to 2.4m.", [(2.4, "metre")]),
])
def test_glued_m_after_a_counted_subject(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # an age range after "aged"
    ("Children aged between 5 and 17 should exercise daily.", [(5, 17, "year of age")]),
    ("Children aged from 5 to 11 can get the jab.", [(5, 11, "year of age")]),
])
def test_aged_before_a_range(quantities, text, expected):
    assert [(v, hi, u) for v, hi, u, _, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the "up" of a hyphenated noun moves nothing
    ("He has been champion once and runner-up three times.", [(3, None)]),
    # (a free "up" still does)
    ("Shares were up 3% on the week.", [(3, "up")]),
])
def test_hyphened_up_is_no_change(quantities, text, expected):
    assert [(v, c) for v, _, _, _, c in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive that lost its apostrophe, then a plural noun: a count, not a name's number
    ("The Premier Leagues 20 clubs spent heavily.", [(20, "club")]),
    # (a name ending in "s" before a singular noun keeps its number)
    ("The Apple Watch Series 9 goes on sale.", []),
    # pounds of thrust are a weight even in millions
    ("The rocket generates 8.8 million pounds of thrust.", [(8.8e6, "pound-mass")]),
])
def test_stripped_possessives_and_thrust(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # frame rates and pixel densities, glued or apart
    ("The game runs at 60fps on the console.", [(60, "frame per second")]),
    ("The screen has a density of 460ppi.", [(460, "pixel per inch")]),
    ("The mouse tracks at 26,000 dpi.", [(26000, "dot per inch")]),
])
def test_display_and_sensor_units(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a spelled number hyphened to "time" names a kind of champion, like "a four-cylinder engine"
    ("The four-time champion returned after a 10-month absence.", [(10, "month")]),
    # (a factor in digits is still counted)
    ("The index has risen 3 times since May.", [(3, "count")]),
])
def test_four_time_champion(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # copy that drops the thousands comma: a year-like number glued to a unit is a measure
    ("The whale can dive to depths of 2000m.", [(2000, "metre")]),
    ("The robot vacuum has 5000Pa of suction.", [(5000, "pascal")]),
    # after a measured amount and "of", then a plural noun
    ("The display reaches a peak brightness of 2000 nits.", [(2000, "nit")]),
    # an age in years
    ("Archaeologists found a 2000-year-old coin.", [(2000, "year of age")]),
    # (years stay years)
    ("In 2000 she moved to Paris with the class of 2000.", []),
])
def test_year_like_numbers_that_measure(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case copy: "4k" before a display word names a resolution, elsewhere thousands
    ("the tv supports 4k resolution at 120hz.", [(120, "hertz")]),
    ("the salary is 40k a year.", [(40000, "-")]),
    # a network generation, not grams, before a network word
    ("its 5g network reaches 250 million people.", [(5, "generation wireless"), (250e6, "people")]),
    ("each bar has 5g of sugar.", [(5, "gram")]),
    # a glued lower-case "f" is a temperature; a spaced capital F stays a farad
    ("the mercury climbed above 100f on sunday.", [(100, "fahrenheit")]),
    ("The capacitor holds 2.5 F of charge.", [(2.5, "farad")]),
    # "nm" beside torque is a newton metre, else a nanometre
    ("the engine makes 500nm of torque.", [(500, "newton metre")]),
    ("the chip is built on a 5nm process.", [(5, "nanometre")]),
    # "pcs" are pieces or computers, never per cent
    ("the firm shipped 2.3m pcs in the quarter.", [(2.3e6, "pc")]),
])
def test_lower_case_units(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a bare number after "under" or "over" and a word for people is an age
    ("Children under 12 will get a smaller dose.", [(12, "year of age", "less_than")]),
    ("The jab is offered to people over 65.", [(65, "year of age", "more_than")]),
    # (a unit after the number wins)
    ("Women over 5 feet tall were measured.", [(5, "foot", "more_than")]),
])
def test_ages_under_and_over(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected
