"""How values are written (the round-7 battery of forms): shares without "of", "a couple of", a
unit and a fraction, mixed numbers with a spelled fraction, hyphenated scales, minutes glued after
hours, slash fractions of a whole, and numbers that name a series or a currency sign."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "half the" before a plural or a group is a share, as "half of the" is
    ("Half the nurses walked out on Monday.", [(0.5, None, "% nurse", "exact")]),
    ("Almost half the electorate stayed at home.", [(0.5, None, "% electorate", "approximately")]),
    ("the firm laid off half its workforce", [(0.5, None, "% workforce", "exact")]),
    # (an amount compared, or a time, is no share)
    ("Tickets were sold at half the usual price.", []),
    ("He was away half the time.", []),
    # "a couple of" is about two of what follows
    ("A couple of ministers resigned over the affair.", [(2, None, "minister", "approximately")]),
    ("The plant reopened a couple of months later.", [(2, None, "month", "approximately")]),
    # (the scale form and the noun stay as they were)
    ("A couple of hundred fans waited outside.", [(200, None, "fan", "approximately")]),
    ("The couple were married in June.", []),
])
def test_shares_and_couples(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # one unit and a fraction of it
    ("Police questioned him for an hour and a half.", [(1.5, "hour")]),
    ("The convoy was stuck for a day and a half.", [(1.5, "day")]),
    ("The trail runs a mile and a quarter along the river.", [(1.25, "mile")]),
    # a whole number and a spelled fraction
    ("Temperatures stayed high for five and three-quarter days.", [(5.75, "day")]),
    ("The tunnel is two and a quarter miles long.", [(2.25, "mile")]),
    # (a fraction of something else after "and" is its own number)
    ("Labour won two seats and a third of the vote.", [(2, "seat"), (1 / 3, "% vote")]),
    # a hyphen between a spelled number and its scale
    ("Six-hundred pilgrims reached the shrine.", [(600, "pilgrim")]),
    ("Organisers printed twenty-thousand leaflets.", [(20000, "leaflet")]),
    # minutes after a glued number of hours are no metres
    ("The hearing ran 4h 20m.", [(4, "hour"), (20, "minute")]),
    ("The crossing took 1hr 50m in rough seas.", [(1, "hour"), (50, "minute")]),
    ("The tower is 30m high.", [(30, "metre")]),
    # a slash fraction of a whole is a share; before a unit it counts the unit
    ("Only 2/3 of the doses were delivered.", [(2 / 3, "% dose")]),
    ("Add 3/4 cup of flour.", [(0.75, "cup")]),
])
def test_written_forms(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a series or a round of fixtures names, it counts nothing
    ("Formula 2 drivers tested in Bahrain.", []),
    ("Gameweek 9 starts on Friday.", []),
    # the naira sign before the number
    ("The state borrowed ₦40 billion from banks.", [(40e9, "nigerian naira")]),
])
def test_names_and_signs(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
