"""Find number expressions in a parsed text: digits, words, vague plurals, ranges and qualifiers.

This is the lexicon the off-the-shelf parsers lack ("two dozen", "roughly 850", "hundreds of",
"1.5 million", "5 lakh"). It decides *what number* a span states and *how sure* the text is about
it; :mod:`unrest.nlp.components.figures` decides *what is counted*.

A :class:`NumberSpan` is produced for every number that could be a figure. Years, dates, times,
ages, ordinals of rank, phone and section numbers are skipped here, so nothing downstream can
mistake them for counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

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
DURATION_NOUNS = {"day", "week", "month", "year", "night", "hour"}

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
_DIGITS = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_DIGITS_SCALED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|million|billion)$", re.I)
_ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
_DIGIT_RANGE = re.compile(r"^(\d[\d,]*)[-–](\d[\d,]*)$")
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
    kind: str = "count"  # count | money | percent | ordinal_duration
    currency: str | None = None


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


class NumberFinder:
    """Scans a parsed Doc for number expressions (see module docstring)."""

    def __call__(self, doc: Doc) -> list[NumberSpan]:
        spans: list[NumberSpan] = []
        date_tokens = _date_token_ids(doc)
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
        if low in ORDINALS or _ORDINAL_DIGITS.match(low):
            return self._ordinal_duration(doc, i)
        if low in VAGUE or (low == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of"):
            return self._vague(doc, i)
        if m := _DIGIT_RANGE.match(low):
            lo, hi = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
            if lo < hi and not _looks_like_year(lo) and not _excluded(doc, i, i + 1, date_tokens):
                return self._finish(doc, i, i + 1, lo, hi, "range")
            return None
        if not _is_number_word(t) and not (low in ("a", "an", "half") and _starts_number(doc, i)):
            return None
        j = i
        words: list[str] = []
        while j < len(doc):
            w = doc[j].lower_
            if _is_number_word(doc[j]) and not (words and _DIGITS.match(w) and _DIGITS.match(words[-1])):
                words.append(w)
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
        value = _parse_words(words)
        if value is None:
            return None
        if _excluded(doc, i, j, date_tokens):
            return None
        if words == ["one"] and not _one_is_count(doc, i):
            return None
        # "from 200 to 427" after a change verb: the figure is the later value
        return self._finish(doc, i, j, value, None, "exact")

    def _finish(self, doc: Doc, i: int, j: int, value: float, value_max: float | None,
                qualifier: str) -> NumberSpan | None:
        start_tok, end_tok = i, j
        num_end = j
        # a range: "30 to 40", "30-40", "between 30 and 40", "30 or 40"
        if value_max is None and j + 1 < len(doc) and doc[j].lower_ in ("to", "-", "–", "and", "or"):
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
            if q:
                qualifier, start_tok = q, qstart
            elif end_tok < len(doc) and doc[end_tok].lower_ in ("plus", "+"):
                qualifier, end_tok = "more_than", end_tok + 1
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
    return v.is_integer() and 1800 <= v <= 2100


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


def _excluded(doc: Doc, i: int, j: int, date_tokens: set[int]) -> bool:
    """Years, dates, times, ages, labels and phone numbers are not figures."""
    first = doc[i]
    text = doc[i:j].text
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[j] if j < len(doc) else None
    single_digits = j - i == 1 and bool(_DIGITS.match(first.lower_))
    value = number_value(first.lower_) if single_digits else None
    # a year: four digits in range, not written with a comma ("a 2000-strong mob" is a count)
    strong = nxt is not None and (nxt.lower_ == "strong" or (nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ == "strong"))
    if value is not None and _looks_like_year(value) and "," not in first.text and not strong:
        if not (nxt is not None and nxt.lemma_.lower() in _COUNT_NOUN_HINTS):
            return True
    # a day of the month: "January 5", "5 January", "Jan. 5, 2024"
    if prev is not None and prev.lower_ in MONTHS and value is not None and value <= 31:
        return True
    if nxt is not None and nxt.lower_ in MONTHS and value is not None and value <= 31:
        return True
    if _TIME.match(text) or (nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "gmt", "hrs", "o'clock", "ist", "utc")):
        return True
    if _PHONE.match(text) and len(text) >= 9:
        return True
    # ages: "24-year-old", "aged 24", "a 24 year old", ", 24,"
    if nxt is not None and nxt.lower_ in ("-year", "year") and j + 2 < len(doc) and doc[j + 2].lower_.startswith("old"):
        return True
    if nxt is not None and nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in ("year", "years", "yr") and j + 3 < len(doc) and "old" in doc[j + 3].lower_:
        return True
    if prev is not None and prev.lower_ in ("aged", "age", "ages"):
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and i >= 2 \
            and doc[i - 2].ent_type_ == "PERSON" and value is not None and value < 110:
        return True
    if prev is not None and prev.lower_.rstrip(".") in LABEL_WORDS:
        return True
    # ages in a list: "dalbir kaur (50), sarvjeet singh (23)"; "sanjay rana, 22, was arrested"
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].is_alpha:
        return True
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].pos_ in ("PROPN", "NOUN") and doc[i - 2].is_alpha \
            and j + 1 < len(doc) and (doc[j + 1].pos_ in ("AUX", "VERB") or doc[j + 1].lower_ in ("who", "a", "an", "the", "was", "is")):
        return True
    # the second of a pair after an age or a label: "aged 19 and 21", "highway 28 and 29"
    if prev is not None and prev.lower_ in ("and", "or", "&") and i >= 3 and doc[i - 2].like_num \
            and (doc[i - 3].lower_.rstrip(".") in LABEL_WORDS or doc[i - 3].lower_ in ("aged", "age", "ages")):
        return True
    # calibres and measures: "9-mm rounds", "80 km from here" is kept (a distance is no label)
    if nxt is not None and nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in _MEASURES:
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
    return False


# nouns that make a four-digit number a count even in year range ("1,999 people" has a comma;
# "2000 protesters" does not)
_COUNT_NOUN_HINTS = {
    "people", "person", "protester", "demonstrator", "troop", "soldier", "fighter", "police",
    "policeman", "officer", "student", "worker", "family", "civilian", "house", "home", "vehicle",
    "member", "supporter", "detainee", "prisoner", "refugee", "resident", "personnel", "militant",
}


def _one_is_count(doc: Doc, i: int) -> bool:
    """'one' is a count in 'one person was killed', not in 'one of the' or 'no one'."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev in ("no", "the", "this", "that", "any", "every", "each", "which", "someone", "anyone", "only"):
        return False
    if nxt is None:
        return False
    if nxt.lower_ in ("of", "another", "day", "time", "way", "side", "thing", "hand", "point"):
        return False
    return True
