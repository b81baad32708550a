"""A bare number takes the unit of an earlier, parallel number of its sentence (ellipsis)."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # the same role in the next clause: a level after "to", after "at"
    ("The main index fell 2% to 5,210.40 points, while the small-cap gauge lost 1.4% to 3,120.55.",
     [(2, "percent"), (5210.4, "point"), (1.4, "percent"), (3120.55, "point")]),
    ("The index closed down 1% at 7,310.50 points, while the broader gauge ended up 0.5% at 2,004.10.",
     [(1, "percent"), (7310.5, "point"), (0.5, "percent"), (2004.1, "point")]),
    # the same copula in the next clause
    ("A dozen is 12 eggs while a score is 20.", [(12, "-"), (12, "egg"), (20, "egg")]),
    # the same conversion in brackets after both numbers
    ("The ticket costs 1,200 rupees ($15) for adults and 600 ($7.50) for children.",
     [(1200, "indian rupee"), (15, "dollar"), (600, "indian rupee"), (7.5, "dollar")]),
    # a coordinated phrase with no verb of its own, a year between
    ("He averaged a 2.3 degree tilt in 2019 and 1.8 last season.", [(2.3, "degree"), (1.8, "degree")]),
    # an inherited unit takes the rate after the bare number
    ("The town had 14 burglaries last week, compared with an average of 9 per week this year.",
     [(14, "burglary"), (9, "burglary per week")]),
    # a subject in the next clause, active or passive
    ("Police said 12 people died and 40 were injured.", [(12, "people"), (40, "people")]),
    # no parallel: a bare number in a clause of its own stays bare
    ("The index rose 3% to 1,200 points and the fund manager said 40 was too many.",
     [(3, "percent"), (1200, "point"), (40, "-")]),
])
def test_parallel_unit(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the level after a change said twice is in the unit of the first
    ("The index fell 45.6 points, or 0.6%, to 7,612.3.", [(45.6, "point"), (0.6, "percent"), (7612.3, "point")]),
    # a range of percentages with the sign on both numbers
    ("The central bank held rates at 5.25%-5.5%.", [(5.25, "percent")]),
    # a cut restated as a share is no change of a level
    ("The firm cut 1,200 jobs, or about 8% of its workforce.", [(1200, "job"), (8, "percent")]),
])
def test_level_and_percent_range(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
