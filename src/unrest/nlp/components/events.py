"""spaCy component ``unrest_events``: what happened, who did it to whom, where, when, how sure.

The stages, for each sentence:

1. find triggers (:mod:`unrest.nlp.event_vocab`), skipping words inside names and dates and words
   that need a companion they lack ("fire" without "opened"/"on");
2. refine the mode from context (firearms, crowd control, air strike, internet shutdown) and turn a
   count of forces moving somewhere into a MOBILIZE event ("850 fighters crossed into X");
3. merge triggers of the same type and mode in one sentence into one event;
4. attach actors (subject, "by" agent, noun modifiers) and recipients (object, passive subject);
   an attack also gets the named people and physical things it harmed as recipients, and the
   attackers the actor stage had no kind for (:func:`unrest.nlp.event_context.harmed`, ``attackers``);
5. attach places, dates, figures and attribution, and the modality flags.

Figures get their event, attribution, scope and status here as well, since all four depend on the
sentence's events and sources.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from unrest.ingest.dateline import dateline_end_token
from unrest.models import Actor, Event, EventDate, Figure, Place, Span as TextSpan
from unrest.nlp import extensions  # noqa: F401
from unrest.nlp.classify import police as police_model
from unrest.nlp.components.actors import ActorMention, kind_of_phrase
from unrest.nlp.components.attribution import attribution_at
from unrest.nlp.components.dates import DateMention
from unrest.nlp.components.event_types import CROWD_KINDS, STEPS_WITHOUT_GROUND, protest_actors, typed_events
from unrest.nlp.components.places import focus_place
from unrest.nlp.components.verbal import (
    HARMFUL, SUBJECT_DEPS, actors_under, diplomatic_type, named_speaker, shutdowns, subject_actors, verbal_events,
    withholdings,
)
from unrest.nlp.dates import WEEKDAYS, parse_iso
from unrest.nlp.figure_scope import says_running_total
from unrest.nlp.event_vocab import (
    FIGURE_EVENT_TYPES, MOBILIZE_MODES, NEEDS_COMPANION, NOT_AFTER, OPERATIONAL_KINDS, STRIKE_AS_ATTACK, TRIGGERS,
    VERB_ONLY,
)
from unrest.nlp.event_context import (
    ATTACKER_NOUNS, assault_mode, attacker_mentions, contexts_for, harmed_recipients, inaction_trigger, territory_takes,
    victims_listed,
)
from unrest.nlp.modality import Modality, is_historical, modality, still_ahead
from unrest.nlp.people import common_nouns, full_name, names_in
from unrest.nlp.violence import (
    DESTRUCTION, RECENT_SENTENCES, arms_held, denial_of_authorship, participle_lemma, pronoun_subject, property_attack,
    violent_death,
)
from unrest.nlp.vocab import CASUALTY_CUES, DEPLOYMENT_VERBS

_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_FORCE_KINDS = ("state_security", "military")
_TARGET_PREPS = ("on", "at", "against", "upon", "into")


@Language.factory("unrest_events",
                  requires=["doc._.unrest_figures", "doc._.unrest_places", "doc._.unrest_dates",
                            "doc._.unrest_actors", "doc._.unrest_sources"],
                  assigns=["doc._.unrest_events"])
def make_events(nlp: Language, name: str) -> EventBuilder:
    return EventBuilder()


class EventBuilder:
    """Rules first; in the accurate mode (``UNREST_EVENTS_MODE=accurate``) a learned sentence model
    adds the security-force events the rules missed (see :mod:`unrest.nlp.classify`)."""

    def __init__(self, accurate: bool | None = None) -> None:
        if accurate is None:
            accurate = os.environ.get("UNREST_EVENTS_MODE", "").lower() == "accurate"
        self.model = police_model.load() if accurate else None

    def __call__(self, doc: Doc) -> Doc:
        published = parse_iso(doc._.unrest_published)
        ctx = _Context(doc, published)
        events: list[Event] = []
        for number, sent in enumerate(doc.sents):
            ctx.sent_no = number
            triggers = self._triggers(doc, sent, ctx)
            triggers += self._forces_movements(doc, sent, ctx, triggers)
            triggers += self._implied_by_figures(sent, ctx, triggers)
            first = len(events)
            for group in _group(triggers):
                ev = self._build(doc, sent, group, ctx, len(events) + 1)
                if ev is not None:
                    events.append(ev)
            if self.model is not None:
                events += self._learned(doc, sent, ctx, events[first:], len(events))
            _victims_of_last_attack(sent, events[first:], ctx)
        _link_figures(doc, events, ctx)
        doc._.unrest_events = events
        return doc

    def _learned(self, doc: Doc, sent: Span, ctx: _Context, found: list[Event], count: int) -> list[Event]:
        """Security-force events the sentence model sees and the rules did not find."""
        assert self.model is not None
        labels = self.model.labels(sent.text)
        if not labels:
            return []
        forces = [a for a in ctx.actors if a.kind in ("state_security", "military") and a.tok_start < sent.end]
        here = [a for a in forces if a.tok_start >= sent.start]
        # the force named here, else the last one named; with none named, the police the model
        # reads between the lines ("firing on the mob left two dead"), with no text of its own
        named = (here[0] if here else forces[-1]) if forces else None
        force = Actor(named.name, named.kind, named.text, named.country) if named is not None \
            else Actor("police", "state_security", "")
        ours = [e for e in found if any(a.kind in ("state_security", "military") for a in e.actors)
                and not (e.negated or e.hypothetical or e.historical)]
        have = {("KILL" if e.type in ("ASSAULT", "FIGHT") and (e.figures or "fatal" in e.context) else None) for e in ours}
        have |= {"ARREST" for e in ours if e.type == "COERCE" and e.mode == "arrest"}
        have |= {"FORCE" for e in ours if e.type in ("ASSAULT", "FIGHT")}
        have |= {"FAIL" for e in ours if "inaction" in e.context}
        have |= {"ANY_ACTION" for e in ours}
        wanted = [(label, etype, mode, context) for label, etype, mode, context in _LEARNED_EVENTS
                  if label in labels and label not in have]
        if "KILL" in labels and "KILL" not in have:
            wanted = [w for w in wanted if w[0] != "FORCE"]  # a killing is the use of force
        if any(w[0] != "ANY_ACTION" for w in wanted) or have - {None}:
            wanted = [w for w in wanted if w[0] != "ANY_ACTION"]
        out = []
        for _label, etype, mode, context in wanted:
            main = _learned_trigger(sent, etype) or sent.root
            ev = self._build(doc, sent, [(main, etype, mode)], ctx, count + len(out) + 1)
            ev.actors = [force]
            ev.context = sorted(set(ev.context) | set(context) | {"learned"})
            ev.negated = ev.hypothetical = False
            out.append(ev)
        return out

    # 1-2. triggers ----------------------------------------------------------------------
    def _triggers(self, doc: Doc, sent: Span, ctx: _Context) -> list[tuple[Token, str, str | None]]:
        found: list[tuple[Token, str, str | None]] = []
        for tok in sent:
            if tok.i in ctx.blocked or tok.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN"):
                continue
            lemma = tok.lemma_.lower()
            key = lemma if lemma in TRIGGERS else tok.lower_ if tok.lower_ in TRIGGERS else _hyphenated(doc, tok)
            key = key or participle_lemma(tok)  # "the assassinated candidate"
            if key is None or key not in TRIGGERS:
                continue
            if tok.pos_ == "PROPN" and key not in ("unrest", "curfew"):
                continue
            if arms_held(tok):
                continue  # "police seized rifles and 15 kg of dynamite": an inventory, not an attack
            if key in ("ask", "request") and _asks_anonymity(tok):
                continue  # "a witness, who asked not to be named": how a source is cited, not a demand
            if key in NOT_AFTER and tok.i > sent.start and doc[tok.i - 1].lower_ in NOT_AFTER[key]:
                continue
            if key == "riot" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _RIOT_GEAR:
                continue  # "that riot police fired": the tagger may read "riot" as a verb
            if key in VERB_ONLY and not tok.tag_.startswith("VB"):
                continue  # "the police station": a building, not police stationed
            if key == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "set":
                found.append((tok, *_refine(tok, "CRIME", "arson", ctx)))  # "set fire to a bus": arson
                continue
            arson = property_attack(tok, key, ctx.actors_in(sent), ATTACKER_NOUNS, ctx.recent_attack()) \
                if key in DESTRUCTION else None
            if arson is not None:  # "rebels burned two buses", "they destroyed a pylon" after an attack
                found.append((tok, *_refine(tok, *arson, ctx)))
                continue
            if key == "shutdown" and _has_companion(tok, _STRIKE_SHUTDOWN) and not _has_companion(tok, NEEDS_COMPANION[key]):
                found.append((tok, *_refine(tok, "PROTEST", "strike", ctx)))  # "a complete shutdown was observed"
                continue
            if key in NEEDS_COMPANION and NEEDS_COMPANION[key] and not _has_companion(tok, NEEDS_COMPANION[key]) \
                    and not (key in ("die", "death") and _has_killed_figure(sent, ctx)) \
                    and not violent_death(tok, ctx.recent_attack()) \
                    and not (key == "march" and _near_words(tok, {"flag", "route"}, before=2)):
                continue
            if tok.pos_ == "NOUN" and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() not in TRIGGERS \
                    and "-" not in key:  # a hyphenated trigger's first part is its own modifier
                continue  # "combat experience", "protest leaders": a modifier, not an event
            etype, mode = TRIGGERS[key]
            if key == "strike" and _near_words(tok, STRIKE_AS_ATTACK, before=2):
                etype, mode = "ASSAULT", "aerial"
            if key == "march" and _near_words(tok, {"flag", "route"}, before=2):
                etype, mode = "MOBILIZE", None  # a flag march is a show of force, not a protest
            if key == "withdraw" and _has_companion(tok, _POLICY_WORDS):
                etype = "CONCEDE"  # withdrawing a bill is a concession; withdrawing troops a retreat
            if key == "disband" and {a.kind for a in subject_actors(tok, ctx.actors)} & {"government"}:
                etype = "CONCEDE"  # a government disbanding its own unit gives way; a militia disbanding retreats
            if key == "raid" and _near_words(tok, {"air", "aerial", "drone"}, before=2):
                etype, mode = "ASSAULT", "aerial"  # an air raid is a strike, not a search
            retyped = diplomatic_type(tok, key, etype, ctx.actors)
            if retyped is None:
                continue
            etype, mode = retyped, (mode if retyped == etype else None)
            etype, mode = _refine(tok, etype, mode, ctx)
            found.append((tok, etype, mode))
        found = verbal_events(sent, found, ctx.actors, ctx.verbal)
        found += [(tok, "SANCTION", None) for tok in withholdings(sent) if tok.i not in {t.i for t, _, _ in found}]
        found += [(tok, "COERCE", "censor") for tok in shutdowns(sent) if tok.i not in {t.i for t, _, _ in found}]
        found = typed_events(sent, found, ctx.actors)  # ceasefires, arrivals, evictions, riots, ...
        # "took control of the town", "handed over the base": ground taken or given up
        taken = territory_takes(sent)
        gained = {tok.i for tok, _ in taken}
        found = [t for t in found if t[0].i not in gained] + [(tok, etype, None) for tok, etype in taken]
        # "police remained mute spectators": security forces that failed to act
        idle = inaction_trigger(sent, ctx.actors_in(sent))
        if idle is not None:
            found.append((idle, "REJECT", "inaction"))
        return found

    def _forces_movements(self, doc: Doc, sent: Span, ctx: _Context,
                          triggers: list[tuple[Token, str, str | None]]) -> list[tuple[Token, str, str | None]]:
        """'850 fighters crossed into Iran': a count of forces on the move is a deployment."""
        out = []
        have = {t.i for t, _, _ in triggers}
        for fig in ctx.figures_in(sent):
            if fig.category != "forces":
                continue
            tok = ctx.figure_token(fig)
            verb = _governing_verb(tok)
            if verb is None or verb.i in have or verb.lemma_.lower() not in DEPLOYMENT_VERBS:
                continue
            mode = MOBILIZE_MODES.get(_force_kind(doc, tok, ctx) or "", None)
            out.append((verb, "MOBILIZE", mode))
            have.add(verb.i)
        return out

    def _implied_by_figures(self, sent: Span, ctx: _Context,
                            triggers: list[tuple[Token, str, str | None]]) -> list[tuple[Token, str, str | None]]:
        """'The death toll has risen to 108': a toll with no event word of its own still counts an event."""
        out: list[tuple[Token, str, str | None]] = []
        types = {etype for _, etype, _ in triggers}
        for fig in ctx.figures_in(sent):
            implied = _IMPLIED_EVENTS.get(fig.category)
            if implied is None or types & set(FIGURE_EVENT_TYPES[fig.category]):
                continue
            etype, mode = implied
            tok = _cue_token(sent, fig.category) or ctx.figure_token(fig)
            etype, mode = _refine(tok, etype, mode, ctx)
            out.append((tok, etype, mode))
            types.add(etype)
        return out

    # 3-5. one event -----------------------------------------------------------------------
    def _build(self, doc: Doc, sent: Span, group: list[tuple[Token, str, str | None]], ctx: _Context,
               number: int) -> Event | None:
        """The group's event, or None where it only names the attack just reported ("al-Shabaab
        was behind the attack") and has been merged into it."""
        main, etype, mode = group[0]
        tokens = [t for t, _, _ in group]
        actors, recipients = _participants(doc, tokens, ctx, etype)
        if etype in HARMFUL or (etype == "COERCE" and mode == "destroy"):
            recipients = [_in_full(r, ctx) for r in recipients]
            recipients += harmed_recipients(sent, tokens, actors + recipients, ctx.person_names)
            extra = attacker_mentions(sent, tokens, actors + recipients, ctx.person_names, ctx.actors_in(sent))
            if _doer(main) is not None and len(tokens) == 1:  # "police killed 12 while rioters killed two"
                others = {t.i for v in main.subtree if v is not main and _doer(v) is not None for t in v.subtree}
                clause = {t.i for t in main.subtree} - others
                extra = [a for a in extra if a.root in clause]
            actors += extra
            if not actors and ctx.recent_attack() and pronoun_subject(tokens):
                actors = list(ctx.last_attackers)  # "They also burned two buses": the attackers just reported
        if not actors and (main.i in ctx.verbal or etype in _SAID_TYPES):
            # "Chile said it will back ...", "the union said it had called off the strike": the speaker
            said = subject_actors(main, ctx.actors)
            if not {a.kind for a in said} & OPERATIONAL_KINDS:
                actors = said
            if not actors:
                actors = named_speaker(main)  # "Putin offered to negotiate": a person who says or promises
        elif not actors and main.dep_ == "xcomp" and modality(main).hypothetical:
            actors = named_speaker(main)  # "He vowed to retake the city": the person named before
        if etype == "MOBILIZE" and not actors and not recipients:
            # "a flag march by the army", "police in strength have been deployed": the force named nearest
            forces = [a for a in ctx.actors_in(sent) if a.kind in MOBILIZE_MODES]
            if forces:
                actors = [min(forces, key=lambda a: abs(a.root - main.i))]
        if etype == "MOBILIZE" and mode is None:
            deployed = recipients or actors
            mode = next((MOBILIZE_MODES[a.kind] for a in deployed if a.kind in MOBILIZE_MODES), None)
        if etype == "PROTEST":
            actors = protest_actors(main, actors, ctx.actors)  # "tear gas at protesters": they protest
        if etype == "PROTEST" and actors and all(a.kind in ("military", "state_security") for a in actors):
            # "the army is maintaining a vigil": security forces on the streets are a deployment
            etype, mode = "MOBILIZE", MOBILIZE_MODES[actors[0].kind]
        if etype == "PROTEST" and not actors:
            actors = [a for a in ctx.actors_in(sent) if a.kind == "protesters"][:1]
        if etype == "ASSAULT" and mode == "crowd-control" and actors and all(a.kind in CROWD_KINDS for a in actors) \
                and not any(r.kind in _FORCE_KINDS for r in recipients):
            # "protesters threw stones at police, who responded with tear gas": crowd control the parse
            # gave the crowd is the act of the security forces named nearest, unless the forces are what
            # the crowd struck ("protesters attacked police with batons")
            forces = [a for a in ctx.actors_in(sent) if a.kind in _FORCE_KINDS]
            if forces:
                recipients = _dedupe(recipients + actors)
                actors = [min(forces, key=lambda a: abs(a.root - main.i))]
        if mode == "inaction":
            # the security forces present are the ones who failed to act
            forces = [a for a in ctx.actors_in(sent) if a.kind in ("state_security", "military")]
            actors = [min(forces, key=lambda a: abs(a.root - main.i))] if forces else actors
            recipients = []
        context = contexts_for(sent, etype, mode, main, [a.kind for a in actors])
        if mode in STEPS_WITHOUT_GROUND:
            context = [c for c in context if c != "territory"]  # a ceasefire declared in a province cedes none of it
        if mode == "inaction":
            mode = None
        mod = modality(main)
        if main.i in ctx.verbal:
            mod = Modality()  # the promise, threat or demand itself is what is asserted
        if "inaction" in context:
            mod = type(mod)()  # the failure to act is what is asserted
        denial = denial_of_authorship(main) if mod.negated and etype in ("ASSAULT", "CRIME") else None
        if denial is not None:
            # "the rebels denied responsibility for the attack": the attack happened; its authors are in doubt
            mod = type(mod)()
            deniers = {a.root for c in denial.children if c.dep_ in SUBJECT_DEPS for a in actors_under(c, ctx.actors)}
            actors = [a for a in actors if a.root not in deniers]
        att, _ = attribution_at(doc, main.i)
        date_ = _event_date(doc, sent, main, ctx, ahead=still_ahead(main))
        historical = bool(date_ and date_.text and is_historical(
            parse_iso(date_.start), parse_iso(date_.end), ctx.published, since=date_.text.lower().startswith("since")))
        places, inferred = _event_places(sent, main, ctx)
        ev = Event(
            id=f"e{number}", type=etype, mode=mode, evidence=[TextSpan(sent.start_char, sent.end_char)],
            context=context,
            actors=[Actor(a.name, a.kind, a.text, a.country) for a in _dedupe(actors)],
            recipients=[Actor(a.name, a.kind, a.text, a.country) for a in _dedupe(recipients)],
            date=date_, places=places, place_inferred=inferred, attribution=att,
            negated=mod.negated, hypothetical=mod.hypothetical, historical=historical,
            trigger=main.text,
        )
        if _names_the_last_attack(main, ev, ctx):
            _merge_into_last_attack(ev, ctx)
            return None
        ctx.trigger_at[ev.id] = main.i
        if (etype in ("ASSAULT", "CRIME") or mode == "destroy") and not (mod.negated or mod.hypothetical):
            ctx.attack_reported(ev, actors)
        return ev


