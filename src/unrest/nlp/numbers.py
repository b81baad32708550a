"""Find number expressions in a parsed text: digits, words, vague plurals, ranges and qualifiers.

This is the lexicon the off-the-shelf parsers lack ("two dozen", "roughly 850", "hundreds of",
"1.5 million", "5 lakh"). It decides *what number* a span states and *how sure* the text is about
it; :mod:`unrest.nlp.components.figures` decides *what is counted*.

A :class:`NumberSpan` is produced for every number that could be a figure. Years, dates, times,
ages, ordinals of rank, phone and section numbers are skipped here, so nothing downstream can
mistake them for counts.

``NumberFinder(quantities=True)`` is the mode of a general quantity extractor (the NewsQuant
benchmark, :func:`unrest.nlp.quantities.find_quantities`): it also keeps ages and
fractions ("a third of"), reads numbers glued to units or currencies ("256GB", "PS6m", "$US113"),
negative numbers ("minus 40"), ranges in either order ("from 2,415 to 2,315"), and gives vague
plurals as the order of magnitude they name ("hundreds" = 100 to 1,000). The record's figures use
the default mode, whose rules this one leaves as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP

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
    "mn": 1_000_000, "bn": 1_000_000_000, "m": 1_000_000, "k": 1_000, "mln": 1_000_000,
    "bln": 1_000_000_000,
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
    "section", "article", "rule", "chapter", "no", "no.", "number", "route", "highway", "flight",
    "ward", "room", "gate", "platform", "sector", "phase", "block", "clause", "paragraph", "page",
    "resolution", "act", "order", "case", "fir", "cr", "ipc", "crpc", "g", "line", "bus",
    "channel", "covid", "level", "grade", "class", "tier", "version", "model", "item", "plot",
    "house", "door", "kilometre", "km", "mile", "exit", "road", "street", "category", "stage",
    "plate", "plates", "nh", "sh", "pin", "code", "apartment", "flat", "gali", "lane", "cell",
}
_MEASURES = {"mm", "millimeter", "millimetre", "cm", "calibre", "caliber", "kg", "kilogram", "km",
             "kilometre", "kilometer", "metre", "meter", "mile", "miles", "ton", "tonne", "litre", "liter"}
_DIGITS = re.compile(r"^[+-]?((\d{1,3}(,\d{3})+|\d+)(\.\d+)?|\.\d+)$")
_DIGITS_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|million|billion)$", re.I)
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
_DIGIT_RANGE = re.compile(r"^(\d[\d,]*)[-–](\d[\d,]*)$")
_MONEY_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[-–][$€£](\d[\d,]*(?:\.\d+)?)$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}$")
_PHONE = re.compile(r"^\+?\d[\d\-\s]{7,}\d$")


@dataclass
class NumberSpan:
    """A number the text states, with its qualifier.

    ``start``/``end`` are character offsets of the whole expression (qualifier included);
    ``tok_start``/``tok_end`` are its tokens; ``num_start``/``num_end`` the number's own tokens.
    """

    start: int
    end: int
    tok_start: int
    tok_end: int
    num_start: int
    num_end: int
    value: float
    value_max: float | None
    qualifier: str
    kind: str = "count"  # count | money | percent | ordinal_duration | fraction | age
    currency: str | None = None
    prefix: str = ""  # glued before the digits: "US" in "$US113", "PS" in "PS6"
    suffix: str = ""  # glued after them: "GB" in "256GB", "p" in "118.5p"


def number_value(word: str) -> float | None:
    """The value of a single token written in digits or words, or None."""
    w = word.lower().replace("\u2009", "")
    if _DIGITS.match(w):
        return float(w.replace(",", ""))
    m = _DIGITS_SCALED.match(w)
    if m:
        return float(m.group(1)) * SCALES[m.group(2).lower()]
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


# -- quantity mode (``NumberFinder(quantities=True)``) ------------------------------------------
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
             "tenth": 10, "tenths": 10}
_SLASH_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")
_GLUED = re.compile(r"^(?P<pre>minus-|sub-|-(?=\d[^-]*[A-Za-z°]+$)|[^\d.,+-]{0,4}?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                    r"(?P<suf>[^\d,].*)?$")
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 10**12, "trn": 10**12}
_GLUED_PREFIXES = {"~": "approximately", "minus-": "negative", "-": "negative", "−": "negative", "sub-": "less_than",
                   "+": "more_than", "≈": "approximately"}
# letters glued before digits that name a currency: "PS21,700" (a mangled £), "AUD1.5", "RM79", "Y=28,030"
_GLUED_CURRENCIES = {"us", "ps", "aud", "usd", "eur", "gbp", "rm", "rs", "rs.", "y=", "inr", "hk", "nz", "c$",
                     "us$", "a$", "au$", "nz$", "hk$", "£", "€", "¥", "₹", "$", "cad", "chf", "sgd", "jpy", "cny"}


def _unit_word(word: str, glued: bool = False) -> bool:
    """A unit of measure or a currency ('km', 'miles', 'yen'); one-letter units only glued ('5W')."""
    from unrest.nlp.vocab import CURRENCY_NAMES, GLUED_ONLY_UNITS, MEASURE_UNITS

    w = word.lower()
    if not glued and (w in GLUED_ONLY_UNITS or len(w) == 1 and w.isalpha()):
        return False
    return w in MEASURE_UNITS or w in CURRENCY_NAMES or (len(w) > 3 and w.endswith("s") and w[:-1] in MEASURE_UNITS)


def _currency_before(doc: Doc, i: int) -> bool:
    return i > 0 and (doc[i - 1].lower_ in CURRENCY_SYMBOLS or doc[i - 1].text in ("US$", "A$", "C$", "HK$", "NZ$"))


def _name_number(doc: Doc, i: int) -> bool:
    """'S&P 500', 'Big 12', 'Game 2', 'Apple Watch 5': digits after a capitalised name are part of it."""
    tok = doc[i]
    if not tok.text.isdigit() or i == 0 or tok.i == tok.sent.start:
        return False
    prev = doc[i - 1]
    if not (prev.pos_ == "PROPN" or len(prev) == 1 and prev.is_upper) or prev.text == prev.lower_ \
            or prev.text in ("A", "I"):
        return False
    if prev.lower_ in MONTHS or prev.lower_ in CURRENCY_SYMBOLS or _unit_word(prev.text):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("%", "percent", "per", "million", "billion") or _unit_word(nxt.text)):
        return False
    if nxt is not None and nxt.lower_ in ("-", "–", "to") and i + 2 < len(doc) and doc[i + 2].like_num:
        return False  # "the Senate 68-32": a tally
    return True


def _negative(doc: Doc, i: int, value: float) -> float:
    return -value if i > 0 and doc[i - 1].lower_ in ("minus", "negative") and value > 0 else value


def _times(value: float, scale: float) -> float:
    """value * scale without binary noise: 8.2 * 1e6 is 8,200,000, not 8,199,999.999999999."""
    return float(f"{value * scale:.12g}")


def _counts_next(doc: Doc, i: int) -> bool:
    """'3.5m customers', '1.2m barrels': a scale letter, not metres, when a plural noun follows."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.tag_ in ("NNS", "NNPS") and nxt.is_alpha


