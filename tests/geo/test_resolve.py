"""The resolver on hand-made mentions: no spaCy involved."""

import pytest

from unrest.geo.resolve import Mention, candidates_for, resolve


def mentions_of(gazetteer, text, names):
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        pos = start + len(name)
        sentence = text.rfind(".", 0, start) + 1
        out.append(Mention(name, start, pos, candidates_for(gazetteer, name), sentence=sentence))
    return out


@pytest.mark.parametrize(
    "text, names, want",
    [
        # a qualifier picks the US state, and the state picks Atlanta, Georgia
        ("Riots in Atlanta, Georgia.", ["Atlanta", "Georgia"], [("city", "US-GA"), ("admin1", "US-GA")]),
        # alone, Georgia is the country
        ("Georgia votes today.", ["Georgia"], [("country", None)]),
        # Paris, Texas is not the French capital
        ("A rally in Paris, Texas.", ["Paris", "Texas"], [("city", "US-TX"), ("admin1", "US-TX")]),
        ("A rally in Paris.", ["Paris"], [("city", "FR-IDF")]),
        # Springfield follows the state named beside it
        ("Police in Springfield. The suspect fled to Chicago, Illinois.", ["Springfield", "Chicago", "Illinois"],
         [("city", "US-IL"), ("city", "US-IL"), ("admin1", "US-IL")]),
        # a province named like its seat city, in a sentence about provinces
        ("Unrest spread to western provinces, including Kermanshah, Lorestan and Ilam.",
         ["Kermanshah", "Lorestan", "Ilam"], [("admin1", "IR-05"), ("admin1", "IR-15"), ("admin1", "IR-16")]),
        # ...but a city in a list of cities
        ("Clashes in Brest, Gomel and other cities.", ["Brest", "Gomel"], [("city", "BY-BR"), ("city", "BY-HO")]),
        # the text says which one
        ("Protests in the city of Kermanshah.", ["Kermanshah"], [("city", "IR-05")]),
        ("Protests in Brest province.", ["Brest"], [("admin1", "BY-BR")]),
        # lowercase text resolves the same way
        ("clashes in ahvaz and tehran.", ["ahvaz", "tehran"], [("city", "IR-06"), ("city", "IR-23")]),
    ],
)
def test_resolve(gazetteer, text, names, want):
    result = resolve(mentions_of(gazetteer, text, names), text)
    got = [(r.candidate.feature, r.candidate.admin1_code) if r else None for r in result.places]
    assert got == want


def test_country_of_the_report_wins_ambiguity(gazetteer):
    # "Ilam" is also a town in Nepal; a report on Iran means the Iranian one
    text = "Iran saw protests. Iran's police moved into Ilam."
    result = resolve(mentions_of(gazetteer, text, ["Iran", "Iran", "Ilam"]), text)
    assert result.country == "IR"
    assert result.places[2].candidate.country == "IR"


def test_demonyms_are_weak_country_evidence(gazetteer):
    text = "Protests in Springfield."
    result = resolve(mentions_of(gazetteer, text, ["Springfield"]), text, demonyms=["GB", "GB", "GB", "GB"])
    assert result.places[0].candidate.country == "GB"  # Springfield, Scotland


def test_region_alias_needs_its_country(gazetteer):
    # "Kurdish regions" is read in the report's country
    text = "Iraq and Iraq again. Fighting in Kurdish regions."
    result = resolve(mentions_of(gazetteer, text, ["Iraq", "Iraq", "Kurdish regions"]), text)
    region = result.places[2].candidate.region
    assert region.country == "IQ" and "IQ-AR" in region.admin1_codes


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Tehran has warned its neighbours.", "Tehran", "government"),
        ("Washington said it would respond.", "Washington", "government"),
        ("Protesters gathered in Tehran.", "Tehran", "location"),
        ("Kermanshah said nothing.", "Kermanshah", "location"),  # not a national capital
    ],
)
def test_capital_as_government_without_a_parse(gazetteer, text, name, role):
    result = resolve(mentions_of(gazetteer, text, [name]), text)
    assert result.places[0].role == role


@pytest.mark.parametrize(
    "text, names, want",
    [
        # "Oklahoma" is the state: Oklahoma City only shortens to it
        ("Teachers marched across Oklahoma.", ["Oklahoma"], [("admin1", "US-OK")]),
        # a big city called by the bare name stays the city
        ("Crowds gathered in New York.", ["New York"], [("city", "US-NY")]),
    ],
)
def test_province_and_its_city_of_that_name(gazetteer, text, names, want):
    result = resolve(mentions_of(gazetteer, text, names), text)
    assert [(r.candidate.feature, r.candidate.admin1_code) for r in result.places] == want


def test_repeated_name_is_one_vote_for_the_country(gazetteer):
    # four bare "St. Louis" must not outvote Missouri and a suburb for Senegal's Saint-Louis
    text = ("St. Louis police said. St. Louis leaders met. St. Louis schools shut. "
            "Residents of Lemay, Missouri, joined the St. Louis march.")
    names = ["St. Louis", "St. Louis", "St. Louis", "Lemay", "Missouri", "St. Louis"]
    result = resolve(mentions_of(gazetteer, text, names), text)
    assert {r.candidate.admin1_code for r in result.places if r.mention.text == "St. Louis"} == {"US-MO"}


def test_a_pinned_down_name_keeps_its_reading(gazetteer):
    # "Parkland, Florida" once, then bare "Parkland": the same town, not Washington's Parkland
    text = "A school shooting in Parkland, Florida. Later the Parkland students marched. Parkland mourned."
    names = ["Parkland", "Florida", "Parkland", "Parkland"]
    result = resolve(mentions_of(gazetteer, text, names), text)
    assert [r.candidate.admin1_code for r in result.places] == ["US-FL"] * 4


def test_province_keeps_its_own_english_name(gazetteer):
    from unrest.geo.build import english_name

    # "Golden State" is a nickname and "Carolina del Norte" a Spanish name: neither replaces the name
    assert english_name("California", ["Alta California", "Golden State", "State of California"]) == "California"
    assert english_name("North Carolina", ["Carolina del Norte", "Estado de Carolina del Norte",
                                           "State of North Carolina"]) == "North Carolina"
    assert english_name("Gambela Peoples", ["Gambela Region", "State of Gambela Peoples"]) == "Gambela"
    assert gazetteer.admin1("US-CA").name == "California"
    assert all(m.entry.admin1_code != "US-CA" for m in gazetteer.matches("Golden"))


def test_coordinated_places_are_of_one_kind(gazetteer):
    # beside a state, "Washington" is the state; beside a country, "Greece" is the country
    text = "Jobs went to states such as California or Washington. Seattle grew."
    result = resolve(mentions_of(gazetteer, text, ["California", "Washington", "Seattle"]), text)
    assert (result.places[1].candidate.feature, result.places[1].candidate.admin1_code) == ("admin1", "US-WA")
    text = "Orange County in California has an economy bigger than Greece or Portugal."
    result = resolve(mentions_of(gazetteer, text, ["Orange County", "California", "Greece", "Portugal"]), text)
    assert result.places[2].candidate.feature == "country"


def test_a_side_of_a_place_handed_over_whole(gazetteer):
    from unrest.geo.resolve import text_candidates

    found = text_candidates(gazetteer, "South Florida")  # Florida, US, and Uruguay's Florida
    assert all(c.feature == "region" for c in found)
    (south,) = [c for c in found if c.region.admin1_codes == ("US-FL",)]
    assert south.region.lat < gazetteer.admin1("US-FL").lat  # the southern part
    assert text_candidates(gazetteer, "Central American") == []  # a demonym is no place to split
