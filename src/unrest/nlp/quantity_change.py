"""The change label of a quantity in market, economy and poll reports, beyond the change verb
right before it.

    bounded_change("up", "more_than")       # "jumped more than 4%" -> None: the bound is the label
    conjoined_change(doc, num, out)         # "fell 3% on Monday and a further 2%" -> "down"
    gapped_change(doc, spans, out, k)       # "gold rose 1% and silver 2%" -> "up" for 2%
    by_phrase_change(doc, num)              # "rise by an average of 5.1%" -> "up"
    caused_move(doc, num)                   # "sent shares 10% higher" -> "up"
    stated_move(doc, num)                   # "the euro was 0.3% higher at $1.09" -> "up"
    move_before_preposition(doc, num, unit) # "the euro shed 2 cents after the data" -> "down"
    period_is_no_change(doc, num, unit)     # "rose 9% over the 12 months" -> True for the months
    period_after_change(doc, spans, k, unit)  # "up 3% over 24 hours" -> True: no "more than 24 hours"

Used by :func:`unrest.nlp.quantities.find_quantities` after
:func:`unrest.nlp.components.figures.direction`. The conventions are NewsQuant's, read from its
tuning half: a change stated with a bound is labelled by its bound; a change stated exactly or
about is labelled up or down; a noun of change ("a 4% rise") and the level reached ("to 3,200")
are no change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from unrest.nlp.degraded_copy import commaless, mistagged_name
from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_listed_moves import compared_after, period_after
from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_TRANSITIVE, CHANGE_UP, CURRENCY_NAMES, MEASURE_UNITS

if TYPE_CHECKING:
    from unrest.nlp.quantities import Quantity

# units of a span of time
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}
# spans of time counted in a market's trading days: "fell 2% over the past two sessions"
_TRADING_PERIODS = {"session"}
# qualifiers that bound a number rather than estimate it
BOUNDS = ("more_than", "at_least", "at_most", "less_than")

# intransitive change verbs the shared lists lack, and lemmas the parser leaves unlemmatised
# ("leapt") or cuts wrong ("pared" -> "par")
MORE_CHANGE_VERBS = {"leapt": "up", "par": "down", "recoup": "up", "regain": "up",
                     "shave": "down", "squeeze": "down", "devalue": "down",
                     "flatten": "down", "steepen": "up"}  # (a yield curve's spread narrows or widens)
# verbs whose "up" is a particle, so "up to" names the level reached: "revised up to 2.1%"
UP_PARTICLE_VERBS = {"revise", "scale", "ratchet", "step", "pick", "speed"}  # ("picked up to 0.8%")
# verbs of a rate fixed or quoted, whose "higher"/"lower" after the number gives a change, as after
# "closed": "the representative rate was set 0.35% lower", "the yuan was fixed 0.2% higher"
RATE_SETTING_VERBS = {"set", "fix", "quote"}
# verbs of a session's end or course, whose "higher"/"lower" gives a change: "ended 2.4% lower"
SESSION_VERBS = {"close", "end", "finish", "settle", "trade", "open", "start", "stand"}
# prepositions of a period: "rose 9% over the 12 months to June" (the 12 months are no change)
_PERIOD_PREPOSITIONS = {"over", "in", "during", "for", "within", "across", "through", "throughout"}

# hedges before a number the shared qualifier list lacks (quantity mode only)
MORE_HEDGES = {"approx": "approximately", "approx .": "approximately", "in the region of": "approximately",
               "more or less": "approximately", "give or take": "approximately", "short of": "less_than",
               "just short of": "less_than", "c.": "approximately", "~": "approximately", ">": "more_than",
               "<": "less_than", "as far as": "at_most", "estimated at": "approximately",  # "damage estimated at $2bn"
               # looser estimates: "something like $2bn", "in the order of 10,000", "perhaps 200 people"
               "something like": "approximately", "in the order of": "approximately",
               "on the order of": "approximately", "the best part of": "approximately", "close on": "approximately",
               "perhaps": "approximately", "maybe": "approximately", "nigh on": "approximately",
               "getting on for": "approximately",
               "beyond": "more_than",  # "could push the fee well beyond £100m"
               # a hedge before "every": "the comet returns roughly every 76 years"
               "roughly every": "approximately", "about every": "approximately", "around every": "approximately",
               "approximately every": "approximately",
               "estimated to be": "approximately"}  # "the tree is estimated to be 3,200 years old"


def bounded_change(change: str | None, qualifier: str) -> str | None:
    """No change label for a change stated with a bound: "jumped more than 4%", "sank as much as
    9%", "rise by up to 20%" are labelled by the bound (at least, at most), as the annotators of
    market reports do; an estimate keeps the change ("rose about 1.5%" is up)."""
    return None if qualifier in BOUNDS else change


def verb_direction(verb: Token) -> str | None:
    """up / down for a verb of change, by its lemma."""
    lemma = verb.lemma_.lower()
    if lemma in CHANGE_UP:
        return "up"
    if lemma in CHANGE_DOWN:
        return "down"
    return MORE_CHANGE_VERBS.get(lemma)


def period_is_no_change(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """A span of time after a preposition of a period states when, not how much a level moved:
    "rose 9.1% over the 12 months to June", "fell in the past three weeks" ("rose over 4%" is
    a bound on a change)."""
    if unit not in DURATION_UNITS and unit not in _TRADING_PERIODS:
        return False
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod", "amod") and node.head.i > node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in _PERIOD_PREPOSITIONS


def period_after_change(doc: Doc, spans: list[NumberSpan], k: int, unit: str | None) -> bool:
    """"over" right after the size of a change opens the period it took, not a bound: "up 3% over 24
    hours", "fell 2% over two sessions" (but "lasted over 24 hours" is more than 24 hours)."""
    num = spans[k]
    if k == 0 or unit not in DURATION_UNITS and unit not in _TRADING_PERIODS or doc[num.tok_start].lower_ != "over":
        return False
    gap = doc[spans[k - 1].tok_end:num.tok_start]
    return len(gap) <= 1 and all(t.lower_ in _UNIT_WORDS for t in gap)


