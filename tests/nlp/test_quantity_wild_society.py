"""Quantities of crime, housing, health, migration and education reports, in forms found in real
official-statistics copy: the exact figure in brackets after a rounded one, a change and the level
it reached given to the unit, the count a percentage change started from."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # the exact count in brackets after a rounded one keeps no bound
    ("The shelter housed over 9,000 (9,412) families last winter.",
     [(9000, None, "-", "more_than"), (9412, None, "-", "exact")]),
    ("Nearly 4,000 (3,871) pupils were excluded.",
     [(4000, None, "-", "approximately"), (3871, None, "-", "exact")]),
    # a share in brackets after a hedged count is the exact share of the whole
    ("More than 2.1 million pensioners (18%) live in poverty.",
     [(2100000, None, "pensioner", "more_than"), (18, None, "percent", "exact")]),
    # a precise share in brackets after a hedged fraction
    ("Just under a third (31.6%) of nurses said they would quit.",
     [(1 / 3, None, "% -", "less_than"), (31.6, None, "percent", "exact")]),
    ("Under a quarter (23.9%) of councils met the target.",
     [(0.25, None, "% -", "less_than"), (23.9, None, "percent", "exact")]),
    # the fraction turned into a percentage is a conversion: the bound stays
    ("More than a third (33.3%) of wards were full.",
     [(1 / 3, None, "% -", "more_than"), (33.3, None, "percent", "more_than")]),
    # so is a measure in another unit
    ("The queue stretched more than 10 km (6 miles).",
     [(10, None, "kilometre", "more_than"), (6, None, "mile", "more_than")]),
])
def test_exact_figure_in_brackets(read, text, expected):
    assert _same(read(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a change then the level reached, both counted to the unit: no range of changes
    ("The number of rough sleepers grew by 1,342 to 3,917 in a year.",
     [(1342, None, "-", "up"), (3917, None, "-", "exact")]),
    ("Union membership fell by 212,480 to 6,410,300.",
     [(212480, None, "-", "down"), (6410300, None, "-", "exact")]),
    ("Hospital admissions rose by 18,250 to 24,900 over the winter.",
     [(18250, None, "-", "up"), (24900, None, "-", "exact")]),
    # round bounds after "by" stay a range of changes
    ("Fees will rise by 2 to 3 per cent.", [(2, 3, "percent", "up")]),
    ("Class sizes could grow by 1,000 to 1,500 pupils.", [(1000, 1500, "pupil", "up")]),
])
def test_precise_change_then_level(read, text, expected):
    assert _same(read(text), expected)


@pytest.mark.parametrize("text, expected", [
    # the count a percentage change started from is no percentage
    ("Arrests were up 4% from 2,310 a year earlier.",
     [(4, None, "percent", "up"), (2310, None, "-", "exact")]),
    ("Evictions fell 7 per cent from 18,460 in the previous quarter.",
     [(7, None, "percent", "down"), (18460, None, "-", "exact")]),
    # a percentage change restated as a count: the count is no percentage
    ("The city's population grew by 1.2%, or 41,870, to 3,531,200 last year.",
     [(1.2, None, "percent", "up"), (41870, None, "-", "up"), (3531200, None, "-", "exact")]),
    # a small bare level after a percentage keeps the share reading
    ("Turnout was 61 per cent, against 58 in the last ballot.",
     [(61, None, "percent", "exact"), (58, None, "percent", "exact")]),
])
def test_count_a_percentage_change_started_from(read, text, expected):
    assert _same(read(text), expected)


def _same(got: list[tuple], expected: list[tuple]) -> bool:
    """Equal tuples, the values compared to six places (a third is no exact float)."""
    return len(got) == len(expected) and all(
        g[0] == pytest.approx(e[0]) and g[1:] == e[1:] for g, e in zip(got, expected))


@pytest.mark.parametrize("text, expected", [
    # a glued "m" before a compound plural counts millions of them
    ("The charity has handed out 1.3m emergency parcels this year.", [(1300000, None, "emergency parcel", "exact")]),
    ("Councils built 1.2m council homes in that decade.", [(1200000, None, "council home", "exact")]),
    # before a singular compound it stays a measure
    ("They built a 1.5m sea wall.", [(1.5, None, "metre", "exact")]),
])
def test_millions_of_a_compound_plural(read, text, expected):
    assert _same(read(text), expected)


@pytest.mark.parametrize("text, expected", [
    # "over" as the particle of a verb of handing on is no floor
    ("Officials handed over 2,340 firearms during the amnesty.", [(2340, None, "firearm", "exact")]),
    # "over" before a number, or "more than" after the particle, still is
    ("Police handed over more than 300 files.", [(300, None, "file", "more_than")]),
    ("The march drew over 5,000 people.", [(5000, None, "people", "more_than")]),
])
def test_over_as_a_particle(read, text, expected):
    assert _same(read(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a year after a comparative that follows a figure is the date compared with
    ("Arrests were 4% lower than 2019.", [(4, None, "percent", "exact")]),
    ("The tally was 120 more than 2021.", [(120, None, "-", "exact")]),
    ("Enrolment was 3% higher than 2020, and 5% higher than 2019.",
     [(3, None, "percent", "exact"), (5, None, "percent", "exact")]),
    # a year-like count before a noun is still a count
    ("The clinic treated more than 2021 patients.", [(2021, None, "patient", "more_than")]),
])
def test_year_compared_with(read, text, expected):
    assert _same(read(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a share with its direction after it, in apposition with no verb of its own
    ("Over 3,000 people slept rough in the city in May - 9% up on the same month last year.",
     [(3000, None, "people", "more_than"), (9, None, "percent", "up")]),
    ("Burglaries totalled 4,120, 6% down on the previous year.",
     [(4120, None, "-", "exact"), (6, None, "percent", "down")]),
    ("Referrals reached 8,200, 11 per cent up year on year.",
     [(8200, None, "-", "exact"), (11, None, "percent", "up")]),
    ("Knife offences stood at 1,200, 5% higher on the year.",
     [(1200, None, "-", "exact"), (5, None, "percent", "up")]),
    # "higher than" compares two levels: no move
    ("Burglary rates were 23% lower than in 2019.", [(23, None, "percent", "exact")]),
])
def test_direction_after_the_share(read, text, expected):
    assert _same(read(text), expected)


def test_scale_letter_before_a_dash_is_no_dealer_quote(read):
    # a glued "bn" before a dash and a number once crashed the quote reader
    assert _same(read("Exports reached 61.5bn rand – 12 per cent higher on the year."),
                 [(61500000000, None, "south african rand", "exact"), (12, None, "percent", "up")])


def test_pair_before_its_direction_moves_together(read):
    # a move in points and per cent before one direction word: both rise
    assert _same(read("The index closed 212.40 points or 0.61 per cent up, at 34,870.10."),
                 [(212.40, None, "point", "up"), (0.61, None, "percent", "up"), (34870.10, None, "-", "exact")])