def _trailing_scale(doc: Doc, i: int, j: int, money: bool) -> tuple[float, int]:
    """'$13.6 M', 'PS6 m', '4.3M sales': a scale letter split from the digits."""
    if j >= len(doc):
        return 1.0, j
    word = doc[j].text.rstrip(".")
    if word in ("M", "bn", "mn", "B", "tn", "Bn") or (money and word.lower() in ("m", "k", "b")) \
            or (word.lower() in ("m", "k") and not doc[j - 1].whitespace_ and _counts_next(doc, j)):
        return float(SCALE_SUFFIXES[word.lower()]), j + 1
    return 1.0, j


class _QuantityForms:
    """The forms only the quantity mode reads (mixed into NumberFinder)."""

    quantities: bool

    def _finish(self, doc: Doc, i: int, j: int, value: float, value_max: float | None,
                qualifier: str) -> NumberSpan | None:
        raise NotImplementedError

    def _fraction(self, doc: Doc, i: int) -> NumberSpan | None:
        """'a third of', 'two-thirds of', 'one out of three', '1/2'."""
        n = len(doc)
        tok = doc[i]
        if m := _SLASH_FRACTION.match(tok.text):
            num, den = int(m.group(1)), int(m.group(2))
            if 0 < num < den:
                return _span(doc, i, i + 1, num / den, "count")  # "1/2 pound"
            return None
        low = tok.lower_
        # "half of the voters": a share with no numerator ("a half", "one half" are read below)
        if low == "half" and i + 2 < n and doc[i + 1].lower_ == "of" and (i == 0 or doc[i - 1].lower_ not in ("a", "an", "one", "the", "first", "second")) \
                and not doc[i + 2].like_num:
            return _qualified(doc, _span(doc, i, i + 1, 0.5, "fraction"))
        numerator = 1.0 if low in ("a", "an") else number_value(low)
        if numerator is None:
            return None
        k = i + 1
        if k < n and doc[k].text == "-":
            k += 1
        if k + 1 < n and doc[k].lower_ in FRACTIONS and doc[k + 1].lower_ == "of" \
                and (doc[k].lower_.endswith("s") == (numerator > 1) or low in ("a", "an", "one")):
            return _qualified(doc, _span(doc, i, k + 1, numerator / FRACTIONS[doc[k].lower_], "fraction"))
        # "rose by a fifth", "cut by two-thirds": the size of a change, with nothing after it
        if k < n and doc[k].lower_ in FRACTIONS and i > 0 and doc[i - 1].lower_ == "by" \
                and (doc[k].lower_.endswith("s") == (numerator > 1) or low in ("a", "an", "one")) \
                and (k + 1 >= n or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ")):
            return _span(doc, i, k + 1, numerator / FRACTIONS[doc[k].lower_], "fraction")
        # "one of four concepts" (a share), "one out of three", "one in five Americans"
        if low in ("one", "1") and k + 1 < n and doc[k].lower_ == "of" and doc[k + 1].like_num \
                and (den := number_value(doc[k + 1].lower_)) and den > 1:
            return _span(doc, i, k + 2, 1 / den, "fraction")
        if low.isalpha() or tok.text.isdigit():
            if k + 2 < n and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
                den = number_value(doc[k + 2].lower_)
                if den and den > numerator:
                    return _span(doc, i, k + 3, numerator / den, "fraction")
            if k + 1 < n and doc[k].lower_ == "in" and (den := number_value(doc[k + 1].lower_)) \
                    and numerator < den <= 100 and float(numerator).is_integer() and (k + 2 >= n or not doc[k + 2].like_num) \
                    and not _looks_like_year(den):
                return _qualified(doc, _span(doc, i, k + 2, numerator / den, "fraction"))
        return None

    def _glued(self, doc: Doc, i: int, date_tokens: set[int]) -> NumberSpan | None:
        """Digits glued to a currency or unit: '256GB', 'PS6m', '$US113', '~1.2mm', 'minus-130'."""
        from unrest.nlp.vocab import CURRENCY_NAMES, DOLLAR_PREFIXES

        tok = doc[i]
        m = _GLUED.match(tok.text)
        if m is None or not (m.group("pre") or m.group("suf")):
            return None
        pre, suf = m.group("pre") or "", m.group("suf") or ""
        if pre[-1:].isalpha() and m.group("num").startswith(".") and len(m.group("num")) > 1:
            return self._glued_after_dot(doc, i, date_tokens)  # "Rs.500": the dot ends the abbreviation
        after_dollar = i > 0 and doc[i - 1].text == "$"
        if pre and not (pre.lower() in _GLUED_PREFIXES or pre.lower() in _GLUED_CURRENCIES
                        or (after_dollar and pre.lower() in DOLLAR_PREFIXES)):
            return None
        if pre and i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
            return None  # "PLX-R18": a name
        money = bool(pre and pre.lower() not in _GLUED_PREFIXES) or _currency_before(doc, i)
        value = float(m.group("num").replace(",", ""))
        scale = 1.0
        if suf.lower() in SCALE_SUFFIXES and (money or suf.lower() not in ("m", "b", "k") or _counts_next(doc, i)):
            scale, suf = float(SCALE_SUFFIXES[suf.lower()]), ""
        elif suf and suf != "-" and not _unit_word(suf, glued=True) and suf.lower() not in ("sq", "%"):
            return None
        if suf.lower() in ("s", "'s", "’s") and (_looks_like_year(value) or i > 0 and doc[i - 1].lower_ in (
                "the", "his", "her", "their", "early", "mid", "late")):
            return None  # "in their 50s", "2018s best performer"
        if not pre and not suf:
            return None
        if _looks_like_year(value) and not pre and suf.lower() not in ("-",) and not _unit_word(suf, glued=True):
            return None
        if i in date_tokens and not (pre or _unit_word(suf, glued=True)):
            return None
        j = i + 1
        words = []
        while not suf and j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ not in ("m", "k", "mn", "bn"):
            words.append(doc[j].lower_)
            j += 1
        if words:
            scale *= _parse_words(["1", *words]) or 1.0
        if not suf and scale == 1.0:
            extra, j = _trailing_scale(doc, i, j, money)
            scale *= extra
        if pre.lower() in ("minus-", "-", "−") or not pre and i > 0 and doc[i - 1].lower_ in ("minus", "negative"):
            value = -value  # "minus-130", "minus 20C"
        span = self._finish(doc, i, j, _times(value, scale), None, "exact")
        if span is None:
            return None
        if pre.lower() in _GLUED_PREFIXES and _GLUED_PREFIXES[pre.lower()] != "negative" and span.qualifier == "exact":
            span.qualifier = _GLUED_PREFIXES[pre.lower()]
        span.prefix, span.suffix = pre, suf
        if money:
            span.kind = "money"
        elif suf.lower() in ("%", "pc", "pct"):
            span.kind = "percent"
        return span

    def _glued_after_dot(self, doc: Doc, i: int, date_tokens: set[int]) -> NumberSpan | None:
        m = re.match(r"^([A-Za-z]{1,3})\.(\d[\d,]*(?:\.\d+)?)$", doc[i].text)
        if m is None or m.group(1).lower() + "." not in _GLUED_CURRENCIES:
            return None
        span = self._finish(doc, i, i + 1, float(m.group(2).replace(",", "")), None, "exact")
        if span is not None:
            span.prefix, span.kind = m.group(1) + ".", "money"
        return span

    def _range_end(self, doc: Doc, k: int) -> tuple[float, int, str] | None:
        """The second number of a range, maybe after a repeated currency: '$3 billion to $5 billion'."""
        n = len(doc)
        if k < n and (doc[k].lower_ in CURRENCY_SYMBOLS or doc[k].text in ("US$", "A$", "C$", "HK$")):
            k += 1
        if k >= n:
            return None
        m = _GLUED.match(doc[k].text)
        if m is not None and (m.group("pre") or m.group("suf")) and (m.group("suf") or "") not in ("-",):
            value = float(m.group("num").replace(",", ""))
            suf = (m.group("suf") or "").lower()
            if suf in SCALE_SUFFIXES:
                value *= SCALE_SUFFIXES[suf]
            elif suf and not _unit_word(suf, glued=True):
                return None
            end = k + 1
            words = []
            while end < n and doc[end].lower_ in ("million", "billion", "trillion", "thousand"):
                words.append(doc[end].lower_)
                end += 1
            return _times(value, _parse_words(["1", *words]) or 1.0), end, m.group("suf") or ""
        words = []
        j = k
        while j < n and (_is_number_word(doc[j]) or (doc[j].text == "-" and words and words[-1] in TENS)):
            if words and _DIGITS.match(doc[j].lower_) and _DIGITS.match(words[-1]):
                break
            words.append(doc[j].lower_)
            j += 1
        while words and words[-1] in ("m", "k", "-"):
            words.pop()
            j -= 1
        if not words:
            return None
        v = _parse_words(words)
        return (v, j, "") if v is not None else None

    def _quantity_range(self, doc: Doc, i: int, j: int, value: float) -> NumberSpan | None:
        """'1 to 1.5', '5-10W', 'between $48,000 and $90,000', 'from 2,415 to 2,315', 'from 1 per
        cent to 1.5 per cent', 'to 138,285 lots from 212,577 lots' (the earlier value first)."""
        n = len(doc)
        if doc[j - 1].text.endswith("-") and len(doc[j - 1]) > 1:
            return None  # "a 7- or 8-inch screen": two sizes
        start = i - 1 if i > 0 and _currency_before(doc, i) else i
        before = doc[start - 1].lower_ if start > 0 else ""
        q, qstart = _qualifier_before(doc, start)
        if q is not None:
            before = doc[qstart - 1].lower_ if qstart > 0 else ""
        # the unit may stand after both numbers: "from 1 per cent to 1.5 per cent", "between 5% and 6%"
        conn_at, unit = j, []
        if j < n and doc[j].lower_ not in _RANGE_WORDS:
            for w in range(1, 4):
                if j + w < n and doc[j + w].lower_ in _RANGE_WORDS \
                        and not any(t.like_num or t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "per" for t in doc[j:j + w]):
                    conn_at, unit = j + w, [t.lower_ for t in doc[j:j + w]]
                    break
        # "by $43.6bn to $419.2bn", "rose $1.20 to $85.40": a change, then the level it reached
        after_change = before == "by" or start > 0 and doc[start - 1].lemma_.lower() in CHANGE_UP | CHANGE_DOWN
        by_change = conn_at < n and doc[conn_at].lower_ == "to" and after_change and (
            unit or start < i or j - i > 1 or _change_then_level(self._range_end(doc, conn_at + 1), value))
        if conn_at < n and doc[conn_at].lower_ in _RANGE_WORDS and not by_change:
            conn = doc[conn_at].lower_
            end = self._range_end(doc, conn_at + 1)
            if end is not None and end[0] == value and conn in ("-", "–") and not unit:
                return _span(doc, i, end[1], value, "count")  # a score: "ended 2-2"
            if end is not None and end[0] != value:
                v2, k, suffix = end
                if unit and [t.lower_ for t in doc[k:k + len(unit)]] != unit:
                    return None
                if conn == "and" and before != "between":
                    return None
                if conn == "or" and not (value < v2 <= value * 3):
                    return None
                if conn == "to" and conn_at + 1 < n and doc[conn_at + 1].lower_ in ("the", "a"):
                    return None
                if unit and conn in ("-", "–"):
                    return None
                first = start - 1 if before in ("between", "from") else start
                if q is not None:
                    first = qstart
                scale = _parse_words(["1", *(t.lower_ for t in doc[k - 1:k] if t.lower_ in ("million", "billion", "trillion", "thousand"))]) or 1
                if j - i == 1 and scale > 1 and value * scale <= v2:
                    value = _times(value, scale)  # "$5-6 billion", "between 10 and 20 million": the scale is shared
                span = _span(doc, i, k, value, "count")
                span.value_max, span.tok_start, span.suffix = v2, first, suffix
                span.qualifier = q or "range"
                span.start = doc[first].idx
                return span
        # "from 20 miles per gallon in 2008 to 29 mpg": a range with words between
        if before == "from" and q is None:
            for k in range(j, min(n - 1, j + 7)):
                if doc[k].lower_ == "to":
                    end = self._range_end(doc, k + 1)
                    if end is not None and end[0] != value and not _looks_like_year(end[0]):
                        span = _span(doc, i, j, value, "count")
                        span.value_max, span.qualifier, span.tok_end = end[0], "range", end[1]
                        span.tok_start, span.start = start - 1, doc[start - 1].idx
                        span.end = doc[end[1] - 1].idx + len(doc[end[1] - 1])
                        return span
                    break
                if doc[k].like_num and not (k > 0 and doc[k - 1].lower_ == "in") or doc[k].is_punct \
                        or doc[k].pos_ in ("VERB", "AUX"):
                    break
        # "to 138,285 lots from 212,577 lots": the earlier value first
        if before == "to":
            for k in range(j, min(n - 1, j + 3)):
                if doc[k].lower_ == "from":
                    end = self._range_end(doc, k + 1)
                    if end is not None:
                        span = _span(doc, i, end[1], end[0], "count")
                        span.value_max, span.qualifier = value, "range"
                        return span
                    break
                if doc[k].is_punct or doc[k].pos_ in ("VERB", "ADP"):
                    break
        return None

_RANGE_WORDS = {"to", "-", "–", "and", "or", "through"}


def _change_then_level(end: tuple[float, int, str] | None, value: float) -> bool:
    """'rose by 25,000 to 1.3 million': a level far from the change is no range of changes
    ('rose by 5 to 10 percent' is one)."""
    return end is not None and value > 0 and not value < end[0] <= value * 4
_STREET_WORDS = {"st", "st.", "street", "road", "rd", "rd.", "way", "ave", "ave.", "avenue", "lane", "drive",
                 "boulevard", "blvd", "place", "square", "court", "terrace"}


def _year_pair(doc: Doc, i: int) -> bool:
    """'between 1600 and 1900', 'from 1997 to 2005': two years, not a range of quantities."""
    def yearish(tok: Token) -> bool:
        return tok.text.isdigit() and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100

    if not yearish(doc[i]) or i == 0 or doc[i - 1].lower_ not in ("between", "from", "in"):
        return False
    if not (i + 2 < len(doc) and doc[i + 1].lower_ in ("and", "to", "-", "–") and yearish(doc[i + 2])):
        return False
    return not (i + 3 < len(doc) and (doc[i + 3].tag_ == "NNS" or _unit_word(doc[i + 3].text)))  # "from 1000 to 2000 hires"


def _not_a_quantity(doc: Doc, i: int, j: int) -> bool:
    """Numbers a quantity extractor skips: ranks ('the top three'), addresses ('49 Zorro Ranch
    Road'), spelled-out numbers compounded with a noun ('a four-cylinder engine')."""
    n = len(doc)
    if i >= 2 and doc[i - 1].lower_ in ("top", "bottom") and doc[i - 2].lower_ == "the":
        return True
    if doc[i].text.isdigit():
        for k in range(j, min(n, j + 4)):
            if doc[k].lower_ in _STREET_WORDS and doc[k].text[0].isupper():
                return all(t.text[:1].isupper() or _ORDINAL_DIGITS.match(t.text) for t in doc[j:k])
            if not (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper() or _ORDINAL_DIGITS.match(doc[k].text)):
                break
    if doc[j - 1].is_alpha and j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_alpha and doc[j + 1].lower_ not in FRACTIONS \
            and not _unit_word(doc[j + 1].text) and doc[j + 1].lower_ != "plus":
        return True  # "a four-cylinder engine" is a kind of engine; "a six-mile trip" is a distance
    return False


def _year_is_count(doc: Doc, i: int, j: int) -> bool:
    """A year-like number that counts: 'about 2000 - 2500 calories', '$2000', '2000 hires'."""
    if _currency_before(doc, i) or _qualifier_before(doc, i)[0] is not None:
        return True
    nxt = doc[j] if j < len(doc) else None
    if nxt is None:
        return False
    if _unit_word(nxt.text):
        return True
    prev = doc[i - 1].lower_ if i > 0 else ""
    return nxt.tag_ == "NNS" and prev not in ("the", "this", "that", "its", "their", "his", "her", "our", "in",
                                               "of", "since", "by", "until", "from", "for", "and", "to")


def _qualified(doc: Doc, span: NumberSpan) -> NumberSpan:
    q, qstart = _qualifier_before(doc, span.tok_start)
    if q is not None:
        span.qualifier, span.tok_start, span.start = q, qstart, doc[qstart].idx
    return span


def _minus_qualifier(doc: Doc, i: int) -> tuple[str | None, int]:
    """'about minus 387': the qualifier stands before the sign."""
    if i > 0 and doc[i - 1].lower_ in ("minus", "negative"):
        return _qualifier_before(doc, i - 1)
    return None, i


def _span(doc: Doc, i: int, j: int, value: float, kind: str) -> NumberSpan:
    return NumberSpan(start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1]), tok_start=i, tok_end=j,
                      num_start=i, num_end=j, value=value, value_max=None, qualifier="exact", kind=kind)


