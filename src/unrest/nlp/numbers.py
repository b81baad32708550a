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

The lexicon lives in :mod:`unrest.nlp.number_words`, the exclusions in
:mod:`unrest.nlp.number_filters`, the quantity mode's extra forms in
:mod:`unrest.nlp.quantity_forms` and the span type in :mod:`unrest.nlp.number_span`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.nlp.number_filters import (
    _currency_before,
    _date_token_ids,
    _excluded,
    _name_number,
    _not_a_quantity,
    _one_is_count,
    _year_pair,
)
from unrest.nlp.number_span import NumberSpan, _minus_qualifier, _qualified, _span
from unrest.nlp.number_words import (
    _DIGIT_RANGE,
    _DIGITS,
    _MONEY_RANGE,
    _ORDINAL_DIGITS,
    _SLASH_FRACTION,
    CURRENCY_SYMBOLS,
    DURATION_NOUNS,
    MONTHS,
    ORDINALS,
    SCALES,
    SMALL,
    TENS,
    VAGUE,
    _is_number_word,
    _looks_like_year,
    _parse_words,
    _qualifier_before,
    _starts_number,
    number_value,
)
from unrest.nlp.quantity_business import spelled_after_digit_scale
from unrest.nlp.quantity_context import bare_age_after_name, day_in_date, number_in_name, year_in_date
from unrest.nlp.quantity_restate import currency_named_after
from unrest.nlp.quantity_economy import (
    plain_decimal_comma, plural_scale, scale_split_from_range, scale_then_amount, spelled_decimal, year_after_a_period,
    year_before_a_dated_noun,
)
from unrest.nlp.quantity_forms import (
    _negative,
    hyphen_tally,
    _QuantityForms,
    _space_groups,
    _times,
    _trailing_scale,
    scaled_money_range,
)
from unrest.nlp.quantity_written_forms import dashed_amount, forms_span, hyphened_scale, spelled_fraction_after_and
from unrest.nlp.quantity_money_abbrev import abbreviated_scale
from unrest.nlp.quantity_noisy import age_after_person_word, dotted_thousands
from unrest.nlp.quantity_notation import couple_of_scale, dimension_first, mixed_fraction, scientific
from unrest.nlp.quantity_politics import one_token_tally
from unrest.nlp.quantity_sports import (
    chart_position, half_a_scale, half_time, hyphened_half, one_as_pronoun, one_token_score, scale_after_range,
    scaled_plus, score_before_result, titled_number,
)

__all__ = ["NumberFinder", "NumberSpan", "number_value"]

_SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
# scales written after a hyphen in a compound adjective
_HYPHENED_SCALES = {"thousand", "million", "billion", "trillion", "lakh", "crore"}
# "5.25%-5.5%" is cut after the second number: the first "%" stays inside the token
_PERCENT_RANGE = re.compile(r"^(\d+(?:\.\d+)?)%[-–](\d+(?:\.\d+)?)$")


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
            if t.text.isdigit() and hyphen_tally(doc, i):
                return None  # "passed 52-48", "beat them 5-3 in 10 innings": a vote or a score, not a range
            if score_before_result(doc, i) or chart_position(doc, i) or half_time(doc, i) or one_as_pronoun(doc, i) \
                    or (low in SMALL or low in TENS) and titled_number(doc, i):
                return None  # "a 5-2 rout", "#1 in 23 countries", "before half-time": a score, a rank, a moment
            if (half := half_a_scale(doc, i)) is not None:
                return self._finish(doc, i, half[1], half[0], None, "exact")  # "a half-million survivors"
            if (floor := scaled_plus(t.text)) is not None:  # "10k+ season tickets"
                span = self._finish(doc, i, i + 1, floor, None, "more_than")
                return span
            if (decimal := spelled_decimal(doc, i) or plain_decimal_comma(doc, i) or dotted_thousands(doc, i)) is not None:
                return self._finish(doc, i, decimal[1], decimal[0], None, "exact")  # "ten-point-eight trillion", "1,4%"
            special = self._fraction(doc, i) or self._notation(doc, i) or self._glued(doc, i, date_tokens)
            if special is not None:
                return special
            if (amount := dashed_amount(doc, i)) is not None:
                return self._finish(doc, i, i + 1, amount, None, "exact")  # "Rs 5,000/-"
            if (form := forms_span(doc, i)) is not None:
                return form  # "half the staff", "a couple of players", "an hour and a half"
            if low in ORDINALS or _ORDINAL_DIGITS.match(low) or _name_number(doc, i) or _year_pair(doc, i):
                return None
            if low in ("hundred", "thousand", "hundreds", "thousands") and i > 0 and doc[i - 1].lower_ in ("several", "few"):
                return None  # "several hundred": no number is stated
            if low in _SCALE_WORDS and i > 1 and doc[i - 1].lower_ in ("hundred", "thousand") and doc[i - 2].lower_ in ("several", "few"):
                return None  # "a few hundred million": no number either
        if low in ORDINALS or _ORDINAL_DIGITS.match(low):
            return self._ordinal_duration(doc, i)
        if not self.quantities and low in ("several", "few") and i + 1 < len(doc) \
                and doc[i + 1].lower_ in ("hundred", "thousand"):
            return self._several(doc, i)
        if low in VAGUE or (low == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of"):
            return self._vague(doc, i)
        if self.quantities and (m := _PERCENT_RANGE.match(low)) and i + 1 < len(doc) and doc[i + 1].text == "%":
            span = self._finish(doc, i, i + 2, float(m.group(1)), float(m.group(2)), "range")  # "5.25%-5.5%"
            if span is not None:
                span.kind, span.suffix = "percent", "%"
            return span
        if self.quantities and (m := _MONEY_RANGE.match(low)) and _currency_before(doc, i):
            lo, hi = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
            scale = scale_after_range(doc, i + 1)  # "$60-$70 million", "$160-$170 Million": both sides share it
            # "$2,000-$3,000"
            span = self._finish(doc, i, i + 1 + (scale > 1), _times(lo, scale), _times(hi, scale), "range")
            if span is not None:
                span.kind = "money"
            return span
        if self.quantities and (_currency_before(doc, i) or currency_named_after(doc, i)) and (bounds := scaled_money_range(low)) is not None:
            span = self._finish(doc, i, i + 1, bounds[0], bounds[1], "range")  # "$1.2bn-$1.5bn"
            if span is not None:
                span.kind = "money"
            return span
        if self.quantities and _currency_before(doc, i) and (split := scale_split_from_range(doc, i)) is not None:
            span = self._finish(doc, i, split[2], split[0], split[1], "range")  # "$150m-$200m" split before its "m"
            if span is not None:
                span.kind = "money"
            return span
        if m := _DIGIT_RANGE.match(low):
            lo, hi = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
            if self.quantities and "–" in low and (one_token_score(doc, i, lo, hi) or one_token_tally(doc, i, lo, hi)):
                return None  # "a 3–1 win", "won 112–98": a score with an en dash
            ordered = lo < hi or (self.quantities and lo != hi and not _looks_like_year(hi))
            if ordered and not _looks_like_year(lo) and not _excluded(doc, i, i + 1, date_tokens, self.quantities):
                return self._finish(doc, i, i + 1, lo, hi, "range")
            if self.quantities and lo == hi and not _excluded(doc, i, i + 1, date_tokens, True):
                return self._finish(doc, i, i + 1, lo, None, "exact")  # a score, "2-2"
            return None
        if not _is_number_word(t) and not (low in ("a", "an", "half") and _starts_number(doc, i)):
            return None
        if self.quantities and low == "dozen" and i > 0 and (doc[i - 1].tag_ == "POS" or doc[i - 1].lower_ == "bakers"):
            return None  # "a baker's dozen" (its apostrophe stripped: "a bakers dozen")
        j = i
        words: list[str] = []
        while j < len(doc):
            w = doc[j].lower_
            if self.quantities and words and (_DIGITS.match(words[-1]) or words[-1] in SMALL) and (w in SMALL or w in TENS):
                break  # "in 1993 one of his sons", "wounding four three days ago": two numbers, not one
            if self.quantities and spelled_after_digit_scale(words, w):
                break  # "4.6 million twenty-foot units"
            if _is_number_word(doc[j]) and not (words and _DIGITS.match(w)) \
                    and not (words and _DIGITS.match(words[-1]) and (w in SMALL or w in TENS)):
                words.append(w)  # digits only open a number: "one 52,000-barrel", "2.9 million 9 litre", "35 fourteen-year-olds"
            elif w in ("a", "an") and (not words or words == ["half"]) and _starts_number(doc, j):
                words.append(w)
            elif w == "half" and not words and j + 1 < len(doc) and doc[j + 1].lower_ in ("a", "an"):
                words.append(w)
            elif w == "and" and words and words[-1] in ("hundred", "thousand") and j + 1 < len(doc) \
                    and (doc[j + 1].lower_ in SMALL or doc[j + 1].lower_ in TENS):
                words.append(w)
            elif w == "-" and words and words[-1] in TENS and j + 1 < len(doc) and doc[j + 1].lower_ in SMALL:
                words.append(w)
            elif self.quantities and hyphened_scale(doc, j, words):
                words.append(w)  # "eight-hundred"
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
        if self.quantities and words[0] in _SCALE_WORDS and i > 0 and any(c.isdigit() for c in doc[i - 1].text):
            return None  # "N5 billion": the digits before were not read, so the scale alone is no number
        value = _parse_words(words)
        if value is None:
            return None
        if _excluded(doc, i, j, date_tokens, self.quantities):
            return None
        half_end = hyphened_half(doc, j) if self.quantities else None  # "a four-and-a-half-year deal"
        if self.quantities and (_not_a_quantity(doc, i, half_end or j) or year_in_date(doc, i, j) or number_in_name(doc, i, j)
                                or day_in_date(doc, i, j) or year_after_a_period(doc, i, j)
                                or year_before_a_dated_noun(doc, i, j)):
            return None
        and_a_half = [t.lower_ for t in doc[j:j + 3]] == ["and", "a", "half"]
        if words == ["one"] and not _one_is_count(doc, i, self.quantities) \
                and not (self.quantities and (and_a_half or half_end is not None)):
            return None  # (but "one and a half hours")
        if self.quantities:
            if half_end is not None:
                value, j = value + 0.5, half_end
            if j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and doc[j + 1].lower_ in _HYPHENED_SCALES:
                value, j = value * SCALES[doc[j + 1].lower_], j + 2  # "a $1.5-billion deal", "the rs 800-crore tunnel"
            j, value = _space_groups(doc, i, j, value)
            if (abbreviated := abbreviated_scale(doc, i, j, _currency_before(doc, i))) > 1:
                value, j = value * abbreviated, j + 1  # "Rs 500 cr", "Rs 21 lakh cr"
            if j + 2 < len(doc) and [t.lower_ for t in doc[j:j + 3]] == ["and", "a", "half"]:
                value, j = value + 0.5, j + 3  # "six and a half years"
                if j < len(doc) and doc[j].lower_ in _HYPHENED_SCALES:  # (the scales of a whole: not "hundred")
                    value, j = value * SCALES[doc[j].lower_], j + 1  # "two and a half million people"
            value, j = spelled_fraction_after_and(doc, j, value)  # "six and two-thirds innings"
            if j < len(doc) and j - i == 1 and doc[i].text.isdigit() and (m := _SLASH_FRACTION.match(doc[j].text)) \
                    and 0 < int(m.group(1)) < int(m.group(2)):
                value, j = value + int(m.group(1)) / int(m.group(2)), j + 1  # "3 1/2 years"
            if (glued := scale_then_amount(doc, j)) is not None:  # "$5 million-$15 million"
                return self._finish(doc, i, glued[2], _times(value, glued[0]), glued[1], "range")
            factor, j = _trailing_scale(doc, i, j, _currency_before(doc, i))
            if factor == 1.0:
                factor, j = plural_scale(doc, j)  # "Rs 466.41 millions"
            value = _times(_negative(doc, i, value), factor)
        # "from 200 to 427" after a change verb: the figure is the later value
        return self._finish(doc, i, j, value, None, "exact")

    def _notation(self, doc: Doc, i: int) -> NumberSpan | None:
        """Science and technology forms (:mod:`unrest.nlp.quantity_notation`): "1.5 x 10^9",
        "3.2e-5", "a couple of hundred", the "1920" of "1920 x 1080 pixels"."""
        if (found := scientific(doc, i)) is not None:
            return self._finish(doc, i, found[1], found[0], None, "exact")
        if (found := mixed_fraction(doc, i)) is not None:
            return self._finish(doc, i, found[1], found[0], None, "exact")
        if (found := couple_of_scale(doc, i)) is not None:
            span = self._finish(doc, i + 2, found[1], found[0], None, "exact")
            if span is not None:
                span.tok_start = i - 1 if i > 0 and doc[i - 1].lower_ == "a" else i
                span.start, span.qualifier = doc[span.tok_start].idx, "approximately"
            return span
        if bare_age_after_name(doc, i) or age_after_person_word(doc, i):
            return self._finish(doc, i, i + 1, float(doc[i].text), None, "exact")  # "Serena Williams 41 said"
        if dimension_first(doc, i):
            return self._finish(doc, i, i + 1, float(doc[i].text.replace(",", "")), None, "exact")
        return None

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
                num_end = end_tok  # (what is counted follows the "-plus": "5,000-plus staff")
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

    def _several(self, doc: Doc, i: int) -> NumberSpan | None:
        """'several hundred', 'a few thousand': at least two of that order, as 'hundreds' is."""
        if doc[i].lower_ == "few" and not (i > 0 and doc[i - 1].lower_ == "a"):
            return None  # "few hundred" without "a" is rare and often "(a) few hundred metres away"
        value = 2.0 * (100 if doc[i + 1].lower_ == "hundred" else 1_000)
        start = i - 1 if doc[i].lower_ == "few" else i
        return NumberSpan(start=doc[start].idx, end=doc[i + 1].idx + len(doc[i + 1]), tok_start=start, tok_end=i + 2,
                          num_start=i, num_end=i + 2, value=value, value_max=None, qualifier="at_least")

    def _vague(self, doc: Doc, i: int) -> NumberSpan | None:
        """'hundreds', 'dozens', 'tens of thousands', 'hundreds of thousands'."""
        low = doc[i].lower_
        j = i + 1
        if low == "scores" and (j >= len(doc) or doc[j].lower_ != "of"):
            return None  # "test scores fell": the noun; only "scores of people" is a number
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
