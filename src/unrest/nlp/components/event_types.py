"""Event types the trigger list alone gets wrong or misses (part of the ``unrest_events`` component).

Ceasefires: one side declaring or observing a ceasefire is a RETREAT (PLOVER's 'ceasefire' mode),
two sides agreeing on one an AGREE; violating one is fighting, and the violated ceasefire or accord
no event of its own. Forces arriving, massing or setting up a base are a MOBILIZE; peacekeepers
arriving an AID (military help), observers arriving or received a RETREAT ('access': a third party
let in). Evictions are a COERCE 'deport', demolitions a COERCE 'destroy', closed borders a COERCE
'restrict', a fire set on purpose arson. Around protests: police charging a crowd is crowd control,
not a criminal charge; a demonstration that turns violent, or a crowd throwing stones or burning
houses, is a riot; the protesters a sentence names are the actors of their protest even where they
are the object of someone else's act ('police fired tear gas at protesters'); vandalism with no
crowd about is destruction of property, not a riot.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from unrest.ingest.dateline import dateline_end_token
from unrest.nlp.components.actors import ActorMention
from unrest.nlp.event_vocab import FORCE_WORDS
from unrest.nlp.lone_people import PERSON_NOUNS
from unrest.nlp.vocab import UNIT_CATEGORIES

Trigger = tuple[Token, str, "str | None"]

# RETREAT modes that give up no ground, whatever places the sentence names
STEPS_WITHOUT_GROUND = frozenset({"ceasefire", "access"})
CEASEFIRE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})
# what makes a ceasefire an agreement between sides rather than one side's step back
_AGREED_CUES = frozenset({"agree", "sign", "reach", "broker", "negotiate", "accept", "mediate", "between",
                          "deal", "agreement", "accord", "mutual", "bilateral", "both", "each", "sides", "parties"})
_VIOLATION_WORDS = frozenset({"violate", "violation", "breach", "break", "breaking", "flout", "undermine"})
# what one side does with its own ceasefire (a call for one, or an offer, is no step back yet)
_OBSERVE_VERBS = frozenset({"declare", "announce", "observe", "order", "implement", "respect", "honour", "honor",
                            "extend", "begin", "start", "maintain", "keep", "proclaim", "hold"})

# arriving forces: a MOBILIZE; arriving peacekeepers or observers: a RETREAT ('access')
_ARRIVAL_VERBS = frozenset({"arrive", "land", "enter", "converge", "pour", "mass", "amass", "descend", "reach"})
_FORCE_KINDS = frozenset({"military", "state_security", "militia", "armed_group"})
_PEACEKEEPERS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping", "peace-keepers", "peace-keeping"})
_OBSERVERS = frozenset({"observers", "monitors", "inspectors"})

_RESCUERS = frozenset({"fire", "firefighters", "firemen", "ambulance", "ambulances", "rescue", "rescuers", "medics",
                       "paramedics", "doctors"})

_ARMED_WORDS = frozenset({"rebels", "insurgents", "militants", "guerrillas", "gunmen", "fighters", "militiamen",
                          "paramilitaries", "marines", "paratroopers", "gendarmes", "commandos", "policemen"})
# units whose kind the actor stage tells ('a detachment of carabineros')
_UNITS = frozenset({"detachment", "contingent", "convoy", "column", "unit", "units", "squad", "platoon", "battalion",
                    "company", "team", "batch", "patrol", "brigade", "brigades", "division", "divisions",
                    "regiment", "regiments"})

_EVICT_WORDS = frozenset({"evict", "eviction", "evictions"})
_DEMOLISH_PARTICLE_VERBS = frozenset({"tear", "pull", "knock", "bring"})
_DEMOLISH_VERBS = frozenset({"flatten", "level"})
_STRUCTURES = frozenset({"house", "houses", "home", "homes", "shack", "shacks", "hut", "huts", "shanty", "shanties",
                         "structure", "structures", "building", "buildings", "stall", "stalls", "shop", "shops",
                         "settlement", "settlements", "camp", "camps", "dwelling", "dwellings", "slum", "slums",
                         "market", "kiosks", "village", "villages", "mosque", "church", "temple", "school"})
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "crossing", "crossings", "airspace"})
_CLOSE_VERBS = frozenset({"close", "shut", "seal"})

_MISSILES = frozenset({"stone", "stones", "rock", "rocks", "brick", "bricks", "bottle", "bottles", "brickbat",
                       "brickbats", "molotov", "firebomb", "firebombs", "petrol", "projectiles", "missiles"})
_THROW_VERBS = frozenset({"throw", "hurl", "lob", "pelt"})
_VIOLENT_TURN = re.compile(r"\b(turn(ed|s|ing)?|bec(a|o)me|gr(e|o)w(n)?|got) (violent|ugly|unruly)\b|"
                           r"\b(degenerat|descend)\w* into (violence|chaos|clashes|a riot|riots)|turned into (a )?riots?")
CROWD_KINDS = frozenset({"protesters", "civilians"})  # kinds of actors that riot rather than fight
_CROWD_WORDS = frozenset({"crowd", "crowds", "protesters", "demonstrators", "mob", "agitators", "marchers", "students",
                          "rioters", "protestors", "supporters", "workers", "villagers", "youths", "residents"})
_FORCE_MEANS = frozenset({"tear", "teargas", "gas", "force", "batons", "baton", "bullets", "cannon", "cannons", "fire",
                          "gunfire", "lathis", "lathi", "grenades", "pellets", "violence", "sticks", "clubs"})
_BURNABLE = frozenset({"house", "houses", "home", "homes", "car", "cars", "vehicle", "vehicles", "bus", "buses", "truck",
                       "trucks", "shop", "shops", "office", "offices", "building", "buildings", "school", "schools",
                       "church", "churches", "mosque", "mosques", "temple", "temples", "hut", "huts", "station",
                       "market", "stalls", "property", "properties", "headquarters", "motorcycles",
                       "bikes", "village", "villages", "crops", "fields", "warehouse", "booth", "booths"})
_LIVE_ROUNDS = frozenset({"ammunition", "bullets", "rounds", "live"})
_LESS_LETHAL = frozenset({"tear", "teargas", "gas", "rubber", "batons", "baton", "cannon", "cannons", "lathis", "lathi",
                          "pellets", "stun", "pepper"})
_ADMIT_VERBS = frozenset({"receive", "admit", "allow", "let", "welcome", "host", "accept"})
_BATONS = frozenset({"baton", "batons", "lathi", "lathis", "cane", "canes", "truncheon", "truncheons"})
# the protesters themselves: a trigger that names who protests
_PROTESTER_NOUNS = frozenset({"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                              "rioter", "rioters", "mob", "agitator", "agitators"})
_VANDALISM = {"vandalise": ("COERCE", "destroy"), "vandalize": ("COERCE", "destroy"),
              "ransack": ("COERCE", "destroy"), "torch": ("CRIME", "arson")}
_BASE_WORDS = frozenset({"base", "bases", "headquarters", "camp", "camps", "outpost", "outposts", "garrison"})
_BUILD_VERBS = frozenset({"build", "open", "construct", "erect", "set"})
# verbs of taking that, with people as their object, are an arrest or a kidnapping
_MULTITUDES = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"})
_FORCE_VEHICLE_OWNERS = frozenset({"police", "army", "military", "security"})
_CAPTURE_VERBS = frozenset({"capture", "seize", "grab", "snatch", "bundle"})  # "bundled into vans"
_TAKEN_PEOPLE = frozenset({"people", "suspect", "mayor", "official", "hostage", "engineer", "tourist", "aid",
                           "family", "member", "guard", "soldier", "officer", "councilman", "judge", "governor"})


def typed_events(sent: Span, found: list[Trigger], actors: Sequence[ActorMention]) -> list[Trigger]:
    """The sentence's triggers with the types above corrected, and the events they missed added."""
    here = [a for a in actors if sent.start <= a.tok_start < sent.end]
    out: list[Trigger] = []
    for tok, etype, mode in found:
        retyped = _retype(tok, etype, mode, here)
        if retyped is not None:
            out.append((tok, *retyped))
    taken = {t.i for t, _, _ in out} | {t.i for t, _, _ in found}
    for tok in sent:
        if tok.i in taken:
            continue
        new = _new_event(tok, here)
        if new is not None and new[0] == "MOBILIZE" and any(e in ("ASSAULT", "FIGHT") for _, e, _ in out):
            continue  # forces that arrive and open fire: PLOVER codes the attack alone
        if new is not None:
            out.append((tok, *new))
            taken.add(tok.i)
    if _VIOLENT_TURN.search(sent.text.lower()) or any(e == "PROTEST" and m == "riot" and t.lemma_.lower() in _THROW_VERBS
                                                      for t, e, m in out):
        out = [(t, *_turned_violent(t, e, m, here)) for t, e, m in out]
    return out


