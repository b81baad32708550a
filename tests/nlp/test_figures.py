"""What a number counts: category and unit, decided from the words around it."""

from __future__ import annotations

import pytest

import unrest.nlp.components.figures  # noqa: F401  (registers the components)


@pytest.fixture(scope="module")
def figures():
    from unrest.nlp.model import load_model

    nlp = load_model()  # our own copy: this module adds pipes
    nlp.add_pipe("unrest_numbers")
    nlp.add_pipe("unrest_figures")

    def run(text: str) -> list[tuple[str, str, float]]:
        return [(f.category, f.unit, f.value) for f in nlp(text)._.unrest_figures]

    return run


@pytest.mark.parametrize("text, expected", [
    # a casualty verb right after the counted people
    ("At least 19 people have been killed.", [("killed", "person", 19)]),
    # a bare number and its verb, with no noun
    ("More than 1,300 detained since the rallies began.", [("arrested", "person", 1300)]),
    # two figures in one clause keep their own verbs
    ("At least 19 people have died and more than 1,300 arrested.",
     [("killed", "person", 19), ("arrested", "person", 1300)]),
    # the verb governs the number through the parse
    ("Police said 73 died in the firing.", [("killed", "person", 73)]),
    # an adjective of state
    ("Three dead and 12 wounded were taken to hospital.", [("killed", "person", 3), ("injured", "person", 12)]),
    # a death toll is a count of the killed
    ("The death toll rose to 427 on Friday.", [("killed", "person", 427)]),
    # elliptical figures borrow from the figure they break down
    ("Police said 73 died: 43 in Mehsana, 27 in Godhra and three in Vadodara.",
     [("killed", "person", 73), ("killed", "person", 43), ("killed", "person", 27), ("killed", "person", 3)]),
    # forces: the counted noun, even after a list of names
    ("Roughly 400 Wagner, Chadian rebel and RSF-aligned fighters crossed the frontier.",
     [("forces", "fighter", 400)]),
    ("The government deployed 5,000 troops to the north.", [("forces", "troop", 5000)]),
    # "the number of X at N" names what N counts
    ("Officials put the number of troops at about 3,000.", [("forces", "troop", 3000)]),
    # the parser may hang "at N" deep inside the relative clause of the frame: the frame still counts
    ("Local officials' estimates placed the number of people who fled their homes in Garissa and nearby "
     "towns at around 3,000.", [("displaced", "person", 3000)]),
    # crowds
    ("Hundreds of protesters gathered outside parliament.", [("participants", "protester", 200)]),
    ("About 10,000 people marched through the capital.", [("participants", "person", 10000)]),
    # places and durations
    ("Rallies were held in more than 40 towns across 9 regions.",
     [("places", "town", 40), ("places", "region", 9)]),
    ("The strike lasted three days.", [("duration", "day", 3)]),
    ("Strikes continued for a ninth straight day.", [("duration", "day", 9)]),
    # money, with a currency sign or name
    ("The state paid $2.5 billion in compensation.", [("money", "USD", 2_500_000_000)]),
    ("Families received 200,000 rupees each.", [("money", "rupee", 200000)]),
    # displaced, missing, executed
    ("Some 40,000 people fled their homes.", [("displaced", "person", 40000)]),
    ("Nine activists remain missing.", [("missing", "activist", 9)]),
    ("Two men were executed at dawn.", [("executed", "man", 2)]),
    # soldiers who were killed are casualties, not a deployment
    ("Four soldiers were killed in the ambush.", [("killed", "soldier", 4)]),
    # a percentage is a share, not a count
    ("Inflation reached 40 percent.", []),
    # "a 36-hour curfew" is a duration
    ("Troops enforced a 36-hour curfew.", [("duration", "hour", 36)]),
    # treated in hospital: injured
    ("Dozens of people were treated for injuries.", [("injured", "person", 24)]),
    # people joined to a casualty's object share its verb: soldiers killed are no deployment
    ("Gunmen killed 40 civilians and six soldiers.", [("killed", "civilian", 40), ("killed", "soldier", 6)]),
    ("Police arrested 12 students and three teachers.", [("arrested", "student", 12), ("arrested", "teacher", 3)]),
    # ... unless they are the subject of a verb of their own
    ("The blast killed 5 people and 2,000 residents fled.", [("killed", "person", 5), ("displaced", "resident", 2000)]),
    # the sides of a clash are not its dead
    ("Clashes between two groups in the town left three persons dead.", [("other", "group", 2), ("killed", "person", 3)]),
    # companies are firms unless forces are named with them or sent somewhere
    ("The regulator fined 300 companies.", [("other", "company", 300)]),
    ("Five companies of the border police were rushed to the town.", [("forces", "company", 5)]),
    ("Two more companies were deployed in the old city.", [("forces", "company", 2)]),
    # a decree named by its number is no count
    ("The fuel subsidy, cut by Decree 451, ended on Friday.", []),
    # ages are no figures of the crisis: after a name and before "as", after "age from", "aged between"
    ("The post went to Ilse Varga, 74, as interim chair.", []),
    ("Unions oppose raising the retirement age from 60 to 62.", []),
    ("Police arrested 14 people aged between 18 and 30.", [("arrested", "person", 14)]),
    # what a verb of protest acts on is not who protests
    ("The government blocked 26 websites after protesters stormed the parliament.", [("other", "website", 26)]),
    ("Some 2,000 farmers blocked the highway.", [("participants", "farmer", 2000)]),
    # ... and after a name at the sentence's end
    ("\"The market is empty,\" said trader Ilse Varga, 52.", []),
    # (the age of things counted is no age)
    ("Engineers checked the age of 120 bridges.", [("other", "bridge", 120)]),
    # sources who count the dead are not among them
    ("Gunmen killed 40 villagers. Two security sources put the death toll at 50.",
     [("killed", "villager", 40), ("other", "source", 2), ("killed", "person", 50)]),
])
def test_category_and_unit(figures, text, expected):
    assert figures(text) == expected


