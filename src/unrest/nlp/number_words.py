"""The number lexicon: number words and scales, qualifier phrases, calendar and label words, and
reading a token or a run of tokens as a value ("two hundred and twenty", "1.5 million", "5 lakh").

Used by :mod:`unrest.nlp.numbers` (both modes) and :mod:`unrest.nlp.number_filters`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from unrest.nlp.quantity_fx import close_is_a_noun

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12,
    "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000,
}
# Vague plurals: "hundreds of protesters" means at least two hundred.
VAGUE = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
    "billions": 2_000_000_000, "tens": 20,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100,
}
DURATION_NOUNS = {"day", "week", "month", "year", "night", "hour", "minute"}

# Qualifier phrases, longest first when matched (as lowercase token sequences before the number).
QUALIFIER_PHRASES: dict[str, str] = {
    "at least": "at_least", "no fewer than": "at_least", "not less than": "at_least",
    "no less than": "at_least", "a minimum of": "at_least", "not fewer than": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "exceeding": "more_than", "well over": "more_than",
    "up to": "at_most", "at most": "at_most", "as many as": "at_most", "no more than": "at_most",
    "a maximum of": "at_most", "not more than": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than", "below": "less_than",
    "roughly": "approximately", "about": "approximately", "around": "approximately",
    "approximately": "approximately", "some": "approximately", "nearly": "approximately",
    "almost": "approximately", "an estimated": "approximately", "estimated": "approximately",
    "close to": "approximately", "circa": "approximately", "approx.": "approximately",
    "nearly all": "approximately", "an approximate": "approximately", "just over": "more_than",
    "just under": "less_than", "roughly around": "approximately", "some estimated": "approximately",
    "an estimate of": "approximately", "over a": "more_than", "more than a": "more_than",
    "lower than": "less_than", "higher than": "more_than", "greater than": "more_than",
    "larger than": "more_than", "smaller than": "less_than",
    # a limit: "no higher than 100 ppm", "flights no longer than 90 minutes"
    "no higher than": "at_most", "no greater than": "at_most", "no larger than": "at_most",
    "no longer than": "at_most", "not exceeding": "at_most", "no lower than": "at_least",
}
_MAX_QUALIFIER_LEN = max(len(p.split()) for p in QUALIFIER_PHRASES)

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "rs": "INR",
                    "rs.": "INR", "inr": "INR", "usd": "USD", "eur": "EUR", "¥": "JPY"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.",
}
# Words before a number that make it a label, not a count ("section 144", "route 9").
LABEL_WORDS = {
    "section", "article", "rule", "chapter", "no", "no.", "nos", "nos.", "number", "numbers", "route", "highway", "flight",
    "ward", "room", "gate", "platform", "sector", "zone", "phase", "block", "clause", "paragraph", "page",
    "resolution", "act", "order", "case", "fir", "cr", "ipc", "crpc", "g", "line", "bus",
    "channel", "covid", "level", "grade", "class", "tier", "version", "model", "item", "plot",
    "house", "door", "kilometre", "km", "mile", "exit", "road", "street", "category", "stage",
    "plate", "plates", "nh", "sh", "pin", "code", "apartment", "flat", "gali", "lane", "cell",
    "terminal", "interstate", "junction", "junctions", "pier", "runway",
    "type",  # "type 2 diabetes"
    "formula", "matchday", "matchweek", "gameweek", "amendment", "schedule",  # "Formula 1", "Amendment 4"
    "decree", "directive", "ordinance", "proclamation",  # "Decree 883"
}
_MEASURES = {"mm", "millimeter", "millimetre", "cm", "calibre", "caliber", "kg", "kilogram", "km",
             "kilometre", "kilometer", "metre", "meter", "mile", "miles", "ton", "tonne", "litre", "liter"}
# digits, with commas in thousands or in the Indian lakh grouping ("3,40,000", "1,25,00,000")
_DIGITS = re.compile(r"^[+-]?((\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})+,\d{3}|\d+)(\.\d+)?|\.\d+)$")
_DIGITS_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|tn|million|billion)$", re.I)
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
# "30-40", "7.2–7.4" (a magnitude, a dose); not two clock times "10.30-11.30"
_DIGIT_RANGE = re.compile(r"^(?!\d{1,2}\.\d{2}[-–]\d{1,2}\.\d{2}$)(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$")
_MONEY_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[-–/][$€£](\d[\d,]*(?:\.\d+)?)$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_PHONE = re.compile(r"^\+?\d[\d\-\s]{7,}\d$")


FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
             "tenth": 10, "tenths": 10}
_SLASH_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")


def number_value(word: str) -> float | None:
    """The value of a single token written in digits or words, or None."""
    w = word.lower().replace("\u2009", "")
    if _DIGITS.match(w):
        return float(w.replace(",", ""))
    m = _DIGITS_SCALED.match(w)
    if m:
        return float(m.group(1)) * (SCALES.get(m.group(2).lower()) or 10**12)  # "2tn": a trillion
    if w in SMALL:
        return float(SMALL[w])
    if w in TENS:
        return float(TENS[w])
    return None


def _is_number_word(t: Token) -> bool:
    w = t.lower_
    return (w in SMALL or w in TENS or w in SCALES or w == "dozen" or bool(_DIGITS.match(w))
            or bool(_DIGITS_SCALED.match(w)))


def _parse_words(words: list[str]) -> float | None:
    """Value of a sequence like ['two', 'hundred', 'and', 'twenty'] or ['1.5', 'million']."""
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and", "-", "a", "an"):
            if w in ("a", "an"):
                current = current or 1.0
            continue
        if w == "half":
            current = 0.5
            seen = True
            continue
        if w == "dozen":
            current = (current or 1.0) * 12
            seen = True
            continue
        if w in SCALES and w not in ("m", "k", "mn", "bn"):
            scale = SCALES[w]
            if not current and total and scale >= 1000:
                total *= scale  # "1.5 lakh crore", "one thousand million": a scale of a scale
                continue
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
            continue
        v = number_value(w)
        if v is None:
            return None
        current += v
        seen = True
    return total + current if seen else None


def _starts_number(doc: Doc, i: int) -> bool:
    """'a hundred', 'a dozen', 'half a million' start numbers; 'a' alone does not."""
    k = i + 1
    if doc[i].lower_ == "half":
        k = i + 2
    return k < len(doc) and doc[k].lower_ in ("hundred", "thousand", "million", "billion", "trillion", "dozen", "lakh", "crore")


def _qualifier_before(doc: Doc, i: int) -> tuple[str | None, int]:
    for length in range(_MAX_QUALIFIER_LEN, 0, -1):
        if i - length < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - length:i])
        if phrase in QUALIFIER_PHRASES and not (phrase == "close to" and close_is_a_noun(doc, i - length)):
            # "some" and "about" as qualifiers need a number right after them (always true here),
            # but "over" may be a preposition of place or time ("over 3 days" is still more_than).
            return QUALIFIER_PHRASES[phrase], i - length
    return None, i


def _looks_like_year(v: float) -> bool:
    return float(v).is_integer() and 1800 <= v <= 2100