class NumberFinder(_QuantityForms):
    """Scans a parsed Doc for number expressions (see module docstring)."""

    def __init__(self, quantities: bool = False) -> None:
        self.quantities = quantities

    def __call__(self, doc: Doc) -> list[NumberSpan]:
        spans: list[NumberSpan] = []
        # a quantity extractor keeps durations inside DATE entities ("in 20 minutes", "the past
        # two years"); calendar dates are still caught by the month and year rules
        date_tokens = _date_token_ids(doc) if not self.quantities else set()
        i = 0
        n = len(doc)
        while i < n:
            found = self._match_at(doc, i, date_tokens)
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found.tok_end
        return spans

    # -- one expression -------------------------------------------------------------------
    def _match_at(self, doc: Doc, i: int, date_tokens: set[int]) -> NumberSpan | None:
        t = doc[i]
        low = t.lower_
        if self.quantities:
            special = self._fraction(doc, i) or self._glued(doc, i, date_tokens)
            if special is not None:
                return special
            if low in ORDINALS or _ORDINAL_DIGITS.match(low) or _name_number(doc, i) or _year_pair(doc, i):
                return None
            if low in ("hundred", "thousand", "hundreds", "thousands") and i > 0 and doc[i - 1].lower_ in ("several", "few"):
                return None  # "several hundred": no number is stated
        if low in ORDINALS or _ORDINAL_DIGITS.match(low):
            return self._ordinal_duration(doc, i)
        if low in VAGUE or (low == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of"):
            return self._vague(doc, i)
        if self.quantities and (m := _MONEY_RANGE.match(low)) and _currency_before(doc, i):
            lo, hi = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
            span = self._finish(doc, i, i + 1, lo, hi, "range")  # "$2,000-$3,000"
            if span is not None:
                span.kind = "money"
            return span
        if m := _DIGIT_RANGE.match(low):
            lo, hi = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
            ordered = lo < hi or (self.quantities and lo != hi and not _looks_like_year(hi))
            if ordered and not _looks_like_year(lo) and not _excluded(doc, i, i + 1, date_tokens, self.quantities):
                return self._finish(doc, i, i + 1, lo, hi, "range")
            if self.quantities and lo == hi and not _excluded(doc, i, i + 1, date_tokens, True):
                return self._finish(doc, i, i + 1, lo, None, "exact")  # a score, "2-2"
            return None
        if not _is_number_word(t) and not (low in ("a", "an", "half") and _starts_number(doc, i)):
            return None
        if self.quantities and low == "dozen" and i > 0 and doc[i - 1].tag_ == "POS":
            return None  # "a baker's dozen"
        j = i
        words: list[str] = []
        while j < len(doc):
            w = doc[j].lower_
            if _is_number_word(doc[j]) and not (words and _DIGITS.match(w)):
                words.append(w)  # digits only open a number: "one 52,000-barrel", "2.9 million 9 litre"
            elif w in ("a", "an") and (not words or words == ["half"]) and _starts_number(doc, j):
                words.append(w)
            elif w == "half" and not words and j + 1 < len(doc) and doc[j + 1].lower_ in ("a", "an"):
                words.append(w)
            elif w == "and" and words and words[-1] in ("hundred", "thousand") and j + 1 < len(doc) \
                    and (doc[j + 1].lower_ in SMALL or doc[j + 1].lower_ in TENS):
                words.append(w)
            elif w == "-" and words and words[-1] in TENS and j + 1 < len(doc) and doc[j + 1].lower_ in SMALL:
                words.append(w)
            else:
                break
            j += 1
        # "m"/"k" on their own are words, not scales, unless glued to digits (handled by regex).
        while words and words[-1] in ("m", "k", "mn", "bn", "a", "an", "and", "-"):
            words.pop()
            j -= 1
        if not words:
            return None
        if self.quantities and words[0] in SCALES and i > 0 and doc[i - 1].lower_ == "per":
            return None  # "parts per million": part of a unit
        value = _parse_words(words)
        if value is None:
            return None
        if _excluded(doc, i, j, date_tokens, self.quantities):
            return None
        if self.quantities and _not_a_quantity(doc, i, j):
            return None
        if words == ["one"] and not _one_is_count(doc, i, self.quantities):
            return None
        if self.quantities:
            if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and doc[j + 1].lower_ in ("million", "billion", "trillion"):
                value, j = value * SCALES[doc[j + 1].lower_], j + 2  # "a $1.5-billion deal"
            if j + 2 < len(doc) and [t.lower_ for t in doc[j:j + 3]] == ["and", "a", "half"]:
                value, j = value + 0.5, j + 3  # "six and a half years"
            if j < len(doc) and j - i == 1 and doc[i].text.isdigit() and (m := _SLASH_FRACTION.match(doc[j].text)) \
                    and 0 < int(m.group(1)) < int(m.group(2)):
                value, j = value + int(m.group(1)) / int(m.group(2)), j + 1  # "3 1/2 years"
            factor, j = _trailing_scale(doc, i, j, _currency_before(doc, i))
            value = _times(_negative(doc, i, value), factor)
        # "from 200 to 427" after a change verb: the figure is the later value
        return self._finish(doc, i, j, value, None, "exact")

    def _finish(self, doc: Doc, i: int, j: int, value: float, value_max: float | None,
                qualifier: str) -> NumberSpan | None:
        start_tok, end_tok = i, j
        num_end = j
        if self.quantities and value_max is None:
            span = self._quantity_range(doc, i, j, value)
            if span is not None:
                return _qualified(doc, span) if span.qualifier != "range" else span
        # a range: "30 to 40", "30-40", "between 30 and 40", "30 or 40"
        if value_max is None and not self.quantities and j + 1 < len(doc) and doc[j].lower_ in ("to", "-", "–", "and", "or"):
            # "rs 5,000 to rs 50,000": the currency may be repeated before the second number
            skip = 1 if doc[j + 1].lower_ in CURRENCY_SYMBOLS and j + 2 < len(doc) else 0
            second = self._plain_number(doc, j + 1 + skip)
            if second is not None:
                v2, k = second
                before = doc[i - 1].lower_ if i > 0 else ""
                is_between = before == "between"
                is_change = before == "from" and i >= 2 and doc[i - 2].lemma_.lower() in _CHANGE_VERBS
                if is_change:  # "rose from 200 to 427": the figure is the later value
                    return self._finish(doc, j + 1, k, v2, None, "exact")
                if v2 > value and (doc[j].lower_ != "and" or is_between) and \
                        (doc[j].lower_ != "or" or v2 <= value * 3):
                    value_max, qualifier, end_tok, num_end = v2, "range", k, k
                    if is_between:
                        start_tok = i - 1
        if qualifier != "range":
            q, qstart = _qualifier_before(doc, i)
            if q is None and self.quantities:
                q, qstart = _minus_qualifier(doc, i)
            if q:
                qualifier, start_tok = q, qstart
            elif end_tok < len(doc) and doc[end_tok].lower_ in ("plus", "+"):
                qualifier, end_tok = "more_than", end_tok + 1
            elif self.quantities and end_tok + 1 < len(doc) and doc[end_tok].text == "-" and doc[end_tok + 1].lower_ == "plus":
                qualifier, end_tok = "more_than", end_tok + 2  # "1 million-plus"
            elif end_tok + 1 < len(doc) and doc[end_tok].lower_ == "or" and doc[end_tok + 1].lower_ == "more":
                qualifier, end_tok = "at_least", end_tok + 2
        kind, currency = "count", None
        prev = doc[i - 1].lower_ if i > 0 else ""
        nxt = doc[j].lower_ if j < len(doc) else ""
        if prev in CURRENCY_SYMBOLS:
            kind, currency = "money", CURRENCY_SYMBOLS[prev]
            if start_tok == i:
                start_tok = i - 1
                q, qstart = _qualifier_before(doc, i - 1)  # "about $4 billion"
                if q and qualifier == "exact":
                    qualifier, start_tok = q, qstart
        elif self.quantities and _currency_before(doc, i) and start_tok == i:
            q, qstart = _qualifier_before(doc, i - 1)  # "about A$12 billion"
            if q and qualifier == "exact":
                qualifier, start_tok = q, qstart
        elif nxt in ("%", "percent", "per") and (nxt != "per" or (j + 1 < len(doc) and doc[j + 1].lower_ == "cent")):
            kind = "percent"
            end_tok = max(end_tok, j + (2 if nxt == "per" else 1))
        return NumberSpan(
            start=doc[start_tok].idx, end=doc[end_tok - 1].idx + len(doc[end_tok - 1]),
            tok_start=start_tok, tok_end=end_tok, num_start=i, num_end=num_end,
            value=value, value_max=value_max, qualifier=qualifier, kind=kind, currency=currency,
        )

    def _plain_number(self, doc: Doc, i: int) -> tuple[float, int] | None:
        words: list[str] = []
        j = i
        while j < len(doc) and (_is_number_word(doc[j]) or (doc[j].lower_ == "-" and words)):
            words.append(doc[j].lower_)
            j += 1
        while words and words[-1] == "-":
            words.pop()
            j -= 1
        if not words:
            return None
        v = _parse_words(words)
        return (v, j) if v is not None else None

    def _vague(self, doc: Doc, i: int) -> NumberSpan | None:
        """'hundreds', 'dozens', 'tens of thousands', 'hundreds of thousands'."""
        low = doc[i].lower_
        j = i + 1
        value = float(VAGUE.get(low, 0))
        if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].lower_ in ("thousands", "millions"):
            base = {"thousands": 1_000, "millions": 1_000_000}[doc[j + 1].lower_]
            value = {"tens": 10, "hundreds": 100, "dozens": 12}.get(low, 1) * base * 2
            j += 2
        if low == "tens" and value < 100:
            return None
        prev = doc[i - 1].lower_ if i > 0 else ""
        if prev in ("the", "their", "its", "his", "her") or doc[i].pos_ == "VERB":
            return None  # "the thousands who marched" is still vague, but "the 1990s"-like uses are not
        q, qstart = _qualifier_before(doc, i)
        if self.quantities and low == "dozens" and value == VAGUE["dozens"]:
            # "dozens of homes": the unit the plural names, a dozen (as CQE's own test sets read it)
            return _span(doc, i, j, 12.0, "count")
        if self.quantities and low != "dozens":
            # the order of magnitude the plural names: "hundreds of thousands" = 100,000 to 1,000,000
            lo = value / 2
            return NumberSpan(
                start=doc[i].idx, end=doc[j - 1].idx + len(doc[j - 1]), tok_start=i, tok_end=j,
                num_start=i, num_end=j, value=lo, value_max=lo * 10, qualifier="range",
            )
        span = NumberSpan(
            start=doc[qstart if q else i].idx, end=doc[j - 1].idx + len(doc[j - 1]),
            tok_start=qstart if q else i, tok_end=j, num_start=i, num_end=j,
            value=value, value_max=None, qualifier=q or "at_least",
        )
        return span

    def _ordinal_duration(self, doc: Doc, i: int) -> NumberSpan | None:
        """'ninth straight day', 'the third day of protests' are durations; other ordinals are ranks."""
        low = doc[i].lower_
        m = _ORDINAL_DIGITS.match(low)
        value = float(m.group(1)) if m else float(ORDINALS[low])
        for k in range(i + 1, min(i + 4, len(doc))):
            lemma = doc[k].lemma_.lower()
            if lemma in DURATION_NOUNS:
                if k + 1 < len(doc) and doc[k + 1].lower_ == "of" and k + 2 < len(doc) \
                        and doc[k + 2].lower_ in MONTHS:
                    return None  # "the first week of March" is a date
                return NumberSpan(
                    start=doc[i].idx, end=doc[k].idx + len(doc[k]), tok_start=i, tok_end=k + 1,
                    num_start=i, num_end=i + 1, value=value, value_max=None, qualifier="exact",
                    kind="ordinal_duration",
                )
            if doc[k].lower_ not in ("straight", "consecutive", "successive", "full", "continuous", "-"):
                return None
        return None


