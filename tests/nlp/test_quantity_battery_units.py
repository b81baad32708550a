"""How much of a noun phrase is the unit (the round-8 battery of units): a past participle that
describes the counted thing stays in it, a participle of status does not, and a kind noun keeps
the noun it sorts after "of"; a measure or a container before "of" stays alone."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a participle between the number and the noun describes the thing counted
    ("Medics treated 8 wounded soldiers at the base.", [(8, None, "wounded soldier", "exact")]),
    ("The agency tracked 35 stolen cars across the region.", [(35, None, "stolen car", "exact")]),
    ("The city has 3 elected mayors in its history.", [(3, None, "elected mayor", "exact")]),
    ("The county has 41,000 registered voters.", [(41000, None, "registered voter", "exact")]),
    # (a participle of status says how sure the count is: the unit is the noun)
    ("Health officials logged 90 confirmed infections.", [(90, None, "infection", "exact")]),
    ("Authorities found 12 suspected poachers in the park.", [(12, None, "poacher", "exact")]),
    # (a participle after the number with no noun is no modifier)
    ("The blast left 4 dead and 19 wounded.", [(4, None, "-", "exact"), (19, None, "-", "exact")]),
])
def test_participles_in_the_unit(read, text, expected):
    got = [(v, m, u, c) for v, m, u, c in read(text)]
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u, _ in expected]


@pytest.mark.parametrize("text, expected", [
    # a kind noun names a sort of something: the unit keeps what it sorts
    ("The shop stocks 300 kinds of cheese.", [(300, None, "kind cheese", "exact")]),
    ("Inspectors tested 14 brands of bottled water.", [(14, None, "brand water", "exact")]),
    ("The lab sequenced 6 strains of the virus.", [(6, None, "strain virus", "exact")]),
    # (a measure before "of" stays alone)
    ("The spill released 700 litres of fuel oil.", [(700, None, "litre", "exact")]),
    # (a plain count noun keeps no "of" phrase)
    ("The rally drew 5,000 members of the union.", [(5000, None, "member", "exact")]),
])
def test_kind_nouns_keep_their_object(read, text, expected):
    got = [(v, m, u, c) for v, m, u, c in read(text)]
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u, _ in expected]


@pytest.mark.parametrize("text, expected", [
    # "gal" is the gallon, as "gallon" is
    ("The boiler burns 12 gal of fuel a day.", [(12, None, "gallon per day")]),
])
def test_unit_abbreviations(read, text, expected):
    got = read(text)
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # the rand before thousands grouped by spaces, glued or apart
    ("Robbers took R48 000 from the till.", [(48000, None, "south african rand")]),
    ("The school raised R 12 500 at the fete.", [(12500, None, "south african rand")]),
    ("The farm was sold for R2 300 000.", [(2300000, None, "south african rand")]),
    # (a road or a rating with a bare number stays a name)
    ("Traffic backed up on the R61 for hours.", []),
    ("The film is rated R16.", []),
])
def test_rand_with_spaced_thousands(read, text, expected):
    got = read(text)
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # metric tonnes in capitals, as commodity copy writes them, with a crop after or a rate
    ("The state bought 40 lakh MT of wheat.", [(4000000, None, "metric ton")]),
    ("Mills crushed 2 million MT cane.", [(2000000, None, "metric ton")]),
    ("The port loads 900 MT a day.", [(900, None, "metric ton per day")]),
    # "Metric Tonnes" with capitals is the metric ton too
    ("Stocks stood at 5 million Metric Tonnes.", [(5000000, None, "metric ton")]),
])
def test_metric_tons_in_capitals(read, text, expected):
    got = read(text)
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a wire code after a rate names the currency of the pair
    ("The single currency ended at $1.0720 EUR= in New York.", [(1.072, None, "euro")]),
    ("Sterling slipped to $1.2415 GBP= after the data.", [(1.2415, None, "pound sterling")]),
    ("The euro held at $1.0950 EUR=.", [(1.095, None, "euro")]),
    # (a rate with no code keeps the sign's currency)
    ("The euro ended at $1.0720 in New York.", [(1.072, None, "dollar")]),
])
def test_wire_codes_after_a_rate(read, text, expected):
    got = read(text)
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "half-year" before a noun names a reporting period, not half a year measured
    ("The miner posted half-year earnings of $2 billion.", [(2000000000, None, "dollar")]),
    ("Its half-year sales fell.", []),
    # (with an article it is a length of time)
    ("She took a half-year break.", [(0.5, None, "year")]),
])
def test_reporting_half_year(read, text, expected):
    got = read(text)
    assert [g[:3] for g in got] == [(pytest.approx(v), m, u) for v, m, u in expected]
