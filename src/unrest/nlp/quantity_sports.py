"""Numbers of sports, entertainment and crisis copy that a general extractor reads differently
from other news, found in real reports: a match's score before the result it names ("a 4-1
comeback victory", "the 3-3 draw", "won 6-4 6-3", "a 3–1 win") is no range; a chart position
("#1 in 23 countries", "No. 1 in 94 countries") and "half-time" are no quantities; ratings and
chart copy write thousands and millions with a glued letter ("67K SEA units", "8.21m (33.8%)
tuned in", "10k+ season tickets"); a poll's two shares are two quantities ("leads 54%-44%"); and
some numbers near a change verb state no change ("she jumped 6.95m", "six minutes from time",
"fell short by 14 runs").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.nlp.number_filters import _unit_word
from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import SCALES, SMALL, TENS

if TYPE_CHECKING:
    from unrest.nlp.quantities import Quantity

# nouns of a finished match's result that its score qualifies ("a 5-2 rout", "the 2-0 league
# defeat", "a 3-3 draw"); the tallies of votes and rulings stay in quantity_forms, and a score
# still under way keeps its noun as NewsQuant labels it ("a 9-2 lead": a range of leads)
RESULT_NOUNS = {"win", "victory", "defeat", "loss", "draw", "stalemate", "tie", "rout", "thrashing", "drubbing",
                "hammering", "humbling", "mauling", "battering", "demolition", "triumph", "success", "upset",
                "reverse", "setback", "comeback", "scoreline", "result", "romp", "stroll", "match", "game",
                "final", "replay", "shootout", "hiding", "record"}  # ("a 17-9 record": wins and losses)


def score_before_result(doc: Doc, i: int) -> bool:
    """Either side of '5-2' in 'a 5-2 rout', 'the 2-0 league defeat', 'a 3-3 draw': two whole
    numbers joined by a dash, the larger (or the same) first, before a noun phrase that names a
    match's result, so a score, no range ('a 3-5 day course' names a range of days)."""
    first = _dashed_pair_start(doc, i)
    if first is None:
        return False
    left, right = int(doc[first].text), int(doc[first + 2].text)
    if right > left or left > 200:
        return False  # (a range runs upward; no score is a year: "the 2019-18 season" is no score either)
    return _result_after(doc, first + 3) or _dashed_pair_start(doc, first + 3) == first + 3  # "won 6-4 6-3"


def _result_after(doc: Doc, k: int) -> bool:
    """A noun phrase starting at ``k`` names a match's result ("a 4-3 extra-time triumph")."""
    start = k
    if k < len(doc) and doc[k].lower_ in RESULT_NOUNS:
        return True  # (the tagger may miss the noun right after a score: "the 0–0 draw")
    while k < len(doc) and k - start <= 4 and (doc[k].pos_ in ("ADJ", "NOUN") or doc[k].text == "-"):
        if doc[k].lemma_.lower() in RESULT_NOUNS:
            return True
        k += 1
    return False


def one_token_score(doc: Doc, i: int, low: float, high: float) -> bool:
    """A score the tokenizer kept in one token, with an en dash: 'a 3–1 win', 'won 112–98.', 'took
    the lead, 113–112,' (the larger side first, before its result or standing bare)."""
    if high > low or low > 200 or not (low.is_integer() and high.is_integer()):
        return False
    if _result_after(doc, i + 1):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    bare = nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "ADV")
    return high < low and bare


def _dashed_pair_start(doc: Doc, i: int) -> int | None:
    """The first number of a glued 'N-M' pair of whole numbers that the token ``i`` belongs to."""
    for first in (i, i - 2):
        if first < 0 or first + 2 >= len(doc):
            continue
        dash, second = doc[first + 1], doc[first + 2]
        if dash.text in ("-", "–") and not doc[first].whitespace_ and not dash.whitespace_ \
                and doc[first].text.isdigit() and second.text.isdigit():
            return first
    return None


def chart_position(doc: Doc, i: int) -> bool:
    """'#1 in 23 countries', 'the #2 track': a rank on a chart, written with a number sign."""
    return i > 0 and doc[i].text.isdigit() and doc[i - 1].text == "#" and not doc[i - 1].whitespace_


def half_time(doc: Doc, i: int) -> bool:
    """'just before half-time', 'at halftime': the interval of a match, no half."""
    word = doc[i].lower_
    if word in ("halftime", "half-time"):
        return True
    return word == "half" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "time" \
        and not doc[i].whitespace_


# what a number glued to "K" names when it is a race's distance ("a 5K run", "won the 10K")
_RACE_WORDS = {"race", "run", "walk", "fun", "road", "trail", "event", "title", "record", "course"}