_CHANGE_VERBS = {"rise", "increase", "jump", "climb", "grow", "fall", "drop", "decrease", "decline",
                 "go", "surge", "soar", "swell", "double", "reduce", "cut", "raise", "revise"}


def _starts_number(doc: Doc, i: int) -> bool:
    """'a hundred', 'a dozen', 'half a million' start numbers; 'a' alone does not."""
    k = i + 1
    if doc[i].lower_ == "half":
        k = i + 2
    return k < len(doc) and doc[k].lower_ in ("hundred", "thousand", "million", "billion", "dozen", "lakh", "crore")


def _qualifier_before(doc: Doc, i: int) -> tuple[str | None, int]:
    for length in range(_MAX_QUALIFIER_LEN, 0, -1):
        if i - length < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - length:i])
        if phrase in QUALIFIER_PHRASES:
            # "some" and "about" as qualifiers need a number right after them (always true here),
            # but "over" may be a preposition of place or time ("over 3 days" is still more_than).
            return QUALIFIER_PHRASES[phrase], i - length
    return None, i


def _looks_like_year(v: float) -> bool:
    return float(v).is_integer() and 1800 <= v <= 2100


_DATE_WORDS = MONTHS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "yesterday", "tomorrow", "tonight", "ago", "year", "years", "month", "months", "week", "weeks",
    "day", "days", "decade", "century", "morning", "evening", "night", "afternoon", "spring",
    "summer", "autumn", "winter", "fall", "weekend", "hour", "hours", "midnight", "noon",
}


