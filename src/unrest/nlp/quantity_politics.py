"""Numbers of political copy that a general extractor reads differently from other news, found in
real reports of elections, polls, budgets and migration figures: a candidate's count and share
before a signed swing ("Ruiz 1,204 (38.2%, +6.1%), Bell 950 (30.0%)") state levels, not the
swing; "to 25% from 2031" names when a rate starts, no range from a year; a verbless headline
moves ("asylum claims down by 12%"); and a share taken ("snapped up 40 percent of the seats")
is a part of a whole, not a rise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan

if TYPE_CHECKING:
    from unrest.nlp.quantities import Quantity

_YEAR = re.compile(r"(18|19|20)\d\d")
_SIGNED = re.compile(r"^[+\-−–]")


def year_after_from(doc: Doc, start: int, end: int, value: float) -> bool:
    """The number from ``start`` to ``end`` after "from" is a bare year that says when a level
    applies ("raise the levy to 25% from 2031"), not the earlier level of a "to X from Y" range
    (a level that small is never the same quantity as a year: "to 1,950 from 2,100" stays a range)."""
    return end - start == 1 and _YEAR.fullmatch(doc[start].text) is not None and abs(value) < 1000


def bracketed_levels(doc: Doc, out: list[Quantity]) -> None:
    """A share in brackets after a candidate's or party's count ("Ruiz 1,204 (38.2%, +6.1%)",
    "Bell 950 (30.0%)") is that side's level: only a signed figure in the brackets is the swing,
    so an unsigned share keeps no change carried over from the swing before it."""
    for quantity in out:
        if quantity.change is None or _SIGNED.match(quantity.text):
            continue
        k = _token_at(doc, quantity.start)
        if k is None or k < 2 or doc[k - 1].text != "(":
            continue
        if any(t.lower_ == "to" for t in doc[k:k + 4]):
            continue  # "(12.3 percent to 48.8 percent)": a change and the level it reached, no share
        before = doc[k - 2]
        count = next((q for q in out if q.end == before.idx + len(before.text)), None)
        if before.pos_ == "PROPN" or before.like_num and (count is None or count.change is None):
            quantity.change = None  # the name or the count the share belongs to (not "fell 4,100 (1.9%)")


def verbless_move(doc: Doc, num: NumberSpan) -> str | None:
    """A move written without a verb, as headlines and summaries do: "asylum claims down by 12%",
    "turnout up by 3 points" ("up"/"down" and "by" hang from the noun, or from a form of "be")."""
    k = num.tok_start
    if k < 2 or doc[k - 1].lower_ != "by" or doc[k - 2].lower_ not in ("up", "down") or doc[k - 2].dep_ == "prt":
        return None
    head = doc[k - 2].head
    if head.pos_ in ("NOUN", "PROPN") or head.lemma_ == "be":
        return doc[k - 2].lower_
    return None


def share_taken(doc: Doc, num: NumberSpan) -> bool:
    """A share or amount "of" a whole as the object of a verb with "up" ("snapped up 40 percent of
    the seats", "ate up a third of the budget") is the part taken, not how far a level rose."""
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i > node.i and node.head.i - num.num_end < 3:
        node = node.head
    if node.dep_ != "dobj" or node.head.pos_ != "VERB":
        return False
    verb = node.head
    particle = any(c.dep_ == "prt" and c.lower_ == "up" and c.i < num.num_start for c in verb.children)
    of_whole = any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                   for c in node.children)
    return particle and of_whole


def _token_at(doc: Doc, char: int) -> int | None:
    for tok in doc:
        if tok.idx == char:
            return tok.i
        if tok.idx > char:
            break
    return None


# verbs a chamber's or a court's tally follows: "the Senate voted 50–48", "approved 61–38"
_TALLY_VERBS = {"vote", "pass", "approve", "confirm", "reject", "defeat", "adopt", "rule", "split", "back", "carry"}
# nouns a tally qualifies: "a 5–4 ruling", "a 54–45 vote"
_TALLY_NOUNS = {"vote", "ruling", "decision", "verdict", "majority", "margin", "tally"}


def one_token_tally(doc: Doc, i: int, low: float, high: float) -> bool:
    """A vote's tally the tokenizer kept in one token with an en dash ("the Senate voted 50–48 to
    confirm", "a 5–4 ruling"): two whole numbers, the larger first, after a verb of voting or before
    a tally's noun, state no range (the hyphenated "52-48" is read in quantity_forms)."""
    if not (low.is_integer() and high.is_integer()) or high > low:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.lemma_.lower() in _TALLY_NOUNS:
        return True
    for tok in reversed(doc[max(0, i - 4):i]):  # "voted 50–48", "approved the measure 212–201"
        if tok.is_punct or tok.like_num:
            return False
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _TALLY_VERBS:
            return True
    return False


def base_after_a_move(doc: Doc, num: NumberSpan) -> bool:
    """'up 7 percent over $704 million in 2023': an amount after "over" that follows a move in per
    cent or points is the base the move is measured against, no floor ("more than")."""
    k = num.tok_start
    if k < 3 or doc[k].lower_ != "over" or doc[k - 1].lower_ not in ("%", "percent", "cent", "point", "points"):
        return False
    window = doc[max(0, k - 6):k - 1]
    return any(t.like_num for t in window) and any(
        t.lower_ in ("up", "down") or t.lemma_.lower() in _MOVE_VERBS for t in window)


