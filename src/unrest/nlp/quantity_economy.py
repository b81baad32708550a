"""Forms of economic and business copy read in the wild: results tables turned into prose, trade and
budget releases, Indian and Chinese company news. Each helper answers one question for the
numbers layer (:mod:`unrest.nlp.numbers`, :mod:`unrest.nlp.quantity_forms`) or the quantity finder.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_TRANSITIVE, CHANGE_UP, CURRENCY_NAMES

if TYPE_CHECKING:  # (only for the annotations: both modules import this one)
    from unrest.nlp.number_span import NumberSpan
    from unrest.nlp.quantities import Quantity

# "Rs 466.41 millions": a plural scale after digits, as results services in India and Europe write it
PLURAL_SCALES = {"millions": 1_000_000, "billions": 1_000_000_000, "trillions": 10**12}

# "$5 million-$15 million": the first scale glued by a hyphen to the second amount
_SCALE_THEN_AMOUNT = re.compile(r"^(million|billion|trillion|mn|bn|m)[-–](?:us\$|[$£€¥₹])?(\d[\d,]*(?:\.\d+)?)(mn|bn|m)?$",
                                re.IGNORECASE)
_SCALE_WORDS = {"million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12, "mn": 1_000_000,
                "bn": 1_000_000_000, "m": 1_000_000}

# a minus sign before a currency sign: "-$55.8bn", "−£12m" (a shortfall, a loss, a negative balance)
NEGATIVE_CURRENCY = re.compile(r"^[-−][$£€¥₹]$")

# periods counted in quarters: "the first three quarters of the year" is nine months, not 75%
_PERIOD_ORDER = {"first", "last", "past", "next", "previous", "final", "latest", "recent", "remaining", "coming"}


def plural_scale(doc: Doc, j: int) -> tuple[float, int]:
    """The factor of a plural scale word at ``j`` right after digits, and the index after it."""
    if 0 < j < len(doc) and doc[j].lower_ in PLURAL_SCALES and any(c.isdigit() for c in doc[j - 1].text) \
            and not (j + 1 < len(doc) and doc[j + 1].lower_ == "of" and not doc[j - 1].like_num):
        return float(PLURAL_SCALES[doc[j].lower_]), j + 1
    return 1.0, j


def scale_then_amount(doc: Doc, j: int) -> tuple[float, float, int] | None:
    """'$5 million-$15 million', '£2 billion-£2.5 billion': the tokenizer glues the first scale to
    the second amount. Returns (first scale, second amount, index after it)."""
    if j >= len(doc) or (m := _SCALE_THEN_AMOUNT.match(doc[j].text)) is None:
        return None
    low_scale = _SCALE_WORDS[m.group(1).lower()]
    high = float(m.group(2).replace(",", ""))
    end = j + 1
    if m.group(3):
        high *= _SCALE_WORDS[m.group(3).lower()]
    elif end < len(doc) and doc[end].lower_ in ("million", "billion", "trillion"):
        high, end = high * _SCALE_WORDS[doc[end].lower_], end + 1
    else:
        high *= low_scale  # "$5 million-$15": the scale said once
    return float(low_scale), high, end


def glued_currency_code(prefix: str) -> bool:
    """'RMB279.12', 'ZAR4.5': an upper-case three-letter currency code glued to the amount."""
    return len(prefix) == 3 and prefix.isalpha() and prefix.isupper() and prefix.lower() in CURRENCY_NAMES


def quarters_as_period(doc: Doc, i: int) -> bool:
    """'the first three quarters of the year', 'the past two quarters of 2024': a count of quarters
    of a year, not a fraction ('three quarters of the firms')."""
    if not (i + 1 < len(doc) and doc[i + 1].lower_ == "quarters"):
        return False
    word = doc[i].lower_
    whole = float(word) if word.isdigit() else _WHOLE_WORDS.get(word, 0)
    return i > 0 and doc[i - 1].lower_ in _PERIOD_ORDER or whole >= 4  # ("after five quarters of rises": no share)


def change_before_amount(doc: Doc, k: int) -> bool:
    """The words before an amount starting at token ``k`` (its bound included) state a change, so a
    "to" after the amount names the level reached, not a range: 'decreased less than $0.1 billion
    to $21.9 billion', 'an increase in the deficit of $0.3 billion to $77 billion'."""
    if k <= 0:
        return False
    before = doc[k - 1]
    if before.lemma_.lower() in CHANGE_UP | CHANGE_DOWN and before.pos_ == "VERB":
        return True
    if before.lower_ != "of":
        return False
    head = before.head  # "a rise of $2bn", "a rise in the deficit of $2bn"
    for _ in range(3):
        if head.pos_ == "NOUN" and head.lemma_.lower() in CHANGE_UP | CHANGE_DOWN and head.i < before.i:
            return True
        if head.head.i == head.i or head.dep_ not in ("pobj", "prep"):
            return False
        head = head.head
    return False


