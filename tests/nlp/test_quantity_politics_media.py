"""Politics, government, courts, entertainment and travel copy: polls, votes, budgets, sentences,
box office and tourism, as wire and newspaper reports state them."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a poll's margin of error is no negative number
    ("The survey has a margin of error of plus or minus 2.8 percentage points.", [(2.8, "percentage point")]),
    ("Its margin of error is plus-or-minus 4 points.", [(4, "point")]),
    ("The margin of sampling error is ±3.5 points.", [(3.5, "point")]),
    # (a plain "minus" still gives the sign)
    ("Overnight lows will reach minus 12 degrees.", [(-12, "degree")]),
])
def test_margin_of_error_is_no_sign(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # two bare whole numbers joined by a hyphen, the larger first: a vote or a score
    ("The upper house approved the treaty 71-23 on Wednesday.", []),
    ("The justices ruled 7-2 that the law could stand.", []),
    ("The Celtics beat the Heat 118-101.", []),
    # (a tally before the noun it qualifies, and a dash spaced out in scraped copy)
    ("The court's 5-4 ruling was handed down on Monday.", []),
    ("the senates 51 - 49 vote was the closest this year", []),
    ("They sealed a 31-17 victory in the final quarter.", []),
    # (the number after the score still counts)
    ("The Mets beat the Cubs 4-2 in 11 innings.", [(11, "inning")]),
    # (a range rises, and a score that names its noun stays)
    ("The bill would take 3-5 years to pass.", [((3, 5), "year")]),
    ("They held a 7-1 lead at the break.", [((7, 1), "lead")]),
])
def test_votes_and_scores_are_no_range(read, text, expected):
    assert [((v, w) if w is not None else v, u) for v, w, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "over" a time after an amount spreads the amount over it: no "more than"
    ("The ministry will invest $800 million in rail over five years.", [(800e6, "exact"), (5, "exact")]),
    ("The police force will recruit 3,000 new officers over two years.", [(3000, "exact"), (2, "exact")]),
    ("The fair drew 900,000 visitors over ten days.", [(900000, "exact"), (10, "exact")]),
    # (with no amount before it, or a verb between, "over" is "more than")
    ("The strike lasted over six weeks.", [(6, "more_than")]),
    ("The two suspects were questioned over 30 hours.", [(2, "exact"), (30, "more_than")]),
    ("He has been in office for over 12 years.", [(12, "more_than")]),
])
def test_over_a_period_after_an_amount(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a sum given "to" a number of people is no range of money
    ("The charity handed $4.5 million to 12,000 families.", [(4.5e6, "dollar"), (12000, "family")]),
    ("The scheme paid £300 to 2.4 million pensioners.", [(300, "pound sterling"), (2.4e6, "pensioner")]),
    # (a range of money stays one)
    ("The fines run from $250 to 1,000 dollars.", [((250, 1000), "dollar")]),
    ("The stake could fetch $3 to 4 billion.", [((3e9, 4e9), "dollar")]),
])
def test_money_to_a_count_is_no_range(read, text, expected):
    got = [((v, w) if w is not None else v, u) for v, w, u, _ in read(text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a crop's yield is a rate per area, whatever follows it
    ("Rice yields dropped to 4.1 tonnes per hectare after the floods.", [(4.1, "metric ton per hectare")]),
    ("Soybean yields could reach 52 bushels per acre, the agency said.", [(52, "bushel per acre")]),
    ("Wheat fetched Rs 2,400 per quintal at the market.", [(2400, "indian rupee per quintal")]),
    # (a rate word before "earlier" still names no rate: a year ago is a time)
    ("Turnout was 61%, up from 55% a year earlier.", [(61, "percent"), (55, "percent")]),
])
def test_crop_yields_and_prices_are_rates(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # the level an age is set to is an age
    ("Parliament voted to raise the retirement age to 65.", [(65, "year of age")]),
    ("The voting age will be lowered to 16 from next year.", [(16, "year of age")]),
    ("The minimum age for buying cigarettes is 18 in most states.", [(18, "year of age")]),
    # "who is" in a relative clause on a person
    ("The governor, who is 69, said he would run again.", [(69, "year of age")]),
    # (not on a thing, nor a number with no age about it)
    ("The newspaper, which is 150, has 40 reporters.", [(150, "-"), (40, "reporter")]),
    ("The limit was raised to 70 last year.", [(70, "-")]),
])
def test_ages_set_or_stated(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # a short month with its full stop, split off in lower-case copy, still makes a date
    ("the bill goes to a vote on feb. 14 and needs 60 votes.", [(60, "vote")]),
    ("the survey, taken aug. 2-5, reached 1,500 adults.", [(1500, "adult")]),
    ("the hearings run from dec. 3 to 7.", []),
])
def test_lower_case_short_months_are_dates(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an emergency number is dialled, not counted
    ("Dispatchers fielded 911 calls from across the county.", []),
    ("A passer-by dialled 999 and gave first aid for 20 minutes.", [(20, "minute")]),
    ("He called 112 from the roadside.", []),
    # (the same digits counting something stay)
    ("The hospital has 112 beds.", [(112, "bed")]),
])
def test_emergency_numbers_are_no_quantity(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction right after the "up" or "down" of a move is the size of the move
    ("Rents are up a fifth on last year.", [(0.2, "% -", "up")]),
    ("Ticket sales were down almost a third in the spring.", [(1 / 3, "% -", "down")]),
    # (a share "of" something stays a share)
    ("The party picked up a quarter of the seats.", [(0.25, "% seat", "exact")]),
])
def test_fractions_after_up_or_down(read, text, expected):
    got = [(v, u, c) for v, _, u, c in read(text)]
    assert got == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # "from ... to just/only ...": one range, across a date (a "%" after the first number too)
    ("The deficit shrank from 9% in 2020 to just 4%.", [((9, 4), "percent")]),
    ("Its staff fell from 1,200 in March to only 300.", [((1200, 300), "-")]),
])
def test_from_to_just(read, text, expected):
    assert [((v, w), u) for v, w, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a level a value has topped, passed or exceeded: "more than" it
    ("Ticket sales for the tour have topped $600 million.", [(600e6, "more_than")]),
    ("The number of registered voters passed 150 million this year.", [(150e6, "more_than")]),
    ("Food inflation exceeded 12% in the spring.", [(12, "more_than")]),
    # (a counted noun is no level, nor a distance kept while passing)
    ("The delegation crossed 3 borders in a day.", [(3, "exact")]),
    ("The probe will pass 2,000 kilometres from the moon.", [(2000, "exact")]),
])
def test_levels_topped_or_passed(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a counted noun "per" another is a rate, as "a day" is
    ("The drama drew 6.2 million viewers per episode.", [(6.2e6, "viewer per episode")]),
    ("Schools will have no more than 30 pupils per class.", [(30, "pupil per class")]),
    # a number after "per" belongs to the rate's base, not a quantity of its own
    ("The country has 2 nurses per 1,000 people.", [(2, "nurse per 1,000 people")]),
])
def test_counted_rates_with_per(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # "to X of GDP from Y": the earlier value first, across what the share is of
    ("Public debt fell to 88% of GDP from 95% a year earlier.", [((95, 88), "percent")]),
    ("The tax take rose to 37% of national income from 33%.", [((33, 37), "percent")]),
    # (a scale letter glued to the first number is no unit of its own: still one range)
    ("Bids came in between £4m and £6m.", [((4e6, 6e6), "pound sterling")]),
])
def test_ranges_across_a_share(read, text, expected):
    assert [((v, w), u) for v, w, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # pence, then pounds: two prices, no range of one unit
    ("A pint of milk went from 45p to £1.15 in ten years.", [(45, "penny"), (1.15, "pound sterling"), (10, "year")]),
])
def test_pence_to_pounds_are_two_prices(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # "and over", "or older": a floor; "and under", "or younger": a ceiling
    ("The vaccine is offered to adults aged 50 and over.", [(50, "year of age", "at_least")]),
    ("Residents 75 or older get a free licence.", [(75, "year of age", "at_least")]),
    ("Pupils 11 and younger must be accompanied.", [(11, "year of age", "at_most")]),
    # (a preposition with an object is no bound)
    ("The team won 24 and over 3,000 fans cheered.", [(24, "fan", "exact"), (3000, "fan", "more_than")]),
])
def test_floors_and_ceilings_after_the_number(read, text, expected):
    assert [(pytest.approx(v), u, c) for v, u, c in expected] == [(v, u, c) for v, _, u, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # East African shillings by their codes
    ("The council set aside KSh 2.5 billion for roads.", [(2.5e9, "kenyan shilling")]),
    ("Farmers are paid UGX 6,000 per kilogram of coffee.", [(6000, "ugandan shilling per kilogram")]),
])
def test_shilling_codes(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # a rate "per" a noun of two words names both
    ("Single fares are capped at £2 per bus journey.", [(2, "pound sterling per bus journey")]),
    ("The plant emits 400 grams per kilowatt hour.", [(400, "gram per kilowatt hour")]),
    # (one word after "per" stays one word)
    ("The museum charges $25 per adult.", [(25, "dollar per adult")]),
])
def test_rates_per_two_words(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # a collective noun takes a plural number as it is: the compound before it is a modifier
    ("The carrier will recruit 2,500 cabin crew this year.", [(2500, "cabin crew")]),
    ("The hospital employs 600 nursing staff.", [(600, "nursing staff")]),
    # (a compound adjective of a number and a singular noun still counts that noun)
    ("She wrote a 40 page report.", [(40, "page")]),
    # what is measured may stand between a unit and its rate
    ("Yields averaged 2.8 tonnes of wheat per hectare.", [(2.8, "metric ton per hectare")]),
])
def test_collective_nouns_and_measured_rates(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)


@pytest.mark.parametrize("text, expected", [
    # "estimated at" hedges the number as "an estimated" does
    ("The cost of the flood damage is estimated at $4 billion.", [(4e9, "approximately")]),
    ("Attendance was estimated at 80,000.", [(80000, "approximately")]),
])
def test_estimated_at(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a hedge before a duration of two units covers both parts
    ("The drive takes about 4 hours and 30 minutes.", [(4, "approximately"), (30, "approximately")]),
    ("The talks lasted nearly three days and six hours.", [(3, "approximately"), (6, "approximately")]),
    # (a hedge on the second part stays its own, and unrelated times keep theirs)
    ("The show runs 2 hours and about 10 minutes.", [(2, "exact"), (10, "approximately")]),
    ("About 40 people waited and 15 minutes later the doors opened.", [(40, "approximately"), (15, "exact")]),
])
def test_hedge_over_a_two_part_duration(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a number word before a hyphened number-and-noun counts the noun after both
    ("She served two four-year terms as governor.", [(2, "year term"), (4, "year")]),
    ("The guard made seven three-pointers.", [(7, "three-pointer")]),
    # (two number words apart are two numbers)
    ("The blast wounded five two days ago.", [(5, "-"), (2, "day")]),
])
def test_count_before_a_hyphened_number(units, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == units(text)
