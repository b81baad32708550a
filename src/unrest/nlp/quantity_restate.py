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
from itertools import pairwise
from typing import Protocol

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.vocab import (
    CHANGE_DOWN,
    CHANGE_TRANSITIVE,
    CHANGE_UP,
    CURRENCY_NAMES,
    MEASURE_UNITS,
)


class _AmountSpan(Protocol):
    value: float
    value_max: float | None
    unit: str
    text: str
    start: int
    end: int


class _Amount(Protocol):
    value: float
    unit: str
    change: str | None
    start: int
    end: int


# the words between two members of a list: a comma, "and", "or" (with the currency of the next)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*", re.IGNORECASE)
# words between "of" and the whole: "of the 40", "out of its 30", "of all 12"
_WHOLE_DETERMINERS = {"the", "its", "their", "all", "his", "her", "our", "these", "those"}
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
        base, per, _rate = last.unit.partition(" per ")
        if not per:
            continue
        j = k
        while j > 0 and out[j - 1].unit == base and _listed(text[out[j - 1].end:out[j].start], j == k) \
                and _alike(out[j - 1].value, last.value):
            j -= 1
        for member in out[j:k]:
            member.unit = last.unit
        if j < k and out[j].change and all(m.change in (None, out[j].change) for m in out[j + 1:k + 1]):
            for member in out[j + 1:k + 1]:
                member.change = out[j].change  # "rise by $1 and $2 a ride": the verb's move is both members


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
    return re.sub(r"(?:[$£€₹]|\b(?:rs\.?|us\$|a\$|r))\s*$", "", gap, flags=re.IGNORECASE)


def grouped_unit(doc: Doc, spans: list[NumberSpan], units: list[str], k: int) -> str | None:
    """The unit a bare number takes from the group it belongs to, tried in turn: the part of a whole
    named before it ("Of the 52 deaths, 30 were ..."), a breakdown after a total and its verb
    ("73 people died, 43 in the north"), the next row of a table in prose ("Labour 412 seats,
    Conservatives 121")."""
    if (whole := whole_of_a_part(doc, spans, units, k)) is not None:
        return whole  # "14 out of 20 games"
    if (counted := _noun_before_a_bracketed_tally(doc, spans[k])) is not None:
        return counted  # "most states (31 of 51)"
    if k == 0:
        return None
    earlier, num, unit = spans[k - 1], spans[k], units[k - 1]
    if unit == "-" or unit.startswith("%") or unit.endswith(" of age") or " per " in unit or not is_counted_noun(unit):
        return None
    if _part_of_the_whole(doc, earlier, num) or _breakdown_after_verb(doc, earlier, num) or _next_row(doc, earlier, num) \
            or _next_part(doc, earlier, num):
        return unit
    return None


def _noun_before_a_bracketed_tally(doc: Doc, num: NumberSpan) -> str | None:
    """"Most patients (31 of 51) recovered": both numbers of a tally in brackets count the plural
    noun the bracket follows."""
    i, j = num.tok_start, num.tok_end
    after = [t.lower_ for t in doc[j:j + 2]]
    link = 2 if after == ["out", "of"] else 1 if after[:1] == ["of"] else 0
    out_of = 1 if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "out" else 0
    if i >= 2 and doc[i - 1].text == "(" and link and j + link < len(doc) and doc[j + link].like_num:
        opening = i - 1  # the part: "(31 of 51)", "(12 out of 40)"
    elif i >= 4 + out_of and doc[i - 1].lower_ == "of" and doc[i - 2 - out_of].like_num \
            and doc[i - 3 - out_of].text == "(" and j < len(doc) and doc[j].text == ")":
        opening = i - 3 - out_of  # the whole
    else:
        return None
    noun = doc[opening - 1]
    return noun.lemma_.lower() if noun.tag_ == "NNS" and noun.is_alpha else None


