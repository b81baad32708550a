"""The forms only the quantity mode reads (``NumberFinder(quantities=True)``): fractions ("a third
of", "1/2"), digits glued to units or currencies ("256GB", "PS6m", "$US113"), negative numbers,
scale letters ("$13.6 M", "2.5m users") and ranges in either order ("from 2,415 to 2,315")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from unrest.nlp.number_filters import _currency_before, _unit_word
from unrest.nlp.number_span import NumberSpan, _qualified, _span
from unrest.nlp.number_words import (
    _DIGITS,
    _SLASH_FRACTION,
    CURRENCY_SYMBOLS,
    FRACTIONS,
    LABEL_WORDS,
    SCALES,
    TENS,
    _is_number_word,
    _looks_like_year,
    _parse_words,
    _qualifier_before,
    number_value,
)
from unrest.nlp.quantity_economy import (
    NEGATIVE_CURRENCY,
    change_before_amount,
    counted_in_millions,
    day_of_month,
    decimal_comma,
    glued_currency_code,
    plural_scale,
    quarters_as_period,
    shilling_sign,
    thousands_letter,
)
from unrest.nlp.quantity_business import change_then_level_marked, one_of_a_year, tilde_before_currency
from unrest.nlp.quantity_written_forms import shilling_before, slash_fraction_kind
from unrest.nlp.quantity_fx import abbreviated_quote
from unrest.nlp.quantity_money_abbrev import abbreviated_scale
from unrest.nlp.quantity_society2 import plural_after_compound, precise_change_then_level
from unrest.nlp.quantity_restate import counted_out_of, ends_a_comma_list
from unrest.nlp.quantity_restated import (
    capital_scale, fraction_taken_off, money_or_percent, pence_after_a_name, restated_change_before,
)
from unrest.nlp.quantity_sports import audience_figure, glued_thousands, no_share, standalone_share
from unrest.nlp.quantity_politics import informal_million, year_after_from
from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP

_GLUED = re.compile(r"^(?P<pre>minus-|sub-|[-−][$£€¥₹]|-(?=\d[^-]*[A-Za-z°]+$)|[^\d.,+-]{0,4}?)"
                    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                    r"(?P<suf>[^\d,].*)?$")
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                  "tn": 10**12, "trn": 10**12, "mln": 1_000_000, "bln": 1_000_000_000}
# a money range written as one token with scale letters: "1.2bn-$1.5bn", "300m-400m" (after "$")
SCALED_MONEY_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)?[-–][$€£]?(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn)$", re.IGNORECASE)


def scaled_money_range(text: str) -> tuple[float, float] | None:
    """'1.2bn-$1.5bn' -> (1.2e9, 1.5e9); '1.5-2bn' is read elsewhere; the first number takes the
    second's scale when it has none ('300-400m')."""
    m = SCALED_MONEY_RANGE.match(text.removesuffix("."))  # (a full stop glued at the end)
    if m is None:
        return None
    high_scale = SCALE_SUFFIXES[m.group(4).lower()]
    low_scale = SCALE_SUFFIXES[m.group(2).lower()] if m.group(2) else high_scale
    return _times(float(m.group(1).replace(",", "")), low_scale), _times(float(m.group(3).replace(",", "")), high_scale)


_GLUED_PREFIXES = {"~": "approximately", "minus-": "negative", "-": "negative", "−": "negative", "sub-": "less_than",
                   "+": "more_than", "≈": "approximately", "±": "exact"}
# letters glued before digits that name a currency: "PS21,700" (a mangled £), "AUD1.5", "RM79", "Y=28,030"
_GLUED_CURRENCIES = {"us", "ps", "aud", "usd", "eur", "gbp", "rm", "rs", "rs.", "y=", "inr", "hk", "nz", "c$",
                     "us$", "a$", "au$", "nz$", "hk$", "£", "€", "¥", "₹", "$", "cad", "chf", "sgd", "jpy", "cny",
                     "s$", "nt$"}  # (the Singapore and Taiwan dollars glued to digits: "S$1.5162", "NT$32.888")


def _rand_sign(doc: Doc, i: int, pre: str, digits: str, suf: str) -> bool:
    """'R23.45', 'R15,000', 'R1.2bn', 'R3 billion': the South African rand glued to an amount written
    as money (cents, thousands or a scale); a bare 'R2' or 'R18' is a name or a rating."""
    scaled = suf.lower() in ("bn", "m", "mn", "k", "tn") or i + 1 < len(doc) and doc[i + 1].lower_ in ("million", "billion", "trillion") \
        or i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in ("million", "billion", "trillion")  # "R31-billion"
    return pre == "R" and ("." in digits or "," in digits or scaled)


