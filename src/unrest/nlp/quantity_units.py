"""The unit of a quantity (:func:`quantity_unit`): a currency, a share, a measure with its rate,
an age, else the counted noun phrase, singular, as NewsQuant names units. Split from
:mod:`unrest.nlp.quantities`, which finds the quantities and their changes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from unrest.nlp.number_words import SMALL, VAGUE
from unrest.nlp.caseless_names import english_word
from unrest.nlp.degraded_copy import caseless, caseless_acronym_plural, caseless_dollar_prefix, caseless_letter_unit
from unrest.nlp.numbers import NumberSpan
from unrest.nlp.quantity_written_forms import article_opens_a_figure, shilling_before
from unrest.nlp.quantity_economy import cents_not_degrees, period_on_period
from unrest.nlp.quantity_context import appositive_age, bare_age_after_name, closing_quote
from unrest.nlp.quantity_ellipsis import CASUALTY_STATES
from unrest.nlp.quantity_forms import unit_of_a_fraction
from unrest.nlp.quantity_noisy import age_after_person_word
from unrest.nlp.quantity_restate import each_as_a_piece
from unrest.nlp.quantity_science import spaced_unit_letters
from unrest.nlp.quantity_unit_words import kind_of_what, participle_describes
from unrest.nlp.vocab import (
    CURRENCY_ADJECTIVES, CURRENCY_NAMES, DOLLAR_PREFIXES, GLUED_ONLY_UNITS,
    MEASURE_UNITS, RATE_WORDS,
)


def quantity_unit(doc: Doc, num: NumberSpan) -> str | None:
    """The unit of a quantity: currency, share, measure, age, else the counted noun phrase."""
    if num.kind == "fraction" and unit_of_a_fraction(doc, num.num_end) \
            and (measure := _measure(doc, num, num.num_end + 2)) is not None:
        return measure[0]  # "a quarter of a mile": a fraction of the unit
    if num.kind == "fraction":
        noun = _noun_phrase(doc, num)
        return "% " + (noun or "-")
    after = num.num_end
    while after < len(doc) and doc[after].lower_ in ("million", "billion", "trillion", "thousand", "hundred"):
        after += 1
    currency = _currency(doc, num, after)
    if currency is None and after < len(doc) and doc[after].lemma_.lower() == "pound" and _money_pounds(doc, num, after):
        currency = ("pound sterling", after + 1)  # "80 million pounds", "costs 20 pounds"
    if currency is None and doc[after - 1].lower_ in ("million", "billion", "trillion") and after + 1 < len(doc) \
            and doc[after].text == "-" and doc[after + 1].lemma_.lower() == "pound":
        currency = ("pound sterling", after + 2)  # "a 4.6 billion-pound drop": a scale, then pounds of money
    if currency is None and after < len(doc) and doc[after].lower_ == "won" and (after > num.num_end or num.value >= 1000):
        currency = ("south korean won", after + 1)  # "1.2 trillion won"
    if currency is not None:
        unit, after = currency
        if after < len(doc) and (per := _RATE_ABBREVIATIONS.get(doc[after].lower_)) is not None:
            return f"{unit} per {per}"  # "£9.75 psf", "£1,500 pcm"
        return rate_unit(doc, unit, _past_substance(doc, _past_conversion(doc, after)))
    if appositive_age(doc, num.num_start, num.num_end) \
            or num.num_end - num.num_start == 1 and (bare_age_after_name(doc, num.num_start)
                                                     or age_after_person_word(doc, num.num_start)):
        return "year of age"  # "Jane Doe, 47, was shot", "Jane Doe 47 was shot"
    measure = _measure(doc, num, after)
    if measure is not None and measure[0] == "celsius" and cents_not_degrees(doc, num):
        measure = ("cent", measure[1])  # "adjusted EPS 41c vs. 39c"
    if period_on_period(doc, after):
        return None  # "up 4.1 year-on-year": how the change was measured, no unit
    if num.num_start >= 2 and doc[num.num_start - 2].lower_ in ("age", "ages") and doc[num.num_start - 1].lower_ == "of":
        return "year of age" if measure is not None and measure[0] == "year" else "age"
    if num.num_start >= 1 and doc[num.num_start - 1].lower_ in ("age", "aged", "ages") \
            or num.tok_start >= 1 and doc[num.tok_start - 1].lower_ in ("aged", "ages"):
        if measure is not None and measure[0] in ("month", "week", "day"):
            return measure[0]  # "a child aged 25 months": an infant's age in months, as NewsQuant keeps it
        return "year of age"  # "at age 10", "aged 24", "aged between 5 and 17"
    if measure is not None:
        unit, after = measure
        if (per := per_number(doc, after)) is not None:
            return f"{unit} {per}"  # "4.5 litres per 100km"
        return rate_unit(doc, unit, _past_substance(doc, _past_conversion(doc, after)))
    noun = _noun_phrase(doc, num)
    if noun in CASUALTY_STATES:
        return None  # "220 hurt": a state, not what is counted (the noun is left out)
    head = counted_head(doc, num) if noun is not None else None
    if head is not None and (first := _compound_count(doc, num, head)) is not None:
        return first
    if noun is not None and head is not None and " " in noun and head.tag_ in ("NN", "NNS") \
            and (unit := MEASURE_UNITS.get(head.lower_) or MEASURE_UNITS.get(head.lemma_.lower())) \
            and len(head.text) > 2 and head.lemma_.lower() not in GLUED_ONLY_UNITS \
            and not (unit == "point" and any(t.pos_ == "NOUN" for t in doc[num.num_end:head.i])):
        # (not "two bjp mps", nor "100 charging points": places, not index points; "12 straight points" are)
        return rate_unit(doc, unit, head.i + 1)  # "six consecutive months", "two more hours": a measure
    if noun is not None and head is not None and (per := per_number(doc, head.i + 1)) is not None:
        return f"{noun} {per}"  # "412 cases per 100,000 people"
    if noun is not None and head is not None:
        rate = rate_unit(doc, noun, head.i + 1)  # "400 cars a day"
        if rate.split(" per ")[-1] in _PERIODS_AND_AREAS:
            return rate  # (a count per area is a density: "5,700 people per square kilometre")
        if head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "per" or rate != noun and _per_one(doc, head.i + 1):
            return rate  # "8.4 million viewers per episode", "1.49 children per woman": a rate
    return kind_of_what(doc, head, noun)


def _per_one(doc: Doc, k: int) -> bool:
    """"per" and one thing in the singular after a counted noun: "per woman", "per game" (not
    "per 100,000", a base, nor "a day", read above)."""
    return k + 1 < len(doc) and doc[k].lower_ == "per" and doc[k + 1].tag_ == "NN"


_AREAS = ("square kilometre", "square mile", "square metre", "hectare", "acre")


def _past_conversion(doc: Doc, after: int) -> int:
    """Past a conversion in brackets, where a rate after it still applies: "C$6 (US$4.46) per share"."""
    if after >= len(doc) or doc[after].text != "(":
        return after
    for k in range(after + 1, min(len(doc), after + 8)):
        if doc[k].text == ")":
            rate_next = k + 1 < len(doc) and doc[k + 1].lower_ in RATE_WORDS
            return k + 1 if rate_next and any(t.like_num for t in doc[after:k]) else after
    return after


_PER_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})*|\d+)([A-Za-z]+)?$")


def per_number(doc: Doc, k: int) -> str | None:
    """A rate over a number of units at token ``k``: "per 100km" -> "per 100 kilometre", "per
    100,000 people" (fuel use, rates of disease and crime); the number is part of the unit."""
    if k + 1 >= len(doc) or doc[k].lower_ != "per" or (m := _PER_NUMBER.match(doc[k + 1].text)) is None:
        return None
    digits, glued = m.group(1), m.group(2)
    if glued:
        unit = MEASURE_UNITS.get(glued.lower())
    elif k + 2 < len(doc) and doc[k + 2].is_alpha:
        word = doc[k + 2]
        unit = MEASURE_UNITS.get(word.lower_) or MEASURE_UNITS.get(word.lemma_.lower()) \
            or (word.lemma_.lower() if word.pos_ == "NOUN" else None)
    else:
        unit = None
    return f"per {digits} {unit}" if unit else None


