"""Health, population, education and labour copy: open-ended ages, ages a clause states, exam
grades, vague plurals that are nouns, and shares of the top of a distribution."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # an age left open above: "and over", "or older", "and above"
    ("Flu jabs are free for people aged 70 and over.", [(70, None, "year of age", "at_least")]),
    ("Men aged 45 or older should have their cholesterol checked.", [(45, None, "year of age", "at_least")]),
    ("Residents aged 60 and above, the council said, qualify for a bus pass.",
     [(60, None, "year of age", "at_least")]),
    # an age left open below, even when the parser takes "under" for a preposition
    ("Toddlers aged three and under eat for free at the cafe.", [(3, None, "year of age", "at_most")]),
    ("Pupils aged 11 or younger must be collected by a parent.", [(11, None, "year of age", "at_most")]),
    # "or more" bounds any count ("and more" only lists more things)
    ("Households with four or more children get extra support.", [(4, None, "child", "at_least")]),
    # "and over" before a noun phrase is a period or a place, not a bound
    ("Fees went up by 3% and over the summer enrolment fell.", [(3, None, "percent", "up")]),
])
def test_open_ended_bound_after_the_number(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, q) for v, m, u, q in expected]


@pytest.mark.parametrize("text, expected", [
    # the clause's subject is an age: a bare number, a number of years, a range from one to another
    ("The average age of nurses on the ward is 46.", [(46, None, "year of age")]),
    ("The mean age of the first-time buyers was 33.5 years.", [(33.5, None, "year of age")]),
    ("The state pension age will go from 66 to 67 next decade.", [(66, 67, "year of age")]),
    ("The minimum age for buying tobacco was raised to 21.", [(21, None, "year of age")]),
    # a number of years that is no age stays years
    ("The average mortgage term is now 30 years.", [(30, None, "year")]),
    # a year or a large count is not an age
    ("The age of the oldest tree in the park is disputed, and 4,000 visitors came.", [(4000, None, "visitor")]),
])
def test_an_age_the_clause_states(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    got = [(q.value, q.value_max, q.unit) for q in find_quantities(nlp_model(text))]
    assert got == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # plural ages: "16-year-olds", "two-year-olds"
    ("Nearly half of the 16-year-olds in the county took the test.", [(0.5, "% year-old"), (16, "year of age")]),
    ("Free places are offered to two-year-olds from poorer families.", [(2, "year of age")]),
])
def test_plural_ages(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, value, amperes", [
    # a capital A after a spelled-out number, or before a star or "grades", is an exam grade
    ("She won a place at medical school with four A grades.", 4, False),
    ("He needs three A* grades to get into medicine.", 3, False),
    ("She got 3 A* grades and a B.", 3, False),
    # amperes keep their symbol after digits
    ("The charger draws 3 A at full load.", 3, True),
])
def test_exam_grades_are_not_amperes(units, text, value, amperes):
    (got, unit), = units(text)
    assert got == pytest.approx(value)
    assert (unit == "ampere") is amperes


@pytest.mark.parametrize("text, expected", [
    # "scores" is a number only before "of": "scores of families"
    ("Reading scores improved by 6 points at the academy.", [(6, "point")]),
    ("Exam scores rose sharply this summer.", []),
    ("Scores of families queued for food parcels.", [(20, "family")]),
])
def test_scores_the_noun_is_no_number(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "the top 10%" is a share of a distribution, not a rank
    ("The top 10% of households own 45% of the wealth.", [(10, "percent"), (45, "percent")]),
    ("The state's top 5 percent of earners pay most of the tax.", [(5, "percent")]),
    # a rank stays out: "the top three"
    ("The school is in the top three in the region.", []),
])
def test_a_top_share_is_a_quantity(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a word before the verb does not describe what the object counts
    ("The nine-year-old scored three goals.", [(9, "year of age"), (3, "goal")]),
    # a word of the noun phrase before the number still does: "a record 32 goals"
    ("The striker scored a record 41 goals.", [(41, "record goal")]),
])
def test_modifiers_before_the_number(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the level after a change and its period is not counted in the period's unit
    ("Enrolment has grown by 4,000 in three years to 31,500.",
     [(4000, "-", "up"), (3, "year", "exact"), (31500, "-", "exact")]),
    ("Union membership fell 6% over two years to 210,000.",
     [(6, "percent", "down"), (2, "year", "exact"), (210000, "-", "exact")]),
    # a level after a change in a unit still shares it
    ("The waiting time rose by 3 weeks to 21.", [(3, "week", "up"), (21, "week", "exact")]),
])
def test_a_level_after_the_period_of_a_change(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a whole "and a half" times a scale after it
    ("One and a half million patients are waiting for scans.", [(1.5e6, "patient")]),
    ("Three and a half thousand jobs will go at the council.", [(3500, "job")]),
    # with no scale it stays the whole and a half
    ("The operation took four and a half hours.", [(4.5, "hour")]),
])
def test_and_a_half_with_a_scale(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a change in per cent, then money after "to": the level, not a range
    ("Carers' pay will rise by 6.2pc to £12.60 an hour.",
     [(6.2, None, "percent", "up"), (12.6, None, "pound sterling per hour", "exact")]),
    # money on both sides is still a change and its level
    ("Fees rose by $40 to $560.", [(40, None, "dollar", "up"), (560, None, "dollar", "exact")]),
])
def test_a_percent_change_then_money(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, c) for v, m, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # decades of life in a list: none of them is seconds
    ("Most of the patients were in their 50s and 60s.", []),
    ("Volunteers in their 30s, 40s and 50s took part, 212 in all.", [(212, "-")]),
    # a time in seconds keeps its decimals
    ("She swam the lengths in 31.20s and 30.90s.", [(31.2, "second"), (30.9, "second")]),
])
def test_decades_in_a_list(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a type of a disease and a school year group are labels
    ("Nearly 9,000 children have type 1 diabetes.", [(9000, "child")]),
    ("Year 11 students will sit their exams in June.", []),
    ("All year 2 pupils get free fruit.", []),
    # after "last year" the number counts again
    ("Last year 40 pupils were excluded.", [(40, "pupil")]),
])
def test_labels_in_health_and_school_copy(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the parser hangs "by" on the object, the verb of change is still the one before it
    ("The new drug reduced hospital stays by 30%.", [(30, "percent", "down")]),
    ("The trust cut waiting lists by a fifth.", [(0.2, "% -", "down")]),
    # "by" after a verb of no change is the doer
    ("The ward was staffed by 14 nurses.", [(14, "nurse", "exact")]),
])
def test_by_after_a_misread_verb(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a share with its noun inside: "one <noun> in N"
    ("One woman in seven will develop the disease.", [(1 / 7, "% woman")]),
    ("Roughly one teacher in ten quits within a year.", [(0.1, "% teacher")]),
    ("The virus infected one resident in every twenty.", [(0.05, "% resident")]),
    # a count, then another count, is no share
    ("He won one race in four starts.", [(1, "race"), (4, "start")]),
    ("One goal in five games came from a corner.", [(1, "goal"), (5, "game")]),
])
def test_one_noun_in_n(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a count per area is a density
    ("The capital has 11,000 residents per square kilometre.", [(11000, "resident per square kilometre")]),
    ("Growers plant 2,500 vines per hectare.", [(2500, "vine per hectare")]),
    # "a" before a thing that is no time or area stays out of the unit
    ("The city has 2.4 doctors a clinic on average.", [(2.4, "doctor")]),
])
def test_a_density(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "at" and a bare number after a life's event is an age
    ("He became a paramedic at 19.", [(19, "year of age")]),
    ("Most miners in the valley left school at 15.", [(15, "year of age")]),
    ("The surgeon, who pioneered the technique, retired at 68.", [(68, "year of age")]),
    # life expectancy "at" an age
    ("Life expectancy at 60 is 22 more years for women.", [(60, "year of age"), (22, "year")]),
    # after other verbs it is a level
    ("The index closed at 48.", [(48, "-")]),
    ("The fee was set at 40.", [(40, "-")]),
    # a share of people "over" a bare number is an age
    ("Two-thirds of them over 80 live alone.", [(2 / 3, "% -"), (80, "year of age")]),
    # people who "are over" or "were under" a bare number: an age
    ("Two in five farmers are over 60.", [(0.4, "% farmer"), (60, "year of age")]),
    ("Many of the patients were under 16.", [(16, "year of age")]),
    # a thing above a bare number is a level
    ("The reading is above 40.", [(40, "-")]),
])
def test_ages_after_at_and_over(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "zero-" compounded with a noun names a kind, even before a unit word
    ("Staff on zero-hours contracts were not paid.", []),
    # "zero" on its own is still a number
    ("Unemployment benefit claims in the town fell to zero.", [(0, "-")]),
])
def test_zero_compounds(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a suspended hyphen and "to": one range in the second number's unit
    ("Turnout among 18- to 24-year-olds was the lowest.", [(18, 24, "year of age")]),
    ("Patients face a 30- to 40-minute wait at the clinic.", [(30, 40, "minute")]),
    # with "or" the two sizes stay apart
    ("Buyers can pick a 6- or 8-seat model.", [(6, None, "seat"), (8, None, "seat")]),
])
def test_suspended_hyphen_range(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    got = [(q.value, q.value_max, q.unit) for q in find_quantities(nlp_model(text))]
    assert got == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "the" or a possessive before a count names a known group, not how much changed
    ("Higher rents are squeezing the 3 million families who rent.", [(3e6, "family", "exact")]),
    ("The trust cut its 40 agency nurses to save money.", [(40, "agency nurse", "exact")]),
    # a bare count after a change verb of adding still moves
    ("The clinic added 40 beds.", [(40, "bed", "up")]),
])
def test_a_definite_count_is_no_change(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == [(pytest.approx(v), u, c) for v, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # clinical units of concentration
    ("Fasting glucose above 7 mmol/L points to diabetes.", [(7, "millimole per litre")]),
    ("Her reading was 4.8mmol/l after the meal.", [(4.8, "millimole per litre")]),
    # a plural of initials is counted in the singular
    ("Eight in 10 GPs back the plan.", [(0.8, "% gp")]),
    ("More than 60 NGOs signed the letter.", [(60, "ngo")]),
    # a share written with hyphens
    ("Smokers face a one-in-three risk of dying early.", [(1 / 3, "% risk")]),
])
def test_clinical_units_initials_and_hyphened_shares(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a count per a base of population is one rate
    ("The measles rate reached 38 cases per 100,000 children.", [(38, "case per 100,000 child")]),
    ("Stillbirths fell to 3.3 deaths per 1,000 births.", [(3.3, "death per 1,000 birth")]),
    ("The region has 1.9 nurses for every 1,000 residents.", [(1.9, "nurse per 1,000 resident")]),
    ("Homicides stood at 5.1 killings per 100,000.", [(5.1, "killing per 100,000")]),
    # a bare rate keeps its base apart
    ("Cases fell to 95 per 100,000 people.", [(95, "-"), (100000, "people")]),
])
def test_a_rate_per_base_of_population(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a count "per" one thing in the singular is a rate
    ("Women in the region have 2.1 children per woman on average.", [(2.1, "child per woman")]),
    ("The ward logs 0.8 falls per patient each year.", [(0.8, "fall per patient")]),
    # "per" a base of people or a plural is no rate of one thing
    ("Clinics saw 14 patients per 1,000 residents.", [(14, "patient per 1,000 resident")]),
])
def test_a_count_per_one_thing(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "turn" and a bare number: an age reached
    ("My grandmother turned 104 last week.", [(104, "year of age")]),
    ("The health service turns 75 this summer.", [(75, "year of age")]),
    # a count after "turned" or a conversion is no age
    ("The shelter turned 40 families away.", [(40, "family")]),
    ("The coach turned 3 into 12.", [(3, "-"), (12, "-")]),
])
def test_turning_an_age(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a collective noun after a compound takes the plural count itself
    ("The carrier will recruit 1,400 cabin crew.", [(1400, "cabin crew")]),
    ("The trust employs 650 support staff.", [(650, "support staff")]),
    # a singular noun before another still names what a compound adjective counts
    ("He wrote a 40 page report.", [(40, "page")]),
])
def test_collective_nouns_after_a_compound(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "a population of" names the whole a place holds, not more of the count before it
    ("The island has two doctors for a population of 9,000.", [(2, None, "doctor", "exact"), (9000, None, "-", "exact")]),
    ("Half of pupils took part in the last three years, a poll of 2,000 showed.",
     [(0.5, None, "% pupil", "exact"), (3, None, "year", "exact"), (2000, None, "-", "exact")]),
    # a part or a level of the count before still shares its noun
    ("Police logged 31 thefts this month, against an average of 25 per month last year.",
     [(31, None, "theft", "exact"), (25, None, "theft per month", "exact")]),
    # "average" as a verb before the number hedges it
    ("Nursery fees average £14,000 a year in the capital.",
     [(14000, None, "pound sterling per year", "approximately")]),
    # "the average" before it is a noun's modifier: no hedge
    ("The average £300 bill was paid late.", [(300, None, "pound sterling", "exact")]),
])
def test_population_of_and_average_as_a_verb(read, text, expected):
    assert read(text) == [(pytest.approx(v), m, u, q) for v, m, u, q in expected]
