"""Values said in groups: options listed with one unit or one rate, breakdowns of a total and
tables in prose (round 7, the "restate" battery)."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # three or more options joined by commas and a closing "or" are options, not a range
    ("Memberships cost $30, $45 or $60.", [(30, None, "dollar", "exact"), (45, None, "dollar", "exact"),
                                           (60, None, "dollar", "exact")]),
    ("The laptop ships with 8, 16 or 32 GB of memory.", [(8, None, "gigabyte", "exact"), (16, None, "gigabyte", "exact"),
                                                         (32, None, "gigabyte", "exact")]),
    # (two numbers joined by "or" alone stay a range)
    ("The repairs will take four or five weeks.", [(4, 5, "week", "range")]),
])
def test_options_of_a_comma_list_are_no_range(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a rate said after the last member belongs to every member
    ("Gym passes are £25, £35 or £50 a month.", [(25, None, "pound sterling per month", "exact"),
                                                 (35, None, "pound sterling per month", "exact"),
                                                 (50, None, "pound sterling per month", "exact")]),
    ("Bus and rail fares will rise by $1 and $2 a ride respectively.",
     [(1, None, "dollar per ride", "up"), (2, None, "dollar per ride", "up")]),
    # (an amount restated after ", or" as a rate of something else keeps its own unit)
    ("The chain lost $2.3 billion, or $4.10 a share.", [(2.3e9, None, "dollar", "down"), (4.1, None, "dollar per share", "down")]),
])
def test_a_rate_after_a_list_is_shared(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the part of a whole named before it
    ("Of the 60 passengers, 45 were rescued.", [(60, None, "passenger", "exact"), (45, None, "passenger", "exact")]),
    # a breakdown after a total and its intransitive verb
    ("Some 90 migrants drowned, 50 off the coast and 40 in the river.",
     [(90, None, "migrant", "approximately"), (50, None, "migrant", "exact"), (40, None, "migrant", "exact")]),
    # the next row of a table in prose
    ("Final tally: Greens 18 seats, Liberals 11, Reform 3.",
     [(18, None, "seat", "exact"), (11, None, "seat", "exact"), (3, None, "seat", "exact")]),
])
def test_a_bare_number_takes_the_unit_of_its_group(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a piece" says each, no rate per piece
    ("The vendors sell the mangoes at 40 rupees a piece.", [(40, None, "indian rupee", "exact")]),
])
def test_a_piece_means_each(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count out of a whole that is no round base: two counts, the part counting what the whole does
    ("The striker scored 11 out of 26 penalties.", [(11, None, "penalty", "exact"), (26, None, "penalty", "exact")]),
    # (a round base makes a ratio)
    ("Only 2 out of 10 drivers wear a seatbelt.", [(0.2, None, "% driver", "exact")]),
])
def test_a_count_out_of_a_whole(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun after "of them" names what the part counts
    ("The blast wounded 60 people, 22 of them women.", [(60, None, "people", "exact"), (22, None, "woman", "exact")]),
    # the part of a whole that opens the sentence with a bare "of"
    ("Of 800 entrants, 120 finished the race.", [(800, None, "entrant", "exact"), (120, None, "entrant", "exact")]),
])
def test_a_part_names_its_noun(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit said before the first member of a list belongs to every member
    ("The cousins are aged 9, 11 and 13.", [(9, None, "year of age", "exact"), (11, None, "year of age", "exact"),
                                            (13, None, "year of age", "exact")]),
    ("Seats cost $40, 60 or 80.", [(40, None, "dollar", "exact"), (60, None, "dollar", "exact"), (80, None, "dollar", "exact")]),
])
def test_a_unit_before_a_list_is_shared(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rows of a table in prose after a header and a colon are counts, not parts of names
    ("Assists: Rossi 14, Bauer 9, Lindqvist 7.", [(14, None, "-", "exact"), (9, None, "-", "exact"), (7, None, "-", "exact")]),
    # (one name said twice is a name with a number)
    ("Models: Galaxy 22, Galaxy 23.", []),
])
def test_rows_of_a_table_in_prose(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-token range with scale letters on both sides, its currency named after it
    ("The project could cost 2bn-4bn euros.", [(2e9, 4e9, "euro", "range")]),
    # "euros" after a range the tagger leaves unlemmatised is still the euro
    ("The airline expects a loss of 1-2bn euros.", [(1e9, 2e9, "euro", "range")]),
])
def test_a_scaled_range_with_its_currency_after(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parts of a breakdown after the first, which has its copula
    ("Of the 70 victims, 41 were in the market and 29 at the bus stop.",
     [(70, None, "victim", "exact"), (41, None, "victim", "exact"), (29, None, "victim", "exact")]),
])
def test_the_next_part_of_a_breakdown(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a move restated in brackets takes the direction said after the bracket
    ("The Hang Seng finished 212 points (0.9%) lower at 23,400.",
     [(212, None, "point", "down"), (0.9, None, "percent", "down"), (23400, None, "-", "exact")]),
    ("The ASX 200 ended 0.5% (38 points) higher.", [(0.5, None, "percent", "up"), (38, None, "point", "up")]),
    # (a comparison after the bracket is no direction)
    ("The shop sold 90 bikes (15%) up from last spring.", [(90, None, "bike", "exact"), (15, None, "percent", "exact")]),
])
def test_a_bracketed_restatement_takes_the_direction_after_it(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "out of" and a determiner before the whole that opens the sentence
    ("Out of its 12 branches, 5 were shut and 7 stayed open.",
     [(12, None, "branch", "exact"), (5, None, "branch", "exact"), (7, None, "branch", "exact")]),
])
def test_a_whole_opened_with_out_of(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the noun after a part and its copula names what the part counts
    ("The crash injured 31 passengers, 9 of whom were children.",
     [(31, None, "passenger", "exact"), (9, None, "child", "exact")]),
    ("About 60 pupils fell ill, of which 35 were girls.",
     [(60, None, "pupil", "approximately"), (35, None, "girl", "exact")]),
])
def test_the_noun_after_of_whom(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places with their numbers after one preposition are rows, not names with numbers
    ("The count was 251 in Kano, in Kaduna 110 and in Zaria 79.",
     [(251, None, "-", "exact"), (110, None, "-", "exact"), (79, None, "-", "exact")]),
    ("The toll is 300: in Tigray 180, in Afar 120.", [(300, None, "-", "exact"), (180, None, "-", "exact"),
                                                     (120, None, "-", "exact")]),
])
def test_rows_of_places(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a range straight after an intransitive verb of change sizes the move
    ("Rents could climb 4 or 5 per cent next year.", [(4, 5, "percent", "up")]),
    ("Exports fell by 8 to 10 per cent.", [(8, 10, "percent", "down")]),
    # (the levels of a range "from" one "to" another are no move)
    ("The jobless rate rose from 4.1% to 4.4%.", [(4.1, 4.4, "percent", "range")]),
])
def test_a_range_after_a_verb_of_change(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare number before "per site" borrows no "site" from its neighbour
    ("The union has 9,000 members in 30 branches, or 300 per branch.",
     [(9000, None, "member", "exact"), (30, None, "branch", "exact"), (300, None, "-", "exact")]),
    # (a rate of another thing stays: "shelters per district")
    ("The charity runs 25 shelters, or 4 per district.",
     [(25, None, "shelter", "exact"), (4, None, "shelter per district", "exact")]),
])
def test_no_rate_of_a_thing_per_itself(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an area converted in brackets, each side in its own unit
    ("The reserve spans 5,200 sq km (2,000 sq miles).",
     [(5200, None, "square kilometre", "exact"), (2000, None, "square mile", "exact")]),
])
def test_an_area_converted_in_brackets(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a figure spelled out again in brackets is one quantity
    ("The penalty is Rs 50,000 (Rupees fifty thousand).", [(50000, None, "indian rupee", "exact")]),
    ("Wages rose 4% (four per cent) last year.", [(4, None, "percent", "up")]),
    # the dozen of a price per dozen is its base, no count of its own
    ("Oranges sell at $4.50 a dozen.", [(4.5, None, "dollar per dozen", "exact")]),
])
def test_no_number_twice(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part, its share in brackets, then the whole it is part of
    ("Roughly 600 (15%) of the 4,000 nurses are leaving.",
     [(600, None, "nurse", "approximately"), (15, None, "percent", "exact"), (4000, None, "nurse", "exact")]),
])
def test_a_part_with_its_share_before_the_whole(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (a list's move comes from its first member, the one the verb governs: levels after "to" take none)
    ("Gold and silver rose 1% and 2% to $2,400 and $31 an ounce respectively.",
     [(1, None, "percent", "up"), (2, None, "percent", "up"), (2400, None, "dollar per ounce", "exact"),
      (31, None, "dollar per ounce", "exact")]),
])
def test_a_shared_rate_keeps_the_levels_levels(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # both numbers of a tally in brackets count the plural noun the bracket follows
    ("Most clinics (19 of 27) have no power.", [(19, None, "clinic", "exact"), (27, None, "clinic", "exact")]),
    ("Few teams (4 out of 22) finished.", [(4, None, "team", "exact"), (22, None, "team", "exact")]),
    # (a name before the bracket counts nothing)
    ("The wins came mostly in Ohio (6 of 9).", [(6, None, "-", "exact"), (9, None, "-", "exact")]),
])
def test_a_bracketed_tally_counts_the_noun_before_it(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the members of a list are spelled as the last one reads the unit
    ("Mills crush 20, 30 and 40 tonnes of cane an hour.",
     [(20, None, "metric ton per hour", "exact"), (30, None, "metric ton per hour", "exact"),
      (40, None, "metric ton per hour", "exact")]),
    ("the tablet has 64, 128 or 256 gb of storage", [(64, None, "gigabyte", "exact"), (128, None, "gigabyte", "exact"),
                                                     (256, None, "gigabyte", "exact")]),
])
def test_a_list_spells_its_unit_once(read, text, expected):
    assert read(text) == expected
