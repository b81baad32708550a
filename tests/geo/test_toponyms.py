"""Toponyms handed over whole (``resolve_spans``, ``text_candidates``), coordinates, and the
tagger cases found while measuring on GeoWebNews (sentences written for these tests)."""

import math

import pytest

from unrest.geo.resolve import text_candidates


def km(a, b):
    (lat1, lon1), (lat2, lon2) = a, b
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1))


@pytest.mark.parametrize(
    "text, feature, country, admin1_code",
    [
        ("Russian", "country", "RU", None),  # a nationality adjective reads as its country
        ("Canadian", "country", "CA", None),  # ...not as Canadian, Texas
        ("European", "continent", None, None),  # a continent's adjective as the continent
        ("Africa", "continent", None, None),  # never a Mexican village
        ("EU", "continent", None, None),
        ("Calif.", "admin1", "US", "US-CA"),  # postal abbreviations
        ("D.C.", "admin1", "US", "US-DC"),
        ("the Netherlands", "country", "NL", None),
        ("Orange County", "admin2", "US", "US-CA"),
        ("Kermanshah Province", "admin1", "IR", "IR-05"),
    ],
)
def test_text_candidates(gazetteer, text, feature, country, admin1_code):
    found = [(c.feature, c.country, c.admin1_code) for c in text_candidates(gazetteer, text)]
    assert (feature, country, admin1_code) in found


def test_saint_and_st_are_one_name(gazetteer):
    # "St. Petersburg" is also the Russian city's own name, not only a Florida city's
    assert ("city", "RU", 0) in {(m.entry.feature, m.entry.country, m.kind) for m in gazetteer.matches("St. Petersburg")}
    assert ("city", "US", 0) in {(m.entry.feature, m.entry.country, m.kind) for m in gazetteer.matches("Saint Louis")}


@pytest.mark.parametrize(
    "code, point",
    [
        ("US", (39.83, -98.58)),  # the centre of the contiguous states, not of its towns
        ("RU", (60.0, 100.0)),
        ("FR", (46.0, 2.0)),
    ],
)
def test_country_points_are_geographic_centres(gazetteer, code, point):
    c = gazetteer.country(code)
    assert km((c.lat, c.lon), point) < 50


def test_province_point_is_the_centre_of_its_area(gazetteer):
    # Texas' towns crowd its east; the point of the province is near its middle
    tx = gazetteer.admin1("US-TX")
    assert km((tx.lat, tx.lon), (31.25, -99.25)) < 161


def test_entry_by_geonames_id(gazetteer):
    assert gazetteer.entry(130758).country == "IR"  # the country
    assert gazetteer.entry(112931).admin1_code == "IR-23"  # Tehran


def test_a_village_with_the_name_as_a_variant_is_no_seat(gazetteer):
    from unrest.geo.resolve import Mention, candidates_for, resolve

    text = "She is in legal trouble in Minnesota."
    start = text.index("Minnesota")
    m = Mention("Minnesota", start, start + 9, candidates_for(gazetteer, "Minnesota"))
    (r,) = resolve([m], text).places
    assert (r.candidate.feature, r.candidate.admin1_code) == ("admin1", "US-MN")


# -- resolve_spans: the gold-span entry point -----------------------------------------------


def test_resolve_spans_uses_the_other_spans_as_context(places_nlp):
    text = "Riots in Atlanta spread. Georgia's governor called in troops."
    doc = places_nlp(text)
    comp = places_nlp.get_pipe("unrest_places")
    spans = [(text.index("Atlanta"), text.index("Atlanta") + 7), (text.index("Georgia"), text.index("Georgia") + 7)]
    atlanta, georgia = comp.resolve_spans(doc, spans)
    assert (atlanta.feature, atlanta.admin1_code) == ("city", "US-GA")
    assert (georgia.feature, georgia.admin1_code) == ("admin1", "US-GA")
    assert (georgia.start, georgia.end, georgia.text) == (spans[1][0], spans[1][1], "Georgia")


def test_resolve_spans_reads_adjectives_and_misses_unknowns(places_nlp):
    text = "Russian hackers struck the Xyzzyq Plaza."
    doc = places_nlp(text)
    comp = places_nlp.get_pipe("unrest_places")
    russian, unknown = comp.resolve_spans(doc, [(0, 7), (text.index("Xyzzyq"), text.index("Xyzzyq") + 6)])
    assert russian.country == "RU" and russian.feature == "country"
    assert unknown is None


# -- the tagger -------------------------------------------------------------------------------

FOUND = [
    # text, span, country, admin1_code
    ("Rallies were held in Los Angeles and La Paz.", "Los Angeles", "US", "US-CA"),  # a name may begin with "Los"
    ("Miners marched in La Paz and Cochabamba.", "La Paz", "BO", "BO-L"),
    ("Tamil Nadu said it had written to the Centre.", "Tamil Nadu", "IN", "IN-TN"),  # whatever the NER calls it
    ("The envoy of Trinidad and Tobago left early.", "Trinidad and Tobago", "TT", None),  # the whole name
    ("South Korea's first female president was removed.", "South Korea", "KR", None),
    ("the gujarat government sought help from maharashtra.", "gujarat", "IN", "IN-GJ"),  # "the" + province
    ("the train had started from ferozepur, in punjab.", "ferozepur", "IN", "IN-PB"),  # another spelling
]


