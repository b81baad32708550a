"""A number the text states (:class:`NumberSpan`) and small helpers that build and qualify one."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from unrest.nlp.number_words import _qualifier_before


@dataclass
class NumberSpan:
    """A number the text states, with its qualifier.

    ``start``/``end`` are character offsets of the whole expression (qualifier included);
    ``tok_start``/``tok_end`` are its tokens; ``num_start``/``num_end`` the number's own tokens.
    """

    start: int
    end: int
    tok_start: int
    tok_end: int
    num_start: int
    num_end: int
    value: float
    value_max: float | None
    qualifier: str
    kind: str = "count"  # count | money | percent | ordinal_duration | fraction | age
    currency: str | None = None
    prefix: str = ""  # glued before the digits: "US" in "$US113", "PS" in "PS6"
    suffix: str = ""  # glued after them: "GB" in "256GB", "p" in "118.5p"


def _qualified(doc: Doc, span: NumberSpan) -> NumberSpan:
    q, qstart = _qualifier_before(doc, span.tok_start)
    if q is not None:
        span.qualifier, span.tok_start, span.start = q, qstart, doc[qstart].idx
    return span


def _minus_qualifier(doc: Doc, i: int) -> tuple[str | None, int]:
    """'about minus 387': the qualifier stands before the sign."""
    if i > 0 and doc[i - 1].lower_ in ("minus", "negative"):
        return _qualifier_before(doc, i - 1)
    return None, i


def _span(doc: Doc, i: int, j: int, value: float, kind: str) -> NumberSpan:
    return NumberSpan(start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1]), tok_start=i, tok_end=j,
                      num_start=i, num_end=j, value=value, value_max=None, qualifier="exact", kind=kind)
