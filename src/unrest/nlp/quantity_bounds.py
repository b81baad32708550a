"""Bounds stated around a number rather than by a qualifier before it: a level a value has topped,
passed or exceeded is a floor it is now above ("market value topped $3 trillion", "the toll passed
1,000"), and "and over" or "or younger" after a number make it a floor or a ceiling ("aged 21 and
over")."""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.number_filters import _unit_word
from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import CURRENCY_SYMBOLS

# verbs whose object is a level the subject went above
_THRESHOLD_VERBS = {"top", "pass", "exceed", "surpass", "cross", "breach", "eclipse"}


def threshold_crossed(doc: Doc, num: NumberSpan) -> bool:
    """The number, bare or with a unit, is the object of a verb of going above it ("crossed 400",
    "topped $14 billion", "passed 5%"); a counted noun is no level ("passed 3 exams")."""
    tok = doc[num.num_end - 1]
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ in ("nummod", "compound") and tok.head.dep_ in ("dobj", "npadvmod") \
            and (_unit_word(tok.head.text) or tok.head.text in ("F", "C")) \
            and not (tok.head.dep_ == "npadvmod" and tok.head.lemma_.lower() in _TIME_SPANS):
        verb = tok.head.head  # "topped 5,000 points", "passed 10%", "topped 120 F" (not "passes ... every 90 minutes")
    else:
        return False
    obj = tok if tok.dep_ == "dobj" else tok.head
    if any(c.lower_ in _DISTANCE_WORDS for c in [*obj.children, *verb.children]):
        return False  # "will pass 4.2 million miles from Earth": a distance it keeps, no level
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _THRESHOLD_VERBS and verb.i < num.tok_start


_DISTANCE_WORDS = {"from", "away", "within", "off", "behind", "ahead"}
_TIME_SPANS = {"second", "minute", "hour", "day", "week", "month", "year"}


def floor_or_ceiling(doc: Doc, num: NumberSpan) -> str | None:
    """'aged 21 and over', '65 or older', '18 and up' (at least); '12 and younger', '5 or under'
    (at most). Not 'scored 30 and over 200 ...' nor 'and under pressure', where the preposition
    has an object."""
    k = num.tok_end
    if k + 1 >= len(doc) or doc[k].lower_ not in ("and", "or") or doc[k + 1].lower_ not in _BOUND_WORDS:
        return None
    after = doc[k + 2] if k + 2 < len(doc) else None
    object_words = ("DET", "NUM", "NOUN", "PROPN", "ADJ") if doc[k + 1].lower_ not in ("older", "younger") else ("DET", "NUM")
    if after is not None and (after.like_num or after.pos_ in object_words or after.lower_ in CURRENCY_SYMBOLS):
        return None  # ("and under pressure", "and over 200 fans": a preposition's object)
    return _BOUND_WORDS[doc[k + 1].lower_]


_BOUND_WORDS = {"over": "at_least", "older": "at_least", "up": "at_least", "under": "at_most", "younger": "at_most"}


def and_older(doc: Doc, num: NumberSpan) -> bool:
    """'Americans 65 and older', 'children 12 or younger': the bound is of an age."""
    return floor_or_ceiling(doc, num) is not None and doc[num.tok_end + 1].lower_ in ("older", "younger")
