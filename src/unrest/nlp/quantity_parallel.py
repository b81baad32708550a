"""The unit a bare number leaves out because a parallel number of its sentence states it.

    parallel_unit(doc, spans, units, k)  # "fell 2% to 5,210 points, while ... lost 1% to 3,120" -> "point"

Used by :mod:`unrest.nlp.quantities`; ``units`` are the units read so far, one per span ("-" for none).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.numbers import NumberSpan

# words that join two clauses or two coordinated phrases
_CLAUSE_LINKS = {"while", "whilst", "whereas", "but", "and", "or", ",", ";", "versus", "vs", "vs."}


def parallel_unit(doc: Doc, spans: list[NumberSpan], units: list[str], k: int) -> str | None:
    """The unit a bare number leaves out because an earlier, parallel number of its sentence
    states it: "fell 2% to 5,210 points, while the other index lost 1% to 3,120" (the same
    role in the next clause), "1,200 rupees ($15) for adults and 600 ($7.50) for children" (the
    same conversion after it), "a 2.3 degree tilt in 2019 and 1.8 last season" (a coordinated
    phrase with no verb of its own)."""
    num = spans[k]
    sentence = doc[num.num_start].sent
    earlier = [j for j in range(k - 1, -1, -1) if spans[j].num_start >= sentence.start
               and units[j] != "-" and not units[j].startswith("%")]
    # a conversion after both is the surest sign, then coordination, then a parallel clause
    for parallel in (lambda j: _same_conversion(doc, spans, units, j, k), lambda j: _coordinated(doc, spans[j], num),
                     lambda j: _same_role(doc, spans[j], num)):
        if (j := next((j for j in earlier if parallel(j)), None)) is not None:
            return units[j]
    return None


def _bracketed_after(doc: Doc, spans: list[NumberSpan], k: int) -> bool:
    """The next number stands in brackets straight after this one (and its unit): "600 ($7.50)"."""
    if k + 1 >= len(spans):
        return False
    gap = doc[spans[k].tok_end:spans[k + 1].tok_start]
    return 0 < len(gap) <= 4 and "(" in [t.text for t in gap[-2:]] and not any(t.text == ")" or t.pos_ == "VERB" for t in gap)


def _same_conversion(doc: Doc, spans: list[NumberSpan], units: list[str], j: int, k: int) -> bool:
    return _bracketed_after(doc, spans, j) and _bracketed_after(doc, spans, k) and units[j + 1] == units[k + 1] \
        and units[k + 1] != "-"


def _coordinated(doc: Doc, earlier: NumberSpan, num: NumberSpan) -> bool:
    """Two numbers of one clause joined by "and"/"or", with no verb or number between them."""
    gap = doc[earlier.tok_end:num.tok_start]
    if not gap or gap[-1].lower_ not in ("and", "or") or len(gap) > 10:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.text in "()" or t.like_num and not _is_year(t) for t in gap)


def _is_year(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100


def _same_role(doc: Doc, earlier: NumberSpan, num: NumberSpan) -> bool:
    """Numbers of two linked clauses that hang the same way from their verbs ("... to 5,210 points,
    while ... to 3,120") or follow the same preposition or copula ("is 12 eggs, while a score is 20")."""
    gap = doc[earlier.tok_end:num.tok_start]
    if len(gap) > 20 or not any(t.lower_ in _CLAUSE_LINKS for t in gap):
        return False
    first, second = _role(doc[earlier.num_end - 1]), _role(doc[num.num_end - 1])
    if first is not None and second is not None and first[0] == second[0] and first[1].i != second[1].i:
        return True
    a, b = _word_before(doc, earlier), _word_before(doc, num)
    return a is not None and b is not None and a.lower_ == b.lower_ and (a.pos_ in ("ADP", "AUX") or a.lemma_ == "be")


def _role(tok: Token) -> tuple[tuple[str, str], Token] | None:
    """How a number's phrase hangs from its verb: ('prep', 'to') for "rose to a close of 5 points"
    (the preposition nearest the verb), ('attr', '') for "is 5 points"; None when it hangs from no verb."""
    prep = None
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        if tok.pos_ == "ADP" and tok.dep_ == "prep":
            prep = tok  # ("edged down 1% to ...": "down" is no preposition here)
    if tok.head.i == tok.i:
        return None
    if prep is not None:
        return ("prep", prep.lower_), tok.head
    return (_SUBJECTS.get(tok.dep_, tok.dep_), ""), tok.head


# a subject is a subject, active or passive: "12 people died and 40 were injured"
_SUBJECTS = {"nsubjpass": "nsubj"}


def _word_before(doc: Doc, num: NumberSpan) -> Token | None:
    """The word before a number, past adverbs and currency signs ("is exactly 13", "at $5")."""
    k = num.tok_start - 1
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].is_currency or doc[k].pos_ == "SYM"):
        k -= 1
    return doc[k] if k >= 0 else None