def _negative(doc: Doc, i: int, value: float) -> float:
    return -value if _minus_sign(doc, i) and value > 0 else value


def _minus_sign(doc: Doc, i: int) -> bool:
    """'minus 20C' is below zero; 'plus or minus 3 points' (a poll's margin of error) is no sign."""
    if not (i > 0 and doc[i - 1].lower_ in ("minus", "negative")):
        return False
    return "plus" not in [t.lower_ for t in doc[max(0, i - 5):i - 1]]


def _times(value: float, scale: float) -> float:
    """value * scale without binary noise: 8.2 * 1e6 is 8,200,000, not 8,199,999.999999999."""
    return float(f"{value * scale:.12g}")


# nouns that are counted or paid in millions: "turnover reached 500m", "viewing figures hit 7.5m"
_MILLION_NOUNS = {"turnover", "revenue", "profit", "sale", "figure", "population", "viewer", "audience", "fan",
                  "people", "user", "subscriber", "visitor", "customer", "passenger", "tourist", "vote", "budget",
                  "deal", "loss", "debt", "income", "earnings", "funding", "fund", "investment", "spending",
                  "fee", "valuation", "worth", "price", "cost", "bill", "fine", "salary", "wage", "bonus"}
# words after a glued "m" that make it metres: "3m high", "the 100m final"
_METRE_WORDS = {"tall", "high", "long", "wide", "deep", "away", "below", "above", "across", "thick", "sprint",
                "race", "hurdles", "freestyle", "backstroke", "butterfly", "breaststroke", "relay", "final",
                "dash", "event", "record", "depth", "radius", "diameter", "platform", "mark", "from", "off"}


def _counts_next(doc: Doc, i: int) -> bool:
    """'3.5m customers', '1.2m barrels', 'turnover reached 500m': a scale letter, not metres, when a
    plural noun follows or a thing counted in millions comes just before (not '3m high')."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.tag_ in ("NNS", "NNPS") and nxt.is_alpha or nxt.lemma_.lower() in _MILLION_NOUNS):
        return True  # "3.5m customers", "a 2.4m profit"
    if nxt is not None and nxt.pos_ == "ADJ" and nxt.lower_ not in _METRE_WORDS and _plural_after_adjectives(doc, i + 1):
        return True  # "4.3m digital and physical sales", "2m new users"
    if nxt is not None and nxt.lower_ in _METRE_WORDS:
        return False
    if nxt is not None and plural_after_compound(nxt):
        return True  # "1.3m emergency parcels"
    start = i - 1 if doc[i].lower_ in ("m", "k") else i
    if any(t.lemma_.lower() in _MILLION_NOUNS for t in doc[max(0, start - 6):start]):
        return True
    # the subject of the verb it hangs from: "sales of electric cars rose by a third to 1.2m"
    verb = next((a for a in doc[i].ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _MILLION_NOUNS
                                    for c in verb.children) or counted_in_millions(doc, i, _MILLION_NOUNS)


def _plural_after_adjectives(doc: Doc, k: int) -> bool:
    """Adjectives from ``k`` (joined by "and"/"or") end in a plural noun: "digital and physical sales"."""
    end = min(len(doc), k + 5)
    while k < end and (doc[k].pos_ == "ADJ" and doc[k].lower_ not in _METRE_WORDS or doc[k].lower_ in ("and", "or", ",")):
        k += 1
    return k < end and doc[k].tag_ in ("NNS", "NNPS") and doc[k].is_alpha


_BIG_SCALES = {"thousand", "million", "billion", "trillion"}
# a scale after the second number of a range that the first shares: "$5-6 billion", "rs 3 to 5 crore"
_SHARED_SCALES = _BIG_SCALES | {"lakh", "lakhs", "crore", "crores"}
# denominators of fractions written with a slash in prose: "3/4 cup", "1/16 inch"
_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100}
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_VULGAR = re.compile(r"^(\d*)([½¼¾⅓⅔⅛])$")


def unit_of_a_fraction(doc: Doc, k: int) -> bool:
    """'(a quarter) of a mile', '(a third) of a percentage point': the fraction ending before ``k``
    is a fraction of a unit of measure."""
    return k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ in ("a", "an") and doc[k + 2].tag_ == "NN" \
        and _unit_at(doc, k + 2)


def _after_by(doc: Doc, i: int) -> bool:
    """The number at ``i`` follows "by", perhaps through a qualifier: "rose by a third", "fell by
    more than a quarter", "cut by almost half"."""
    _, start = _qualifier_before(doc, i)
    return start > 0 and doc[start - 1].lower_ == "by"


def _after_up_or_down(doc: Doc, i: int) -> bool:
    """The number at ``i`` follows the "up" or "down" of a move: "fares are up a quarter", "sales
    were down nearly a third"."""
    _, start = _qualifier_before(doc, i)
    return start > 0 and doc[start - 1].lower_ in ("up", "down") and doc[start - 1].pos_ in ("ADV", "ADP", "PART")


