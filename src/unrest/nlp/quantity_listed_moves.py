"""Moves listed after one verb: "fell 6.2%, 5.4% and 7.9% respectively", "is down 9% over the past
month and 23% over the past year"."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan


class _Move(Protocol):
    unit: str
    change: str | None
    qualifier: str
    start: int
    end: int


def list_middle_change(doc: Doc, moves: list[_Move]) -> None:
    """Every member of a list of moves after one verb moves the same way: "fell 6.2%, 5.4% and 7.9%",
    "added 61.2, 40.5 and 12.8 points" (the parser may give the verb to one member only; a bare comma
    alone, "rose 10%, 20% above forecasts", makes no list: the closing "and" does)."""
    text = doc.text
    k = 0
    while k < len(moves):
        j = k + 1
        while j < len(moves) and moves[j].unit == moves[k].unit and text[moves[j - 1].end:moves[j].start].strip() == ",":
            j += 1  # moves[k:j] are joined by bare commas
        run = moves[k:j + 1]
        closed = j < len(moves) and moves[j].unit == moves[k].unit and j - k > 1 \
            and text[moves[j - 1].end:moves[j].start].strip() in ("and", ", and", "or", ", or")
        changes = {m.change for m in run if m.change}
        first = doc.char_span(moves[k].start, moves[k].end, alignment_mode="expand")
        if closed and len(changes) == 1 and first is not None and first.start > 0 and doc[first.start - 1].pos_ == "VERB":
            for move in run:
                if move.change is None and move.qualifier == "exact":
                    move.change = next(iter(changes))
        k = max(j, k + 1)


_PERIOD_STARTS = {"the", "its", "their"}
_PERIOD_ADJECTIVES = {"past", "last", "previous", "same", "first", "second", "next"}


def period_after(doc: Doc, k: int) -> bool:
    """"over the past year", "over its last five sessions": ``doc[k]`` ("over") opens the period of
    a move, not a comparison ("20% over forecasts")."""
    words = [t.lower_ for t in doc[k + 1:k + 3]]
    return doc[k].lower_ in ("over", "in") and len(words) == 2 and words[0] in _PERIOD_STARTS \
        and words[1] in _PERIOD_ADJECTIVES


# a session's verbs (and "was") that may stand right before the size of its move
_SESSION_LEMMAS = {"close", "end", "finish", "settle", "trade", "be"}
# a tick unit between the number and the comparative: "14 paise lower", "6 points higher"
_TICKS = {"points", "point", "cents", "cent", "paise", "pence", "basis"}
_SESSION_COMPARATIVES = {"higher": "up", "lower": "down", "stronger": "up", "weaker": "down", "firmer": "up",
                         "softer": "down", "up": "up", "down": "down"}


def _session_verb_before(doc: Doc, k: int) -> bool:
    return k > 0 and doc[k - 1].pos_ in ("VERB", "AUX") and doc[k - 1].lemma_.lower() in _SESSION_LEMMAS


def compared_after(doc: Doc, k: int) -> bool:
    """A "than" a few words after the comparative at ``k``, before the clause ends."""
    for tok in doc[k + 1:k + 6]:
        if tok.is_punct:
            return False
        if tok.lower_ in ("than", "compared", "relative"):  # ("higher compared to a year ago")
            return True
    return False


def session_comparative(doc: Doc, num: NumberSpan) -> str | None:
    """'ended 1.5 per cent higher with most stocks up', 'settled 9 paise weaker': a session verb
    right before the number and a comparative right after it and its unit, read in order (the
    parser may hang the comparative elsewhere); not "was 5% higher than a year ago"."""
    if not _session_verb_before(doc, num.tok_start):
        return None
    k = num.tok_end
    while k < len(doc) and k - num.tok_end < 2 and doc[k].lower_ in _TICKS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _SESSION_COMPARATIVES or compared_after(doc, k):
        return None  # (not "higher than a year ago", "higher compared to a year ago")
    return _SESSION_COMPARATIVES[doc[k].lower_]


def comparative_before(doc: Doc, num: NumberSpan) -> str | None:
    """'the metals index was lower 36.4 points', 'closed higher 1.2%': the comparative between a
    session verb and the size of the move."""
    k = num.tok_start
    if k < 2 or doc[k - 1].lower_ not in ("higher", "lower") or not _session_verb_before(doc, k - 1):
        return None
    if num.kind != "percent" and (num.tok_end >= len(doc) or doc[num.tok_end].lower_ not in _TICKS):
        return None
    return _SESSION_COMPARATIVES[doc[k - 1].lower_]


def listed_session_move(doc: Doc, moves: list[_Move]) -> None:
    """'closed 1.1 percent and 4.6 percent down respectively': a comparative after a list of moves
    of one session verb gives every member its direction."""
    text = doc.text
    k = 0
    while k < len(moves):
        j = k + 1
        while j < len(moves) and moves[j].unit == moves[k].unit \
                and text[moves[j - 1].end:moves[j].start].strip() in (",", "and", ", and"):
            j += 1
        run = moves[k:j]
        first = doc.char_span(run[0].start, run[0].end, alignment_mode="expand")
        last = doc.char_span(run[-1].start, run[-1].end, alignment_mode="expand")
        if len(run) > 1 and first is not None and last is not None and _session_verb_before(doc, first.start) \
                and all(m.change is None and m.qualifier == "exact" for m in run):
            end = last.end
            while end < len(doc) and end - last.end < 2 and doc[end].lower_ in _TICKS:
                end += 1
            if end < len(doc) and doc[end].lower_ in _SESSION_COMPARATIVES \
                    and (end + 1 >= len(doc) or doc[end + 1].lower_ != "than"):
                for move in run:
                    move.change = _SESSION_COMPARATIVES[doc[end].lower_]
        k = j


def signed_move(doc: Doc, num: NumberSpan) -> str | None:
    """'the Nasdaq (+1.4%)', 'the index is +0.8% in early trade', 'at $1.08, +0.2% on the day': a
    per cent signed in a bracket or after a comma (or a plus after "is") is the day's move (not
    "kept its rate at -0.1%" nor "the yield was -0.2%", levels)."""
    sign = doc[num.tok_start].text[:1]
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    if num.kind != "percent" and after not in ("basis", "bps", "points") or num.value_max is not None \
            or sign not in "+-" or num.tok_start == 0:
        return None  # (a per cent or a move in points: "1.975%, -5.7 basis points")
    before = doc[num.tok_start - 1]
    if before.text in ("(", ",") or sign == "+" and before.lemma_.lower() == "be" and before.pos_ == "AUX":
        return "up" if sign == "+" else "down"
    return None
