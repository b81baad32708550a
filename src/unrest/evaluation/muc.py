"""MUC-4 role fillers read off a record: perpetrators, victims, physical targets, weapons.

Fixed rules (tuned on MUC-4 ``dev.json`` only):

- the violent events are ASSAULT, CRIME and a COERCE that destroys (a battle between armed
  forces, FIGHT, is not a terrorist incident, nor is state forces' attack that harmed no civilian
  person or thing: their actors are no perpetrators);
- their actors are perpetrators: a known organisation (a canonical name from
  ``nlp/data/actors.json``) or a state force named as an institution ("the army") is a
  ``PerpOrg``, any other armed or security actor a ``PerpInd``; in a report of an attack, a known non-state
  armed organisation that attacks, threatens, claims, blames or denies in any event (not one that only
  talks, agrees or fights a battle) is a ``PerpOrg`` too, and so is
  one named in the sentence of a violent event in a report where something or someone was harmed;
  perpetrators keep the count the sentence gives them ("three armed men");
- their recipients are victims when they are named people (a name, not a description such as
  "peasants") and physical targets when they are things (kind ``other``: buildings, vehicles, towers);
- the weapons are the weapon words of the violent events' sentences, leaving out the means of war
  (aircraft, tanks, artillery), arms seized, and a report's list of more than four kinds of arms.

Each distinct canonical name is one entity; a victim is written with its full name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from unrest.models import Event, Record
from unrest.nlp.event_vocab import PROPERTY_NOUNS, WEAPON_WORDS, WEAPONS_BY_MODE
from unrest.nlp.people import common_nouns

def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Any of the words, whole, longest first, in any case."""
    return re.compile(r"\b(" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + r")\b", re.IGNORECASE)


_WEAPON_RE = _alternation(WEAPON_WORDS)


def weapons_in(text: str) -> list[str]:
    """The weapon words of a sentence, longest first ('car bomb' before 'bomb')."""
    return list(dict.fromkeys(m.group(1).lower() for m in _WEAPON_RE.finditer(text)))

# means of war rather than a terrorist's instrument, and words for the shooting itself
_NOT_INSTRUMENTS = frozenset(WEAPONS_BY_MODE["aerial"]) | {"tank", "tanks", "shots", "gunfire", "bullet", "bullets",
                                                          "artillery", "missile", "missiles", "sticks", "stick"}
_MOST_WEAPONS = 4
VIOLENT = {"ASSAULT", "CRIME"}
# events in which an organisation attacks, threatens, claims, blames or denies
_CLAIMING_TYPES = {"ASSAULT", "CRIME", "COERCE", "THREATEN", "REJECT", "DISAPPROVE"}
PERPETRATOR_KINDS = {"armed_group", "militia", "state_security", "military", "protesters"}


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    """Canonical names of the known armed, security and other organisations, lowercase."""
    return frozenset(canonical.lower() for _, canonical in _actor_names(_ARMED_FORCES | {"other"}))


# a state force named as an institution ("the army", "the Salvadoran armed forces") is an organisation;
# its members ("troops", "soldiers", "army officers") are individuals
_INSTITUTIONS = ("army", "armed forces", "military", "police", "air force", "national guard", "navy")


def _institution(name: str) -> bool:
    return name.lower().endswith(_INSTITUTIONS)


_UNITS = re.compile(r"^(.*?\b(?:battalion|brigade|detachment|army|armed forces|police|national guard|air force))\b", re.IGNORECASE)


def _organisations_in(text: str) -> list[str]:
    """The organisation that individuals belong to, named in their own phrase: a known group
    ("members of the FMLN") or a unit or force they serve in ("atonal battalion troops", "army troops")."""
    found = [m.group(0) for m in _names_pattern(_ARMED_FORCES).finditer(text)]
    unit = _UNITS.match(re.sub(r"^(?:members? of|troops of|elements of)\s+(?:the\s+)?", "", text, flags=re.IGNORECASE))
    if unit and unit.group(1).strip() != text.strip():
        found.append(unit.group(1).strip())
    return found


