"""Verbal and diplomatic events: what actors say they will do, demand, refuse, and the measures
states take toward one another (part of the ``unrest_events`` component).

'Chile will back the bid' is an AGREE, 'will withdraw unless ...' a THREATEN, 'said the government
must hold elections' a DEMAND; 'cut diplomatic ties' is a SANCTION, 'lodged a protest' a
DISAPPROVE, 'called off the strike' a CONCEDE. Network shutdowns and withheld aid are read here
too, since they hang on the same verbs. Actors are found among the actor stage's mentions.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from unrest.nlp.components.actors import ActorMention
from unrest.nlp.coordination import coordinated_with
from unrest.nlp.event_vocab import (
    ACTION_AGAINST, AID_GOODS, CALL_OFF, CONCEDE_HEADS, DIPLOMAT_WORDS, EASING_VERBS, FORCE_WORDS,
    OPERATIONAL_KINDS, PEACEKEEPING_WORDS, PROTEST_NOTE_VERBS, TIES_CUT_VERBS, VERBAL_PROTESTERS,
    WITHHELD_THINGS, WITHHOLD_VERBS,
)
from unrest.nlp.modality import commitment, demand_speaker

SUBJECT_DEPS = ("nsubj", "csubj")
HARMFUL = ("ASSAULT", "FIGHT", "CRIME")  # events that harm people and things


_CUT_VERBS = {"cut", "suspend", "block", "restrict", "shut", "disrupt", "throttle", "snap", "switch",
              "sever", "halt", "curb", "limit", "black", "take", "disconnect", "pull"}
_NETWORK_WORDS = {"internet", "mobile", "broadband", "network", "networks", "connectivity", "data",
                  "facebook", "whatsapp", "twitter", "telegram", "tiktok", "youtube", "instagram",
                  "platforms", "communications", "phone", "phones", "sms", "web", "online", "x"}


def shutdowns(sent: Span) -> list[Token]:
    """'mobile internet was cut', 'authorities blocked access to Facebook': a network shutdown."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CUT_VERBS:
            continue
        args = [t for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "nsubj", "prep", "prt")
                for t in c.subtree]
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            args += _noun_phrase_before(tok)  # "... and mobile internet services have been suspended"
        if {t.lower_ for t in args} & _NETWORK_WORDS:
            out.append(tok)
    return out


def _noun_phrase_before(verb: Token) -> list[Token]:
    """The nouns right before a verb and its auxiliaries, where the parser hung the verb's subject
    elsewhere (often as a conjunct of the clause before)."""
    k = verb.i - 1
    while k >= verb.sent.start and verb.doc[k].dep_ in ("aux", "auxpass", "neg", "advmod"):
        k -= 1
    phrase: list[Token] = []
    while k >= verb.sent.start and verb.doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and len(phrase) < 4:
        phrase.append(verb.doc[k])
        k -= 1
    return phrase


def verbal_events(sent: Span, found: list[tuple[Token, str, str | None]], actors: Sequence[ActorMention],
                  verbal: set[int]) -> list[tuple[Token, str, str | None]]:
    """Promises, threats, refusals and demands an actor makes (:func:`unrest.nlp.modality.commitment`).

    'Chile will back the bid' is an AGREE, 'will withdraw unless ...' a THREATEN, 'said it would
    not allow' a REJECT, 'said the government must hold elections' a DEMAND (on 'said'). What is
    promised is no event of its own, unless it harms someone (what is demanded stays, hypothetical
    by its 'must'); the plans of police and troops are operations, not verbal events. The triggers
    of the verbal events are added to ``verbal``.
    """
    out = list(found)
    for verb in sent:
        speaker = demand_speaker(verb)
        promise = None if speaker is not None else commitment(verb)
        if speaker is None and promise is None:
            continue
        anchor = speaker if speaker is not None else verb
        if subject_kinds(anchor, actors) & OPERATIONAL_KINDS:
            continue
        etype = "DEMAND" if speaker is not None else _PROMISE_TYPES[promise or ""]
        relative = {t.i for t in verb.subtree if t.dep_ == "relcl" for t in t.subtree}
        content = {t.i for t in verb.subtree} - relative | {anchor.i}
        if speaker is None:  # what is demanded stays, as a hypothetical event of its own
            out = [t for t in out if t[0].i not in content or t[1] in HARMFUL]
        out = [t for t in out if t[0].i != anchor.i]
        out.append((anchor, etype, None))
        verbal.add(anchor.i)  # asserted as said, with the speaker as its actor
    return out


_PROMISE_TYPES = {"promise": "AGREE", "threat": "THREATEN", "refusal": "REJECT"}


