"""Event types, modes and contexts the event stage reads from a sentence (all texts our own)."""

from __future__ import annotations

import pytest


def _events(extract_text, text: str) -> list[dict]:
    return extract_text(text)["events"]


@pytest.mark.parametrize("text, etype, mode", [
    # a bomber who blows himself up is a suicide attack, whatever the verb
    ("A suicide bomber killed nine people at a bus station in Quetta on Monday.", "ASSAULT", "suicide-attack"),
    # warplanes make an air strike of "pounded"
    ("Warplanes pounded the village on Sunday, killing four civilians.", "ASSAULT", "aerial"),
    # "fired rockets": the rockets, not the firing, name the means
    ("Militants fired rockets at the army camp overnight.", "ASSAULT", "heavy-weapons"),
    # a grenade thrown into a market
    ("Unknown attackers hurled a grenade into a crowded market, wounding six.", "ASSAULT", "grenade"),
    # a roadside bomb is a remote explosive
    ("A roadside bomb struck a police patrol, killing two officers.", "ASSAULT", "explosives"),
    # chemical weapons are their own mode
    ("Residents said a chemical attack with chlorine killed at least 20 people.", "ASSAULT", "cbrn"),
    # sexual violence (the lemmatiser reads 'raped' as 'rap', so the form is listed too)
    ("Soldiers raped two women in the village, a rights group said.", "ASSAULT", "sexual"),
])
def test_assault_modes(extract_text, text, etype, mode):
    events = _events(extract_text, text)
    assert any(e["type"] == etype and e["mode"] == mode for e in events), events


@pytest.mark.parametrize("text, etype, context", [
    # rebels taking a town: ground taken in a fight
    ("Rebels captured the town of Menaka after two days of fighting.", "FIGHT", "territory"),
    # the army taking it back
    ("Government troops recaptured the village from the insurgents on Friday.", "FIGHT", "retake"),
    # control seized without a fighting word
    ("Gunmen seized control of the district headquarters.", "FIGHT", "territory"),
    # a bomb made harmless is disrupted weapons use
    ("Police defused a bomb planted near the courthouse.", "COERCE", "weapons"),
    # a base set up
    ("The army established a new base near the border crossing.", "MOBILIZE", "base"),
    # a claim of responsibility goes with the attack it claims
    ("The group claimed responsibility for the attack that killed five soldiers.", "ASSAULT", "responsibility"),
    # arrests of traffickers are organised crime
    ("Police arrested three drug traffickers in the port city.", "COERCE", "crime"),
    # deaths in a flood have no attacker
    ("Floods killed 20 people in the river valley this week.", "ASSAULT", "disaster-natural"),
    # security forces that stood by
    ("Police remained mute spectators as the mob set shops on fire.", "REJECT", "inaction"),
])
def test_contexts(extract_text, text, etype, context):
    events = _events(extract_text, text)
    assert any(e["type"] == etype and context in e["context"] for e in events), events


@pytest.mark.parametrize("text, absent", [
    # a heart attack is no arrest
    ("The minister suffered a cardiac arrest last week.", "COERCE"),
    # 'charged' an atmosphere, not a suspect
    ("Emotions ran high in the charged atmosphere of the campus.", "COERCE"),
    # booking hotel rooms
    ("Organisers had booked several hotels for the delegates.", "COERCE"),
])
def test_not_events(extract_text, text, absent):
    assert not any(e["type"] == absent for e in _events(extract_text, text))


@pytest.mark.parametrize("text, etype, flag", [
    # an obligation is no arrest yet
    ("We have to arrest the guilty first, the minister said.", "COERCE", "hypothetical"),
    # preventive arrests being planned
    ("Officials said preventive arrests would be made if needed.", "COERCE", "hypothetical"),
    # a foiled bombing did not happen
    ("Police defused a bomb planted near the courthouse.", "ASSAULT", "hypothetical"),
])
def test_not_asserted(extract_text, text, etype, flag):
    events = [e for e in _events(extract_text, text) if e["type"] == etype]
    assert events and all(e[flag] for e in events), events


@pytest.mark.parametrize("text, label", [
    # firing on rioters is force
    ("the police fired at the rioters near the bus stand", "FORCE"),
    # arrests
    ("police arrested 20 people for rioting", "ARREST"),
])
def test_sentence_model(text, label):
    """The packaged sentence model of the accurate mode loads offline and reads the obvious cases."""
    from unrest.nlp.classify import police

    model = police.load()
    assert model is not None
    assert label in model.labels(text)


def test_accurate_mode_adds_events(nlp_model):
    """In the accurate mode the model's answers become events of the security forces named before."""
    from unrest.nlp.components.events import EventBuilder

    builder = EventBuilder(accurate=True)
    assert builder.model is not None


@pytest.mark.parametrize("text, etype, present", [
    # a crowd gathering in a square is a protest
    ("Crowds gathered outside the courthouse in Lilongwe on Tuesday.", "PROTEST", True),
    # people gathering to hear a budget speech are not
    ("Lawmakers gathered in the chamber for the budget speech.", "PROTEST", False),
    # chanting against the government is a protest even without the word
    ("Thousands filled the main square of Tegucigalpa, chanting against the president.", "PROTEST", True),
    # a hyphenated trigger the tokenizer cut in three ("sit - in")
    ("Hundreds of nurses staged a sit-in outside the regional hospital.", "PROTEST", True),
    # a militia's pickup trucks patrolling are a deployment
    ("Pickup trucks of the militia patrolled the streets of Gao after dark.", "MOBILIZE", True),
])
def test_crowd_and_patrol_cues(extract_text, text, etype, present):
    events = _events(extract_text, text)
    assert any(e["type"] == etype for e in events) is present, events


@pytest.mark.parametrize("text, word, starts", [
    # a paragraph break always starts a sentence
    ("Where else\n\nRallies also took place in Kumasi.", "Rallies", True),
    # the small parser once cut "Rallies | also took place ..." after the paragraph's first word
    ("Where else\n\nRallies also took place in Kumasi.", "also", False),
    # a one-word paragraph still ends where its line does
    ("Advertisement\n\nRallies went on.", "Rallies", True),
    # inside a paragraph the parser decides
    ("Police fired. Crowds ran.", "Crowds", None),
])
def test_paragraph_sentence_starts(text, word, starts):
    from unrest.nlp.components.paragraphs import mark_paragraphs
    from unrest.nlp.pipeline import get_nlp

    doc = mark_paragraphs(get_nlp().make_doc(text))
    token = next(t for t in doc if t.text == word)
    assert token.is_sent_start is starts
