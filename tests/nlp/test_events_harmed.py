"""Who and what an attack harmed: named people and physical things as recipients (texts our own)."""

from __future__ import annotations

import pytest

from unrest.evaluation.muc import role_fillers
from unrest.models import Actor, Article, Event, Record, Span


def _recipients(extract_text, text: str) -> list[dict]:
    events = extract_text(text)["events"]
    return [r for e in events if e["type"] in ("ASSAULT", "FIGHT", "CRIME") for r in e["recipients"]]


@pytest.mark.parametrize("text, name, kind", [
    # a named person killed, the title before the name left out of the name
    ("Gunmen killed Mayor Tomas Ferreira Lago outside his office on Tuesday.", "Tomas Ferreira Lago", "government"),
    # the passive subject of a kidnapping
    ("Engineer Ana Maria Quiroga was kidnapped by rebels near the dam.", "Ana Maria Quiroga", "civilians"),
    # "the murder of X": a noun trigger
    ("Police are investigating the murder of journalist Pedro Salcedo Ruiz.", "Pedro Salcedo Ruiz", "media"),
])
def test_named_victims(extract_text, text, name, kind):
    found = _recipients(extract_text, text)
    assert any(r["name"] == name and r["kind"] == kind for r in found), found


@pytest.mark.parametrize("text, thing", [
    # the object of a damage verb
    ("Rebels dynamited two power pylons on Sunday night.", "power pylons"),
    # where a blast struck
    ("A car bomb exploded outside the Central Bank building in the capital.", "Central Bank building"),
    # the object of "set fire to"
    ("Attackers set fire to a bus in the northern district.", "bus"),
    # named as the target of the attack
    ("The radio station was the target of a bomb attack on Friday.", "radio station"),
    # a part of a building stands for the building
    ("A bomb exploded on the third floor of the hotel on Friday.", "hotel"),
    ("The blast damaged the windows and the door of the consulate.", "consulate"),
])
def test_property_targets(extract_text, text, thing):
    found = _recipients(extract_text, text)
    assert any(r["text"] == thing and r["kind"] == "other" for r in found), found


def test_a_later_surname_names_the_whole_person(extract_text):
    text = ("Senator Lucia Benitez Arroyo arrived in the city on Monday. "
            "Two days later gunmen shot Benitez Arroyo as she left a meeting.")
    assert any(r["name"] == "Lucia Benitez Arroyo" for r in _recipients(extract_text, text))


def test_no_victim_from_a_meeting(extract_text):
    assert _recipients(extract_text, "The minister met Carlos Duarte Paz in the capital on Friday.") == []


