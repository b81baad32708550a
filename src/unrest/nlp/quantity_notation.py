"""Number forms of science and technology writing that the plain reading splits or mistakes:
scientific notation ("1.5 x 10^9 cells", "6.02×10²³", "3.2e-5 grams"), "a couple of hundred", the
first side of a dimension ("1920 x 1080 pixels") and display names that are no quantity ("4K
video", "an 8K TV").

    scientific(doc, i)       # (value, end token) or None
    couple_of_scale(doc, i)  # (value, end token) for "couple of hundred" at "couple", or None
    mixed_fraction(doc, i)   # (value, end token) for "8-1/4", "2 1/4", "$11.74-1/2", or None
    dimension_first(doc, i)  # token i is the first number of "1920 x 1080"
    display_name(doc, num)   # the span is the "4" of "4K video"

Used by :mod:`unrest.nlp.numbers` (quantity mode) and :mod:`unrest.nlp.quantities`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import CURRENCY_SYMBOLS, SCALES, _parse_words

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# "1.5 x 10^9", "2.3×10^6", "6.02 × 10²³", "10^-3" (the mantissa is optional), read from the text
_POWER_OF_TEN = re.compile(r"(?:(?P<mantissa>\d+(?:\.\d+)?) ?[x×*] ?)?10(?: ?\^ ?(?P<caret>[-−]? ?\d{1,3})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))")
# "1e11", "3.2e-5", "6.02E23": one token
_E_NOTATION = re.compile(r"^(?P<mantissa>\d+(?:\.\d+)?)[eE](?P<exp>[-+−]?\d{1,3})$")


# the fraction of a mixed number: "1/4" of "8-1/4", "3/4" of "2 3/4" (eighths at most, as market
# reports quote grain prices)
_MIXED_PART = re.compile(r"^([1-7])/([248])$")


def mixed_fraction(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of a whole number and a fraction starting at token i, and the token after them:
    "8-1/4 cents" (8.25), "2 3/4 miles" (2.75), "$11.74-1/2" (11.745: after decimals, the fraction
    is of the last place, as grain prices give a half cent)."""
    tok = doc[i]
    if not re.fullmatch(r"\d+(\.\d{1,2})?", tok.text) or i + 1 >= len(doc):
        return None
    k = i + 1
    if doc[k].text == "-" and not tok.whitespace_ and not doc[k].whitespace_:
        k += 1  # "8-1/4"
    elif not tok.whitespace_ or "." in tok.text:
        return None  # (only "2 3/4", a whole number and a space)
    m = _MIXED_PART.match(doc[k].text) if k < len(doc) else None
    if m is None or int(m.group(1)) >= int(m.group(2)):
        return None
    place = 10.0 ** -len(tok.text.partition(".")[2])
    return round(float(tok.text) + place * int(m.group(1)) / int(m.group(2)), 6), k + 1


def scientific(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of a number in scientific notation starting at token i and the token after it."""
    tok = doc[i]
    if not tok.text[:1].isdigit():
        return None
    if m := _E_NOTATION.match(tok.text):
        return float(f"{m.group('mantissa')}e{m.group('exp').replace('−', '-')}"), i + 1
    start = tok.idx
    m = _POWER_OF_TEN.match(doc.text, start)
    if m is None or m.start() != start:
        return None
    exponent = m.group("caret") or m.group("sup").translate(_SUPERSCRIPTS)
    exponent = exponent.replace("−", "-").replace(" ", "")
    end = m.end()
    j = i
    while j < len(doc) and doc[j].idx < end:
        j += 1
    if doc[j - 1].idx + len(doc[j - 1]) != end:
        return None  # the match ends inside a token: not this form
    return float(f"{m.group('mantissa') or 1}e{int(exponent)}"), j  # (read as text: no rounding slips)


def couple_of_scale(doc: Doc, i: int) -> tuple[float, int] | None:
    """"a couple of hundred", "a couple of thousand": two of the scale (the caller marks it an
    estimate); token i is "couple"."""
    if doc[i].lower_ != "couple" or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    j = i + 2
    words: list[str] = []
    while j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ in ("hundred", "thousand", "million", "billion"):
        words.append(doc[j].lower_)
        j += 1
    value = _parse_words(["1", *words]) if words else None
    return (2 * value, j) if value else None


_DIMENSION_SIGNS = ("x", "×", "by")


def dimension_first(doc: Doc, i: int) -> bool:
    """Token i is the first number of a dimension whose second carries the unit: "1920 x 1080
    pixels", "2,560 x 1,600" (a resolution is no year)."""
    return i + 2 < len(doc) and doc[i].text.replace(",", "").isdigit() and doc[i + 1].lower_ in ("x", "×") \
        and doc[i + 2].text.replace(",", "").isdigit()


# what a "4K" or "8K" names: a display resolution, not four thousand of anything
_DISPLAY_WORDS = {"resolution", "video", "videos", "tv", "tvs", "television", "televisions", "display", "displays",
                  "screen", "screens", "monitor", "monitors", "footage", "camera", "cameras", "hdr", "uhd", "streaming",
                  "content", "model", "models", "panel", "projector", "blu-ray", "recording", "gaming", "oled"}


def display_name(doc: Doc, num: NumberSpan) -> bool:
    """The number is the digit of a display name: "4K video", "an 8K TV", "supports 4K." (no
    currency before it; "30K followers" are thirty thousand)."""
    k = num.num_end
    if doc[k - 1].text[-1:] in ("K", "k") and doc[k - 1].text[:-1].isdigit():
        k -= 1  # "8K" as one token
    elif not (k < len(doc) and doc[k].text in ("K", "k") and not doc[k - 1].whitespace_):
        return False
    if num.kind == "money" or num.tok_start > 0 and doc[num.tok_start - 1].lower_ in CURRENCY_SYMBOLS:
        return False
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if doc[k].text.endswith("k"):  # lower case: "4k" is more often thousands, so only before a display word
        return nxt is not None and nxt.lower_ in _DISPLAY_WORDS or (nxt is None or nxt.is_punct) and doc[k - 1].lower_ == "in"
    return nxt is None or nxt.lower_ in _DISPLAY_WORDS or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


# emergency telephone numbers (North America, Britain, the EU and India, Australia) and the words
# that show one is dialled, not counted: "911 calls", "called 999", "a 112 operator"
_EMERGENCY_NUMBERS = {"911", "999", "112", "000"}
_EMERGENCY_AFTER = {"call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers",
                    "dispatch", "line", "emergency", "recording", "recordings", "center", "centre"}
_EMERGENCY_BEFORE = {"call", "called", "calling", "calls", "dial", "dialled", "dialed", "dialling", "dialing", "phoned"}


def emergency_number(doc: Doc, num: NumberSpan) -> bool:
    """'responded to 911 calls', 'called 999', 'a 112 operator': the number is dialled, not counted."""
    if num.num_end - num.num_start != 1 or doc[num.num_start].text not in _EMERGENCY_NUMBERS or num.kind == "money":
        return False
    after = doc[num.num_end].lower_ if num.num_end < len(doc) else ""
    before = doc[num.num_start - 1].lower_ if num.num_start > 0 else ""
    return after in _EMERGENCY_AFTER or before in _EMERGENCY_BEFORE
