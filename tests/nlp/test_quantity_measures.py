"""Units of measure in science, health and tech reports."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a rate per a square or cubic unit keeps both words
    ("Fine dust reached 300 micrograms per cubic metre.", [(300, "microgram per cubic metre")]),
    ("Plots sell for Rs 5,000 per square foot.", [(5000, "indian rupee per square foot")]),
    # a rare unit after "per", ending the clause
    ("The support price was raised by Rs 150 per quintal.", [(150, "indian rupee per quintal")]),
    # blood sugar in milligrams per decilitre
    ("Her blood sugar was 200 mg/dl.", [(200, "milligram per decilitre")]),
    ("The drug lowered blood pressure by 12 mmHg.", [(12, "millimetre of mercury")]),
    # engine size in cubic centimetres, which NewsQuant names millilitres
    ("The scooter has a 125cc engine.", [(125, "millilitre")]),
])
def test_measures(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text", [
    # the lines of a video picture are not pence
    "The camera records 1080p video.",
    "The stream is capped at 720p.",
])
def test_video_lines_are_no_money(units, text):
    assert all(u != "penny" for _, u in units(text))
