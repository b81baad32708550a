"""Quantities of sports, entertainment and crisis reports, in forms found in real copy: scores
before the result they name, chart positions, the half-time interval."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a score before the result it names is no range, whatever words stand between
    ("Braga suffered a 4-0 away defeat at Vizela.", []),
    ("Ajax completed a 6-2 rout of Utrecht on Sunday.", []),
    ("It was a 3-2 comeback win for the visitors.", []),
    ("Their 5-1 thrashing of Lorient was the biggest of the season.", []),
    ("Monaco's 3-2 extra-time success sent them through.", []),
    # the same on both sides: a draw
    ("The 2-2 draw in Seville suited neither side.", []),
    # a score beside other numbers leaves them alone
    ("A 2-0 home win lifted them to 48 points.", [(48, None, "point", "exact")]),
    # a range runs upward, so it stays a range before any noun
    ("The repairs take 3-5 days.", [(3, 5, "day", "range")]),
    ("The 10-12 week course starts in May.", [(10, 12, "week", "range")]),
])
def test_score_before_its_result(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number sign glued to the number: a rank on a chart, not a count or a share
    ("The single went to #1 in 17 countries.", [(17, "country")]),
    ("The album was the #4 seller of the year.", []),
    # "half-time" and "halftime" are the interval of a match
    ("The keeper was injured just before half-time.", []),
    ("The hosts led 1-0 at halftime and added two more goals.", [(2, "goal")]),
])
def test_ranks_and_the_interval(units, text, expected):
    assert units(text) == expected