def _unit_at(doc: Doc, k: int) -> bool:
    """A unit of measure starts at ``k``, in one word or two ("mile", "percentage point")."""
    return _unit_word(doc[k].text) or k + 1 < len(doc) and _unit_word(f"{doc[k].lower_} {doc[k + 1].lower_}")


def _model_name(doc: Doc, i: int, digits: str, pre: str, suf: str) -> bool:
    """Digits glued to a letter that make a model name: a lower-case letter after a capitalised
    name ("Pixel 8a"), a capital X after three or more digits ("7950X"; "10x zoom" is a factor)."""
    if pre or len(suf) != 1:
        return False
    after_name = i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_upper
    return suf.islower() and suf.isalpha() and after_name or suf == "X" and len(digits) >= 3


def _without_final_stop(tok: Token) -> str:
    """'15C.' at the end of a sentence is '15C' and a full stop."""
    text = tok.text
    if len(text) > 2 and text.endswith(".") and text[-2].isalpha() and (tok.is_sent_end or tok.i + 1 == len(tok.doc)):
        return text[:-1]
    return text


def _space_groups(doc: Doc, i: int, j: int, value: float) -> tuple[int, float]:
    """'10 000 euros', '1 200 000 people': groups of three digits written apart."""
    if j - i != 1 or not re.fullmatch(r"\d{1,3}", doc[i].text):
        return j, value
    while j < len(doc) and re.fullmatch(r"\d{3}", doc[j].text) and doc[j - 1].whitespace_ == " ":
        if j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and not _unit_word(doc[j + 1].text):
            break  # "100 737 MAX jets", "50 787 Dreamliners": a count, then a model's number
        value, j = value * 1000 + float(doc[j].text), j + 1
    return j, value


def _trailing_scale(doc: Doc, i: int, j: int, money: bool) -> tuple[float, int]:
    """'$13.6 M', 'PS6 m', '4.3M sales': a scale letter split from the digits."""
    if j >= len(doc):
        return 1.0, j
    word = doc[j].text.rstrip(".")
    if word in ("M", "bn", "mn", "B", "tn", "Bn", "mln", "bln") or (money and word.lower() in ("m", "k", "b")) \
            or (word.lower() in ("m", "k") and not doc[j - 1].whitespace_ and _counts_next(doc, j)) \
            or glued_thousands(doc, j) or word == "m" and not doc[j - 1].whitespace_ and audience_figure(doc, j) \
            or (word == "K" and not doc[j - 1].whitespace_ and doc[j - 1].text.replace(",", "").isdigit()
                and thousands_letter(doc, i, word, float(doc[j - 1].text.replace(",", "")))):
        # ("67K SEA units", "66K in streaming", "8.21m (33.8%) tuned in", "payrolls rose 150K")
        return float(SCALE_SUFFIXES[word.lower()]), j + 1
    if informal_million(word, money):
        return 1_000_000.0, j + 1  # "$4.4 mil"
    return 1.0, j


_CLAUSE_OPENERS = {"about", "around", "roughly", "nearly", "almost", "only", "just", "some", "and", "that", ",", "while"}