def _turned_violent(tok: Token, etype: str, mode: str | None, actors: Sequence[ActorMention]) -> tuple[str, str | None]:
    """In a protest that turned violent, the protest is a riot, and so is an attack by the crowd."""
    if etype == "PROTEST" and mode in ("demo", "strike", "obstruct"):
        return "PROTEST", "riot"
    if etype == "ASSAULT" and _is_crowd(_subject_actors(tok, actors), _subject_words(tok)):
        return "PROTEST", "riot"  # "the strike turned violent as workers attacked buses"
    return etype, mode


def _retype(tok: Token, etype: str, mode: str | None, actors: Sequence[ActorMention]) -> tuple[str, str | None] | None:
    """The corrected type of a found trigger; None when it names no event after all."""
    lemma = tok.lemma_.lower()
    if lemma in CEASEFIRE_WORDS or tok.lower_ in CEASEFIRE_WORDS:
        return ceasefire_type(tok, actors)
    if etype == "AGREE" and {tok.head.lemma_.lower(), tok.head.head.lemma_.lower()} & _VIOLATION_WORDS:
        return None  # "violating the accord signed in May": the agreement is old news, the violation the event
    if lemma == "meet" and etype == "CONSULT" and _met_with_force(tok):
        return "ASSAULT", None  # "protesters were met with tear gas": force, not a meeting
    if lemma == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() == "set":
        return _arson(tok)  # "set a bus on fire"
    if etype == "ASSAULT" and mode == "firearms" and _means_mode(_direct_objects(tok)) == "crowd-control" \
            and not _live_rounds(tok.sent):
        return "ASSAULT", "crowd-control"  # "fired rubber bullets at the crowd" (not "tear gas and live ammunition")
    if lemma == "charge" and etype == "COERCE" and _charges_crowd(tok):
        return "ASSAULT", "crowd-control"  # "police charged the crowd with batons"
    if etype == "COERCE" and mode == "seize" and lemma in _CAPTURE_VERBS and _people_taken(tok):
        return _capture(tok, actors)  # "rebels seized two engineers": people taken, not goods
    if lemma in _VANDALISM and etype == "PROTEST":
        kinds = {a.kind for a in _subject_actors(tok, actors)}
        words = {t.lower_ for t in tok.sent}
        if kinds and not kinds & CROWD_KINDS and not words & _CROWD_WORDS:
            return _VANDALISM[lemma]  # "gunmen ransacked the office": no crowd, no riot
    return etype, mode