# words inside a bracket before a number that still read it as the same figure restated
_RESTATING = {"or", "about", "around", "roughly", "some", "nearly", "almost", "approximately", "over", "under", "more",
              "less", "than", "c.", "ca", "circa", "up", "down", "equivalent", "equal", "to", "at", "least", "most"}


def bracket_names_another_figure(doc: Doc, start: int) -> bool:
    """A bracket before the number at token ``start`` opens with words that make it another figure,
    not the one before restated: '(from 2.3% in May)', '(revised from 151,000)', '(consensus:
    -0.2%)'. A conversion such as '(or $6.6 billion)' or '(about 60 miles)' restates it."""
    k = start - 1
    while k >= 0 and start - k <= 6 and doc[k].text != "(":
        k -= 1
    if k < 0 or doc[k].text != "(":
        return False
    return any(t.text == ":" or t.is_alpha and t.lower_ not in _RESTATING and t.pos_ in ("VERB", "NOUN", "PROPN", "ADP", "ADJ", "ADV")
               for t in doc[k + 1:start])


_SCALED_THEN_AMOUNT = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|tn)[-–][$€£]?(\d[\d,]*(?:\.\d+)?)$", re.IGNORECASE)
_SCALE_LETTERS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 10**12}


def scale_split_from_range(doc: Doc, i: int) -> tuple[float, float, int] | None:
    """'$150m-$200m' tokenized as '150m-$200' then 'm': the second scale letter split off.
    Returns (low, high, index after the range)."""
    m = _SCALED_THEN_AMOUNT.match(doc[i].text)
    if m is None or i + 1 >= len(doc) or doc[i + 1].lower_.rstrip(".") not in _SCALE_LETTERS or doc[i].whitespace_:
        return None
    low = float(m.group(1).replace(",", "")) * _SCALE_LETTERS[m.group(2).lower()]
    return low, float(m.group(3).replace(",", "")) * _SCALE_LETTERS[doc[i + 1].lower_.rstrip(".")], i + 2


def bracket_after_a_name(doc: Doc, start: int, end: int) -> bool:
    """A figure alone in brackets right after a name or a date: the level of that place or time,
    not the size of the sentence's change ('rose in Tasmania (5.8%)', 'up 6.5% from June 2016
    ($247,600)'). A bracket right after another figure restates it ('fell 2,700 (0.4%)')."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    before = doc[start - 2]
    year = before.text.isdigit() and len(before.text) == 4
    return before.pos_ == "PROPN" and not before.like_num or year


def thousands_letter(doc: Doc, i: int, suffix: str, value: float) -> bool:
    """'payrolls rose 150K', '180K expected': an upper-case K glued to a count of ten or more is
    thousands in economic copy, even with no noun after it (not 'a 10K', 'the 5K': a race; not
    '8K video': a resolution names the thing after it)."""
    k = i + 1 if i + 1 < len(doc) and doc[i + 1].text == "K" else i
    after = doc[k + 1] if k + 1 < len(doc) else None
    if suffix != "K" or value < 10:
        return False
    if after is not None and after.lower_ in _LEVEL_NOUNS:
        return True  # "hovered near the 300K level"
    return not (i > 0 and doc[i - 1].lower_ in ("a", "an", "the")) and not (after is not None and after.tag_ == "NN")


_LEVEL_NOUNS = {"level", "mark", "threshold", "barrier"}


_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                "nov", "dec"}


def day_of_month(doc: Doc, start: int, end: int) -> bool:
    """The number from ``start`` to ``end`` is a day before a month's name: 'from 1 October'."""
    return end - start == 1 and doc[start].text.isdigit() and int(doc[start].text) <= 31 and end < len(doc) \
        and doc[end].lower_.rstrip(".") in _MONTH_NAMES


_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                "seven": "7", "eight": "8", "nine": "9"}
_WHOLE_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_GLUED_POINT = re.compile(r"^point-(\d+)$", re.IGNORECASE)