@pytest.fixture(scope="module")
def quantities(nlp_model):
    from unrest.nlp.quantities import find_quantities

    def run(text: str) -> list[tuple[float, str, str | None]]:
        return [(q.value, q.unit, q.change) for q in find_quantities(nlp_model(text))]

    return run


@pytest.mark.parametrize("text, expected", [
    # a share and a change: the verb says which way
    ("Exports climbed 4.5% in May.", [(4.5, "percent", "up")]),
    ("The index slid 2 percent to 3,100 points.", [(2, "percent", "down"), (3100, "point", None)]),
    # "by" marks the size of a change, also after a transitive verb
    ("The bank raised its rate by 50 basis points.", [(50, "basis point", "up")]),
    # the object of a transitive verb is what changed, not by how much
    ("The carmaker cut 3,000 jobs.", [(3000, "job", None)]),
    # "up"/"down" before the number
    ("The currency was down 1.3% against the euro.", [(1.3, "percent", "down")]),
    # currencies: symbols with a country prefix, codes after the number, words
    ("The flat sold for HK $8.2m.", [(8_200_000, "hong kong dollar", None)]),
    ("A coffee costs 4.50 euros in the old town.", [(4.5, "euro", None)]),
    ("The fund manages 3 billion Swiss francs.", [(3e9, "swiss franc", None)]),
    # pounds: sterling when money is paid, a weight when something weighs
    ("The club paid 60 million pounds for him.", [(60e6, "pound sterling", None)]),
    ("The parcel weighs 12 pounds.", [(12, "pound-mass", None)]),
    # rates: a unit per another
    ("Diesel sells for $4 a gallon.", [(4, "dollar per gallon", None)]),
    ("The plant makes 400 cars a day.", [(400, "car per day", None)]),
    # measures, written apart, glued or hyphenated
    ("The bridge spans 2.3 km.", [(2.3, "kilometre", None)]),
    ("A 55-inch screen hangs on the wall.", [(55, "inch", None)]),
    ("Winds reached 90 mph on the coast.", [(90, "mile per hour", None)]),
    ("The dam holds back 40 million cubic metres of water.", [(40e6, "cubic metre", None)]),
    # ages
    ("The 19-year-old forward scored twice.", [(19, "year of age", None)]),
    # counted nouns keep their adjectives, the head noun singular
    ("The shop stocks 300 different teas.", [(300, "different tea", None)]),
    ("Twelve regional airports closed.", [(12, "regional airport", None)]),
    # a part of a total keeps the unit of the total
    ("About 5 million homes lost power, including 1.2 million in the north.",
     [(5e6, "home", None), (1.2e6, "home", None)]),
])
def test_quantities(quantities, text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text, parts", [
    # a part named beside its total points to it
    ("At least nine people, including three children, were killed in the blast.", [None, "f1"]),
    ("Police said 40 people were hurt, 12 of them officers.", [None, "f1"]),
    # two counts of one category that are not a total and its part point nowhere
    ("Police said 40 people were injured, while medics said 52 people were hurt.", [None, None]),
])
def test_part_of_a_total(extract_text, text, parts):
    record = extract_text(text)
    assert [f["part_of"] for f in record["figures"] if f["category"] != "other"] == parts
