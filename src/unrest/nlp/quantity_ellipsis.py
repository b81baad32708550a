"""The counted noun a bare number leaves out because a count beside it names it.

    elided_unit(doc, spans, units, k)  # "Eight people were killed and twelve injured" -> "people"

Used by :mod:`unrest.nlp.quantities` after :func:`unrest.nlp.quantity_parallel.parallel_unit`;
``units`` are the units of all the sentence's spans ("-" for none).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.vocab import NON_PERSON_UNITS

# words that open the second of two coordinated clauses
_LINKS = {"and", ",", "while", "but", "whereas"}


def elided_unit(doc: Doc, spans: list[NumberSpan], units: list[str], k: int) -> str | None:
    """The unit of a nearby count that names the noun this bare number leaves out, tried in turn:
    a part of it ("five mills, two of which"), a coordinated clause before ("five soldiers were
    killed and 12 injured"), a breakdown ("nine in the capital, six in the port", "40 fans: 18 in
    the north stand"), a second guess after ("dozens, perhaps hundreds, of prisoners"), a
    coordinated clause after, for a bare object ("killing 7 and injuring another 11 people")."""
    num = spans[k]
    tok = doc[num.num_end - 1]
    if k > 0 and _of_them(doc, num) and _shareable(units[k - 1]) and units[k - 1] != "other" and _near(doc, spans[k - 1], num, 12):
        return units[k - 1]  # "burned down five mills, two of which ..."
    if k > 0 and _stands_alone_after(doc, tok) and _linked(doc, spans[k - 1], num, 12):
        unit = units[k - 1]
        head = doc[spans[k - 1].num_end - 1].head
        if is_counted_noun(unit) and head.lemma_.lower() not in NON_PERSON_UNITS:
            return unit  # (people are what goes unsaid: "two bombs went off and 12 died" counts no bombs)
    if k > 0 and _shareable(units[k - 1]) and (_breakdown(doc, spans[k - 1], num) or _after_colon(doc, spans[k - 1], num)):
        return units[k - 1]
    if k + 1 < len(spans) and _alternative_after(doc, num, spans[k + 1]) and _shareable(units[k + 1]):
        return units[k + 1]  # "dozens, perhaps hundreds, of prisoners"
    if k + 1 < len(spans) and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _linked(doc, num, spans[k + 1], 4):
        gap = doc[num.tok_end:spans[k + 1].tok_start]
        if any(t.pos_ == "VERB" for t in gap) and is_counted_noun(units[k + 1]):
            return units[k + 1]
    return None


def _stands_alone_after(doc: Doc, tok: Token) -> bool:
    """A number that stands for its noun in a second clause: the parser joins it to the first
    verb ("killed and twelve injured") or a participle follows it ("and 26 wounded")."""
    after = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "more" else tok.i + 1  # "dozens more wounded"
    nxt = doc[after] if after < len(doc) else None
    participle = nxt is not None and (nxt.tag_ == "VBN" or nxt.lower_ in CASUALTY_STATES)
    return tok.dep_ == "conj" and tok.head.pos_ == "VERB" or participle


# what a bare number of people can be said to be: "220 hurt", "12 dead" (the tagger reads some as nouns)
CASUALTY_STATES = {"hurt", "injured", "wounded", "dead", "killed", "missing"}


def _of_them(doc: Doc, num: NumberSpan) -> bool:
    """The number counts part of what was counted just before: "two of which", "three of them"."""
    end = num.tok_end
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("which", "whom", "them", "those")


def _near(doc: Doc, first: NumberSpan, second: NumberSpan, most: int) -> bool:
    gap = doc[first.tok_end:second.tok_start]
    return len(gap) <= most and not any(t.like_num or t.text in ".;:()" for t in gap)


def _linked(doc: Doc, first: NumberSpan, second: NumberSpan, most: int) -> bool:
    """Two numbers of one sentence, close, with a clause link and no other number between them."""
    gap = doc[first.tok_end:second.tok_start]
    return 0 < len(gap) <= most and any(t.lower_ in _LINKS for t in gap) and not any(t.like_num or t.text in ".;:()" for t in gap) \
        and doc[first.num_start].sent.start == doc[second.num_start].sent.start


def _breakdown(doc: Doc, earlier: NumberSpan, num: NumberSpan) -> bool:
    """Two bare numbers of a breakdown by place or time: "nine in the capital, six in the port"."""
    gap = doc[earlier.tok_end:num.tok_start]
    if num.tok_end >= len(doc) or doc[num.tok_end].pos_ not in ("ADP", "ADV"):
        return False
    first = next((t for t in gap if t.pos_ not in ("NOUN", "ADJ")), None)  # past the earlier one's noun
    return 1 < len(gap) <= 8 and first is not None and first.pos_ == "ADP" and gap[-1].lower_ in (",", "and") \
        and not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in gap)


def _shareable(unit: str) -> bool:
    return unit != "-" and not unit.startswith("%") and not unit.endswith(" of age")


def _after_colon(doc: Doc, earlier: NumberSpan, num: NumberSpan) -> bool:
    """The first number of a breakdown after a colon: "40 protesters: 25 in Lagos and 15 in Abuja"."""
    gap = doc[earlier.tok_end:num.tok_start]
    return 1 < len(gap) <= 4 and gap[-1].text == ":" and all(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in gap[:-1])


def _alternative_after(doc: Doc, num: NumberSpan, nxt: NumberSpan) -> bool:
    """A second guess follows the number straight away: "dozens, perhaps hundreds, of", "ten or
    even twenty" (the counted noun comes after the second)."""
    gap = [t.lower_ for t in doc[num.tok_end:nxt.tok_start]]
    return 1 <= len(gap) <= 3 and gap[-1] in ("perhaps", "possibly", "maybe", "even", "probably") \
        and all(w in (",", "or", "and", "perhaps", "possibly", "maybe", "even", "probably") for w in gap)
