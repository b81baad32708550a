"""What a sentence says around an event: the means of an attack, the ground taken, and the
context (PLOVER contexts and our extensions) an event is coded in.

Used by :mod:`unrest.nlp.components.events`; the word lists live in :mod:`unrest.nlp.event_vocab`.

Contexts set here:

``territory``/``retake``   ground taken (or taken back) in a fight, or handed over without one;
``weapons``                weapons seized, defused or intercepted;
``base``                   a base, camp or headquarters set up;
``responsibility``         an attack claimed, blamed on someone or denied;
``crime``                  drugs, trafficking, gangs, robbery: organised crime;
``disaster-natural``/``disaster-manmade``  deaths from a flood or a crash, not from an attacker;
``inaction``               security forces that stood by;
``cbrn``                   chemical, biological, radiological or nuclear means.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from unrest.ingest.dateline import dateline_end_token
from unrest.nlp.components.actors import ActorMention, kind_of_phrase
from unrest.nlp.event_vocab import (
    _PLACE_WORDS, _WEAPON_OBJECTS, CRIME_CUES, DAMAGE_PREPS, DAMAGE_WORDS, HARM_WORDS, INACTION_CUES,
    MANMADE_DISASTER_CUES, MODE_CUES, NATURAL_DISASTER_CUES, PROPERTY_NOUNS, RESPONSIBILITY_CUES, RETAKE_WORDS,
    TRIGGERS,
)
from unrest.nlp.people import full_name, name_at, written_in_full
from unrest.nlp.violence import participle_lemma, without_participles

# modes a sentence cue may replace: the generic ones a trigger word gives ("attack", "killed")
_REPLACEABLE = {None, "firearms", "explosives", "heavy-weapons", "primitive", "beat", "aerial", "grenade",
                "abduct", "assassinate"}
_MODE_RANK = {mode: i for i, (mode, _) in enumerate(MODE_CUES)}


@lru_cache(maxsize=1)
def _mode_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((mode, re.compile(pattern)) for mode, pattern in MODE_CUES)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "responsibility": re.compile(RESPONSIBILITY_CUES),
        "crime": re.compile(CRIME_CUES),
        "disaster-natural": re.compile(r"\b(" + NATURAL_DISASTER_CUES + ")"),
        "disaster-manmade": re.compile(r"\b(" + MANMADE_DISASTER_CUES + ")"),
        "inaction": re.compile(INACTION_CUES),
    }


def assault_mode(sentence: str, mode: str | None) -> str | None:
    """The means of an attack the sentence names ('warplanes', 'a suicide bomber', 'rockets').

    A cue replaces only a generic mode, and only with a more specific one (the order of
    ``MODE_CUES``): "killed" near "suicide bomber" is a suicide attack; a beating, an abduction or
    an assassination gives way only to chemical, suicide, air and sexual violence.
    """
    if mode not in _REPLACEABLE:
        return mode
    text = sentence.lower()
    if mode in ("beat", "abduct", "assassinate"):
        current = _MODE_RANK["grenade"]
    else:
        current = _MODE_RANK.get(mode or "", len(MODE_CUES))
    for rank, (cue_mode, pattern) in enumerate(_mode_patterns()):
        if rank >= current:
            break
        if pattern.search(text):
            return cue_mode
    return mode


_TAKE_VERBS = {"take", "seize", "gain", "wrest", "assume", "establish"}
_HAND_VERBS = {"hand", "turn", "give", "cede", "transfer", "return"}
_FALL_VERBS = {"fall"}


def territory_takes(sent: Span) -> list[tuple[Token, str]]:
    """'seized control of the town', 'took over the base', 'the town fell to the rebels' (FIGHT);
    'handed over the district to the army' (RETREAT)."""
    out: list[tuple[Token, str]] = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        children = list(tok.children)
        objects = {t.lower_ for c in children if c.dep_ in ("dobj", "prep", "nsubjpass", "prt") for t in c.subtree}
        has_over = any(c.dep_ == "prt" and c.lower_ == "over" for c in children)
        if lemma in _TAKE_VERBS and ("control" in objects or (has_over and objects & _PLACE_WORDS)):
            out.append((tok, "FIGHT"))
        elif lemma in _FALL_VERBS and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in children) \
                and any(t.lower_ in ("rebels", "militants", "insurgents", "hands", "forces", "fighters", "army", "troops")
                        for c in children for t in c.subtree):
            out.append((tok, "FIGHT"))
        elif lemma in _HAND_VERBS and (has_over or lemma in ("cede", "transfer")) and objects & _PLACE_WORDS:
            out.append((tok, "RETREAT"))
    return out


def inaction_trigger(sent: Span, actors: Sequence[object]) -> Token | None:
    """The word that says security forces failed to act, when the sentence says so of them."""
    m = _patterns()["inaction"].search(sent.text.lower())
    if m is None:
        return None
    forces = [a for a in actors if getattr(a, "kind", None) in ("state_security", "military")]
    if not forces and not any(t.pos_ in ("NOUN", "PROPN") and kind_of_phrase(sent[t.i - sent.start:t.i - sent.start + 1])
                              in ("state_security", "military") for t in sent):
        return None  # (a force named only as a modifier counts too: "police inaction")
    start = sent.start_char + m.start()
    for tok in sent:
        if tok.idx >= start:
            return tok
    return None


def contexts_for(sent: Span, etype: str, mode: str | None, trigger: Token, actor_kinds: Iterable[str]) -> list[str]:
    """The contexts of one event (see the module docstring)."""
    text = sent.text.lower()
    words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
    kinds = set(actor_kinds)
    pats = _patterns()
    out: list[str] = []
    if mode == "inaction":
        out.append("inaction")
    if etype == "FIGHT" and (trigger.lemma_.lower() in RETAKE_WORDS or trigger.lemma_.lower() in _TERRITORY_VERBS
                             or _took_ground(trigger)):
        retaking = trigger.lemma_.lower() in RETAKE_WORDS or any(c.lower_ == "back" for c in trigger.children)
        out.append("territory")
        if retaking and not kinds & {"armed_group", "militia"}:
            out.append("retake")
    if etype == "RETREAT" and (words & _PLACE_WORDS) and not words & {"prisoners", "detainees", "hostages"}:
        out.append("territory")
    if etype == "COERCE" and (trigger.lemma_.lower() in ("defuse", "defusal", "intercept", "dismantle")
                              or (mode in ("seize", "destroy") and words & _WEAPON_OBJECTS)):
        out.append("weapons")
    if etype == "MOBILIZE" and words & {"base", "bases", "headquarters", "camp", "camps", "outpost", "outposts",
                                        "garrison", "checkpoint", "checkpoints"} \
            and words & {"establish", "established", "set", "build", "built", "open", "opened", "construct", "constructed", "new"}:
        out.append("base")
    if mode == "cbrn":
        out.append("cbrn")
    if pats["responsibility"].search(text) and etype in ("ASSAULT", "FIGHT", "DISAPPROVE", "REJECT", "COERCE", "CRIME"):
        out.append("responsibility")
    if etype in ("COERCE", "ASSAULT", "CRIME") and pats["crime"].search(text) \
            and not kinds & {"armed_group", "militia", "military", "protesters"}:
        out.append("crime")
    if etype in ("ASSAULT", "FIGHT") and not kinds - {"civilians", "other"}:
        if mode in (None, "primitive", "explosives") and pats["disaster-natural"].search(text):
            out.append("disaster-natural")
        elif mode in (None, "primitive", "explosives") and pats["disaster-manmade"].search(text) \
                and not words & {"attack", "attacked", "bomber", "militants", "gunmen", "terrorists", "planted", "ied"}:
            out.append("disaster-manmade")
    return out


_TERRITORY_VERBS = {"capture", "overrun", "overran", "storm", "take", "seize", "gain", "wrest", "fall", "establish"}


def _took_ground(trigger: Token) -> bool:
    return any(c.lower_ == "control" for c in trigger.subtree)


# -- who and what an attack harmed ----------------------------------------------------------------------
_SLOT_DEPS = ("dobj", "nsubjpass")


def harmed(sent: Span, triggers: Sequence[Token]) -> list[tuple[Span, str]]:
    """The people and things an attack in the sentence harmed, as ``(phrase, "person" | "property")``.

    People are named persons in the object of a harm word ("gunmen killed Ana Ruiz", "the murder of
    Ana Ruiz", "Ana Ruiz was kidnapped"); things are physical objects (buildings, vehicles, power
    lines) in the object of a damage word, or where a blast struck ("a bomb exploded at the bank").
    """
    heads: list[tuple[Token, bool, bool]] = []  # (phrase head, may be a person, may be a thing)
    words = {t.i: t for t in triggers}
    trigger_ids = set(words)
    words.update((t.i, t) for t in sent if t.lemma_.lower() in DAMAGE_WORDS or t.lemma_.lower() in HARM_WORDS)
    for word in words.values():
        lemma = participle_lemma(word) or word.lemma_.lower()
        harm, damage = lemma in HARM_WORDS, lemma in DAMAGE_WORDS
        if lemma == "set" and not any(t.lower_ in ("fire", "ablaze") for t in word.subtree):
            continue  # "set fire to a bus", not "set up a committee"
        if lemma in ("hostage", "captive") and word.dep_ in ("oprd", "attr", "dobj", "advcl", "xcomp"):
            # "three engineers were taken hostage", "rebels took the mayor hostage"
            heads += [(c, True, False) for c in word.head.children if c.dep_ in _SLOT_DEPS and c is not word]
        aim = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
        if aim is not None and aim.lemma_.lower() in ("target", "objective"):
            # "the bank was the target of the attack", "the target of the bombing was the bank"
            other = {"attr": "nsubj", "nsubj": "attr"}.get(aim.dep_)
            heads += [(c, harm, True) for c in aim.head.children if c.dep_ == other]
        passive = (word.tag_ == "VBN" or participle_lemma(word) is not None) and (
            word.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in word.children))
        if word.dep_ == "relcl" and not passive and word.i not in trigger_ids:
            continue  # "fired on students who had occupied the library": the students' own act
        if passive and word.dep_ in ("relcl", "acl", "amod"):  # "X, who was kidnapped", "the assassinated X"
            heads.append((word.head, harm, damage))
        if lemma == "victim" and word.pos_ == "NOUN":
            heads += [(c, True, False) for c in _victims_named(word)]
        lost = _lost_subject(word)
        if lost is not None:
            heads.append((lost, harm, damage))
        for child in word.children:
            if child.dep_ in _SLOT_DEPS or (child.dep_ == "nsubj" and lemma in ("die", "explode")):
                heads.append((child, harm, damage))
            elif child.dep_ == "poss" and word.pos_ == "NOUN":  # "the senator's murder", "the bank's offices"
                heads.append((child, harm, False))
            elif child.dep_ == "prep" and child.lower_ in DAMAGE_PREPS:
                if child.lower_ == "of" and word.pos_ != "NOUN":
                    continue
                if child.lower_ in _WHERE_PREPS and any(c.dep_ == "dobj" and _property(c) for c in word.children):
                    continue  # "burned three buses on the highway": where it happened, not what was hit
                person_prep = harm and child.lower_ in ("of", "on", "against")
                heads += [(g, person_prep, damage) for g in child.children if g.dep_ == "pobj"]
    out: list[tuple[Span, str]] = []
    taken: set[int] = set()
    for head, person_ok, thing_ok in heads:
        wholes = dict.fromkeys((head, _partitive_whole(head)))  # "two of the guards, X and Y": the guards too
        for tok in [t for h in wholes for t in (h, *h.conjuncts, *_in_apposition(h))]:
            found = _harmed_phrase(tok, person_ok, thing_ok)
            if found is not None and found[0].root.i not in taken:
                taken.add(found[0].root.i)
                out.append(found)
    return out


# prepositions that say where; with a direct object, the object is what was hit
_WHERE_PREPS = {"on", "in", "inside", "outside", "near", "at"}


_QUANTIFIERS = {"some", "several", "all", "both", "many", "each", "most", "none", "few", "one"}


def _partitive_whole(tok: Token) -> Token:
    """'two of the guards, Ana Ruiz and Luis Paz,': the guards (and the names after them), not 'two'."""
    if tok.pos_ != "NUM" and tok.lower_ not in _QUANTIFIERS:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), tok) if of is not None else tok


def _victims_named(word: Token) -> list[Token]:
    """Who 'the victims' were: 'the victims, X and Y,', 'the victims were identified as X', 'the
    victim was X', 'the radio listed the victims as X', 'X was the victim of ...'."""
    out = [c for c in word.children if c.dep_ == "appos"]
    verb = word.head
    if word.dep_ in ("nsubj", "nsubjpass", "dobj"):
        out += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    if word.dep_ == "nsubj" and verb.lemma_ == "be":
        out += [c for c in verb.children if c.dep_ == "attr"]
    if word.dep_ == "attr" and verb.lemma_ == "be":
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    return out