# rates abbreviated after a price, in property and pay: "£9.75 psf", "£1,500 pcm"
_RATE_ABBREVIATIONS = {"psf": "square foot", "pcm": "month"}
# spans of time a rate after a measured substance runs over ("250 tonnes of fuel a day")
_RATE_PERIODS = {"second", "minute", "hour", "day", "week", "month", "year"}
# what a count is per when it is a rate of time or a density ("5,700 people per square kilometre")
_PERIODS_AND_AREAS = _RATE_PERIODS | set(_AREAS)


def _past_substance(doc: Doc, after: int) -> int:
    """Past "of" and the substance measured, where a rate of time follows it: "250 tonnes of fuel a
    day", "2,700 kWh of electricity a year", "3 million tonnes of CO2 per year" (the rate is the
    measure's, not the substance's; "every year" tells how often it happens: "loses 127 gigatonnes
    of ice every year")."""
    if after >= len(doc) or doc[after].lower_ != "of":
        return after
    for k in range(after + 1, min(len(doc) - 1, after + 4)):
        if k > after + 1 and doc[k].lower_ == "per" and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].is_alpha:
            return k  # "0.4 kg of CO2 per kWh", "120g of CO2 per km"
        if k > after + 1 and doc[k].lower_ in ("a", "an"):
            period = doc[k + 1].lemma_.lower()
            return k if MEASURE_UNITS.get(period, period) in _RATE_PERIODS else after
        if doc[k].pos_ not in ("NOUN", "PROPN", "ADJ"):
            return after
    return after


