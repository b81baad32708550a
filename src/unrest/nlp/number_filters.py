"""What is not a figure: years, dates, times, labels, phone numbers, ages (in the default mode),
ranks, street numbers and names with digits ("S&P 500", "Game 2"), and when "one" is a count."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from unrest.nlp.number_words import (
    _DIGITS,
    _MEASURES,
    _ORDINAL_DIGITS,
    _PHONE,
    _TIME,
    CURRENCY_SYMBOLS,
    DURATION_NOUNS,
    FRACTIONS,
    LABEL_WORDS,
    MONTHS,
    ORDINALS,
    _looks_like_year,
    _qualifier_before,
    number_value,
)
from unrest.nlp.degraded_copy import (
    age_after_person_noun, caseless_address, caseless_name_before, caseless_version_before,
)
from unrest.nlp.quantity_context import appositive_age
from unrest.nlp.quantity_business import brand_possessive_then_plural, label_word_as_verb
from unrest.nlp.quantity_written_forms import count_after_weekday
from unrest.nlp.quantity_fx import a_quoted_level
from unrest.nlp.quantity_noisy import plural_head_after_mistag, shouted_count, unescaped
from unrest.nlp.quantity_politics import count_before_its_share
from unrest.nlp.quantity_restate import table_row
from unrest.nlp.quantity_weather import share_after_day
from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP


def _unit_word(word: str, glued: bool = False) -> bool:
    """A unit of measure or a currency ('km', 'miles', 'yen'); one-letter units only glued ('5W')."""
    from unrest.nlp.vocab import CURRENCY_NAMES, GLUED_ONLY_UNITS, MEASURE_UNITS

    w = word.lower()
    if not glued and (w in GLUED_ONLY_UNITS or len(w) == 1 and w.isalpha()):
        return False
    return w in MEASURE_UNITS or w in CURRENCY_NAMES or (len(w) > 3 and w.endswith("s") and w[:-1] in MEASURE_UNITS)


def _currency_before(doc: Doc, i: int) -> bool:
    return i > 0 and (doc[i - 1].lower_ in CURRENCY_SYMBOLS or doc[i - 1].text in ("US$", "A$", "C$", "HK$", "NZ$"))


# stock indexes whose name ends in a number, in the lowercase of headlines and wire copy too
_INDEX_NUMBERS = {"s&p": {"500", "100", "400", "600"}, "ftse": {"100", "250", "350"}, "nikkei": {"225"},
                  "stoxx": {"50", "600"}, "cac": {"40"}, "dax": {"30", "40"}, "asx": {"200"}, "nifty": {"50"},
                  "russell": {"1000", "2000", "3000"}, "ibex": {"35"}, "csi": {"300"}, "kospi": {"200"},
                  "sensex": {"30"}, "mib": {"40"}, "aex": {"25"}, "smi": {"20"}}


def _name_number(doc: Doc, i: int) -> bool:
    """'S&P 500', 'Big 12', 'Game 2', 'Apple Watch 5': digits after a capitalised name are part of it."""
    tok = doc[i]
    if i > 0 and _VERSION.match(tok.text) and (_product_word(doc[i - 1]) or caseless_version_before(doc, i)) \
            and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("%", "percent")):  # ("the DA 21.8%": a party's share)
        return True  # "iOS 17.4", "USB 3.2": a version (lower-case "ios 17.4" too)
    if i > 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].text.isdigit() and tok.text.isdigit() and _name_number(doc, i - 2):
        return True  # the "9" of "Boeing 787-9"
    if _after_model_code(doc, i):
        return True  # the "1000" of "A350-1000"
    if not tok.text.isdigit() or i == 0 or tok.i == tok.sent.start:
        return False
    if tok.text in _INDEX_NUMBERS.get(doc[i - 1].lower_, ()):
        return True  # "the ftse 100 fell", "s&p 500 futures"
    if tok.text in _INDEX_NUMBERS.get(unescaped(doc[i - 1]), ()):
        return True  # "S&amp;P 500": an HTML entity the scraper left in the name
    if i > 1 and tok.text in _INDEX_NUMBERS.get(f"{doc[i - 2].lower_}&{doc[i - 1].lower_}", ()):
        return True  # "the S P 500": scraped copy dropped the ampersand
    prev = doc[i - 1]
    camel = prev.is_alpha and any(c.isupper() for c in prev.text[1:]) and any(c.islower() for c in prev.text) \
        and not (prev.text.endswith("s") and prev.text[:-1].isupper())  # "the TVs 65-inch panel": a plural
    if (not (prev.pos_ == "PROPN" or len(prev) == 1 and prev.is_upper or camel) or prev.text == prev.lower_
            or prev.text in ("A", "I")) and not caseless_name_before(doc, i):  # "S&P 500", "Game 2", "iOS 13"
        return False
    if prev.lower_ in MONTHS or prev.lower_ in CURRENCY_SYMBOLS or _unit_word(prev.text):
        return False
    if count_after_weekday(doc, i):
        return False  # "police said Sunday 14 people were killed"
    if shouted_count(doc, i):
        return False  # "TURNOUT FALLS 5 PERCENTAGE POINTS": a headline in capitals counts what follows
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("%", "percent", "per", "million", "billion", "trillion", "cents", "pence",
                                           "points", "basis", "bps") or _unit_word(nxt.text)):
        return False
    if nxt is not None and nxt.tag_ == "NNS" and prev.text.endswith("s") and len(prev.text) > 3 and prev.text[-2:-1].islower():
        return False  # copy stripped of apostrophes: "the Premier Leagues 20 clubs" counts clubs
    if nxt is not None and nxt.lower_ in ("-", "–", "to") and i + 2 < len(doc) and doc[i + 2].like_num:
        # "the Senate 68-32": a tally; "Boeing 787-9" (glued, sides of unequal length): a model
        return nxt.text == "-" and not tok.whitespace_ and not nxt.whitespace_ and len(doc[i + 2].text) != len(tok.text)
    return not count_before_its_share(doc, i) and not table_row(doc, i)  # "Greens 950 (30.0%)": a party's votes


# a model code of capitals and digits: "A350", "A320", "B737", "MD11"
_MODEL_CODE = re.compile(r"^[A-Za-z]{1,3}\d{2,4}$")  # (lower-case copy: "a350-1000")


def _after_model_code(doc: Doc, i: int) -> bool:
    """Digits glued by a hyphen to a model code before them name a variant: "A350-1000", "A320-200"."""
    return i > 1 and doc[i].text.isdigit() and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and bool(_MODEL_CODE.match(doc[i - 2].text))


# a version number: "17.4", "3.2", "5.3.1"
_VERSION = re.compile(r"^\d{1,2}(\.\d{1,2}){1,2}$")


def _product_word(tok: Token) -> bool:
    """A word a version number follows: camel case ("iOS", "macOS") or an acronym ("USB", "HDMI")."""
    camel = tok.is_alpha and tok.text[:1].islower() and any(c.isupper() for c in tok.text[1:])
    acronym = tok.is_alpha and tok.is_upper and len(tok.text) >= 2 and tok.lower_ not in CURRENCY_SYMBOLS \
        and not _unit_word(tok.text)
    return camel or acronym


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


# what a school year group names: "Year 6 pupils", "year 11 students"
_SCHOOL_NOUNS = {"pupil", "student", "child", "class", "group", "teacher", "exam", "test", "girl", "boy", "cohort"}


def _school_year(doc: Doc, i: int, j: int) -> bool:
    """'Year 6 pupils', 'year 11 students': a year group, named by a number up to 13 after 'year'
    and before a school noun (not "last year 12 pupils": "last" or "a" before it makes it a date)."""
    if i < 1 or doc[i - 1].lower_ != "year" or j >= len(doc) or doc[j].lemma_.lower() not in _SCHOOL_NOUNS:
        return False
    if i >= 2 and doc[i - 2].lower_ in ("last", "this", "next", "a", "per", "each", "every", "that", "the", "previous"):
        return False
    return doc[i].text.isdigit() and 1 <= int(doc[i].text) <= 13


def _not_a_quantity(doc: Doc, i: int, j: int) -> bool:
    """Numbers a quantity extractor skips: ranks ('the top three'), addresses ('49 Zorro Ranch
    Road'), spelled-out numbers compounded with a noun ('a four-cylinder engine')."""
    n = len(doc)
    if _school_year(doc, i, j):
        return True  # "Year 6 pupils": a school year group
    if i >= 2 and doc[i - 1].lower_ in ("top", "bottom") and (doc[i - 2].lower_ == "the" or doc[i - 2].tag_ == "POS"
                                                              or _stripped_possessive(doc[i - 2])) \
            and not (j < n and doc[j].lower_ in ("%", "percent", "per")):
        return True  # "the top three", "the leagues top four" (not "the top 1% of earners", a share)
    if j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and len(doc[j + 1].text) == 1 and doc[j + 1].is_upper and doc[j + 1].lower_ not in ("w", "v", "a", "g"):
        return True  # "a 10-K filing", "Mission 51-L": a name
    if doc[i].text.isdigit():
        for k in range(j, min(n, j + 4)):
            if doc[k].lower_ in _STREET_WORDS and doc[k].text[0].isupper():
                return all(t.text[:1].isupper() or _ORDINAL_DIGITS.match(t.text) for t in doc[j:k])
            if not (doc[k].pos_ == "PROPN" or doc[k].text[:1].isupper() or _ORDINAL_DIGITS.match(doc[k].text)):
                break
    if caseless_address(doc, i, j):
        return True  # "lives at 221 baker street"
    if _model_name(doc, i, j):
        return True
    if _model_after_count(doc, i, j) or _number_of_a_named_thing(doc, i, j):
        return True
    if doc[j - 1].is_alpha and j + 1 < n and doc[j].text == "-" and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_alpha and doc[j + 1].lower_ not in FRACTIONS \
            and (not _unit_word(doc[j + 1].text) or doc[j + 1].lower_ == "time" or doc[j - 1].lower_ == "zero") \
            and doc[j + 1].lower_ != "plus":  # ("zero-hours contracts": a kind of contract, no zero hours)
        return True  # "a four-cylinder engine", "a four-time champion" are kinds; "a six-mile trip" is a distance
    return False


def _model_after_count(doc: Doc, i: int, j: int) -> bool:
    """'100 737 MAX jets', '20 787 Dreamliners': digits right after a count and before a capitalised
    name are the model's number."""
    return j - i == 1 and i > 0 and doc[i].text.isdigit() and doc[i - 1].text.replace(",", "").isdigit() \
        and j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and not _unit_word(doc[j].text)


# words after a number that make it a count or an amount, whatever the case of the copy
_COUNT_WORDS = {"million", "billion", "trillion", "thousand", "hundred", "%", "percent", "per", "times", "of", "or",
                "and", "to", "-", "–", "more", "less", "fewer", "others", "other"}


def _number_of_a_named_thing(doc: Doc, i: int, j: int) -> bool:
    """'the iphone 16 pro max has', 'the switch 2 will sell', 'the porsche 911 turbo': digits right
    after the word of a named thing ("the" or a possessive before it) and before no plural noun and
    no unit name a model, as they do in copy scraped to lower case ("gave the club 5 penalty
    points", "the team 1 point" count)."""
    if j - i != 1 or not doc[i].text.isdigit() or int(doc[i].text) < 2 or i < 2 or j >= len(doc) \
            or age_after_person_noun(doc, i):  # "the striker 26 has scored"
        return False
    name = doc[i - 1]
    if not name.is_alpha or name.like_num or _unit_word(name.text) or name.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if not any(t.lower_ == "the" or t.tag_ == "POS" for t in doc[max(0, i - 4):i - 1]) \
            or any(t.pos_ in ("VERB", "AUX", "ADP") for t in doc[max(0, i - 4):i - 1] if t.i > _article_at(doc, i)):
        return False
    for k in range(j, min(len(doc), j + 3)):
        tok = doc[k]
        if tok.lower_ in _COUNT_WORDS and not (k > j and tok.text in ("-", "–")) or tok.tag_ in ("NNS", "NNPS") \
                or _unit_word(tok.text) or tok.like_num:  # ("the team 2-1"; not "the renault 5 e-tech")
            return False
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return k > j or tok.pos_ in ("VERB", "AUX")  # "the switch 2 will", not "the club 5." alone
    return True


def _article_at(doc: Doc, i: int) -> int:
    """The last "the" or possessive before token ``i`` (within four tokens), or -1."""
    return max((t.i for t in doc[max(0, i - 4):i - 1] if t.lower_ == "the" or t.tag_ == "POS"), default=-1)


def _stripped_possessive(tok: Token) -> bool:
    """A possessive whose apostrophe scraped copy dropped: "the leagues top four", "its top two"."""
    return tok.lower_ == "its" or tok.pos_ in ("NOUN", "PROPN") and tok.lower_.endswith("s") \
        and not tok.lower_.endswith("ss") and len(tok) > 3


def _model_name(doc: Doc, i: int, j: int) -> bool:
    """'Boeing's 787 Dreamliner': digits before a name in the singular name a model; a count
    would make the noun plural ('two Premier League titles', '3 Oscars')."""
    if j - i != 1 or not doc[i].text.isdigit() or int(doc[i].text) < 2:
        return False
    if i > 0 and doc[i - 1].lower_ in ("a", "an") and j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
            and not _unit_word(doc[j].text, glued=True) and not (doc[j].is_upper and len(doc[j]) <= 3) \
            and doc[j].lower_ not in CURRENCY_SYMBOLS:
        return True  # "a 737 Max jet": one thing, so the number is part of its name
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and doc[k].is_alpha:
        if doc[k].tag_ == "NNPS" or _unit_word(doc[k].text, glued=not doc[k - 1].whitespace_) \
                or doc[k].lower_ in CURRENCY_SYMBOLS or doc[k].lower_ in MONTHS \
                or doc[k].is_upper and len(doc[k]) <= 3:  # "a 5 W charger": a unit symbol
            return False
        k += 1
    # "27000 Model S and Model X vehicles": coordinated names before the counted noun
    return k > j and (k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN", "NUM", "CCONJ")) \
        and not brand_possessive_then_plural(doc, k) \
        and not plural_head_after_mistag(doc, k)  # ("28 Kohl's stores": the brand's stores, counted)


def _year_is_count(doc: Doc, i: int, j: int) -> bool:
    """A year-like number that counts: 'about 2000 - 2500 calories', '$2000', '2000 hires'
    (not 'below 2010 levels', a year)."""
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in ("level", "peak", "high", "low", "figure", "value"):
        return False
    qualifier, qstart = _qualifier_before(doc, i)
    if qualifier is not None and doc[qstart].lower_ in ("over", "above") and qstart > 0 \
            and (doc[qstart - 1].lemma_.lower() in _CHANGE_NOUNS or doc[qstart - 1].lower_ in ("%", "percent", "cent")):
        return False  # "sales rose 12% over 2019", "a 7% increase over 2021": the year compared with
    if _currency_before(doc, i) or qualifier is not None:
        return True
    if nxt is None:
        return False
    glued = not doc[j - 1].whitespace_
    if _unit_word(nxt.text) or glued and _unit_word(nxt.text.rstrip("."), glued=True):
        return True  # "2000 km", "2000m." and "5000Pa" (the tokenizer splits them)
    if nxt.text == "-" and j + 2 < len(doc) and doc[j + 1].lower_ == "year" and doc[j + 2].lower_ in ("-", "old"):
        return True  # "a 2000-year-old coin": an age
    prev = doc[i - 1].lower_ if i > 0 else ""
    if prev in ("x", "×") and i > 1 and doc[i - 2].like_num or nxt.lower_ in ("x", "×") and j + 1 < len(doc) and doc[j + 1].like_num:
        return True  # a side of a dimension: "a 2732 x 2048 pixel screen"
    if prev == "of" and i > 1 and (doc[i - 2].lemma_.lower() in _STUDY_NOUNS or doc[i - 2].lemma_.lower() in _MEASURE_NOUNS):
        return nxt.tag_ == "NNS"  # "a survey of 2000 adults", "a brightness of 2000 nits"
    plural_next = nxt.tag_ == "NNS" or nxt.tag_ == "JJ" and j + 1 < len(doc) and doc[j + 1].tag_ == "NNS"  # "2000 new jobs"
    return plural_next and prev not in ("the", "this", "that", "its", "their", "his", "her", "our", "in",
                                               "of", "since", "by", "until", "from", "for", "and", "to")


# nouns of a change, after which "over" opens the year it is measured against
_CHANGE_NOUNS = {"growth", "increase", "rise", "decline", "drop", "gain", "jump", "fall", "decrease", "improvement"}
# nouns whose "of" is followed by how many were studied: "a study of 2000 adults"
_STUDY_NOUNS = {"study", "survey", "poll", "sample", "trial", "analysis", "review", "census", "group", "panel",
                "cohort", "crowd"}
# nouns of a measured amount, whose "of" is followed by the amount: "a peak brightness of 2000 nits"
_MEASURE_NOUNS = {"brightness", "depth", "height", "distance", "length", "width", "range", "capacity", "speed",
                  "weight", "total", "average", "peak", "maximum", "minimum", "output", "resolution"}


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


_TIME_WORDS = {"a.m.", "p.m.", "am", "pm", "gmt", "hrs", "o'clock", "ist", "utc", "edt", "est", "pdt", "pst", "cet",
               "noon", "midnight"}
# words joining the two ends of a span of times or days: "from 5 to 8 am", "on 12 and 13 May"
_SPAN_LINKS = {"to", "-", "–", "and", "or", "till", "until"}


# months written short with a full stop, which lower-case copy splits from it: "nov. 8", "sept. 30"
_SHORT_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _split_month(doc: Doc, i: int) -> bool:
    """'on nov. 8': the month and its full stop are two tokens before the day."""
    return i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in _SHORT_MONTHS and not doc[i - 2].whitespace_


def _first_of_a_pair(doc: Doc, j: int, closing: set[str], most: float) -> bool:
    """The number ending at ``j`` opens a pair whose second number (at most ``most``) is followed
    by one of ``closing``: "from 5 to 8 am" (two times), "on 12 and 13 November" (two dates)."""
    if j + 2 >= len(doc) or doc[j].lower_ not in _SPAN_LINKS:
        return False
    second = number_value(doc[j + 1].lower_) if _DIGITS.match(doc[j + 1].lower_) else None
    return second is not None and second <= most and doc[j + 2].lower_ in closing


def _later_day(doc: Doc, i: int) -> bool:
    """The number at ``i`` follows a month's day in a list or span of days: "July 4 and 10",
    "April 1, 2 and 3"."""
    k, days = i - 1, 0
    while k >= 0 and (doc[k].lower_ in _SPAN_LINKS or doc[k].text == "," or doc[k].text.isdigit() and int(doc[k].text) <= 31):
        days += doc[k].text.isdigit()
        k -= 1
    return days > 0 and k >= 0 and (doc[k].lower_ in MONTHS or _split_month(doc, k + 1)) and doc[k + 1].text.isdigit() \
        and doc[i - 1].lower_ in _SPAN_LINKS | {","}  # (not "in March, 12, 15 and 20 people")


def _list_marker(doc: Doc, i: int, j: int) -> bool:
    """'1.', '2)' opening an item of a numbered list: at the start of a sentence or after a colon."""
    if j - i != 1 or not doc[i].text.isdigit() or len(doc[i].text) > 2 or j >= len(doc) or doc[j].text not in (".", ")"):
        return False
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[i].tag_ == "LS" or doc[i].is_sent_start or k < 0 or doc[k].text == ":"


def _in_phone_number(doc: Doc, i: int) -> bool:
    """'0800 123 456': groups of digits after one that starts with a nought are a phone number."""
    k = i - 1
    while k >= 0 and doc[k].text.isdigit():
        if doc[k].text.startswith("0") and len(doc[k].text) >= 3:
            return True
        k -= 1
    return False


def _clock_time(doc: Doc, i: int, j: int) -> bool:
    """A time on the 24-hour clock: "at 2330 (0530 GMT)", "1300 hours", "at 1300." (not "at 1,300",
    nor "at 1300 metres")."""
    text = doc[i].text
    if j - i != 1 or len(text) != 4 or not text.isdigit() or int(text[:2]) > 23 or int(text[2:]) > 59:
        return False
    nxt = doc[j] if j < len(doc) else None
    if nxt is not None and nxt.lower_ in ("hours", "hrs", "gmt", "utc", "local"):
        return True
    if nxt is not None and nxt.text == "(" and j + 2 < len(doc) and doc[j + 2].lower_ in ("gmt", "utc", "local"):
        return True  # "at 2130 (0130 GMT)": the same time in two zones
    prev = doc[i - 1].lower_ if i > 0 else ""
    if prev in ("at", "until", "till", "by", "around", "about", "after", "before", "since") \
            and nxt is not None and nxt.lower_ in ("today", "yesterday", "tonight", "tomorrow"):
        return True  # "around 1400 yesterday"
    return prev in ("at", "until", "till", "by") and (nxt is None or nxt.is_punct and nxt.text not in ("%", "-") or nxt.lower_ == "on")


def _on_the_clock(text: str) -> bool:
    """'6.30' and '23.45' can be read on a clock; '83.52', a currency's rate "at 83.52", cannot."""
    hours, minutes = text.split(".")
    return int(hours) <= 24 and int(minutes) <= 59


def _dot_time(prev: Token | None, nxt: Token | None) -> bool:
    """'at 6.30' is a time; '8.15%' and 'just 0.03 millimeter' are not."""
    if prev is None or prev.lower_ not in ("at", "by", "until", "till", "from", "before", "after", "around", "about"):
        return False
    return nxt is None or (nxt.is_punct and nxt.text not in ("%", "-")) or nxt.lower_ in (
        "on", "in", "local", "hours", "this", "that", "today", "tonight", "yesterday", "and", "when")


# months shortened with a dot ("May", "June" and "July" are whole words: "in May . 24 died" ends a sentence)
_MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _age_word(doc: Doc, k: int) -> bool:
    """'aged' or 'age' at ``k``, or one word before a 'from'/'between' there ("age from 62 to 64")."""
    ages = ("aged", "age", "ages")
    return doc[k].lower_ in ages or k > 0 and doc[k].lower_ in ("from", "between") and doc[k - 1].lower_ in ages


def _age_closing_a_name(doc: Doc, i: int, j: int, value: float | None) -> bool:
    """'..., said trader Ana Ruiz, 45.': a whole number under 110 between a comma after a two-word
    name and the sentence's full stop."""
    if value is None or not value.is_integer() or value >= 110 or i < 3 or doc[i - 1].text != ",":
        return False
    if j < len(doc) and doc[j].text not in (".", ";"):
        return False
    name = doc[i - 2], doc[i - 3]
    return all(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.is_title for t in name)


def _excluded(doc: Doc, i: int, j: int, date_tokens: set[int], quantities: bool = False) -> bool:
    """Years, dates, times, ages, labels and phone numbers are not figures (ages are quantities)."""
    first = doc[i]
    text = doc[i:j].text
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.text == "." and i >= 2 and doc[i - 2].lower_ in _MONTH_ABBREVIATIONS:
        prev = doc[i - 2]  # "Jan . 24": copy with a space before its punctuation
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
    if prev is not None and (prev.lower_ in MONTHS or _split_month(doc, i)) and value is not None and value <= 31 \
            and not (nxt is not None and nxt.lower_ in ("%", "percent", "pc")):  # "in March 2% in April": commas lost
        return True
    if nxt is not None and nxt.lower_ in MONTHS and value is not None and value <= 31:
        return True
    if nxt is not None and nxt.lower_ in _TIME_WORDS and not (quantities and nxt.lower_ == "hrs" and len(first.text) <= 2):
        return True
    if value is not None and (_first_of_a_pair(doc, j, _TIME_WORDS - {"hrs"}, 12) or _first_of_a_pair(doc, j, MONTHS, 31)) \
            and value <= 31 and value.is_integer():
        return True
    if _clock_time(doc, i, j):
        return True
    if value is not None and value <= 31 and _later_day(doc, i) and not (nxt is not None and nxt.tag_ == "NNS") \
            and not share_after_day(doc, j):  # ("As of June 2, 4% of the crop")
        return True  # "between July 4 and 10", "April 1, 2 and 3" (not "on May 5 and 10 people died")
    if _TIME.match(text) and (":" in text or _dot_time(prev, nxt) and _on_the_clock(text) and not a_quoted_level(doc, i)):
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
    elif prev is not None and prev.lower_ in ("from", "to", "of", "at", "between") and i >= 2 \
            and doc[i - 2].lower_ in ("age", "ages", "aged") and not (nxt is not None and nxt.tag_ == "NNS"):
        return True  # "raise the retirement age from 62 to 64", "a voting age of 16", "aged between 18 and 25"
    # (or at the sentence's end, where the tagger may not call the name a person: 'said trader Ana Ruiz, 45.')
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and i >= 2 \
            and doc[i - 2].ent_type_ == "PERSON" and value is not None and value < 110 \
            or _age_closing_a_name(doc, i, j, value):
        return not (quantities and appositive_age(doc, i, j))  # a quantity extractor keeps the age
    if prev is not None and prev.lower_.rstrip(".") in LABEL_WORDS and not label_word_as_verb(doc, i):
        return True  # ("will house 5,000 workers": a verb)
    if prev is not None and prev.text == "." and i >= 2 and doc[i - 2].lower_ == "no" and not prev.whitespace_ == "\n":
        return True  # "No. 2", tokenised as "No" "."
    # ages in a list: "dalbir kaur (50), sarvjeet singh (23)"; "sanjay rana, 22, was arrested"
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].is_alpha:
        return not (quantities and appositive_age(doc, i, j))
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and value is not None \
            and value < 110 and i >= 2 and doc[i - 2].pos_ in ("PROPN", "NOUN") and doc[i - 2].is_alpha \
            and j + 1 < len(doc) and (doc[j + 1].pos_ in ("AUX", "VERB") or doc[j + 1].lower_ in ("who", "a", "an", "the", "was", "is", "as")
                                      or doc[j + 1].pos_ == "ADV" and j + 2 < len(doc) and doc[j + 2].pos_ in ("AUX", "VERB")):
        return not (quantities and appositive_age(doc, i, j))
    # the second of a pair after an age or a label: "aged 19 and 21", "highway 28 and 29"
    if prev is not None and prev.lower_ in ("and", "or", "&", "to") and i >= 3 and doc[i - 2].like_num \
            and (doc[i - 3].lower_.rstrip(".") in LABEL_WORDS and prev.lower_ != "to"
                 or not quantities and _age_word(doc, i - 3)):
        return True
    # calibres and measures: "9-mm rounds", "80 km from here" is kept (a distance is no label)
    if nxt is not None and nxt.text == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in _MEASURES and not quantities:
        return True
    # a point in time, not a length of time: "two days earlier", "five years ago" ("50 hours after the
    # attack" stays: it measures a delay)
    if not quantities and nxt is not None and nxt.lemma_.lower() in DURATION_NOUNS and j + 1 < len(doc) \
            and doc[j + 1].lower_ in ("ago", "earlier", "later", "previously"):
        return True
    # inside a DATE/TIME entity: only durations ("three days", "two weeks") survive
    if any(k in date_tokens for k in range(i, j)):
        after = doc[j].lemma_.lower() if j < len(doc) else ""
        hyphenated = after == "-" and j + 1 < len(doc) and doc[j + 1].lemma_.lower() in DURATION_NOUNS
        if after not in DURATION_NOUNS and not hyphenated and not (after in ("straight", "consecutive") and j + 1 < len(doc)):
            return True
    # a number glued to letters ("G20", "Covid-19") never reaches here; "19" after "covid -"
    if prev is not None and prev.text == "-" and i >= 2 and doc[i - 2].is_alpha \
            and not (quantities and doc[i - 2].whitespace_ and prev.whitespace_ and doc[i - 2].lower_ not in LABEL_WORDS):
        return True  # "Covid-19", "Covid - 19"; not " - 13 percent - ", a dash aside
    # the end of a span of years or days: "2014-15", "Sept. 20-24"
    if prev is not None and prev.text in ("-", "–") and i >= 2 and (
            _looks_like_year(number_value(doc[i - 2].lower_) or 0) or i >= 3 and doc[i - 3].lower_ in MONTHS
            or i >= 4 and doc[i - 3].text == "." and doc[i - 4].lower_ in _MONTH_ABBREVIATIONS):  # "Sept . 20-24"
        return True
    if quantities and single_digits and first.text.startswith("0") and len(first.text) > 1 and "." not in first.text:
        return True  # "09" in a timestamp, "0401 GMT"
    if quantities and _in_phone_number(doc, i):
        return True
    if quantities and _list_marker(doc, i, j):
        return True
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
    if quantities and nxt.lower_ == "point" and (prev in ("up", "down", "by") or doc[i - 1].lemma_.lower() in CHANGE_UP | CHANGE_DOWN):
        return True  # "up one point", "narrowed by one point", "lost one point": a change (not "at one point")
    if nxt.lower_ in ("of", "another", "day", "time", "way", "side", "thing", "hand", "point"):
        return False
    if quantities and nxt.text == "-" and i + 2 < len(doc) and not nxt.whitespace_ \
            and (doc[i + 2].lower_ in DURATION_NOUNS or _unit_word(doc[i + 2].text)):
        return True  # "a one-week curfew", "a one-mile walk": a measure
    if quantities and (nxt.pos_ in ("VERB", "AUX", "ADP", "PUNCT", "CCONJ") or nxt.lower_ in ("who", "that")):
        return False  # "one is", "one who", "one, two": a pronoun, not a count of anything
    return True
