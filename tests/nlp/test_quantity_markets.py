"""Market and price reports: levels after a change, money ranges, and verbs whose object is no change."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # the level after "to close at" is in the unit of the change before it
    ("The index tanked 1,100 points to close at 72,300.", [(1100, None, "point", "down"), (72300, None, "point", "exact")]),
    ("The benchmark gained 40 points to end at 5,120 on Friday.", [(40, None, "point", "up"), (5120, None, "point", "exact")]),
    # a scale letter after the second number of a money range
    ("The repairs will cost between $5m and $7m.", [(5e6, 7e6, "dollar", "range")]),
    # "shot up to" names the level reached, not an upper bound
    ("Onion prices shot up to Rs 80 a kilo.", [(80, None, "indian rupee per kilogram", "exact")]),
    # what the police recovered was seized, not a change; a market's recovery is one
    ("Police recovered Rs 2.5 lakh from the accused.", [(250_000, None, "indian rupee", "exact")]),
    ("The index recovered 2% on Friday.", [(2, None, "percent", "up")]),
    # "higher"/"lower" after a session verb give the direction
    ("The stock ended 2.4% lower at 1,204.", [(2.4, None, "percent", "down"), (1204, None, "-", "exact")]),
    ("Stocks in Tokyo closed 1.3 per cent higher.", [(1.3, None, "percent", "up")]),
    # (a comparison without a session verb is no change)
    ("Prices were 5% higher than a year before.", [(5, None, "percent", "exact")]),
    ("The index closed at 5,210, 3% higher than a month ago.", [(5210, None, "-", "exact"), (3, None, "percent", "exact")]),
    # a change restated in other terms is the same change
    ("The index fell 312 points, or 0.9%, to 34,120.", [(312, None, "point", "down"), (0.9, None, "percent", "down"),
                                                      (34120, None, "point", "exact")]),
    # a change in cents or paise does not give its unit to the level after it
    ("The rupee fell 18 paise to 83.25 against the dollar.", [(18, None, "paise", "down"), (83.25, None, "-", "exact")]),
    # "by half": the size of a change
    ("The firm cut its dividend by half.", [(0.5, None, "% -", "down")]),
    # the article before a dollar sign is no Australian dollar
    ("A $2.5-billion deal was signed on Monday.", [(2.5e9, None, "dollar", "exact")]),
    # a plural count agrees with the plural noun a singular modifier stands before
    ("The chip has 8 performance cores.", [(8, None, "performance core", "exact")]),
])
def test_market_reports(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # currencies appreciate and depreciate
    ("The yuan appreciated 0.4% on Tuesday.", "up"),
    ("The rupee depreciated 12 paise against the dollar.", "down"),
    # more verbs of a sharp move
    ("Shares nosedived 35% after the audit.", "down"),
    ("Lumber futures spurted 7% this week.", "up"),
    # (how often something is done is no change)
    ("The camera can zoom 10 times.", "exact"),
    ("The ball bounced 3 times before the line.", "exact"),
    # "by" read as the agent of a participle
    ("The trade surplus narrowed by $4 billion.", "down"),
])
def test_change_verbs(read, text, expected):
    assert read(text)[0][3] == expected