def _compound_count(doc: Doc, num: NumberSpan, head: Token) -> str | None:
    """'a 12 page report', 'a 3 cylinder engine': a plural number before a singular noun that
    modifies another counts that first noun (the pair is a compound adjective)."""
    first = doc[num.num_end] if num.num_end < len(doc) else None
    if first is None or num.value <= 1 or num.value_max is not None or first.i >= head.i or head.tag_ != "NN" \
            or head.lower_ in _COLLECTIVE_NOUNS:  # "3,000 cabin crew", "500 ground staff": the group counts
        return None
    if first.tag_ == "NN" and first.dep_ in ("compound", "nmod") and first.is_alpha and first.head.i == head.i:
        return first.lower_
    return None


# singular nouns that take a plural number as they are: "3,000 cabin crew", "40 support staff"
_COLLECTIVE_NOUNS = {"crew", "staff", "personnel", "police", "cattle", "livestock", "poultry", "clergy", "infantry"}

_MONEY_VERBS = {"pay", "cost", "spend", "worth", "earn", "fine", "raise", "price", "charge", "sell", "buy",
                "invest", "fund", "owe", "save", "bid", "offer", "receive", "budget", "award", "donate",
                "value"}


def _money_pounds(doc: Doc, num: NumberSpan, after: int) -> bool:
    """'80 million pounds' and 'costs 20 pounds' are sterling; 'weighs 5 pounds' is a weight."""
    of_what = after + 1 < len(doc) and doc[after + 1].lower_ == "of"  # "8.8 million pounds of thrust"
    if after > num.num_end or (after + 1 < len(doc) and doc[after + 1].lower_ == "sterling") \
            or doc[num.num_end - 1].lower_ in ("million", "billion", "trillion", "bn", "m") and not of_what:
        return True  # a scale word: weights are rarely given in millions ("around 4 billion pounds")
    window = doc[max(0, num.tok_start - 4):num.tok_start]
    return any(t.lemma_.lower() in _MONEY_VERBS or t.lower_ in ("worth", "fine", "price") for t in window)


# "1080p", "720p": the lines of a video picture, not pence
_VIDEO_LINES = {144, 240, 360, 480, 720, 1080, 1440, 2160, 4320}


# currency codes in capitals, written apart before the number (ISO codes and the real's R$)
_CODES_APART = {code.upper(): name for code, name in CURRENCY_NAMES.items()
                if len(code) == 3 and code.isalpha() and code not in ("try", "rub", "yen", "won", "leu", "lei")} | {"R$": "brazilian real", "KSh": "kenyan shilling", "TSh": "tanzanian shilling", "USh": "ugandan shilling"}


