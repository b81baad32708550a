"""One market move stated twice, in two units: "closed 41 points, or 1.6%, higher", "up 200 points
or 1.2 per cent", "fell 2.4% or 1.87 to $62.76".

Wire reports of a session give the move in points (or cents, or pence) and in per cent side by
side. The pair shares one direction, which may stand before it ("up 200 points or 1.2%") or after
it ("closed 41 points, or 1.6%, higher at 2,612"), and the second member is never the top of a
range ("$2.14 or 2.6%" is no range from 2.14 to 2.6).
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan

# the words between the two members: the first one's unit (if it follows the number), a comma, "or"
_PAIR_GAP = re.compile(r"\s*(?:points?|cents?|pence|paise|basis points?|per cent|percent)?\s*,?\s*or(?: by)?\s*", re.I)
# comparatives after a pair that give the session's direction
_COMPARATIVES = {"higher": "up", "lower": "down", "up": "up", "down": "down", "stronger": "up",
                 "weaker": "down", "firmer": "up", "softer": "down"}
# unit words that may stand between the second member and the comparative ("or 26 points, lower")
_UNIT_WORDS = {"points", "point", "cents", "cent", "pence", "paise", "basis", "per", "percent", "%", ","}
# a unit word said right after a number: "1.2% or", "4 per cent or", "22 points or"
_UNIT_BEFORE_OR = {"%", "percent", "cent", "points", "point", "cents", "pence", "paise"}


class _Move(Protocol):
    value: float
    unit: str
    change: str | None
    qualifier: str
    start: int
    end: int


def restated_pair(text: str, first: _Move, second: _Move) -> bool:
    """``second`` restates ``first``'s move in another unit: "41 points, or 1.6%", "1.2% or 212
    points", "61 cents or 4.4%" (not "two or three days": one unit for both). ``text`` is the
    document's text (read once by the caller: a Doc rebuilds it on every read)."""
    gap = text[first.end:second.start]
    if len(gap) > 25 or not _PAIR_GAP.fullmatch(gap):
        return False
    units = {first.unit, second.unit}
    return len(units) == 2 and "percent" in units and second.unit != "-"


def comparative_after(doc: Doc, quantity: _Move) -> str | None:
    """up / down from a comparative right after the quantity and its unit: "or 1.6 per cent, higher",
    "or 26 points, lower" (not "higher than a year ago": a comparison)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None:
        return None
    k = span.end
    while k < len(doc) and k - span.end < 3 and doc[k].lower_ in _UNIT_WORDS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _COMPARATIVES:
        return None
    if k + 1 < len(doc) and doc[k + 1].lower_ == "than":
        return None
    return _COMPARATIVES[doc[k].lower_]


def _after_verb(doc: Doc, quantity: _Move) -> bool:
    """A verb (or "was") stands right before the quantity: "closed 41 points", "was 9.6 points"."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ in ("VERB", "AUX")


def share_pair_direction(doc: Doc, moves: list[_Move]) -> None:
    """Give both members of a restated pair the move's direction: from a comparative after the pair
    ("closed 41 points, or 1.6%, higher"), or from the first member ("up 200 points or 1.2%")."""
    text = doc.text
    for first, second in zip(moves, moves[1:]):
        if not restated_pair(text, first, second):
            continue
        settled = [m for m in (first, second) if m.qualifier in ("exact", "approximately")]
        if first.change is None and second.change is None and _after_verb(doc, first):
            if (direction := comparative_after(doc, second)) is not None:
                for move in settled:
                    move.change = direction
        elif first.change and second.change is None and second.qualifier == "exact":
            second.change = first.change


def bare_restated_change(doc: Doc, moves: list[_Move]) -> None:
    """"down 1.6% or 0.45 to $27.70": the bare number after "or" restates the per cent change in the
    price's own terms; it is no per cent (as "5% or 6" would be) and moves the same way."""
    text = doc.text
    for first, second in zip(moves, moves[1:]):
        span = doc.char_span(second.start, second.end, alignment_mode="expand")
        if first.unit != "percent" or not first.change or second.unit != "percent" or span is None \
                or text[first.end:second.start].strip() != "or" or not restated_change_before(doc, span.start) \
                or span.end >= len(doc) or doc[span.end].lower_ != "to":
            continue
        second.unit, second.change = "-", first.change


