"""Forms of economic and business copy found in real reports (round 6): signed and glued amounts,
ranges whose scale is written twice, plural scales, quarters counted as a period, a change then
the level it reached, and figures in brackets that are not the one before restated."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a minus sign glued before the currency sign: a negative balance, not a dropped number
    ("Forecasters pencilled in a balance of -$12.6bn for May.", [(-12.6e9, None, "dollar", "exact")]),
    ("The fund's cash flow was -£40m in the half.", [(-40e6, None, "pound sterling", "exact")]),
    # (the scale word after the glued amount is read too)
    ("The shortfall narrowed to -€3 billion.", [(-3e9, None, "euro", "exact")]),
    # (a plain amount keeps its sign)
    ("Exports earned $4.2bn in June.", [(4.2e9, None, "dollar", "exact")]),
])
def test_a_minus_before_a_currency_sign(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "$5 million-$15 million": the tokenizer glues the first scale to the second amount
    ("The repairs should cost $30 million-$45 million.", [(30e6, 45e6, "dollar", "range")]),
    ("Analysts value the stake at £1 billion-£1.4 billion.", [(1e9, 1.4e9, "pound sterling", "range")]),
    # "$150m-$200m": the second scale letter split off the token
    ("The group targets savings of $250m-$300m.", [(250e6, 300e6, "dollar", "range")]),
    # (a scale letter on both sides in one token is read as before)
    ("The bid could reach $1.1bn-$1.3bn.", [(1.1e9, 1.3e9, "dollar", "range")]),
])
def test_a_money_range_with_its_scale_written_twice(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Rs.412 crore": the rupee sign glued with its dot, then the scale word
    ("Quarterly profit came to Rs.58.4 crore.", [(584e6, None, "indian rupee", "exact")]),
    ("The mill spent Rs.12 lakh on repairs.", [(1.2e6, None, "indian rupee", "exact")]),
    # "Rs 725.30 millions": a plural scale after digits is the scale
    ("Turnover was Rs 310.5 millions in the year.", [(310.5e6, None, "indian rupee", "exact")]),
    # (a plural scale that opens the phrase is still vague: "millions of")
    ("Millions of savers were hit.", [(1e6, 1e7, "saver", "range")]),
    # an upper-case currency code glued to the amount
    ("Sales reached RMB84.2 billion in the half.", [(84.2e9, None, "chinese yuan", "exact")]),
])
def test_indian_and_chinese_amounts(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the first three quarters of the year" counts quarters of a year, it is no fraction
    ("Investment grew in the first three quarters of the year.", [(3, None, "quarter", "exact")]),
    ("Orders fell in the past two quarters of 2024.", [(2, None, "quarter", "exact")]),
    # ... and with nothing after them, where a share could stand alone
    ("Exports have grown in two of the last three quarters.", [(2, None, "quarter", "exact"), (3, None, "quarter", "exact")]),
    # (a share of a group is still a share)
    ("Three quarters of the shops reported lower sales.", [(0.75, None, "% shop", "exact")]),
])
def test_quarters_counted_as_a_period(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bound between the change verb and the amount: the amount changed, then the level reached
    ("Imports decreased less than $0.3 billion to $24.1 billion.",
     [(0.3e9, None, "dollar", "less_than"), (24.1e9, None, "dollar", "exact")]),
    # the amount of a change noun: "an increase of X to Y", "a fall in the surplus of X to Y"
    ("The report showed an increase of $1.6 billion to $52 billion.",
     [(1.6e9, None, "dollar", "exact"), (52e9, None, "dollar", "exact")]),
    ("A fall in the services surplus of $0.4 billion to $21.7 billion offset it.",
     [(0.4e9, None, "dollar", "exact"), (21.7e9, None, "dollar", "exact")]),
    # (a range after the change noun stays a range)
    ("Unions want an increase of 6 to 8 percent.", [(6, 8, "percent", "range")]),
])
def test_a_change_then_the_level_it_reached(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bracket that opens with its own words names another figure: it keeps no change of the one before
    ("Rents rose 4.4% in the year to May (from 4.9% in April).",
     [(4.4, None, "percent", "up"), (4.9, None, "percent", "exact")]),
    ("Output fell 1.1% in March (consensus: -0.5%).", [(1.1, None, "percent", "down"), (-0.5, None, "percent", "exact")]),
    ("Payrolls grew by 120,000 (revised from 98,000).", [(120000, None, "-", "up"), (98000, None, "-", "exact")]),
    # (a conversion in brackets restates the same change)
    ("The firm lost $8 million (or $0.05 a share).",
     [(8e6, None, "dollar", "down"), (0.05, None, "dollar per share", "down")]),
])
def test_a_bracket_naming_another_figure(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "off by" on a copula: a fall, as "off" alone already was
    ("New orders were off by 2.4 percent.", [(2.4, None, "percent", "down")]),
    ("Sales were off 1.5% in June.", [(1.5, None, "percent", "down")]),
])
def test_off_by_is_a_fall(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure alone in brackets after a place or a date is that one's level, not the change
    ("Vacancies rose in Ontario (4.1%) and Quebec (3.8%).", [(4.1, None, "percent", "exact"), (3.8, None, "percent", "exact")]),
    ("The average fare was $412, up 3 percent from March 2023 ($400).",
     [(412, None, "dollar", "exact"), (3, None, "percent", "up"), (400, None, "dollar", "exact")]),
    # (a bracket right after a figure restates its change)
    ("Jobless claims decreased 4,100 (1.9%) to 211,000.",
     [(4100, None, "-", "down"), (1.9, None, "percent", "down"), (211000, None, "-", "exact")]),
])
def test_a_bracketed_level_after_a_name(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an upper-case K after digits is thousands in economic copy, with no noun after it
    ("Hiring rose 210K last month against 175K expected.", [(210000, None, "-", "up"), (175000, None, "-", "exact")]),
    # (after "the", only before a word for a level: "the 300K level")
    ("Claims held at the 250K mark.", [(250000, None, "mark", "exact")]),
    # (a race keeps its name)
    ("She won the 10K in April.", []),
])
def test_thousands_written_with_a_capital_k(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital B on both sides of a money range
    ("The chain now sees sales of $6.1B-$6.3B.", [(6.1e9, 6.3e9, "dollar", "range")]),
    # "$160-$170 million": the scale after the range is shared by both ends
    ("It targets operating income of $40-$45 million.", [(40e6, 45e6, "dollar", "range")]),
    # (a range with no scale after it keeps its values)
    ("Seats cost $200-$350 each.", [(200, 350, "dollar", "range")]),
])
def test_money_ranges_of_results_guidance(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "to X from 1 October": a day of a month, not the lower end of a range
    ("Gas will rise to 6.8p per kWh from 1 April.", [(6.8, None, "penny per kilowatt hour", "exact")]),
    # (a level before "from" another level is still a range)
    ("The rate rose to 4.4% from 4.1%.", [(4.1, 4.4, "percent", "range")]),
])
def test_a_date_after_from_is_no_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # decimals written out as broadcasters read them, with the scale after them
    ("Exports came to six-point-two trillion won in May.", [(6.2e12, None, "south korean won", "exact")]),
    ("Sales fell 12-point-four percent on-year.", [(12.4, None, "percent", "down")]),
    ("The unit earned 3-point-75 trillion won.", [(3.75e12, None, "south korean won", "exact")]),
    ("Growth slowed to one point nine percent.", [(1.9, None, "percent", "exact")]),
    ("The group invested 20-and-a-half trillion won.", [(20.5e12, None, "south korean won", "exact")]),
    # (a point that is a unit stays a unit)
    ("The side won by one point in overtime.", [(1, None, "point", "exact")]),
])
def test_decimals_written_out(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "percent points", "per cent points": percentage points as some outlets write them
    ("Food inflation rose 0.38 percent points in May.", [(0.38, None, "percentage point", "up")]),
    ("The rate was 1.2 per cent points above target.", [(1.2, None, "percentage point", "exact")]),
])
def test_percent_points_are_percentage_points(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "higher compared to", "lower relative to": a comparison, as "higher than" is
    ("Core prices are 2.1 percent higher compared to a year ago.", [(2.1, None, "percent", "exact")]),
    ("Output was 3% lower relative to 2019.", [(3, None, "percent", "exact")]),
    # (the day's move stays a move)
    ("The euro was 0.4% higher at $1.09.", [(0.4, None, "percent", "up"), (1.09, None, "dollar", "exact")]),
])
def test_a_comparison_with_compared_to(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a decimal comma before a share or a scale, as South African and European copy writes it
    ("Output shrank by 2,3% in the quarter.", [(2.3, None, "percent", "down")]),
    ("Provinces spent R45,6 billion on salaries.", [(45.6e9, None, "south african rand", "exact")]),
    ("About 1,8 million people were affected.", [(1.8e6, None, "people", "approximately")]),
    # (a comma before three digits groups thousands; a list keeps its numbers apart)
    ("The fund has 1,800 members.", [(1800, None, "member", "exact")]),
    # a scale after a hyphen, after an amount glued to its currency
    ("Revenue rose to R2.4-trillion.", [(2.4e12, None, "south african rand", "exact")]),
    ("Spending rose by R18-billion.", [(18e9, None, "south african rand", "up")]),
])
def test_decimal_commas_and_hyphened_scales(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a share, then the same change as an amount, joined by "or" with no comma: one change twice,
    # and the share keeps its own unit
    ("The surplus narrowed by 2.4 per cent or $61 million.",
     [(2.4, None, "percent", "down"), (61e6, None, "dollar", "down")]),
    ("Shares fell 40 pence or 3% on Friday.", [(40, None, "penny", "down"), (3, None, "percent", "down")]),
    # (two shares joined by "or" are two guesses)
    ("Prices may rise 4% or 5% next year.", [(4, None, "percent", "up"), (5, None, "percent", "exact")]),
])
def test_a_change_restated_after_or(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # both ends of a range keep their minus sign and their plural scale
    ("The balance moved from -$3.1bn in March to -$4.6bn in April.", [(-3.1e9, -4.6e9, "dollar", "range")]),
    ("Sales slipped to 81.2 millions from 95.4 millions.", [(95.4e6, 81.2e6, "-", "range")]),
])
def test_the_second_end_of_a_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated verb of going above a level makes it a ceiling
    ("The fiscal rule says borrowing must not exceed 3.5% of output.", [(3.5, None, "percent", "at_most")]),
    ("Public debt should never exceed 60 percent of GDP.", [(60, None, "percent", "at_most")]),
    # (the plain verb still makes a floor)
    ("Exports topped $40 billion in May.", [(40e9, None, "dollar", "more_than")]),
])
def test_a_negated_threshold_is_a_ceiling(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a glued "m" is millions when a plural noun follows "of", or the verb it hangs from counts money
    ("The scheme will help up to 3m of the country's poorest families.", [(3e6, None, "country poor family", "at_most")]),
    ("The change will cost about 20m next year and then 25m in each later year.",
     [(20e6, None, "-", "approximately"), (25e6, None, "-", "exact")]),
    # (metres stay metres)
    ("The crew lowered 3m of cable into the shaft.", [(3, None, "metre", "exact")]),
    ("The river rose 2m overnight.", [(2, None, "metre", "up")]),
])
def test_a_glued_m_counted_in_millions(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lower-case "c" glued to an amount in a sentence about money is cents
    ("Quarterly EPS came in at 52c, up from 47c.", [(52, None, "cent", "exact"), (47, None, "cent", "exact")]),
    # (in a sentence about the weather it is degrees)
    ("Temperatures reached 33c on Tuesday.", [(33, None, "celsius", "exact")]),
])
def test_cents_glued_as_c(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year right after the period it dates is no quantity
    ("Second quarter 2023 sales rose 6%.", [(6, None, "percent", "up")]),
    ("Fiscal 2025 revenue is seen at $4 billion.", [(4e9, None, "dollar", "exact")]),
])
def test_a_year_after_its_period(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # East African shillings glued to an amount written as money
    ("The authority collected Sh1.86 trillion in the year.", [(1.86e12, None, "kenyan shilling", "exact")]),
    ("The county spent Sh45.2 billion on roads.", [(45.2e9, None, "kenyan shilling", "exact")]),
    # (a road keeps its name)
    ("Take SH1 north of the city.", []),
])
def test_shillings_glued_to_the_amount(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # more quarters than make a whole are a period, not a share
    ("Growth slowed after six quarters of gains.", [(6, None, "quarter", "exact")]),
    # a share right after a verb of change the parser hung elsewhere keeps the verb's way
    ("The index fell as food prices slumped 4.4 percent and fuel prices eased.", [(4.4, None, "percent", "down")]),
])
def test_quarters_and_shares_after_a_change_verb(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second share after "and" shares the change said once before the first
    ("Steel and copper prices were lower (down 1.9 percent and 3.1 percent, respectively).",
     [(1.9, None, "percent", "down"), (3.1, None, "percent", "down")]),
    ("Orders rose 0.6% seasonally adjusted and 4.2% unadjusted.", [(0.6, None, "percent", "up"), (4.2, None, "percent", "up")]),
    # (a share of a group after "and" is no change)
    ("Sales fell 3% and 20% of stores closed early.", [(3, None, "percent", "down"), (20, None, "percent", "exact")]),
])
def test_a_second_share_after_and(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "picked up to", "sped up to": the particle gives the way, "to" the level reached
    ("Money supply growth picked up to 1.2 percent in May.", [(1.2, None, "percent", "exact")]),
    # a scale, a hyphen and "pound": pounds of money ("a 3.1 billion-pound fall")
    ("It was the largest since June's 3.1 billion-pound fall.", [(3.1e9, None, "pound sterling", "exact")]),
    # (a weight stays a weight)
    ("The 300-pound tackle signed a new deal.", [(300, None, "pound-mass", "exact")]),
])
def test_pick_up_to_and_billion_pound(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "year-on-year", "y/y" after a bare number say how a change was measured: no unit
    ("Retail sales were up 3.7 year-on-year.", [(3.7, None, "-", "up")]),
    ("The figure was revised to 2.2 y/y.", [(2.2, None, "-", "exact")]),
    # (a duration stays a duration)
    ("The slump lasted two years.", [(2, None, "year", "exact")]),
])
def test_period_on_period_is_no_unit(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year that dates the noun after it is no quantity
    ("Imports were worth $310 billion (2021 data).", [(310e9, None, "dollar", "exact")]),
    ("Output is measured in 2015 prices.", []),
    # (a count before a counted noun stays a count)
    ("The plant employs 2100 workers.", [(2100, None, "worker", "exact")]),
])
def test_a_year_dating_a_noun(read, text, expected):
    assert read(text) == expected