def ceasefire_type(tok: Token, actors: Sequence[ActorMention]) -> tuple[str, str | None] | None:
    """'the rebels declared a unilateral ceasefire' is a RETREAT, 'the two sides agreed to a truce' an
    AGREE, 'violating the ceasefire' no event (the violation is told by its own words)."""
    head = tok.head
    chain = {head.lemma_.lower(), head.head.lemma_.lower()}  # "violating the ceasefire (agreement)"
    if chain & _VIOLATION_WORDS or {c.lemma_.lower() for c in tok.children} & _VIOLATION_WORDS:
        return None
    words = {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree}
    verb = head if head.pos_ in ("VERB", "AUX") else head.head if tok.dep_ == "pobj" else head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    near = {verb.lemma_.lower()} | {t.lower_ for s in subjects for t in s.subtree}
    two_sides = any(c.dep_ == "conj" for s in subjects for c in s.children)
    if (words | near) & _AGREED_CUES or two_sides:
        return "AGREE", None
    one_side = bool(subjects and any(a.root in {t.i for s in subjects for t in s.subtree} for a in actors))
    if "unilateral" in words or (one_side and verb.lemma_.lower() in _OBSERVE_VERBS):
        return "RETREAT", "ceasefire"
    return "AGREE", None


def _met_with_force(tok: Token) -> bool:
    means = {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    return any(c.dep_ == "auxpass" for c in tok.children) and bool(means & _FORCE_MEANS)


def _arson(tok: Token) -> tuple[str, str | None]:
    """A fire set on purpose: arson, or part of a riot where a crowd set it."""
    words = {t.lower_ for t in tok.sent}
    return ("PROTEST", "riot") if words & _CROWD_WORDS - {"students", "supporters", "workers"} else ("CRIME", "arson")


def _charges_crowd(tok: Token) -> bool:
    """'charged the crowd', 'charged at the protesters', 'charged them with batons': a baton charge.
    Protesters charged with an offence, or under a law, are booked, not beaten."""
    objects = {t.lower_ for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
    towards = {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "into", "on", "towards")
               for t in c.subtree}
    means = {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for t in c.subtree}
    hyphened = tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in _BATONS  # "baton-charged"
    return bool(hyphened or means & _BATONS or towards & _CROWD_WORDS or objects & {"crowd", "crowds", "mob"}) \
        and not means - _BATONS & {"murder", "sedition", "rioting", "offences", "offenses", "crimes", "terrorism"}


def _new_event(tok: Token, actors: Sequence[ActorMention]) -> tuple[str, str | None] | None:
    """An event the trigger list has no word for: arrivals, evictions, demolitions, closed borders,
    stones thrown by a crowd, bases set up."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in _EVICT_WORDS and tok.dep_ not in ("compound", "amod"):
        return "COERCE", "deport"
    if tok.pos_ == "NOUN" and lemma == "demolition" and tok.dep_ not in ("compound", "amod"):
        return "COERCE", "destroy"
    if tok.pos_ == "NOUN" and lemma == "closure" and {t.lower_ for t in tok.subtree} & _BORDER_WORDS:
        return "COERCE", "restrict"
    if tok.pos_ != "VERB":
        return None
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    objects = _objects(tok)
    subject = _subject_words(tok)
    crowd = _is_crowd(_subject_actors(tok, actors), subject)
    if lemma in _VIOLATION_WORDS and _direct_objects(tok) & CEASEFIRE_WORDS:
        return "FIGHT", None  # "the army violated the truce": fighting resumed (PLOVER codes it as force)
    if _evicts(lemma, particles, objects):
        return "COERCE", "deport"  # "evicted the families", "forced residents out of their homes"
    demolished = (lemma in _DEMOLISH_PARTICLE_VERBS and "down" in particles) or lemma in _DEMOLISH_VERBS
    if demolished and objects & _STRUCTURES:
        return ("PROTEST", "riot") if crowd else ("COERCE", "destroy")
    if lemma in _CLOSE_VERBS and objects & _BORDER_WORDS:
        return "COERCE", "restrict"  # "closed its border with ...": movement restricted
    if lemma in _THROW_VERBS and objects & _MISSILES and crowd:
        return "PROTEST", "riot"  # "protesters threw stones at the police"
    if lemma == "stone" and crowd:
        return "PROTEST", "riot"  # "youths stoned buses"
    if (lemma in ("burn", "torch") and _direct_objects(tok) & _BURNABLE) or \
            (lemma == "set" and {c.lower_ for c in tok.children} & {"ablaze", "alight", "afire"}):
        return ("PROTEST", "riot") if crowd else ("CRIME", "arson")  # "burned the house", "set the car ablaze"
    if lemma in _ADMIT_VERBS and objects & (_OBSERVERS | _PEACEKEEPERS):
        return "RETREAT", "access"  # "received a mission of observers", "allowed peacekeepers in"
    if lemma == "push" and {c.lower_ for c in tok.children} & {"back"} and objects & _CROWD_WORDS:
        return "COERCE", "restrict"  # "police pushed back the protesters": held back, no crowd-control weapon named
    if lemma in _ARRIVAL_VERBS:
        return _arrival(tok, lemma, subject, actors)
    if lemma in _CAPTURE_VERBS and _people_taken(tok):
        return _capture(tok, actors)  # "guerrillas captured the mayor", "police captured two suspects"
    if lemma == "pick" and "up" in particles and _people_taken(tok) and _by_the_police(tok, actors):
        return "COERCE", "arrest"  # "police picked up three youths", "he was picked up for questioning"
    armed = {a.kind for a in _subject_actors(tok, actors)} & _FORCE_KINDS or _force_mode(subject)
    if lemma in _BUILD_VERBS and (lemma != "set" or "up" in particles) and objects & _BASE_WORDS and armed:
        return "MOBILIZE", None  # "the rebels set up a base": protesters or refugees setting up camp are not
    return None


def _people_taken(tok: Token) -> bool:
    """The verb's object (or passive subject) is a person or people, not goods or ground."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        obj = _counted(_past_dateline(obj))  # "dozens of students"
        if obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them") and obj.dep_ == "dobj" \
                or obj.lower_ in ("he", "she", "they") and obj.dep_ == "nsubjpass":
            return True
        lemma = obj.lemma_.lower()
        if lemma in PERSON_NOUNS or lemma in _TAKEN_PEOPLE or UNIT_CATEGORIES.get(lemma) in ("forces", "participants"):
            return True
    return False


def _past_dateline(noun: Token) -> Token:
    """'CITY, Country — Dozens of students were ...': the parser may make the dateline's city the
    subject; the subject is then the first noun after the dateline."""
    end = dateline_end_token(noun.doc)
    if noun.i >= end:
        return noun
    return next((t for t in noun.doc[end:noun.sent.end] if t.pos_ in ("NOUN", "PROPN", "PRON")), noun)


_CUSTODY_WORDS = frozenset({"police", "custody", "questioning", "interrogation", "preventive", "detention",
                            "arrest", "arrested", "detained", "remand", "cops"})


def _by_the_police(tok: Token, actors: Sequence[ActorMention]) -> bool:
    """People picked up by a security force, or, with no one named, where the sentence speaks of
    police or custody (not "picked up the children from school")."""
    takers = _subject_actors(tok, actors)
    if takers:
        return all(a.kind in ("state_security", "military") for a in takers)
    return bool({t.lower_ for t in tok.sent} & _CUSTODY_WORDS)


def _counted(noun: Token) -> Token:
    """'dozens of students' -> 'students'; any other noun is itself."""
    if noun.lemma_.lower() in _MULTITUDES:
        return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), noun)
    return noun