def _lost_subject(word: Token) -> Token | None:
    """The subject of a passive ('X, Y and Z were murdered') the parser left without its link: the
    head of the list of nouns just before 'were'."""
    aux = next((c for c in word.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.i == 0 or any(c.dep_ in ("nsubjpass", "nsubj") for c in word.children):
        return None
    tok = aux.doc[aux.i - 1]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.sent != word.sent:
        return None
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _harmed_phrase(tok: Token, person_ok: bool, thing_ok: bool) -> tuple[Span, str] | None:
    name = name_at(tok) if person_ok else None
    if name is not None:
        return name, "person"
    if thing_ok and tok.lemma_.lower() in _PARTS:
        # "the windows of the consulate", "the 6th floor of the hotel": the building the part belongs to
        whole = _whole_of(tok)
        if whole is not None:
            tok = whole
    return _property(tok) if thing_ok else None


def _whole_of(tok: Token) -> Token | None:
    for part in (tok, *tok.conjuncts):
        of = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whole is not None:
            return whole
    return None


# parts of a building or vehicle: the harm is to the whole ("the windows of the bank")
_PARTS = {"window", "floor", "facade", "facing", "door", "entrance", "roof", "wall", "front", "gate", "storey",
          "story", "lobby", "basement", "part", "side", "section", "wing", "windows", "doors", "walls"}


def _in_apposition(tok: Token) -> list[Token]:
    """'the two engineers, Ana Ruiz and Luis Paz,', 'six priests, including Ana Ruiz', 'three
    vehicles -- an ambulance and a truck', 'Ana Ruiz, together with Luis Paz,': the names or things
    after a description of the harmed, and the people listed with them."""
    out: list[Token] = []
    todo, seen = [tok], {tok.i}
    while todo:
        cur = todo.pop()
        nxt = [c for c in cur.children if c.dep_ == "appos"]
        nxt += [g for c in cur.children if c.dep_ == "prep" and c.lower_ in _LISTING_PREPS
                for g in c.children if g.dep_ == "pobj"]
        if cur is not tok and name_at(cur) is not None:
            # "Ana Ruiz of Lima and Luis Paz of Quito": the parser hangs the second name on the town
            nxt += [k for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj" for k in g.conjuncts]
        for g in nxt:
            for k in (g, *g.conjuncts):
                if k.i not in seen:
                    seen.add(k.i)
                    out.append(k)
                    todo.append(k)
    return out


# prepositions that add the harmed to a list: "six priests, including Ana Ruiz", "Ana Ruiz, together with Luis Paz"
_LISTING_PREPS = {"including", "among", "with"}


def _property(tok: Token) -> tuple[Span, str] | None:
    doc = tok.doc
    if tok.lemma_.lower() in PROPERTY_NOUNS or tok.lower_ in PROPERTY_NOUNS:
        start = tok.left_edge.i
        # determiners, counts and describing adjectives go ("the two neighbouring houses" -> "houses");
        # the words that say what kind of thing it is stay ("power lines", "embassy vehicle")
        while start < tok.i and (doc[start].pos_ in ("DET", "NUM", "PRON", "PUNCT") or doc[start].like_num
                                 or doc[start].lower_ in _LEADING_WORDS or doc[start].ent_type_ == "NORP" or _demonym(doc[start])
                                 or participle_lemma(doc[start]) is not None):  # "the burned buses"
            start += 1
        end = tok.i + 1
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whose = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if whose is not None and tok.lemma_.lower() in _WHOSE_PLACE:  # "the offices of the union"
            end = whose.i + 1
        return doc[start:end], "property"
    return None


def _demonym(tok: Token) -> bool:
    """'salvadoran' in a text without capitals, which the tagger does not mark as a nationality."""
    from unrest.geo.gazetteer import Gazetteer

    return tok.pos_ == "ADJ" and Gazetteer.default().demonym_country(tok.text) is not None


# things known by whose they are: "the offices of the union", "the residence of the minister"
_WHOSE_PLACE = {"office", "offices", "headquarters", "residence", "home", "branch", "facility", "facilities",
                "installation", "installations", "premises", "property"}


_LEADING_WORDS = {"several", "some", "many", "two", "three", "four", "five", "other", "another", "its", "their",
                  "his", "her", "a", "an", "the", "of", "at", "least", "about", "nearly", "dozens", "hundreds",
                  "various", "approximately", "numerous", "around", "almost", "over", "more", "than", "both", "or"}


def attackers(sent: Span, triggers: Sequence[Token]) -> list[tuple[Span, str | None]]:
    """Who carried out an attack, as ``(phrase, kind)``: a named person ("Ana Ruiz shot ..."),
    people described by what they did or looked like ("two armed men", "hired assassins", "members
    of the front"), or the attack's own modifier ("a terrorist attack": terrorists did it). The
    kind is None for a phrase the actor stage may know ("the army", "the FMLN").

    Besides the subject and agent of the attack's words, the frames that say who did it: "carried
    out / ordered / perpetrated by", "X is responsible for / behind the attack", "accused / blamed /
    arrested X for the murder"."""
    heads: list[Token] = []
    words = {t.i: t for t in triggers}
    words.update((t.i, t) for t in sent if t.lemma_.lower() in HARM_WORDS or t.lemma_.lower() in DAMAGE_WORDS
                 or t.lemma_.lower() in _PERPETRATE_WORDS and _perpetrated(t))
    out: list[tuple[Span, str | None]] = []
    for word in words.values():
        for child in word.children:
            if child.dep_ == "nsubj" and word.pos_ == "VERB" and word.lemma_.lower() not in ("die", "explode"):
                heads.append(child)
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and word.pos_ == "NOUN"):
                heads += [d for g in child.children if g.dep_ == "pobj" for d in _behind_the_means(g)]
            elif child.dep_ in ("amod", "compound") and word.pos_ == "NOUN" and child.lemma_.lower() in _ATTACK_MODIFIERS:
                out.append((sent.doc[child.i:child.i + 1], "armed_group"))
        heads += _stray_agent(word)
    heads += _blamed(sent)
    # "the attackers, who wore uniforms, boarded the boat": people named by their crime, doing anything
    heads += [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in _CRIMINAL_NOUNS]
    for head in heads:
        for tok in (head, *head.conjuncts):
            if tok.lemma_.lower() == "group":  # "a group of armed men"
                tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), tok)
            name = name_at(tok)
            if name is not None:
                out.append((name, _kind_of_title(tok)))
            elif tok.lemma_.lower() in ATTACKER_NOUNS or tok.lower_ in ATTACKER_NOUNS:
                out.append((_described(tok), "armed_group"))
            elif tok.pos_ in ("NOUN", "PROPN"):
                out.append((sent.doc[tok.i:tok.i + 1], None))
    return out