def _currency(doc: Doc, num: NumberSpan, after: int) -> tuple[str, int] | None:
    i = num.num_start
    if num.prefix:
        pre = num.prefix.lower()
        if i > 0 and doc[i - 1].text == "$" and pre in DOLLAR_PREFIXES:
            return DOLLAR_PREFIXES[pre], after
        if pre in CURRENCY_NAMES:
            return CURRENCY_NAMES[pre], after
    if num.suffix.lower() in ("p",) and num.value not in _VIDEO_LINES:
        return CURRENCY_NAMES["p"], after
    k = i - 1
    if k >= 0 and doc[k].lower_ in ("between", "from", "about", "around", "over", "under", "nearly"):
        k -= 1
    if k > 0 and doc[k].text == "." and doc[k - 1].text in ("Rs", "rs") and not doc[k - 1].whitespace_:
        return CURRENCY_NAMES["rs."], after  # "Rs. 15,999", the dot cut off
    if k >= 0 and _rupee_sign(doc[k], num):
        return CURRENCY_NAMES["rs"], after  # "rs 45 crore", "re 1": Indian news in lower case
    if k >= 0 and (shilling := shilling_before(doc, k)) is not None:
        return shilling, after  # "Ksh 203 billion", "Kshs. 659.5 billion"
    if k >= 0 and doc[k].text in _CODES_APART:
        return _CODES_APART[doc[k].text], after  # "USD 450", "EUR 2,000", "R$ 1.2 billion"
    if k >= 0 and doc[k].text.upper() in _CODES_APART and not english_word(doc[k].lower_) and caseless(doc[k]):
        return _CODES_APART[doc[k].text.upper()], after  # "eur 2,000": the code in copy that lost its capitals
    if k >= 0 and doc[k].lower_ in ("dlrs", "dlr"):
        return "dollar", after  # the wire services' abbreviation: "dlrs 27.43 a barrel"
    if k >= 0 and doc[k].lower_ in CURRENCY_NAMES and not doc[k].is_alpha or (k >= 0 and doc[k].text in ("US$", "A$", "C$", "HK$", "NZ$", "S$", "Rs", "Rs.", "RM")):
        sym = doc[k].lower_
        if sym == "$" and k > 0 and doc[k - 1].lower_ in DOLLAR_PREFIXES and not doc[k - 1].whitespace_ == "" \
                and (doc[k - 1].is_upper and doc[k - 1].text != "A" or caseless_dollar_prefix(doc[k - 1])):  # "US $2", not "A $2 deal"
            return DOLLAR_PREFIXES[doc[k - 1].lower_], after
        return CURRENCY_NAMES.get(sym, "dollar"), after
    # after the number: "333.6 million yen", "10.5 million Australian dollars", "150 kn"
    if after < len(doc):
        tok = doc[after]
        if after + 1 < len(doc):
            two = f"{tok.lower_} {doc[after + 1].lemma_.lower()}"
            if two in CURRENCY_NAMES or (tok.lower_ in CURRENCY_ADJECTIVES and doc[after + 1].lemma_.lower() in CURRENCY_NAMES):
                return CURRENCY_NAMES.get(two, doc[after + 1].lemma_.lower()), after + 2
        if after + 2 < len(doc) and f"{tok.lower_} {doc[after + 1].lower_}" in CURRENCY_ADJECTIVES:
            three = f"{tok.lower_} {doc[after + 1].lower_} {doc[after + 2].lemma_.lower()}"
            if three in CURRENCY_NAMES:
                return CURRENCY_NAMES[three], after + 3
        word = tok.lower_.rstrip("=.") if len(tok) > 1 else tok.lower_
        lemma = tok.lemma_.lower()
        if (word in CURRENCY_NAMES and (len(word) > 1 or tok.is_upper) and word not in ("p", "real", "won", "try", "rand", "r")
                or lemma in CURRENCY_NAMES and tok.pos_ == "NOUN" and lemma not in ("real", "won", "p", "try")):  # (rugby's "tries")
            if word in ("r",) and not tok.is_upper:
                return None
            return CURRENCY_NAMES.get(word) or CURRENCY_NAMES[lemma], after + 1
        if word == "r" and (tok.text[0] == "R" or caseless(tok)) and (after + 1 >= len(doc) or doc[after + 1].is_punct):
            return CURRENCY_NAMES["r"], after + 1
    return None


def _rupee_sign(tok: Token, num: NumberSpan) -> bool:
    """'rs'/'rs.' before a number (any case), or 're' before one rupee ("a fine of re 1")."""
    low = tok.lower_
    return low in ("rs", "rs.") or low in ("re", "re.") and num.value == 1 and num.value_max is None


