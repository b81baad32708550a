import pytest

from unrest.geo.regions import direction_key, direction_region, region_table, table_region


@pytest.mark.parametrize(
    "word, key",
    [("northern", "north"), ("South", "south"), ("north-western", "northwest"), ("central", "central"), ("upper", None)],
)
def test_direction_key(word, key):
    assert direction_key(word) == key


@pytest.mark.parametrize(
    "direction, country, inside, outside",
    [
        ("northern", "IR", {"IR-01", "IR-02", "IR-27"}, {"IR-11", "IR-22", "IR-07"}),  # Caspian in, Gulf out
        ("western", "IR", {"IR-05", "IR-15", "IR-16"}, {"IR-09", "IR-11"}),  # the seed's provinces
        ("south", "LB", {"LB-JA", "LB-NA"}, {"LB-AK", "LB-AS"}),
        ("eastern", "UA", {"UA-14", "UA-09", "UA-63"}, {"UA-46", "UA-07"}),  # Donbas, not Lviv
        ("northeast", "NG", {"NG-BO", "NG-YO"}, {"NG-SO", "NG-LA"}),  # Borno, not Sokoto
        ("central", "IR", {"IR-23", "IR-00"}, {"IR-01", "IR-11"}),
    ],
)
def test_direction_region_of_country(gazetteer, direction, country, inside, outside):
    region = direction_region(gazetteer, direction, gazetteer.country(country))
    assert region is not None and region.country == country
    assert inside <= set(region.admin1_codes)
    assert not outside & set(region.admin1_codes)
    assert region.lat is not None and region.lon is not None


def test_direction_region_inside_a_province(gazetteer):
    gujarat = gazetteer.admin1("IN-GJ")
    region = direction_region(gazetteer, "north", gujarat)
    assert region.admin1_codes == ("IN-GJ",)
    assert region.lat > gujarat.lat  # the point moves north of the province's centre


@pytest.mark.parametrize(
    "alias, country, codes",
    [
        ("kurdish regions", "IR", {"IR-12", "IR-05", "IR-04", "IR-16"}),  # seed
        ("kurdish region", "IQ", {"IQ-AR", "IQ-DA", "IQ-SU"}),  # singular derived
        ("kashmir valley", "IN", {"IN-JK"}),
        ("donbas", "UA", {"UA-14", "UA-09"}),
        ("darfur", "SD", {"SD-DN", "SD-DS", "SD-DW", "SD-DC", "SD-DE"}),
        ("balochistan", "IR", {"IR-11"}),  # Iran's side; Pakistan's is a province
        ("chittagong hill tracts", "BD", {"BD-B"}),
        ("tierra caliente", "MX", {"MX-MIC", "MX-GRO", "MX-MEX"}),
        ("ixil triangle", "GT", {"GT-14"}),
        ("vraem", "PE", {"PE-AYA", "PE-CUS", "PE-JUN", "PE-HUV", "PE-APU"}),
        ("catatumbo", "CO", {"CO-NSA"}),
        ("middle belt", "NG", {"NG-PL", "NG-BE"}),
        ("rift valley", "KE", {"KE-31", "KE-44"}),
        ("ogaden", "ET", {"ET-SO"}),
        ("dry zone", "MM", {"MM-01", "MM-03", "MM-04"}),
        ("bajo lempa", "SV", {"SV-US", "SV-SV"}),
        ("bekaa valley", "LB", {"LB-BI", "LB-BH"}),
        ("hauran", "SY", {"SY-DR", "SY-SU"}),
        ("sunni triangle", "IQ", {"IQ-AN", "IQ-SD", "IQ-BG"}),
    ],
)
def test_region_table(alias, country, codes):
    rdefs = [r for r in region_table()[alias] if r.country == country]
    assert rdefs and codes <= set(rdefs[0].admin1_codes)


def test_every_table_code_is_a_known_province(gazetteer):
    unknown = {
        (r.name, code)
        for rdefs in region_table().values()
        for r in rdefs
        for code in r.admin1_codes
        if gazetteer.admin1(code) is None or not code.startswith(r.country + "-")
    }
    assert not unknown


def test_table_region_point_is_centroid_of_its_provinces(gazetteer):
    rdef = next(r for r in region_table()["donbas"] if r.country == "UA")
    region = table_region(gazetteer, rdef)
    donetsk, luhansk = gazetteer.admin1("UA-14"), gazetteer.admin1("UA-09")
    assert region.lat == pytest.approx((donetsk.lat + luhansk.lat) / 2, abs=1e-3)
