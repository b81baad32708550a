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
    # a half-dozen, with the hyphens the tokenizer splits off
    ("Rescuers pulled a half-dozen survivors from the rubble.", [(6, None, "survivor", "exact")]),
    ("Half-a-dozen lorries were torched.", [(6, None, "lorry", "exact")]),
    # "out of every" is a share, as "out of" is
    ("Three out of every four voters backed the bill.", [(0.75, None, "% voter", "exact")]),
    # (a determiner may stand between "of" and the noun)
    ("A couple of the officers were suspended.", [(2, None, "officer", "approximately")]),
    # a fraction used as an adjective is a share, not a count of thirds
    ("The coalition holds a two-thirds majority.", [(2 / 3, None, "% majority", "exact")]),
    ("The bank bought a one-quarter stake.", [(0.25, None, "% stake", "exact")]),
    # a tally after "passed" is the votes for and against, no level passed
    ("The referendum passed 57% to 43%.", [(57, None, "percent", "exact"), (43, None, "percent", "exact")]),
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
    # a numbered round of talks or a contest
    ("Negotiators met for round 4 in Geneva.", []),
    # (an adverb "round" before a count leaves it)
    ("There were round 20 protesters at the gate.", [(20, "protester")]),
    # a year cut to two digits after an apostrophe
    ("Prices have doubled since '21.", []),
    ("The class of ’95 held a reunion.", []),
    # (a quote mark opening before a count leaves it)
    ("He said: '14 houses burned down.'", [(14, "house")]),
    # a batting line with hyphens, as "3 for 4" is
    ("The shortstop went 2-for-5 with a homer.", []),
    # a model and its variant after a maker's name is no range
    ("The carrier still flies two Boeing 777-200 jets.", [(2, "boeing jet")]),
    # amendments and schedules are numbered, not counted
    ("Amendment 2 passed with ease.", []),
    ("Police used Schedule 7 powers at the port.", []),
    # the naira sign before the number
    ("The state borrowed ₦40 billion from banks.", [(40e9, "nigerian naira")]),
    # other currency signs before the amount
    ("Manila set aside ₱15 billion for relief.", [(15e9, "philippine peso")]),
    ("The central bank sold ₺12 billion of bonds.", [(12e9, "turkish lira")]),
    ("Accra owes ₵3.4bn to contractors.", [(3.4e9, "ghanaian cedi")]),
])
def test_names_and_signs(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # Indian copy closes a sum with "/-"
    ("The penalty was raised to Rs 10,000/- per offence.", [(10000, "indian rupee per offence")]),
    ("Each widow receives ₹2,500/- a month.", [(2500, "indian rupee per month")]),
    # East African shillings written apart, in any case, with or without a full stop
    ("The county was given Ksh 12 billion for roads.", [(12e9, "kenyan shilling")]),
    ("Health got Kshs. 4.5 billion in the estimates.", [(4.5e9, "kenyan shilling")]),
    ("The dam will cost Ksh 70B.", [(70e9, "kenyan shilling")]),
    # a US address by its block is no quantity
    ("Officers found the car in the 2200 block of Main Street.", []),
    # (a block of flats is counted as usual)
    ("A 14-storey block of flats was evacuated.", [(14, "storey")]),
    # "an average of" after a count opens another figure, no rate
    ("In the last three years an average of 40 boats sank each season.", [(3, "year"), (40, "boat")]),
    # a count right after a weekday whose comma was left out is no date
    ("Officials said Monday 35 migrants were rescued.", [(35, "migrant")]),
    # (a day and its date stay a date)
    ("The summit opens on Thursday 14 November.", []),
    # what is counted or measured follows the "-plus"
    ("The charity runs 2,000-plus shops.", [(2000, "shop")]),
    ("The pipeline runs 900-plus km.", [(900, "kilometre")]),
    # a height in feet and inches joined by hyphens
    ("The 6-foot-7 forward signed on Monday.", [(6, "foot"), (7, "inch")]),
    ("She stands 5-foot-9 and weighs 60 kg.", [(5, "foot"), (9, "inch"), (60, "kilogram")]),
    ("A 10-foot fence surrounds the site.", [(10, "foot")]),
])
def test_wild_forms(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]