def _capture(tok: Token, actors: Sequence[ActorMention]) -> tuple[str, str | None]:
    """People captured: by the police or the army an arrest, by anyone else a kidnapping; with no
    taker named, a police van they are bundled into says who took them."""
    takers = _subject_actors(tok, actors) if not any(c.dep_ == "nsubjpass" for c in tok.children) else \
        [a for a in actors if a.root in {t.i for c in tok.children if c.dep_ == "agent" for t in c.subtree}]
    if takers and all(a.kind in ("state_security", "military") for a in takers):
        return "COERCE", "arrest"
    if not takers and any(w.lower_ in _FORCE_VEHICLE_OWNERS for p in tok.children if p.dep_ == "prep"
                          for w in p.subtree):
        return "COERCE", "arrest"  # "students were bundled into police vans"
    return "ASSAULT", "abduct"


def _evicts(lemma: str, particles: set[str], objects: set[str]) -> bool:
    if lemma in _EVICT_WORDS:
        return not objects & {"dictatorship", "regime", "government", "junta"}  # "evict the regime": a figure of speech
    return lemma == "force" and ("out" in particles or bool(objects & {"homes", "houses", "land"}))


def _arrival(tok: Token, lemma: str, subject: set[str], actors: Sequence[ActorMention]) -> tuple[str, str | None] | None:
    """Forces arriving or massed are a MOBILIZE; peacekeepers an AID; observers a RETREAT ('access')."""
    movers = _mover_heads(tok, mass=lemma in ("mass", "amass"))
    if (movers | subject) & _PEACEKEEPERS:
        return "AID", None  # peacekeepers sent are military help, as in ``diplomatic_type``
    if (movers | subject) & _OBSERVERS:
        return "RETREAT", "access"  # observers or inspectors let in
    force_kinds = {a.kind for a in _subject_actors(tok, actors)} & _FORCE_KINDS
    if movers & (FORCE_WORDS | _ARMED_WORDS) or (movers & _UNITS and force_kinds):
        return "MOBILIZE", _force_mode(movers)  # with no word for the force, the actors' kind says
    return None