# events an actor does by saying or deciding something; with no subject of their own, the speaker's
_SAID_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
               "DISAPPROVE", "REJECT", "THREATEN", "SANCTION")


# what the sentence model's labels become in the record
_LEARNED_EVENTS: tuple[tuple[str, str, str | None, tuple[str, ...]], ...] = (
    ("KILL", "ASSAULT", None, ("fatal",)), ("ARREST", "COERCE", "arrest", ()),
    ("FORCE", "ASSAULT", None, ()), ("FAIL", "REJECT", None, ("inaction",)),
    ("ANY_ACTION", "MOBILIZE", "police", ()),
)


def _learned_trigger(sent: Span, etype: str) -> Token | None:
    """The sentence's first word that names an event of the type, if any."""
    for tok in sent:
        key = tok.lemma_.lower() if tok.lemma_.lower() in TRIGGERS else tok.lower_
        if key in TRIGGERS and TRIGGERS[key][0] == etype:
            return tok
    return None


class _Context:
    """Per-document lookups shared by the stages."""

    def __init__(self, doc: Doc, published: date | None) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each call
        self.published = published
        self.places: list[Place] = doc._.unrest_places or []
        self.figures: list[Figure] = doc._.unrest_figures or []
        self.dates: list[DateMention] = doc._.unrest_dates or []
        self.actors: list[ActorMention] = doc._.unrest_actors or []
        self.focus = focus_place(self.text, self.places)
        self.blocked: set[int] = set()
        self.verbal: set[int] = set()  # triggers of promises, threats and demands (asserted as said)
        self.trigger_at: dict[str, int] = {}  # event id -> its trigger's token ("killed" twice in a sentence)
        self._person_names: list[str] | None = None
        # the sentence being read, and the last one that reported an attack (with its attackers)
        self.sent_no = 0
        self.last_attack: int | None = None
        self.last_attackers: list[ActorMention] = []
        self.last_attack_event: Event | None = None
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "DATE", "TIME", "WORK_OF_ART", "LAW") or \
                    (ent.label_ in ("ORG", "FAC") and len(ent) > 1):
                self.blocked.update(range(ent.start, ent.end))
        for actor in self.actors:
            if actor.known and actor.tok_end - actor.tok_start > 1:
                self.blocked.update(range(actor.tok_start, actor.tok_end))

    def person_names(self) -> list[str]:
        """Every person the report names, without titles (for 'Ruiz' -> 'Ana Maria Ruiz')."""
        if self._person_names is None:
            self._person_names = names_in(self.doc)
        return self._person_names

    def recent_attack(self) -> bool:
        """An attack was reported in this sentence or one of the few just before."""
        return self.last_attack is not None and self.sent_no - self.last_attack <= RECENT_SENTENCES

    def attack_reported(self, event: Event, actors: list[ActorMention]) -> None:
        if actors or not self.recent_attack():
            self.last_attackers = [a for a in actors if a.kind != "civilians"]
        self.last_attack = self.sent_no
        self.last_attack_event = event

    def actors_in(self, sent: Span) -> list[ActorMention]:
        return [a for a in self.actors if sent.start <= a.tok_start < sent.end]

    def figures_in(self, sent: Span) -> list[Figure]:
        return [f for f in self.figures if sent.start_char <= f.start < sent.end_char]

    def figure_token(self, fig: Figure) -> Token:
        span = self.doc.char_span(fig.start, fig.end, alignment_mode="expand")
        assert span is not None
        nums = [t for t in span if t.like_num or t.lower_ in ("hundreds", "thousands", "dozens")]
        return nums[-1] if nums else span.root

    def places_in(self, sent: Span) -> list[Place]:
        return [p for p in self.places if sent.start_char <= p.start < sent.end_char]


