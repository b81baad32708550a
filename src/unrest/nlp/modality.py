"""Is an event asserted, denied, threatened or hypothetical, and is it history?

"Police denied that anyone was killed" and "threatened to arrest hundreds" must not add to a
count. These checks walk up the parse from the trigger: a negation on the trigger itself, a
denial or threat verb above it, a modal or a conditional clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from unrest.nlp.coordination import hung_too_low
from unrest.nlp.event_vocab import (
    COMMITMENT_HEADS, COOPERATIVE_VERBS, HOSTILE_VERBS, SPEECH_VERBS, WITHDRAWN_PERSONNEL,
)
from unrest.nlp.vocab import DENIAL_VERBS

_MODALS = {"could", "would", "might", "may", "should", "must", "can", "will", "shall", "'ll"}
_NEGATIVE_SUBJECTS = {"no", "nobody", "none", "neither", "nothing", "no-one"}
# an attack foiled is an attack that did not happen: "police defused a bomb", "thwarted a plot"
_FOILING_VERBS = {"foil", "thwart", "prevent", "avert", "defuse", "intercept", "abort", "frustrate", "dismantle"}
# "called for a strike", "appealed for calm": what is asked for has not happened
_CALLING_VERBS = {"call", "appeal", "press", "push", "lobby", "clamour", "clamor"}
_FUTURE_VERBS = {"plan", "threaten", "vow", "intend", "prepare", "consider", "propose", "promise",
                 "pledge", "seek", "want", "hope", "try", "attempt", "aim", "warn"}


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    status: str = "asserted"  # asserted | denied | threatened | hypothetical


def modality(trigger: Token) -> Modality:
    """The modality of the event a trigger names (see the module docstring)."""
    if _negated_here(trigger):
        return Modality(negated=True, status="denied")
    node = trigger
    for _ in range(4):
        head = node.head
        lemma = head.lemma_.lower()
        if head is node or hung_too_low(node):  # "denied that ... and said it would": said, not denied
            break
        if head.i > node.i and any(t.text == ";" for t in node.doc[node.right_edge.i + 1:head.i]):
            break  # "X said he was beaten; the ministry denied it": a clause before a semicolon is no object
        if lemma in DENIAL_VERBS and node.dep_ in ("ccomp", "xcomp", "dobj", "pcomp", "advcl"):
            return Modality(negated=True, status="denied")
        if lemma in _CALLING_VERBS and node.dep_ == "prep" and node.lower_ == "for":
            return Modality(hypothetical=True, status="hypothetical")  # "called for a general strike": asked for
        if lemma in ("deny",) and node.dep_ == "prep":
            return Modality(negated=True, status="denied")
        if lemma in _FOILING_VERBS and node.dep_ in ("dobj", "nsubjpass", "xcomp", "pcomp") and trigger.pos_ == "NOUN":
            return Modality(hypothetical=True, status="foiled")
        if lemma in _FUTURE_VERBS and node.dep_ in ("xcomp", "ccomp", "advcl"):
            status = "threatened" if lemma in ("threaten", "warn", "vow") else "hypothetical"
            return Modality(hypothetical=True, status=status)
        if node.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in node.children):
            return Modality(hypothetical=True, status="hypothetical")
        node = head
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in _MODALS and child.lower_ not in ("will", "'ll", "can"):
            return Modality(hypothetical=True, status="hypothetical")
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return Modality(hypothetical=True, status="hypothetical")
    # obligation and plans: "we have to arrest the guilty", "arrests are to be made"
    if _obliged(trigger):
        return Modality(hypothetical=True, status="hypothetical")
    # purpose: "deployed to assist in suppressing protests", "to help suppress dissent"
    if _purpose(trigger):
        return Modality(hypothetical=True, status="hypothetical")
    # "to fire on Iranians when ..." after a would/could clause
    if trigger.dep_ in ("xcomp", "relcl", "acl") and trigger.tag_ == "VB":
        head = trigger.head
        if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in head.children):
            return Modality(hypothetical=True, status="hypothetical")
    return Modality()


def still_ahead(trigger: Token) -> bool:
    """The event is announced for later: called for ("called for a strike on Friday"), planned,
    vowed or threatened ("plans to march on Friday"), or put in the future ("will rally on
    Friday"); not an aim ("jumped turnstiles to protest") or a condition."""
    node = trigger
    for _ in range(3):
        head = node.head
        if head is node:
            break
        lemma = head.lemma_.lower()
        if lemma in _CALLING_VERBS and node.dep_ == "prep" and node.lower_ == "for":
            return True
        if lemma in _FUTURE_VERBS and node.dep_ in ("xcomp", "ccomp"):
            return True
        node = head
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _obliged(trigger: Token) -> bool:
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    head = verb.head if verb.dep_ in ("xcomp",) else verb
    words = [c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.lemma_.lower() in ("have", "need", "be") and verb.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "have to arrest", "are to be made"
    if any(w in ("would", "could", "might", "should", "must") for w in words) and head is verb and trigger.pos_ == "NOUN":
        return True  # "my arrest would not be in anyone's interest"
    return any(c.lower_ in ("preventive", "possible", "proposed", "planned", "likely", "further") for c in trigger.children)


_ASPECT_VERBS = {"begin", "start", "continue", "keep", "resume", "go", "appear", "seem", "manage",
                 "have", "need", "use", "come", "get", "be", "turn", "move", "proceed", "decide", "choose"}


def _purpose(trigger: Token) -> bool:
    """An infinitive of purpose or intent, not of aspect ('continued to spread' is real)."""
    node = trigger
    for _ in range(3):
        has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if has_to and node.dep_ in ("advcl", "xcomp", "relcl", "acl") and node.head.lemma_.lower() not in _ASPECT_VERBS:
            return True
        if node.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "conj") or node.head is node:
            return False
        node = node.head
    return False


def _negated_here(trigger: Token) -> bool:
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    for child in trigger.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (child.lower_ in _NEGATIVE_SUBJECTS or
                                                     any(g.lower_ == "no" and g.dep_ == "det" for g in child.children)):
            return True
    if trigger.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.children):
        return True
    return False


