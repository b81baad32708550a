"""Actors: known names with aliases and kinds from data, unknown ones a kind from their head word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, kind", [
    # an alias maps to the canonical name
    ("The IRGC said it had detained three men.", "Islamic Revolutionary Guard Corps", "military"),
    # a Latin American armed group from the data file
    ("The FMLN claimed the attack on the power station.", "Farabundo Marti National Liberation Front", "armed_group"),
    # an unknown force: the head noun gives the kind
    ("Riot police fired tear gas at the marchers.", "Riot police", "state_security"),
    # a rights group nobody listed
    ("A local rights group counted the dead.", "local rights group", "rights_group"),
    # students protesting
    ("Students blocked the main road.", "Students", "protesters"),
    # a judge acts for the state
    ("A judge in Lima froze the company's accounts.", "judge", "government"),
    # a security chief is a security force
    ("The city's security chief warned against new rallies.", "city's security chief", "state_security"),
])
def test_actor_kinds(nlp_full, text, name, kind):
    doc = nlp_full(text)
    found = [(a.name, a.kind) for a in doc._.unrest_actors]
    assert (name, kind) in found, found


@pytest.mark.parametrize("text, word", [
    # a name the tagger calls an organisation but that names a suburb is a place, not an actor
    ("A boy was shot in the Yeumbeul suburb of Dakar, rights groups said.", "Yeumbeul"),
])
def test_names_of_places_are_not_actors(nlp_full, text, word):
    doc = nlp_full(text)
    assert all(word not in a.text for a in doc._.unrest_actors)


def test_data_file_is_well_formed():
    from unrest.nlp.components.actors import known_actors

    kinds = {"state_security", "military", "government", "militia", "armed_group", "protesters", "civilians",
             "rights_group", "media", "foreign_state", "international_org", "other"}
    names = set()
    for entry in known_actors():
        assert entry["kind"] in kinds, entry
        assert entry["name"] not in names, entry["name"]
        names.add(entry["name"])


@pytest.mark.parametrize("text, name, kind", [
    # a country as the subject of a verb is its state: the report's own, a government
    ("Chile will back the trade bloc's new members.", "Chile", "government"),
    # a capital used for its government
    ("Washington has urged both sides to show restraint.", "Washington", "government"),
    # a second country in a conjunction is a foreign state in a report about the first
    ("Norway and Denmark signed a fishing accord in Oslo on Monday.", "Denmark", "foreign_state"),
    # a country named as a passive's agent acts too
    ("The proposal was rejected by Uruguay on Friday.", "Uruguay", "government"),
])
def test_states_as_agents(nlp_full, text, name, kind):
    doc = nlp_full(text)
    found = [(a.name, a.kind) for a in doc._.unrest_actors]
    assert (name, kind) in found, found


@pytest.mark.parametrize("text, phrase, kind", [
    # officials of another country than the report's are a foreign state
    ("Greek officials criticised the new border fence in Bulgaria on Monday.", "Greek officials", "foreign_state"),
    # a ministry named by its nationality, in a report about another country
    ("The Chinese foreign ministry condemned the election in Taiwan.", "Chinese foreign ministry", "foreign_state"),
    # the report's own officials stay its government
    ("Kenyan officials closed the border crossing near Nairobi.", "Kenyan officials", "government"),
])
def test_nationality_states(nlp_full, text, phrase, kind):
    doc = nlp_full(text)
    found = [(a.text, a.kind) for a in doc._.unrest_actors]
    assert (phrase, kind) in found, found


@pytest.mark.parametrize("text, place", [
    # a place where something happened is no actor
    ("Two bombs exploded in Kabul on Monday.", "Kabul"),
    # a country that is an object is no agent
    ("The minister visited Brazil last week.", "Brazil"),
])
def test_places_are_not_agents(nlp_full, text, place):
    doc = nlp_full(text)
    assert place not in [a.name for a in doc._.unrest_actors]


@pytest.mark.parametrize("text, phrase, name, kind", [
    # a named person with a government title acts for a government, named without the title
    ("Prime Minister Lena Varga rejected the proposal on Monday.", "Prime Minister Lena Varga", "Lena Varga", "government"),
    # a "general" after another title is part of that title, no rank
    ("Secretary-General Ana Lopes urged both sides to talk.", "Secretary-General Ana Lopes", "Ana Lopes", "government"),
    # a military rank makes a military actor
    ("General Omar Haddad ordered the convoy to turn back.", "General Omar Haddad", "Omar Haddad", "military"),
    # a people named by its nationality acts together
    ("Thousands of Iraqi Kurds marched through the city on Sunday.", "Iraqi Kurds", "Iraqi Kurds", "other"),
    # a plural demonym the model reads as a person's name is still a people
    ("Bosnian Serbs said on Tuesday their forces had left the town.", "Bosnian Serbs", "Bosnian Serbs", "other"),
])
def test_titled_people_and_peoples(nlp_full, text, phrase, name, kind):
    doc = nlp_full(text)
    found = [(a.text, a.name, a.kind) for a in doc._.unrest_actors]
    assert (phrase, name, kind) in found, found


def test_untitled_person_is_no_actor(nlp_full):
    # a name with no title says nothing of what its bearer acts for
    doc = nlp_full("Lena Varga rejected the proposal on Monday.")
    assert not [a for a in doc._.unrest_actors if "Varga" in a.text]


@pytest.mark.parametrize("text, name, country", [
    # a nationality before the head names the actor's state
    ("Russian troops shelled the outskirts of the town.", "Russian troops", "RU"),
    ("Kenyan police fired tear gas at the crowd.", "Kenyan police", "KE"),
    # a known actor carries its own country from the data file
    ("The IRGC said it had detained three men.", "Islamic Revolutionary Guard Corps", "IR"),
    # a state acting is its own country
    ("Uganda said it would close its border on Friday.", "Uganda", "UG"),
    # no nationality, no country
    ("Riot police fired tear gas at the marchers.", "Riot police", None),
    # a dateline the parser joined to the first noun phrase is no part of the actor
    ("KHARKIV — Russian troops shelled the outskirts on Monday.", "Russian troops", "RU"),
])
def test_actor_countries(nlp_full, text, name, country):
    doc = nlp_full(text)
    found = {a.name: a.country for a in doc._.unrest_actors}
    assert found.get(name, "missing") == country, found


def test_a_dateline_the_tagger_calls_an_organisation_is_no_actor(nlp_full):
    # the small tagger sometimes reads a dateline's capitals as an ORG; whichever it does here,
    # the words before the dash are where the report was filed, not who acted
    from spacy.tokens import Span

    doc = nlp_full("HARARE — The government extended the curfew on Monday.")
    doc.ents = [Span(doc, 0, 1, label="ORG")]
    doc = nlp_full.get_pipe("unrest_actors")(doc)
    assert all(a.tok_start > 0 for a in doc._.unrest_actors), doc._.unrest_actors