def _has_companion(tok: Token, words: set[str]) -> bool:
    window = tok.doc[max(tok.sent.start, tok.i - 4):min(tok.sent.end, tok.i + 5)]
    near = {t.lower_ for t in window} | {t.lemma_.lower() for t in window}
    near |= {c.lower_ for c in tok.children} | {tok.head.lower_, tok.head.lemma_.lower()}
    return bool(near & words)


# a shutdown of shops and traffic called or observed: a general strike (South Asian "bandh" usage)
_STRIKE_SHUTDOWN = {"observe", "observed", "complete", "total", "general", "call", "called", "enforce", "enforced",
                    "traders", "shops", "markets", "bandh", "hartal", "strike"}

_POLICY_WORDS = {"bill", "law", "tax", "decree", "plan", "reform", "measure", "fee", "hike", "increase",
                 "order", "ban", "policy", "proposal", "amendment", "charges", "case", "levy"}

_IMPLIED_EVENTS: dict[str, tuple[str, str | None]] = {
    "killed": ("ASSAULT", None), "injured": ("ASSAULT", None), "arrested": ("COERCE", "arrest"),
    "executed": ("ASSAULT", "execution"),
}


def _cue_token(sent: Span, category: str) -> Token | None:
    """The word of the sentence that says what happened to the counted ('toll', 'killed')."""
    for tok in sent:
        if CASUALTY_CUES.get(tok.lemma_.lower()) == category or CASUALTY_CUES.get(tok.lower_) == category:
            return tok
    return None


