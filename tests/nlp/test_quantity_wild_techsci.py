"""Forms found in real science, weather, health and gadget reports: a bound after the unit, weeks
named by number, earthquake magnitudes, temperatures in a spaced "F", lengths in a spaced "m",
infants' ages in months, and ranges with decimals or space-grouped thousands."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # "or higher" / "or more" after the unit: a floor
    ("Gusts of 95 mph or higher are likely on the ridges.", [(95, None, "mile per hour", "at_least")]),
    ("The tablet runs 14 hours or more between charges.", [(14, None, "hour", "at_least")]),
    ("Flood defences cope with 30 centimetres or more of rain.", [(30, None, "centimetre", "at_least")]),
    # "or less" / "or lower": a ceiling, also after a glued unit or a unit with a slash
    ("Lorries must keep to 50 km/h or less in the tunnel.", [(50, None, "kilometre per hour", "at_most")]),
    ("Nights will stay at 3C or lower until Sunday.", [(3, None, "celsius", "at_most")]),
    # a change keeps its label; "or more than ..." goes on to another comparison
    ("The index gained 4 points or more in each session.", [(4, None, "point", "up")]),
    ("The journey takes 5 hours or more than twice the old time.", [(5, None, "hour", "exact")]),
])
def test_bound_after_the_unit(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a week or day named by its number counts nothing
    ("In week 41, 215 new infections were logged.", [(215, None, "infection", "exact")]),
    ("Symptoms eased by day 6 of the course.", []),
    # a counted week stays, and so does the number after it
    ("Each week 60 volunteers join the study.", [(60, None, "volunteer", "exact")]),
])
def test_period_labels(read, text, expected):
    assert [(v, m, u.replace("new ", ""), c) for v, m, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a seismologist's "M6.4", in a sentence about a quake
    ("The M6.9 earthquake was felt 300 km away.", [(6.9, "magnitude"), (300, "kilometre")]),
    ("An Mw 7.3 tremor shook the islands.", [(7.3, "magnitude")]),
    # "magnitude" before the number, and "on the Richter scale" after it
    ("A magnitude 4.8 earthquake rattled the valley.", [(4.8, "magnitude")]),
    ("The shock measured 5.9 on the Richter scale.", [(5.9, "magnitude")]),
    # "M" and digits with no quake in the sentence is no magnitude
    ("The M4.5 motorway junction is closed.", []),
])
def test_earthquake_magnitudes(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a spaced "F" is Fahrenheit where the sentence is about heat or cold
    ("Highs of 94 F are forecast for the capital.", [(94, "fahrenheit")]),
    ("The reading was 37 C (98.6 F) on arrival.", [(37, "celsius"), (98.6, "fahrenheit")]),
    # elsewhere it stays a farad
    ("Each supercapacitor cell holds 3000 F.", [(3000, "farad")]),
    # a spaced lower-case "m" of a length
    ("The crater is 40 m deep.", [(40, "metre")]),
    ("Waves reached about 8 m.", [(8, "metre")]),
    # an infant's age in months stays months
    ("A baby aged 11 months was flown to hospital.", [(11, "month")]),
])
def test_units_of_measure(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # decimals on both sides of a dash
    ("The dose was raised to 2.5–3.5 mg per kilogram.", [(2.5, 3.5)]),
    # thousands grouped by spaces around a dash, with a hedge before it
    ("Roughly 35 000–40 000 households lost power.", [(35000, 40000)]),
    ("The fires destroyed 1 200–1 500 homes.", [(1200, 1500)]),
])
def test_ranges(read, text, expected):
    assert [(v, m) for v, m, _, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "no higher than" and kin set a ceiling, "no lower than" a floor
    ("Nitrogen dioxide must stay no higher than 25 ppb.", [(25, "parts-per-billion", "at_most")]),
    ("Spacewalks last no longer than 8 hours.", [(8, "hour", "at_most")]),
    ("Tyre pressure should be no lower than 30 psi.", [(30, "pound per square inch", "at_least")]),
    # air quality in micrograms per cubic metre; "PM 10" names the pollutant
    ("Smog pushed PM 10 readings to 410 µg/m3 in the suburbs.", [(410, "microgram per cubic metre", "exact")]),
    ("The yearly PM 2.5 average was 62 μg/m³.", [(62, "microgram per cubic metre", "exact")]),
])
def test_limits_and_air_quality(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a recurring span of time says how often, not how much the level moved
    ("The shoreline retreated 2 metres every 5 years.", [(2, "metre", "down"), (5, "year", "exact")]),
    # a past time hanging from the verb of change says when
    ("Some 8,000 years ago, the lake rose sharply.", [(8000, "year", "approximately")]),
    # a span the change took keeps its own reading
    ("Rents climbed 9% in the past two years.", [(9, "percent", "up"), (2, "year", "exact")]),
])
def test_periods_not_moved(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "half a trillion" is half of the scale, as "half a billion" is
    ("Spending on chips reached half a trillion dollars.", [(5e11, "dollar")]),
    ("Almost half a billion people use the app.", [(5e8, "people")]),
])
def test_half_a_scale(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a number set off by spaced dashes is an aside, no minus sign nor the end of a name
    ("The poorest region - 22 percent of the land - gets little rain.", [(22, "percent")]),
    ("Hydro supplies 40 GW inland - 12 GW of it from the north.", [(40, "gigawatt"), (12, "gigawatt")]),
    # a label before the dash still names the number
    ("Patients with Covid - 19 filled 300 beds.", [(300, "bed")]),
])
def test_number_after_a_spaced_dash(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "from N things compared to M" compares two counts; it is no range from N to M
    ("Samples came from 14 labs compared to 11 a year earlier.", [(14, None), (11, None)]),
    # a participle that qualifies the unit still leaves a range
    ("Economy improved from 38 mpg combined to 41.", [(38, 41)]),
])
def test_compared_to_is_no_range(read, text, expected):
    assert [(v, m) for v, m, _, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "compared to N things from M others": a part, then its whole, no range back from M to N
    ("Deaths fell compared to 40 deaths from 9,500 cases a year ago.", [(40, None), (9500, None)]),
    # "to N from M" alone is still the later level after the earlier one
    ("Stocks slid to 2,400 tonnes from 3,100 tonnes.", [(3100, 2400)]),
])
def test_compared_to_a_whole(read, text, expected):
    assert [(v, m) for v, m, _, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "square km" spelled half out
    ("The blaze has burned 61 square km of forest.", [(61, "square kilometre")]),
    # a camera's "MP" written apart; members of parliament stay what they are
    ("The selfie camera uses a 32 MP sensor.", [(32, "megapixel")]),
])
def test_units_written_apart(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "or more" followed by another count still bounds the first
    ("Adults who sleep 7 hours or more five nights a week live longer.", [(7, "hour", "at_least")]),
    # a span of time after an event says when the level moved, not by how much
    ("Blood sugar peaks 45 minutes after a meal and then drops.", [(45, "minute", "exact")]),
    # energy in megajoules
    ("The shot released 3.1 megajoules of energy.", [(3.1, "megajoule", "exact")]),
])
def test_more_wild_forms(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)][:1] == expected


@pytest.mark.parametrize("text, expected", [
    # years with "and older" or "of age" after them are an age, and the bound holds
    ("The rate among residents 75 years and older doubled.", [(75, "year of age", "at_least")]),
    ("Screening is offered to women 45 years of age or older.", [(45, "year of age", "at_least")]),
    ("Pupils 11 years or younger travel free.", [(11, "year of age", "at_most")]),
    # a baby's months keep their unit
    ("Shots are advised for infants 9 months of age and older.", [(9, "month", "at_least")]),
])
def test_ages_bounded_after_the_unit(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a landing's "down" is where it came to rest, no fall
    ("The probe touched down 3 km from the planned site.", [(3, "kilometre", "exact")]),
    ("The crew capsule splashed down 8 km off the coast.", [(8, "kilometre", "exact")]),
    # a price marked down still fell
    ("The headset was marked down 15% for the sale.", [(15, "percent", "down")]),
])
def test_landings_are_no_fall(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a hedge before "every" is an estimate of the interval
    ("The geyser erupts roughly every 45 minutes.", [(45, "minute", "approximately")]),
    ("Trains leave about every 12 minutes at peak.", [(12, "minute", "approximately")]),
    # without one the interval is exact
    ("The satellite passes overhead every 90 minutes.", [(90, "minute", "exact")]),
])
def test_hedged_intervals(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # millimetres of mercury with the symbol apart
    ("Doctors aim for a systolic pressure under 130 mm Hg.", [(130, "millimetre of mercury")]),
    # a bare "mm" stays millimetres
    ("The screws are 40 mm long.", [(40, "millimetre")]),
])
def test_millimetres_of_mercury(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a year-like side of a dimension is a size, not a year
    ("The monitor has a 3840 x 2160 panel.", [3840, 2160]),
    ("The sensor records 2048 x 1536 frames.", [2048, 1536]),
    # a year before a word that starts with "x" stays a year
    ("In 2021 x-ray machines were scarce.", []),
])
def test_dimension_sides_are_no_years(read, text, expected):
    assert [v for v, _, _, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "zero" in a name or a set phrase counts nothing
    ("The utility plans to hit net zero by 2045.", []),
    ("The probe's detector is kept close to absolute zero.", []),
    ("Schools adopted a zero tolerance approach to phones.", []),
    # a zero that counts stays
    ("The island reported zero new infections for a month.", [0]),
    ("Readings fell below zero at dawn.", [0]),
])
def test_named_zeros(read, text, expected):
    assert [v for v, _, _, _ in read(text)][:1] == expected


@pytest.mark.parametrize("text, expected", [
    # both sides of a dimension written as one token
    ("The watch face shows 396x484 pixels.", [(396, "pixel"), (484, "pixel")]),
    ("The tablet pairs an 11-inch panel with a 2420×1668 resolution.", [(11, "inch"), (2420, "resolution"), (1668, "resolution")]),
    # a year compared with after a change is no count
    ("Shipments rose 14% over 2022.", [(14, "percent")]),
    # "over" and a year-like count of people stays a count
    ("Over 2000 residents signed the petition.", [(2000, "resident")]),
])
def test_glued_dimensions_and_compared_years(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a comparative bounds a bare number too
    ("Several states have a fertility rate of 1.4 or lower.", [(1.4, "at_most")]),
    ("Only readings of 7 or greater trigger an alert.", [(7, "at_least")]),
    # a bound word after the unit followed by "to" still bounds
    ("Gales of 60 mph or higher to the north are likely.", [(60, "at_least")]),
])
def test_bare_number_bounded_by_a_comparative(read, text, expected):
    assert [(v, c) for v, _, _, c in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "kn" in a report of wind is knots
    ("The typhoon packed gusts of 150 mph (130 kn) at landfall.", [(150, "mile per hour"), (130, "knot")]),
    # elsewhere it stays the kuna
    ("Entry to the museum costs 60 kn.", [(60, "croatian kuna")]),
])
def test_knots_in_wind_reports(read, text, expected):
    assert [(v, u) for v, _, u, _ in read(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "estimated to be" is a hedge, as "estimated at" is
    ("The meteorite is estimated to be 4.5 billion years old.", [(4.5e9, "approximately")]),
    ("Losses are estimated to be $12 million.", [(12e6, "approximately")]),
])
def test_estimated_to_be(read, text, expected):
    assert [(v, c) for v, _, _, c in read(text)] == [(pytest.approx(v), c) for v, c in expected]


@pytest.mark.parametrize("text, expected", [
    # a temperature in a spaced letter can be a level passed, as "topped 40C" is
    ("The mercury topped 110 F in the valley.", [(110, "fahrenheit", "more_than")]),
])
def test_temperature_topped(read, text, expected):
    assert [(v, u, c) for v, _, u, c in read(text)] == expected