_MOVE_VERBS = {"rise", "fall", "grow", "increase", "decrease", "drop", "climb", "jump", "decline", "gain", "lose"}


def count_before_its_share(doc: Doc, i: int) -> bool:
    """'Greens 950 (30.0%)', 'Ruiz 1,204 (38.2%, +6.1%)': a count after a name, with its share in
    brackets straight after, is a candidate's or a party's votes, not part of the name (a version
    or a model number is small: "Windows 11 (35%)" stays a name)."""
    if i + 3 >= len(doc) or doc[i + 1].text != "(" or not doc[i + 2].like_num:
        return False
    value = doc[i].text.replace(",", "")
    return doc[i + 3].lower_ in ("%", "percent") and value.isdigit() and int(value) >= 100


# verbs of a revision or an uprating whose "by" gives the move: "the forecast was downgraded by 0.3
# points", "benefits are uprated by 6.7%", "the currency was devalued by 10%"
_REVISION_VERBS = {"upgrade": "up", "downgrade": "down", "uprate": "up", "devalue": "down", "revalue": "up"}


def revised_by(doc: Doc, num: NumberSpan) -> str | None:
    """The amount after "by" that a verb of revision governs: its direction ("upgraded its
    forecast by 0.2 points": up)."""
    k = num.tok_start
    if k < 1 or doc[k - 1].lower_ != "by":
        return None
    head = doc[k - 1].head
    lemma = head.lemma_.lower()
    if head.pos_ not in ("VERB", "AUX") and not head.lower_.startswith(tuple(_REVISION_VERBS)):
        return None
    return next((move for verb, move in _REVISION_VERBS.items() if lemma == verb or head.lower_.startswith(verb[:-1])), None)


_PERIODS = {"year", "month", "week", "day", "quarter", "decade"}
_PERIOD_PREPOSITIONS = {"in", "over", "for", "within", "during", "after", "across", "through"}
_PERIOD_DETERMINERS = {"the", "past", "last", "previous", "first", "next", "latest", "preceding"}


def a_period_phrase(doc: Doc, quantity: Quantity) -> bool:
    """'over the 12 months', 'in the past five years': the quantity is the period a figure covers,
    so a figure compared after it ("compared with 247,000 in the year before") counts no months."""
    if quantity.unit not in _PERIODS:
        return False
    k = _token_at(doc, quantity.start)
    while k is not None and k > 0 and doc[k - 1].lower_ in _PERIOD_DETERMINERS:
        k -= 1
    return k is not None and k > 0 and doc[k - 1].lower_ in _PERIOD_PREPOSITIONS


def bracketed_count_after_share(doc: Doc, out: list[Quantity]) -> None:
    """'down 6% (-2,748)', 'fell 12% (1,904)': a whole count in brackets after a share restates the
    move as a number of things, so it takes no per cent from the share before it."""
    for before, quantity in zip(out, out[1:]):
        if before.unit != "percent" or quantity.unit != "percent" or "%" in quantity.text or "cent" in quantity.text:
            continue
        if doc.text[before.end:quantity.start].strip() == "(" and float(quantity.value).is_integer() \
                and ("," in quantity.text or abs(quantity.value) >= 100):
            quantity.unit = "-"


def informal_million(word: str, money: bool) -> bool:
    """'$4.4 mil', '$10 mil.': an informal "million" after a sum of money (headlines, US copy);
    elsewhere "mil" is a thousandth of an inch ("a 6 mil liner")."""
    return money and word.lower() in ("mil", "mill")


# contests one loses by a margin: "lost the runoff by 4 points", "lost the vote by 12 votes"
_CONTESTS = {"election", "vote", "race", "seat", "primary", "runoff", "contest", "ballot", "referendum", "poll",
             "case", "appeal", "motion", "nomination", "leadership", "caucus", "district", "state", "county"}


def margin_of_defeat(doc: Doc, num: NumberSpan) -> bool:
    """'lost the runoff to her rival by 4 points': the amount after "by" is the margin a contest
    was lost by, no fall of a level ("lost ground by 3%" is one)."""
    k = num.tok_start
    if k < 1 or doc[k - 1].lower_ != "by":
        return False
    verb = doc[k - 1].head
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "lose":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CONTESTS for c in verb.children)


# verbs of a standing reached, after which "N seats down" states a loss: "finished nine seats down"
_STANDING_VERBS = {"end", "finish", "be", "leave", "sit", "stand", "come", "emerge", "remain"}


def count_then_direction(doc: Doc, num: NumberSpan) -> str | None:
    """'finished nine seats down', 'ended the night 14 councillors up': "up" or "down" right after
    the counted noun of a standing gives the count's direction (not after another verb: "shot two
    drones down" counts what was downed)."""
    k = num.num_end
    if k + 1 >= len(doc) or doc[k].tag_ != "NNS" or doc[k + 1].lower_ not in ("up", "down"):
        return None
    particle = doc[k + 1]
    verb = particle.head.head if particle.head.i == k else particle.head  # ("4 seats up": hung from the noun)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _STANDING_VERBS:
        return None  # (the verb, not the parser's "prt", tells a standing from a phrasal verb)
    return particle.lower_