def _measure(doc: Doc, num: NumberSpan, after: int) -> tuple[str, int] | None:
    suffix = num.suffix
    if suffix and suffix != "-":
        low = suffix.lower()
        if low == "sq" and after < len(doc) and doc[after].lower_ == "m":
            return "square metre", after + 1
        if suffix == "G" and num.value < 10 or suffix == "g" and _wireless_generation(doc, num, after):
            return "generation wireless", after  # (lower-case copy: "the 5g network")
        if low in ("%", "pc", "pct"):
            return "percent", after
        if low == "f":
            return "fahrenheit", after  # "104F", "-40f": temperatures, not farads, in the news
        if suffix == "Nm" or low == "nm" and _torque(doc, num, after):
            return "newton metre", after  # torque; "nm" in lower case is a nanometre ("500nm of torque" is not)
        if low == "lb" and after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ == "ft":
            return "foot pound-force", after + 2  # "568lb-ft": torque, the tokenizer cuts at the hyphen
        if low in MEASURE_UNITS:
            return MEASURE_UNITS[low], after
        if low.rstrip("s") in MEASURE_UNITS:
            return MEASURE_UNITS[low.rstrip("s")], after
    n = len(doc)
    if after < n and (doc[after].text == "Nm" or doc[after].text == "nm" and _torque(doc, num, after + 1)):
        return "newton metre", after + 1
    if after < n and doc[after].text == "-" and after + 1 < n:
        after += 1  # "a 36-hour curfew", "5-mpg"
    best: tuple[str, int] | None = None
    for width in (4, 3, 2, 1):
        end = after + width
        if end > n:
            continue
        toks = doc[after:end]
        if any(t.is_sent_start for t in toks[1:]):
            continue
        raw = doc.text[toks[0].idx:toks[-1].idx + len(toks[-1])].lower().rstrip("-=")
        keys = [raw, raw.replace("-", " "), " ".join(t.lemma_.lower() for t in toks),
                " ".join([*(t.lower_ for t in toks[:-1]), toks[-1].lemma_.lower()])]
        if raw.endswith(".") and len(raw) >= 2 and toks[-1].is_sent_end:
            keys.append(raw[:-1])  # "50 km/h." at the end of a sentence: the full stop is glued
        for key in keys:
            unit = MEASURE_UNITS.get(key)
            if unit is None and key.endswith("s") and len(key) > 3:
                unit = MEASURE_UNITS.get(key[:-1])
            if unit is None:
                continue
            glued = not doc[after - 1].whitespace_
            if width == 1 and key in GLUED_ONLY_UNITS and not glued and not (toks[0].is_upper and len(key) == 1) \
                    and not caseless_letter_unit(toks[0]) and not spaced_unit_letters(doc, num, after):  # "a 5 W charger", "12 m deep"
                continue
            if width == 1 and key == "a" and not glued and _grade_letter(doc, num, end):
                continue  # "three A grades", "two A*s": exam grades, not amperes
            if closing_quote(doc, after):
                continue  # wounded "more than 35": the quote mark closes a quotation
            if unit == "percent" and (toks[0].text.startswith("PC") or toks[0].lower_ == "pcs"):
                continue  # "2.3m PCs", "10 pcs": computers or pieces, not per cent
            if glued and (toks[0].text == "G" and num.value < 10 or toks[0].text == "g" and _wireless_generation(doc, num, end)):
                unit = "generation wireless"  # "3G and 4G networks", lower-case "the 5g network"
            best = (unit, end)
            break
        if best:
            break
    if best is None:
        return None
    unit, end = best
    # "degrees Celsius": the scale names the unit
    if unit == "degree" and end < n and doc[end].lower_ in ("celsius", "fahrenheit", "centigrade", "c", "f"):
        return MEASURE_UNITS[doc[end].lower_], end + 1
    # "a 24-year-old", "the 6-month-old baby", "a three-week-old puppy": an age
    if unit in ("year", "month", "week", "day") and end + 1 < n and doc[end].text == "-" and doc[end + 1].lower_ == "old":
        return f"{unit} of age", end + 2
    if unit in ("year", "month", "week", "day") and end < n and doc[end].lower_ in ("old", "-old", "olds"):  # "15-year-olds"
        return f"{unit} of age", end + 1
    return unit, end


def _grade_letter(doc: Doc, num: NumberSpan, end: int) -> bool:
    """A spaced capital "A" after a number is an exam grade, not amperes, when the number is a word
    ("three A grades") or a star or "grade" follows ("3 A* grades"); "a 10 A fuse" stays amperes."""
    spelled = not doc[num.num_end - 1].text[:1].isdigit()
    return spelled or end < len(doc) and (doc[end].text.startswith("*") or doc[end].lemma_.lower() == "grade")


# what a "5g" of lower-case copy names when it is a network generation, not grams
_WIRELESS_WORDS = {"network", "networks", "rollout", "service", "services", "phone", "phones", "smartphone",
                   "smartphones", "signal", "coverage", "mast", "masts", "technology", "spectrum", "connection",
                   "connectivity", "modem", "chip", "chips", "data", "speeds", "auction", "equipment", "internet"}
# (and what a network serves or is sold with: "3.6 million 5g users", "4g handsets", "a 5g licence")
_WIRELESS_WORDS |= {"user", "users", "subscriber", "subscribers", "customer", "customers", "connections", "handset",
                    "handsets", "device", "devices", "plan", "plans", "licence", "licences", "license", "licenses",
                    "band", "bands", "tower", "towers", "base", "broadband", "router", "routers", "mobile", "sim",
                    "operator", "operators"}


def _wireless_generation(doc: Doc, num: NumberSpan, after: int) -> bool:
    if after + 2 < len(doc) and doc[after].lower_ in ("and", "or", "/") and doc[after + 1].text in ("2", "3", "4", "5", "6") \
            and doc[after + 2].lower_ == "g" and not doc[after + 1].whitespace_:
        after += 3  # "3g and 4g networks": the words after the second name both
    return num.value in (2, 3, 4, 5, 6) and after < len(doc) and doc[after].lower_ in _WIRELESS_WORDS


def _torque(doc: Doc, num: NumberSpan, after: int) -> bool:
    """Torque is named right after the unit or just before the number: "500nm of torque", "torque
    of 500nm" (not "a 5nm chip")."""
    near = [*doc[after:after + 2], *doc[max(0, num.tok_start - 3):num.tok_start]]
    lb_ft = any(t.lower_ == "ft" and t.i > 1 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_.endswith("lb") for t in near)
    return lb_ft or any(t.lower_ in ("torque", "lb-ft") for t in near)  # "568lb-ft (770nm)": the conversion of a torque


