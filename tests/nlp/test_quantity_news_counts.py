"""Counts and measures in conflict and protest news: what is counted, and what is no quantity."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a year inside a full date is no quantity, even before 1800
    ("The charter was sealed on May 3, 1650, by the council.", []),
    ("The fort fell in March 1521 after a siege.", []),
    # a count of that size is still a count
    ("The fort held 1500 soldiers.", [(1500, "soldier")]),
    # a year after "in" that nothing counted follows; the second day of a pair after a month
    ("About 300 were killed in 1572 in the north.", [(300, "-")]),
    ("The town had 1500 houses in 1700.", [(1500, "house")]),
    ("Tests were held on May 11 and 13, officials said.", []),
    # digits and a spelled-out count after them are two numbers, not one
    ("In 1993 one of his brothers was arrested.", [(1, "brother")]),
    # "a few hundred million" states no number
    ("The vaccine reached a few hundred million people.", []),
    # a spelled-out number in a name counts nothing
    ("Ministers met before the Group of Seven summit.", []),
    # a quote mark after the number closes a quotation; it marks no inches
    ('The raid left two dead and wounded "at least 40".', [(2, "-"), (40, "-")]),
    ('The monitor is 27" wide.', [(27, "inch")]),
    # "one" before a hyphenated unit is a measure
    ("The army declared a one-week truce.", [(1, "week")]),
    ("They walked a one-mile route.", [(1, "mile")]),
])
def test_what_is_a_quantity(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a hyphenated noun is counted whole
    ("Some 300 neo-Fascists marched through the old town.", [(300, "neo-fascist")]),
    ("The clinic hired 4 co-workers.", [(4, "co-worker")]),
    # a hyphenated modifier before the noun stays in the phrase
    ("A 900-strong U.N. peace-keeping force guards the line.", [(900, "u.n. peace-keeping force")]),
    # a second guess set off by commas shares the noun after it
    ("They want dozens, perhaps hundreds, of detainees freed.", [(12, "detainee"), (100, "detainee")]),
    # a number before a hyphenated unit keeps the unit ("billion-dollar" is no noun)
    ("They run a billion-dollar trade in fuel.", [(1e9, "dollar")]),
    # the wire services' abbreviation of dollars, before or after the number
    ("Gold fell dlrs 3.10 to dlrs 402.50 an ounce.", [(3.10, "dollar"), (402.50, "dollar per ounce")]),
    ("The deal was worth 40 million dlrs.", [(4e7, "dollar")]),
    # a dash the tagger reads as a noun is no unit
    ("Police counted 16 _ all of them students.", [(16, "-")]),
    # "others" takes a counted noun before it, never a measure, nor a part named with "including"
    ("The blasts killed 80 people including 9 foreigners and injured 400 others.",
     [(80, "people"), (9, "foreigner"), (400, "people")]),
    ("Ten people, including four women and three children, died and eight others were hurt.",
     [(10, "people"), (4, "woman"), (3, "child"), (8, "people")]),
    ("The remains of two men were found, and four others were seen nearby.", [(2, "man"), (4, "man")]),
    # people harmed are no bombs: "others" then skips things counted before
    ("Two bombs exploded, killing a guard and wounding six others.", [(2, "bomb"), (6, "other")]),
    # "others" takes the count in the same role first (subjects both, not the rallies)
    ("At least 500,000 people marched in three large rallies, while 300,000 others rallied in the north.",
     [(500000, "people"), (3, "large rally"), (300000, "people")]),
    ("Twenty minutes later a second bomb killed a guard and wounded six others.", [(20, "minute"), (6, "other")]),
    ("Rebels burned 40 huts and looted 25 others.", [(40, "hut"), (25, "hut")]),
    # a bare "which" names no part of what was counted before
    ("Three months after the quake, which left thousands homeless, aid arrived.",
     [(3, "month"), (1000, "-")]),
    ("The bank sold 8 million shares, of which 3 million went to pension funds.",
     [(8e6, "share"), (3e6, "share")]),
])
def test_counted_noun(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the noun a coordinated clause leaves out, before the number
    ("Nine villagers were killed and fifteen injured in the raid.", [(9, "villager"), (15, "villager")]),
    # or after it, for a bare object
    ("The blast ended killing 4 and injuring another 9 people.", [(4, "people"), (9, "people")]),
    # a breakdown by place shares the noun (or measure) of the first number
    ("In all 20 miners died, including eight in the north, ten in the west and two elsewhere.",
     [(20, "miner"), (8, "miner"), (10, "miner"), (2, "miner")]),
    ("Exports rose 40 tonnes in March, 55 in April.", [(40, "metric ton"), (55, "metric ton")]),
    ("Police held 30 fans: 18 in the north stand and 12 outside.", [(30, "fan"), (18, "fan"), (12, "fan")]),
    # a bound before the bare number, or a state the tagger reads as a noun
    ("At least 30 people were killed and over 60 wounded in the town.", [(30, "people"), (60, "people")]),
    ("The clashes left four people dead and 90 hurt.", [(4, "people"), (90, "people")]),
    # "more" after the bare number; a day name after it is not what is counted
    ("Ten guards were killed in the raid, and dozens more wounded.", [(10, "guard"), (12, "guard")]),
    ("Twelve miners were killed and 30 wounded Friday when the tunnel collapsed.", [(12, "miner"), (30, "miner")]),
    # a result before the number ("shot dead") does not describe what is counted
    ("Troops shot dead three armed men at the gate.", [(3, "armed man")]),
    ("Officials said nine people were killed and at least 25 wounded in the blasts.", [(9, "people"), (25, "people")]),
    # a part counted with "of which", "of them"
    ("Troops seized six trucks, two of which carried arms.", [(6, "truck"), (2, "truck")]),
    ("Three guards and two others were hurt, two of whom later died.", [(3, "guard"), (2, "guard"), (2, "guard")]),
    # a bare "others" lends no noun to the part
    ("Gunmen clashed with four others, two of whom were hurt.", [(4, "other"), (2, "-")]),
    # two spelled-out numbers side by side are two numbers
    ("The gang shot three men and wounded two four days ago.", [(3, "man"), (2, "-"), (4, "day")]),
    # no noun is borrowed across a time phrase
    ("Two days later, 30 were wounded.", [(2, "day"), (30, "-")]),
])
def test_elided_noun(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.fixture(scope="module")
def changes(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple[float, str | None]]:
        return [(q.value, q.change) for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # a phrasal verb acting on counted things states no change
    ("Air defences shot down three drones overnight.", [(3, None)]),
    # the doer of a passive and a measure that describes a noun state no change
    ("The plane was downed by two fighter jets.", [(2, None)]),
    ("He lost his 10-day fight for life.", [(10, None)]),
    ("Prices were cut by 5% last month.", [(5, "down")]),
    ("Police rounded up 45 suspects.", [(45, None)]),
    # a level that moved keeps its direction
    ("Oil prices shot up 7% on Monday.", [(7, "up")]),
])
def test_particle_change(changes, text, expected):
    assert changes(text) == [(pytest.approx(v), c) for v, c in expected]