def bare_then_percent(doc: Doc, spans: list[NumberSpan], k: int) -> bool:
    """'down 107.34 or 0.22%': a bare number, "or", and a smaller per cent restate one move (so the
    bare number takes no per cent from the list: "5 or 6%" rises, it is a range)."""
    num = spans[k]
    return k + 1 < len(spans) and num.kind == "count" and num.tok_end < len(doc) and doc[num.tok_end].lower_ == "or" \
        and spans[k + 1].tok_start == num.tok_end + 1 and spans[k + 1].kind == "percent" \
        and abs(spans[k + 1].value) < abs(num.value)  # ("off by -3,739.91 or -26.40%": signed alike)


def restated_change_before(doc: Doc, start: int) -> bool:
    """The number at ``start`` restates a change just given in per cent or points: "down 2.4% or
    1.87 to $62.76", "fell more than five per cent or 79p to 1,371p" (so "1.87 to $62.76" is a
    change and the level it reached, no range); or follows an adverb of a share's move: "Sainsbury
    ahead 3p to 262p", "Aviva off 4p to 410p"."""
    if start > 0 and doc[start - 1].lower_ in ("ahead", "off") and doc[start - 1].pos_ in ("ADV", "ADP"):
        return True
    if start > 0 and doc[start - 1].lemma_.lower() == "add" and (doc[start].is_currency or _pence(doc[start].text)):
        return True  # "Tesco added 3p to 290p", "added $1.20 to $48.10" (not "add 5 to 10 minutes")
    if start < 3 or doc[start - 1].lower_ != "or":
        return False
    unit = doc[start - 2]
    return unit.lower_ in _UNIT_BEFORE_OR and (doc[start - 3].like_num or doc[start - 3].lower_ == "per")


def money_or_percent(doc: Doc, start: int, i: int, k: int) -> bool:
    """'$2.14 or 2.6%': money, then a share of it, two statements of one move, no range."""
    return start < i and k < len(doc) and doc[k].lower_ in ("%", "percent", "per")


# phrasal verbs of market copy that move a price only when their object is a share or a tick size
# ("put on 4%", "gave away 55 cents", "clawed back 1.1%"; not "gave away $10 million", a gift)
_MARKET_PHRASALS = {("put", "on"): "up", ("give", "away"): "down", ("claw", "back"): "up", ("snap", "back"): "up"}
_TICK_UNITS = {"points", "point", "cents", "cent", "pence", "paise", "basis"}


def market_phrasal_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a share or tick move right after "put on", "gave away", "clawed back"."""
    k = num.tok_start - 1
    if k < 1:
        return None
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    if num.kind != "percent" and after not in _TICK_UNITS:
        return None
    return _MARKET_PHRASALS.get((doc[k - 1].lemma_.lower(), doc[k].lower_))


def fraction_taken_off(doc: Doc, k: int) -> bool:
    """"wiped two-thirds off its value", "knocked a quarter off the price": ``doc[k]`` is the "off"
    after a fraction that a verb took away (so the fraction is a share, not a count of thirds)."""
    return k < len(doc) and doc[k].lower_ == "off" and doc[k].head.pos_ == "VERB"


# adverbs that stand for a share's move in market tables and copy: "Sainsbury ahead 3p", "Aviva off 4p"
_MOVE_ADVERBS = {"ahead": "up", "off": "down"}


def adverb_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a price move after "ahead" or "off" with no verb before it ("Sainsbury ahead 3p
    to 262p"; not "closed off 5 miles", a particle)."""
    k = num.tok_start - 1
    if k < 0 or doc[k].lower_ not in _MOVE_ADVERBS or k > 0 and doc[k - 1].pos_ in ("VERB", "AUX"):
        return None  # (a sentence may open with it: "Off 17.4% from its record close")
    glued = doc[num.tok_end - 1].lower_.endswith("p") and doc[num.tok_end - 1].text[:1].isdigit()
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    if num.kind not in ("percent", "money") and not glued and after not in _TICK_UNITS | {"p"}:
        return None
    return _MOVE_ADVERBS[doc[k].lower_]