def _has_killed_figure(sent: Span, ctx: _Context) -> bool:
    """'the death of 58 people': a death with a count of the dead is an event."""
    return any(f.category == "killed" for f in ctx.figures_in(sent))


def _near_words(tok: Token, words: set[str], before: int) -> bool:
    return any(t.lower_ in words for t in tok.doc[max(0, tok.i - before):tok.i])


def _refine(tok: Token, etype: str, mode: str | None, ctx: _Context) -> tuple[str, str | None]:
    """Context sets the mode: firearms, crowd control, explosives, internet shutdowns."""
    sent_words = {t.lemma_.lower() for t in tok.sent}
    less_lethal = sent_words & {"rubber", "stun", "cannon", "pellet", "baton", "lathi", "pepper", "teargas"} or \
        ("tear" in sent_words and "gas" in sent_words)
    if etype == "ASSAULT" and mode in ("firearms", "explosives", None) and less_lethal and not _lethal(tok.sent):
        return "ASSAULT", "crowd-control"  # rubber bullets and stun grenades are crowd control
    if etype == "ASSAULT" and mode is None:
        if sent_words & {"shoot", "shot", "gunfire", "firing", "bullet", "gun", "rifle", "sniper", "gunman", "gunmen", "machinegun"} \
                or ("fire" in sent_words and sent_words & {"open", "live"}):
            mode = "firearms"
        elif sent_words & {"bomb", "blast", "explosion", "explosive", "grenade", "dynamite", "ied"}:
            mode = "explosives"
        elif sent_words & {"teargas", "baton", "lathi", "lathicharge", "cannon", "pellet"} or \
                ("tear" in sent_words and "gas" in sent_words):
            mode = "crowd-control"
        elif sent_words & {"beat", "beaten", "stick", "rod", "club", "lynch", "thrash"}:
            mode = "beat"
    if etype == "ASSAULT":
        mode = assault_mode(tok.sent.text, mode)
    if etype == "CRIME" and sent_words & {"mob", "rioter", "protester", "demonstrator", "riot"}:
        return "PROTEST", "riot"  # looting and arson by a mob are part of the riot
    if etype == "FIGHT":
        # clashes between protesters and police are riots, not battles between armed groups
        kinds = {a.kind for a in ctx.actors_in(tok.sent)}
        if not kinds & {"military", "armed_group", "militia"} and kinds & {"protesters", "state_security", "civilians"}:
            return "PROTEST", "riot"
        if sent_words & {"protester", "demonstrator", "protest", "demonstration"} and not kinds & {"armed_group", "militia"}:
            return "PROTEST", "riot"
    return etype, mode


