"""A fixed mapping from our records (PLOVER type, mode and context) to ACLED sub-event types.

Written from the ACLED codebook's definitions of its 25 sub-event types (and, for CASE 2021
Task 2, the organisers' definitions of the five types outside ACLED), before any scored run, and
never tuned on a scored file. It reads only what a record holds:

- each event's PLOVER ``type`` and ``mode``, its ``context`` list (``territory``, ``retake``,
  ``weapons``, ``base``, ``responsibility``, ``crime``, ``cbrn``, ``peaceful``, ...), the kinds of its
  actors and recipients, its figures' categories, and its modality flags;
- for a record with no event, the record-level contexts the event stage states in the same
  words (natural or man-made disaster, organised crime), found in the article text by
  :func:`record_contexts`.

How one label is chosen for a record (ACLED codes one event per report, the most specific):

1. every asserted event (not negated, hypothetical or historical; all events if none is) is
   mapped to a sub-event type by :func:`event_label`, looking at the other events of the record
   where ACLED does (a protest met with force, a riot by a mob);
2. the candidates are ranked by :data:`SPECIFICITY` (a chemical attack before an air strike
   before an attack before a protest, the codebook's order of precedence), earlier events first
   on a tie;
3. a record with no candidate falls back on its record-level contexts, then ``OTHER``;
4. the first candidate in the subtask's label set wins (subtask 1 has no DIPLO, for instance).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from unrest.models import Actor, Event, Record

# ACLED sub-event types (CASE 2021 Task 2 spelling), then the types outside ACLED
ACLED_TYPES = (
    "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
    "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT",
    "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER",
    "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER", "REM_EXPLOS", "SEX_VIOL",
    "SUIC_BOMB", "VIOL_DEMONSTR",
)
SECURITY_TYPES = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER")
ANNOUNCED_TYPES = ("DIPLO", "ATTRIB")
SUBTASK_LABELS: dict[int, frozenset[str]] = {
    1: frozenset(ACLED_TYPES),
    2: frozenset(ACLED_TYPES + SECURITY_TYPES),
    3: frozenset(ACLED_TYPES + SECURITY_TYPES + ANNOUNCED_TYPES),
}

# Order of precedence when a record holds several events: the codebook codes the means of a
# remote attack before its victims, a protest met with force before the protest, and a battle
# for territory before the battle.
SPECIFICITY: tuple[str, ...] = (
    "ATTRIB", "CHEM_WEAP", "SUIC_BOMB", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK",
    "SEX_VIOL", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "FORCE_AGAINST_PROTEST",
    "PROTEST_WITH_INTER", "MOB_VIOL", "VIOL_DEMONSTR", "ABDUCT_DISSAP", "DISR_WEAP", "HQ_ESTABLISHED",
    "NON_VIOL_TERRIT_TRANSFER", "ARMED_CLASH", "ATTACK", "ORG_CRIME", "PROPERTY_DISTRUCT", "ARREST",
    "PEACE_PROTEST", "AGREEMENT", "CHANGE_TO_GROUP_ACT", "DIPLO", "MAN_MADE_DISASTER",
    "NATURAL_DISASTER", "OTHER",
)
_RANK = {label: i for i, label in enumerate(SPECIFICITY)}

STATE = {"state_security", "military", "government", "foreign_state"}
NON_STATE_ARMED = {"armed_group", "militia"}
ARMED = STATE - {"government"} | NON_STATE_ARMED
CROWD = {"protesters"}
# ASSAULT modes that are a sub-event type of their own (explosions and remote violence, and the
# forms of violence against civilians the codebook names)
_ASSAULT_MODES = {
    "cbrn": "CHEM_WEAP", "suicide-attack": "SUIC_BOMB", "aerial": "AIR_STRIKE", "grenade": "GRENADE",
    "explosives": "REM_EXPLOS", "heavy-weapons": "ART_MISS_ATTACK", "sexual": "SEX_VIOL",
    "abduct": "ABDUCT_DISSAP",
}
# verbal and diplomatic interactions (the CASE 2021 'diplomatic event': measures, threats, calls
# for action, praise and condemnation between states)
_DIPLOMATIC = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
               "SANCTION", "CONCEDE", "INVESTIGATE"}


def kinds(actors: Iterable[Actor]) -> set[str]:
    return {a.kind for a in actors}


def _casualties(record: Record, event: Event) -> bool:
    ids = set(event.figures)
    return any(f.id in ids and f.category in ("killed", "injured") for f in record.figures)


def _is_mob(actors: Sequence[Actor]) -> bool:
    return any(re.search(r"\b(mob|villagers|residents|crowd|vigilantes?|lynch)", a.text.lower()) for a in actors)


def event_label(event: Event, record: Record) -> str | None:
    """The ACLED sub-event type of one event, in the setting of its record (None: not ACLED's)."""
    ctx = set(event.context)
    actor_kinds, target_kinds = kinds(event.actors), kinds(event.recipients)
    others = [e for e in record.events if e is not event and _asserted(e)]
    protest_here = any(e.type == "PROTEST" and e.mode not in ("riot",) for e in others) or \
        bool(target_kinds & CROWD)
    if "responsibility" in ctx:
        return "ATTRIB"
    for context in ("disaster-natural", "disaster-manmade"):
        if context in ctx:  # deaths in a flood or a crash are no political violence
            return _CONTEXT_LABELS[context]
    if event.type == "ASSAULT":
        if event.mode in _ASSAULT_MODES:
            return _ASSAULT_MODES[event.mode]
        if "cbrn" in ctx:
            return "CHEM_WEAP"
        if actor_kinds & CROWD or event.mode == "riot":
            return "MOB_VIOL" if _is_mob(event.actors) else "VIOL_DEMONSTR"
        if protest_here and (actor_kinds & STATE or not actor_kinds):
            # force against a protest: lethal or injuring force is excessive, dispersal an intervention
            lethal = _casualties(record, event) or event.mode in ("firearms",) or \
                any(_casualties(record, e) for e in others if e.type == "ASSAULT")
            return "FORCE_AGAINST_PROTEST" if lethal else "PROTEST_WITH_INTER"
        if event.mode == "crowd-control":
            return "PROTEST_WITH_INTER"
        if _is_mob(event.actors):
            return "MOB_VIOL"
        if actor_kinds & ARMED and target_kinds & ARMED:
            return "ARMED_CLASH"  # two armed sides exchanging violence is a battle
        return "ATTACK"
    if event.type == "FIGHT":
        if "territory" in ctx or "retake" in ctx:
            if "retake" in ctx or (actor_kinds & STATE and not actor_kinds & NON_STATE_ARMED):
                return "GOV_REGAINS_TERIT"
            return "NON_STATE_ACTOR_OVERTAKES_TER"
        return "ARMED_CLASH"
    if event.type == "PROTEST":
        if event.mode == "riot":
            return "MOB_VIOL" if _is_mob(event.actors) or actor_kinds & {"civilians"} else "VIOL_DEMONSTR"
        met = [e for e in others if (e.type == "ASSAULT" and not kinds(e.actors) & CROWD)
               or (e.type == "COERCE" and e.mode in ("arrest", "curfew", "ban", "restrict"))]
        if met:
            lethal = any(_casualties(record, e) or e.mode == "firearms" for e in met if e.type == "ASSAULT")
            return "FORCE_AGAINST_PROTEST" if lethal else "PROTEST_WITH_INTER"
        return "PEACE_PROTEST"
    if event.type == "COERCE":
        if "weapons" in ctx:
            return "DISR_WEAP"
        if "crime" in ctx:
            return "ORG_CRIME"
        if event.mode == "arrest":
            return "ARREST"
        if event.mode in ("destroy", "seize"):
            return "PROPERTY_DISTRUCT"
        if event.mode in ("curfew", "martial-law", "ban", "censor", "restrict", "deport"):
            return "OTHER"
        return None
    if event.type == "CRIME":
        if "crime" in ctx or event.mode in ("smuggle", "traffic", "drugs"):
            return "ORG_CRIME"
        return "PROPERTY_DISTRUCT" if event.mode in ("loot", "arson", "destroy") else "ORG_CRIME"
    if event.type == "MOBILIZE":
        if "base" in ctx or event.mode == "base":
            return "HQ_ESTABLISHED"
        return "CHANGE_TO_GROUP_ACT"
    if event.type == "RETREAT":
        if "territory" in ctx:
            return "NON_VIOL_TERRIT_TRANSFER"
        if actor_kinds & ARMED:
            return "CHANGE_TO_GROUP_ACT"  # disarming, surrendering, withdrawing
        return "DIPLO" if actor_kinds & {"government", "foreign_state"} else None
    if event.type == "AGREE":
        return "AGREEMENT"
    if event.type in _DIPLOMATIC:
        if event.type == "INVESTIGATE":
            return None
        return "DIPLO" if actor_kinds & {"government", "foreign_state", "international_org"} else None
    return None


def _asserted(event: Event) -> bool:
    return not (event.negated or event.hypothetical or event.historical)


# record-level contexts, for reports that describe no political event
_NATURAL = re.compile(
    r"\b(earthquakes?|quakes?|tremors?|tsunamis?|floods?|flooding|flash floods?|cyclones?|hurricanes?|"
    r"typhoons?|storms?|tornado(es)?|landslides?|mudslides?|avalanches?|volcan\w*|eruptions?|droughts?|"
    r"heat ?waves?|wildfires?|forest fires?|bush ?fires?|monsoon|torrential|downpours?|outbreaks?|"
    r"epidemics?|pandemics?|covid\S*|coronavirus|cholera|ebola|measles|virus|infections?|"
    r"infected|cases of)\b", re.I)
_MANMADE = re.compile(
    r"\b(accidents?|crash(ed|es)?|collisions?|collided|derail\w*|capsized?|sank|sinking|"
    r"(building|bridge|mine|dam|roof|wall)s? (collapse\w*|gave way)|collapsed?|leaks?|spills?|"
    r"contaminat\w*|poisoning|blaze|fire broke out|caught fire|gas cylinder|boiler|short circuit|"
    r"stampede|industrial|factory fire|train|plane|bus|truck|tanker|vehicle|ferry|boat)\b", re.I)
_CRIME = re.compile(
    r"\b(drugs?|narcotics?|cocaine|heroin|methamphetamine|cannabis|marijuana|traffick\w*|smuggl\w*|"
    r"contraband|counterfeit|cartels?|gangs?|mafia|money laundering|laundering|fraud|scam|bribe\w*|"
    r"corruption|embezzl\w*|extort\w*|robbery|robbers|burglary|theft|stolen|poach\w*|cyber ?crime|"
    r"hack(ers|ed)|ransom)\b", re.I)


def record_contexts(text: str) -> list[str]:
    """Disaster and crime contexts named in a text ('floods', 'a bus crash', 'drug traffickers')."""
    out = []
    if _CRIME.search(text):
        out.append("crime")
    if _NATURAL.search(text):
        out.append("disaster-natural")
    if _MANMADE.search(text):
        out.append("disaster-manmade")
    return out


_CONTEXT_LABELS = {"crime": "ORG_CRIME", "disaster-natural": "NATURAL_DISASTER",
                   "disaster-manmade": "MAN_MADE_DISASTER"}


def candidates(record: Record) -> list[str]:
    """Every sub-event type the record supports, most specific first (see the module docstring)."""
    events = [e for e in record.events if _asserted(e)] or list(record.events)
    found: list[tuple[int, int, str]] = []
    for order, event in enumerate(events):
        label = event_label(event, record)
        if label is not None:
            found.append((_RANK[label], order, label))
    labels = [label for _, _, label in sorted(found)]
    # a report of a disaster or a crime with no political event: the record-level context
    contexts = record_contexts(record.article.text)
    violent = {l for l in labels if l not in ("OTHER", "CHANGE_TO_GROUP_ACT", "DIPLO", "ARREST")}
    for ctx in contexts:
        label = _CONTEXT_LABELS[ctx]
        if not violent or (ctx == "crime" and set(labels) <= {"ARREST", "PROPERTY_DISTRUCT", "ATTACK", "OTHER"}):
            labels.insert(0, label) if ctx == "crime" and labels else labels.append(label)
    seen: set[str] = set()
    ordered = [l for l in labels if not (l in seen or seen.add(l))]  # type: ignore[func-returns-value]
    return ordered + ["OTHER"] if "OTHER" not in ordered else ordered


def acled_label(record: Record, subtask: int = 3) -> str:
    """One ACLED (or CASE 2021) sub-event type for a record, within the subtask's label set."""
    allowed = SUBTASK_LABELS[subtask]
    return next((l for l in candidates(record) if l in allowed), "OTHER")