def _date_token_ids(doc: Doc) -> set[int]:
    """Tokens of DATE/TIME entities that really look like dates.

    The small model tags some bare counts as DATE ("43 in X, 27 in Y"); an entity with no
    calendar word and no year-like number is not trusted.
    """
    ids: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        words = {t.lower_ for t in ent}
        yearish = any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in ent)
        ordinal = any(_ORDINAL_DIGITS.match(t.lower_) or t.lower_ in ORDINALS for t in ent)
        if words & _DATE_WORDS or yearish or ordinal or ent.label_ == "TIME" or "-" in ent.text:
            ids.update(range(ent.start, ent.end))
    return ids


_TIME_WORDS = {"a.m.", "p.m.", "am", "pm", "gmt", "hrs", "o'clock", "ist", "utc", "edt", "est", "pdt", "pst", "cet"}


def _dot_time(prev: Token | None, nxt: Token | None) -> bool:
    """'at 6.30' is a time; '8.15%' and 'just 0.03 millimeter' are not."""
    if prev is None or prev.lower_ not in ("at", "by", "until", "till", "from", "before", "after", "around", "about"):
        return False
    return nxt is None or (nxt.is_punct and nxt.text not in ("%", "-")) or nxt.lower_ in (
        "on", "in", "local", "hours", "this", "that", "today", "tonight", "yesterday", "and", "when")


