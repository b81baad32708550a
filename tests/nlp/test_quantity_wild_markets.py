"""Market copy read in the wild: one move stated twice (points and per cent) with its direction
before or after the pair, a change restated before the level it reached, market phrasal verbs."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a comparative after the pair gives both members the session's direction
    ("The Bovespa closed 830 points, or 0.7 per cent, higher at 121,400.",
     [(830, None, "point", "up"), (0.7, None, "percent", "up"), (121400, None, "-", "exact")]),
    ("The Merval ended 1.9%, or 2,100 points, lower on Monday.", [(1.9, None, "percent", "down"), (2100, None, "point", "down")]),
    ("The index finished 64 points or 0.5% down at 13,020.",
     [(64, None, "point", "down"), (0.5, None, "percent", "down"), (13020, None, "-", "exact")]),
    ("The miner closed 27 cents, or 1.4 per cent, stronger at $19.60.",
     [(27, None, "cent", "up"), (1.4, None, "percent", "up"), (19.6, None, "dollar", "exact")]),
    # (two values of one unit are alternatives, not a restated move)
    ("Analysts expect the bank to cut by 25 or 50 basis points.", [(25, 50, "basis point", "down")]),
    # (a comparison after the pair is no session move)
    ("Prices were 3 points, or 2%, higher than a year earlier.", [(3, None, "point", "exact"), (2, None, "percent", "exact")]),
    # a direction before the pair reaches the second member without a comma
    ("The Kospi was up 31 points or 1.2 per cent compared with Friday.", [(31, None, "point", "up"), (1.2, None, "percent", "up")]),
    ("Sugar fell 0.4 cents or 2.1% on the week.", [(0.4, None, "cent", "down"), (2.1, None, "percent", "down")]),
    # (a restatement hedged with "about" keeps its hedge)
    ("Wages grew 4.1% last year, or about £30 a week.", [(4.1, None, "percent", "up"), (30, None, "pound sterling per week", "approximately")]),
])
def test_restated_pair_direction(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a per cent change keeps its own unit before "or" and the points
    ("The lender rose 3.1% or 42 points to 1,396.", [(3.1, None, "percent", "up"), (42, None, "point", "up"), (1396, None, "point", "exact")]),
    # the restated change, then the level reached: no range from the one to the other
    ("Silver was down 1.6% or 0.45 to $27.70 an ounce.",
     [(1.6, None, "percent", "down"), (0.45, None, "-", "down"), (27.7, None, "dollar per ounce", "exact")]),
    # money, then its share: two statements of one move, no range
    ("Heating oil settled up $0.12 or 4.5% at $2.80 a gallon.",
     [(0.12, None, "dollar", "up"), (4.5, None, "percent", "up"), (2.8, None, "dollar per gallon", "exact")]),
    # (two amounts of money joined by "or" stay a range)
    ("Tickets will cost $40 or $50.", [(40, 50, "dollar", "range")]),
])
def test_restated_change_no_range(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # phrasal verbs of market copy on a share or a tick size
    ("The telco put on 2.7 per cent to $4.15.", [(2.7, None, "percent", "up"), (4.15, None, "dollar", "exact")]),
    ("The chemicals group gave away 3.3% on Tuesday.", [(3.3, None, "percent", "down")]),
    ("The yen clawed back 0.6% against the dollar.", [(0.6, None, "percent", "up")]),
    # (a gift of money is no move)
    ("The founder gave away $40 million to charity.", [(40e6, None, "dollar", "exact")]),
])
def test_market_phrasal_moves(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # the middle of a list after one verb moves as its first and last members do
    ("Zinc, nickel and tin rose 1.3%, 2.2% and 0.8% respectively.",
     [(1.3, None, "percent", "up"), (2.2, None, "percent", "up"), (0.8, None, "percent", "up")]),
    ("The carriers lost 4%, 3.5%, 6% and 2% on the day.",
     [(4, None, "percent", "down"), (3.5, None, "percent", "down"), (6, None, "percent", "down"), (2, None, "percent", "down")]),
    # (a bare comma, with no closing "and", makes no list)
    ("Exports rose 10%, 20% above the forecast.", [(10, None, "percent", "up"), (20, None, "percent", "exact")]),
    # "over the past year" is the period of a second move, not a comparison
    ("The trust is up 4% over the past quarter and 11% over the past year.",
     [(4, None, "percent", "up"), (11, None, "percent", "up")]),
    # a session move in paise: the comparative after the unit gives the direction
    ("The rupee settled 8 paise lower at 83.61.", [(8, None, "paise", "down"), (83.61, None, "-", "exact")]),
    ("The rupee closed 6 paise higher against the dollar.", [(6, None, "paise", "up")]),
])
def test_listed_moves(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a session verb right before the number and a comparative after it, whatever the parse
    ("The Kuwaiti index ended 0.9 per cent lower with most banks down.", [(0.9, None, "percent", "down")]),
    ("The rand settled 14 cents weaker on Friday.", [(14, None, "cent", "down")]),
    # (a comparison is no move)
    ("Rents were 7% higher than in 2019.", [(7, None, "percent", "exact")]),
    # a comparative after a list of moves of one session verb reaches every member
    ("Harbour Bank and Crest Bank closed 2.3 percent and 1.7 percent lower respectively.",
     [(2.3, None, "percent", "down"), (1.7, None, "percent", "down")]),
    # a signed per cent in a bracket or after a comma is the day's move
    ("Utilities (+0.9%) and banks (-1.2%) diverged on Monday.", [(0.9, None, "percent", "up"), (-1.2, None, "percent", "down")]),
    # ... also right after a name, where an unsigned figure in brackets is a level
    ("The Kospi (+2.1%) led the region on Friday.", [(2.1, None, "percent", "up")]),
    ("The pound was quoted at $1.2710, -0.3% on the day.", [(1.271, None, "dollar", "exact"), (-0.3, None, "percent", "down")]),
    # a signed move in basis points after a yield's level
    ("Spain 3.12%, -4.5 basis points on the week.", [(3.12, None, "percent", "exact"), (-4.5, None, "basis point", "down")]),
    # (a negative rate is a level)
    ("The central bank held its deposit rate at -0.5%.", [(-0.5, None, "percent", "exact")]),
    ("Swiss two-year yields were -0.7% in March.", [(2, None, "year", "exact"), (-0.7, None, "percent", "exact")]),
    # a fraction a verb took off a value is a share
    ("The profit warning knocked a third off the group's value.", [(1 / 3, None, "% -", "exact")]),
])
def test_session_words_in_order(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a list closed by "and" after a comma shares the unit said at its end
    ("Banks, miners and retailers added 61.2, 40.5 and 12.8 points, respectively.",
     [(61.2, None, "point", "up"), (40.5, None, "point", "up"), (12.8, None, "point", "up")]),
    # (a level, a comma and a per cent make no list)
    ("The index closed at 9,120, 4 per cent above its March low.", [(9120, None, "-", "exact"), (4, None, "percent", "exact")]),
    # a bare move restated as a smaller per cent after "or"
    ("The gauge ended at 31,402.7, up 95.3 or 0.3%.",
     [(31402.7, None, "-", "exact"), (95.3, None, "-", "up"), (0.3, None, "percent", "up")]),
    ("The index was down 64.8 or 0.9 per cent at midday.", [(64.8, None, "-", "down"), (0.9, None, "percent", "down")]),
    # (a rising pair joined by "or" is a range)
    ("Margins may narrow by 2 or 3%.", [(2, 3, "percent", "range")]),
    # "snapped back" on a tick size
    ("The stock snapped back 35 cents to $6.10.", [(35, None, "cent", "up"), (6.1, None, "dollar", "exact")]),
])
def test_respectively_and_bare_restatements(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a rate quoted against a currency is no time of day
    ("The ringgit was firmer against the dollar, at 4.17.", [(4.17, None, "-", "exact")]),
    ("The franc was little changed versus the euro, at 0.96.", [(0.96, None, "-", "exact")]),
    # (a time stays a time)
    ("The vote against the motion was held at 9.30.", []),
    ("The dollar rose against the yen and trading ended at 6.30.", []),
    # a comparative between a session verb and the size of the move
    ("The auto index was higher 58.3 points, while the IT index was lower 12.4 points.",
     [(58.3, None, "point", "up"), (12.4, None, "point", "down")]),
    # (a comparison in time is no move)
    ("Prices were higher 20 years ago.", [(20, None, "year", "exact")]),
    # "ahead" / "off" standing for a share's move, then the price it reached (no range)
    ("Barclays fell 2p to 151p while Lloyds ahead 1.5p to 48.2p.",
     [(2, None, "penny", "down"), (151, None, "penny", "exact"), (1.5, None, "penny", "up"), (48.2, None, "penny", "exact")]),
])
def test_rates_and_adverbs(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a capital M after a decimal is millions, even at the end of a sentence
    ("Distillate stocks rose by 2.35 million barrels after a draw of 1.62M.",
     [(2.35e6, None, "barrel", "up"), (1.62e6, None, "-", "exact")]),
    ("The debut album sold 1.4M.", [(1.4e6, None, "-", "exact")]),
    # (a small m is a metre)
    ("The wall stands 3.5m high.", [(3.5, None, "metre", "exact")]),
])
def test_capital_scale_letter(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # "cr" abbreviates crore after rupees or "lakh"; "trn" a trillion after money
    ("The insurer raised Rs 750 cr in its IPO.", [(7.5e9, None, "indian rupee", "exact")]),
    ("Investors gained Rs 4.6 lakh cr in the session.", [(4.6e12, None, "indian rupee", "up")]),
    ("The group is valued at $1.2 trn.", [(1.2e12, None, "dollar", "exact")]),
    # (a "cr" with no rupees is no crore)
    ("Clause 9 cr of the contract was cited.", []),
    # Indian digit groups glued to the rupee sign
    ("The lender's value fell by Rs3,45,120 crore.", [(3.4512e12, None, "indian rupee", "down")]),
    # "stands at" a level is no time of day
    ("The put-call ratio stands at 1.15, traders said.", [(1.15, None, "-", "exact")]),
    # "zoomed" moves an index up
    ("The Nifty zoomed 210 points on Friday.", [(210, None, "point", "up")]),
])
def test_money_abbreviations_and_levels(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # "close" after a possessive or "the" is the session's close, not the hedge "close to"
    ("The yield slipped 0.01 percentage point from Friday's close to 1.42 percent.",
     [(0.01, None, "percentage point", "down"), (1.42, None, "percent", "exact")]),
    ("The dinar weakened from the previous close to 3.21.", [(3.21, None, "-", "exact")]),
    # (the hedge stays a hedge)
    ("Turnout was close to 70%.", [(70, None, "percent", "approximately")]),
    # "or by" restates the move
    ("Cocoa settled down 2.9%, or by 41 cents, at $13.90.",
     [(2.9, None, "percent", "down"), (41, None, "cent", "down"), (13.9, None, "dollar", "exact")]),
])
def test_session_close_and_or_by(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a dealer's quote written short: the second part replaces the last decimals
    ("At noon the dollar fetched 151.32-34 yen.", [(151.32, 151.34, "japanese yen", "range")]),
    ("The pound changed hands at 1.2648-2652 dollars.", [(1.2648, 1.2652, "dollar", "range")]),
    ("The euro was quoted at 1.0581-0586 dollars.", [(1.0581, 1.0586, "dollar", "range")]),
    # (a plain range keeps its top)
    ("Yields ranged 4.5-5 per cent.", [(4.5, 5, "percent", "range")]),
])
def test_short_dealer_quotes(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # a small "c" glued to a share price is cents when the sentence moves a price
    ("The explorer slumped 21% to 4.5c.", [(21, None, "percent", "down"), (4.5, None, "cent", "exact")]),
    ("The currency was last at US71.2c.", [(71.2, None, "cent", "exact")]),
    # (a temperature stays a temperature)
    ("Highs will reach 24c on Sunday.", [(24, None, "celsius", "exact")]),
])
def test_cents_glued_to_prices(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # the Singapore and Taiwan dollar signs glued to digits
    ("The Singapore dollar firmed to S$1.3420.", [(1.342, None, "singapore dollar", "exact")]),
    ("Shares of the chipmaker ended at NT$915.", [(915, None, "-", "exact")]),
    # a signed bare move and its signed per cent restate one move
    ("The gauge ended down -212.6 or -1.3% on the week.", [(-212.6, None, "-", "down"), (-1.3, None, "percent", "down")]),
    # a sentence may open with "Off"
    ("Off 9.2% from its peak, the stock looks cheap.", [(9.2, None, "percent", "down")]),
])
def test_glued_dollars_and_openers(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # the level after a move said in per cent and points is no per cent
    ("The lender added 3.2% or 41.5 points to reach 1,338.5.",
     [(3.2, None, "percent", "up"), (41.5, None, "point", "up"), (1338.5, None, "-", "exact")]),
])
def test_level_after_a_pair(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # pence glued after a company's name and before a comparative or "to" are a share's move
    ("Tesco rose 3p to 290p and Whitbread 41p higher at 3,120p.",
     [(3, None, "penny", "up"), (290, None, "penny", "exact"), (41, None, "penny", "up"), (3120, None, "penny", "exact")]),
    # (a model name stays a name)
    ("The Galaxy 5a went on sale.", []),
])
def test_pence_after_a_name(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # "added" a share's move, then the price it reached: a rise and a level, no range
    ("Whitbread added 12p to 3,460p.", [(12, None, "penny", "up"), (3460, None, "penny", "exact")]),
    ("The miner added 2.4% to 1,512p.", [(2.4, None, "percent", "up"), (1512, None, "penny", "exact")]),
    ("Aviva added 1.5p at 402p.", [(1.5, None, "penny", "up"), (402, None, "penny", "exact")]),
    # (a sum is no move)
    ("The levy adds $7 to each ticket.", [(7, None, "dollar", "exact")]),
])
def test_added_to_a_level(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got


@pytest.mark.parametrize("text, expected", [
    # "richer by" / "poorer by" a sum of money
    ("Shareholders became richer by Rs 3.1 lakh crore on Monday.", [(3.1e12, None, "indian rupee", "up")]),
    ("Holders of the token were poorer by $2 billion overnight.", [(2e9, None, "dollar", "down")]),
])
def test_richer_by(read, text, expected):
    got = read(text)
    assert [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected] == got
