"""Change labels in company results and economic statistics: the level reached after a verb of
movement and its particle."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "ticked up to", "edged down to": the particle gives the way, "to" the level reached, no change
    # (where the parser reads "to" as part of the number, and the number as the object of the verb)
    ("Unemployment ticked up to 3.8% in February.", [(3.8, None, "percent", "exact")]),
    ("Yields ticked up to 4.25% on Friday.", [(4.25, None, "percent", "exact")]),
    # (and where it reads "to" as a preposition)
    ("Core inflation edged down to 2.9% last month.", [(2.9, None, "percent", "exact")]),
    ("The jobless rate inched up to 5%.", [(5, None, "percent", "exact")]),
    # (a change stated after the particle keeps its way, and the level after it is a level)
    ("Consumer prices ticked up 0.3% in June.", [(0.3, None, "percent", "up")]),
    ("The shares edged down 1.2% to 410 pence.", [(1.2, None, "percent", "down"), (410, None, "penny", "exact")]),
    # (a bound after a verb that is no verb of movement stays a bound)
    ("The bank will hire up to 300 staff.", [(300, None, "staff", "at_most")]),
])
def test_a_particle_before_to_names_the_level_reached(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "ended the day 3% higher": the parser hangs the comparative on the session, not the verb
    ("The shares ended the day 4.2% higher at $61.30.", [(4.2, None, "percent", "up"), (61.3, None, "dollar", "exact")]),
    ("The index finished the week 1.8% lower.", [(1.8, None, "percent", "down")]),
    ("The bank's stock closed the year 35% lower.", [(35, None, "percent", "down")]),
    # (a level then how far above it is a comparison, as before)
    ("The index closed at 7,400, 2% higher than a week ago.", [(7400, None, "-", "exact"), (2, None, "percent", "exact")]),
])
def test_a_session_named_between_the_verb_and_the_change(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "an average of", "a total of" between a change verb and the size of the change
    ("Rents rose an average of 6.8% last year.", [(6.8, None, "percent", "up")]),
    ("The index gained a total of 250 points this week.", [(250, None, "point", "up")]),
    # (after "to" the average is the level reached)
    ("Rents rose to an average of £1,300 a month.", [(1300, None, "pound sterling per month", "exact")]),
])
def test_an_average_of_after_a_change_verb(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb that usually takes what it changes, measured in points or percent: the size of the change
    ("Gross margins expanded 70 bps to 38.2%.", [(70, None, "basis point", "up"), (38.2, None, "percent", "exact")]),
    ("Operating margins widened 50 basis points.", [(50, None, "basis point", "up")]),
    ("The bank improved its capital ratio 40 basis points.", [(40, None, "basis point", "up")]),
    ("The IMF cut its forecast 0.3 percentage points.", [(0.3, None, "percentage point", "down")]),
    # (a share of what was cut, a count of what was cut, and a level reached stay no change)
    ("The firm will cut 7% of its workforce.", [(7, None, "percent", "exact")]),
    ("The company cut 3,000 jobs.", [(3000, None, "job", "exact")]),
    ("The group widened its lead to 5 points.", [(5, None, "point", "exact")]),
])
def test_a_change_in_points_after_a_transitive_verb(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sum or a share taken off a value is a fall of that value
    ("The sell-off wiped $40 billion off the company's market value.", [(40e9, None, "dollar", "down")]),
    ("The profit warning knocked 15% off the share price.", [(15, None, "percent", "down")]),
    ("The plunge erased $30 billion from its value.", [(30e9, None, "dollar", "down")]),
    ("The heatwave knocked 0.2 percentage points off growth.", [(0.2, None, "percentage point", "down")]),
    # (a count of what was moved, and an amount wiped out with no value it came off, stay no change)
    ("The storm knocked 300 trees off the ridge.", [(300, None, "tree", "exact")]),
    ("The crisis wiped out $2 billion in savings.", [(2e9, None, "dollar", "exact")]),
])
def test_an_amount_taken_off_a_value(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "to add" in the infinitive is no "to" of what the number is added to
    ("The chain plans to add 300 locations next year.", [(300, None, "location", "up")]),
    ("The economy is expected to add 150,000 jobs.", [(150_000, None, "job", "up")]),
    # (as "added", which it was before)
    ("Employers added 210,000 jobs in May.", [(210_000, None, "job", "up")]),
    # (what is added to something is no change of a level)
    ("The levy will add $10,000 to the price of a home.", [(10_000, None, "dollar", "exact")]),
])
def test_to_add_in_the_infinitive(read, text, expected):
    assert read(text) == expected