def _part_of_the_whole(doc: Doc, whole: NumberSpan, part: NumberSpan) -> bool:
    """"Of the 40 patients, 12 (30%) ...", "Out of its 30 members, 8 ...": the whole opens its
    sentence with "of" or "out of" (and maybe a determiner), the part follows its noun and a comma."""
    k = whole.tok_start
    if k > 0 and doc[k - 1].lower_ in _WHOLE_DETERMINERS:
        k -= 1
    if k > 0 and doc[k - 1].lower_ == "of":
        k -= 1
    if k > 0 and doc[k].lower_ == "of" and doc[k - 1].lower_ == "out":
        k -= 1
    if doc[k].lower_ not in ("of", "out") or k != doc[k].sent.start:
        return False
    gap = doc[whole.tok_end:part.tok_start]
    return 1 < len(gap) <= 4 and gap[-1].text == "," \
        and all(t.pos_ in ("NOUN", "ADJ", "PROPN") or t.tag_ == "VBN" for t in gap[:-1])  # ("1,400 damaged homes,")


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


def _next_part(doc: Doc, part: NumberSpan, nxt: NumberSpan) -> bool:
    """"30 were in hospitals and 22 in care homes": two bare parts of a breakdown, the first with
    its copula, the second set in a place or a time like it."""
    after = doc[nxt.tok_end] if nxt.tok_end < len(doc) else None
    gap = list(doc[part.tok_end:nxt.tok_start])
    return after is not None and after.lower_ in _BREAKDOWN_PREPOSITIONS and 2 < len(gap) <= 8 \
        and gap[0].lemma_ == "be" and gap[-1].lower_ in ("and", ",") \
        and any(t.lower_ in _BREAKDOWN_PREPOSITIONS for t in gap[1:3]) \
        and not any(t.like_num or t.pos_ == "VERB" for t in gap)


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
    """"sold at Rs 10 a piece", "$3 a pop": each, no rate per piece."""
    return k + 1 < len(doc) and doc[k].lower_ == "a" and doc[k + 1].lower_ in ("piece", "pop") \
        and (k + 2 >= len(doc) or doc[k + 2].lower_ != "of")


def counted_out_of(doc: Doc, i: int, k: int, numerator: float, denominator: float) -> bool:
    """"14 out of 20 games", "41 out of 120 patients (34%)": two counts, not a ratio like "three out
    of ten voters" (a round base of ten or a hundred, or a small one, makes a ratio)."""
    written = doc[i].text.isdigit() and doc[k + 2].text.replace(",", "").isdigit()
    shared_after = k + 4 < len(doc) and doc[k + 3].text == "(" or k + 5 < len(doc) and doc[k + 4].text == "("
    return written and (denominator not in _RATIO_BASES or shared_after)


# bases of a ratio said in words or figures: "one in five", "3 out of 10", "9 out of 100"
_RATIO_BASES = {2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000}


def whole_of_a_part(doc: Doc, spans: list[NumberSpan], units: list[str], k: int) -> str | None:
    """"14 out of 20 games", "1,200 (40%) of the 3,000 staff": the part counts what the whole after
    it counts (its share in brackets may stand between them)."""
    num, whole = spans[k], k + 1
    if whole >= len(spans):
        return None
    gap = [t.lower_ for t in doc[num.tok_end:spans[whole].tok_start]]
    shared = gap == ["("] and whole + 1 < len(spans) and spans[whole].tok_end < len(doc) and doc[spans[whole].tok_end].text == ")"
    if shared:  # past the share in brackets
        gap, whole = [t.lower_ for t in doc[spans[whole].tok_end + 1:spans[whole + 1].tok_start]], whole + 1
    if gap != ["out", "of"] and not (shared and gap in (["of"], ["of", "the"], ["out", "of"], ["out", "of", "the"])):
        return None
    unit = units[whole]
    return unit if unit != "-" and is_counted_noun(unit) and " per " not in unit else None


def named_after_of_them(doc: Doc, num: NumberSpan) -> str | None:
    """"45 people, 30 of them children", "14 of whom were women", "of which 9 were boys": the noun
    after the part (and its copula) names what the part counts."""
    start, k = num.tok_start, num.tok_end
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in _PARTITIVE_PRONOUNS:
        k += 2  # "30 of them children"
    elif before not in (["of", "which"], ["of", "whom"], ["of", "them"]):
        return None  # (the part follows "of which": "of which 9 were boys")
    if k < len(doc) and doc[k].lemma_ == "be":
        k += 1
    noun = doc[k] if k < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or not noun.is_alpha or noun.tag_ != "NNS" \
            or k + 1 < len(doc) and doc[k + 1].lower_ == "of":  # (not "of them were members of ...")
        return None
    return noun.lemma_.lower()


