"""Who says so: the source of each figure as written, its kind, how many sources, via whom, how sure."""

from __future__ import annotations

import pytest


def _attributions(record: dict) -> dict[float, dict | None]:
    return {f["value"]: f["attribution"] for f in record["figures"]}


@pytest.mark.parametrize("text, value, expected", [
    # a source after the claim covers the whole sentence
    ("At least 14 people were killed, the health ministry said.", 14,
     {"source": "the health ministry", "kind": "official"}),
    # a dateline is no speaker, even when the parser makes it a second subject of "said"
    ("OUAGADOUGOU — Suspected jihadist fighters killed at least 40 civilians and six members of a volunteer "
     "defence militia in an attack on the town of Djibo in northern Burkina Faso on Sunday, local officials and "
     "residents said.", 40, {"source": "local officials and residents"}),
    # a lowercase title the parser split from its name still makes the speaker official
    ("superintendent of police rajesh pandit said 42 persons had been detained so far.", 42, {"kind": "official"}),
    # lowercase copy: a surname the tagger reads as an auxiliary of "said" stays in the source
    ("patna: state home minister anil modi said on monday that nine people were arrested.", 9,
     {"source": "state home minister anil modi", "kind": "official"}),
    # "the statement said": the statement issued in the sentence before speaks for who issued it
    ("The Eastern Salvation Army issued a statement on Friday. Nine militiamen were killed in the raid, the "
     "statement said.", 9, {"source": "The Eastern Salvation Army"}),
    # "the report said": the report published by a group named before
    ("A report published by the Coastal Rights Watch on Tuesday covers two districts. The report said 57 "
     "people had been detained without charge.", 57, {"source": "the Coastal Rights Watch", "kind": "ngo"}),
    # "its researchers" inside the group's own statement: the count is the group's
    ("Human Rights Watch said its researchers had documented at least 31 deaths in Conakry.", 31,
     {"source": "Human Rights Watch", "kind": "ngo"}),
    # "according to" names the source
    ("According to the Kenya Human Rights Commission, 39 people have died.", 39,
     {"source": "the Kenya Human Rights Commission"}),
    # ... and relays through no one else
    ("By Tuesday the toll had risen to 31, according to the regional health bureau.", 31,
     {"source": "the regional health bureau", "via": None}),
    # a counted source: n_sources, and anonymous
    ("Two hospital sources said 17 bodies had been brought in.", 17,
     {"source": "Two hospital sources", "kind": "anonymous", "n_sources": 2}),
    # who it was told to: via
    ("A police spokesman told Radio Meridian that 230 people were detained.", 230,
     {"kind": "official", "via": "Radio Meridian"}),
    # a hedge word of the claim's own: reportedly
    ("More than 60 people were reportedly arrested in the port city.", 60, {"hedge": "reported"}),
    # estimates and claims
    ("Organisers estimated the crowd at 50,000.", 50000, {"source": "Organisers", "hedge": "estimated"}),
    # reports with no one named are their own (anonymous) source
    ("Unconfirmed reports say four more people died overnight.", 4,
     {"source": "Unconfirmed reports", "kind": "anonymous", "hedge": "reported"}),
    ("According to radio reports 12 soldiers were wounded.", 12, {"source": "radio reports", "kind": "media"}),
])
def test_source_of_a_figure(extract_text, text, value, expected):
    att = _attributions(extract_text(text))[value]
    assert att is not None
    assert {k: att[k] for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    # figures that disagree inside one report keep their own sources
    ("Police said one person was killed, but the opposition coalition claimed that 11 had died.",
     {1: "Police", 11: "the opposition coalition"}),
    # a participle speaks for the subject before it, not for the sentence's first speaker
    ('The security ministry said 14 officers were hurt by stones and that 31 people had been detained, a '
     'figure the union disputed, saying "nearly 60" of its members were still being held on Friday.',
     {31: "The security ministry", 60: "the union"}),
    # the source carries into a hedged sentence that names none ("estimates put ...")
    ("A dispatch from the Coastal Herald described a large crowd. "
     "Estimates put the number of marchers near 8,000.",
     {8000: "the Coastal Herald"}),
    # pronouns point back to the speaker named before
    ("Colonel Amara Diallo, the army spokesman, briefed reporters on Monday. "
     "He said 45 soldiers had been deployed to the border town.",
     {45: "Amara Diallo"}),
    # "it" may be a source named earlier in the same sentence
    ("The Civil Liberties Union, a watchdog, said it had documented 84 people wounded by gunfire.",
     {84: "The Civil Liberties Union"}),
    # "the ministry said" is the ministry named before, not the last speaker
    ("The interior ministry said 30 officers were hurt. Doctors at a field clinic said the toll was higher. "
     "The ministry said 140 people had been taken to hospital.",
     {30: "The interior ministry", 140: "The interior ministry"}),
    # a quotation takes the source named where it closes
    ('"We have detained nine men. The town is calm now," the district police chief said.',
     {9: "the district police chief"}),
])
def test_sources_across_sentences(extract_text, text, expected):
    atts = _attributions(extract_text(text))
    for value, source in expected.items():
        assert atts[value] is not None and source in atts[value]["source"], (value, atts[value])


@pytest.mark.parametrize("text, value, kind", [
    # a titled official named in lowercase copy, then by surname only
    ("curfew was imposed in the old city, district police commissioner ram lal verma said. "
     "so far, 35 people have been arrested, verma said.", 35, "official"),
    # a title "of police" stays whole
    ("the situation was under control, inspector general of police a k singh told reporters. "
     "singh said 12 companies of reserve police had arrived.", 12, "official"),
    # a parliamentary committee is an official body, though it speaks of rights
    ("The parliament's human rights committee said 99 people had been killed.", 99, "official"),
    # a rights group
    ("Amnesty International said at least 21 protesters were shot dead.", 21, "ngo"),
])
def test_kind_of_a_source(extract_text, text, value, kind):
    att = _attributions(extract_text(text))[value]
    assert att is not None and att["kind"] == kind, att
