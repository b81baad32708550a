"""Indian news in lower case: rupees written "rs"/"re", and lakhs and crores stacked on each other."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "rs" in lower case, with or without its dot, is the rupee sign
    ("the trust paid rs 45.5 crore to the claimants.", [(455_000_000, "indian rupee")]),
    ("shares closed at rs 20 on the exchange.", [(20, "indian rupee")]),
    ("each family will get rs. 2,000 as relief.", [(2000, "indian rupee")]),
    ("the loss is put at approximately rs 300 crore per day.", [(3_000_000_000, "indian rupee per day")]),
    # a currency before the number wins over the noun after it
    ("the state will pay rs 1 lakh compensation to each family.", [(100_000, "indian rupee")]),
    # "re" is the singular rupee, read only before one
    ("the court imposed a token cost of re 1 on the petitioner.", [(1, "indian rupee")]),
    # a scale of a scale multiplies: a lakh crore, a thousand crore
    ("The state will spend Rs 1.5 lakh crore on roads.", [(1.5e12, "indian rupee")]),
    ("the scheme is worth rs 2 thousand crore.", [(2e10, "indian rupee")]),
    ("The plant cost one thousand million dollars.", [(1e9, "dollar")]),
    # a scale after a hyphen in a compound adjective
    ("work on the rs 800-crore tunnel will begin in april.", [(8e9, "indian rupee")]),
    ("A Rs 5-lakh reward was announced for information.", [(500_000, "indian rupee")]),
    # digits grouped the Indian way, in lakhs
    ("The company sold 3,40,000 cars last year.", [(340_000, "car")]),
    ("he was given rs 1,25,000 as a reward.", [(125_000, "indian rupee")]),
    # kilometres per hour written "kmph"
    ("The cyclone brought winds of 100 kmph to the coast.", [(100, "kilometre per hour")]),
    # plural abbreviations of units
    ("the village lies some three kms from the highway.", [(3, "kilometre")]),
    ("police seized 20 kgs of ganja.", [(20, "kilogram")]),
    ("the meeting lasted 45 mins.", [(45, "minute")]),
    # a sum of money keeps its currency when a number with another unit follows "and"
    ("the court imposed a fine of rs 2,000 and 24-hour custody.", [(2000, "indian rupee"), (24, "hour")]),
    # a letter glued to a section number makes a label, not a unit
    ("he faces a penalty of rs 5,000 under section 271f.", [(5000, "indian rupee")]),
])
def test_rupees_and_scales(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # members of parliament are counted, not megapixels
    ("two bjp mps were among those held.", [(2, "bjp mp")]),
    # a zone number is a label, like a sector or a ward
    ("he was posted as the officer in charge of zone 4 in the city.", []),
    ("the order names two plot numbers 159 and 160 in the village.", [(2, "plot number")]),
    # people hurt alongside a victim of a given age are people, not an age
    ("a 19-year-old boy was killed and two injured in the firing.", [(19, "year of age"), (2, "-")]),
])
def test_lowercase_words_not_units(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the scale after the second number of a range is shared by the first
    ("the black money is put at rs 3,50,000 to 7,00,000 crore.", [(3.5e12, 7e12)]),
    ("the relief is for those earning rs 1.5 to rs 5 lakh a year.", [(150_000, 500_000)]),
])
def test_range_shares_indian_scale(nlp_model, text, expected):
    from unrest.nlp.quantities import find_quantities

    got = [(q.value, q.value_max) for q in find_quantities(nlp_model(text))]
    assert got == [(pytest.approx(lo), pytest.approx(hi)) for lo, hi in expected]
