"""Qualifiers around a number, from a grammar battery of hedges: estimates and bounds before the
number (also past a currency code), before a range, after the number's unit, and the words that
look like hedges but are not one."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # an estimate the shared tables lacked
    ("The refit took the better part of 18 months.", [(18, None, "month", "approximately")]),
    ("The bid is in the neighbourhood of $75 million.", [(75000000, None, "dollar", "approximately")]),
    ("Possibly 900 homes were flooded.", [(900, None, "home", "approximately")]),
    # a floor and a ceiling the tables lacked
    ("Winds topping 90 mph hit the island.", [(90, None, "mile per hour", "more_than")]),
    ("Copper slipped to south of $8,000 a tonne.", [(8000, None, "dollar per metric ton", "less_than")]),
    # the numbers layer reads no hedge past a currency code
    ("Over Rs. 80 crore was recovered.", [(800000000, None, "indian rupee", "more_than")]),
    # a count a verb of going above takes is a floor
    ("Subscriptions surpassed 3 million users.", [(3000000, None, "user", "more_than")]),
    # a level being neared is an estimate
    ("The reservoir is nearing 95% capacity.", [(95, None, "percent", "approximately")]),
    # an age bound in words
    ("Pupils under the age of 11 must be accompanied.", [(11, None, "age", "less_than")]),
    ("Tenants over the age of 70 pay no fee.", [(70, None, "age", "more_than")]),
    # non-native copy's "over than"
    ("Over than 250 shops were shut.", [(250, None, "shop", "more_than")]),
    # the numbers layer reads no hedge before an "out of" share, nor past a spaced currency code
    ("Nearly 8 out of 10 drivers speed.", [(0.8, None, "% driver", "approximately")]),
    ("The fund holds about USD 70 million.", [(70000000, None, "dollar", "approximately")]),
    # caps and floors of notices, and an estimate against another
    ("A max of 6 guests may stay.", [(6, None, "guest", "at_most")]),
    ("Minimum 3 years of service is needed.", [(3, None, "year", "at_least")]),
    ("At a minimum, 80 posts will be cut.", [(80, None, "post", "at_least")]),
    ("The real figure is more like 4,000.", [(4000, None, "-", "approximately")]),
    ("The bid is in the range of £8m.", [(8000000, None, "pound sterling", "approximately")]),
    # (a range in that frame stays a range)
    ("Margins are in the range of 10-12%.", [(10, 12, "percent", "range")]),
])
def test_hedge_before_the_number(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an estimate before a range with a currency sign, or before "between"
    ("The refit will cost roughly $3m-$4m.", [(3000000, 4000000, "dollar", "approximately")]),
    ("Somewhere between 40 and 60 cars were towed.", [(40, 60, "car", "approximately")]),
    # a looser word, or a vague plural, before a range leaves it a range
    ("An estimated hundreds of thousands fled.", [(100000, 1000000, "-", "range")]),
    ("The loss is thought to be between 2 and 3 billion euros.", [(2000000000, 3000000000, "euro", "range")]),
])
def test_hedge_before_a_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hedge closing the phrase after the unit
    ("The drive takes 25 minutes or so.", [(25, None, "minute", "approximately")]),
    ("Expect a delay of three hours at most.", [(3, None, "hour", "at_most")]),
    ("A new roof costs $9,000 tops.", [(9000, None, "dollar", "at_most")]),
    ("The climb is 6 km, give or take.", [(6, None, "kilometre", "approximately")]),
    ("Recovery takes 8 weeks at least.", [(8, None, "week", "at_least")]),
    ("The tally is 1,200 and counting.", [(1200, None, "-", "at_least")]),
    ("Wage growth will be 1.5% at best.", [(1.5, None, "percent", "at_most")]),
    ("The club has 60 odd members.", [(60, None, "member", "approximately")]),
    ("Drivers rest 45 minutes a shift or more.", [(45, None, "minute per shift", "at_least")]),
    ("The march drew 8,000 people, give or take a few.", [(8000, None, "people", "approximately")]),
    # a hedge after a rate
    ("The broker expects a dividend of 12 cents a share at most.", [(12, None, "cent per share", "at_most")]),
    # a hedge word is no unit, nor is the emphasis before the number
    ("The audience was 5,000 or thereabouts.", [(5000, None, "-", "approximately")]),
    ("A whopping 9,000 tickets sold in an hour.", [(9000, None, "ticket", "exact")]),
    ("She ended a 30-plus-year career.", [(30, None, "year", "more_than")]),
    # not a hedge: the phrase goes on, or "tops" are clothes
    ("The pair met 4 times at least once a year.", [(4, None, "count", "exact")]),
    ("She packed 3 tops and a coat.", [(3, None, "top", "exact")]),
    ("The shop sold 40 crop tops.", [(40, None, "crop top", "exact")]),
])
def test_hedge_after_the_unit(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "over" after a noun of dispute names the topic
    ("The feud over 4 fishing licences escalated.", [(4, None, "fishing licence", "exact")]),
    # "over", "about", "around" governed by the verb before, with counted things after
    ("The councillors squabbled over 6 parking bays.", [(6, None, "parking bay", "exact")]),
    ("The minister spoke about 3 new hospitals.", [(3, None, "new hospital", "exact")]),
    ("Tourists strolled around 2 ponds.", [(2, None, "pond", "exact")]),
    # a measure after them stays hedged; elsewhere they are still hedges
    ("The minister spoke about 40 minutes.", [(40, None, "minute", "approximately")]),
    ("The festival drew over 4,000 visitors.", [(4000, None, "visitor", "more_than")]),
])
def test_preposition_not_hedge(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year after an abbreviated circa is a date
    ("The chapel, built c. 1720, needs $2m of repairs.", [(2000000, None, "dollar", "exact")]),
    ("The coin dates from ca. 200 BC.", []),
    # a count after it is still an estimate
    ("The camp held c. 1200 prisoners.", [(1200, None, "prisoner", "approximately")]),
])
def test_circa_year(read, text, expected):
    assert read(text) == expected