def is_historical(start: date | None, end: date | None, published: date | None, since: bool = False) -> bool:
    """An event that ended more than a year before the report is history, not news."""
    if published is None or start is None:
        return False
    # "since 1979": a practice that began long ago is history, even if it runs to today
    return start < published - timedelta(days=365) and (since or end is None or end < published - timedelta(days=30))


# -- what an actor commits to or asks for ------------------------------------------------------------
def commitment(verb: Token) -> str | None:
    """What a verb promises: ``promise``, ``threat``, ``refusal``, or None when it promises nothing.

    A verb is promised when it is a future ("Chile will back the bid"), a future or conditional
    reported by a speech verb ("said it would allow"), or hangs on a word of commitment ("is ready
    to send", "offered to negotiate", "vowed to fight"). A promised cooperative act is a promise;
    a hostile one ("will withdraw its inspectors"), or any promise with an ultimatum ("will
    withdraw unless ..."), a threat; a
    cooperative act promised with a negation ("said it would not allow") a refusal.
    """
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in COOPERATIVE_VERBS | HOSTILE_VERBS or not _promised(verb):
        return None
    marks = {g.lower_ for c in verb.children if c.dep_ == "advcl" for g in c.children if g.dep_ == "mark"}
    negated = _negated_here(verb) or (verb.dep_ in ("xcomp", "advcl") and _negated_here(verb.head))
    objects = {t.lower_ for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    hostile = lemma in HOSTILE_VERBS or (lemma in ("withdraw", "pull") and bool(objects & WITHDRAWN_PERSONNEL))
    if "unless" in marks or (hostile and "if" in marks):
        return "threat"
    if hostile:
        return "promise" if negated else "threat"
    return "refusal" if negated else "promise"


def _promised(verb: Token, depth: int = 0) -> bool:
    head = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    said = verb.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to)) and \
            (head.lemma_.lower() in COMMITMENT_HEADS or head.lower_ in COMMITMENT_HEADS):
        return True
    if auxes & {"will", "'ll", "shall", "wo"} and (verb.dep_ == "ROOT" or said):
        return True
    if auxes & {"would", "'d"} and said:
        return True
    # "will return the weapons and release the hostages": a conjunct shares the promise
    return verb.dep_ == "conj" and head.pos_ == "VERB" and depth < 2 and _promised(head, depth + 1)


def demand_speaker(verb: Token) -> Token | None:
    """'said the government must hold elections': the speech verb of a reported obligation, else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in verb.children):
        return None  # "we have to arrest the guilty, the minister said": a plan, not a demand on others
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"must", "should"} or (verb.lemma_.lower() == "have" and any(
            c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children)):
        return verb.head
    return None