_FORCE_MODES = (("police", {"police", "policemen", "policewomen", "gendarmes", "constables", "officers"}),
                ("troops", {"troops", "soldiers", "army", "marine", "marines", "paratroopers", "commandos", "tanks"}),
                ("militia", {"militia", "militiamen", "fighters", "militias", "rebels", "insurgents", "militants"}))


def _live_rounds(sent: Span) -> bool:
    """'live ammunition', 'live rounds', 'live fire' anywhere in the sentence (the parser may read
    "live" as a verb and cut it from the object list)."""
    return any(t.lower_ == "live" and t.i + 1 < sent.end and t.nbor(1).lower_ in ("ammunition", "rounds", "fire", "bullets")
               for t in sent)


def _means_mode(words: set[str]) -> str | None:
    """'live ammunition' is firearms, 'rubber bullets' or 'tear gas' crowd control, 'force' unsaid."""
    if words & _LESS_LETHAL and not words & {"live"}:
        return "crowd-control"
    return "firearms" if words & _LIVE_ROUNDS else None


def _force_mode(words: set[str]) -> str | None:
    return next((mode for mode, names in _FORCE_MODES if words & names), None)


def _is_crowd(subject_actors: Sequence[ActorMention], subject_words: set[str]) -> bool:
    """Protesters, or many civilians ('villagers', 'youths'); one man is no crowd."""
    doc_plural = any(a.kind == "civilians" and a.text.split()[-1].lower().endswith("s") for a in subject_actors)
    return any(a.kind == "protesters" for a in subject_actors) or doc_plural or bool(subject_words & _CROWD_WORDS)