def glued_thousands(doc: Doc, j: int) -> bool:
    """The capital "K" the tokenizer split from the digits before it is a thousand: '66K in
    streaming', '67K SEA units', '94K weekly consumption units', where 'a 5K race' or 'won the
    10K in 31 minutes' is a race's distance."""
    if doc[j].text != "K" or j < 1 or doc[j - 1].whitespace_ or not doc[j - 1].text.replace(".", "").isdigit():
        return False
    k = j + 1
    while k < len(doc) and k - j <= 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].tag_ not in ("NNS", "NNPS"):
        if doc[k].lower_ in _RACE_WORDS:
            return False
        k += 1
    if k < len(doc) and doc[k].tag_ in ("NNS", "NNPS") and doc[k].is_alpha:
        return True  # a count of the plural noun after it
    return float(doc[j - 1].text) >= 20 and k == j + 1  # ("66K in streaming"; no race is that long)


_SHARED_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def scale_after_range(doc: Doc, k: int) -> float:
    """The scale word after a money range written in one token, which both sides share: '$60-$70
    million' (a box-office forecast) is 60 to 70 million dollars; 1 where none follows."""
    return _SHARED_SCALE_WORDS.get(doc[k].lower_, 1.0) if k < len(doc) else 1.0


# a pair of shares, the larger first, joined by a dash or "to": "50%-46%", "53 percent to 42 percent"
_SHARES_PAIR = re.compile(r"^(\d[\d.,]*\s*(?:%|percent|per cent)?)\s*(?:-|–|to)\s*(\d[\d.,]*)")


def split_share_tallies(quantities: list[Quantity]) -> list[Quantity]:
    """A poll's or a vote's two shares, the larger first ('leads by 54%-44%', '53 percent to 42
    percent'), are two quantities, not a range, which runs upward ('from 5% to 3%', which the
    range reads from the earlier level, keeps its words)."""
    out = []
    for q in quantities:
        m = _SHARES_PAIR.match(q.text)
        if q.unit != "percent" or q.value_max is None or q.value_max >= q.value or m is None:
            out.append(q)
            continue
        second_at = q.start + m.start(2)
        out.append(replace(q, value_max=None, qualifier="exact", text=m.group(1), end=q.start + len(m.group(1))))
        out.append(replace(q, value=q.value_max, value_max=None, qualifier="exact", change=None,
                           text=q.text[m.start(2):], start=second_at))
    return out


def hyphened_half(doc: Doc, j: int) -> int | None:
    """The end of '-and-a-half' glued after a number ('a four-and-a-half-year deal'), so the
    number takes the half; None where it does not follow."""
    words = [t.lower_ for t in doc[j:j + 6]]
    if words == ["-", "and", "-", "a", "-", "half"] and not any(t.whitespace_ for t in doc[j - 1:j + 5]):
        return j + 6
    return None


def half_a_scale(doc: Doc, i: int) -> tuple[float, int] | None:
    """'a half-million survivors', 'half-a-million people': half the scale word, and where the
    number ends."""
    k = i + 1 if doc[i].lower_ == "a" else i
    if k + 2 >= len(doc) or doc[k].lower_ != "half" or doc[k + 1].text != "-":
        return None
    if doc[k + 2].lower_ in _SHARED_SCALE_WORDS:
        return _SHARED_SCALE_WORDS[doc[k + 2].lower_] / 2, k + 3
    return None


def no_share(doc: Doc, i: int, end: int) -> bool:
    """'N in M' that is no share: a rank ('No. 1 in 94 countries', 'number one in 40 markets') or
    a pace ('reached 50 in 65 minutes', where a unit follows the second number)."""
    if i > 0 and doc[i - 1].lower_ in ("no.", "no", "number", "#") or i > 1 and doc[i - 1].text == "." \
            and doc[i - 2].lower_ == "no":
        return True  # (the tokenizer may cut "No." in two)
    return end < len(doc) and _unit_word(doc[end].text)


# words before "18s" or "70s" that make it an age group, not seconds: "under-18s", "in their 70s"
_AGE_GROUP_WORDS = {"under", "over", "their", "his", "her", "early", "mid", "late"}


def age_group(doc: Doc, num: NumberSpan) -> bool:
    """'juveniles (under 18s)', 'the over-65s', 'all in their 70s': a whole number glued to a
    plural "s" after these words is an age group, where '9.58s' is seconds."""
    k = num.num_start
    while k > 0 and doc[k - 1].text == "-":
        k -= 1  # "under-18s"
    return num.suffix == "s" and float(num.value).is_integer() and num.value_max is None and k > 0 \
        and doc[k - 1].lower_ in _AGE_GROUP_WORDS


# words of TV and radio ratings before a figure in millions: "ratings of 9.22m", "an audience of 6.1m"
_AUDIENCE_WORDS = {"viewer", "audience", "rating", "viewing", "listener", "viewership"}
_AUDIENCE_VERBS = {"tune", "watch", "stream"}


