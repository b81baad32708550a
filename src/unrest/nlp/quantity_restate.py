"""Values said in groups: lists that share one unit or one rate, breakdowns of a total, tables in
prose.

    ends_a_comma_list(doc, start)         # "£10, £15 or £20": options, no range from 15 to 20
    shared_rate(doc, out)                 # "Rs 2 and Rs 3 a litre respectively": both per litre
    grouped_unit(doc, spans, units, k)    # "Of the 52 deaths, 30 ...", "Labour 412 seats, Greens 121"
    each_as_a_piece(doc, k)               # "Rs 10 a piece": each, no rate

Used by :mod:`unrest.nlp.quantities`, :mod:`unrest.nlp.quantity_forms` and
:mod:`unrest.nlp.quantity_units`.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_context import is_counted_noun


class _Amount(Protocol):
    value: float
    unit: str
    change: str | None
    start: int
    end: int


# the words between two members of a list: a comma, "and", "or" (with the currency of the next)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*", re.I)
# after the first member of a breakdown: a place or a time ("43 in the north", "22 on Tuesday")
_BREAKDOWN_PREPOSITIONS = {"in", "at", "on", "from", "across", "among", "near", "off", "outside", "inside"}


def ends_a_comma_list(doc: Doc, start: int) -> bool:
    """The first number of "N or M" is the last but one member of a comma list: "£10, £15 or £20",
    "128, 256 or 512 GB" are three options, not a range from the second to the third."""
    k = start - 1
    if k < 1 or doc[k].text != ",":
        return False
    before = doc[k - 1]
    return before.like_num or any(c.isdigit() for c in before.text) and not before.text.isalpha()


def shared_rate(doc: Doc, out: list[_Amount]) -> None:
    """A list of amounts whose rate is said after the last one only: "£10, £15 or £20 a month",
    "cut by Rs 2 and Rs 3 a litre respectively" (each member is an amount per month, per litre, and
    moves the way the others move)."""
    text = doc.text
    for k in range(len(out) - 1, 0, -1):
        last = out[k]
        base, per, rate = last.unit.partition(" per ")
        if not per:
            continue
        j = k
        while j > 0 and out[j - 1].unit == base and _listed(text[out[j - 1].end:out[j].start], j == k) \
                and _alike(out[j - 1].value, last.value):
            j -= 1
        for member in out[j:k]:
            member.unit = last.unit
        changes = {m.change for m in out[j:k + 1]} - {None}
        if j < k and len(changes) == 1:
            for member in out[j:k + 1]:
                member.change = member.change or next(iter(changes))  # "rise by $1 and $2 a ride": both rises


def _listed(gap: str, before_last: bool) -> bool:
    """Two members of a list ("£10, £15", "Rs 2 and Rs 3"), not a restatement of one amount in other
    terms (", or $1.36 a share")."""
    gap = _without_currency(gap)
    return _LIST_GAP.fullmatch(gap) is not None and not (before_last and re.fullmatch(r"\s*,\s*or\s*", gap))


def _alike(value: float, other: float) -> bool:
    """Options of one list are of one size: "$5, $10 or $20", not "$1.45 billion" and "$1.36"."""
    return value > 0 and other > 0 and max(value, other) / min(value, other) < 100


def _without_currency(gap: str) -> str:
    """The gap between two listed amounts, less the currency written before the second: ", £"."""
    return re.sub(r"(?:[$£€₹]|\b(?:rs\.?|us\$|a\$|r))\s*$", "", gap, flags=re.I)


def grouped_unit(doc: Doc, spans: list[NumberSpan], units: list[str], k: int) -> str | None:
    """The unit a bare number takes from the group it belongs to, tried in turn: the part of a whole
    named before it ("Of the 52 deaths, 30 were ..."), a breakdown after a total and its verb
    ("73 people died, 43 in the north"), the next row of a table in prose ("Labour 412 seats,
    Conservatives 121")."""
    if k == 0:
        return None
    earlier, num, unit = spans[k - 1], spans[k], units[k - 1]
    if unit == "-" or unit.startswith("%") or unit.endswith(" of age") or " per " in unit or not is_counted_noun(unit):
        return None
    if _part_of_the_whole(doc, earlier, num) or _breakdown_after_verb(doc, earlier, num) or _next_row(doc, earlier, num):
        return unit
    return None


def _part_of_the_whole(doc: Doc, whole: NumberSpan, part: NumberSpan) -> bool:
    """"Of the 40 patients, 12 (30%) ...": the whole opens its clause with "of the", the part
    follows its noun and a comma."""
    start = whole.tok_start
    if start < 2 or [t.lower_ for t in doc[start - 2:start]] not in (["of", "the"], ["of", "all"]):
        return False
    gap = doc[whole.tok_end:part.tok_start]
    return 1 < len(gap) <= 4 and gap[-1].text == "," and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in gap[:-1])


def _breakdown_after_verb(doc: Doc, total: NumberSpan, part: NumberSpan) -> bool:
    """"At least 73 people died, 43 in the north and 27 in the east": a total, its noun, an
    intransitive verb (maybe passive), a comma, then a number set in a place or a time."""
    if part.tok_end >= len(doc) or doc[part.tok_end].lower_ not in _BREAKDOWN_PREPOSITIONS:
        return False
    gap = list(doc[total.tok_end:part.tok_start])
    if len(gap) < 3 or gap[-1].text not in (",", ":"):
        return False
    nouns = 0
    while nouns < len(gap) - 1 and gap[nouns].pos_ in ("NOUN", "ADJ"):
        nouns += 1
    verbs = gap[nouns:-1]
    return nouns >= 1 and 1 <= len(verbs) <= 3 and verbs[-1].pos_ == "VERB" \
        and all(t.pos_ in ("VERB", "AUX", "PART", "ADV") for t in verbs) \
        and not any(c.dep_ in ("dobj", "obj") for c in verbs[-1].children)


def _next_row(doc: Doc, row: NumberSpan, nxt: NumberSpan) -> bool:
    """"Labour 412 seats, Conservatives 121, Liberal Democrats 72": each number follows a name,
    and the rows are joined by commas (or a closing "and")."""
    if row.tok_start < 1 or not _named(doc, row.tok_start - 1):
        return False
    gap = list(doc[row.tok_end:nxt.tok_start])
    names = [t for t in gap if t.text[:1].isupper()]
    comma = next((i for i, t in enumerate(gap) if t.text == ","), None)
    if comma is None or not names or len(gap) - comma > 5:
        return False
    unit_words, link, name = gap[:comma], gap[comma + 1:comma + 2], gap[comma + 1:]
    if link and link[0].lower_ == "and":
        name = name[1:]
    return all(t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in unit_words) and bool(name) \
        and all(t.text[:1].isupper() and t.is_alpha for t in name)


def _named(doc: Doc, i: int) -> bool:
    """A capitalised name stands at token ``i``, not the first word of the sentence alone."""
    tok = doc[i]
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and i > tok.sent.start


def each_as_a_piece(doc: Doc, k: int) -> bool:
    """"sold at Rs 10 a piece": "a piece" means each, no rate per piece."""
    return k + 1 < len(doc) and doc[k].lower_ == "a" and doc[k + 1].lower_ == "piece" \
        and (k + 2 >= len(doc) or doc[k + 2].lower_ != "of")
