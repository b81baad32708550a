"""Bounds a verb states: a number a value has topped, passed or exceeded is a floor it is now above
("market value topped $3 trillion", "the toll passed 1,000"), as "more than" would say."""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.number_filters import _unit_word
from unrest.nlp.number_span import NumberSpan

# verbs whose object is a level the subject went above
_THRESHOLD_VERBS = {"top", "pass", "exceed", "surpass", "cross", "breach", "eclipse"}


def threshold_crossed(doc: Doc, num: NumberSpan) -> bool:
    """The number, bare or with a unit, is the object of a verb of going above it ("crossed 400",
    "topped $14 billion", "passed 5%"); a counted noun is no level ("passed 3 exams")."""
    tok = doc[num.num_end - 1]
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ in ("nummod", "compound") and tok.head.dep_ in ("dobj", "npadvmod") and _unit_word(tok.head.text):
        verb = tok.head.head  # "topped 5,000 points", "passed 10%"
    else:
        return False
    obj = tok if tok.dep_ == "dobj" else tok.head
    if any(c.lower_ in _DISTANCE_WORDS for c in [*obj.children, *verb.children]):
        return False  # "will pass 4.2 million miles from Earth": a distance it keeps, no level
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _THRESHOLD_VERBS and verb.i < num.tok_start


_DISTANCE_WORDS = {"from", "away", "within", "off", "behind", "ahead"}
