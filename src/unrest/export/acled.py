"""PLOVER type and mode to ACLED event type and sub-event type, for the ACLED-style CSV.

Fixed by reading the ACLED codebook's definitions, not fitted to any data: a dispersal with tear
gas is a protest with intervention, shooting at protesters is excessive force, arrests and
deployments are strategic developments.
"""

from __future__ import annotations

PROTESTS, RIOTS, BATTLES = "Protests", "Riots", "Battles"
EXPLOSIONS, VIOLENCE, STRATEGIC = "Explosions/Remote violence", "Violence against civilians", "Strategic developments"


def acled_types(event_type: str, mode: str | None, recipient_kind: str | None = None) -> tuple[str, str]:
    """(event_type, sub_event_type) in ACLED's vocabulary."""
    if event_type == "PROTEST":
        if mode == "riot":
            return RIOTS, "Violent demonstration"
        return PROTESTS, "Peaceful protest"
    if event_type == "ASSAULT":
        if mode == "crowd-control":
            return PROTESTS, "Protest with intervention"
        if recipient_kind == "protesters":
            return PROTESTS, "Excessive force against protesters"
        explosive = {"explosives": "Remote explosive/landmine/IED", "aerial": "Air/drone strike",
                     "heavy-weapons": "Shelling/artillery/missile attack", "suicide-attack": "Suicide bomb"}
        if mode in explosive:
            return EXPLOSIONS, explosive[mode]
        if mode == "abduct":
            return VIOLENCE, "Abduction/forced disappearance"
        if mode == "sexual":
            return VIOLENCE, "Sexual violence"
        return VIOLENCE, "Attack"
    if event_type == "FIGHT":
        return BATTLES, "Armed clash"
    if event_type == "COERCE":
        if mode == "arrest":
            return STRATEGIC, "Arrests"
        if mode in ("destroy", "seize"):
            return STRATEGIC, "Looting/property destruction"
        return STRATEGIC, "Other"
    if event_type == "CRIME":
        return STRATEGIC, "Looting/property destruction"
    if event_type == "AGREE":
        return STRATEGIC, "Agreement"
    return STRATEGIC, "Other"
