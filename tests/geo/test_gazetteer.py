import pytest

from unrest.geo.gazetteer import Gazetteer


@pytest.mark.parametrize(
    "name, feature, country, admin1_code",
    [
        ("Ilam", "admin1", "IR", "IR-16"),  # the Iranian province is indexed...
        ("Ilam", "city", "IR", "IR-16"),  # ...and so is its seat city
        ("Kermanshah", "admin1", "IR", "IR-05"),
        ("Lorestan", "admin1", "IR", "IR-15"),
        ("Tehran", "city", "IR", "IR-23"),  # GeoNames IR.26 -> ISO IR-23 crosswalk
        ("Ahvaz", "city", "IR", "IR-06"),
        ("Ahwaz", "city", "IR", "IR-06"),  # an alternate spelling
        ("Īlām", "admin1", "IR", "IR-16"),  # queries are folded too
        ("Georgia", "country", "GE", None),
        ("Georgia", "admin1", "US", "US-GA"),
        ("Erbil", "admin1", "IQ", "IQ-AR"),  # GeoNames admin1 under ISO's Kurdistan Region
        ("Belgrade", "city", "RS", "RS-00"),  # ISO province where GeoNames has none
        ("Ladakh", "admin1", "IN", "IN-LA"),  # ISO code despite GeoNames nesting it deeper
        ("Orissa", "admin1", "IN", "IN-OD"),  # data/aliases.json
        ("Burma", "country", "MM", None),  # data/countries.json
        ("U.S.", "country", "US", None),
    ],
)
def test_lookup_finds(gazetteer, name, feature, country, admin1_code):
    found = [(e.feature, e.country, e.admin1_code) for e in gazetteer.lookup(name)]
    assert (feature, country, admin1_code) in found


@pytest.mark.parametrize("word", ["police", "said", "xyzzyq"])
def test_lookup_misses(gazetteer, word):
    # common words may be obscure villages, but never a country or province
    assert not [e for e in gazetteer.lookup(word) if e.feature in ("country", "admin1")]


@pytest.mark.parametrize(
    "word, code",
    [
        ("Iraqi", "IQ"),
        ("Iraqis", "IQ"),  # plural derived
        ("Lebanese", "LB"),
        ("Afghan", "AF"),
        ("Iranian", "IR"),
        ("Tehran", None),  # a city is not a demonym
    ],
)
def test_demonym_country(gazetteer, word, code):
    assert gazetteer.demonym_country(word) == code


@pytest.mark.parametrize("country, capital", [("IR", "Tehran"), ("IN", "New Delhi"), ("US", "Washington")])
def test_capital(gazetteer, country, capital):
    entry = gazetteer.capital(country)
    assert entry is not None and entry.name == capital and entry.capital


def test_every_iranian_province_has_code_name_and_point(gazetteer):
    import pycountry

    expected = {s.code for s in pycountry.subdivisions.get(country_code="IR")}
    provinces = gazetteer.admin1s("IR")
    assert {p.admin1_code for p in provinces} == expected
    assert all(p.name.isascii() and p.lat is not None and p.lon is not None for p in provinces)


def test_every_city_row_knows_its_province(gazetteer):
    # one sample per continent: the ISO code and an English name come with every city
    for name in ("Ahvaz", "Lyon", "Quetta", "Guadalajara", "Nairobi"):
        city = next(e for e in gazetteer.lookup(name) if e.feature == "city")
        assert city.admin1_code and city.admin1_code.startswith(city.country + "-")
        assert city.admin1


def test_country_and_admin1_by_code(gazetteer):
    assert gazetteer.country("ir").name == "Iran"
    assert gazetteer.admin1("IR-16").name == "Ilam"
    assert gazetteer.admin1("XX-99") is None


def test_batch_lookup_returns_only_hits(gazetteer):
    found = gazetteer.lookup_keys(["kermanshah", "no such place here", "ilam"])
    assert set(found) == {"kermanshah", "ilam"}


def test_missing_index_is_an_unrest_error(tmp_path):
    from unrest.errors import GazetteerError

    with pytest.raises(GazetteerError):
        Gazetteer(tmp_path / "missing.sqlite")


@pytest.mark.slow
def test_default_builds_a_missing_index(tmp_path, monkeypatch):
    # the index is built in a subprocess, then opened
    monkeypatch.setenv("UNREST_GAZETTEER", str(tmp_path / "g.sqlite"))
    monkeypatch.setattr(Gazetteer, "_default", None)
    gaz = Gazetteer.default()
    assert gaz.path == tmp_path / "g.sqlite"
    assert gaz.admin1("IR-05").name == "Kermanshah"
    monkeypatch.setattr(Gazetteer, "_default", None)
