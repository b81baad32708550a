"""Numbers a quantity extractor skips because they name a time, a date or a vote, not an amount."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "12 noon" and "12 midnight" are clock times
    ("The shops will stay shut from 10 am to 12 noon.", []),
    ("Curfew begins at 12 midnight.", []),
    # a span of clock times: the first end has no time word of its own
    ("Power will be off from 5 to 8 am in the east of the city.", []),
    # two days of one month
    ("Talks were held on 12 and 13 November in the capital.", []),
    ("Fighting raged on 3 and 4 May.", []),
    ("The council meets between July 4 and 10 in the capital.", []),
    # (a count after a date stays)
    ("On May 5 and 10 people were hurt.", [(10, "people")]),
    # a list of days of one month
    ("The tests will be held on April 1, 2 and 3.", []),
    # the 24-hour clock, with the time in another zone or "hours" after it
    ("The blast went off at 2130 (0130 GMT) on Thursday.", []),
    ("Troops were due to move at 1300 hours.", []),
    ("The guards were to be relieved at 1300.", []),
    ("Around 1400 yesterday, students blocked the avenue.", []),
    # a measure after a four-digit number keeps it a quantity
    ("The camp sits at 1300 metres above sea level.", [(1300, "metre")]),
])
def test_times_and_dates_skipped(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a vote: the larger number first, no unit, no "from"
    ("The cabinet approved the plan by a majority of 14 to 2.", [(14, None), (2, None)]),
    ("The senate voted 52 to 47 to pass the bill.", [(52, None), (47, None)]),
    ("The vote was split almost evenly, 51% to 49%.", [(51, None), (49, None)]),
    # still a range: a unit after the numbers, or "from" before them
    ("The current density fell from 1.3 A/cm2 to 0.03 A/cm2.", [(1.3, 0.03)]),
    ("Growth is forecast at 2 to 3 percent.", [(2, 3)]),
    ("The rate was cut from 5% to 4%.", [(5, 4)]),
])
def test_tally_is_no_range(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    got = [(q.value, q.value_max) for q in find_quantities(nlp_model(text))]
    assert got == [(pytest.approx(v), w if w is None else pytest.approx(w)) for v, w in expected]


@pytest.mark.parametrize("text, expected", [
    # the number of an item in a numbered list
    ("2.  The agents did not follow the rules of conduct.", []),
    ("4. At dawn a unit attacked the base, 1 km from the town.", [(1, "kilometre")]),
    ("The statement reads as follows:    1.", []),
    # (a number that ends a sentence is still a number)
    ("The final score was 5. Fans left early.", [(5, "-")]),
])
def test_list_markers_skipped(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


def test_counts_after_a_month_and_comma_stay(nlp_model):
    # "In March, 12, ...": the month is not followed by a day, so the list counts
    from unrest.nlp.quantities import find_quantities

    got = [q.value for q in find_quantities(nlp_model("In March, 12, 15 and 20 people died in three attacks."))]
    assert got == [12, 15, 20, 3]