def _mover_heads(tok: Token, mass: bool) -> set[str]:
    """Who moves: the head of the subject ('troops' in 'Bangladeshi peacekeeping troops arrived'), its
    modifiers, and the members of a unit ('a detachment of police'); for 'massed', the object."""
    holder = tok if mass else _subject_holder(tok)
    heads = [c for c in holder.children if c.dep_ in (("dobj",) if mass else ("nsubj", "nsubjpass"))]
    words = set()
    for head in heads:
        words |= {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
        words |= {g.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    if any(w in _RESCUERS for w in words):
        return set()  # "the fire brigade arrived": rescuers are no force
    return words


def _direct_objects(tok: Token) -> set[str]:
    return {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}


def _objects(tok: Token) -> set[str]:
    return {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep", "prt") for t in c.subtree}


def _subject_words(tok: Token) -> set[str]:
    return {t.lower_ for c in _subject_holder(tok).children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _subject_holder(tok: Token) -> Token:
    """The verb that carries ``tok``'s subject: 'troops began arriving' -> 'began'."""
    if tok.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return tok.head
    return tok


def _subject_actors(tok: Token, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Actor mentions in the subject of ``tok`` (or of the verb it is a conjunct of)."""
    node = tok
    for _ in range(3):
        subtree = {t.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        if subtree:
            return [a for a in actors if a.root in subtree]
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    return []


def protest_actors(main: Token, found: list[ActorMention], actors: Sequence[ActorMention]) -> list[ActorMention]:
    """Who protests: the protesters a trigger names ('tear gas at protesters'), the crowd security
    forces clashed with ('riot police clashed with striking workers'); not the police who dispersed a
    rally ('police dispersed the rally'), whatever acts on a protest; else the actors found."""
    crowd = crowd_as_actor(main, actors)
    if crowd:
        return crowd
    verb = main.head.head if main.dep_ == "pobj" else main.head
    if main.pos_ == "NOUN" and main.dep_ in ("dobj", "pobj", "nsubjpass") and verb.lemma_.lower() in _ACTING_ON:
        return [a for a in found if a.kind not in ("state_security", "military")]
    if main.dep_ == "acl":  # "clashes between police and students protesting": the parser may hang it on both
        return [a for a in found if a.kind not in ("state_security", "military")] or found
    return found


def crowd_as_actor(main: Token, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The protesters a protest trigger names, or the crowd security forces clashed with; empty when
    the trigger names no crowd."""
    if main.lower_ in _PROTESTER_NOUNS or main.lemma_.lower() in _PROTESTER_NOUNS:
        return [a for a in actors if a.tok_start <= main.i < a.tok_end or a.root == main.i][:1]
    if main.lemma_.lower() not in _CLASH_VERBS:
        return []
    for party in (g for c in main.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children):
        named = [a for a in actors if a.root in {t.i for t in party.subtree}]
        crowd = [a for a in named if a.kind in CROWD_KINDS][:1]
        if crowd and {t.lower_ for t in party.subtree} & (_PROTESTING | _PROTESTER_NOUNS):
            return [replace(crowd[0], kind="protesters")]  # "striking workers" are protesting
        if crowd:
            return crowd
        if party.lower_ in _CROWD_WORDS and not named:
            span = main.doc[party.left_edge.i:party.i + 1]
            return [ActorMention(span.start_char, span.end_char, span.start, span.end, party.i, span.text,
                                 "protesters", span.text)]
    return []


# verbs of acting on a protest: their subject is not the one protesting
_ACTING_ON = frozenset({"disperse", "break", "stop", "block", "prevent", "foil", "crush", "attack", "suppress", "halt",
                        "raid", "storm", "target", "contain", "ban", "thwart", "quell", "clear", "scatter", "fire",
                        "shoot", "charge", "lathicharge", "teargas", "police", "monitor", "disrupt", "obstruct"})
_CLASH_VERBS = frozenset({"clash", "scuffle", "fight", "battle", "tussle", "skirmish"})
_PROTESTING = frozenset({"striking", "protesting", "demonstrating", "agitating", "marching"})
