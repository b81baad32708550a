"""Verbal events: promises, threats, refusals, demands and diplomacy between states (all texts our own)."""

from __future__ import annotations

import pytest


def _events(extract_text, text: str) -> list[dict]:
    return extract_text(text)["events"]


def _main(events: list[dict], trigger: str) -> dict:
    found = [e for e in events if e["trigger"] == trigger]
    assert found, events
    return found[0]


@pytest.mark.parametrize("text, trigger, etype", [
    # a future cooperative act is a promise
    ("Chile will back Peru's bid to join the trade bloc.", "back", "AGREE"),
    # a promise reported by a speech verb, with "would"
    ("The rebels said they would free the captured engineers next week.", "free", "AGREE"),
    # a promise hanging on "ready to": the troops sent are its content, not a deployment
    ("Kenya is ready to send 500 soldiers to the mission, its minister said.", "send", "AGREE"),
    # "offered to" makes an agreement of a consultation
    ("The governor offered to negotiate with the striking nurses.", "negotiate", "AGREE"),
    # a conjunct shares the promise
    ("The group announced it will return the trucks and release the drivers.", "return", "AGREE"),
    # a promise with an ultimatum is a threat
    ("Brazil will withdraw its ambassador unless the detained sailors are freed.", "withdraw", "THREATEN"),
    # help promised for a case that may come stays a promise
    ("Iceland is willing to send doctors to the islands if the epidemic spreads.", "send", "AGREE"),
    # withdrawing monitors is a step against the other side
    ("The envoy announced that she will withdraw the election monitors from the country.", "withdraw", "THREATEN"),
    # "vowed to" read as a purpose clause still commits
    ("The separatists have vowed to fight until the last village is free.", "fight", "THREATEN"),
    # a promised hostile act is a threat
    ("The alliance confirmed it would tighten the embargo on the island.", "tighten", "THREATEN"),
    # a cooperative act promised with a negation is a refusal
    ("The ministry said it would not allow the observers into the province.", "allow", "REJECT"),
    # an obligation laid on others by a speaker is a demand, on the speech verb
    ("The opposition leader said the government must hold elections before March.", "said", "DEMAND"),
])
def test_commitments(extract_text, text, trigger, etype):
    ev = _main(_events(extract_text, text), trigger)
    assert ev["type"] == etype, ev
    assert not ev["hypothetical"] and not ev["negated"], ev  # the promise itself was made


@pytest.mark.parametrize("text, etype", [
    # the plans of police are operations, not promises
    ("Police said they will arrest anyone who breaks the curfew.", "COERCE"),
    # first-person obligations are plans, not demands on others
    ("We have to arrest the ringleaders first, the minister said.", "COERCE"),
])
def test_operations_stay_operations(extract_text, text, etype):
    events = _events(extract_text, text)
    assert any(e["type"] == etype for e in events), events
    assert not any(e["type"] in ("AGREE", "DEMAND", "THREATEN") for e in events), events