def _behind_the_means(noun: Token) -> list[Token]:
    """'killed by police gunfire', 'wounded by army shelling': the means is no doer; whoever it
    belongs to is. Any other noun stands for itself."""
    if TRIGGERS.get(noun.lemma_.lower(), ("",))[0] != "ASSAULT" or noun.pos_ != "NOUN":
        return [noun]
    return [c for c in noun.children if c.dep_ in ("compound", "poss") and c.pos_ in ("NOUN", "PROPN")]


def _stray_agent(word: Token) -> list[Token]:
    """'the priests murdered on Friday by uniformed men', with 'by' hung on another word: the
    first 'by' after a passive harm word, before any other verb."""
    if word.tag_ != "VBN" or any(c.dep_ == "agent" for c in word.children):
        return []
    for tok in word.doc[word.i + 1:word.sent.end]:
        if tok.pos_ in ("VERB", "AUX"):
            return []
        if tok.lower_ == "by" and tok.dep_ == "prep":
            return [g for g in tok.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME", "GPE")]
    return []


def _blamed(sent: Span) -> list[Token]:
    """'accused X of the murder', 'X is responsible for the attack', 'X are behind the bombing'."""
    out: list[Token] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma in _BLAME_WORDS and tok.pos_ == "VERB" and _about_an_attack(tok, ("for", "of", "with", "in")):
            blamed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            # "five guerrillas, whom it blamed for the attack": the relative pronoun's antecedent
            out += [tok.head if c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl" else c for c in blamed]
            if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "the soldiers accused of the murder"
                out.append(tok.head)
        elif lemma in _BLAME_WORDS and tok.pos_ == "NOUN":
            # "the arrest of two soldiers for the killing" ("for" may hang on the last of them)
            whom = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if _about_an_attack(tok, ("for",)) or any(_about_an_attack(k, ("for",)) for g in whom for k in (g, *g.conjuncts)):
                out += whom
        elif lemma in ("attribute", "ascribe", "blame") and tok.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "nsubjpass") and _an_attack(c) for c in tok.children):
            # "authorities attribute the attacks to drug traffickers", "the bombing was blamed on the rebels"
            out += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children if g.dep_ == "pobj"]
        elif lemma in _AUTHOR_NOUNS and tok.pos_ == "NOUN" and tok.head.lemma_ == "be" and _about_an_attack(tok, ("of", "behind")):
            # "the authors of the attack are X", "X were the perpetrators of the massacre"
            other = {"nsubj": "attr", "attr": "nsubj"}.get(tok.dep_)
            out += [c for c in tok.head.children if c.dep_ == other]
        elif (lemma == "responsible" and _about_an_attack(tok, ("for",))) or \
                (tok.dep_ == "prep" and tok.lower_ == "behind" and _about_an_attack(tok.head, ("behind",))):
            out += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "X is responsible", "X are behind"
    return out


