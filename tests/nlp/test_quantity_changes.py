"""Change labels in market, economy and poll reports: bounded changes, a change verb said once for
two numbers, more change verbs, fractions and 'one point' as the size of a change."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a change stated with a bound is labelled by the bound
    ("Oil prices jumped more than 4% on Monday.", [(4, None, "percent", "more_than")]),
    ("Shares of the bank sank as much as 9% in early trading.", [(9, None, "percent", "at_most")]),
    ("The airline expects fuel costs to rise by up to 20%.", [(20, None, "percent", "at_most")]),
    ("Investment grew by less than 1% in the quarter.", [(1, None, "percent", "less_than")]),
    # an estimate keeps the change
    ("The stock has surged nearly 40% this year.", [(40, None, "percent", "up")]),
    ("The pound fell about 1% against the euro.", [(1, None, "percent", "down")]),
])
def test_a_bounded_change_keeps_its_bound(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a further", "another": the second number of the same verb
    ("Shares fell 4.6 per cent on Monday and a further 2 per cent on Tuesday.",
     [(4.6, None, "percent", "down"), (2, None, "percent", "down")]),
    ("Prices rose 3% in May and another 1.5% in June.", [(3, None, "percent", "up"), (1.5, None, "percent", "up")]),
    # one verb, two measures of the same move
    ("The currency dropped 5% against the dollar and 3% against the euro.",
     [(5, None, "percent", "down"), (3, None, "percent", "down")]),
    ("The index has gained 18% so far this year, and 25% over the past 12 months.",
     [(18, None, "percent", "up"), (25, None, "percent", "up"), (12, None, "month", "exact")]),
    # (a second verb of its own is no conjoined change)
    ("Shares in the lender fell 3%, while those in its rival rose 2%.",
     [(3, None, "percent", "down"), (2, None, "percent", "up")]),
    ("Sales rose 5% and profit was 20 million euros.", [(5, None, "percent", "up"), (20e6, None, "euro", "exact")]),
])
def test_a_change_verb_said_once_for_two_numbers(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past tense the parser leaves as it is
    ("Sales of electric cars leapt 48% to 320,000.", [(48, None, "percent", "up"), (320_000, None, "-", "exact")]),
    # "pared", which the parser reads as "par"
    ("The stock pared 2% in late trade.", [(2, None, "percent", "down")]),
    # a recovery (not "bounced", which a ball does)
    ("The shares recouped 6% on Friday.", [(6, None, "percent", "up")]),
    ("The index regained 2.5% in the afternoon.", [(2.5, None, "percent", "up")]),
])
def test_more_change_verbs(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fraction after "by" and a bound
    ("Profits rose by over a third.", [(1 / 3, None, "% -", "more_than")]),
    ("The firm cut costs by almost half.", [(0.5, None, "% -", "down")]),
    # (without a bound, as before)
    ("Prices rose by a third.", [(1 / 3, None, "% -", "up")]),
    # "one point" after "up", "down" or "by" is a change, not "at one point"
    ("The Greens are up one point at 9%.", [(1, None, "point", "up"), (9, None, "percent", "exact")]),
    ("Labour gained one point in the poll.", [(1, None, "point", "up")]),
    ("At one point the index was 3% lower.", [(3, None, "percent", "down")]),  # (the day's move, as "was 3% lower" states it)
])
def test_fractions_and_one_point_as_changes(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "up"/"down" after the number of a session verb, as "higher"/"lower"
    ("The shares were trading 6.5% up at 1,020 pence.", [(6.5, None, "percent", "up"), (1020, None, "penny", "exact")]),
    ("Stocks in Madrid ended 2% down.", [(2, None, "percent", "down")]),
    # the number of a stock index's name, in lowercase copy too
    ("the ftse 100 climbed 1.2% to 7,650 points on tuesday.", [(1.2, None, "percent", "up"), (7650, None, "point", "exact")]),
    ("the s&p 500 was up 0.6% in midday trading.", [(0.6, None, "percent", "up")]),
    ("ftse 250 shares fell 3%", [(3, None, "percent", "down")]),
    # (a number an index name does not end in is a quantity)
    ("the dax fell 40 points.", [(40, None, "point", "down")]),
])
def test_session_particles_and_index_names(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # hedges the shared qualifier list lacks
    ("The company employs approx. 4,500 people.", [(4500, None, "people", "approximately")]),
    ("The deal is worth in the region of £2bn.", [(2e9, None, "pound sterling", "approximately")]),
    ("The plant employs more or less 300 workers.", [(300, None, "worker", "approximately")]),
    ("Turnout was just short of 60%.", [(60, None, "percent", "less_than")]),
    ("Revenue was c. $4.5bn.", [(4.5e9, None, "dollar", "approximately")]),
    # comparison signs written apart from the number
    ("Revenue was >$4.5bn.", [(4.5e9, None, "dollar", "more_than")]),
    ("Inflation is <2%.", [(2, None, "percent", "less_than")]),
])
def test_more_hedges(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "to X from Y" is one range, the earlier value first, with a percent sign or "per cent" too
    ("The unemployment rate rose to 3.8% from 3.5% in July.", [(3.5, 3.8, "percent", "range")]),
    ("Inflation fell to 3 per cent from 4 per cent.", [(4, 3, "percent", "range")]),
    ("Free cash flow climbed to $5.6 billion from $3.9 billion.", [(3.9e9, 5.6e9, "dollar", "range")]),
    # (a level "from" a time is no range)
    ("Sales rose to 40 per cent of the total from a year ago.", [(40, None, "percent", "exact")]),
])
def test_to_a_level_from_an_earlier_one(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range "from" a number whose unit is said once, after the first number
    ("Her lead has narrowed from 10 points to 4.", [(10, 4, "point", "range")]),
    ("Support fell from 40 per cent to 31 in a month.", [(40, 31, "percent", "range")]),
    # (two units are two quantities)
    ("The range is from 10 miles to 20 kilometres.", [(10, None, "mile", "exact"), (20, None, "kilometre", "exact")]),
    # "one in every 36" is a share like "one in 36"
    ("The disease now affects one in every 36 children.", [(1 / 36, None, "% child", "exact")]),
    # (not "one every 10 minutes", a rate)
    ("Buses run one every 10 minutes.", [(1, None, "-", "exact"), (10, None, "minute", "exact")]),
])
def test_ranges_with_the_unit_said_once_and_shares(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a particle and "by" in the passive
    ("The growth forecast was revised down by 0.3 points.", [(0.3, None, "point", "down")]),
    ("Margins were squeezed by 200 basis points.", [(200, None, "basis point", "down")]),
    # "revised up to" names the level, no bound
    ("The forecast was revised up to 2.1%.", [(2.1, None, "percent", "exact")]),
    # a period after a preposition is no change
    ("Prices rose 9.1% over the 12 months to June.", [(9.1, None, "percent", "up"), (12, None, "month", "exact")]),
    ("Sales fell 4% in the past three weeks.", [(4, None, "percent", "down"), (3, None, "week", "exact")]),
    # (a delay "by" a period: no direction to read)
    ("The launch was pushed back by three months.", [(3, None, "month", "exact")]),
])
def test_passive_particles_and_periods(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate set or fixed "higher"/"lower" moved like a market that closed so
    ("The representative rate was set 0.35% lower at NIS 3.712.",
     [(0.35, None, "percent", "down"), (3.712, None, "shekel", "exact")]),
    ("The yuan midpoint was fixed 0.2% higher.", [(0.2, None, "percent", "up")]),
])
def test_rates_set_higher_or_lower(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "by an average of", "by a further", "by a record": the size of the verb's change
    ("Council tax bills will rise by an average of 5.1% in April.", [(5.1, None, "percent", "up")]),
    ("Output fell by a further 2%.", [(2, None, "percent", "down")]),
    ("The lead was cut by a record 12 points.", [(12, None, "point", "down")]),
    # a number after "by" that the parse hides from its verb
    ("Prices rose by two and a half per cent.", [(2.5, None, "percent", "up")]),
    ("Unemployment fell by a quarter of a million.", [(250_000, None, "-", "down")]),
    # (no change verb, no change)
    ("He won by an average of 5 points.", [(5, None, "point", "exact")]),
    ("The town was hit by 5 rockets.", [(5, None, "rocket", "exact")]),
])
def test_by_an_average_of(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a change verb left out before the next number in the same unit
    ("The Dow rose 1%, the S&P 500 1.2% and the Nasdaq 1.5%.",
     [(1, None, "percent", "up"), (1.2, None, "percent", "up"), (1.5, None, "percent", "up")]),
    ("Gold rose 1% and silver 2%.", [(1, None, "percent", "up"), (2, None, "percent", "up")]),
    ("Home sales dropped 5% and the median price 2%.", [(5, None, "percent", "down"), (2, None, "percent", "down")]),
    ("Apple gained 2%, Microsoft 1.5%, while Amazon lost 0.7%.",
     [(2, None, "percent", "up"), (1.5, None, "percent", "up"), (0.7, None, "percent", "down")]),
    # (a share, a level, a noun of change, a verb of its own: no change said again)
    ("Sales rose 5% and 30% of customers were new.", [(5, None, "percent", "up"), (30, None, "percent", "exact")]),
    ("Prices fell 2%, after a 3% rise in May.", [(2, None, "percent", "down"), (3, None, "percent", "exact")]),
    ("Inflation rose 2 points and unemployment was 4 points lower.",
     [(2, None, "point", "up"), (4, None, "point", "down")]),  # (its own "was ... lower", not "rose")
    ("The yield rose 2% to 4.5%.", [(2, None, "percent", "up"), (4.5, None, "percent", "exact")]),
    # (a bare comma before a comparison is no second change)
    ("Sales rose 10%, 20% above forecasts.", [(10, None, "percent", "up"), (20, None, "percent", "exact")]),
    # a pair with "respectively"; a direction word after the left-out verb's number
    ("Imports and exports fell 2.1% and 4.4% respectively.", [(2.1, None, "percent", "down"), (4.4, None, "percent", "down")]),
    ("Banks fell, with HSBC down 3.2% and Standard Chartered 2.9% lower.",
     [(3.2, None, "percent", "down"), (2.9, None, "percent", "down")]),
])
def test_a_change_verb_left_out(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the verb left out across a level and a change restated in another unit
    ("The TA-35 rose 0.8% to 1,820 points and the TA-125 0.6% to 1,870 points.",
     [(0.8, None, "percent", "up"), (1820, None, "point", "exact"), (0.6, None, "percent", "up"),
      (1870, None, "point", "exact")]),
    ("Brent rose 60 cents, or 0.7%, to $85.10, and WTI 55 cents to $81.30.",
     [(60, None, "cent", "up"), (0.7, None, "percent", "up"), (85.1, None, "dollar", "exact"),
      (55, None, "cent", "up"), (81.3, None, "dollar", "exact")]),
    # digits after a capitalised name are a quantity when a unit follows them ("WTI 55 cents")
    ("WTI 40 cents lower was the low of the day.", [(40, None, "cent", "exact")]),
])
def test_a_change_verb_left_out_across_levels(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb that moves its object by the number before "higher"/"lower"/"down"
    ("The news sent shares 10% higher.", [(10, None, "percent", "up")]),
    ("The heavyweights dragged the index 0.4% lower.", [(0.4, None, "percent", "down")]),
    ("Selling pushed the stock 3% lower at the close.", [(3, None, "percent", "down")]),
    ("The sell-off left the index 2.1% down on the week.", [(2.1, None, "percent", "down")]),
    # (no comparative after the number, no move)
    ("The firm took a 5% stake.", [(5, None, "percent", "exact")]),
])
def test_a_verb_that_moves_its_object(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a money range with scale letters, the first number sharing the second's scale
    ("The company expects revenue of $1.2bn-$1.5bn.", [(1.2e9, 1.5e9, "dollar", "range")]),
    ("The plan will cost $1.5bn-2bn.", [(1.5e9, 2e9, "dollar", "range")]),
    ("The plan will cost £1.5-2bn.", [(1.5e9, 2e9, "pound sterling", "range")]),
    ("Sales of $300-400m are expected.", [(300e6, 400e6, "dollar", "range")]),
    # (metres are no millions)
    ("The waves were 5-10m high.", [(5, 10, "metre", "range")]),
])
def test_money_ranges_with_scale_letters(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # phrasal verbs whose particle sets the direction
    ("Silver tacked on 0.7 percent in Asian trade.", [(0.7, None, "percent", "up")]),
    ("The index gave up 1.3% in the final hour.", [(1.3, None, "percent", "down")]),
    ("The carrier's shares gave back $1.20 after the call.", [(1.2, None, "dollar", "down")]),
    # "off" on a copula is a fall
    ("Shares of the miner were off 2.5% by midday.", [(2.5, None, "percent", "down")]),
    # a comparative before "by" is the direction of the move
    ("The shares crept higher by 0.9 percent.", [(0.9, None, "percent", "up")]),
    ("The index closed lower by 14 points.", [(14, None, "point", "down")]),
    # a slowing is a fall of the rate; the level it slowed to stays a level
    ("Wholesale prices decelerated 0.6% in May.", [(0.6, None, "percent", "down")]),
    ("Growth slowed 0.3 percentage points to 2.2%.",
     [(0.3, None, "percentage point", "down"), (2.2, None, "percent", "exact")]),
    # (a team that gave up yards conceded them: no move of a level)
    ("The defence gave up 410 passing yards on Sunday.", [(410, None, "yard", "exact")]),
])
def test_phrasal_moves(read, text, expected):
    assert read(text) == expected
