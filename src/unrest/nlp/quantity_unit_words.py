"""Which words of a noun phrase belong to a counted unit, as NewsQuant's annotators name it
(session 7, a battery by grammar on units): a past participle that describes the counted thing
("six injured miners" -> "injured miner") and the thing a kind noun sorts ("40 types of fruit"
-> "type fruit"); the rand before thousands grouped by spaces ("R26 000"); metric tonnes in
capitals ("70 lakh MT"); the currency of a wire code after a rate ("$1.1396 EUR="); and no
quantity in a reporting period ("half-year profits"). Hooked into :mod:`unrest.nlp.quantity_units`
and :mod:`unrest.nlp.quantities`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan, _qualified
from unrest.nlp.vocab import CURRENCY_NAMES

# nouns that name a sort of something: the unit is empty without what follows "of"
_KIND_NOUNS = {"category", "type", "kind", "variety", "class", "sort", "strain", "breed", "brand", "genre"}
# participles that say how sure a count is, not what the thing is: "2,000 suspected cases" counts cases
_STATUS_PARTICIPLES = {"suspected", "confirmed", "reported", "estimated", "alleged", "expected", "projected",
                       "planned", "recorded", "verified", "documented"}


def participle_describes(tok: Token, head: Token) -> bool:
    """A past participle between the number and its noun that modifies that noun: "12 injured
    miners", "40 armoured vehicles" (not a verb: "two killed" has no noun after it)."""
    return tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.head.i == head.i and tok.i < head.i \
        and tok.is_alpha and tok.is_lower and tok.lower_ not in _STATUS_PARTICIPLES


def kind_of_what(doc: Doc, head: Token | None, noun: str | None) -> str | None:
    """'category product' for "5,700 categories of products": a kind noun keeps the noun it sorts."""
    if noun is None or head is None or head.lemma_.lower() not in _KIND_NOUNS or not noun.endswith(head.lemma_.lower()):
        return noun
    k = head.i + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return noun
    sorted_noun = next((c for c in doc[k].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if sorted_noun is None:
        return noun  # "three types of Toyota": a name is no kind of thing
    return f"{noun} {sorted_noun.lemma_.lower()}"  # "types of bank loans", "kinds of bottled water" -> the head


_RAND_GLUED = re.compile(r"^R(\d{1,3})$")
_GROUP = re.compile(r"^\d{3}$")


def rand_spaced_thousands(doc: Doc, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans plus every 'R26 000' or 'R 350 000': South African copy groups thousands with a
    space, so the rand sign meets digits the plain reading leaves alone (a bare 'R18' stays a name)."""
    found = []
    for tok in doc:
        i = tok.i
        m = _RAND_GLUED.match(tok.text)
        first = i
        if m is None and tok.text == "R" and i + 1 < len(doc) and re.fullmatch(r"\d{1,3}", doc[i + 1].text) and tok.whitespace_:
            first = i + 1  # "R 26 000": the sign written apart
        elif m is None:
            continue
        j = first + 1
        while j < len(doc) and _GROUP.match(doc[j].text) and doc[j - 1].whitespace_ == " ":
            j += 1
        if j == first + 1 or any(s.tok_start < i or s.tok_end > j for s in spans if s.tok_start < j and s.tok_end > i):
            continue  # (digits inside the amount, read as numbers of their own, give way to it)
        spans = [s for s in spans if s.tok_end <= i or s.tok_start >= j]
        digits = (m.group(1) if m is not None else doc[first].text) + "".join(t.text for t in doc[first + 1:j])
        span = NumberSpan(start=tok.idx, end=doc[j - 1].idx + len(doc[j - 1]), tok_start=i, tok_end=j,
                          num_start=first if m is None else i, num_end=j, value=float(digits), value_max=None,
                          qualifier="exact", kind="money", prefix="R")
        found.append(_qualified(doc, span))
    return sorted([*spans, *found], key=lambda s: s.tok_start) if found else spans


def metric_tons_in_capitals(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """'70 lakh MT of paddy', '2.5 million MT sugar': commodity copy writes metric tonnes as 'MT'
    in capitals ('Mt' is a megatonne and stays apart); a crop named after it is no part of the unit."""
    j = num.num_end
    if unit is None or j >= len(doc) or doc[j].text not in ("MT", "MTs") or unit.split(" ")[0] not in ("mt", "mts"):
        return unit
    rate = unit.partition(" per ")[2]
    return f"metric ton per {rate}" if rate else "metric ton"  # "300 MT a day"


_WIRE_CODE = re.compile(r"^([A-Z]{3})=[.,;]?$")  # ("EUR=." at the end of a sentence)


def wire_code_after(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """'$1.1396 EUR=', '108.79 JPY=': wire copy puts the instrument code of a currency pair after
    the rate, and NewsQuant names that currency as the unit (the '$' only says how it is quoted)."""
    for k in range(num.num_end, min(num.num_end + 2, len(doc))):
        m = _WIRE_CODE.match(doc[k].text)
        if m is not None and m.group(1).lower() in CURRENCY_NAMES:
            return CURRENCY_NAMES[m.group(1).lower()]
    return unit


def reporting_half(doc: Doc, num: NumberSpan) -> bool:
    """'posted half-year profits', 'its half-year results': a reporting period named before a noun,
    not half a year measured (an article keeps the measure: 'a half-year deal')."""
    i, j = num.num_start, num.num_end
    if doc[i].lower_ != "half" or j - i != 1 or j + 2 >= len(doc) or doc[j].text != "-" or doc[j + 1].lower_ != "year":
        return False
    return doc[j + 2].pos_ in ("NOUN", "PROPN") and not (i > 0 and doc[i - 1].lower_ in ("a", "an", "one"))