def rate_unit(doc: Doc, unit: str, after: int) -> str:
    """'$62 per share' -> 'dollar per share', '$52 a barrel', 'RM79 a month', '£24 a-year'."""
    if each_as_a_piece(doc, after):
        return unit  # "Rs 10 a piece": each
    n = len(doc)
    k = after
    if k + 1 < n and doc[k].text == "/" and not doc[k].whitespace_ and doc[k + 1].is_alpha \
            and (doc[k + 1].pos_ == "NOUN" or doc[k + 1].lower_ in MEASURE_UNITS):
        per = doc[k + 1]  # "$60/barrel", "7,000 MB/s"
        return f"{unit} per {MEASURE_UNITS.get(per.lower_) or per.lemma_.lower()}"
    if k < n and doc[k].text == "-":
        k += 1
    elif k + 3 < n and doc[k].lower_ == "of" and doc[k + 1].pos_ == "NOUN" and doc[k + 2].lower_ == "per":
        k += 2  # "3.5 tonnes of maize per hectare": what is measured stands between the unit and its rate
    if k + 1 < n and doc[k].lower_ in RATE_WORDS and doc[k].lower_ not in ("each",):
        k += 1
        if k < n and doc[k].text == "-":
            k += 1
        if k + 1 < n and doc[k].lower_ in ("cubic", "square") and doc[k + 1].is_alpha:
            two = f"{doc[k].lower_} {doc[k + 1].lemma_.lower()}"  # "micrograms per cubic metre"
            return f"{unit} per {MEASURE_UNITS.get(two, two)}"
        if k + 1 < n and doc[k].tag_ in ("JJ", "VBN") and doc[k + 1].pos_ == "NOUN" and doc[k - 1].lower_ == "per":
            k += 1  # "$1.05 per diluted share"
        elif k + 1 < n and doc[k - 1].lower_ == "per" and doc[k + 1].pos_ in ("NOUN", "PROPN") and doc[k + 1].is_alpha:
            two = f"{doc[k].lower_} {doc[k + 1].lemma_.lower()}"
            if two in MEASURE_UNITS:
                return f"{unit} per {MEASURE_UNITS[two]}"  # "50 grams per kilowatt hour"
            if doc[k].dep_ == "compound" and doc[k].head.i == k + 1 and doc[k].lower_ not in MEASURE_UNITS \
                    and doc[k + 1].pos_ == "NOUN":
                return f"{unit} per {two}"  # "£2 per bus journey"
        tok = doc[k] if k < n else None
        if tok is not None and k + 1 < n and doc[k + 1].lower_ in ("earlier", "ago", "later", "before", "after", "previously") \
                and doc[k - 1].lower_ != "per":  # (not "7 tonnes per hectare after the rains")
            return unit  # "up from 55% a year earlier"
        if tok is not None and doc[k - 1].lower_ == "per" and (words := _unit_of_words(doc, k)) is not None:
            return f"{unit} per {words}"  # "per million British thermal units"
        if article_opens_a_figure(doc, k):
            return unit  # "over two decades an average of 300": a comma dropped before another figure
        if tok is not None and k + 1 < n and doc[k - 1].lower_ in ("a", "an") and doc[k + 1].lower_ in ("that", "which", "who"):
            return unit  # "to 1,350 points a scenario that ...": an aside whose comma was dropped, no rate
        # (a rare unit word after "per" at the end of a clause may be tagged an adjective: "Rs 150 per quintal.")
        last = tok is not None and doc[k - 1].lower_ == "per" and (k + 1 >= n or doc[k + 1].is_punct)
        unit_after_per = tok is not None and doc[k - 1].lower_ == "per" and tok.lower_ in MEASURE_UNITS  # (tagged anything)
        if tok is not None and (tok.pos_ in ("NOUN", "PROPN") or last and tok.pos_ == "ADJ" or unit_after_per) and tok.is_alpha:
            per = MEASURE_UNITS.get(tok.lower_) or MEASURE_UNITS.get(tok.lemma_.lower()) or tok.lemma_.lower()
            if unit == "count" and per in ("day", "week", "month", "year", "minute", "hour", "second"):
                return f"count per {per}"
            if tok.lower_ in ("mmbtu",):
                per = MEASURE_UNITS["mmbtu"]
            rate = f"{unit} per {_unit_of_words(doc, k) or per}"
            if k + 2 < n and doc[k + 1].lower_ == "per" and not _unit_of_words(doc, k):
                return rate_unit(doc, rate, k + 1)  # "$65 per line per month": a rate of a rate
            return rate
    return unit