def period_of_an_amount(doc: Doc, spans: list[NumberSpan], k: int, unit: str | None, earlier_unit: str | None) -> bool:
    """"over" a time after an amount in the same verb phrase spreads the amount over that time, no
    bound: "spend £1.5bn on schools over three years", "hire 20,000 officers over four years",
    "1.5 million visitors over five days" (but "were held over 48 hours", "for over two years", and
    "takes place over five weeks", with no amount before it, stay "more than")."""
    num = spans[k]
    if k == 0 or unit not in DURATION_UNITS or doc[num.tok_start].lower_ != "over" or earlier_unit is None \
            or earlier_unit.endswith(" of age"):
        return False
    gap = doc[spans[k - 1].tok_end:num.tok_start]
    return all(t.pos_ not in ("VERB", "AUX") and not t.is_punct for t in gap) \
        and not (gap and gap[-1].lower_ in ("for", "in", "of"))  # "for over two years": a bound


# words between "by" and the size of a change: "by an average of 5%", "by a further 2%"
_BY_FILLERS = {"a", "an", "average", "of", "total", "combined", "net", "further", "another", "additional", "extra",
               "cumulative", "record"}


def by_phrase_change(doc: Doc, num: NumberSpan) -> str | None:
    """The change of the verb before "by", "by an average of", "by a further": "bills will rise by an
    average of 5.1%", "output fell by a further 2%", "fell by a quarter of a million" (where the parse
    hides the number from its verb)."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in _BY_FILLERS and num.tok_start - k <= 4:
        k -= 1
    if k < 0 or doc[k].lower_ != "by":
        return None
    if k > 0 and doc[k - 1].lower_ in ("higher", "lower"):
        return _COMPARATIVES[doc[k - 1].lower_]  # "crept higher by 1.1%", "closed lower by 12 points"
    if doc[k].head.pos_ != "VERB":
        return None
    return verb_direction(doc[k].head)


# phrasal verbs of market copy whose particle sets the direction: "tacked on 0.5%", "gave up 1%",
# "gave back 2%", "pared 3%"
_PHRASAL_MOVES = {("tack", "on"): "up", ("add", "on"): "up", ("give", "up"): "down", ("give", "back"): "down",
                  ("hand", "back"): "down"}


def phrasal_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a number right after a phrasal verb of change ("gold tacked on 0.5%"), or after
    "off" on a copula ("shares were off 2%", "the index was off 120 points")."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in _PHRASAL_FILLERS:
        k -= 1
    if k < 1:
        return None
    particle, verb = doc[k], doc[k - 1]
    after = doc[num.tok_end] if num.tok_end < len(doc) else None
    if num.kind != "money" and num.kind != "percent" and not (after is not None and after.lower_ in _UNIT_WORDS):
        return None  # a move of a price or a level, not "gave up 517 rushing yards"
    if particle.lower_ == "off" and verb.lemma_.lower() == "be":
        return "down"
    return _PHRASAL_MOVES.get((verb.lemma_.lower(), particle.lower_))


_PHRASAL_FILLERS = {"about", "around", "nearly", "almost", "roughly", "some", "another", "a", "further", "$", "£", "€", "by"}  # ("were off by 0.3%")


# verbs that move what they act on by the number before "higher"/"lower": "the news sent shares 10%
# higher", "the sell-off left the index 2% down"
_CAUSED_MOVES = {"send", "push", "drag", "pull", "lift", "knock", "drive", "leave", "take"}
_COMPARATIVES = {"higher": "up", "lower": "down", "up": "up", "down": "down"}
_UNIT_WORDS = {"%", "percent", "per", "cent", "points", "point", "cents", "pence", "basis", "paise"}


def caused_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "sent shares 10% higher", "dragged the index 0.4% lower", "left it 2% down"."""
    k = _after_unit(doc, num)
    if k >= len(doc) or doc[k].lower_ not in _COMPARATIVES:
        return None
    verb = doc[k].head
    if verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # "pushed the stock 3% lower": the comparative hangs on the object
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CAUSED_MOVES or verb.i > num.tok_start:
        return None
    return _COMPARATIVES[doc[k].lower_]


