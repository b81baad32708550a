"""ACLED event type and sub-event type for an incident of the store, for the ACLED-style CSV.

There is one PLOVER -> ACLED mapping in the project: :mod:`unrest.evaluation.acled_map`, written
from the ACLED codebook and scored on CASE 2021. An incident in the store keeps less than a record
(its type, mode, the kinds of its two sides and its death toll), so it is turned into a one-event
record and labelled by the same rules; the labels' codes are then spelled as ACLED spells them.
"""

from __future__ import annotations

from unrest.evaluation.acled_map import event_label
from unrest.models import Actor, Article, Event, Figure, Record

PROTESTS, RIOTS, BATTLES = "Protests", "Riots", "Battles"
EXPLOSIONS, VIOLENCE, STRATEGIC = "Explosions/Remote violence", "Violence against civilians", "Strategic developments"

# mapping code -> (ACLED event type, sub-event type as the codebook writes it)
ACLED_NAMES: dict[str, tuple[str, str]] = {
    "PEACE_PROTEST": (PROTESTS, "Peaceful protest"),
    "PROTEST_WITH_INTER": (PROTESTS, "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": (PROTESTS, "Excessive force against protesters"),
    "VIOL_DEMONSTR": (RIOTS, "Violent demonstration"),
    "MOB_VIOL": (RIOTS, "Mob violence"),
    "ARMED_CLASH": (BATTLES, "Armed clash"),
    "GOV_REGAINS_TERIT": (BATTLES, "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (BATTLES, "Non-state actor overtakes territory"),
    "CHEM_WEAP": (EXPLOSIONS, "Chemical weapon"),
    "AIR_STRIKE": (EXPLOSIONS, "Air/drone strike"),
    "SUIC_BOMB": (EXPLOSIONS, "Suicide bomb"),
    "ART_MISS_ATTACK": (EXPLOSIONS, "Shelling/artillery/missile attack"),
    "REM_EXPLOS": (EXPLOSIONS, "Remote explosive/landmine/IED"),
    "GRENADE": (EXPLOSIONS, "Grenade"),
    "SEX_VIOL": (VIOLENCE, "Sexual violence"),
    "ATTACK": (VIOLENCE, "Attack"),
    "ABDUCT_DISSAP": (VIOLENCE, "Abduction/forced disappearance"),
    "AGREEMENT": (STRATEGIC, "Agreement"),
    "ARREST": (STRATEGIC, "Arrests"),
    "CHANGE_TO_GROUP_ACT": (STRATEGIC, "Change to group/activity"),
    "DISR_WEAP": (STRATEGIC, "Disrupted weapons use"),
    "HQ_ESTABLISHED": (STRATEGIC, "Headquarters or base established"),
    "PROPERTY_DISTRUCT": (STRATEGIC, "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": (STRATEGIC, "Non-violent transfer of territory"),
    "OTHER": (STRATEGIC, "Other"),
}


def acled_types(event_type: str, mode: str | None, recipient_kind: str | None = None,
                actor_kind: str | None = None, killed: float | None = None) -> tuple[str, str]:
    """(event_type, sub_event_type) in ACLED's vocabulary for one incident."""
    figures = [Figure(id="f1", category="killed", unit="person", value=killed, value_max=None,
                      qualifier="exact", text="", start=0, end=0)] if killed else []
    event = Event(id="e1", type=event_type, mode=mode, evidence=[],
                  actors=[Actor(name="", kind=actor_kind, text="")] if actor_kind else [],
                  recipients=[Actor(name="", kind=recipient_kind, text="")] if recipient_kind else [],
                  figures=[f.id for f in figures])
    record = Record(article=Article(text=""), events=[event], figures=figures)
    # codes outside ACLED's own 25 (crime, disasters, diplomacy, claims) are "Other" developments
    return ACLED_NAMES.get(event_label(event, record) or "OTHER", ACLED_NAMES["OTHER"])
