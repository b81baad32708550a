"""Province points from the dashboard's outlines."""

import pytest

from unrest.geo.shapes import centre, province_centres


def test_centre_of_a_square_with_a_hole():
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
    hole = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)]  # wound the other way: subtracted
    lat, lon = centre([[square]])
    assert lat == pytest.approx(1.0, abs=0.01) and lon == pytest.approx(1.0, abs=0.01)
    lat, lon = centre([[square, hole]])
    assert lat > 1.0 and lon > 1.0  # the hole pulls the centre away from its corner


def test_large_northern_provinces_sit_in_their_middle(gazetteer):
    centres = province_centres()
    lat, lon = centres["CA-BC"]  # its towns crowd the south; the province's middle is near 54 N
    assert 53 < lat < 56 and -127 < lon < -122
    entry = gazetteer.admin1("CA-BC")
    assert (entry.lat, entry.lon) == centres["CA-BC"]
