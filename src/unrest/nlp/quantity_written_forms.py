"""How values are written, beyond digits and plain number words: shares without "of" ("half
the staff"), "a couple of", a unit and a fraction ("an hour and a half"), mixed numbers with a
spelled fraction ("six and two-thirds"), hyphenated scales ("eight-hundred"), minutes glued after
hours ("2h 30m"), heights ("6-foot-2"), slash fractions of a whole ("1/3 of the budget"), shillings
written apart ("Ksh 203 billion"); and numbers that count nothing ("the 4300 block of", "round 2",
"since '21", "Boeing 747-400", "passed 62% to 38%" as a tally, not a floor).

Each function is hooked into the number finder or :func:`unrest.nlp.quantities.find_quantities`
with one line; the labels follow NewsQuant's tuning half and the audit sets.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

# number_filters is read at call time: it imports this module
from unrest.nlp import number_filters
from unrest.nlp.number_span import NumberSpan, _qualified, _span
from unrest.nlp.number_words import FRACTIONS, MONTHS, SMALL, TENS, number_value

# determiners after a pre-determiner "half" that make it a share of a whole: "half the staff"
_HALF_DETERMINERS = {"the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those"}
# singular nouns that name a group of people or a whole, so "half the workforce" is a share
_WHOLES = {"staff", "workforce", "population", "country", "city", "town", "village", "team", "squad", "crowd",
           "electorate", "class", "school", "army", "force", "company", "industry", "sector", "world", "nation",
           "state", "region", "budget", "crop", "harvest", "forest", "land", "island", "herd", "fleet", "cabinet",
           "party", "board", "parliament", "house", "senate", "council", "membership", "public", "audience",
           "field", "market", "economy", "stock", "supply", "capital", "total", "remainder", "rest"}


def half_the_share(doc: Doc, i: int) -> NumberSpan | None:
    """'half the staff left', 'half its workforce': a share of a group, as "half of the staff" is;
    not "half the price" or "half the time", where the half compares an amount."""
    if doc[i].lower_ != "half" or i + 2 >= len(doc) or doc[i + 1].lower_ not in _HALF_DETERMINERS:
        return None
    if i > 0 and doc[i - 1].lower_ in ("a", "an", "one", "and", "first", "second", "by"):
        return None  # "a half", "one and a half", "the first half", "cut by half the"
    head = doc[i + 1].head
    if head.i <= i + 1 or head.pos_ != "NOUN" or any(t.is_punct for t in doc[i + 2:head.i]):
        return None
    if head.tag_ != "NNS" and head.lemma_.lower() not in _WHOLES:
        return None
    return _qualified(doc, _span(doc, i, i + 2, 0.5, "fraction"))  # (the determiner too: the noun follows)


def couple_of(doc: Doc, i: int) -> NumberSpan | None:
    """'a couple of players', 'a couple of weeks later': about two of a plural noun ("a couple of
    hundred" is read as a scale elsewhere; "the couple" is two people, not a number)."""
    if doc[i].lower_ != "a" or [t.lower_ for t in doc[i + 1:i + 3]] != ["couple", "of"] or i + 3 >= len(doc):
        return None
    k = i + 4 if doc[i + 3].lower_ in _HALF_DETERMINERS else i + 3  # "a couple of the players"
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    if k >= len(doc) or doc[k].tag_ != "NNS" or doc[i + 3].like_num or doc[k].lower_ in ("dozens", "hundreds", "thousands"):
        return None
    span = _span(doc, i, i + 3, 2.0, "count")
    span.qualifier, span.num_end = "approximately", i + 2  # (the counted noun is the object of "of")
    return _qualified(doc, span)


_UNIT_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def unit_and_a_fraction(doc: Doc, i: int) -> NumberSpan | None:
    """'an hour and a half', 'a mile and a quarter', 'a year and a half': one unit and a fraction
    of it. The number's own tokens are the article, so the unit after it is read as usual."""
    if doc[i].lower_ not in ("a", "an", "one") or i + 4 >= len(doc):
        return None
    unit, conj, article, part = doc[i + 1:i + 5]
    if conj.lower_ != "and" or article.lower_ not in ("a", "an") or part.lower_ not in _UNIT_FRACTIONS:
        return None
    if unit.tag_ != "NN" or not number_filters._unit_word(unit.text):
        return None
    span = _span(doc, i, i + 5, 1.0 + _UNIT_FRACTIONS[part.lower_], "count")
    span.num_end = i + 1
    return _qualified(doc, span)


def forms_span(doc: Doc, i: int) -> NumberSpan | None:
    """The forms of this module that open a number at token ``i``."""
    return half_the_share(doc, i) or couple_of(doc, i) or unit_and_a_fraction(doc, i) \
        or height_in_feet_and_inches(doc, i) or half_dozen(doc, i) or out_of_every(doc, i) \
        or fraction_before_noun(doc, i)


def spelled_fraction_after_and(doc: Doc, j: int, value: float) -> tuple[float, int]:
    """'six and two-thirds innings', 'two and three-quarter hours', 'five and a quarter miles': a
    whole number, then "and" and a spelled fraction ("and a half" is read before this)."""
    if j + 2 >= len(doc) or doc[j].lower_ != "and" or not float(value).is_integer():
        return value, j
    top = doc[j + 1].lower_
    numerator = 1.0 if top in ("a", "one") else number_value(top) if top in SMALL else None
    k = j + 3 if j + 3 < len(doc) and doc[j + 2].text == "-" else j + 2
    part = doc[k].lower_ if k < len(doc) else ""
    if numerator is None or part == "half" or part.rstrip("s") not in FRACTIONS:
        return value, j
    share = numerator / FRACTIONS[part.rstrip("s")]
    if not 0 < share < 1 or k + 1 < len(doc) and doc[k + 1].lower_ == "of":
        return value, j  # "two and a third of the votes": two numbers, not one
    return value + share, k + 1


def hyphened_scale(doc: Doc, j: int, words: list[str]) -> bool:
    """The hyphen at ``j`` joins a spelled number to its scale: "eight-hundred", "twenty-thousand"."""
    return doc[j].text == "-" and bool(words) and (words[-1] in SMALL or words[-1] in TENS) \
        and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
        and j + 1 < len(doc) and doc[j + 1].lower_ in ("hundred", "thousand")


_HOURS = re.compile(r"^\d{1,2}(h|hr|hrs)$", re.IGNORECASE)


def minutes_after_hours(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'2h 30m', '3hr 10m': a glued "m" after a number of hours is minutes, not metres."""
    if unit != "metre" or num.tok_start < 1:
        return False
    before = doc[num.tok_start - 1]
    return bool(_HOURS.match(before.text)) or before.lower_ in ("h", "hr", "hrs") and num.tok_start >= 2 \
        and doc[num.tok_start - 2].text.isdigit()


def slash_fraction_kind(doc: Doc, i: int) -> str:
    """'1/3 of the budget' is a share of a whole, as "a third of" is; '1/4 teaspoon' counts a unit."""
    after = doc[i + 1:i + 3]
    return "fraction" if len(after) == 2 and after[0].lower_ == "of" and not number_filters._unit_word(after[1].text) \
        and after[1].lower_ not in ("a", "an") else "count"


_DASHED_AMOUNT = re.compile(r"^(\d{1,3}(?:,\d{2,3})*(?:\.\d+)?|\d+(?:\.\d+)?)/-$")


def dashed_amount(doc: Doc, i: int) -> float | None:
    """'Rs 5,000/-', 'Rs 2,48,95,710/-': Indian copy closes a sum of money with "/-" (no paise
    follow), which the tokenizer keeps glued to the digits."""
    m = _DASHED_AMOUNT.match(doc[i].text)
    if m is None or i == 0 or doc[i - 1].lower_ not in ("rs", "rs.", "₹", "inr"):
        return None
    return float(m.group(1).replace(",", ""))


def street_block(doc: Doc, num: NumberSpan) -> bool:
    """'the 4300 block of Elm Street': US police copy gives an address by its block number."""
    i, j = num.tok_start, num.tok_end
    return i > 0 and doc[i - 1].lower_ == "the" and j + 1 < len(doc) and doc[j].lower_ == "block" \
        and doc[j + 1].lower_ == "of" and num.value_max is None and doc[num.num_start].text.isdigit()


# nouns that open a new figure after "a"/"an", so the article makes no rate: "two decades an average of"
_FIGURE_OPENERS = {"average", "total", "maximum", "minimum", "record", "estimated", "further", "additional"}


def article_opens_a_figure(doc: Doc, k: int) -> bool:
    """The "a"/"an" before token ``k`` opens another figure ("an average of 300"), not a rate."""
    return 0 < k < len(doc) and doc[k - 1].lower_ in ("a", "an") and doc[k].lower_ in _FIGURE_OPENERS


# East African shillings by the abbreviations their papers print apart from the amount
_SHILLINGS_APART = {"ksh": "kenyan shilling", "kshs": "kenyan shilling", "tsh": "tanzanian shilling",
                    "tshs": "tanzanian shilling", "ush": "ugandan shilling", "ushs": "ugandan shilling"}


def shilling_before(doc: Doc, k: int) -> str | None:
    """'Ksh 203 billion', 'Kshs. 659.5 billion': the shilling written in any case before the number
    at ``k + 1`` (its full stop perhaps cut off by the tokenizer)."""
    if k > 0 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1
    return _SHILLINGS_APART.get(doc[k].lower_.rstrip(".")) if k >= 0 else None


_FOOT_INCHES = re.compile(r"^(?:foot|feet|ft)-(\d{1,2})$", re.IGNORECASE)


def height_in_feet_and_inches(doc: Doc, i: int) -> NumberSpan | None:
    """'the 6-foot-2 guard', 'she stands 5-foot-6': feet, then inches in the token the tokenizer
    leaves as "foot-2". The feet end before it, so the inches are read at the next step."""
    if i + 2 < len(doc) and doc[i].text.isdigit() and doc[i + 1].text == "-" and _FOOT_INCHES.match(doc[i + 2].text):
        span = _span(doc, i, i + 2, float(doc[i].text), "count")
        span.suffix = "ft"
        return _qualified(doc, span)
    m = _FOOT_INCHES.match(doc[i].text)
    if m is None or i < 2 or doc[i - 1].text != "-" or not doc[i - 2].text.isdigit() or int(m.group(1)) >= 12:
        return None
    span = _span(doc, i, i + 1, float(m.group(1)), "count")
    span.suffix = "in"
    return span


_HALF_DOZENS = (["a", "half", "-", "dozen"], ["half", "-", "a", "-", "dozen"], ["half", "-", "dozen"])


def half_dozen(doc: Doc, i: int) -> NumberSpan | None:
    """'a half-dozen officers', 'half-a-dozen boats': six, with the hyphens the tokenizer splits off."""
    words = [t.lower_ for t in doc[i:i + 5]]
    if i > 0 and doc[i - 1].lower_ == "a" and words[:1] == ["half"]:
        return None  # read from the article
    size = next((len(form) for form in _HALF_DOZENS if words[:len(form)] == form), 0)
    return _qualified(doc, _span(doc, i, i + size, 6.0, "count")) if size else None


def out_of_every(doc: Doc, i: int) -> NumberSpan | None:
    """'two out of every three jobs': a share, as "two out of three" is."""
    if i + 4 >= len(doc) or [t.lower_ for t in doc[i + 1:i + 4]] != ["out", "of", "every"]:
        return None
    top, bottom = number_value(doc[i].lower_), number_value(doc[i + 4].lower_)
    if top is None or bottom is None or not 0 < top < bottom <= 1000:
        return None
    return _qualified(doc, _span(doc, i, i + 5, top / bottom, "fraction"))


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def count_after_weekday(doc: Doc, i: int) -> bool:
    """'police said Sunday 14 people were killed': a count after a day whose comma or "that" was
    left out, not the day's date ("Saturday 12 March" keeps its month after the number)."""
    if i < 1 or doc[i - 1].lower_ not in _WEEKDAYS or not doc[i].text.isdigit() or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.tag_ == "NNS" and nxt.is_alpha and nxt.lower_ not in _WEEKDAYS


_FRACTION_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}


def fraction_before_noun(doc: Doc, i: int) -> NumberSpan | None:
    """'a two-thirds majority', 'its one-third stake': a fraction used as an adjective is a share,
    not a count of thirds."""
    if i < 1 or doc[i - 1].lower_ not in _FRACTION_DETERMINERS or doc[i].lower_ not in SMALL:
        return None
    k = i + 2 if i + 2 < len(doc) and doc[i + 1].text == "-" else i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in FRACTIONS or doc[k + 1].pos_ not in ("NOUN", "ADJ"):
        return None
    top = number_value(doc[i].lower_)
    if top is None or doc[k].lower_.endswith("s") != (top > 1) or doc[k].lower_ in ("half", "halves"):
        return None
    return _qualified(doc, _span(doc, i, k + 1, top / FRACTIONS[doc[k].lower_], "fraction"))


def numbered_round(doc: Doc, num: NumberSpan) -> bool:
    """'the talks reached round 2', 'Round 3 of the talks': the number names a round ("round 20
    people", "round" for "around" before a plural, still counts)."""
    i, j = num.tok_start, num.num_end
    return i > 0 and doc[i - 1].lower_ == "round" and j - num.num_start == 1 and doc[num.num_start].text.isdigit() \
        and num.value <= 30 and not (j < len(doc) and doc[j].tag_ in ("NNS", "NNPS"))


# words before "'22" that make it a year: "in '22", "since ’19", "the class of '89", "'98-'99"
_BEFORE_SHORT_YEAR = {"in", "since", "of", "from", "until", "till", "by", "to", "and", "-", "–", "the", "spring",
                      "summer", "autumn", "fall", "winter"}


def short_year(doc: Doc, num: NumberSpan) -> bool:
    """'he retired in '22', 'since ’19': a year cut to two digits after an apostrophe (not a quote
    opening before a count: "'22 people died,' he said")."""
    i = num.num_start
    if i < 2 or doc[i - 1].text not in ("'", "’", "‘") or doc[i - 1].whitespace_ or not re.fullmatch(r"\d\d", doc[i].text):
        return False
    return doc[i - 2].lower_ in _BEFORE_SHORT_YEAR or doc[i - 2].lower_ in MONTHS  # ("May '22")


def no_quantity_form(doc: Doc, num: NumberSpan) -> bool:
    """Numbers that name an address, a round, a year, a batting line or a model, not an amount."""
    return street_block(doc, num) or numbered_round(doc, num) or short_year(doc, num) or hits_for_tries(doc, num) \
        or model_variant(doc, num)


def hits_for_tries(doc: Doc, num: NumberSpan) -> bool:
    """'he went 3-for-4 at the plate': a batting line, as "3 for 4" is, not a count."""
    j = num.num_end
    return j + 1 < len(doc) and doc[j].text == "-" and bool(re.fullmatch(r"for-\d+", doc[j + 1].lower_))


def passed_by_a_tally(doc: Doc, num: NumberSpan) -> bool:
    """'the measure passed 62% to 38%': the votes for and against, not a level passed."""
    i, j = num.tok_start, num.tok_end
    if i < 1 or doc[i - 1].lemma_.lower() != "pass" or j + 1 >= len(doc) or doc[j].lower_ != "to":
        return False
    second = doc[j + 1].text.replace(",", "")
    return second.replace(".", "", 1).isdigit() and float(second) < num.value


def model_variant(doc: Doc, num: NumberSpan) -> bool:
    """'Boeing 747-400 jets': a model and its variant after a maker's name, not a range (a range
    runs upward; a tally after a name, "the Senate 52-48", is no quantity either)."""
    i = num.num_start
    written = doc[i:num.num_end].text
    if num.value_max is None or num.value_max >= num.value or " " in written or "-" not in written or i < 1:
        return False  # ("747-400" is one token or three)
    maker = doc[i - 1]
    return maker.pos_ == "PROPN" and maker.text[:1].isupper() and maker.is_alpha and not maker.is_sent_start


def forms_unit(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """The unit of this module's forms where the usual reading gets it wrong: minutes after hours
    ("2h 30m")."""
    return "minute" if minutes_after_hours(doc, num, unit) else unit
