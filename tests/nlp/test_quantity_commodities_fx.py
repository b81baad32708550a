"""Commodity, currency, bond and index wraps: how wire market reports state a day's move."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "was/were" and a comparative after the number: the day's move, as after "closed"
    ("The euro was 0.3% higher at $1.0950 in early trade.", [(0.3, None, "percent", "up"), (1.095, None, "dollar", "exact")]),
    ("Spot gold was 0.2% lower in Asian hours.", [(0.2, None, "percent", "down")]),
    ("U.S. stock futures were 0.4% higher.", [(0.4, None, "percent", "up")]),
    # (an adverb may stand between the verb and the number)
    ("Ether was last 1.1% lower on Sunday.", [(1.1, None, "percent", "down")]),
    # a currency is weaker or stronger
    ("The yuan was 0.1% weaker against the dollar.", [(0.1, None, "percent", "down")]),
    ("The real was 0.9% stronger on Friday.", [(0.9, None, "percent", "up")]),
    ("Sterling was 0.1% firmer on the day.", [(0.1, None, "percent", "up")]),
    # (after a session verb too)
    ("The rand closed 0.5% weaker on Monday.", [(0.5, None, "percent", "down")]),
    ("The lira traded 1% softer.", [(1, None, "percent", "down")]),
    # (after a verb of a move, or a change verb the comparative repeats)
    ("The euro edged 0.1% lower on Monday.", [(0.1, None, "percent", "down")]),
    ("The dollar moved 0.3% higher against the yen.", [(0.3, None, "percent", "up")]),
    ("Copper slipped 0.5% lower in London.", [(0.5, None, "percent", "down")]),
    # (a comparison with "than", right after or a few words on, is no change)
    ("Rents were 4% higher than a year earlier.", [(4, None, "percent", "exact")]),
    ("Pay is still 2% lower in real terms than in 2010.", [(2, None, "percent", "exact")]),
])
def test_stated_moves(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # trading sessions after a preposition of a period say when, not how much
    ("The index lost 2.3% over the past two sessions.", [(2.3, "down"), (2, "exact")]),
    ("Copper has gained 4% in the last six sessions.", [(4, "up"), (6, "exact")]),
    # "over" right after a change opens its period: no bound
    ("Bitcoin was up 3% over 24 hours.", [(3, "up"), (24, "exact")]),
    ("Gold fell 2% over two sessions.", [(2, "down"), (2, "exact")]),
    # (with no change before it, "over" is "more than")
    ("The storm lasted over 24 hours.", [(24, "more_than")]),
    # (a duration was already no change)
    ("Gold has rallied 9% over the past three months.", [(9, "up"), (3, "exact")]),
])
def test_trading_sessions_are_no_change(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a rate "at 83.52" cannot be read on a clock, so it is a quantity
    ("The rupee closed at 83.52, down from 83.41.", [83.52, 83.41]),
    ("The yen ended at 61.45 against the rand.", [61.45]),
    # (a time after "at" is still no quantity)
    ("Trading resumed at 6.30.", []),
    ("The market reopens at 23.45.", []),
])
def test_rates_that_are_no_clock_time(read, text, expected):
    assert [pytest.approx(v) for v in expected] == [v for v, _, _, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # "down" after a name the parser reads as the name's particle still gives the move
    ("Exchange shares fell, with Coinbase down 5.6%.", "down"),
    ("Miners rallied, with Glencore up 4.1%.", "up"),
    # a currency devalued by a share of its worth
    ("The peso was devalued by 54% overnight.", "down"),
    ("The central bank devalued the currency by 20%.", "down"),
    # a yield curve flattens (its spread narrows) or steepens
    ("The curve flattened by 6 bps to 28 bps.", "down"),
    ("The yield curve steepened 12 basis points this week.", "up"),
])
def test_market_moves_of_names_and_currencies(read, text, expected):
    assert read(text)[0][3] == expected


@pytest.mark.parametrize("text, expected", [
    # a change the parser hangs on the preposition after it ("2 cents after" read like "2 days after")
    ("The euro shed 2 cents after the data.", [(2, "down")]),
    ("The euro lost half a cent after the vote.", [(0.5, "down")]),
    # (a span of time or a comparison is no change)
    ("Shares rose two days after the vote.", [(2, "exact")]),
    ("Sales rose 10%, 20% above forecasts.", [(10, "up"), (20, "exact")]),
    # "as far as" bounds the level a currency reached
    ("The yen slid as far as 160.20 per dollar.", [(160.2, "at_most")]),
])
def test_moves_hung_on_a_preposition(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a whole number and a fraction, as grain prices are quoted: one quantity
    ("Soybeans fell 8-1/4 cents.", [(8.25, "cent")]),
    ("Wheat rose 2 1/4 cents.", [(2.25, "cent")]),
    # after decimals the fraction is of the last place: half a cent on a dollar price
    ("Corn settled at $4.52-3/4 a bushel.", [(4.5275, "dollar per bushel")]),
    # (the same form in other writing)
    ("The pipe is 2 3/4 inches wide.", [(2.75, "inch")]),
    # (a date written with a slash is no fraction)
    ("Prices rose on 9/11.", []),
])
def test_mixed_fractions(read, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, _, u, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a fraction of a unit joined to it by a hyphen, before the noun it measures
    ("The Fed delivered a quarter-point cut.", [(0.25, "point")]),
    ("The bank made a half-point hike.", [(0.5, "point")]),
    ("Police found a quarter-inch gap.", [(0.25, "inch")]),
    # (the spaced forms were read already)
    ("The ECB raised rates by half a point.", [(0.5, "point")]),
    # (a hyphen before a word that is no unit)
    ("She agreed half-heartedly.", []),
])
def test_hyphened_fractions_of_a_unit(read, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, _, u, _ in read(text)]