def _unit_of_words(doc: Doc, k: int) -> str | None:
    """A unit of two to four words (a hyphen may join them) at token ``k``, after "per": "8 cents per
    kilowatt-hour", "$2.95 per million British thermal units"."""
    for width in (4, 3, 2):
        toks = [t for t in doc[k:k + width]]
        if len(toks) < width or toks[-1].text == "-":
            continue
        words = [t.lower_ for t in toks[:-1] if t.text != "-"] + [toks[-1].lemma_.lower()]
        if (unit := MEASURE_UNITS.get(" ".join(words))) is not None:
            return unit
    return None


_NP_SKIP = {"more", "less", "fewer", "such", "same", "own", "extra", "further", "additional", "total",
            "combined", "whole", "entire", "mere", "just", "only", "odd", "previous", "past", "last", "next",
            "recent", "latest", "average"}


# nouns whose plural is the singular: "2,000 species", "three series"
_SAME_IN_PLURAL = {"species", "series", "means", "headquarters", "aircraft", "sheep", "deer", "fish", "offspring"}


# plurals the small model's lemmatizer gets wrong ("doses" -> "dos", "taxes" -> "taxis", "innings" kept)
_LEMMA_SLIPS = {"doses": "dose", "taxes": "tax", "bases": "base", "innings": "inning"}


def _noun_phrase(doc: Doc, num: NumberSpan) -> str | None:
    """The counted thing as CQE writes it: adjectives and noun modifiers, head noun singular
    ("four different bosses" -> "different boss", "two of Johnson's deputies" -> "johnson deputy")."""
    n = len(doc)
    k = num.num_end
    head = counted_head(doc, num)
    if head is None:
        return None
    if doc[k].lower_ == "of" and head.i > k:
        k += 1
    if head.like_num or head.lower_ in ("%",) or doc[k].lower_ in ("last", "next", "this"):
        return None  # "2.1 last year": a date, not what is counted
    words: list[str] = []
    # modifiers before the number still describe the thing: "a record 32 goals" -> "record goal"
    for child in head.children:
        if child.i < num.tok_start and child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("ADJ", "NOUN") \
                and child.tag_ not in ("VBN", "VBG") and child.lower_ not in _NP_SKIP and child.is_alpha \
                and child.lower_ not in CASUALTY_STATES and child.lower_ not in ("first", "final") \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[child.i + 1:num.tok_start]) \
                and not _possessive_name(child):
            # (not "shot dead two men": a result; nor a word before the verb: "the 17-year-old scored three")
            words.append(child.lower_)
    j = k
    head_start = _hyphen_start(doc, head, k)
    while j < head_start:
        t = doc[j]
        noun_ing = t.tag_ == "VBG" and doc[j - 1].pos_ == "NOUN" and doc[j + 1].pos_ == "NOUN"  # "vehicle charging"
        if (t.pos_ in ("ADJ", "NOUN", "PROPN") and t.tag_ not in ("VBN", "VBG") or noun_ing or participle_describes(t, head)) and t.lower_ not in _NP_SKIP \
                and any(c.isalnum() for c in t.text) \
                and not any(c.dep_ == "advmod" and c.i < t.i for c in t.children):  # not "decently sized"
            text = t.lemma_ if t.tag_ in ("JJS", "JJR") else t.text  # "earliest" -> "early"
            if j > k and not doc[j - 1].whitespace_ and doc[j - 1].text.isdigit():
                text = doc[j - 1].text + text  # "5G users": the tokenizer cut the digits off the name
            # keep hyphenated modifiers whole: "first-team", "coal-fired"
            while j + 2 < head_start and doc[j + 1].text == "-" and not t.whitespace_:
                text += "-" + doc[j + 2].text
                j += 2
            words.append(text.lower())
        j += 1
    lemma = head.lemma_.lower() if head.pos_ == "NOUN" and head.lower_ not in _SAME_IN_PLURAL else head.text.lower()
    plural_name = head.tag_ == "NNPS" or head.pos_ == "PROPN" and num.value > 1 and num.value_max is None
    if plural_name and head.ent_type_ != "NORP" and lemma.endswith("s") and not lemma.endswith(("ss", "us", "is")):
        lemma = lemma[:-1]  # "eight straight World Cups" (a people keeps its plural: "millions of Americans")
    lemma = _LEMMA_SLIPS.get(head.lower_, lemma)
    if len(head.text) > 2 and head.text.endswith("s") and head.text[:-1].isupper() and head.text[:-1].isalpha():
        lemma = head.text[:-1].lower()  # a plural of initials: "nine in 10 GPs", "40 NGOs"
    if num.value > 1 and lemma == head.lower_ and caseless_acronym_plural(head):
        lemma = lemma[:-1]  # "2 tds", "thousands of gpus": lower-case acronyms the lemmatizer keeps plural
    words.append(doc[head_start:head.i].text.lower() + lemma)  # "neo-nazi"

    return " ".join(words) if n else None


