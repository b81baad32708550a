"""``unrest_places`` on the reference report and on short sentences written for these tests."""

import pytest
from spacy.language import Language


def places(nlp, text):
    return nlp(text)._.unrest_places


def find(found, text):
    return [p for p in found if p.text == text]


# -- the reference report (shared/seed): what seed.expected.json asks of places -----------

SEED_PLACES = [
    # name (or None), name_contains, text_contains, feature, country, admin1_code
    ("Iran", None, None, "country", "IR", None),  # the country itself
    ("Tehran", None, None, None, "IR", "IR-23"),  # the capital
    (None, "Kermanshah", None, None, "IR", "IR-05"),  # province, listed with provinces
    (None, "Lorestan", None, None, "IR", "IR-15"),
    (None, "Ilam", None, None, "IR", "IR-16"),  # the Iranian province, not Ilam in Nepal
    (None, "Ahvaz", None, "city", "IR", "IR-06"),  # a city in Khuzestan
    (None, None, "northern Iran", "region", "IR", None),  # a direction region
    (None, None, "Kurdish regions", "region", "IR", None),  # a named region
]


@pytest.mark.parametrize("name, name_contains, text_contains, feature, country, admin1_code", SEED_PLACES)
def test_seed_places(seed_doc, name, name_contains, text_contains, feature, country, admin1_code):
    def ok(p):
        return (
            (name is None or p.name == name)
            and (name_contains is None or name_contains.lower() in p.name.lower())
            and (text_contains is None or text_contains.lower() in p.text.lower())
            and (feature is None or p.feature == feature)
            and p.country == country
            and (admin1_code is None or p.admin1_code == admin1_code)
        )

    assert any(ok(p) for p in seed_doc._.unrest_places)


@pytest.mark.parametrize("word", ["Iraqi", "Lebanese", "Afghan", "Iranian"])  # nationalities, not places
def test_seed_demonyms_are_not_places(seed_doc, word):
    assert not [p for p in seed_doc._.unrest_places if p.text.lower() == word.lower()]


def test_seed_country_hint_and_shape(seed_doc):
    found = seed_doc._.unrest_places
    assert seed_doc._.unrest_country_hint == "IR"
    assert [p.id for p in found] == [f"p{i}" for i in range(1, len(found) + 1)]
    assert all(seed_doc.text[p.start : p.end] == p.text for p in found)
    assert [p.start for p in found] == sorted(p.start for p in found)
    kurdish = next(p for p in found if p.text == "Kurdish regions")
    assert {"IR-12", "IR-05"} <= set(kurdish.admin1_codes) and kurdish.lat is not None


def test_seed_capital_as_government(seed_doc):
    # the report says the capital "has warned" suppliers: the government, not the city
    assert "government" in {p.role for p in seed_doc._.unrest_places if p.name == "Tehran"}


def test_seed_organisation_named_after_a_country_is_not_a_place(seed_doc):
    # the broadcaster "Iran International" names no place
    starts = [p.start for p in seed_doc._.unrest_places]
    for i in range(len(seed_doc.text)):
        i = seed_doc.text.find("Iran International", i)
        if i < 0:
            break
        assert i not in starts


# -- sentences written for these tests -----------------------------------------------------

CASES = [
    # text, span, feature, country, admin1_code
    ("Protesters clashed with police in Atlanta, Georgia, on Friday.", "Georgia", "admin1", "US", "US-GA"),
    ("Protesters clashed with police in Atlanta, Georgia, on Friday.", "Atlanta", "city", "US", "US-GA"),
    ("Georgia's president met the crowds in Tbilisi.", "Georgia", "country", "GE", None),
    ("Thousands marched in Paris, France.", "Paris", "city", "FR", "FR-IDF"),
    ("A smaller rally took place in Paris, Texas.", "Paris", "city", "US", "US-TX"),
    ("Officers in Springfield said the suspect fled toward Chicago, Illinois.", "Springfield", "city", "US", "US-IL"),
    ("Israeli strikes hit villages in south Lebanon overnight.", "south Lebanon", "region", "LB", None),
    ("Shelling continued in eastern Ukraine near Bakhmut.", "eastern Ukraine", "region", "UA", None),
    ("Shelling continued in eastern Ukraine near Bakhmut.", "Bakhmut", "city", "UA", "UA-14"),
    ("Protests spread to north Gujarat and the Kashmir Valley.", "north Gujarat", "region", "IN", "IN-GJ"),
    ("Protests spread to north Gujarat and the Kashmir Valley.", "Kashmir Valley", "region", "IN", "IN-JK"),
    ("Fighting erupted in Darfur as the paramilitaries advanced.", "Darfur", "region", "SD", None),
    ("Sirens sounded across Donbas on Monday.", "Donbas", "region", "UA", None),
    ("Demonstrators from the Kurdish regions of Iraq marched on Erbil.", "Kurdish regions", "region", "IQ", None),
    ("The army deployed to the western provinces of Iran.", "western provinces of Iran", "region", "IR", None),
    ("Iran's unrest reached the western provinces.", "western provinces", "region", "IR", None),
    ("South Sudan closed its border.", "South Sudan", "country", "SS", None),  # a name, not a direction
    ("A male protester was detained in Malé, the capital of the Maldives.", "Maldives", "country", "MV", None),
    ("Crowds filled Tahrir Square in Baghdad.", "Tahrir Square", "site", "IQ", "IQ-BG"),
    # a site abroad takes the town of its own sentence, whatever the report's country
    ("Protests spread across Iran. Exiles rallied in Trafalgar Square in London.", "Trafalgar Square", "site", "GB",
     "GB-ENG"),
    # a site with no town in its sentence: the last town before it in its paragraph
    ("Students marched in Mombasa on Friday. Police later cleared Uhuru Square.", "Uhuru Square", "site", "KE", "KE-28"),
    # ... else the town the report is datelined from, not the last one it happened to name
    ("NAIROBI — Protests spread to Nairobi, Kisumu and Mombasa.\n\nRiot police sealed off Uhuru Square on Tuesday.",
     "Uhuru Square", "site", "KE", "KE-30"),
    ("Large crowds marched in Marseille, Lyon, Toulouse and Nantes.", "Lyon", "city", "FR", "FR-ARA"),
    # a dateline says "place" as "in" does, for a town the tagger may read as an organisation
    ("KUTAISI — Thousands of people rallied on Tuesday.", "KUTAISI", "city", "GE", "GE-IM"),
    # lowercase text: the NER finds nothing, the gazetteer does
    ("police fired tear gas at protesters in kolkata, ahmedabad and lucknow on monday.", "kolkata", "city", "IN", "IN-WB"),
    ("police fired tear gas at protesters in kolkata, ahmedabad and lucknow on monday.", "ahmedabad", "city", "IN", "IN-GJ"),
    ("police fired tear gas at protesters in kolkata, ahmedabad and lucknow on monday.", "lucknow", "city", "IN", "IN-UP"),
    ("riots broke out in godhra after the train fire in gujarat.", "godhra", "city", "IN", "IN-GJ"),
    ("clashes were reported in ahvaz, in southwestern iran.", "ahvaz", "city", "IR", "IR-06"),
    ("curfew was imposed in leh after clashes across ladakh.", "leh", "city", "IN", "IN-LA"),  # small town, cued
]