def subject_actors(tok: Token, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors that are the subject of ``tok``, else of the first verb above it that has actors."""
    node, came_from = tok, None
    for _ in range(5):
        # "X has been indicted and will resign": a conjunct shares a passive subject too
        deps = SUBJECT_DEPS + ("nsubjpass",) if came_from is not None and came_from.dep_ == "conj" else SUBJECT_DEPS
        subj = [a for c in node.children if c.dep_ in deps for a in actors_under(c, actors)]
        if not subj and node.dep_ == "acl" and node.tag_ == "VBD":
            subj = actors_under(node.head, actors, shallow=True)  # "a rights group protested" read as a modifier
        if subj:
            return subj
        if node.head is node:
            break
        node, came_from = coordinated_with(node) if node.dep_ == "conj" else node.head, node
    return []


def named_speaker(tok: Token) -> list[ActorMention]:
    """The named person who is the subject of ``tok`` or of a verb it hangs on (kind ``other``: a
    name alone says nothing of what its bearer acts for)."""
    node = tok
    for _ in range(5):
        for c in node.children:
            if c.dep_ in SUBJECT_DEPS and c.ent_type_ == "PERSON":
                ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
                if ent is not None:
                    return [ActorMention(ent.start_char, ent.end_char, ent.start, ent.end, c.i, ent.text, "other", ent.text)]
            if c.dep_ in SUBJECT_DEPS and c.lower_ in ("he", "she"):
                # "He rejected calls to resign": the person the report named last
                people = c.doc._.unrest_people
                person = people.last_before(c.idx) if people is not None else None
                if person is not None:
                    return [ActorMention(c.idx, c.idx + len(c), c.i, c.i + 1, c.i, person.name, "other", c.text)]
        if node.head is node:
            break
        node = node.head
    return []


def subject_kinds(tok: Token, actors: Sequence[ActorMention]) -> set[str]:
    return {a.kind for a in subject_actors(tok, actors)}


def diplomatic_type(tok: Token, key: str, etype: str, actors: Sequence[ActorMention]) -> str | None:
    """The type a trigger takes among states; None when it names no event here.

    'cut diplomatic ties' is a SANCTION (established ties a SUPPORT), 'halted aid' and 'expelled two
    diplomats' SANCTIONs, 'lodged a protest' or a ministry protesting a DISAPPROVE, 'accepted the
    demands' and 'called off the strike' a CONCEDE; demands met or rejected are no DEMAND; 'called
    for sanctions against' a DISAPPROVE; 'ordered X to appear' a DEMAND; peacekeepers sent an AID.
    """
    head = tok.head.lemma_.lower() if tok.head is not tok else ""
    words = {t.lower_ for t in tok.subtree} | {c.lower_ for c in tok.children}
    if key in ("curfew", "ban", "restriction", "blockade", "emergency") and head in EASING_VERBS:
        return None  # "lifted the curfew": the concession is on the verb
    if key == "send" and _objects(tok) & AID_GOODS and not _objects(tok) & FORCE_WORDS:
        return "AID"  # "sent arms", "sends food": help, not a deployment
    if key == "order":
        # "ordered X to appear": an order; the orders of police and troops are their operations
        if not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children) or subject_kinds(tok, actors) & OPERATIONAL_KINDS:
            return None
    if key == "call" and {t.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                          for t in c.subtree} & ACTION_AGAINST:
        return "DISAPPROVE"
    if etype == "MOBILIZE" and {t.lower_ for t in tok.sent} & PEACEKEEPING_WORDS:
        return "AID"  # peacekeepers sent are help
    if key in ("ties", "relations"):
        return "SANCTION" if head in TIES_CUT_VERBS else etype
    if tok.pos_ == "VERB" and key in WITHHOLD_VERBS | {"halt", "suspend", "cut"} and _objects(tok) & WITHHELD_THINGS:
        return "SANCTION"
    if key in ("aid", "relief") and head in WITHHOLD_VERBS:
        return "SANCTION"
    if key in ("expel", "deport", "recall") and _objects(tok) & DIPLOMAT_WORDS:
        return "SANCTION"
    if key in ("protest", "protest_note") and tok.pos_ == "NOUN" and head in PROTEST_NOTE_VERBS and tok.dep_ == "dobj":
        return "DISAPPROVE"
    if key == "protest" and tok.pos_ == "VERB" and subject_kinds(tok, actors) & VERBAL_PROTESTERS and \
            not subject_kinds(tok, actors) & {"protesters", "civilians"}:
        return "DISAPPROVE"
    if key in ("demand", "call") and tok.pos_ == "NOUN" and head in CONCEDE_HEADS:
        return None  # the demands accepted are the concession's, not a new demand
    if key == "accept" and words & CONCEDE_HEADS["accept"]:
        return "CONCEDE"
    if etype == "PROTEST" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head in CALL_OFF and \
            any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.head.children) | (head != "call"):
        return "CONCEDE"  # "called off the strike", "ended their sit-in"
    return etype


def withholdings(sent: Span) -> list[Token]:
    """'Japan halted all loans', 'suspended aid deliveries': withholding from another is a sanction."""
    return [tok for tok in sent if tok.pos_ == "VERB" and tok.lemma_.lower() in WITHHOLD_VERBS
            and _objects(tok) & WITHHELD_THINGS]


def _objects(tok: Token) -> set[str]:
    return {t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "prep") for t in c.subtree}


def actors_under(tok: Token, actors: Sequence[ActorMention], shallow: bool = False) -> list[ActorMention]:
    """Actor mentions whose head lies in the subtree of ``tok`` (conjuncts included)."""
    if shallow:
        span_range = range(tok.left_edge.i, tok.right_edge.i + 1)
        return [a for a in actors if a.root in span_range and a.root <= tok.i + 12]
    # (not the actors of a clause that describes it: "460 patients, a figure the army rejected",
    # "protesters who stormed the parliament", "crowds chanting against the government")
    clauses = {t.i for r in tok.subtree if r.dep_ in ("relcl", "acl") and r is not tok for t in r.subtree}
    subtree = {t.i for t in tok.subtree} - clauses
    found = [a for a in actors if a.root in subtree]
    found.sort(key=lambda a: (a.root != tok.i, a.tok_start))
    return found