def _perpetrated(verb: Token) -> bool:
    """'carried out the attack', 'the ELN claimed responsibility for the bombing', 'the killing,
    carried out by uniformed men': a verb of doing whose object, where it has one of its own, is an
    attack (not "ordered the arrest of", "planned a march")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.tag_ not in ("WP", "WDT")]
    if not objects:
        return True  # its attack is the noun it hangs on, or a verb it is joined to
    objects += [g for c in objects if c.lemma_.lower() in ("responsibility", "credit")  # "claimed responsibility for"
                for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(_an_attack(t) for c in objects for t in (c, *c.conjuncts))


def _about_an_attack(tok: Token, preps: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps and any(_an_attack(t) for t in c.subtree) for c in tok.children)


def _an_attack(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in HARM_WORDS or lemma in DAMAGE_WORDS or lemma in _ATTACK_NOUNS


# verbs whose subject carried out an attack named as their object ("carried out the attack")
_PERPETRATE_WORDS = {"perpetrate", "carry", "commit", "stage", "launch", "order", "mastermind", "plan", "claim"}
# verbs that name someone as the author of an attack ("accused X of the murder")
_BLAME_WORDS = {"accuse", "blame", "charge", "implicate", "arrest", "hold", "link", "suspect", "convict"}
_ATTACK_NOUNS = {"crime", "action", "incident", "attack", "massacre", "murder", "killing", "bombing", "kidnapping"}
# who did it, named by a copula: "the authors of the attack are X"
_AUTHOR_NOUNS = {"author", "perpetrator", "mastermind", "culprit", "organizer", "organiser"}


def _kind_of_title(tok: Token) -> str:
    """A named attacker's kind, from a military or police rank before the name."""
    before = {t.lower_.rstrip(".") for t in tok.doc[max(tok.sent.start, tok.left_edge.i - 1):tok.i]}
    if before & {"colonel", "col", "general", "gen", "captain", "capt", "lieutenant", "lt", "major", "maj",
                 "sergeant", "sgt", "soldier", "commander"}:
        return "military"
    if before & {"police", "policeman", "officer", "agent", "inspector"}:
        return "state_security"
    return "other"