def _actor_names(kinds: frozenset[str] | None = None) -> Iterator[tuple[str, str]]:
    """(name or alias, canonical name) of the known actors, of these kinds if given."""
    from unrest.nlp.components.actors import known_actors

    for actor in known_actors():
        if kinds is None or actor["kind"] in kinds:
            for name in (actor["name"], *actor.get("aliases", [])):
                yield name, actor["name"]


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    """Every known actor's name and alias, lowercase, to its canonical name."""
    return {name.lower(): canonical for name, canonical in _actor_names()}


@lru_cache(maxsize=2)
def _names_pattern(kinds: frozenset[str]) -> re.Pattern[str]:
    # a two-letter acronym ('IS') is a common word in a text without capitals
    return _alternation(name for name, _ in _actor_names(kinds) if len(name) > 2)


_ARMED_GROUPS = frozenset({"armed_group", "militia"})
_ARMED_FORCES = _ARMED_GROUPS | {"military", "state_security"}


def _named_person(name: str) -> bool:
    """A name, not a description: no word of it says what kind of actor or thing it is."""
    words = re.findall(r"[a-z]+", name.lower())
    generic = common_nouns() | _PEOPLE_NOUNS
    return bool(words) and not any(form in generic for w in words for form in _singulars(w))


def _full_person_name(name: str) -> bool:
    """A first name and a surname or more ('Ana Ruiz'), not a one-word name an organisation may have."""
    return len(name.split()) >= 2 and _named_person(name) and name.lower() not in _canonical()


def _thing(name: str) -> bool:
    return any(form in PROPERTY_NOUNS for w in re.findall(r"[a-z]+", name.lower()) for form in _singulars(w))


def _singulars(word: str) -> set[str]:
    """The forms a plural may have come from: 'embassies' -> 'embassy', 'buses' -> 'bus'."""
    forms = {word, word + "s"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


# beyond the common nouns of people.py: plural people, and words of organisations' names
_PEOPLE_NOUNS = {"men", "women", "children", "unidentified",
                 "front", "path", "committee", "nation", "cross", "party", "parties", "league", "alliance",
                 "association", "federation", "council", "national", "international", "liberation", "leader"}


def _unnamed_attacker(name: str) -> bool:
    """'men', 'two armed individuals': people the actor stage calls civilians, doing the attacking."""
    from unrest.nlp.event_context import ATTACKER_NOUNS

    words = name.lower().split()
    return bool(words) and words[-1] in ATTACKER_NOUNS | {"persons", "individuals", "women", "woman"}


_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|(?:about|approximately|some) \d+)"


def _counted(text: str, sentence: str) -> str:
    """People as the sentence counts them: 'armed men' -> 'three armed men' (MUC-4 keeps the count)."""
    if not text.lower().endswith(("s", "men", "people")):
        return text  # "three terrorist attacks": a count goes with a plural
    m = re.search(r"\b" + _COUNT + r"\s+" + re.escape(text) + r"\b", sentence, re.IGNORECASE)
    return m.group(0) if m else text


_BLAME = re.compile(r"\b(accus|blam|charg|arrest|responsib|attribut|implicat|carried out|perpetrat|order)", re.IGNORECASE)


def _blamed_for(ev: Event, sentence: str) -> bool:
    """An attack some are blamed for, accused or arrested for: what they are said to have done."""
    return "responsibility" in ev.context or _BLAME.search(sentence) is not None


def _merged_names(found: dict[str, list[str]]) -> dict[str, list[str]]:
    """One person under two names ('antonio roldan', 'antonio roldan betancur'): the shorter joins the longer."""
    out: dict[str, list[str]] = {}
    for key, mentions in sorted(found.items(), key=lambda kv: -len(kv[0].split())):
        words = key.split()
        longer = next((k for k in out if any(k.split()[i:i + len(words)] == words for i in range(len(k.split())))), None)
        if longer is None:
            out[key] = list(mentions)
        else:
            out[longer] += [m for m in mentions if m not in out[longer]]
    return dict(sorted(out.items(), key=lambda kv: list(found).index(kv[0])))