_PARTITIVE_PRONOUNS = {"them", "which", "whom"}


def unit_said_before_a_list(doc: Doc, out: list[_Amount]) -> None:
    """A list whose unit stands before its first member: "magnitude 5.1, 5.4 and 6.0", "aged 12,
    14 and 16", "$5, 10 and 15" (the later members are bare, and the list closes with and/or)."""
    text = doc.text
    k = 0
    while k < len(out):
        first, j = out[k], k + 1
        while j < len(out) and out[j].unit == "-" and _LIST_GAP.fullmatch(text[out[j - 1].end:out[j].start]):
            j += 1
        closed = j - k > 1 and re.search(r"\b(?:and|or)\b", text[out[j - 2].end:out[j - 1].start]) is not None
        if closed and first.unit not in ("-", "percent") and not first.unit.startswith("%") \
                and re.match(r"\s*(?:,|and\b|or\b)", text[first.end:]):  # nothing after the first number
            for member in out[k + 1:j]:
                member.unit = first.unit
        k = j


def table_row(doc: Doc, i: int) -> bool:
    """Digits after a name are a row of a table in prose, not part of the name, when another name
    with its own number stands next to them and the sentence opens with a header and a colon
    ("Goals: Kane 28, Haaland 25") or both rows are places after one preposition ("in Kano 110,
    in Kaduna 79"); not "Route 66" nor "iPhone 14, iPhone 15", one name twice."""
    sent = doc[i].sent
    if i < 2:
        return False
    headed = any(t.text == ":" for t in doc[sent.start:i - 1])
    place = doc[i - 2].lower_ if doc[i - 2].lower_ in _ROW_PREPOSITIONS and int(doc[i].text) >= 20 else None
    if not headed and place is None:
        return False
    name = doc[i - 1].lower_
    rows = [t for t in doc[max(sent.start, i - 8):min(sent.end, i + 8)] if t.i != i and t.text.replace(",", "").isdigit()
            and t.i > 1 and doc[t.i - 1].is_alpha and doc[t.i - 1].text[:1].isupper()
            and (headed or doc[t.i - 2].lower_ == place)]
    return any(doc[t.i - 1].lower_ != name and _one_row_apart(doc, min(t.i, i), max(t.i, i)) for t in rows)


# a breakdown by place written as rows: "in Kano 110, in Kaduna 79"
_ROW_PREPOSITIONS = {"in", "at", "from"}


def _one_row_apart(doc: Doc, a: int, b: int) -> bool:
    """Two numbers of a table in prose, one row apart: a comma or "and", maybe a unit word, then a name."""
    gap = doc[a + 1:b - 1]
    return any(t.text == "," or t.lower_ == "and" for t in gap) and len(gap) <= 5 and not any(t.like_num or t.pos_ in ("VERB", "AUX") for t in gap)


