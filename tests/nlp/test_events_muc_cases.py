"""Violence the trigger words alone miss: burned and destroyed property, the attacked named by a
participle, and attackers named as 'they' (texts our own)."""

from __future__ import annotations

import pytest

_VIOLENT = ("ASSAULT", "CRIME")


def _violent(extract_text, text: str) -> list[dict]:
    return [e for e in extract_text(text)["events"] if e["type"] in _VIOLENT and not e["negated"]]


@pytest.mark.parametrize("text, thing, attacker", [
    # an armed actor burning property is arson
    ("Late on Sunday the insurgents burned four trucks near the border post.", "trucks", "insurgents"),
    # the listed vehicles after a dash are targets too; the road is only where it happened
    ("The rebels also burned two vehicles on the coast road -- an ambulance and a tanker.", "ambulance", "rebels"),
    # "they" after a reported attack are the attackers just named
    ("Gunmen attacked the village police post on Friday. They also burned the town hall offices.",
     "town hall offices", "Gunmen"),
])
def test_property_attacks(extract_text, text, thing, attacker):
    events = _violent(extract_text, text)
    assert any(r["name"].endswith(thing) for e in events for r in e["recipients"]), events
    assert any(a["name"] == attacker for e in events for a in e["actors"]), events


@pytest.mark.parametrize("text, thing", [
    # destroyed right after an attack: the attack's damage
    ("A bomb exploded at the telephone exchange. Two transformers were destroyed nearby.", "transformers"),
])
def test_destruction_after_an_attack(extract_text, text, thing):
    events = _violent(extract_text, text)
    assert any(r["name"] == thing for e in events for r in e["recipients"]), events


@pytest.mark.parametrize("text", [
    # farmers burning their fields: no attacker, no attack before it
    "Every spring the farmers burned the stubble on their land before sowing.",
    # a vehicle burned with no one attacking
    "The old truck burned for an hour before firefighters arrived.",
])
def test_burning_without_an_attack(extract_text, text):
    assert not [e for e in _violent(extract_text, text) if e["mode"] == "arson"]


@pytest.mark.parametrize("text, name", [
    # "the assassinated X": an attack named by a participle before the victim's name
    ("Lucia Benitez Ortega, who replaced the assassinated Ramon Quintero Diaz, spoke on Monday.", "Ramon Quintero Diaz"),
    # the same, written without capitals
    ("the new leader praised the murdered teacher pedro salgado at the ceremony.", "pedro salgado"),
])
def test_participle_victims(extract_text, text, name):
    events = _violent(extract_text, text)
    assert any(r["name"] == name for e in events for r in e["recipients"]), events


def test_burned_buses_are_buses(extract_text):
    # "the burned buses" names the buses, not "burned buses"
    text = "Rebels torched six buses at the depot. Police towed the burned buses away on Monday."
    names = {r["name"] for e in _violent(extract_text, text) for r in e["recipients"]}
    assert "burned buses" not in names, names


@pytest.mark.parametrize("text, names", [
    # "two of the guards, X and Y": the names listed after a count of the harmed
    ("Two of his guards, Mateo Rivas Soto and Julian Prado, were shot dead outside the house.",
     {"Mateo Rivas Soto", "Julian Prado"}),
    # the victims named in the next sentence join the attack just reported
    ("Two nurses were kidnapped by armed men on Monday. The victims were identified as Clara Ibarra Luna "
     "and Sofia Marquez.", {"Clara Ibarra Luna", "Sofia Marquez"}),
    # a named person's death that someone is held responsible for
    ("The rebels denied any responsibility for the death of Andres Villalba Paz.", {"Andres Villalba Paz"}),
])
def test_victims_around_the_attack(extract_text, text, names):
    found = {r["name"] for e in extract_text(text)["events"] if e["type"] in _VIOLENT for r in e["recipients"]}
    assert names <= found, found


def test_a_death_no_one_answers_for(extract_text):
    # a death after an illness is no attack
    text = "The family announced the death of Rosa Quintana Vidal after a long illness."
    assert not _violent(extract_text, text)


@pytest.mark.parametrize("text, actor", [
    # "the killing" is an attack, and who ordered it did it
    ("A caller said the killing had been ordered by Tomas Ugarte Rey, a militia chief.", "Tomas Ugarte Rey"),
    # "the shooting" with its agent
    ("The shooting was carried out by two masked men on motorcycles.", "masked men"),
])
def test_killing_and_shooting_nouns(extract_text, text, actor):
    events = _violent(extract_text, text)
    assert any(a["name"] == actor for e in events for a in e["actors"]), events


@pytest.mark.parametrize("text", [
    # arms seized are an inventory, not an attack
    "Troops confiscated four grenades, two rifles and 10 kg of dynamite at the farm.",
    # a cache of arms
    "Police uncovered a cache of mortar shells and grenades in the forest.",
])
def test_arms_held_are_no_attack(extract_text, text):
    assert not [e for e in extract_text(text)["events"] if e["type"] == "ASSAULT"]


def test_arms_used_stay_an_attack(extract_text):
    # grenades thrown at a building are an attack
    events = _violent(extract_text, "Militants threw grenades at the district office on Sunday.")
    assert events


def test_perpetrators_named_by_a_copula(extract_text):
    # "X were the perpetrators of the massacre"
    events = _violent(extract_text, "Investigators said two soldiers were the perpetrators of the massacre.")
    assert any(a["name"] == "soldiers" for e in events for a in e["actors"]), events


@pytest.mark.parametrize("text, negated", [
    # a denial of who did it: the attack itself is asserted
    ("The front issued a statement denying that it carried out the attack on the mayor's office.", False),
    ("The rebels denied responsibility for the bombing of the bridge.", False),
    # a denial that it happened
    ("The army denied that rebels attacked the power station.", True),
])
def test_denied_authorship(extract_text, text, negated):
    events = [e for e in extract_text(text)["events"] if e["type"] == "ASSAULT"]
    assert events and all(e["negated"] == negated for e in events), events


def test_the_attacker_is_no_title(extract_text):
    # "gunmen" just before the name is the attacker, not the victim's title
    text = "gunmen shot marta quiroga salas on monday."
    found = [(r["name"], r["kind"]) for e in _violent(extract_text, text) for r in e["recipients"]]
    assert ("marta quiroga salas", "civilians") in found, found


def test_the_place_of_a_blast_is_no_attacker(extract_text):
    # "the resort where a bomb exploded": the clause has its own subject; the resort did nothing
    text = "The worst blast was at the beach resort where a bomb exploded on the top floor of the Palma Hotel."
    events = _violent(extract_text, text)
    assert not any("Palma Hotel" in a["name"] or "resort" in a["name"] for e in events for a in e["actors"]), events


def test_nationality_is_not_part_of_the_target(extract_text):
    # "the peruvian consulate" in a text without capitals: the target is the consulate
    events = _violent(extract_text, "a bomb damaged the windows of the peruvian consulate last night.")
    assert any(r["name"] == "consulate" for e in events for r in e["recipients"]), events


@pytest.mark.parametrize("text, attack", [
    # damage right after a reported attack is the attack's damage
    ("A bomb exploded outside the bank on Friday. Several nearby shops were damaged.", True),
    # damage by a flood or a fire is no attack
    ("Heavy floods damaged hundreds of houses in the valley.", False),
    ("The fire damaged the roof of the school.", False),
])
def test_damage_is_an_attack_only_after_one(extract_text, text, attack):
    damaged = [e for e in _violent(extract_text, text) if e["trigger"] == "damaged"]
    assert bool(damaged) == attack, damaged