def spelled_decimal(doc: Doc, i: int) -> tuple[float, int] | None:
    """A decimal written out as broadcasters write it: 'ten-point-eight trillion won', '28-point-seven
    percent', '14-point-87', 'two point five percent', '30-and-a-half trillion'. Returns the value
    (times a scale word after it) and the index after it."""
    n = len(doc)
    word = doc[i].lower_
    if i + 1 >= n or doc[i + 1].lower_ not in ("-", "point"):
        return None  # (most tokens)
    whole = float(word) if word.isdigit() else _WHOLE_WORDS.get(word)
    if whole is None:
        return None
    k = i + 1
    hyphens = doc[k].text == "-"
    if hyphens:
        k += 1
    if k < n and (m := _GLUED_POINT.match(doc[k].text)) and hyphens:
        value, j = float(f"{int(whole)}.{m.group(1)}"), k + 1  # "14-point-87"
    elif k < n and doc[k].lower_ == "point":
        k += 1
        if hyphens and k < n and doc[k].text == "-":
            k += 1
        digits = ""
        while k < n and (doc[k].lower_ in _DIGIT_WORDS or doc[k].text.isdigit() and not digits):
            digits += _DIGIT_WORDS.get(doc[k].lower_, doc[k].text)
            k += 1
        if not digits:
            return None
        value, j = float(f"{int(whole)}.{digits}"), k
    elif hyphens and [t.lower_ for t in doc[k:k + 5]] == ["and", "-", "a", "-", "half"]:
        value, j = whole + 0.5, k + 5  # "30-and-a-half trillion won"
    else:
        return None
    if j < n and doc[j].lower_ in _SCALE_WORDS and doc[j].lower_ not in ("m", "mn", "bn"):
        value, j = value * _SCALE_WORDS[doc[j].lower_], j + 1
    return value, j


_DECIMAL_COMMA = re.compile(r"^(\D{0,4}?)(\d{1,3}),(\d{1,2})$")
_AFTER_A_SHARE_OR_SCALE = {"%", "percent", "per", "million", "billion", "trillion", "bn", "m", "mn"}


def decimal_comma(doc: Doc, i: int, text: str) -> str:
    """'1,4%', 'R96,8 billion': a comma before one or two digits is a decimal comma, as South African
    and European copy writes it, when a share or a scale follows. Returns the text with a point."""
    if "," not in text or i + 1 >= len(doc) or doc[i + 1].lower_ not in _AFTER_A_SHARE_OR_SCALE:
        return text  # (most tokens: no regex)
    m = _DECIMAL_COMMA.match(text)
    if m is None:
        return text
    return f"{m.group(1)}{m.group(2)}.{m.group(3)}"