# verbs of a move that leave its way to the comparative: "edged 0.1% lower", "moved 0.3% higher"
_MOTION_VERBS = {"be", "edge", "inch", "tick", "move", "go", "creep", "drift", "head", "trend"}
# comparatives after "was"/"were" (or a verb of a session or a move) and a number that tell how a
# market moved: a currency is "weaker" or "stronger", "firmer" or "softer", a price "higher" or "lower"
_STATED_MOVES = {"higher": "up", "lower": "down", "stronger": "up", "weaker": "down", "firmer": "up", "softer": "down"}


def stated_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a move stated with "be" and a comparative, as wire reports give the day's move:
    "the euro was 0.3% higher at $1.0950", "the yuan was 0.1% weaker", "stocks were last 1% lower",
    "the rand closed 0.5% weaker", "the euro edged 0.1% lower", "copper slipped 0.5% lower"
    (not "was 5% higher than a year ago", "3% lower in real terms than in 2008", comparisons)."""
    k = _after_unit(doc, num)
    if k >= len(doc) or doc[k].lower_ not in _STATED_MOVES or compared_after(doc, k):
        return None
    verb = doc[k].head
    lemma = verb.lemma_.lower()
    if lemma not in SESSION_VERBS | _MOTION_VERBS and verb_direction(verb) is None or verb.i > num.tok_start \
            or any(t.is_punct or t.like_num for t in doc[verb.i + 1:num.tok_start]):
        return None
    return _STATED_MOVES[doc[k].lower_]


# prepositions of when or why a market moved, which the parser may take a change's size to measure
# (not "above", "below": "rose 10%, 20% above forecasts" compares)
_WHEN_PREPOSITIONS = {"after", "on", "following", "in", "amid", "since", "during", "before", "as", "with"}


def move_before_preposition(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """up / down for a change the parser hangs on the preposition after it, as if "2 cents after" were
    "2 days after": "the euro shed 2 cents after the data", "lost half a cent on the news" (not a span
    of time: "rose two days after the vote", nor a comparison: "rose 10%, 20% above forecasts")."""
    if unit in DURATION_UNITS or unit in _TRADING_PERIODS:
        return None
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod", "det", "predet") and node.head.i >= num.num_end \
            and node.head.i - num.num_end < 3:
        node = node.head  # ("half a cent": the article stands last in the number)
    prep = node.head
    if node.dep_ != "npadvmod" or prep.lower_ not in _WHEN_PREPOSITIONS or prep.dep_ != "prep" or prep.i != node.i + 1:
        return None
    verb = prep.head
    return verb_direction(verb) if verb.pos_ == "VERB" and verb.i < num.tok_start else None


def _change_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose change the number (or the noun it counts) states: "fell 3%", "rose by 2%"."""
    node = doc[end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= end and node.head.i - end < 3:
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "by":
        head = head.head
    return head if head.pos_ == "VERB" else None


def conjoined_change(doc: Doc, num: NumberSpan, out: list[Quantity]) -> str | None:
    """The change of an earlier number of the sentence when this one is its verb's second object:
    "fell 4% on Monday and a further 2% on Tuesday", "gained 18% this year and 25% over a year",
    "dropped 5% against the dollar and 3% against the euro" (the verb is said once)."""
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= num.num_end and node.head.i - num.num_end < 3:
        node = node.head
    if node.dep_ != "conj" or node.head.pos_ != "VERB":
        return None
    verb = node.head
    for before in reversed(out):
        if not before.change:
            continue
        span = doc.char_span(before.start, before.end, alignment_mode="expand")
        if span is not None and span.sent.start == verb.sent.start and _change_verb(doc, span.start, span.end) == verb:
            return before.change
    return None


# words before a number that make it a level or a term of comparison, not a change said again
_LEVEL_WORDS = {"to", "at", "from", "of", "than", "versus", "vs", "vs.", "against", "over", "under", "between", "on"}


def gapped_change(doc: Doc, spans: list[NumberSpan], out: list[Quantity], k: int) -> str | None:
    """The change of an earlier number in the same unit when the verb is left out before this one:
    "the Dow rose 1%, the S&P 500 1.2% and the Nasdaq 1.5%", "gold rose 1% and silver 2%",
    "home sales dropped 5% and the median price 2%" (not "rose 5% to 45%", a level, nor "and 30% of
    voters", a share, nor a number with a verb of its own between, nor "after a 0.2% decline")."""
    num = spans[k]
    start = num.tok_start
    after = doc[num.tok_end] if num.tok_end < len(doc) else None
    if start == 0 or doc[start - 1].lower_ in _LEVEL_WORDS or doc[start - 1].pos_ == "DET" or doc[start - 1].tag_ == "POS" \
            or after is not None and (after.lower_ == "of" or after.pos_ == "NOUN" and not _names_unit(after, out[k].unit)):
        return None  # (nor "a 0.2% decline", a noun of change, which states its size only)
    for j in range(k - 1, -1, -1):
        before = out[j]
        if not before.change or before.unit != out[k].unit:
            continue  # (the same change restated in other units may stand between: "60 cents, or 0.7%")
        gap = doc[spans[j].tok_end:start]
        if len(gap) > 15 or any(t.pos_ in ("VERB", "AUX") and not mistagged_name(t) or t.is_sent_start for t in gap):
            return None
        # "and", or a comma with a new subject or time ("the Dow rose 1%, the S&P 500 1.2%"), not a bare
        # comma ("rose 10%, 20% above forecasts")
        said_again = any(t.lower_ == "and" for t in gap) or any(t.text == "," for t in gap) and any(t.is_alpha for t in gap) \
            or _new_subject_without_comma(doc, gap)
        if not said_again:
            return None
        k = _after_unit(doc, num)
        word, then = (doc[k].lower_ if k < len(doc) else ""), (doc[k + 1].lower_ if k + 1 < len(doc) else "")
        if word in _COMPARATIVES and then != "than":
            return _COMPARATIVES[word]  # "with HSBC down 3.2% and Standard Chartered 2.9% lower"
        return None if word in _COMPARING and not period_after(doc, k) else before.change
    return None


def _new_subject_without_comma(doc: Doc, gap: Span) -> bool:
    """'the Dow rose 1% the S&P 500 1.2%', 'grew 10% in the first quarter 12% in the second': a new
    subject or time, with no level word, in a sentence whose commas were stripped."""
    return 0 < len(gap) <= 6 and any(t.is_alpha for t in gap) and not any(t.lower_ in _LEVEL_WORDS for t in gap) \
        and commaless(gap[0])


# words after a number and its unit that compare it with something: "20% above forecasts"
_COMPARING = {"above", "below", "higher", "lower", "more", "less", "than", "short", "ahead", "behind", "over", "under"}


def _after_unit(doc: Doc, num: NumberSpan) -> int:
    """The index of the first word after the number and the words of its unit ("2.9 per cent")."""
    k = num.tok_end
    while k < len(doc) and k - num.tok_end < 2 and doc[k].lower_ in _UNIT_WORDS:
        k += 1
    return k


def _names_unit(tok: Token, unit: str) -> bool:
    """The token names the quantity's unit: "cents" for "cent", "points" for "point"."""
    return tok.lower_ in MEASURE_UNITS or tok.lower_ in CURRENCY_NAMES or tok.lemma_.lower() in unit.split()


def particle_then_level(doc: Doc, num: NumberSpan, verbs: set[str]) -> bool:
    """The "up"/"down" before "to" is the particle of a verb of movement, and the number the level it
    reached: "unemployment ticked up to 3.8%", "inflation edged down to 2.1%" (no change, as "rose to
    3.8%"). ``verbs`` are those whose particle gives the way ("tick", "edge"): "dip down to" keeps
    the change of "dip", as the annotators have it."""
    k = num.tok_start
    if doc[k].lower_ not in ("up", "down"):
        k -= 1  # the particle may stand before the span: "ticked down | to 2.1%"
    return 0 < k < num.num_start and doc[k].lower_ in ("up", "down") and doc[k + 1].lower_ == "to" \
        and doc[k - 1].pos_ == "VERB" and doc[k - 1].lemma_.lower() in verbs


def average_of_change(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a change verb before "an average of", "a total of": "rents rose an average of 7.2%",
    "the index gained a total of 300 points" (not "rose to an average of 7.2%", a level)."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in _BY_FILLERS and num.tok_start - k <= 4:
        k -= 1
    if k < 0 or num.tok_start - k < 3 or doc[num.tok_start - 1].lower_ != "of":
        return None
    verb = doc[k]
    if verb.pos_ != "VERB" or verb.lemma_.lower() in CHANGE_TRANSITIVE:
        return None
    return verb_direction(verb)


# units that measure the size of a change, never a thing acted on
_CHANGE_MEASURES = {"percent", "percentage point", "basis point", "point"}


def measured_change(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """up / down for a change measured in percent or points after a verb that otherwise takes what it
    changes: "margins widened 50 basis points", "the bank cut rates 25 basis points", "lifted its
    forecast 2 points" (not "cut 5% of its workforce", a share of what was cut, nor "cut 3,000 jobs")."""
    if unit not in _CHANGE_MEASURES or num.tok_end < len(doc) and doc[num.tok_end].lower_ == "of":
        return None
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= num.num_end and node.head.i - num.num_end < 3:
        node = node.head
    if node.dep_ == "appos" and node.head.dep_ == "dobj":
        node = node.head  # "improved its ratio 40 basis points": the parser makes the points the ratio's
    verb = node.head
    if node.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_TRANSITIVE:
        return None
    return verb_direction(verb)


# verbs that take an amount off a value: "wiped $90bn off its market value", "knocked 12% off the price"
_TAKE_OFF_VERBS = {"wipe", "knock", "erase", "strip", "lop", "chop", "slice", "shave"}  # (not "take": "took $5,000 from the till")
_CURRENCIES = set(CURRENCY_NAMES.values())


def taken_off(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """down for a sum or a share taken off a value: "the sell-off wiped $90bn off its market value",
    "the warning knocked 12% off the share price", "erased $30bn from its value" (not "knocked 300 people
    off the road", a count of what was moved)."""
    if unit not in _CHANGE_MEASURES and unit not in _CURRENCIES:
        return None
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= num.num_end and node.head.i - num.num_end < 3:
        node = node.head
    verb = node.head
    if node.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKE_OFF_VERBS:
        return None
    away = any(c.dep_ == "prep" and c.lower_ in ("off", "from") and c.i > node.i for c in verb.children)
    return "down" if away else None
