"""Where "over" before a number is a preposition, not a bound (:func:`over_as_preposition`).

    over_as_preposition(doc, num, "year")  # "will cut 11,000 jobs over three years" -> True
    over_as_preposition(doc, num, "mile")  # "adds two lanes over a 9-mile stretch" -> True

Used by :func:`unrest.nlp.quantities.find_quantities` once the number finder has read "over" as
"more than" ("over 3,000 people", "lasted over 24 hours" keep their bound).
"""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.vocab import MEASURE_UNITS

# units of a span of time, and the seasons and quarters news counts periods in
_PERIODS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "season"}


def over_as_preposition(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """The "over" before the number opens a phrase of its own: the period a verb's object is spread
    over ("will cut 11,000 jobs over three years", "built 500,000 cars over two years"), or a noun a
    measure describes ("over a 9-mile stretch")."""
    over = doc[num.tok_start]
    if over.lower_ != "over":
        return False
    return _period_after_object(doc, over.i, unit) or _measure_of_a_noun(doc, num)


def _period_after_object(doc: Doc, over: int, unit: str | None) -> bool:
    """'cut 11,000 jobs over three years': "over" hangs from the verb after an object that is itself
    a quantity, spread over the period (not "lasted over 24 hours", where nothing stands between
    them, nor "winds over 100 mph", no period, nor "takes place over five weeks", no quantity)."""
    tok = doc[over]
    verb = tok.head
    if unit not in _PERIODS or tok.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > over:
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < over and any(t.like_num for t in c.subtree) for c in verb.children)


def _measure_of_a_noun(doc: Doc, num: NumberSpan) -> bool:
    """'over a 9-mile stretch': the number measures the noun after it, as one thing ("a"), so the
    "over" before the article is a preposition."""
    end, n = num.num_end, len(doc)
    article = num.num_start > 0 and doc[num.num_start - 1].lower_ in ("a", "an")
    return article and end + 2 < n and doc[end].text == "-" and doc[end + 1].lower_ in MEASURE_UNITS \
        and doc[end + 2].pos_ == "NOUN"