def _one_noun_in(doc: Doc, i: int, k: int) -> NumberSpan | None:
    """A share with the counted noun inside it: "one patient in four", "one child in every five"
    (1/4 of patients), when the share opens its clause or ends it; not "scored one goal in five
    games" (a count, then another). The number stays "one", so the unit is the noun after it."""
    n = len(doc)
    if not (k + 2 < n and doc[k].tag_ == "NN" and doc[k + 1].lower_ == "in"):
        return None
    d = k + 3 if doc[k + 2].lower_ == "every" else k + 2
    den = number_value(doc[d].lower_) if d < n else None
    if den is None or not 1 < den <= 100 or not float(den).is_integer():
        return None
    ends = d + 1 >= n or doc[d + 1].is_punct or doc[d + 1].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ")
    opens = i == doc[i].sent.start or doc[i - 1].lower_ in _CLAUSE_OPENERS
    if opens and not ends and d + 2 < n and doc[d + 2].pos_ in ("VERB", "AUX"):
        return None  # "one goal in five games came late": the word after the number is a noun, a verb follows
    if not (ends or opens):
        return None
    span = _span(doc, i, i + 1, 1 / den, "fraction")
    span.tok_end, span.end = d + 1, doc[d].idx + len(doc[d])
    return _qualified(doc, span)


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
            if 0 < num < den and den in _DENOMINATORS:
                return _span(doc, i, i + 1, num / den, slash_fraction_kind(doc, i))  # "1/2 pound" (not "9/11", a date)
            return None
        if m := _VULGAR.match(tok.text):
            whole = float(m.group(1)) if m.group(1) else 0.0
            return _qualified(doc, _span(doc, i, i + 1, whole + VULGAR_FRACTIONS[m.group(2)], "count"))  # "1½ miles"
        low = tok.lower_
        # "half a mile", "a quarter mile": a fraction of a unit of measure
        k = i + 1 if low == "half" else i + 2 if low in ("a", "an") and i + 1 < n and doc[i + 1].lower_ in ("quarter", "half") else 0
        if k and low == "half" and k < n and doc[k].lower_ in ("a", "an"):
            k += 1
        # "a quarter-point cut", "a half-point hike": the unit after a hyphen
        unit_at = k + 1 if k and k + 1 < n and doc[k].text == "-" and not doc[k - 1].whitespace_ else k
        if k and unit_at < n and doc[unit_at].pos_ == "NOUN" and _unit_at(doc, unit_at) and doc[unit_at].tag_ == "NN":
            value = 0.5 if low == "half" or doc[i + 1].lower_ == "half" else 0.25
            span = _span(doc, i, k, value, "count")
            return _qualified(doc, span)
        # "cut by half", "cut by almost half": the size of a change, with nothing after it
        if low == "half" and _after_by(doc, i) and (i + 1 >= n or doc[i + 1].pos_ not in ("NOUN", "PROPN", "ADJ")):
            return _qualified(doc, _span(doc, i, i + 1, 0.5, "fraction"))
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
        if k + 1 < n and doc[k].lower_ in FRACTIONS and doc[k + 1].lower_ == "of" and not quarters_as_period(doc, i) \
                and (doc[k].lower_.endswith("s") == (numerator > 1) or low in ("a", "an", "one")):
            share = numerator / FRACTIONS[doc[k].lower_]
            if k + 3 < n and doc[k + 2].lower_ in ("a", "one") and doc[k + 3].lower_ in _BIG_SCALES:
                # "a quarter of a million people": a fraction of a scale is a number
                return _qualified(doc, _span(doc, i, k + 4, _times(share, SCALES[doc[k + 3].lower_]), "count"))
            return _qualified(doc, _span(doc, i, k + 1, share, "fraction"))
        # "rose by a fifth", "cut by two-thirds", "by more than a third": the size of a change, with nothing after it
        if k < n and doc[k].lower_ in FRACTIONS and (_after_by(doc, i) or _after_up_or_down(doc, i) or fraction_taken_off(doc, k + 1)) \
                and (doc[k].lower_.endswith("s") == (numerator > 1) or low in ("a", "an", "one")) \
                and (k + 1 >= n or doc[k + 1].pos_ not in ("NOUN", "PROPN", "ADJ")):
            return _qualified(doc, _span(doc, i, k + 1, numerator / FRACTIONS[doc[k].lower_], "fraction"))
        # "or two-thirds,", "about a third were children", "a third lower": a share standing alone
        if k < n and doc[k].lower_ in FRACTIONS and not quarters_as_period(doc, i) and standalone_share(
                doc, k, doc[k].lower_.endswith("s") == (numerator > 1) or low in ("a", "an", "one")):
            return _qualified(doc, _span(doc, i, k + 1, numerator / FRACTIONS[doc[k].lower_], "fraction"))
        # "one of four concepts" (a share), "one out of three", "one in five Americans"
        if low in ("one", "1") and k + 1 < n and doc[k].lower_ == "of" and doc[k + 1].like_num \
                and (den := number_value(doc[k + 1].lower_)) and den > 1 and not one_of_a_year(doc, k, den):
            return _span(doc, i, k + 2, 1 / den, "fraction")  # (not "quarter one of 2023")
        if low in ("one", "1") and (found := _one_noun_in(doc, i, k)) is not None:
            return found  # "one patient in four", "one child in every five"
        if low.isalpha() or tok.text.isdigit():
            if k + 2 < n and doc[k].lower_ == "out" and doc[k + 1].lower_ == "of":
                den = number_value(doc[k + 2].lower_)
                if den and den > numerator and not counted_out_of(doc, i, k, numerator, den):  # (not "14 out of 20 games")
                    return _span(doc, i, k + 3, numerator / den, "fraction")
            every = k + 2 < n and doc[k].lower_ == "in" and (doc[k + 1].lower_ == "every"  # "one in every 36 children"
                                                               or doc[k + 1].text == "-" and doc[k - 1].text == "-")  # "a one-in-four chance"
            if k + 1 + every < n and doc[k].lower_ == "in" and (den := number_value(doc[k + 1 + every].lower_)) \
                    and numerator < den <= 100 and float(numerator).is_integer() and (k + 2 + every >= n or not doc[k + 2 + every].like_num) \
                    and not _looks_like_year(den) and not no_share(doc, i, k + 2 + every):  # (not "No. 1 in 94 countries")
                return _qualified(doc, _span(doc, i, k + 2 + every, numerator / den, "fraction"))
        return None

    def _glued(self, doc: Doc, i: int, date_tokens: set[int]) -> NumberSpan | None:
        """Digits glued to a currency or unit: '256GB', 'PS6m', '$US113', '~1.2mm', 'minus-130'."""
        from unrest.nlp.vocab import DOLLAR_PREFIXES

        tok = doc[i]
        m = _GLUED.match(decimal_comma(doc, i, _without_final_stop(tok)))  # ("R96,8 billion": a decimal comma)
        if m is None or not (m.group("pre") or m.group("suf")):
            return None
        pre, suf = m.group("pre") or "", m.group("suf") or ""
        pre, tilde = tilde_before_currency(pre)  # "~$26": an estimate in dollars
        if pre[-1:].isalpha() and m.group("num").startswith(".") and len(m.group("num")) > 1:
            return self._glued_after_dot(doc, i, date_tokens)  # "Rs.500": the dot ends the abbreviation
        after_dollar = i > 0 and doc[i - 1].text == "$"
        if pre and not (pre.lower() in _GLUED_PREFIXES or pre.lower() in _GLUED_CURRENCIES or glued_currency_code(pre)
                        or NEGATIVE_CURRENCY.match(pre) or shilling_sign(doc, i, pre, m.group("num")) or (after_dollar and pre.lower() in DOLLAR_PREFIXES) or _rand_sign(doc, i, pre, m.group("num"), suf)):
            return None
        if pre and i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
            return None  # "PLX-R18": a name
        if len(suf) == 1 and suf.isalpha() and i > 0 and doc[i - 1].lower_.rstrip(".") in LABEL_WORDS:
            return None  # "section 271f", "flat 12B": a label (not "a line 5km long")
        if _model_name(doc, i, m.group("num"), pre, suf) and not pence_after_a_name(doc, i, suf):
            return None  # "Pixel 8a", "Ryzen 9 7950X"
        money = bool(pre and pre.lower() not in _GLUED_PREFIXES) or _currency_before(doc, i) \
            or i > 0 and shilling_before(doc, i - 1) is not None  # "Ksh 525B"
        value = float(m.group("num").replace(",", ""))
        scale = 1.0
        if suf.lower() in SCALE_SUFFIXES and (money or suf.lower() not in ("m", "b", "k") or _counts_next(doc, i)
                                              or suf.lower() == "m" and audience_figure(doc, i)  # "8.21m (33.8%) tuned in"
                                              or thousands_letter(doc, i, suf, value)
                                              or capital_scale(m.group("num"), suf)):
            scale, suf = float(SCALE_SUFFIXES[suf.lower()]), ""
        elif suf and suf != "-" and not _unit_word(suf, glued=True) and suf.lower() not in ("sq", "%"):
            return None
        if suf.lower() in ("s", "'s", "’s") and (_looks_like_year(value) or i > 0 and doc[i - 1].lower_ in (
                "the", "his", "her", "their", "early", "mid", "late", "'", "’")):
            return None  # "in their 50s", "2018s best performer", "the '80s"
        if suf.lower() == "s" and value % 10 == 0 and i > 1 and doc[i - 1].lower_ in ("and", "or", "to", ",", "-", "–") \
                and re.fullmatch(r"'?\d?\d0s", doc[i - 2].lower_):
            return None  # "in their 70s and 80s", "the 1980s and 90s": the second decade of a pair
        if suf == "s" and not pre and value >= 100 and "." not in m.group("num"):
            return None  # "ten Boeing 737s": the plural of a name, not seconds (a time has decimals: "9.58s")
        if suf == "s" and not pre and "." not in m.group("num") and i > 0 and _name_word(doc[i - 1]):
            return None  # "50 million iPhone 15s", "the Pixel 8s": a model's plural after its name
        scaled_next = i + 1 < len(doc) and (doc[i + 1].lower_ in SCALE_SUFFIXES or doc[i + 1].lower_ in SCALES)
        if pre == "PS" and not m.group("suf") and len(m.group("num")) == 1 and not scaled_next:
            return None  # "the PS5 Pro": a console, not a mangled pound sign (one digit, and no "PS6m")
        if not pre and not suf and not (money and scale > 1) and not capital_scale(m.group("num"), m.group("suf") or ""):
            return None  # (but "$3.2B": a scale letter the plain reading does not know)
        if _looks_like_year(value) and not pre and suf.lower() not in ("-",) and not _unit_word(suf, glued=True):
            return None
        if i in date_tokens and not (pre or _unit_word(suf, glued=True)):
            return None
        j = i + 1
        words = []
        if not suf and j + 1 < len(doc) and doc[j].text == "-" and not tok.whitespace_ and not doc[j].whitespace_ \
                and doc[j + 1].lower_ in ("million", "billion", "trillion"):
            j += 1  # "R1.3-trillion": the scale after a hyphen
        while not suf and j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ not in ("m", "k", "mn", "bn"):
            words.append(doc[j].lower_)
            j += 1
        if words:
            scale *= _parse_words(["1", *words]) or 1.0
        if not suf and (abbreviated := abbreviated_scale(doc, i, j, money)) > 1:
            scale, j = scale * abbreviated, j + 1  # "Rs31 lakh cr", "$4.98 trn"
        if not suf and scale == 1.0:
            extra, j = _trailing_scale(doc, i, j, money)
            scale *= extra
        if pre.lower() in ("minus-", "-", "−") or not pre and _minus_sign(doc, i) or NEGATIVE_CURRENCY.match(pre):
            value = -value  # "minus-130", "minus 20C", "-$55.8bn"
        span = self._finish(doc, i, j, _times(value, scale), None, "exact")
        if span is None:
            return None
        if pre.lower() in _GLUED_PREFIXES and _GLUED_PREFIXES[pre.lower()] != "negative" and span.qualifier == "exact":
            span.qualifier = _GLUED_PREFIXES[pre.lower()]
        elif tilde and span.qualifier == "exact":
            span.qualifier = "approximately"
        span.prefix, span.suffix = pre.lstrip("-−") if NEGATIVE_CURRENCY.match(pre) else pre, suf
        if (sign := shilling_sign(doc, i, pre, m.group("num"))) is not None:
            span.prefix = sign  # "Sh2.03 trillion": the Kenyan shilling
        if money:
            span.kind = "money"
        elif suf.lower() in ("%", "pc", "pct"):
            span.kind = "percent"
        return span

    def _glued_after_dot(self, doc: Doc, i: int, date_tokens: set[int]) -> NumberSpan | None:
        m = re.match(r"^([A-Za-z]{1,3})\.(\d[\d,]*(?:\.\d+)?)$", doc[i].text)
        if m is None or m.group(1).lower() + "." not in _GLUED_CURRENCIES:
            return None
        j = i + 1
        if j < len(doc) and doc[j].lower_ in SCALES and doc[j].lower_ not in ("m", "k"):
            j += 1  # "Rs.72.63 crore", "Rs.4.5 billion": the scale after the glued amount
        span = self._finish(doc, i, j, _times(float(m.group(2).replace(",", "")), SCALES[doc[j - 1].lower_] if j > i + 1 else 1),
                            None, "exact")
        if span is not None:
            span.prefix, span.kind = m.group(1) + ".", "money"
        return span

    def _range_end(self, doc: Doc, k: int) -> tuple[float, int, str] | None:
        """The second number of a range, maybe after a repeated currency: '$3 billion to $5 billion'."""
        n = len(doc)
        money = k < n and (doc[k].lower_ in CURRENCY_SYMBOLS or doc[k].text in ("US$", "A$", "C$", "HK$"))
        if money:
            k += 1
        if k >= n:
            return None
        m = _GLUED.match(_without_final_stop(doc[k]))
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
            if NEGATIVE_CURRENCY.match(m.group("pre") or ""):
                value = -value  # "from -$54.5bn to -$55.2bn"
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
        if v is None:
            return None
        if [t.lower_ for t in doc[j:j + 3]] == ["and", "a", "half"]:
            v, j = v + 0.5, j + 3  # "one and a half to two and a half inches"
        scale, j = _trailing_scale(doc, k, j, money)  # "between $5m and $7 m"
        if scale == 1.0:
            scale, j = plural_scale(doc, j)  # "to 100.93 millions from 182.27 millions"
        return _times(v, scale), j, ""

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
        after_change = before == "by" or start > 0 and doc[start - 1].lemma_.lower() in CHANGE_UP | CHANGE_DOWN \
            or change_before_amount(doc, qstart if q is not None else start) \
            or restated_change_before(doc, start) \
            or conn_at + 1 < n and doc[conn_at].lower_ == "to" and change_then_level_marked(
                doc, i, qstart if q is not None else start, value, conn_at, self._range_end(doc, conn_at + 1))
        # ("decreased less than $0.1bn to", "a rise of $2bn to", "down 2.4% or 1.87 to $62.76")
        by_change = conn_at < n and doc[conn_at].lower_ == "to" and after_change and (
            unit or start < i or j - i > 1 or _change_then_level(self._range_end(doc, conn_at + 1), value)
            or start == i and conn_at + 1 < n and doc[conn_at + 1].is_currency  # "by 9.7pc to £10.42": money only after "to"
            or precise_change_then_level(value, self._range_end(doc, conn_at + 1)))  # "by 21,340 to 187,650"
        if conn_at < n and doc[conn_at].lower_ in _RANGE_WORDS and not by_change:
            conn = doc[conn_at].lower_
            end = self._range_end(doc, conn_at + 1)
            if end is not None and end[0] == value and conn in ("-", "–") and not unit:
                return _span(doc, i, end[1], value, "count")  # a score: "ended 2-2"
            # (a unit said once, after the first number, leaves a range "from" it to the words below:
            # "narrowed from 10 points to 4")
            if end is not None and end[0] != value and not (unit and before == "from" and _unit_said_once(doc, end[1])):
                v2, k, suffix = end
                if conn in ("-", "–") and (short := abbreviated_quote(doc[j - 1].text, doc[k - 1].text)) is not None:
                    v2 = short  # "136.08-09 yen": a dealer's quote, 136.08 to 136.09
                if unit and [t.lower_ for t in doc[k:k + len(unit)]] != unit:
                    return None
                if conn == "and" and before != "between":
                    return None
                if conn == "or" and (not (value < v2 <= value * 3) or money_or_percent(doc, start, i, k)):
                    return None
                if conn == "or" and ends_a_comma_list(doc, start):
                    return None  # "£10, £15 or £20": three options
                if conn == "or" and _unit_on_both(doc[j - 1], unit, suffix):
                    return None  # "a 60kWh or 79kWh pack", "64 GB or 128 GB": two options, each with its unit
                if conn == "to" and conn_at + 1 < n and doc[conn_at + 1].lower_ in ("the", "a"):
                    return None
                if conn == "to" and before not in ("from", "between") and _money_to_a_count(doc, start, i, conn_at, k):
                    return None
                if _unit_then_currency(doc, start, i, j, conn_at):
                    return None  # "from 80p to £1.40": pence, then pounds, no range of one unit
                if conn == "to" and unit in ([], ["%"]) and before not in ("from", "between") and _tally(doc, i, k, value, v2):
                    return None
                if unit and conn in ("-", "–"):
                    return None
                first = start - 1 if before in ("between", "from") else start
                if q is not None:
                    first = qstart
                scale = _parse_words(["1", *(t.lower_ for t in doc[k - 1:k] if t.lower_ in _SHARED_SCALES)]) or 1
                letter = suffix.lower() or (doc[k - 1].lower_ if doc[k - 1].is_alpha else "")
                if scale == 1 and letter in SCALE_SUFFIXES:
                    scale = SCALE_SUFFIXES[letter]  # "£1.5-2bn", "$300-400 m": the scale letter is shared too
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
                    just = k + 2 < n and doc[k + 1].lower_ in ("just", "only")  # "from 10 in June to just three"
                    end = self._range_end(doc, k + 1 + just)
                    if end is not None and end[0] != value and not _looks_like_year(end[0]):
                        span = _span(doc, i, j, value, "count")
                        span.value_max, span.qualifier, span.tok_end = end[0], "range", end[1]
                        span.tok_start, span.start = start - 1, doc[start - 1].idx
                        span.end = doc[end[1] - 1].idx + len(doc[end[1] - 1])
                        return span
                    break
                # a past participle just before "to" qualifies the unit: "from 21 mpg combined to 23"
                qualifies = doc[k].tag_ == "VBN" and doc[k + 1].lower_ == "to" and doc[k].lower_ != "compared"
                if doc[k].like_num and not (k > 0 and doc[k - 1].lower_ == "in") or doc[k].is_punct and doc[k].text != "%" \
                        or doc[k].pos_ in ("VERB", "AUX") and not qualifies:
                    break
        # "to 138,285 lots from 212,577 lots": the earlier value first (not "compared to 89 deaths from
        # 54,379 cases": the part of a whole)
        if before == "to" and not any(t.lower_ == "compared" for t in doc[max(0, start - 3):start]):
            for k in range(j, min(n - 1, j + 5)):
                if doc[k].lower_ == "of" and k > j and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
                    continue  # "to 3.7% of GDP from 4.8%": what the share is of
                if doc[k].lower_ == "from":
                    end = self._range_end(doc, k + 1)
                    if end is not None and not day_of_month(doc, k + 1, end[1]) \
                            and not year_after_from(doc, k + 1, end[1], value):  # (not "to 24.5p from 1 October", "to 25% from 2031")
                        span = _span(doc, i, end[1], end[0], "count")
                        span.value_max, span.qualifier = value, "range"
                        if k > j and end[1] - (k + 1) == 1:
                            span.num_end = j  # "to 78 points from 72": the unit follows the first number
                        return span
                    break
                if (doc[k].is_punct or doc[k].pos_ in ("VERB", "ADP")) and doc[k].lower_ not in ("%", "per", "cent"):
                    break  # ("to 3.8% from 3.5%", "to 3 per cent from 4": the unit, not a stop)
        return None