def capital_scale(number: str, suffix: str) -> bool:
    """'a draw of 5.054M', 'a build of 1.2B': a capital M or B after a decimal is millions or
    billions (metres are written "m"; "100M" alone may be a sprint)."""
    return suffix in ("M", "B") and "." in number


# verbs of market copy that move a share or an index only (not "the camera can zoom 10 times")
_MARKET_VERBS = {"zoom": "up", "mushroom": "up"}


def market_verb_move(doc: Doc, num: NumberSpan) -> str | None:
    """up for "the Sensex zoomed 600 points", "zoomed by 6.7 per cent", "Dubai Investments
    mushrooming 1.8 per cent": the verb right before the size of a move in per cent or points."""
    k = num.tok_start - 1
    if k >= 0 and doc[k].lower_ == "by":
        k -= 1
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    if k < 0 or num.kind != "percent" and after not in _TICK_UNITS:
        return None
    return _MARKET_VERBS.get(doc[k].lemma_.lower())


# the words from a restated pair to the level it reached: "to", "to reach", "to close at", "down at"
_TO_LEVEL = re.compile(r"\s*(?:points?)?\s*,?\s*(?:(?:higher|lower|up|down)\s+)?(?:to|at)(?:\s+(?:reach|close at|end at|finish at))?\s*$",
                       re.I)


def level_after_pair(doc: Doc, moves: list[_Move]) -> None:
    """The level after a move said in per cent and points is no per cent: "added 28.56% or 130.50
    points to reach 587.50" (a bare level, as NewsQuant labels "rose 64 points to 4,577")."""
    text = doc.text
    for first, second, level in zip(moves, moves[1:], moves[2:]):
        if not restated_pair(text, first, second) or "point" not in (first.unit, second.unit):
            continue
        if level.unit == "percent" and "%" not in text[level.start:level.end] \
                and "per" not in text[level.start:level.end] and _TO_LEVEL.fullmatch(text[second.end:level.start]):
            level.unit = "-"


def pence_after_a_name(doc: Doc, i: int, suffix: str) -> bool:
    """'Unilever 12p higher at 4,105p', 'Persimmon 20p to 1,296p': pence glued after a company's
    name are a share's move, not a model name like "Pixel 8a"."""
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return suffix == "p" and after in ("higher", "lower", "up", "down", "firmer", "weaker", "to", "at")


def _pence(text: str) -> bool:
    """'3p', '12.5p', '1,512p': digits glued to a "p" for pence."""
    return len(text) > 1 and text.endswith("p") and text[:-1].replace(",", "").replace(".", "", 1).isdigit()


def added_to_a_level(doc: Doc, num: NumberSpan) -> str | None:
    """up for "Tesco added 3p to 290p", "shares added 3% to 290p", "added 3.6p at 633p": a share's
    gain, then the price it reached (not "add 5 to the total", a sum)."""
    k = num.tok_start - 1
    if k >= 0 and doc[k].is_currency:
        k -= 1
    if k < 0 or doc[k].lemma_.lower() != "add" or doc[k].pos_ not in ("VERB", "AUX"):
        return None
    if num.kind not in ("percent", "money") and not _pence(doc[num.tok_end - 1].text):
        return None
    j = num.tok_end
    if j + 1 < len(doc) and doc[j].lower_ in ("to", "at") and (doc[j + 1].like_num or doc[j + 1].is_currency
                                                               or _pence(doc[j + 1].text)):
        return "up"
    return None


# comparatives of wealth before "by" in market copy: "investors became richer by Rs 10.7 lakh crore"
_WEALTH_COMPARATIVES = {"richer": "up", "poorer": "down", "wealthier": "up"}


def richer_by(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "richer by Rs 2 lakh crore", "poorer by $40 billion" (the money after "by")."""
    k = num.tok_start - 1
    if k >= 0 and doc[k].is_currency:
        k -= 1
    if k < 1 or doc[k].lower_ != "by":
        return None
    return _WEALTH_COMPARATIVES.get(doc[k - 1].lower_)