_LETHAL = frozenset({"live", "kill", "dead", "sniper", "rifle", "gunfire"})


def _lethal(sent: Span) -> bool:
    """Words of deadly force in the sentence; "rubber bullets" and "plastic bullets" are not."""
    return any(t.lemma_.lower() in _LETHAL or t.lemma_.lower() == "bullet" and t.i > sent.start
               and t.nbor(-1).lower_ not in ("rubber", "plastic", "rubber-coated") for t in sent)


def _hyphenated(doc: Doc, tok: Token) -> str | None:
    """A trigger the tokenizer cut at its hyphen ("sit - in", "stone - pelting"), read from its first part."""
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        word = f"{tok.lower_}-{doc[tok.i + 2].lower_}"
        return word if word in TRIGGERS else None
    return None


_CASUALTY_TRIGGERS = {"kill", "die", "death", "wound", "injure", "killed", "wounded", "injured"}


def _group(triggers: list[tuple[Token, str, str | None]]) -> list[list[tuple[Token, str, str | None]]]:
    """Same type and mode in one sentence is one event (ordered by first trigger).

    Casualty words in a sentence about a battle ("four soldiers were killed in clashes") name the
    battle's toll, not a separate assault.
    """
    if any(t[1] == "FIGHT" for t in triggers):
        triggers = [(tok, "FIGHT", None) if etype == "ASSAULT" and mode is None and tok.lemma_.lower() in _CASUALTY_TRIGGERS
                    else (tok, etype, mode) for tok, etype, mode in triggers]
    groups: dict[tuple[str, str | None, int], list[tuple[Token, str, str | None]]] = {}
    doers: dict[tuple[str, str | None, int], str] = {}  # the subject a group's verbs were done by
    for trig in sorted(triggers, key=lambda t: t[0].i):
        doer = _doer(trig[0])
        # a mode-less trigger joins a moded group of the same type ("killed ... shot")
        same = [k for k in groups if k[0] == trig[1] and (k[1] == trig[2] or trig[2] is None or k[1] is None)]
        # ... unless both are done by subjects of their own: "police killed 12 while rioters killed two"
        same = [k for k in same if doer is None or doers.get(k) in (None, doer)]
        if same:
            key = same[0]
            if key[1] is None and trig[2] is not None:
                groups[(trig[1], trig[2], key[2])] = groups.pop(key)
                if key in doers:
                    doers[(trig[1], trig[2], key[2])] = doers.pop(key)
                key = (trig[1], trig[2], key[2])
        else:
            key = (trig[1], trig[2], len(groups))
        groups.setdefault(key, []).append(trig)
        if doer is not None:
            doers.setdefault(key, doer)
    out = []
    for (etype, mode, _), items in groups.items():
        # the trigger that gave the mode names the event best, then verbs before nouns
        items.sort(key=lambda t: (t[2] is None, t[0].pos_ != "VERB", t[0].i))
        out.append([(items[0][0], etype, mode)] + [(t, etype, mode) for t, _, _ in items[1:]])
    out.sort(key=lambda g: min(t.i for t, _, _ in g))
    return out


