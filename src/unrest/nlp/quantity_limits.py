"""Bounds that the words around a number state in court, crisis and market copy, beyond the
qualifier before it: a cap that may not be exceeded ("a fine not exceeding €5,000"), a level a
count has moved past ("the toll rose past 3,000"), and a sum with extras added ("fined $25,000
plus costs"), which is no floor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import CURRENCY_SYMBOLS
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.vocab import CHANGE_UP

# verbs whose object is a level that must not be gone above when negated ("may not exceed $10,000")
_CAP_VERBS = {"exceed", "top", "surpass", "pass"}
# verbs of motion a level is moved "past" ("shot past $70,000", "moved past 2 million")
_MOTION_VERBS = {"move", "go", "push", "race", "sail", "shoot", "edge", "creep", "inch", "speed", "zoom", "break"}


def _before_number(doc: Doc, num: NumberSpan) -> int:
    """The token before the number and a currency sign glued before it ("past $70,000")."""
    k = num.num_start - 1
    if k >= 0 and doc[k].lower_ in CURRENCY_SYMBOLS and not doc[k].is_alpha:
        k -= 1
    return k


def negated_cap(doc: Doc, num: NumberSpan) -> bool:
    """'a fine not exceeding €5,000', 'may not exceed $10,000', 'not to exceed 90 days': a
    ceiling (at most), where 'exceeding 5,000' alone is a floor."""
    k = _before_number(doc, num)
    if k < 1 or doc[k].lemma_.lower() not in _CAP_VERBS:
        return False
    verb = doc[k]
    return any(c.dep_ == "neg" for c in verb.children) or doc[k - 1].lower_ in ("not", "never") \
        or k > 1 and doc[k - 1].lower_ == "to" and doc[k - 2].lower_ == "not"


def moved_past(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'the toll rose past 3,000', 'bitcoin surged past $70,000', 'subscribers broke through 40
    million': a level a rise went above, so a floor; a counted thing is only passed by ("walked
    past three houses")."""
    k = _before_number(doc, num)
    if k < 1 or doc[k].lower_ not in ("past", "through") or unit is not None and is_counted_noun(unit):
        return False
    verb = doc[k].head
    if doc[k].lower_ == "through":
        return verb.lemma_.lower() in ("break", "burst", "smash") and verb.i < k  # "broke through 40 million"
    return verb.pos_ == "VERB" and verb.i < k and verb.lemma_.lower() in CHANGE_UP | _MOTION_VERBS


def sum_plus_extras(doc: Doc, num: NumberSpan) -> bool:
    """'fined $25,000 plus costs', '£2.5m plus legal costs', '$5,000 plus interest': a sum of
    money and what comes on top of it, not 'more than' the sum ('$1m-plus' still is)."""
    k = num.tok_end
    if num.kind != "money" or k < 2 or doc[k - 1].lower_ != "plus" or k >= len(doc) or doc[k - 2].text == "-":
        return False  # ("a $16 million-plus debut": a floor)
    return doc[k].pos_ in ("NOUN", "ADJ") and not doc[k].like_num  # (not "$1m plus a year": a floor per year)


_THRESHOLD_VERBS = {"top", "pass", "exceed", "surpass", "cross", "breach", "eclipse"}


def topped_with_scale_letter(doc: Doc, num: NumberSpan) -> bool:
    """'expected to top £25m.': a level a verb of going above takes, where the tokenizer split the
    scale letter (and a full stop) from the digits, so the letter carries the object's relation."""
    tok = doc[num.num_end - 1]
    if tok.text.rstrip(".").lower() not in ("m", "bn", "mn", "k", "b", "tn") or tok.dep_ not in ("dobj", "npadvmod"):
        return False
    verb = tok.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _THRESHOLD_VERBS and verb.i < num.tok_start
