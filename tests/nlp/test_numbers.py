"""Number expressions: value, range, qualifier; and what is not a figure at all."""

from __future__ import annotations

import pytest

from unrest.nlp.numbers import NumberFinder


@pytest.fixture(scope="module")
def numbers(nlp_model):
    finder = NumberFinder()

    def run(text: str) -> list[tuple[float, float | None, str]]:
        doc = nlp_model(text)
        return [(n.value, n.value_max, n.qualifier) for n in finder(doc)]

    return run


@pytest.mark.parametrize("text, expected", [
    # digits with thousands separators and a qualifier before them
    ("Police said more than 1,300 people were detained.", [(1300, None, "more_than")]),
    ("At least 19 people have been killed.", [(19, None, "at_least")]),
    # approximate qualifiers: roughly, some, nearly
    ("Roughly 400 fighters crossed the frontier.", [(400, None, "approximately")]),
    ("Some 5,000 troops were deployed.", [(5000, None, "approximately")]),
    ("Nearly three hundred homes burned.", [(300, None, "approximately")]),
    # numbers in words, dozens and hundreds
    ("Two dozen students were detained.", [(24, None, "exact")]),
    # a delay after an event is still a length of time
    ("The army arrived more than 50 hours after the attack.", [(50, None, "more_than")]),
    ("A hundred people marched to the square.", [(100, None, "exact")]),
    ("Half a dozen officers were hurt.", [(6, None, "exact")]),
    ("One hundred and twenty protesters gathered.", [(120, None, "exact")]),
    ("Twenty-five shops were looted.", [(25, None, "exact")]),
    # vague plurals mean at least two of the unit
    ("Hundreds of protesters gathered outside.", [(200, None, "at_least")]),
    ("Tens of thousands marched on Sunday.", [(20000, None, "at_least")]),
    # and so do "several hundred" and "a few thousand"
    ("Several hundred miners blocked the road.", [(200, None, "at_least")]),
    ("A few thousand people lined the route.", [(2000, None, "at_least")]),
    # ranges, in three spellings
    ("Between 30 and 40 people were injured.", [(30, 40, "range")]),
    ("Officials said 800 to 850 fighters arrived.", [(800, 850, "range")]),
    ("Witnesses counted 30-40 bodies.", [(30, 40, "range")]),
    # upper bounds and lower bounds
    ("Up to 500 workers joined the strike.", [(500, None, "at_most")]),
    ("Fewer than 20 people attended.", [(20, None, "less_than")]),
    ("No fewer than 12 were killed.", [(12, None, "at_least")]),
    # scaled numbers and Indian units
    ("The damage was put at 1.5 million dollars.", [(1_500_000, None, "exact")]),
    ("Compensation of Rs 5 lakh was announced.", [(500_000, None, "exact")]),
    # a change: the later value is the figure
    ("The toll rose from 200 to 427 overnight.", [(427, None, "exact")]),
    # "one" as a count, and "one" that is not
    ("One person was killed in the blast.", [(1, None, "exact")]),
    ("One of the protesters said the march was peaceful.", []),
    ("No one was hurt.", []),
])
def test_values_and_qualifiers(numbers, text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize("text", [
    # years, with or without a preposition
    "The ruling clerics have done this since 1979.",
    "Protests dating back to 2009 were smaller.",
    # dates: day of month on either side of the month
    "The rally took place on January 5, 2024.",
    "It was held on 12 March in the capital.",
    # ages
    "A 24-year-old student died.",
    "The victim, aged 19, was a student.",
    # times
    "The curfew starts at 10:30 every night.",
    "Shops closed at 6 p.m. on Friday.",
    # labels
    "Police imposed Section 144 in the district.",
    "Traffic on Route 9 was blocked.",
    # ordinals of rank
    "It was the second-largest protest this year.",
    "She came first in the election.",
    # a point in time counted back or forward from another is no duration
    "Two days earlier, a court had jailed the opposition leader.",
    "The same square was cleared five years ago.",
    "Three weeks later, the unions called a strike.",
])
def test_not_figures(numbers, text):
    assert numbers(text) == []


@pytest.mark.parametrize("text, value", [
    # an ordinal day of something is a duration
    ("Strikes continued for a ninth straight day.", 9),
    ("The strike entered its third week.", 3),
])
def test_ordinal_durations(nlp_model, text, value):
    spans = NumberFinder()(nlp_model(text))
    assert [(s.value, s.kind) for s in spans] == [(value, "ordinal_duration")]


@pytest.fixture(scope="module")
def quantities(nlp_model):
    finder = NumberFinder(quantities=True)

    def run(text: str) -> list[tuple[float, float | None, str]]:
        return [(n.value, n.value_max, n.qualifier) for n in finder(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # ages are quantities for a general extractor (the record's figures skip them)
    ("The 41-year-old engineer was promoted.", [(41, None, "exact")]),
    # fractions: a word fraction, a share "one in N", a slash fraction
    ("A third of the flights were late.", [(1 / 3, None, "exact")]),
    ("Nearly two-thirds of the voters stayed home.", [(2 / 3, None, "approximately")]),
    ("One in five households owns a dog.", [(0.2, None, "exact")]),
    ("Add 1/2 cup of sugar.", [(0.5, None, "exact")]),
    # digits glued to a unit, a currency or a sign
    ("The tablet has 512GB of storage.", [(512, None, "exact")]),
    ("The striker cost PS45m last summer.", [(45_000_000, None, "exact")]),
    ("The lake froze at minus-12 degrees.", [(-12, None, "exact")]),
    ("The gap was ~3.5mm wide.", [(3.5, None, "approximately")]),
    # a scale written apart from the digits after a currency
    ("The airport cost $13.6 M to expand.", [(13_600_000, None, "exact")]),
    # ranges in either order, a shared scale, a unit after both numbers
    ("The price fell from 90 to 75 dollars.", [(90, 75, "range")]),
    ("The project will cost $2-3 billion.", [(2e9, 3e9, "range")]),
    ("Fees range from 1 per cent to 2 per cent.", [(1, 2, "range")]),
    # "by X to Y" after a change: the change, then the level reached
    ("Output grew by 0.4 million to 12.1 million barrels.", [(400_000, None, "exact"), (12_100_000, None, "exact")]),
    # vague plurals are the order of magnitude they name
    ("Thousands of fans waited outside.", [(1000, 10000, "range")]),
    ("The repairs will cost tens of millions of dollars.", [(1e7, 1e8, "range")]),
    # decimals are not clock times
    ("Shares rose 8.15% on the news.", [(8.15, None, "exact")]),
    # "by X to Y" with a bare change: the level is far from the change, so no range
    ("Unemployment rose by 40,000 to 2.1 million.", [(40_000, None, "exact"), (2_100_000, None, "exact")]),
    # "half of" with no numerator is a share
    ("Half of the residents left.", [(0.5, None, "exact")]),
    # a scale letter before a plural noun is millions, not metres
    ("The app has 2.5m users.", [(2_500_000, None, "exact")]),
    ("The company has 3.5m customers.", [(3_500_000, None, "exact")]),
    # ... or after a thing counted or paid in millions; a dimension word keeps metres
    ("Weekly audience figures reached 4.2m in May.", [(4_200_000, None, "exact")]),
    ("The firm booked a 1.6m profit.", [(1_600_000, None, "exact")]),
    ("The new fence is 2m high.", [(2, None, "exact")]),
    # a mixed number: digits and a slash fraction
    ("The trip took 2 1/2 hours.", [(2.5, None, "exact")]),
    # "bln"/"mln" scale words, a dot after a currency abbreviation, a typographic minus
    ("The bank lent 3.4 bln euros.", [(3.4e9, None, "exact")]),
    ("A ticket costs Rs.250 here.", [(250, None, "exact")]),
    ("Output changed by −1.5% last month.", [(-1.5, None, "exact")]),
    # a minus sign glued to digits glued to a unit; "hrs" after a short number is a duration
    ("At dawn it was -8C in the valley.", [(-8, None, "exact")]),
    ("The outage lasted 3 hrs in total.", [(3, None, "exact")]),
    # "tn" glued to digits is a trillion; thousands written with a space between the groups
    ("The fund is worth $1.5tn today.", [(1.5e12, None, "exact")]),
    ("The car costs 25 000 euros.", [(25_000, None, "exact")]),
    # a year before "levels" is a year even after a qualifier
    ("Output is 10% below 2015 levels.", [(10, None, "exact")]),
    # a glued unit with the sentence's full stop: "to 15C."
    ("Highs will range from 18C to 24C.", [(18, 24, "range")]),
    # a money range with the sign repeated after the hyphen
    ("Repairs cost $1,500-$2,500 per roof.", [(1500, 2500, "range")]),
    # "-plus" after a scale word is a lower bound; "and a half" adds a half
    ("The show drew 2 million-plus viewers.", [(2e6, None, "more_than")]),
    ("She served four and a half years.", [(4.5, None, "exact")]),
    # "dozens" is read as the dozen it names
    ("Dozens of shops closed.", [(12, None, "exact")]),
    # a scale word hyphenated to the digits
    ("The city signed a $2.4-billion contract.", [(2.4e9, None, "exact")]),
    # "minus" before digits glued to a unit
    ("The lake reached minus 15C in January.", [(-15, None, "exact")]),
    # "only one" and "in one of" count one thing
    ("Only one ferry left the port.", [(1, None, "exact")]),
    ("She lives in one of the oldest houses.", [(1, None, "exact")]),
    # a fraction as the size of a change
    ("Ticket sales fell by a third.", [(1 / 3, None, "exact")]),
    # a hyphenated measure is a quantity here (the record's figures skip calibres)
    ("The trail is 14-km long.", [(14, None, "exact")]),
])
def test_quantity_mode(quantities, text, expected):
    got = quantities(text)
    assert [(pytest.approx(v), pytest.approx(m) if m is not None else None, q) for v, m, q in expected] == got


@pytest.mark.parametrize("text", [
    # product and index names, ranks, street numbers, years: no quantity
    "The Galaxy Watch 6 went on sale in Seoul.",
    "The Nasdaq 100 closed higher on Friday.",
    "The club sits in the bottom three of the table.",
    "The office is at 12 Harbour Road in the old town.",
    "The firm was founded in 1998 in a garage.",
    "Between 1850 and 1900 the town grew quickly.",
    # a version after a camel-case name, a form name, a date with a slash, a decade
    "The phone runs iOS 14 out of the box.",
    "The firm filed its 10-K late.",
    "The memorial honours the victims of 9/11.",
    "The band was big in the '90s.",
])
def test_quantity_mode_not_quantities(quantities, text):
    assert quantities(text) == []


@pytest.fixture(scope="module")
def found(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple[float, str, str, str | None]]:
        return [(q.value, q.unit, q.qualifier, q.change) for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # an average is an estimate: "averaging", "barely"
    ("The striker is averaging 21 points a game.", [(21, "point per game", "approximately", None)]),
    ("The shares trade at barely 4 times earnings.", [(4, "count", "approximately", None)]),
    # "as much as" is an upper bound; "edged up to" names the level reached
    ("The lift holds as much as 600 kilograms.", [(600, "kilogram", "at_most", None)]),
    ("The jobless rate edged up to 4.1%.", [(4.1, "percent", "exact", None)]),
    # a verb with the particle "up"/"down" gives the direction; "gave up" is no change
    ("Fares shot up 12% in March.", [(12, "percent", "exact", "up")]),
    ("The defence gave up 400 yards.", [(400, "yard", "exact", None)]),
    # more bounds and estimates, before or after the number
    ("The stake is worth north of $2 billion.", [(2e9, "dollar", "more_than", None)]),
    ("They hired 30-odd cooks.", [(30, "cook", "approximately", None)]),
    ("Some 50 or so boats sailed.", [(50, "boat", "approximately", None)]),
    # more change verbs: "added" points, but not "added ... to the price"
    ("The index added 35 points on Monday.", [(35, "point", "exact", "up")]),
    ("The levy added $2,000 to the cost of a car.", [(2000, "dollar", "exact", None)]),
    # a rate unit with a slash, the full stop glued at the end of the sentence
    ("The speed limit is 50 km/h.", [(50, "kilometre per hour", "exact", None)]),
    # the part of a whole counts what the whole counts
    ("The kicker made 3 of 4 field goals.", [(3, "field goal", "exact", None), (4, "field goal", "exact", None)]),
    # a transitive change verb with no object: the size of the change
    ("The economy expanded 1.4 percent last year.", [(1.4, "percent", "exact", "up")]),
    # a glued F is a temperature; a slash makes a rate
    ("It was 98F in the shade.", [(98, "fahrenheit", "exact", None)]),
    ("Copper traded at $6,000/tonne.", [(6000, "dollar per metric ton", "exact", None)]),
    # units spelled out or written with a slash: concentrations, torque, energy, data rates
    ("Ozone reached 80 parts per billion downtown.", [(80, "parts-per-billion", "exact", None)]),
    ("The diesel makes 600 Nm of torque.", [(600, "newton metre", "exact", None)]),
    ("The pack stores 260 watt-hours per kilogram.", [(260, "watt hour per kilogram", "exact", None)]),
    ("The drive writes at 3,500 MB/s.", [(3500, "megabyte per second", "exact", None)]),
    # ages in months, weeks or days; a spelled-out number hyphenated to a unit
    ("The 9-month-old girl recovered.", [(9, "month of age", "exact", None)]),
    ("A two-week-old calf was found.", [(2, "week of age", "exact", None)]),
    ("They began a five-mile walk.", [(5, "mile", "exact", None)]),
    # "X and Y unit": the first number shares the unit after the second
    ("Doses of 20 and 40 mg were tested.", [(20, "milligram", "exact", None), (40, "milligram", "exact", None)]),
    # a list of bare numbers shares the unit after the last one; a comma alone is no list
    # (three options, no range from the second to the third)
    ("Trains run every 6, 8 or 10 minutes.", [(6, "minute", "exact", None), (8, "minute", "exact", None),
                                             (10, "minute", "exact", None)]),
    ("The index closed at 7,400, 2 per cent higher.", [(7400, "-", "exact", None), (2, "percent", "exact", None)]),
    ("The bottle holds 75 cl.", [(75, "centilitre", "exact", None)]),
    # a comparison shares the unit of the quantity it is compared with
    ("The show sold 900 tickets, compared with 650 a year ago.", [(900, "ticket", "exact", None), (650, "ticket", "exact", None)]),
    # a level in brackets does not share the change before it
    ("Exports fell 8% (to 2.1 tonnes).", [(8, "percent", "exact", "down"), (2.1, "metric ton", "exact", None)]),
    # "to X unit from Y": the unit follows the first number
    ("The rating rose to 64 points from 58.", [(58, "point", "range", None)]),
    # fractions of a unit: vulgar fractions, "half a mile", "a quarter mile"; a glued "in" is inches
    ("The path is 2½ miles long.", [(2.5, "mile", "exact", None)]),
    ("They walked half a mile to the bus.", [(0.5, "mile", "exact", None)]),
    ("The shop is a quarter mile away.", [(0.25, "mile", "exact", None)]),
    ("The player is 6ft 4in tall.", [(6, "foot", "exact", None), (4, "inch", "exact", None)]),
    # a glued unit before the full stop that ends the sentence
    ("The pool is 25m by 12m.", [(25, "metre", "exact", None), (12, "metre", "exact", None)]),
    # a rate with an adjective before its noun
    ("Profit was 80 cents per diluted share.", [(80, "cent per share", "exact", None)]),
    # a qualifier before a prefixed dollar sign
    ("The mine cost about C$3 billion.", [(3e9, "canadian dollar", "approximately", None)]),
    # more change verbs
    ("The gap narrowed 2.5 percent in May.", [(2.5, "percent", "exact", "down")]),
    # a unit of measure as the counted noun drops its adjectives
    ("The strike lasted six consecutive months.", [(6, "month", "exact", None)]),
    ("She scored 12 straight points.", [(12, "point", "exact", None)]),
    # plurals the lemmatizer gets wrong
    ("Clinics gave 3,000 doses on Monday.", [(3000, "dose", "exact", None)]),
    ("The starter lasted 7 innings.", [(7, "inning", "exact", None)]),
    # nouns whose plural is the singular keep their form
    ("The reef shelters 400 species of fish.", [(400, "species", "exact", None)]),
    # more currencies by name
    ("The transfer cost 40 million reais.", [(4e7, "brazilian real", "exact", None)]),
    ("A bowl of soup costs 30,000 dong.", [(30000, "vietnamese dong", "exact", None)]),
    # currency plurals without -s
    ("The prize is 2 million Swedish kronor.", [(2e6, "swedish krona", "exact", None)]),
    ("He paid 500 Danish kroner for it.", [(500, "danish krone", "exact", None)]),
])
def test_quantity_units_and_changes(found, text, expected):
    assert found(text) == [(pytest.approx(v), u, q, c) for v, u, q, c in expected]