# verbs whose subject is who suffered the event ("two students died")
_SUFFERED = frozenset({"die", "perish", "succumb", "drown"})


def _doer(tok: Token) -> str | None:
    """The noun a verb trigger's own subject or agent names ("security forces had killed"), or None
    (and None where the subject is who suffered it: "two people died when police fired")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in _SUFFERED:
        return None
    for child in tok.children:
        if child.dep_ == "nsubj" and child.pos_ in ("NOUN", "PROPN"):
            return child.lemma_.lower()
        if child.dep_ == "agent":
            noun = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun.lemma_.lower()
    return None


def _governing_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _force_kind(doc: Doc, tok: Token, ctx: _Context) -> str | None:
    """The kind of a counted force: from actors inside its noun phrase ('400 Wagner ... fighters')."""
    head = tok.head
    span = doc[min(tok.i, head.left_edge.i):max(head.right_edge.i, tok.i) + 1]
    kinds = [a.kind for a in ctx.actors if span.start <= a.tok_start < span.end]
    for kind in ("militia", "armed_group", "military", "state_security"):
        if kind in kinds:
            return kind
    for t in span:
        k = kind_of_phrase(doc[t.i:t.i + 1])
        if k in MOBILIZE_MODES:
            return k
    return None


def _participants(doc: Doc, triggers: list[Token], ctx: _Context, etype: str) -> tuple[list[ActorMention], list[ActorMention]]:
    actors: list[ActorMention] = []
    recipients: list[ActorMention] = []
    for trig in triggers:
        for child in trig.children:
            if child.dep_ in SUBJECT_DEPS and trig.lemma_.lower() in _SUFFERED and trig.pos_ == "VERB":
                recipients += actors_under(child, ctx.actors)  # "two students died": they suffered it
            elif child.dep_ in SUBJECT_DEPS:
                actors += actors_under(child, ctx.actors)
            elif child.dep_ in _OBJECT_DEPS:
                recipients += actors_under(child, ctx.actors)
            elif child.dep_ == "agent":
                actors += [a for g in child.children for a in actors_under(g, ctx.actors)]
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS + ("of",):
                target = [a for g in child.children for a in actors_under(g, ctx.actors)]
                if child.lower_ == "of" and trig.pos_ == "NOUN" and etype != "PROTEST":
                    recipients += target  # "the arrest of 20 students"
                elif child.lower_ in _TARGET_PREPS:
                    recipients += target
            elif child.dep_ == "prep" and child.lower_ == "by":
                actors += [a for g in child.children for a in actors_under(g, ctx.actors)]
            elif child.dep_ in ("compound", "poss", "amod", "nmod") and (trig.pos_ == "NOUN" or trig.dep_ == "pobj"):
                # "police firing" (a gerund the tagger may call a verb), "the regime's crackdown"
                actors += actors_under(child, ctx.actors) or _force_modifier(doc, child)
        # "with two sources confirming ..., roughly 850 fighters crossed": the counted force acts
        if trig.dep_ in ("acl", "relcl") and trig.head.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") for c in trig.children):
            # (not "the resort where a bomb exploded": the clause has a subject of its own)
            # (the antecedent's own words: "the explosives that killed five soldiers" is no act of theirs)
            target = [a for a in actors_under(trig.head, ctx.actors, shallow=True)
                      if not trig.left_edge.i <= a.root <= trig.right_edge.i]
            (recipients if any(c.dep_ == "auxpass" for c in trig.children) or trig.tag_ == "VBN" else actors).extend(target)
        # a noun trigger as the object of a light verb: "police opened fire", "resorted to firing"
        first = _first_conjunct(trig)  # "used pepper spray and water cannon": cannon as spray is used
        if not actors and trig.pos_ == "NOUN" and first.dep_ in ("dobj", "pobj", "nsubjpass", "attr"):
            verb = first.head.head if first.dep_ == "pobj" else first.head
            # not "put the toll from the attack at 14", "marched against the shooting"
            aside = first.dep_ == "pobj" and first.head.lower_ in _NOT_THE_MEANS
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in _NOT_THE_DOER and not aside:
                subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
                agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
                for s in subj + agent:
                    actors += actors_under(s, ctx.actors)
                if first.dep_ == "dobj" and not recipients:  # "opened fire on students": at whom
                    recipients += [a for c in verb.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
                                   for g in c.children for a in actors_under(g, ctx.actors)]
        # a verb in a conjunction shares the subject: "responded by deploying ... imposing ..."
        if not actors and trig.pos_ == "VERB":
            node = trig
            for _ in range(3):
                if node.dep_ in ("conj", "pcomp", "xcomp", "advcl") and node.head is not node:
                    controlled = node.dep_ == "xcomp" or node.dep_ == "pcomp" and node.head.lower_ == "from"
                    node = node.head
                    if node.dep_ == "prep":
                        node = node.head
                    subj = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
                    doers = [c for c in node.children if c.dep_ == "dobj"]
                    if controlled and doers:
                        # "ordered troops to fire", "stopped supporters from marching": the object acts
                        actors += actors_under(doers[0], ctx.actors)
                        break
                    if subj:
                        actors += actors_under(subj[0], ctx.actors)
                        break
                else:
                    break
    # in MOBILIZE, the counted force is the actor when nothing else is: "reinforcements were deployed"
    if etype == "MOBILIZE" and not actors and recipients:
        actors, recipients = recipients, []
    return actors, [r for r in recipients if r not in actors]


# prepositions that set an action beside a verb (a time, a cause, a source) rather than as its means
_NOT_THE_MEANS = {"from", "after", "since", "before", "during", "over", "about", "following", "despite", "against",
                  "amid", "until", "of"}
# verbs whose subject judges, reports or suffers an attack named as their object rather than
# doing it: "officials blamed the rebels for the attack", "the UN condemned the bombing"
_NOT_THE_DOER = {"blame", "accuse", "condemn", "denounce", "deplore", "decry", "criticise", "criticize",
                 "investigate", "probe", "report", "mourn", "attribute", "link", "witness", "survive",
                 "describe", "deny", "regret", "fear", "suspect", "hold", "arrest", "charge", "convict",
                 "protest", "recall", "remember", "film", "document", "confirm", "call"}


def _force_modifier(doc: Doc, tok: Token) -> list[ActorMention]:
    """'police' in "police firing", which the actor stage does not take for an actor of its own
    (the noun phrase's head is the firing): a security force by its modifier."""
    kind = kind_of_phrase(doc[tok.i:tok.i + 1])
    if kind not in ("state_security", "military"):
        return []
    return [ActorMention(tok.idx, tok.idx + len(tok), tok.i, tok.i + 1, tok.i, tok.text, kind, tok.text)]


def _names_the_last_attack(main: Token, ev: Event, ctx: _Context) -> bool:
    """'A car bomb killed 11 people on Saturday. Officials said the Front was behind the attack.':
    an attack named by a definite noun, with nothing of its own to set it apart (no date, no place
    of its sentence), a sentence or two after an attack of the same type, is that attack."""
    last = ctx.last_attack_event
    if last is None or not ctx.recent_attack() or ctx.last_attack == ctx.sent_no or last.type != ev.type:
        return False
    if main.pos_ != "NOUN" or main.tag_ == "NNS" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in main.children):
        return False
    own_date = ev.date is not None and ev.date.text is not None
    return not (own_date or ev.negated or ev.hypothetical or (ev.places and not ev.place_inferred
                                                              and set(ev.places) - set(last.places)))


