"""Forms of political copy found in real reports (round 6): a candidate's count and share before a
signed swing, a rate set "to X from <year>", verbless headline moves, and a share "snapped up"."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a share in brackets after a count is that candidate's level; only the signed figure is the swing
    ("Okafor 2,310 (44.5%, +8.2%), Lindqvist 1,870 (36.0%).",
     [(44.5, None, "percent", "exact"), (8.2, None, "percent", "up"), (36.0, None, "percent", "exact")]),
    ("Reform 388 (19.4%, -3.1%), Greens 120 (6.0%, +0.9%).",
     [(19.4, None, "percent", "exact"), (-3.1, None, "percent", "down"), (6.0, None, "percent", "exact"),
      (0.9, None, "percent", "up")]),
    # (the signed swing keeps its direction)
    ("The Liberals took 41.2% (+5.5%) of the vote.", [(41.2, None, "percent", "exact"), (5.5, None, "percent", "up")]),
])
def test_a_share_in_brackets_before_its_swing(read, text, expected):
    assert [q for q in read(text) if q[2] == "percent"] == expected


@pytest.mark.parametrize("text, expected", [
    # "to X from <year>": the year says when the rate applies, no range from it
    ("Ministers will lift the sales tax to 23% from 2031.", [(23, None, "percent", "exact")]),
    ("The state pension age goes to 68 from 2044.", [(68, None, "year of age", "exact")]),
    # (a level from an earlier level stays a range)
    ("The jobless rate eased to 5.2% from 5.6%.", [(5.6, 5.2, "percent", "range")]),
    ("Membership fell to 1,950 from 2,100.", [(2100, 1950, "-", "range")]),
])
def test_a_rate_set_from_a_year(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a move written without a verb, as headlines do
    ("Asylum claims down by 12% in the first quarter.", [(12, None, "percent", "down")]),
    ("Council tax receipts up by 4.5% on last year.", [(4.5, None, "percent", "up")]),
    ("Turnout was down by 3 points on the last election.", [(3, None, "point", "down")]),
])
def test_a_verbless_move(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share "of" a whole taken with "up" is a part, not a rise
    ("Three regions snapped up 64 percent of the new grants.", [(3, None, "region", "exact"), (64, None, "percent", "exact")]),
    ("Debt interest ate up 9% of the budget.", [(9, None, "percent", "exact")]),
    # (a rise with "up" stays a rise)
    ("Fuel prices shot up 14% in March.", [(14, None, "percent", "up")]),
])
def test_a_share_taken(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber's tally kept in one token with an en dash: no range, as "52-48" with a hyphen
    ("The assembly voted 71–64 to suspend the rule.", []),
    ("Lawmakers approved the measure 212–201 on Friday.", []),
    ("The tribunal issued a 4–3 ruling in March.", []),
    # (a range with an en dash stays a range)
    ("Hearings will take 3–5 days.", [(3, 5, "day", "range")]),
])
def test_a_tally_with_an_en_dash(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "over" after a move in per cent: the base the move is measured against, no floor, no move
    ("Grants were up 9 percent over $430 million a year earlier.",
     [(9, None, "percent", "up"), (430e6, None, "dollar", "exact")]),
    ("Council spending fell 3% over £2.1bn in 2021.", [(3, None, "percent", "down"), (2.1e9, None, "pound sterling", "exact")]),
    # (a bare "over" before an amount is still a floor)
    ("The fund reached over $5 billion.", [(5e9, None, "dollar", "more_than")]),
])
def test_the_base_of_a_move_after_over(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count after a name with its share in brackets: the side's votes, not part of the name
    ("Alliance 1,310 (41.0%), Unity 872 (27.3%).",
     [(1310, None, "-", "exact"), (41.0, None, "percent", "exact"), (872, None, "-", "exact"),
      (27.3, None, "percent", "exact")]),
    # (a small version number before a share stays a name)
    ("Android 14 (22%) leads the installed base.", [(22, None, "percent", "exact")]),
])
def test_a_count_before_its_share(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of revision or uprating: its "by" gives the move
    ("The treasury downgraded its growth outlook by 0.4 points.", [(0.4, None, "point", "down")]),
    ("The fund upgraded the forecast by 0.3 points.", [(0.3, None, "point", "up")]),
    ("Child benefit will be uprated by 5.2% next April.", [(5.2, None, "percent", "up")]),
    ("The dinar was devalued by 20% on Monday.", [(20, None, "percent", "down")]),
    # (the doer of a passive after "by" states no move)
    ("The plan was upgraded by 12 councils.", [(12, None, "council", "exact")]),
])
def test_a_revision_by_an_amount(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a whole count in brackets after a share restates the move as a count: no per cent
    ("Visitor permits were down 9% (-3,410) on the year.", [(9, None, "percent", "down"), (-3410, None, "-", "down")]),
    ("Claims rose 14% (2,215) in the quarter.", [(14, None, "percent", "up"), (2215, None, "-", "up")]),
    # (a share in brackets after a share stays a share)
    ("Turnout rose 4% (3.8%) in the city.", [(4, None, "percent", "up"), (3.8, None, "percent", "up")]),
])
def test_a_count_in_brackets_after_a_share(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the period a figure covers lends no unit to the figure compared after it
    ("There were 91,000 arrivals over the 12 months, compared with 84,000 in the year before.",
     [(91000, None, "arrival", "exact"), (12, None, "month", "exact"), (84000, None, "-", "exact")]),
    # (a figure compared with a duration stays a duration)
    ("Debates ran 6 hours, compared with 4 a year earlier.", [(6, None, "hour", "exact"), (4, None, "hour", "exact")]),
])
def test_a_comparison_after_a_period(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an informal "mil" after a sum of money is a million
    ("The county agreed to pay $3.2 mil to settle the claim.", [(3.2e6, None, "dollar", "exact")]),
    ("The mayor's office spent €45 mil on the scheme.", [(45e6, None, "euro", "exact")]),
    # (a bare "mil" is a thousandth of an inch, no scale)
    ("Lay an 8 mil sheet under the slab.", [(8, None, "mil", "exact")]),
])
def test_an_informal_million_after_money(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the margin a contest was lost by is no fall
    ("The mayor lost the primary to a newcomer by 6 percentage points.", [(6, None, "percentage point", "exact")]),
    ("The government lost the motion by 9 votes.", [(9, None, "vote", "exact")]),
    # (a level that lost ground fell)
    ("The party lost ground by 4% in the capital.", [(4, None, "percent", "down")]),
])
def test_the_margin_of_a_lost_contest(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "up" or "down" after the counted noun of a standing reached gives the direction
    ("The Liberals were eleven seats down after the recount.", [(11, None, "seat", "down")]),
    ("The Greens were 4 seats up after the count.", [(4, None, "seat", "up")]),
    # (a phrasal verb's particle counts what was moved, no change)
    ("Gunners shot three drones down over the port.", [(3, None, "drone", "exact")]),
])
def test_a_count_then_its_direction(read, text, expected):
    assert read(text) == expected