def _described(tok: Token) -> Span:
    """'two armed men' -> 'armed men'; 'members of the 8th front' keeps whose members they are."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].pos_ in ("DET", "NUM", "PUNCT") or doc[start].like_num
                             or doc[start].lower_ in _LEADING_WORDS):
        start += 1
    end = tok.i + 1
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whose = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whose is not None and tok.lemma_.lower() == "member":
        end = whose.i + 1
    return doc[start:end]


# people known by what they did or how they looked: attackers the actor stage has no kind for
_CRIMINAL_NOUNS = {"assassin", "killer", "hitman", "murderer", "trafficker", "criminal", "attacker", "assailant",
                   "kidnapper", "terrorist", "gunman", "gunmen"}
ATTACKER_NOUNS = _CRIMINAL_NOUNS | {"man", "men", "individual", "person", "youth", "stranger", "suspect",
                                    "member", "commando", "unknown"}
# "a terrorist attack": the modifier says who attacked ("a guerrilla attack" names guerrillas already)
_ATTACK_MODIFIERS = {"terrorist"}


def harmed_recipients(sent: Span, triggers: Sequence[Token], known: Sequence[ActorMention],
                      names: Callable[[], list[str]]) -> list[ActorMention]:
    """What :func:`harmed` finds, as recipients the event lacks: a person, under the fullest name
    the report gives (``names()``, asked only when needed), gets the kind of a title before the
    name ('mayor' -> government), else ``civilians``; a thing is ``other``."""
    return _as_mentions(sent, harmed(sent, triggers), known, names)


def victims_listed(sent: Span, names: Callable[[], list[str]]) -> list[ActorMention]:
    """'The victims were identified as Ana Ruiz and Luis Paz': the people a sentence with no attack
    of its own names as victims or hostages (of the attack reported just before)."""
    heads = [c for w in sent if w.pos_ == "NOUN" and w.lemma_.lower() in ("victim", "hostage")
             for c in _victims_named(w)]
    found = [p for h in heads for tok in (h, *h.conjuncts, *_in_apposition(h))
             if (p := _harmed_phrase(tok, True, False)) is not None]
    return _as_mentions(sent, found, [], names)


def _as_mentions(sent: Span, found: Iterable[tuple[Span, str]], known: Sequence[ActorMention],
                 names: Callable[[], list[str]]) -> list[ActorMention]:
    roots = {a.root for a in known}
    spans = {(a.tok_start, a.tok_end) for a in known}
    out = []
    dateline = dateline_end_token(sent.doc)
    for span, what in found:
        if span.root.i in roots or any(s <= span.start and span.end <= e for s, e in spans) or span.start < dateline:
            continue
        name, kind = span.text, "other"
        if what == "person":
            name = full_name(name, names())
            if name == span.text:
                name = without_participles(written_in_full(span))
            title = _title_before(span, sent)
            kind = next((k for t in reversed(title) if (k := kind_of_phrase(t.doc[t.i:t.i + 1])) is not None), "civilians")
        out.append(ActorMention(span.start_char, span.end_char, span.start, span.end, span.root.i, name, kind, span.text))
    return out


def _title_before(span: Span, sent: Span) -> list[Token]:
    """The words just before a name that may be its title ('police officer Ana Ruiz'), up to three,
    not reaching past a verb or a preposition ('gunmen shot Ana Ruiz': 'gunmen' is no title)."""
    out: list[Token] = []
    for tok in reversed(span.doc[max(sent.start, span.start - 3):span.start]):
        if tok.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            break
        out.insert(0, tok)
    return out


def attacker_mentions(sent: Span, triggers: Sequence[Token], known: Sequence[ActorMention],
                      names: Callable[[], list[str]], here: Sequence[ActorMention]) -> list[ActorMention]:
    """What :func:`attackers` finds, as actors the event lacks: the actor stage's own mention
    (from ``here``, the sentence's) where it has one, else a new one."""
    taken = {i for a in known for i in range(a.tok_start, a.tok_end)}
    out: list[ActorMention] = []
    for span, kind in attackers(sent, triggers):
        if span.root.i in taken:
            continue
        if kind is None:  # a phrase the actor stage may know: "the army", "the FMLN"
            found = [a for a in here if a.root == span.root.i]
            out += found
            taken.update(i for a in found for i in range(a.tok_start, a.tok_end))
            continue
        taken.update(t.i for t in span)
        named = kind in ("military", "state_security", "other") and span.root.tag_ == "NNP"
        name = full_name(span.text, names()) if named else span.text
        if named and name == span.text:
            name = written_in_full(span)
        out.append(ActorMention(span.start_char, span.end_char, span.start, span.end, span.root.i, name, kind, span.text))
    return out