def plain_decimal_comma(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of a bare '1,4' before '%' or a scale word (times the scale), and the index after it."""
    text = decimal_comma(doc, i, doc[i].text)
    if text == doc[i].text or not text.replace(".", "").isdigit():
        return None
    value, j = float(text), i + 1
    if doc[j].lower_ in ("million", "billion", "trillion"):
        value, j = value * _SCALE_WORDS[doc[j].lower_], j + 1
    return value, j


def threshold_denied(doc: Doc, num: NumberSpan) -> bool:
    """The verb of going above the number is negated: 'the deficit must not exceed 3% of GDP',
    'inflation could not exceed 5 percent': a ceiling, not a floor. (Call after the number was
    found to be that verb's object.)"""
    tok = doc[num.num_end - 1]
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    return any(c.dep_ == "neg" for c in verb.children)


def counted_in_millions(doc: Doc, i: int, million_nouns: set[str]) -> bool:
    """A glued 'm' at token ``i`` (or just after it) is millions, not metres, by what surrounds it:
    'spare up to 2m of Britain's lowest paid workers' (a plural noun after 'of'), 'will cost about
    40m this year and then 30m' (the verb it hangs from counts money)."""
    k = i + 1 if i + 1 < len(doc) and doc[i + 1].lower_ in ("m", "k") and not doc[i].whitespace_ else i
    if k + 1 < len(doc) and doc[k + 1].lower_ == "of" \
            and any(t.tag_ in ("NNS", "NNPS") and t.is_alpha for t in doc[k + 2:k + 7]):
        return True
    verb = next((a for a in doc[i].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.i < i and verb.lemma_.lower() in million_nouns  # (not "the 8K model costs")


# words of a sentence about money, and words of one about the weather
_MONEY_CUES = {"eps", "share", "shares", "earnings", "dividend", "price", "profit", "loss", "revenue", "estimate",
               "consensus", "stock", "rand", "dollar", "cents", "pence", "payout", "$", "£", "€", "¥", "₹"}
_WEATHER_CUES = {"temperature", "temperatures", "degree", "degrees", "weather", "heat", "heatwave", "frost", "snow",
                 "rain", "sunny", "celsius", "warm", "warmer", "cold", "colder", "cool", "cooler", "hot", "chilly"}


def cents_not_degrees(doc: Doc, num: NumberSpan) -> bool:
    """A lower-case 'c' glued to the amount in a sentence about money and not about the weather is
    cents: '2Q adjusted EPS 41c vs. 39c', 'the rand gave up 10c' (not 'highs of 31c')."""
    if num.suffix != "c":
        return False
    words = {t.lower_ for t in doc[num.tok_start].sent}
    return bool(words & _MONEY_CUES) and not words & _WEATHER_CUES


_PERIOD_BEFORE_A_YEAR = {"quarter", "half", "fiscal", "fy", "year", "h1", "h2", "q1", "q2", "q3", "q4"}


def year_after_a_period(doc: Doc, i: int, j: int) -> bool:
    """'third quarter 2024 revenues', 'fiscal 2023 sales': a year after the period it dates."""
    tok = doc[i]
    return j - i == 1 and tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100 \
        and i > 0 and doc[i - 1].lower_ in _PERIOD_BEFORE_A_YEAR


_SHILLING_SIGNS = {"sh": "ksh", "shs": "ksh", "ksh": "ksh", "kshs": "ksh", "tsh": "tsh", "ush": "ush"}


def shilling_sign(doc: Doc, i: int, prefix: str, digits: str) -> str | None:
    """'Sh2.031 trillion', 'Sh148.9 billion', 'KShs450,000': East African shillings glued to an
    amount written as money (decimals, thousands or a scale), as Kenyan papers print them; a bare
    'SH45' stays a road. Returns the prefix the currency table knows."""
    sign = _SHILLING_SIGNS.get(prefix.lower())
    scaled = i + 1 < len(doc) and doc[i + 1].lower_ in ("million", "billion", "trillion", "bn", "m")
    if sign is None or not ("." in digits or "," in digits or scaled):
        return None
    return sign


def change_verb_just_before(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a share right after a verb of change that the parser hung elsewhere: 'as export
    prices tumbled 2.2 percent and ...' (the percent read as a modifier of the next noun). Verbs
    whose object is the thing changed ('cut 10% of staff') are left to the parse."""
    k = num.tok_start - 1
    if num.kind != "percent" or k < 0:
        return None
    verb = doc[k]
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in CHANGE_TRANSITIVE:
        return None
    return "up" if lemma in CHANGE_UP else "down" if lemma in CHANGE_DOWN else None


_NOT_A_SECOND_OBJECT = {"to", "from", "at", "of", "than", "versus", "vs", "vs.", "against", "by", "with", "after", "before"}


def same_change_after_and(doc: Doc, num: NumberSpan, before: Quantity) -> str | None:
    """The change of the share just before when this share follows it after 'and', with at most a
    few qualifying words between: '(down 2.8 percent and 5.5 percent, respectively)', 'increased
    0.1% seasonally adjusted and 8.0% unadjusted' (the verb or adverb is said once)."""
    if not before.change or before.unit != "percent" or num.kind != "percent":
        return None
    if num.tok_end < len(doc) and doc[num.tok_end].lower_ == "of":
        return None  # ("fell 2% and 30% of firms cut jobs": a share of a group)
    span = doc.char_span(before.start, before.end, alignment_mode="expand")
    if span is None:
        return None
    gap = doc[span.end:num.tok_start]
    if not gap or gap[-1].lower_ != "and" or len(gap) > 4:
        return None
    for tok in gap[:-1]:
        if tok.like_num or tok.is_punct or tok.lower_ in _NOT_A_SECOND_OBJECT or tok.pos_ == "AUX" \
                or tok.pos_ == "VERB" and tok.tag_ != "VBN":
            return None
    return before.change


_PERIODS = {"year", "month", "quarter", "week", "day"}


def period_on_period(doc: Doc, k: int) -> bool:
    """The words from ``k`` compare a period with the one before ('4.1 year-on-year', '2.3
    month-on-month', '+4.1 y/y'): how a change was measured, not the unit of the number."""
    words = [t.lower_.rstrip(".") or "." for t in doc[k:k + 5]]  # ("y." at the end of a sentence)
    if len(words) >= 5 and words[0] in _PERIODS and words[1:4] == ["-", "on", "-"] and words[4] == words[0]:
        return True
    if len(words) >= 3 and words[1] == "/" and words[0] == words[2] and words[0] in ("y", "m", "q"):
        return True  # ("y / y" as the tokenizer splits it)
    return bool(words) and words[0] in ("y/y", "m/m", "q/q", "yoy", "qoq")


# nouns a year dates rather than a count counts: "2018 data", "2019 levels", "in 2015 prices"
_DATED_NOUNS = {"data", "figure", "figures", "level", "levels", "price", "prices", "census", "budget", "estimate",
                "estimates", "election", "results", "survey", "crisis", "dollars", "terms", "values"}


def year_before_a_dated_noun(doc: Doc, i: int, j: int) -> bool:
    """'(2018 data)', 'below 2019 levels', 'in 2015 prices': a year that dates the noun after it."""
    tok = doc[i]
    return j - i == 1 and j < len(doc) and tok.text.isdigit() and len(tok.text) == 4 and 1900 <= int(tok.text) <= 2100 \
        and doc[j].text in _DATED_NOUNS