def _excluded(doc: Doc, i: int, j: int, date_tokens: set[int], quantities: bool = False) -> bool:
    """Years, dates, times, ages, labels and phone numbers are not figures (ages are quantities)."""
    first = doc[i]
    text = doc[i:j].text
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[j] if j < len(doc) else None
    single_digits = j - i == 1 and bool(_DIGITS.match(first.lower_))
    value = number_value(first.lower_) if single_digits else None
    # a year: four digits in range, not written with a comma ("a 2000-strong mob" is a count)
    strong = nxt is not None and (nxt.lower_ == "strong" or (nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ == "strong"))
    if value is not None and _looks_like_year(value) and "," not in first.text and not strong:
        if not (nxt is not None and nxt.lemma_.lower() in _COUNT_NOUN_HINTS) \
                and not (quantities and _year_is_count(doc, i, j)):
            return True
    # a day of the month: "January 5", "5 January", "Jan. 5, 2024"
    if prev is not None and prev.lower_ in MONTHS and value is not None and value <= 31:
        return True
    if nxt is not None and nxt.lower_ in MONTHS and value is not None and value <= 31:
        return True
    if nxt is not None and nxt.lower_ in _TIME_WORDS and not (quantities and nxt.lower_ == "hrs" and len(first.text) <= 2):
        return True
    if _TIME.match(text) and (":" in text or _dot_time(prev, nxt)):
        return True
    if _PHONE.match(text) and len(text) >= 9:
        return True
    # ages: "24-year-old", "aged 24", "a 24 year old", ", 24,"
    if quantities:
        pass
    elif nxt is not None and nxt.lower_ in ("-year", "year") and j + 2 < len(doc) and doc[j + 2].lower_.startswith("old"):
        return True
    elif nxt is not None and nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in ("year", "years", "yr") and j + 3 < len(doc) and "old" in doc[j + 3].lower_:
        return True
    elif prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and i >= 2 \
            and doc[i - 2].ent_type_ == "PERSON" and value is not None and value < 110:
        return True
    if prev is not None and prev.lower_.rstrip(".") in LABEL_WORDS:
        return True
    if prev is not None and prev.text == "." and i >= 2 and doc[i - 2].lower_ == "no" and not prev.whitespace_ == "\n":
        return True  # "No. 2", tokenised as "No" "."
    # ages in a list: "dalbir kaur (50), sarvjeet singh (23)"; "sanjay rana, 22, was arrested"
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].is_alpha:
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].pos_ in ("PROPN", "NOUN") and doc[i - 2].is_alpha \
            and j + 1 < len(doc) and (doc[j + 1].pos_ in ("AUX", "VERB") or doc[j + 1].lower_ in ("who", "a", "an", "the", "was", "is")
                                      or doc[j + 1].pos_ == "ADV" and j + 2 < len(doc) and doc[j + 2].pos_ in ("AUX", "VERB")):
        return True
    # the second of a pair after an age or a label: "aged 19 and 21", "highway 28 and 29"
    if prev is not None and prev.lower_ in ("and", "or", "&") and i >= 3 and doc[i - 2].like_num \
            and (doc[i - 3].lower_.rstrip(".") in LABEL_WORDS or doc[i - 3].lower_ in ("aged", "age", "ages")):
        return True
    # calibres and measures: "9-mm rounds", "80 km from here" is kept (a distance is no label)
    if nxt is not None and nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in _MEASURES and not quantities:
        return True
    # inside a DATE/TIME entity: only durations ("three days", "two weeks") survive
    if any(k in date_tokens for k in range(i, j)):
        after = doc[j].lemma_.lower() if j < len(doc) else ""
        hyphenated = after == "-" and j + 1 < len(doc) and doc[j + 1].lemma_.lower() in DURATION_NOUNS
        if after not in DURATION_NOUNS and not hyphenated and not (after in ("straight", "consecutive") and j + 1 < len(doc)):
            return True
    # a number glued to letters ("G20", "Covid-19") never reaches here; "19" after "covid -"
    if prev is not None and prev.text == "-" and i >= 2 and doc[i - 2].is_alpha:
        return True
    # the end of a span of years or days: "2014-15", "Sept. 20-24"
    if prev is not None and prev.text in ("-", "–") and i >= 2 and (
            _looks_like_year(number_value(doc[i - 2].lower_) or 0) or i >= 3 and doc[i - 3].lower_ in MONTHS):
        return True
    if quantities and single_digits and first.text.startswith("0") and len(first.text) > 1 and "." not in first.text:
        return True  # "09" in a timestamp, "0401 GMT"
    return False


