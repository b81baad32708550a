"""One person harmed, named by an article instead of a number: "police killed a demonstrator",
"a journalist was arrested", "a student died". ACLED counts such a death as a fatality, and a
reader sees it as a toll of one, so the numbers layer states it as the number 1 on the article.

Only a singular person noun that is what a casualty verb did something to (or, for "die", its
subject) counts: "a bus was burned" and "a police station was attacked" are no toll, and nor is
"a man said" or "an officer killed two rebels" (the officer is the attacker).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan, _span
from unrest.nlp.vocab import CASUALTY_CUES, UNIT_CATEGORIES, WEAK_CASUALTY_CUES

_ARTICLES = {"a", "an"}
# who a report names by an article when one of them is harmed
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "child", "teenager", "youth", "person", "student", "journalist",
    "reporter", "photographer", "civilian", "resident", "villager", "farmer", "worker", "trader",
    "shopkeeper", "vendor", "driver", "passenger", "bystander", "pedestrian", "teacher", "doctor",
    "nurse", "lawyer", "activist", "leader", "politician", "councillor", "candidate", "priest",
    "imam", "monk", "pastor", "teen", "minor", "infant", "baby", "mother", "father", "son",
    "daughter", "relative", "prisoner", "inmate", "detainee", "hostage", "refugee", "migrant",
})
_HARM = frozenset({"killed", "injured", "arrested", "missing"})
_DIE_VERBS = frozenset({"die", "perish", "succumb"})


def lone_casualties(doc: Doc, taken: set[int]) -> list[NumberSpan]:
    """The article of every singular person noun a casualty verb harmed, as the number 1
    (tokens in ``taken`` already belong to a number)."""
    out = []
    for tok in doc:
        if tok.lower_ not in _ARTICLES or tok.dep_ != "det" or tok.i in taken:
            continue
        noun = tok.head
        if noun.i != tok.i + 1 and not all(t.pos_ in ("ADJ", "NOUN") for t in doc[tok.i + 1:noun.i]):
            continue  # "a young student" is fine; "a bus carrying students" is not this
        if _is_person(noun) and _harmed(noun):
            span = _span(doc, tok.i, tok.i + 1, 1.0, "count")
            span.tok_end, span.end = noun.i, doc[noun.i - 1].idx + len(doc[noun.i - 1])  # "a young" farmer
            out.append(span)
    return out


def _is_person(noun: Token) -> bool:
    if noun.tag_ != "NN" or any(c.dep_ == "nummod" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or UNIT_CATEGORIES.get(lemma) in ("forces", "participants")


def _harmed(noun: Token) -> bool:
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") and verb.tag_ not in ("VBN", "VBD"):
        return False
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("nsubj",) and lemma in _DIE_VERBS:
        return True  # "a student died of his wounds"
    if noun.dep_ not in ("dobj", "nsubjpass") or lemma in WEAK_CASUALTY_CUES:
        return False
    if lemma == "shoot":
        return any(c.lower_ == "dead" for c in verb.children)  # "a farmer was shot dead"
    return CASUALTY_CUES.get(lemma) in _HARM