@pytest.mark.parametrize("text, span, country, admin1_code", FOUND)
def test_found(places_nlp, text, span, country, admin1_code):
    hits = [p for p in places_nlp(text)._.unrest_places if p.text == span]
    assert hits, f"{span!r} not found"
    assert hits[0].country == country
    if admin1_code:
        assert hits[0].admin1_code == admin1_code


@pytest.mark.parametrize(
    "text, word",
    [
        # lowercase text: a small foreign town that happens to spell an alliance or a house
        ("after ayodhya, nda allies in new delhi talked tough about gujarat.", "nda"),
        ("the lok sabha met in new delhi to discuss the riots in gujarat.", "sabha"),
    ],
)
def test_lowercase_foreign_lookalikes_dropped(places_nlp, text, word):
    assert not [p for p in places_nlp(text)._.unrest_places if p.text == word]


@pytest.mark.parametrize(
    "text, span, feature, admin1_code",
    [
        ("Gunmen attacked villages in Benue State on Sunday.", "Benue State", "admin1", "NG-BE"),  # the noun is part of it
        ("Flooding closed schools in Orange County.", "Orange County", "admin2", "US-CA"),
        ("He grew up in Rockville, Md., and moved away.", "Md.", "admin1", "US-MD"),  # postal abbreviation
        ("Tickets are sold in Washington, D.C., and in Maryland.", "Washington, D.C.", "city", "US-DC"),
    ],
)
def test_names_with_their_nouns_and_abbreviations(places_nlp, text, span, feature, admin1_code):
    hits = [p for p in places_nlp(text)._.unrest_places if p.text == span]
    assert hits, f"{span!r} not found in {[p.text for p in places_nlp(text)._.unrest_places]}"
    assert (hits[0].feature, hits[0].admin1_code) == (feature, admin1_code)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Mohamed Salah scored twice. Salah then thanked the fans.", "Salah"),  # the person again
        ("No one was hurt, the MoD said.", "No"),
        ("No one was hurt, the MoD said.", "MoD"),
        ("The Commerce Department said exports fell.", "Commerce"),
    ],
)
def test_capitalised_words_that_are_not_places(places_nlp, text, word):
    assert not [p for p in places_nlp(text)._.unrest_places if p.text == word]


def test_a_short_form_is_the_longer_name_of_the_report(places_nlp):
    # lowercase report on Chhota Udaipur (Gujarat): "udaipur" alone is that town, not Rajasthan's city
    text = "curfew was clamped in chhota udaipur town in gujarat. shops in udaipur stayed shut on friday."
    found = {p.text: p for p in places_nlp(text)._.unrest_places}
    assert found["udaipur"].admin1_code == "IN-GJ"


def test_new_cairo_is_not_cairo(gazetteer):
    from unrest.geo.resolve import Mention, candidates_for, resolve

    text = "Prices rose in New Cairo. Cairo was calm."
    ms = [Mention(n, text.index(n), text.index(n) + len(n), candidates_for(gazetteer, n)) for n in ("New Cairo", "Cairo")]
    ms[1].start = text.index("Cairo was")
    ms[1].end = ms[1].start + 5
    assert resolve(ms, text).places[1].candidate.entry.name == "Cairo"


@pytest.mark.parametrize("name, country", [("Diwaniyah", "IQ"), ("Hillah", "IQ"), ("Fallujah", "IQ")])
def test_arabic_article_may_be_dropped(gazetteer, name, country):
    # GeoNames writes "Al Hillah"; reports write "Hillah"
    assert any(m.entry.feature == "city" and m.entry.country == country and m.kind <= 1 for m in gazetteer.matches(name))


def test_only_the_arabic_article_is_dropped():
    from unrest.geo.build import without_article

    assert without_article({"al hillah": 0}) == {"al hillah": 0, "hillah": 0}
    assert without_article({"el paso": 0, "al ain": 1}) == {"el paso": 0, "al ain": 1}  # too short to be a name


def test_the_capital_named_after_the_noun(places_nlp):
    # "the capital Naypyitaw": the NER's PERSON, GeoNames' "Nay Pyi Taw" (another spelling)
    found = [p for p in places_nlp("Protests were reported in Mandalay and in the capital Naypyitaw.")._.unrest_places
             if p.text == "Naypyitaw"]
    assert found and found[0].admin1_code == "MM-18"


def test_direction_before_a_named_department_is_its_location(places_nlp):
    # "eastern Morazan department" is the department (in the east), not the east of it
    found = places_nlp("Rebels attacked a patrol in eastern Morazan department.")._.unrest_places
    assert [(p.feature, p.admin1_code) for p in found if "Morazan" in p.text] == [("admin1", "SV-MO")]
