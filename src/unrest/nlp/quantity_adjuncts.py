"""Words around a number that change its reading: "over" as a preposition, not a bound
(:func:`over_as_preposition`), the verb "average" before it, an estimate (:func:`averaged`),
"per" before it, the size of a rate's unit (:func:`base_in_unit`), and a verb of length before
"by", a change (:func:`lengthened_by`).

    over_as_preposition(doc, num, "year")  # "will cut 11,000 jobs over three years" -> True
    over_as_preposition(doc, num, "mile")  # "adds two lanes over a 9-mile stretch" -> True
    averaged(doc, num)                     # "rents in the city average $3,100 a month" -> True
    base_in_unit(text, end, start, "100km", "litre per 100 kilometre")  # "4.5 litres per 100km" -> True
    lengthened_by(doc, num)                # "battery life was extended by two hours" -> "up"

Used by :func:`unrest.nlp.quantities.find_quantities` once the number finder has read the number
("over" as "more than": "over 3,000 people", "lasted over 24 hours" keep their bound).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_change import DURATION_UNITS
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.vocab import MEASURE_UNITS

# units of a span of time, and the seasons and quarters news counts periods in
_PERIODS = DURATION_UNITS - {"century"} | {"season"}


def over_as_preposition(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """The "over" before the number opens a phrase of its own: the period a verb's object is spread
    over ("will cut 11,000 jobs over three years", "built 500,000 cars over two years"), or a noun a
    measure describes ("over a 9-mile stretch")."""
    over = doc[num.tok_start]
    if over.lower_ != "over":
        return False
    return _period_after_object(doc, over.i, unit) or _measure_of_a_noun(doc, num)


def _period_after_object(doc: Doc, over: int, unit: str | None) -> bool:
    """'cut 11,000 jobs over three years', 'spans 8,000 square feet over three floors': "over" hangs
    from the verb after an object that is itself a quantity, spread over a period or over things
    counted (not "lasted over 24 hours", where nothing stands between them, nor "winds over 100
    mph", no quantity in the object, nor "takes place over five weeks"; "fined two firms over $1m"
    keeps its bound)."""
    tok = doc[over]
    verb = tok.head
    spread = unit in _PERIODS or unit is not None and is_counted_noun(unit)
    if not spread or tok.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > over:
        return False
    # the object before "over", or the passive subject: "300 flights were cancelled over two days"
    return any((c.dep_ == "dobj" and verb.i < c.i < over or c.dep_ == "nsubjpass") and any(t.like_num for t in c.subtree)
               for c in verb.children)


def _measure_of_a_noun(doc: Doc, num: NumberSpan) -> bool:
    """'over a 9-mile stretch': the number measures the noun after it, as one thing ("a"), so the
    "over" before the article is a preposition."""
    end, n = num.num_end, len(doc)
    article = num.num_start > 0 and doc[num.num_start - 1].lower_ in ("a", "an")
    return article and end + 2 < n and doc[end].text == "-" and doc[end + 1].lower_ in MEASURE_UNITS \
        and doc[end + 2].pos_ == "NOUN"


def averaged(doc: Doc, num: NumberSpan) -> bool:
    """The verb "average" in the present stands before the number: "rents average $3,100 a month",
    "prices average 1.65 euros" (an estimate, as "averaged" is; not the adjective of "the average
    30-year rate")."""
    k = num.tok_start - 1
    if k >= 0 and doc[k].is_currency:
        k -= 1
    return k >= 0 and doc[k].lower_ == "average" and doc[k].pos_ == "VERB"


def base_in_unit(text: str, before_end: int, number_start: int, number_text: str, before_unit: str) -> bool:
    """The number after "per" is the size of the unit of the rate before it (``before_unit``, read
    with that number already), not a quantity of its own: the 100 of "4.5 litres per 100km", "412
    cases per 100,000 people" (after a bare number it stands alone: "120 per 100,000 people")."""
    if not text[before_end:number_start].endswith("per "):
        return False
    digits = re.match(r"[\d,]*", number_text).group(0).strip(",")
    return bool(digits) and f" per {digits} " in before_unit


# verbs of length whose "by N" is how much longer or shorter ("extended 2 million loans" is no change)
_LENGTH_VERBS = {"extend": "up", "lengthen": "up", "prolong": "up", "shorten": "down"}


def lengthened_by(doc: Doc, num: NumberSpan) -> str | None:
    """'battery life was extended by two hours', 'the season was shortened by four weeks': up or
    down, from a verb of length with the number after its "by"."""
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i > node.i:
        node = node.head
    by = node.head
    if node.dep_ != "pobj" or by.lower_ != "by":
        return None
    return _LENGTH_VERBS.get(by.head.lemma_.lower())