@pytest.mark.parametrize("text, etype", [
    # a phone call between leaders is a consultation
    ("The prime minister telephoned his Spanish counterpart on Monday.", "CONSULT"),
    # mediation between two parties
    ("The bishop undertook a mediation between the miners and the company.", "CONSULT"),
    # diplomatic ties established are support
    ("Fiji has established diplomatic relations with Kosovo.", "SUPPORT"),
    # diplomatic ties cut are a sanction
    ("Paraguay cut diplomatic ties with the regime on Friday.", "SANCTION"),
    # defending someone against criticism is support
    ("The president defended his envoy against criticism from the press.", "SUPPORT"),
    # handing a suspect to another state is cooperation
    ("Ghana extradited a fraud suspect to Italy last week.", "COOPERATE"),
    # sharing intelligence is cooperation
    ("The two agencies shared intelligence about the smuggling network.", "COOPERATE"),
    # asylum granted is aid
    ("Canada has granted asylum to three dissidents from Eritrea.", "AID"),
    # arms supplied are aid
    ("The government supplied weapons to the border militias, a report said.", "AID"),
    # declining to act is a refusal
    ("The mayor declined to resign despite the scandal.", "REJECT"),
    # reneging on a commitment is a refusal
    ("The cabinet reneged on its pledge to cut fuel prices.", "REJECT"),
    # withholding aid from another is a sanction
    ("Japan halted all loans to the junta after the coup.", "SANCTION"),
    # expelling diplomats is a sanction, not a deportation
    ("Moscow expelled two Norwegian diplomats on Friday.", "SANCTION"),
    # recalling an ambassador is a sanction
    ("Peru recalled its ambassador from Caracas.", "SANCTION"),
    # a protest on paper is disapproval
    ("The foreign ministry lodged a formal protest with the Indian embassy.", "DISAPPROVE"),
    # a ministry protesting is disapproval, not a street protest
    ("The ministry protested that the border guards had been insulted.", "DISAPPROVE"),
    # accepting demands is a concession, and the demands are no new demand
    ("The cabinet accepted the demands of the farmers.", "CONCEDE"),
    # a strike called off is a concession
    ("The teachers' union called off the strike after talks with the ministry.", "CONCEDE"),
    # sexual abuse is an assault
    ("Guards sexually abused several detainees, a rights group said.", "ASSAULT"),
    # protesters blocking roads obstruct
    ("Farmers blocked the highway with tractors to demand higher prices.", "PROTEST"),
    # arms sent are aid, not a deployment
    ("Sweden sent arms and ammunition to the island's coast guard last year.", "AID"),
    # a curfew shortened is a concession, and no new curfew
    ("The governor shortened the nightly curfew by two hours.", "CONCEDE"),
    # a visit paid by a leader
    ("The Chilean president arrived in Lima on an official visit.", "CONSULT"),
    # an order to someone is a demand
    ("A judge in Quito ordered the former minister to appear for questioning.", "DEMAND"),
    # calling for sanctions against another is disapproval
    ("The bishop called for sanctions against the junta after the executions.", "DISAPPROVE"),
    # an indictment is an accusation
    ("The tribunal indicted the former governor for war crimes.", "DISAPPROVE"),
    # peacekeepers sent are aid, not a deployment
    ("Ghana deployed 300 peacekeeping troops to the border region.", "AID"),
    # praise for a decision is support
    ("The envoy hailed the decision to reopen the border crossing.", "SUPPORT"),
    # a rebuke is disapproval
    ("The chancellor rebuked her coalition partners on Tuesday.", "DISAPPROVE"),
    # consulting allies is a consultation
    ("The president consulted with his allies before the vote.", "CONSULT"),
    # a cooperation agreement is cooperation
    ("The two navies expanded their security cooperation in the strait.", "COOPERATE"),
    # forces strengthened are mobilised
    ("The army strengthened its forces along the northern border.", "MOBILIZE"),
    # troops withdrawn are a retreat
    ("The withdrawal of foreign troops from the valley was completed on Sunday.", "RETREAT"),
])
def test_diplomatic_triggers(extract_text, text, etype):
    events = _events(extract_text, text)
    assert events and events[0]["type"] == etype, events


def test_police_orders_are_operations(extract_text):
    # an order police give is their operation, not a verbal demand
    events = _events(extract_text, "Police ordered the crowd to leave the square.")
    assert not any(e["type"] == "DEMAND" for e in events), events


def test_press_release_is_no_release(extract_text):
    # a press release frees nobody
    events = _events(extract_text, "The figures were given in a press release by the ministry.")
    assert not any(e["type"] == "RETREAT" for e in events), events


def test_demands_met_are_not_demands(extract_text):
    # the demands a government accepts are not a demand of its own
    events = _events(extract_text, "The cabinet accepted the demands of the farmers.")
    assert not any(e["type"] == "DEMAND" for e in events), events


def test_speaker_is_the_actor_of_a_promise(extract_text):
    # "it" promises nothing by itself: the country that said so does
    ev = _main(_events(extract_text, "Chile said it will back Peru's bid to join the trade bloc."), "back")
    assert [a["name"] for a in ev["actors"]] == ["Chile"], ev


@pytest.mark.parametrize("text, trigger, actor", [
    # the speaker of a promise several clauses up is its actor
    ("Chile's government announced that it is prepared to lift the tariffs.", "lift", "Chile's government"),
    # a named person with no title who promises is the promise's actor
    ("Lena Varga offered to negotiate with the striking nurses.", "negotiate", "Lena Varga"),
    # "X has been indicted and will resign": the passive subject resigns
    ("The finance minister has been charged with fraud and will resign.", "resign", "finance minister"),
])
def test_speakers_up_the_clause(extract_text, text, trigger, actor):
    ev = _main(_events(extract_text, text), trigger)
    assert actor in [a["text"] for a in ev["actors"]], ev


@pytest.mark.parametrize("text, trigger, actor", [
    # "He rejected ...": the person the report named last, under the name it gave
    ("President Tomas Varga called the rally a foreign plot. He rejected calls to resign.", "rejected", "Tomas Varga"),
    # "She promised ...", after a titled name
    ("Prime Minister Ana Brnabic met the students on Monday. She promised to release the detained protesters.",
     "promised", "Ana Brnabic"),
])
def test_a_pronoun_acts_for_the_person_named_before(extract_text, text, trigger, actor):
    ev = _main(_events(extract_text, text), trigger)
    assert actor in [a["name"] for a in ev["actors"]], ev