def _merge_into_last_attack(ev: Event, ctx: _Context) -> None:
    """The actors and targets the later mention names join the attack; its sentence is evidence too.
    A weapon the parse made the subject ("a car bomb killed") gives way to the people who used it."""
    last = ctx.last_attack_event
    assert last is not None
    if ev.actors:
        last.actors = [a for a in last.actors if not (a.kind == "other" and a.name.lower().split()[-1] in _WEAPONS)]
    for mine, theirs in ((last.actors, ev.actors), (last.recipients, ev.recipients)):
        have = {a.name.lower() for a in mine}
        mine.extend(a for a in theirs if a.name.lower() not in have)
    last.evidence.extend(span for span in ev.evidence if span not in last.evidence)
    last.mode = last.mode or ev.mode
    ctx.last_attack = ctx.sent_no


_WEAPONS = {"bomb", "bombs", "grenade", "mine", "device", "explosive", "explosives", "shell", "rocket", "missile",
            "drone", "car", "truck", "vehicle", "blast", "explosion"}


def _victims_of_last_attack(sent: Span, found: list[Event], ctx: _Context) -> None:
    """'The victims were identified as ...' after an attack: the people named join its recipients."""
    if ctx.last_attack_event is None or not ctx.recent_attack() or any(e.type in ("ASSAULT", "CRIME") for e in found):
        return
    ev = ctx.last_attack_event
    have = {r.name.lower() for r in ev.recipients}
    for m in victims_listed(sent, ctx.person_names):
        if m.name.lower() not in have:
            have.add(m.name.lower())
            ev.recipients.append(Actor(m.name, m.kind, m.text, m.country))


def _in_full(person: ActorMention, ctx: _Context) -> ActorMention:
    """'Castro' -> 'Mauricio Gutierrez Castro': a harmed person named by the surname alone, under the
    full name the report gives elsewhere."""
    if person.known or person.kind == "other" or " " in person.name or not person.name.isalpha() \
            or person.name.lower() in common_nouns():
        return person
    name = full_name(person.name, ctx.person_names())
    return replace(person, name=name) if name.lower().endswith(person.name.lower()) else person


def _dedupe(actors: list[ActorMention]) -> list[ActorMention]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name.lower() not in seen:
            seen.add(a.name.lower())
            out.append(a)
    return out


def _event_places(sent: Span, trigger: Token, ctx: _Context) -> tuple[list[str], bool]:
    """Places named in the trigger's clause, else in its sentence, else the nearest before it in the
    paragraph; else, inferred, the report's focus place or country (True as the second value)."""
    places = [p for p in ctx.places_in(sent) if p.role != "government" and not _owner_only(ctx.doc, p)]
    clause = {t.i for t in (trigger.head if trigger.dep_ in ("pobj", "dobj") else trigger).subtree}
    in_clause = [p for p in places if _place_token(ctx.doc, p) in clause]
    chosen = in_clause or places
    if not chosen:
        para_start = ctx.text.rfind("\n", 0, sent.start_char) + 1
        before = [p for p in ctx.places if para_start <= p.start and p.end <= sent.start_char and p.role != "government"]
        if before:
            chosen = [before[-1]]
    if chosen:
        return [p.id for p in chosen], False
    if ctx.focus is not None:
        return [ctx.focus.id], True
    hint = ctx.doc._.unrest_country_hint
    country = next((p for p in ctx.places if p.feature == "country" and p.country == hint), None)
    return ([country.id] if country else []), True


def _owner_only(doc: Doc, place: Place) -> bool:
    """'outside Georgia's parliament', 'Kenya's police': a country as an owner says whose, not where."""
    k = _place_token(doc, place)
    return place.feature == "country" and k >= 0 and doc[k].dep_ == "poss"


def _place_token(doc: Doc, place: Place) -> int:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root.i if span is not None else -1