def currency_named_after(doc: Doc, i: int) -> bool:
    """A currency named after the number at token ``i``: "3bn-5bn euros", "2m-4m rupees"."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1].lower_
    return nxt in CURRENCY_NAMES or nxt.endswith("s") and nxt[:-1] in CURRENCY_NAMES and len(nxt) > 3


# a change said twice with its second member in brackets and the direction after both: "closed 76
# points (0.13%) down", "ended 1.2% (41 points) higher"
_BRACKETED_PAIR = re.compile(r"\s*(?:points?|cents?|pence|paise|basis points?|per cent|percent)?\s*\(\s*")
_DIRECTION_AFTER = re.compile(r"\s*(?:%|per cent|percent|points?|cents?|pence|paise)?\s*\)\s*,?\s*"
                              r"(higher|lower|up|down|stronger|weaker|firmer|softer)\b(?!\s+(?:than|from)\b)", re.IGNORECASE)
_DIRECTIONS = {"higher": "up", "up": "up", "stronger": "up", "firmer": "up",
               "lower": "down", "down": "down", "weaker": "down", "softer": "down"}


def bracketed_pair_direction(doc: Doc, out: list[_Amount]) -> None:
    """"closed 76 points (0.13%) down at 57,200": the move and its restatement in brackets both take
    the direction said after the bracket (one of them in per cent, the other not)."""
    text = doc.text
    for first, second in pairwise(out):
        if first.change or second.change or (first.unit == "percent") == (second.unit == "percent"):
            continue  # (one of the two in per cent, the other not)
        if _BRACKETED_PAIR.fullmatch(text[first.end:second.start]) and (m := _DIRECTION_AFTER.match(text, second.end)):
            first.change = second.change = _DIRECTIONS[m.group(1).lower()]


def range_after_change_verb(doc: Doc, num: NumberSpan) -> str | None:
    """"rose 5 to 6 per cent", "could fall by 2 or 3 points": a range straight after an intransitive
    verb of change (and maybe "by") sizes the move (not "rose between 5% and 6%", nor "cut 10 to 12
    jobs": what was cut)."""
    if num.value_max is None or doc[num.tok_start].lower_ in ("between", "from"):
        return None  # (the levels of "rose from 50% to 54%" are no move)
    k = num.tok_start - 1
    if k > 0 and doc[k].text in CURRENCY_NAMES and not doc[k].is_alpha:
        k -= 1  # "rose by $2 to $3"
    if k > 0 and doc[k].lower_ == "by":
        k -= 1
    verb = doc[k] if k >= 0 else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in CHANGE_TRANSITIVE:
        return None
    lemma = verb.lemma_.lower()
    return "up" if lemma in CHANGE_UP else "down" if lemma in CHANGE_DOWN else None


def no_rate_of_itself(out: list[_Amount]) -> None:
    """"12,000 workers at 40 sites, or 300 per site": a bare number before "per site" borrows no
    "site" from its neighbour (a rate of a thing per the same thing is no unit)."""
    for quantity in out:
        base, per, rate = quantity.unit.partition(" per ")
        if per and base == rate:
            quantity.unit = "-"


# the words a bracket may hold before a number spelled out again: "(Rupees ten thousand only)"
_SPELLED_AGAIN_GAP = re.compile(r"\s*\(\s*(?:[A-Za-z$£€₹.]+\s+){0,2}", re.IGNORECASE)


def drop_restated_twice(doc: Doc, out: list[_AmountSpan]) -> list[_AmountSpan]:
    """No number twice: a figure spelled out again in brackets ("Rs 10,000 (Rupees ten thousand)",
    "5% (five per cent)") and the dozen of a price per dozen ("$3.60 a dozen") are one quantity."""
    text, kept = doc.text, []
    for quantity in out:
        before = kept[-1] if kept else None
        spelled = not any(c.isdigit() for c in quantity.text)
        if before is not None and spelled and (quantity.value, quantity.value_max) == (before.value, before.value_max) \
                and _SPELLED_AGAIN_GAP.fullmatch(text[before.end:quantity.start]):
            continue
        if before is not None and before.unit.endswith(" per dozen") and quantity.text.lower() in ("dozen", "a dozen") \
                and text[before.end:quantity.start].strip().lower() in ("", "a", "per"):
            continue
        kept.append(quantity)
    return kept


def list_takes_the_last_unit(doc: Doc, out: list[_Amount]) -> None:
    """"5, 10 and 15 tonnes", "128, 256 or 512 gb": a member of a list that read the list's unit
    word raw takes it as the next member spells it ("tonne" is the metric ton, "gb" the gigabyte)."""
    text = doc.text
    for k in range(len(out) - 2, -1, -1):
        member, nxt = out[k], out[k + 1]
        base, _, rate = member.unit.partition(" per ")
        next_base, _, next_rate = nxt.unit.partition(" per ")
        if base != next_base and rate in ("", next_rate) and MEASURE_UNITS.get(base) == next_base \
                and _LIST_GAP.fullmatch(text[member.end:nxt.start]):
            member.unit = nxt.unit