def audience_figure(doc: Doc, i: int) -> bool:
    """A glued "m" that counts an audience in millions, not metres: '8.21m (33.8%) tuned in' (a
    share of the audience in brackets after it), 'last year's ratings of 9.22m', '6.1m watched'."""
    if i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 2].like_num and doc[i + 3].text == "%":
        return True
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return False  # ("watched the 100m final": a distance that names the race)
    n = i if doc[i].like_num else i - 1  # (the number, where the tokenizer split the "m" off)
    if n > 1 and doc[n - 1].lower_ == "of" and doc[n - 2].lemma_.lower() in _AUDIENCE_WORDS:
        return True  # "ratings of 9.22m", "an audience of 6.1m"
    verb = next((a for a in doc[i].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _AUDIENCE_VERBS


_SCALED_PLUS = re.compile(r"^(\d+(?:\.\d+)?)(k|m|bn)\+$", re.IGNORECASE)


def scaled_plus(text: str) -> float | None:
    """'10k+ season tickets', '13k+ crowds': a scaled number and a plus in one token (a floor)."""
    m = _SCALED_PLUS.match(text)
    return float(m.group(1)) * {"k": 1e3, "m": 1e6, "bn": 1e9}[m.group(2).lower()] if m else None


_LENGTHS = {"metre", "centimetre", "kilometre", "foot", "inch", "yard", "mile"}
_LEAP_VERBS = {"jump", "leap", "vault", "climb", "throw", "hurl"}


def athlete_distance(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'She jumped 6.95m', 'he leapt 8.21m': a person's jump or throw measured in a length is no
    rise of anything ('prices jumped 8%' is)."""
    if unit not in _LENGTHS:
        return False
    verb = next((a for a in doc[num.num_end - 1].ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _LEAP_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she", "i", "we", "they") or subject.ent_type_ == "PERSON")


def one_as_pronoun(doc: Doc, i: int) -> bool:
    """'twice in one's career': "one" with a possessive is the pronoun, no count."""
    return doc[i].lower_ == "one" and i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")


_DURATIONS = {"second", "minute", "hour", "day", "week", "month", "year"}
# words after a duration that make it the moment of an event: "two minutes later", "six minutes from time"
_MOMENT_WORDS = {"later", "earlier", "ago", "before", "after", "from", "into", "left", "remaining"}


def moment_of_an_event(doc: Doc, num: NumberSpan) -> bool:
    """'popped up again six minutes from time', 'prices rose 3% two days later': a duration that
    dates an event, no change (the change verb near it moved something else)."""
    k = num.tok_end
    return k + 1 < len(doc) and doc[k].lemma_.lower() in _DURATIONS and doc[k + 1].lower_ in _MOMENT_WORDS


def short_of_a_mark(doc: Doc, num: NumberSpan) -> bool:
    """'fell short by just 14 runs', 'fell 26 seconds short of the record': a gap to a mark, no fall."""
    verb = next((a for a in doc[num.num_end - 1].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() == "fall" and any(c.lower_ == "short" for c in verb.children)


# comparatives a share may stand before: "a third lower than in 2002"
_COMPARATIVES = {"lower", "higher", "more", "less", "fewer", "smaller", "bigger", "larger", "cheaper", "dearer"}


def standalone_share(doc: Doc, k: int, plural_ok: bool) -> bool:
    """The fraction word at ``k`` ends a share standing alone, with nothing counted after it:
    'or two-thirds,', 'about a third were children', 'a third lower' (not 'a third term')."""
    if doc[k].lower_ in ("half", "halves") or not plural_ok:
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.text in ("-", "–"):
        return False  # "a third-party evaluation": a compound
    return nxt is None or nxt.is_punct or nxt.pos_ in ("AUX", "VERB") or nxt.lower_ in _COMPARATIVES


def golf_score_after_par(doc: Doc, num: NumberSpan) -> bool:
    """'shot a 6-under 66', 'a 2-over 74': the "under" or "over" glued by a hyphen to the number
    before it is that score's side of par, no bound on the round after it."""
    k = num.num_start
    return k > 2 and doc[k - 1].lower_ in ("under", "over") and doc[k - 2].text == "-" \
        and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_ and doc[k - 3].like_num


def titled_number(doc: Doc, i: int) -> bool:
    """'Fifty Shades of Grey', 'Three Billboards', 'the Three Lions': a capitalised number word
    inside a sentence, before another capitalised word, opens a title or a name, no quantity
    (not in a headline written in title case, where every word is capitalised)."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower()) or tok.i == tok.sent.start:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or not (nxt.is_alpha and nxt.text[:1].isupper()) or _unit_word(nxt.text) \
            or nxt.lower_ in SCALES or nxt.lower_ in SMALL or nxt.lower_ in TENS:
        return False  # ("a fine not to exceed Ten Thousand Dollars": a number in capitals)
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.text[:1].islower() for t in words) * 2 >= len(words)  # (half the sentence or more is lower case)