def _evidence_text(record: Record, ev: Event) -> str:
    """The sentences an event was read from: one, or more where a later sentence named the same
    attack again ("... were behind the attack")."""
    return " ".join(record.article.text[span.start:span.end] for span in ev.evidence)


def _violent(ev: Event) -> bool:
    return ev.type in VIOLENT or (ev.type == "COERCE" and ev.mode == "destroy")


def role_fillers(record: Record) -> dict[str, list[list[str]]]:
    roles: dict[str, dict[str, list[str]]] = {r: {} for r in ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")}

    def add(role: str, key: str, text: str) -> None:
        mentions = roles[role].setdefault(key.lower(), [])
        if text.lower() not in (m.lower() for m in mentions):
            mentions.append(text)

    orgs = _organisations()
    known = _canonical()  # every name and alias of the known actors: organisations, not people
    # arms seized, found or handed over are an inventory, not the instruments of an attack
    seized = {ev.evidence[0].start for ev in record.events
              if (ev.type == "COERCE" and ev.mode == "seize") or "weapons" in ev.context}
    for ev in record.events:
        if not _violent(ev) or ev.negated or ev.hypothetical:
            continue
        sentence = _evidence_text(record, ev)
        # state forces striking armed groups (or no one named) is combat, not a terrorist incident
        combat = all(a.kind in ("military", "state_security") for a in ev.actors) \
            and all(r.kind in ("armed_group", "militia", "military", "state_security") for r in ev.recipients) \
            and not (ev.recipients == [] and _blamed_for(ev, sentence))
        for a in (() if combat else ev.actors):
            if a.kind not in PERPETRATOR_KINDS and not (a.kind == "other" and _full_person_name(a.name)) \
                    and not (a.kind == "civilians" and _unnamed_attacker(a.name)):
                continue
            if a.name.lower() in orgs or _institution(a.name):
                add("PerpOrg", a.name, a.text)
            else:
                add("PerpInd", a.name, _counted(a.text, sentence))
                for org in _organisations_in(a.text):  # "members of the FMLN", "army troops"
                    add("PerpOrg", _canonical().get(org.lower(), org), org)
        for r in ev.recipients:
            if r.kind == "other" and _thing(r.name):
                add("Target", r.name, r.text)
            elif r.kind != "other" and _named_person(r.name) and r.name.lower() not in known:
                add("Victim", r.name, r.name)
        if any(span.start in seized for span in ev.evidence):
            continue
        for word in weapons_in(sentence):
            if word not in _NOT_INSTRUMENTS:
                add("Weapon", word.rstrip("s"), word)  # "bomb" and "bombs" are one weapon
    if roles["PerpInd"] or roles["PerpOrg"] or roles["Victim"] or roles["Target"]:
        # a report of an attack names the organisation behind it where it blames, claims or denies
        for ev in record.events:
            if ev.negated or not (ev.type in _CLAIMING_TYPES or "responsibility" in ev.context):
                continue  # talks, agreements and battles name parties, not the authors of an attack
            for a in ev.actors:
                if a.kind in ("armed_group", "militia") and a.name.lower() in orgs:
                    add("PerpOrg", a.name, a.text)
    if roles["Victim"] or roles["Target"]:
        # "a bomb planted by the FMLN", "the ELN claimed the killing": a group named with the attack
        for m in (m for ev in record.events if _violent(ev) and not ev.negated
                  for m in _names_pattern(_ARMED_GROUPS).finditer(_evidence_text(record, ev))):
            add("PerpOrg", _canonical().get(m.group(0).lower(), m.group(0)), m.group(0))
    roles["Victim"] = _merged_names(roles["Victim"])
    roles["PerpInd"] = _merged_names(roles["PerpInd"])
    if len(roles["Weapon"]) > _MOST_WEAPONS:
        roles["Weapon"] = {}  # a list of arms (a communique's tally, an arsenal), not an attack's instruments
    return {role: [m[:1] for m in found.values()] for role, found in roles.items()}