def test_muc_roles_read_victims_and_targets():
    text = "Guerrillas killed Rosa Elena Marin and burned a truck."
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  actors=[Actor("guerrillas", "armed_group", "Guerrillas")],
                  recipients=[Actor("Rosa Elena Marin", "civilians", "Rosa Elena Marin"),
                              Actor("truck", "other", "truck"), Actor("peasants", "civilians", "peasants")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["Victim"] == [["Rosa Elena Marin"]]
    assert roles["Target"] == [["truck"]]
    assert roles["PerpInd"] == [["Guerrillas"]]


@pytest.mark.parametrize("text, actor", [
    # people described by how they looked, with no kind of their own
    ("Two armed men shot the driver of the bus on Monday.", "armed men"),
    # hired killers as the agent of a passive
    ("The judge was murdered by hired assassins outside the court.", "hired assassins"),
    # the attack's modifier names who carried it out
    ("A terrorist attack destroyed the power station.", "terrorist"),
])
def test_unnamed_attackers(extract_text, text, actor):
    events = extract_text(text)["events"]
    assert any(a["text"] == actor for e in events if e["type"] == "ASSAULT" for a in e["actors"]), events


def test_muc_weapons_leave_out_means_of_war_and_merge_plurals():
    text = "Guerrillas threw a bomb and two bombs at the bank while helicopters circled."
    event = Event(id="e1", type="ASSAULT", mode="explosives", evidence=[Span(0, len(text))],
                  actors=[Actor("guerrillas", "armed_group", "Guerrillas")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["Weapon"] == [["bomb"]]


def test_muc_weapons_leave_out_arms_seized():
    text = "Soldiers attacked the camp and seized two rifles."
    attack = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                   actors=[Actor("soldiers", "military", "Soldiers")])
    seizure = Event(id="e2", type="COERCE", mode="seize", evidence=[Span(0, len(text))])
    roles = role_fillers(Record(article=Article(text=text), events=[attack, seizure]))
    assert roles["Weapon"] == []


@pytest.mark.parametrize("text, actor", [
    # blamed for the attack
    ("The government blamed the rebels for the bombing of the bridge.", "rebels"),
    # held responsible
    ("Officials said the militants were responsible for the murder of the judge.", "militants"),
    # the group that carried it out
    ("The attack on the bank was carried out by a group of armed men.", "armed men"),
    # arrested for the killing, named by a noun ("the arrest of X for ...")
    ("The army announced the arrest of four soldiers for killing two farmers.", "soldiers"),
    # the attack attributed to someone
    ("Authorities attributed the bombing of the bridge to drug traffickers.", "drug traffickers"),
    # named by their crime, doing something else in the sentence of the attack
    ("The attackers escaped in a truck, and the guard was wounded.", "attackers"),
])
def test_who_did_it(extract_text, text, actor):
    events = extract_text(text)["events"]
    assert any(a["text"] == actor for e in events if e["type"] == "ASSAULT" for a in e["actors"]), events


@pytest.mark.parametrize("text, judge", [
    # who blames, condemns or investigates an attack named as their object did not carry it out
    ("Officials blamed the Northern Front for the bombing of the bridge.", "Officials"),
    ("The African Union condemned the shelling of the camp near Goma.", "The African Union"),
    ("Prosecutors are investigating the stabbing of a student in Lyon.", "Prosecutors"),
])
def test_judges_of_an_attack_are_not_its_authors(extract_text, text, judge):
    events = extract_text(text)["events"]
    attacks = [e for e in events if e["type"] == "ASSAULT"]
    assert attacks, events
    assert not any(a["text"] == judge for e in attacks for a in e["actors"]), attacks


@pytest.mark.parametrize("text, actor, not_actor", [
    # a relative clause on a weapon: its object is harmed, not acting
    ("The explosives that killed the five soldiers were buried in a road near the border.", None, "soldiers"),
    # "ordered the arrest of X, whom it blamed for the attack": the ministry ordered no attack; X is blamed
    ("The interior ministry ordered the arrest of four alleged militants, whom it blamed for the attack.",
     "alleged militants", "interior ministry"),
])
def test_who_did_not_do_it(extract_text, text, actor, not_actor):
    attacks = [e for e in extract_text(text)["events"] if e["type"] == "ASSAULT"]
    names = {a["name"] for e in attacks for a in e["actors"]}
    assert not_actor not in names, attacks
    assert actor is None or actor in names, attacks


def test_the_attack_named_again_is_the_same_attack(extract_text):
    record = extract_text("A car bomb killed 11 people at a checkpoint in Kismayo on Saturday. Officials said the "
                          "Coastal Front and a local militia were behind the attack. The health ministry later put "
                          "the toll from the attack at 14.", published="2025-03-03")
    attacks = [e for e in record["events"] if e["type"] == "ASSAULT"]
    assert len(attacks) == 1, attacks
    (attack,) = attacks
    # its authors, not the bomb, nor the ministry that counted the dead
    assert {a["name"] for a in attack["actors"]} == {"Coastal Front", "local militia"}
    assert attack["date"]["start"] == "2025-03-01" and len(attack["evidence"]) == 3
    # both tolls measure it, the later one from its own sentence
    assert {f["value"] for f in record["figures"] if f["event"] == attack["id"]} == {11, 14}


def test_an_attack_with_its_own_date_and_place_is_another(extract_text):
    record = extract_text("Gunmen shot dead four farmers near Jos on Monday. The attack in Bauchi on Tuesday "
                          "killed two traders.", published="2025-03-05")
    assert len([e for e in record["events"] if e["type"] == "ASSAULT"]) == 2


def test_muc_organisation_named_inside_individuals():
    text = "Members of the Shining Path and army troops attacked the village."
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  actors=[Actor("members of the Shining Path", "armed_group", "members of the Shining Path"),
                          Actor("army troops", "military", "army troops")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["PerpInd"] == [["members of the Shining Path"], ["army troops"]]
    assert sorted(roles["PerpOrg"]) == [["Shining Path"], ["army"]]


@pytest.mark.parametrize("text, names", [
    # names in apposition to a description, the second hung on the first's home town, one more added by "together with"
    (("The two engineers, Ana Ruiz of Lima and Luis Paz of Quito, together with Engineer Carlos Vega Soto, were "
      "kidnapped on Monday."), ["Ana Ruiz", "Luis Paz", "Carlos Vega Soto"]),
    # a list introduced by "including"
    ("Rebels killed six villagers, including Marta Gil Luna, on Sunday.", ["Marta Gil Luna"]),
])
def test_victims_listed_together(extract_text, text, names):
    found = {r["name"] for r in _recipients(extract_text, text)}
    assert set(names) <= found, found


def test_passive_subject_the_parser_left_unlinked():
    from spacy.tokens import Doc

    from unrest.nlp.event_context import harmed
    from unrest.nlp.pipeline import get_nlp

    # "priest ignacio marin and two women were murdered", with the name parsed as an adverbial, not the subject
    words = ["priest", "ignacio", "marin", "and", "two", "women", "were", "murdered", "."]
    doc = Doc(get_nlp().vocab, words=words, heads=[2, 2, 7, 5, 5, 2, 7, 7, 7],
              deps=["compound", "compound", "npadvmod", "cc", "nummod", "conj", "auxpass", "ROOT", "punct"],
              tags=["NN", "NNP", "NNP", "CC", "CD", "NNS", "VBD", "VBN", "."],
              pos=["NOUN", "PROPN", "PROPN", "CCONJ", "NUM", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=[*words[:6], "be", "murder", "."])
    sent = next(iter(doc.sents))
    assert [(span.text, what) for span, what in harmed(sent, [doc[7]])] == [("ignacio marin", "person")]


def test_muc_unnamed_men_who_attacked_are_perpetrators():
    text = "Two men shot the driver."
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  actors=[Actor("men", "civilians", "men")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["PerpInd"] == [["Two men"]]


@pytest.mark.parametrize("text, actor, expected", [
    # the count before the attackers stays with them
    ("Three armed men shot the driver.", "armed men", "Three armed men"),
    # an approximate count
    ("About 20 rebels attacked the post.", "rebels", "About 20 rebels"),
    # no count: the phrase as it is
    ("Rebels attacked the post.", "Rebels", "Rebels"),
    # a count goes with a plural: "three terrorist attacks" does not count the terrorist
    ("Three terrorist attacks hit the city.", "terrorist", "terrorist"),
])
def test_muc_perpetrators_keep_their_count(text, actor, expected):
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  actors=[Actor(actor.lower(), "armed_group", actor)])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["PerpInd"] == [[expected]]


@pytest.mark.parametrize("text, orgs", [
    # an armed group named in the sentence of an attack that harmed something
    ("A bomb planted by the Shining Path destroyed the bank.", [["Shining Path"]]),
    # a two-letter acronym is a common word in a text without capitals: 'is' names no group
    ("the bomb that destroyed the bank is the third this year.", []),
])
def test_muc_group_named_with_an_attack(text, orgs):
    event = Event(id="e1", type="ASSAULT", mode="explosives", evidence=[Span(0, len(text))],
                  recipients=[Actor("bank", "other", "bank")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["PerpOrg"] == orgs


def test_stray_agent_of_a_passive_harm_word():
    from spacy.tokens import Doc

    from unrest.nlp.event_context import attackers
    from unrest.nlp.pipeline import get_nlp

    # "the bodies of the priests murdered on friday by armed men were buried", 'by' hung on 'bodies'
    words = ["the", "bodies", "of", "the", "priests", "murdered", "on", "friday", "by", "armed", "men", "were", "buried"]
    doc = Doc(get_nlp().vocab, words=words, heads=[1, 12, 1, 4, 2, 4, 5, 6, 1, 10, 8, 12, 12],
              deps=["det", "nsubjpass", "prep", "det", "pobj", "acl", "prep", "pobj", "prep", "amod", "pobj", "auxpass", "ROOT"],
              tags=["DT", "NNS", "IN", "DT", "NNS", "VBN", "IN", "NNP", "IN", "JJ", "NNS", "VBD", "VBN"],
              pos=["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "ADJ", "NOUN", "AUX", "VERB"],
              lemmas=["the", "body", "of", "the", "priest", "murder", "on", "friday", "by", "armed", "man", "be", "bury"])
    sent = next(iter(doc.sents))
    assert [(span.text, kind) for span, kind in attackers(sent, [doc[5]])] == [("armed men", "armed_group")]


@pytest.mark.parametrize("text, names", [
    # "identified as" after the victims of an attack, a list with a description between the names
    ("The victims of the attack were identified as David Lecky Paz, a teacher, and James Arthur Soto.",
     ["David Lecky Paz", "James Arthur Soto"]),
    # the victim was X
    ("Police said the victim of the shooting was Ana Ruiz Soto.", ["Ana Ruiz Soto"]),
    # X was the victim
    ("Ana Ruiz Soto was the victim of the bombing.", ["Ana Ruiz Soto"]),
])
def test_victims_named_as_the_victims(nlp_model, text, names):
    from unrest.nlp.event_context import harmed
    from unrest.nlp.event_vocab import HARM_WORDS

    sent = next(iter(nlp_model(text).sents))
    found = [span.text for span, what in harmed(sent, [t for t in sent if t.lemma_.lower() in HARM_WORDS]) if what == "person"]
    assert set(names) <= set(found), found


@pytest.mark.parametrize("thing", [
    "embassies",  # -ies from -y
    "public buses",  # -es after s
    "businesses",  # -es after ss
    "trucks",  # a plain plural
])
def test_muc_plural_things_are_targets(thing):
    text = f"Rebels bombed the {thing}."
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  recipients=[Actor(thing, "other", thing)])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["Target"] == [[thing]]


@pytest.mark.parametrize("text, recipients, perpetrators", [
    # troops striking a rebel camp: combat, not a terrorist incident
    ("The troops attacked them.", [Actor("rebels", "armed_group", "rebels")], []),
    # troops killing a named civilian are perpetrators
    ("The troops attacked them.", [Actor("Rosa Elena Marin", "civilians", "Rosa Elena Marin")], [["troops"]]),
    # troops arrested for a killing, the harmed left unnamed, are perpetrators
    ("The troops were arrested for killing three farmers.", [], [["troops"]]),
    # troops attacking no one named: combat
    ("The troops attacked the outskirts of the town.", [], []),
])
def test_muc_state_forces_in_combat_are_no_perpetrators(text, recipients, perpetrators):
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  actors=[Actor("troops", "military", "troops")], recipients=recipients)
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["PerpInd"] == perpetrators


def test_muc_one_victim_under_a_short_and_a_full_name():
    text = "Gunmen killed Ana Ruiz. Ana Ruiz Soto died at once; the attackers also killed Luis Paz."
    event = Event(id="e1", type="ASSAULT", mode=None, evidence=[Span(0, len(text))],
                  recipients=[Actor("Ana Ruiz", "civilians", "Ana Ruiz"),
                              Actor("Ana Ruiz Soto", "civilians", "Ana Ruiz Soto"),
                              Actor("Luis Paz", "civilians", "Luis Paz")])
    roles = role_fillers(Record(article=Article(text=text), events=[event]))
    assert roles["Victim"] == [["Ana Ruiz Soto"], ["Luis Paz"]]


@pytest.mark.parametrize("text, absent", [
    # the outlet in a dateline the parser read into the first sentence is no victim
    ("DAKAR, June 3 (Meridian Wire) - At least nine people were killed in clashes in Senegal on Friday.",
     "Meridian Wire"),
])
def test_dateline_is_not_harmed(extract_text, text, absent):
    assert all(r["text"] != absent for r in _recipients(extract_text, text))