@pytest.mark.parametrize("text, span, feature, country, admin1_code", CASES)
def test_place_found_and_resolved(places_nlp, text, span, feature, country, admin1_code):
    hits = find(places(places_nlp, text), span)
    assert hits, f"{span!r} not found"
    p = hits[0]
    assert (p.feature, p.country) == (feature, country)
    if admin1_code:
        assert p.admin1_code == admin1_code


NOT_PLACES = [
    # text, word that must not be a place
    ("Iraqi militias and Lebanese Hezbollah fighters joined Afghan volunteers.", "Iraqi"),  # demonyms
    ("Iraqi militias and Lebanese Hezbollah fighters joined Afghan volunteers.", "Lebanese"),
    ("Iraqi militias and Lebanese Hezbollah fighters joined Afghan volunteers.", "Afghan"),
    ("Protesters burned the Iranian flag.", "Iranian"),
    ("police said the march will continue.", "police"),  # English words that are towns somewhere
    ("police said the march will continue.", "march"),
    ("police said the march will continue.", "said"),
    ("police said the march will continue.", "will"),
    ("a male protester was among those held.", "male"),
    ("The police said the report was false.", "police"),
    ("Ethiopia is Africa's second most populous nation.", "Africa"),  # a continent
    ("army and assam rifles personnel staged flag marches in imphal.", "assam"),  # a force's name
    ("A broadcast on Iran International said so.", "Iran"),  # a broadcaster
]


@pytest.mark.parametrize("text, word", NOT_PLACES)
def test_not_a_place(places_nlp, text, word):
    assert not find(places(places_nlp, text), word)


@pytest.mark.parametrize(
    "text, span, role",
    [
        ("Tehran has warned Washington against interference.", "Tehran", "government"),
        ("Tehran has warned Washington against interference.", "Washington", "location"),
        ("New Delhi rejected the claim on Tuesday.", "New Delhi", "government"),
        ("Washington said it would impose new sanctions.", "Washington", "government"),
        ("Thousands gathered in Tehran on Friday.", "Tehran", "location"),
    ],
)
def test_capital_as_government(places_nlp, text, span, role):
    hits = find(places(places_nlp, text), span)
    assert hits and hits[0].role == role and hits[0].feature == "city"


@pytest.mark.parametrize(
    "text, country",
    [
        ("Clashes in Kharkiv and Odesa; Kyiv said little.", "UA"),
        ("riots in kolkata and howrah; west bengal police said.", "IN"),
        ("Iraqi and Iraqi officials met.", "IQ"),  # demonyms alone still hint
        ("Nothing here names a place.", None),
    ],
)
def test_country_hint(places_nlp, text, country):
    assert places_nlp(text)._.unrest_country_hint == country


def test_component_contract():
    import spacy

    import unrest.nlp.components.places  # noqa: F401

    assert "unrest_places" in Language.factories
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("unrest_places")
    doc = nlp("Protests in Tehran.")  # no NER at all: capitalised gazetteer names still count
    assert [p.name for p in doc._.unrest_places] == ["Tehran"]
    info = spacy.blank("en")
    info.add_pipe("ner")
    info.add_pipe("unrest_places")
    assert not info.analyze_pipes()["problems"]["unrest_places"]


def test_places_as_contract_dicts(places_nlp):
    (p,) = places(places_nlp, "Clashes erupted in Kermanshah province.")
    d = p.as_dict()
    assert set(d) >= {"id", "text", "start", "end", "name", "feature", "lat", "lon", "geonameid",
                      "admin1", "admin1_code", "country", "admin1_codes", "role"}
    assert (d["feature"], d["admin1_code"]) == ("admin1", "IR-05")