_RANGE_WORDS = {"to", "-", "–", "and", "or", "through"}


def _name_word(tok: Token) -> bool:
    """A word of a product's name: capitalised or camel case ("iPhone", "Pixel"), not a unit."""
    camel = tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])
    return tok.is_alpha and (tok.text[:1].isupper() or camel) and tok.i != tok.sent.start and not _unit_word(tok.text)


def _unit_on_both(first: Token, unit: list[str], suffix: str) -> bool:
    """Both numbers of an "or" carry the unit ("60kWh or 79kWh", "64 GB or 128 GB"): two
    options, where "two or three days" says the unit once for a range."""
    if unit:
        return True
    m = _GLUED.match(first.text)
    return bool(suffix) and m is not None and (m.group("suf") or "").lower() == suffix.lower()


def _unit_said_once(doc: Doc, k: int) -> bool:
    """No noun stands at ``k``, after the second number of a range, so the unit after the first
    serves both ("from 10 points to 4."; not "from 10 miles to 20 kilometres")."""
    return k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") and not _unit_word(doc[k].text)


def _tally(doc: Doc, i: int, k: int, first: float, second: float) -> bool:
    """'a majority of 14 to 2', 'voted 52 to 47', 'split 51% to 49%': two whole numbers, the larger
    first, with no unit after them, are a vote or a score, not a range ('from 2,415 to 2,315' is one)."""
    bare = doc[i].text.isdigit() and (k >= len(doc) or doc[k].is_punct or doc[k].lower_ == "that"
                                      or doc[k].pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "PART", "ADV"))
    return bare and second < first and first.is_integer() and second.is_integer()