def _event_date(doc: Doc, sent: Span, trigger: Token, ctx: _Context, ahead: bool = False) -> EventDate | None:
    """The date named nearest the trigger in its sentence; 'since X' runs to publication;
    'the 12th day' counts back; with no date, the report's own date (as GDELT does). An event
    still ahead (``ahead``: planned, called for, threatened) takes a bare weekday forward."""
    in_sent = [d for d in ctx.dates if sent.start <= d.tok_start < sent.end and d.resolved]
    pub = ctx.published
    if in_sent:
        clause = {t.i for t in trigger.head.subtree} if trigger.dep_ != "ROOT" else {t.i for t in trigger.subtree}
        opening = dateline_end_token(doc)  # the dateline's date is when it was filed: the last resort
        best = min(in_sent, key=lambda d: (d.tok_start < opening, d.tok_start not in clause, abs(d.tok_start - trigger.i)))
        r = best.resolved
        start, end = r.start, r.end
        if best.match.relation == "since" and pub:
            end = pub
        until = best.match.relation == "until" and pub is not None
        if (ahead or until) and pub and start < pub and _bare_weekday(best.match.text):
            start, end = start + timedelta(days=7), end + timedelta(days=7)  # "a strike on Friday": the next one
        if until and pub and end >= pub:
            start = pub  # "internet suspended till Wednesday": in force from the report until then
        return EventDate(start.isoformat(), end.isoformat(), r.precision, best.match.text)
    if pub is None:
        return None
    # "for a ninth straight day": the event began N-1 days before the report
    for fig in ctx.figures_in(sent):
        if fig.category == "duration" and fig.unit == "day" and "th" in fig.text.lower() + "st nd rd":
            n = int(fig.value)
            if 1 < n < 400 and trigger.sent.start <= ctx.figure_token(fig).i < trigger.sent.end:
                return EventDate((pub - timedelta(days=n - 1)).isoformat(), pub.isoformat(), "day", fig.text)
    return EventDate(pub.isoformat(), pub.isoformat(), "day", None)


_NAMING_VERBS = frozenset({"name", "identify", "quote", "cite"})


def _first_conjunct(tok: Token) -> Token:
    """'spray' for 'cannon' in 'pepper spray and water cannon'; the token itself if it is no conjunct."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok


def _asks_anonymity(verb: Token) -> bool:
    """'asked not to be named', 'asked not to be identified', 'requested anonymity'."""
    return any(c.dep_ == "dobj" and c.lower_ == "anonymity" or c.dep_ == "xcomp" and c.lemma_.lower() in _NAMING_VERBS
               for c in verb.children)


def _bare_weekday(written: str) -> bool:
    """'on Friday', 'Friday' (not 'last Friday', 'Friday, March 6')."""
    words = written.lower().replace(",", " ").split()
    return bool(words) and words[-1].rstrip("s") in WEEKDAYS and not set(words) & {"last", "past"} and len(words) <= 2


def _link_figures(doc: Doc, events: list[Event], ctx: _Context) -> None:
    """Each figure measures the nearest compatible event of its sentence; it shares its modality."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        for span in ev.evidence:  # an attack named again in a later sentence is measured there too
            by_sentence.setdefault(span.start, []).append(ev)
    for fig in ctx.figures:
        tok = ctx.figure_token(fig)
        sent = tok.sent
        att, mention = attribution_at(doc, tok.i)
        fig.attribution = att
        candidates = [e for e in by_sentence.get(sent.start_char, []) if e.type in FIGURE_EVENT_TYPES.get(fig.category, ())]
        if fig.category == "arrested":
            candidates = [e for e in candidates if e.mode in ("arrest", None)] or candidates
        if not candidates:
            continue
        ev = min(candidates, key=lambda e: _distance(doc, e, tok, ctx.trigger_at.get(e.id)))
        if fig.category in _TOLLS and not says_running_total(sent):
            ev = _lead_of(ev, events, fig.category)
        fig.event = ev.id
        ev.figures.append(fig.id)
        if fig.status == "asserted":  # the figure's own clause ("threatened to arrest") decides first
            if ev.negated:
                fig.status = "denied"
            elif ev.hypothetical:
                fig.status = "hypothetical"


# what "riot" names before these is the police's kit, not a riot
_RIOT_GEAR = frozenset({"police", "policemen", "officers", "cops", "squad", "squads", "unit", "units", "troops",
                        "gear", "shield", "shields", "control", "van", "vans", "act", "helmets"})
_TOLLS = frozenset({"killed", "injured", "arrested", "missing"})


def _lead_of(ev: Event, events: list[Event], category: str) -> Event:
    """'The Red Cross said it had treated 37 people' further down a report, in a sentence that
    names no place: the toll of the incident the report placed first, when that was of the same
    type and the sentence names no other day; else the event of the figure's own sentence."""
    if not ev.place_inferred or ev.date is None or ev.negated or ev.hypothetical:
        return ev
    lead = next((e for e in events if e.type == ev.type and _same_kind(ev.mode, e.mode, category)
                 and not e.place_inferred and e.places), None)
    if lead is None or lead.id == ev.id or lead.date is None or lead.negated or lead.hypothetical:
        return ev
    if ev.date.text is not None and lead.date.start != ev.date.start:
        return ev  # a day of its own, another than the lead's
    return lead


def _same_kind(mode: str | None, lead_mode: str | None, category: str) -> bool:
    """An event of no stated mode ("37 were treated") may be the lead's firing; arrests only
    ever count an arrest, not a curfew."""
    if mode is not None or category == "arrested":
        return lead_mode == mode or category == "arrested" and mode is None and lead_mode == "arrest"
    return True


def _distance(doc: Doc, ev: Event, tok: Token, trigger_at: int | None = None) -> int:
    if ev.trigger is None:
        return 1000
    positions: list[int] = [trigger_at] if trigger_at is not None else []
    for evidence in ev.evidence:  # (more than one sentence where an attack was named again)
        span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is not None:
            positions += [t.i for t in span if t.text == ev.trigger and not (trigger_at is not None
                                                                            and span.start <= trigger_at < span.end)]
    return min((abs(p - tok.i) for p in positions), default=1000)