def _possessive_name(tok: Token) -> bool:
    """A word in "s" before the number whose apostrophe was stripped, owning the thing, not
    describing it: "Boeings 787 deliveries" counts deliveries, as "Boeing's 787 deliveries" does
    ("the citys 4 hospitals"); a modifier set before a number is singular: "a record 32 goals"."""
    low = tok.lower_
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(tok) > 3 and tok.is_alpha


def counted_head(doc: Doc, num: NumberSpan) -> Token | None:
    """The noun a quantity counts, past a noun compound the parser read as a verb ("200 vehicle
    charging stations")."""
    head = _first_counted_head(doc, num)
    if head is not None and not any(c.isalpha() for c in head.text):
        return None  # a dash or an underscore the tagger read as a noun
    if head is not None and head.ent_type_ in ("DATE", "TIME") and head.tag_ == "NNP":
        return None  # "21 wounded Sunday": a day, not what is counted
    if head is not None and head.lower_ in ("today", "yesterday", "tonight", "tomorrow"):
        return None  # "stood at more than 79,000 today"
    head = _hyphen_end(doc, head) if head is not None else None
    if head is not None and head.tag_ == "NN" and num.value > 1 and head.i + 2 < len(doc) \
            and doc[head.i + 1].tag_ == "VBG" and doc[head.i + 2].tag_ == "NNS":
        return doc[head.i + 2]
    if head is not None and head.tag_ == "NN" and num.value > 1 and num.value_max is None \
            and head.dep_ in ("compound", "nsubj", "amod", "nmod") and head.head.i == head.i + 1 and head.head.tag_ == "NNS":
        return head.head  # "8 performance cores", "16 efficiency cores": a plural count agrees with the plural noun
    return head


def _hyphen_end(doc: Doc, head: Token) -> Token:
    """The last word of a hyphenated noun the tokenizer split: "neo-Nazis" counts Nazis; "a
    peace-keeping force" counts the force (the chain ends in a modifier)."""
    first = head
    while head.i + 2 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_ \
            and not doc[head.i + 1].whitespace_ and doc[head.i + 2].is_alpha:
        head = doc[head.i + 2]
    if head.i != first.i and head.pos_ not in ("NOUN", "PROPN") and head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "NOUN":
        return doc[head.i + 1]
    return head


def _hyphen_start(doc: Doc, head: Token, first: int) -> int:
    """Where the hyphenated noun ending at ``head`` begins ("neo-Nazis": at "neo"), not before
    token ``first`` (the word after the number: "billion-dollar" is no noun)."""
    k = head.i
    while k - 2 >= first and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ \
            and doc[k - 2].is_alpha:
        k -= 2
    return k


def _first_counted_head(doc: Doc, num: NumberSpan) -> Token | None:
    """The noun a quantity counts: its nummod head, the object of 'of', or the first noun after it."""
    n = len(doc)
    k = num.num_end
    if k >= n:
        return None
    if doc[k].text == "," and k + 1 < n and doc[k + 1].lower_ == "of" and doc[num.num_start].lower_ in VAGUE:
        k += 1  # "dozens, perhaps hundreds, of prisoners": the comma closes an aside
    if doc[k].lower_ == "of":
        pobj = next((c for c in doc[k].children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        return pobj if pobj is not None and pobj.i - k < 8 else None
    if doc[k].like_num and doc[k].lower_ in SMALL and not (k + 1 < n and doc[k + 1].text == "-" and not doc[k].whitespace_):
        return None  # "wounded four three days ago": the noun after belongs to the next number (not "two five-year terms")
    for tok in (doc[num.num_end - 1], *doc[num.num_start:num.num_end]):
        h = tok.head
        if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and h.i >= k and h.pos_ in ("NOUN", "PROPN") \
                and h.i - k < 9 and all(not t.is_punct or t.text == "-" for t in doc[k:h.i]):
            return h
    run: list[Token] = []
    j = k
    while j < n and j - k < 6:
        t = doc[j]
        if run and t.lower_ in ("last", "next", "this"):
            break  # "3,40,000 cars last year": a date starts
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or t.text == "-" or t.tag_ == "POS" \
                or (t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")) \
                or (t.pos_ == "CCONJ" and run and j + 1 < n and doc[j + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            run.append(t)
            j += 1
            continue
        break
    nouns = [t for t in run if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None
    # the first noun not followed by another word of the phrase
    return next((t for t in nouns if t.i + 1 >= n or doc[t.i + 1] not in run
                 or (doc[t.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ") and doc[t.i + 1].text != "-"
                     and doc[t.i + 1].tag_ != "POS")), nouns[-1])


# verbs whose particle gives the direction: "edged down 0.03%", "ended up 2%" (not "gave up 517 yards")