def _money_to_a_count(doc: Doc, start: int, i: int, conn_at: int, k: int) -> bool:
    """'paid $2.3 billion to 1.1 million families': a sum given to a number of people or things,
    no range (the second number, bare, counts the noun after it)."""
    money_first = start < i or doc[start].lower_ in CURRENCY_SYMBOLS
    bare_second = doc[conn_at + 1].lower_ not in CURRENCY_SYMBOLS and doc[conn_at + 1].text[:1].isdigit()
    counted = k < len(doc) and doc[k].tag_ == "NNS" and not _unit_word(doc[k].text)
    return money_first and bare_second and counted


def _unit_then_currency(doc: Doc, start: int, i: int, j: int, conn_at: int) -> bool:
    """'80p to £1.40': a unit glued to the first number ('p', 'c'), a currency before the second."""
    glued = re.match(r"^[\d.,]+([a-z]+)$", doc[j - 1].text.lower())
    return start == i and glued is not None and glued.group(1) not in SCALE_SUFFIXES \
        and doc[conn_at + 1].lower_ in CURRENCY_SYMBOLS


def hyphen_tally(doc: Doc, i: int) -> bool:
    """Either side of '52-48' in 'passed the Senate 52-48', 'ruled 6-3 that', 'won 112-105.': the
    larger first, no unit after, so a vote or a score, no quantity (a '9-2 lead' names its noun)."""
    if i + 2 < len(doc) and doc[i + 1].text in ("-", "–") and doc[i].whitespace_ == doc[i + 1].whitespace_:
        first = i
    elif i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].whitespace_ == doc[i - 1].whitespace_:
        first = i - 2
    else:
        return False  # (scraped copy may space the dash: "a 6 - 3 ruling")
    left, right = doc[first].text, doc[first + 2].text
    if not (left.isdigit() and right.isdigit() and int(right) < int(left)) or _looks_like_year(float(left)):
        return False
    k = first + 3
    if k + 1 < len(doc) and doc[k].pos_ == "ADJ":
        k += 1  # "a 6-3 conservative majority"
    return k < len(doc) and doc[k].lemma_.lower() in _TALLY_NOUNS or _tally(doc, first, first + 3, float(left), float(right))


# nouns a vote's or a match's tally qualifies: "a 6-3 ruling", "a 52-48 vote", "the 27-24 win"
_TALLY_NOUNS = {"ruling", "decision", "vote", "verdict", "majority", "win", "victory", "defeat", "loss", "scoreline"}


def _change_then_level(end: tuple[float, int, str] | None, value: float) -> bool:
    """'rose by 25,000 to 1.3 million': a level far from the change is no range of changes
    ('rose by 5 to 10 percent' is one)."""
    return end is not None and value > 0 and not value < end[0] <= value * 4
