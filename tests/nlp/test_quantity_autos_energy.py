"""Autos, energy, transport, property and gadget copy: rates of a measured substance, energy
units in words, units on both sides of "or", "over" as a preposition, model variants."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a rate of time after "of" and the substance measured is the measure's rate
    ("The smelter burns 40 tonnes of coke a day.", [(40, None, "metric ton per day", "exact")]),
    ("A typical flat uses 1,800 kWh of power a year.", [(1800, None, "kilowatt hour per year", "exact")]),
    ("The wells pump 90,000 barrels of crude per day.", [(90000, None, "barrel per day", "exact")]),
    ("The cement works emits 2 million tonnes of CO2 a year.", [(2e6, None, "metric ton per year", "exact")]),
    # (after "per", any unit or noun: an emission factor, a car's emissions)
    ("Coal power emits about 1 kg of CO2 per kWh.", [(1, None, "kilogram per kilowatt hour", "approximately")]),
    ("The hatchback emits 98g of CO2 per km.", [(98, None, "gram per kilometre", "exact")]),
    ("The group pumped 1.9 million barrels of oil equivalent per day.", [(1.9e6, None, "barrel of oil equivalent per day", "exact")]),
    # (a time after "a" that dates the figure is no rate)
    ("Output was 40,000 tonnes of copper a year ago.", [(40000, None, "metric ton", "exact")]),
    # ("every" tells how often, as the tuning half reads it)
    ("The glacier sheds 30 gigatonnes of ice every year.", [(30, None, "gigaton", "down")]),
])
def test_rate_after_a_substance(read, text, expected):
    assert [(pytest.approx(v), w, u, c) for v, w, u, c in expected] == read(text)


@pytest.mark.parametrize("text, expected", [
    # energy units written out in words
    ("The country used 320 terawatt hours of power last year.", "terawatt hour"),
    ("The battery park stores 800 megawatt hours.", "megawatt hour"),
    # a unit of two or more words after "per", a hyphen between them or not
    ("Households pay 27 cents per kilowatt-hour.", "cent per kilowatt hour"),
    ("Households pay 27 cents per kilowatt hour.", "cent per kilowatt hour"),
    ("Gas traded at $3.10 per million British thermal units.", "dollar per mega british thermal unit"),
    # metric horsepower glued to the digits
    ("The petrol version offers 190PS.", "metric horsepower"),
    # (a "PS" apart after the number is still a mangled pound sign)
    ("The ticket cost 45 PS.", "pound sterling"),
    # torque glued to the digits, which the tokenizer cuts at the hyphen
    ("The diesel V8 produces 910lb-ft of torque.", "foot pound-force"),
    # (a conversion of a torque in lower case is newton metres, not nanometres)
    ("the motor makes 295 lb-ft (400nm)", "foot pound-force newton metre"),
])
def test_energy_and_torque_units(read, text, expected):
    assert " ".join(u for _, _, u, _ in read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the unit on both numbers of an "or": two options, not a range
    ("The laptop ships with 16GB or 32GB of memory.", [(16, None), (32, None)]),
    ("Buyers pick a 64 kWh or 90 kWh battery.", [(64, None), (90, None)]),
    # (the unit said once after both: a range)
    ("Delivery takes two or three weeks.", [(2, 3)]),
    ("Delivery takes 2 or 3 weeks.", [(2, 3)]),
])
def test_units_on_both_sides_of_or(read, text, expected):
    assert [(pytest.approx(v), w) for v, w in expected] == [(v, w) for v, w, _, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # "over" after a verb's counted object opens the period it is spread over
    ("The airline will retire 40 jets over four years.", [(40, "exact"), (4, "exact")]),
    ("The carmaker plans to shed 6,000 jobs over two years.", [(6000, "down"), (2, "exact")]),
    # (or after a passive subject that is a quantity)
    ("About 900 trains were cancelled over three days.", [(900, "approximately"), (3, "exact")]),
    # (or over things it counts)
    ("The duplex spreads 3,200 square feet over two floors.", [(3200, "exact"), (2, "exact")]),
    ("The league played 380 matches over 38 rounds.", [(380, "exact"), (38, "exact")]),
    # a measure that describes the noun after an article
    ("Crews resurfaced the road over a 6-mile section.", [(6, "exact")]),
    # ("over" before the number with nothing between it and the verb is still "more than")
    ("The outage lasted over six hours.", [(6, "more_than")]),
    ("The storm brought gusts over 90 mph.", [(90, "more_than")]),
    ("Over 2,000 drivers signed up.", [(2000, "more_than")]),
    # (nor does money: "over $1m each" is a bound)
    ("The regulator fined two lenders over $5m each.", [(2, "exact"), (5e6, "more_than")]),
])
def test_over_as_a_preposition(read, text, expected):
    assert [(pytest.approx(v), c) for v, c in expected] == [(v, c) for v, _, _, c in read(text)]


@pytest.mark.parametrize("text, expected", [
    # "points" after a noun that modifies it are places, not index points
    ("The city installed 450 charging points last year.", [(450, "charging point")]),
    ("The index shed 45 points.", [(45, "point")]),
    # the digits after a model code and a hyphen name a variant
    ("The A330-900 seats 287 passengers.", [(287, "passenger")]),
    ("The B737-800 can carry 189 people.", [(189, "people")]),
    # (in copy scraped to lower case too)
    ("the a321-200 seats 220 passengers", [(220, "passenger")]),
])
def test_places_and_model_variants(read, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, _, u, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # the South African rand glued to an amount written as money
    ("A loaf of bread costs R18.99 in Durban.", [(18.99, None, "south african rand", "exact")]),
    ("The utility needs R3 billion to fix its plants.", [(3e9, None, "south african rand", "exact")]),
    ("Nurses earn R22,000 a month.", [(22000, None, "south african rand per month", "exact")]),
    # (a bare "R" and a whole number is a name or a road: "the R40")
    ("Traffic backed up on the R40 near the border.", []),
])
def test_rand_glued_to_the_amount(read, text, expected):
    assert [(pytest.approx(v), w, u, c) for v, w, u, c in expected] == read(text)


@pytest.mark.parametrize("text, expected", [
    # the verb "average" before the number: an estimate, as "averaged" is
    ("Fares on the line average $4.50 a ride.", "approximately"),
    ("Commutes in the region average 52 minutes.", "approximately"),
    # (the adjective before a noun is no hedge)
    ("The average 15-year loan now costs 6.1%.", "exact"),
])
def test_average_as_a_verb(read, text, expected):
    assert read(text)[0][3] == expected


@pytest.mark.parametrize("text, expected", [
    # a "5g" of lower-case copy before what a network serves is a generation, not grams
    ("the carrier now has 40 million 5g subscribers", "generation wireless"),
    ("prices of 4g handsets fell", "generation wireless"),
    # (grams are still grams)
    ("add 5g of salt", "gram"),
])
def test_wireless_generation_in_lower_case(read, text, expected):
    assert any(u == expected and v in (4, 5) for v, _, u, _ in read(text))


@pytest.mark.parametrize("text, expected", [
    # rates abbreviated after a price in property copy
    ("Prime offices in Leeds now let at £38 psf.", "pound sterling per square foot"),
    ("The two-bed flat is let at £1,850 pcm.", "pound sterling per month"),
])
def test_property_rate_abbreviations(read, text, expected):
    assert [u for _, _, u, _ in read(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # the level a report names after a change is in its own terms, not the change's share
    ("Existing home sales fell 4.1% to an annual pace of 3.96 million.", [(4.1, "percent"), (3.96e6, "-")]),
    ("The builders' index slipped 2.5% to a level of 64.2.", [(2.5, "percent"), (64.2, "-")]),
    # (the level right after "to" still shares a points change's unit)
    ("The Dow rose 210 points to 38,400.", [(210, "point"), (38400, "point")]),
])
def test_named_level_after_a_change(read, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, _, u, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a rate over a number of units: the number is part of the unit, no quantity of its own
    ("The plug-in hybrid uses 1.8 litres per 100km.", [(1.8, "litre per 100 kilometre")]),
    ("The van consumes 24 kWh per 100 km.", [(24, "kilowatt hour per 100 kilometre")]),
    ("Burglaries fell to 310 cases per 100,000 residents.", [(310, "case per 100,000 resident")]),
    # (after a bare number the second stands alone)
    ("Deaths fell to 9 per 100,000 people.", [(9, "-"), (100000, "people")]),
    # (as it does past a substance measured)
    ("The limit is 50mg of alcohol per 100ml of blood.", [(50, "milligram"), (100, "millilitre")]),
])
def test_rate_over_a_number_of_units(read, text, expected):
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, _, u, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a rate of a rate
    ("The family plan costs $35 per line per month.", "dollar per line per month"),
    ("Drivers pay £10 per day per car.", "pound sterling per day per car"),
    # the digits the tokenizer cut off a name before the counted noun stay in it
    ("The operator signed up 2.1 million 5G customers.", "5g customer"),
])
def test_rate_of_a_rate_and_cut_names(read, text, expected):
    assert read(text)[0][2] == expected


@pytest.mark.parametrize("text, expected", [
    # a count, then a model's number: the two are not one number written in groups of three
    ("The carrier is buying 40 737 MAX jets.", [40]),
    ("Qatar ordered 25 777 Freighters.", [25]),
    # (groups of three digits before a lower-case word still make one number)
    ("The council raised 12 500 euros.", [12500]),
    # a model's plural after its name is no time in seconds
    ("The shop sold 3,000 Pixel 7s in a week.", [3000]),
    # (a time with decimals still is)
    ("She won the heat in 11.24s.", [11.24]),
    # a games console is no mangled pound sign
    ("The PS4 Slim sold out.", []),
    # (a scale after it makes it money: "PS6m")
    ("He was paid a PS4m bonus.", [4e6]),
])
def test_model_numbers_after_counts_and_names(read, text, expected):
    assert [pytest.approx(v) for v in expected] == [v for v, _, _, _ in read(text)]


@pytest.mark.parametrize("text, expected", [
    # a verb of length before "by N": how much longer or shorter
    ("The warranty was extended by three years.", "up"),
    ("The rail closure was shortened by two weeks.", "down"),
    # (its object is no change)
    ("The lender extended $300m in new loans.", "exact"),
    # the upper reach of a time: "as long as"
    ("Commuters waited for as long as five hours.", "at_most"),
])
def test_lengths_and_reaches(read, text, expected):
    assert read(text)[0][3] == expected


@pytest.mark.parametrize("text, expected", [
    # digits right after the word of a named thing name a model, in copy scraped to lower case
    ("the pixel 8 pro has a 6.7in screen", [6.7]),
    ("the xbox 360 will no longer get updates", []),
    ("prices for the kia 4 start at $21,000", [21000]),
    # (a plural noun or a unit after the number makes it a count)
    ("the league docked the club 6 points", [6]),
    ("the board gave the chief 3 weeks to respond", [3]),
    ("police told the court 4 suspects were held", [4]),
    # (a verb before the number is no name: "the rupee fell 12 paise")
    ("the rupee gained 15 paise against the dollar", [15]),
])
def test_numbers_of_named_things_in_lower_case(read, text, expected):
    assert [pytest.approx(v) for v in expected] == [v for v, _, _, _ in read(text)]