# nouns that make a four-digit number a count even in year range ("1,999 people" has a comma;
# "2000 protesters" does not)
_COUNT_NOUN_HINTS = {
    "people", "person", "protester", "demonstrator", "troop", "soldier", "fighter", "police",
    "policeman", "officer", "student", "worker", "family", "civilian", "house", "home", "vehicle",
    "member", "supporter", "detainee", "prisoner", "refugee", "resident", "personnel", "militant",
}


def _one_is_count(doc: Doc, i: int, quantities: bool = False) -> bool:
    """'one' is a count in 'one person was killed', not in 'one of the' or 'no one'.

    A quantity extractor also counts 'one of the ...' (one item of a set)."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return False
    # "only one person" counts (a quantity extractor's reading); "the only one" does not
    if quantities and prev == "only" and nxt.pos_ == "NOUN" and not (i > 1 and doc[i - 2].lower_ == "the"):
        return True
    if prev in ("no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "only"):
        return False
    if nxt.like_num:
        return False  # "one 52,000-barrel refinery"
    if quantities and nxt.lower_ == "of" and prev not in ("at",):
        return True
    if nxt.lower_ in ("of", "another", "day", "time", "way", "side", "thing", "hand", "point"):
        return False
    if quantities and (nxt.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") or nxt.lower_ in ("who", "that")):
        return False  # "one is", "one who", "one, two": a pronoun, not a count of anything
    return True
