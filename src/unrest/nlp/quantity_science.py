"""Forms of science, weather, health and gadget reports, found in real news text:

- bounds after the unit: "winds of 110 mph or higher", "people 65 years and older";
- numbers that name, not count: "in week 32", "PM 10", "net zero";
- earthquake magnitudes: "the M6.4 quake", "a magnitude 5.5 earthquake";
- units read from their context: a spaced "F" of a temperature, "kn" of wind, a spaced "m" or "MP";
- numbers the tokenizer keeps whole: "58 000–80 000 cases", "312x390 pixels";
- spans of time and landings that are no change: "every 20 years", "touched down 6 km away".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan, _qualified

# "or higher" after a number and its unit: the number is a floor; "or lower": a ceiling
_FLOOR_WORDS = {"more", "higher", "greater", "larger", "bigger", "above", "longer", "faster", "heavier", "taller",
                "wider", "deeper", "hotter", "warmer", "over", "plus", "better", "older"}
_CEILING_WORDS = {"less", "lower", "fewer", "smaller", "below", "shorter", "slower", "lighter", "colder", "cooler",
                  "under", "cheaper", "younger"}


def bound_after_unit(doc: Doc, num: NumberSpan) -> str | None:
    """'110 mph or higher', '12 hours or more', '5C or lower': a bound after the unit (a bare
    "30 or more" is the numbers layer's). Not 'or more than 40' nor 'or less to pay', which go on."""
    k = _past_the_unit(doc, num)
    if k + 1 >= len(doc) or doc[k].lower_ not in ("or", "and"):
        return None
    word = doc[k + 1].lower_
    if k == num.tok_end and not num.suffix and word not in _BARE_COMPARATIVES:
        return None  # (a bare "35 or above", "30 or more" is the numbers layer's to read)
    after = doc[k + 2] if k + 2 < len(doc) else None
    determiner = word in ("more", "less", "fewer", "over", "under", "plus")
    if after is not None and (after.lower_ == "than" or determiner and (
            after.lower_ == "to" or after.pos_ in ("NOUN", "PROPN") and not after.like_num)):
        return None  # "or higher than 40", "or less to pay", "or more people" ("or more two days a week" goes on)
    if word in _FLOOR_WORDS:
        return "at_least"
    return "at_most" if word in _CEILING_WORDS else None


# comparatives that bound a bare number too: "a fertility rate of 1.5 or lower", "a score of 30 or higher"
_BARE_COMPARATIVES = {"higher", "lower", "greater", "larger", "smaller", "bigger"}


def _past_the_unit(doc: Doc, num: NumberSpan) -> int:
    """The token after the number's unit words ("mph", "km / h", "years of age")."""
    k = num.tok_end
    while k < len(doc) and k - num.tok_end < 3 and doc[k].lower_ not in ("or", "and") \
            and (doc[k].text == "/" or not doc[k].is_punct) and doc[k].pos_ not in ("VERB", "AUX", "ADP", "DET", "NUM"):
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "age":
        k += 2  # "6 months of age and older"
    return k


def years_of_age(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'people 65 years and older', 'adults 50 years of age or older': the years are an age."""
    if unit != "year":
        return False
    k = _past_the_unit(doc, num)
    said_of_age = k >= 2 and doc[k - 1].lower_ == "age" and doc[k - 2].lower_ == "of"
    bounded = k + 1 < len(doc) and doc[k].lower_ in ("or", "and") and doc[k + 1].lower_ in ("older", "younger")
    return said_of_age or bounded


_PERIOD_LABELS = {"week", "day", "month"}
_PERIOD_COUNTERS = {"a", "an", "each", "every", "per", "this", "that", "last", "next", "one", "the", "same"}


def period_label(doc: Doc, num: NumberSpan) -> bool:
    """'in week 32', 'by day 5 of the trial': the number names the week, it counts nothing. Not
    'each week 40 migrants arrive', where the week is counted and the number counts the migrants."""
    i = num.tok_start
    if i < 1 or doc[i - 1].lower_ not in _PERIOD_LABELS or num.num_end - num.num_start != 1:
        return False
    if i >= 2 and doc[i - 2].lower_ in _PERIOD_COUNTERS:
        return False
    nxt = doc[num.tok_end] if num.tok_end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.pos_ in ("ADP", "CCONJ", "VERB", "AUX") and nxt.lower_ != "to"


def particle_size_label(doc: Doc, num: NumberSpan) -> bool:
    """'PM 2.5', 'PM 10': the size of the particles names the pollutant, it measures nothing."""
    return num.tok_start >= 1 and doc[num.tok_start - 1].text == "PM" and num.value in (1.0, 2.5, 10.0)


# words that make "zero" a name, not a count: "net zero", "absolute zero", "ground zero", "patient zero"
_ZERO_NAMES_BEFORE = {"net", "absolute", "ground", "patient"}


def named_zero(doc: Doc, num: NumberSpan) -> bool:
    """'reach net zero by 2050', 'cooled to near absolute zero', 'a zero tolerance policy': the
    zero names a target, a temperature, a place or a policy; 'zero deaths' still counts."""
    if num.num_end - num.num_start != 1 or doc[num.num_start].lower_ != "zero":
        return False
    before = doc[num.num_start - 1].lower_ if num.num_start > 0 else ""
    after = doc[num.num_end].lower_ if num.num_end < len(doc) else ""
    return before in _ZERO_NAMES_BEFORE or after == "tolerance"


# "M6.4", "Mw 7.8", "ML4.2": a magnitude as seismologists write it
_MAGNITUDE = re.compile(r"^M[wlLsb]?(\d\.\d{1,2})$")
_QUAKE_WORDS = {"quake", "earthquake", "tremor", "aftershock", "foreshock", "seismic", "usgs", "magnitude", "epicentre",
                "epicenter", "temblor", "shaking", "emsc"}


def magnitude_spans(doc: Doc, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans plus every 'M6.4' of a sentence about an earthquake (the tokenizer keeps it whole,
    so the numbers layer does not read it)."""
    taken = {k for s in spans for k in range(s.tok_start, s.tok_end)}
    found = []
    for tok in doc:
        m = _MAGNITUDE.match(tok.text)
        if m is None or tok.i in taken or not any(t.lower_ in _QUAKE_WORDS for t in tok.sent):
            continue
        span = NumberSpan(start=tok.idx, end=tok.idx + len(tok), tok_start=tok.i, tok_end=tok.i + 1,
                          num_start=tok.i, num_end=tok.i + 1, value=float(m.group(1)), value_max=None,
                          qualifier="exact", prefix="M")
        found.append(_qualified(doc, span))
    return sorted([*spans, *found], key=lambda s: s.tok_start) if found else spans


def magnitude_named(doc: Doc, num: NumberSpan) -> bool:
    """'M6.4', 'a magnitude 5.5 earthquake', '6.1 on the Richter scale': the number is a magnitude (not
    'a magnitude of 6.4', which NewsQuant leaves without a unit)."""
    if num.prefix == "M":
        return True
    on_scale = doc[num.tok_end:num.tok_end + 5]
    if len(on_scale) and on_scale[0].lower_ == "on" and any(t.lower_ in ("magnitude", "richter") for t in on_scale):
        return True  # "7.2 on the Richter scale", "9.1-9.3 on the moment magnitude scale"
    i = num.tok_start
    if i >= 1 and doc[i - 1].text in ("M", "Mw", "ML", "Ms") and any(t.lower_ in _QUAKE_WORDS for t in doc[i].sent):
        return True  # "an Mw 7.3 tremor": the scale written apart
    if i >= 2 and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_:
        i -= 1
    return i >= 1 and doc[i - 1].lower_ == "magnitude"


_TEMPERATURE_WORDS = {"temperature", "temperatures", "degree", "degrees", "heat", "hot", "hotter", "cold", "colder",
                      "warm", "warmer", "high", "highs", "low", "lows", "thermometer", "mercury", "weather", "heatwave",
                      "fever", "celsius", "°", "°c", "°f", "freezing", "chill", "index"}


def fahrenheit_meant(doc: Doc, num: NumberSpan) -> bool:
    """A spaced 'F' after a number is a temperature in a sentence about heat or cold ('highs of
    98 F', '39 C (102 F)'); else it stays a farad ('a 2.5 F capacitor')."""
    sent = doc[num.tok_start].sent
    return any(t.lower_ in _TEMPERATURE_WORDS or re.fullmatch(r"-?\d+(\.\d+)?[cC]", t.text)
               or t.text == "C" and t.i > 0 and doc[t.i - 1].like_num for t in sent)  # "37 C (98.6 F)"


_WIND_WORDS = {"wind", "winds", "gust", "gusts", "mph", "km/h", "kph", "knots", "storm", "hurricane", "typhoon",
               "cyclone"}


def knots_meant(doc: Doc, num: NumberSpan) -> bool:
    """'winds of 204 km/h (127 mph; 110 kn)': "kn" in a sentence about wind is knots, not kuna."""
    return num.tok_end < len(doc) and doc[num.tok_end].lower_ == "kn" \
        and any(t.lower_ in _WIND_WORDS for t in doc[num.tok_start].sent)


_METRE_AFTER = {"tall", "high", "long", "wide", "deep", "away", "below", "above", "across", "thick", "from", "off",
                "underground", "under", "beneath", "in", "of", "per", "/", "higher", "lower", "deeper"}


def spaced_unit_letters(doc: Doc, num: NumberSpan, after: int) -> bool:
    """A unit written apart that is otherwise only read glued: a length in "m" ('12 m deep') or a
    camera's "MP" ('a 13 MP sensor'; not "MPs", members of parliament)."""
    if after < len(doc) and doc[after].text == "MP" and doc[num.num_end - 1].text[:1].isdigit():
        return True
    return spaced_metre(doc, num, after)


def spaced_metre(doc: Doc, num: NumberSpan, after: int) -> bool:
    """'12 m deep', 'a depth of 10 m.': a spaced lower-case 'm' after digits is metres when a word
    of size or place, or the end of the clause, follows (not '5 m people': millions)."""
    if after >= len(doc) or num.kind == "money" or not doc[num.num_end - 1].text[:1].isdigit():
        return False
    if doc[after].text == "m." and doc[after].is_sent_end:
        return True  # "waves reached 8 m.": the full stop is glued
    if doc[after].text != "m":
        return False
    nxt = doc[after + 1] if after + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in _METRE_AFTER


_THOUSANDS_DASH = re.compile(r"^(\d{3})[-–](\d{1,3})$")


def spaced_thousands_ranges(doc: Doc, spans: list[NumberSpan]) -> list[NumberSpan]:
    """'58 000–80 000 cases': thousands grouped by spaces around a dash, which the tokenizer cuts
    into '58', '000–80', '000'; the spans there are replaced by the one range."""
    for k in range(1, len(doc) - 1):
        m = _THOUSANDS_DASH.match(doc[k].text)
        if m is None or not re.fullmatch(r"\d{1,3}", doc[k - 1].text) or not re.fullmatch(r"\d{3}", doc[k + 1].text) \
                or not doc[k - 1].whitespace_ or not doc[k].whitespace_:
            continue
        lo, hi = float(doc[k - 1].text + m.group(1)), float(m.group(2) + doc[k + 1].text)
        if hi <= lo:
            continue
        span = NumberSpan(start=doc[k - 1].idx, end=doc[k + 1].idx + len(doc[k + 1]), tok_start=k - 1, tok_end=k + 2,
                          num_start=k - 1, num_end=k + 2, value=lo, value_max=hi, qualifier="range")
        span = _qualified(doc, span)
        spans = sorted([s for s in spans if s.tok_end <= k - 1 or s.tok_start >= k + 2] + [span],
                       key=lambda s: s.tok_start)
    return spans


_AFTER_A_PAST_TIME = {"ago", "earlier", "later", "before", "after"}


def period_not_moved(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'rose 1 metre every 20 years', '14,000 years ago, seas rose', 'falls 30 minutes after a meal':
    a recurring or past span of time, or one before or after an event, hangs from the verb of change
    but says when, not how much."""
    from unrest.nlp.quantity_change import DURATION_UNITS

    if unit not in DURATION_UNITS:
        return False
    if num.num_start >= 1 and doc[num.num_start - 1].lower_ in ("every", "each"):
        return True
    end = num.tok_end + 1  # past the unit
    nxt = doc[end:end + 3]
    return len(nxt) > 0 and (nxt[0].lower_ in _AFTER_A_PAST_TIME
                             or len(nxt) == 3 and " ".join(t.lower_ for t in nxt) == "in the past")


# verbs whose "down" is a landing, not a fall: "splashed down 5 km off the coast"
_LANDING_VERBS = {"touch", "splash", "set"}


def landed_at(doc: Doc, num: NumberSpan) -> bool:
    """'the lander touched down 6 km from its target', 'the capsule splashed down 5 km offshore':
    the distance says where it landed; the particle is no fall."""
    verb = next((a for a in doc[num.num_end - 1].ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _LANDING_VERBS \
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)


_GLUED_DIMENSION = re.compile(r"^(\d{2,5})[x×](\d{2,5})$")


def glued_dimensions(doc: Doc, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans plus both sides of a dimension written as one token: 'a resolution of 312x390
    pixels', 'a 1284×2778 screen' (the tokenizer keeps it whole, so the numbers layer skips it)."""
    taken = {k for s in spans for k in range(s.tok_start, s.tok_end)}
    found = []
    for tok in doc:
        m = _GLUED_DIMENSION.match(tok.text)
        if m is None or tok.i in taken:
            continue
        for side in (1, 2):
            start = tok.idx + m.start(side)
            found.append(NumberSpan(start=start, end=start + len(m.group(side)), tok_start=tok.i, tok_end=tok.i + 1,
                                    num_start=tok.i, num_end=tok.i + 1, value=float(m.group(side)), value_max=None,
                                    qualifier="exact"))
    return sorted([*spans, *found], key=lambda s: (s.tok_start, s.start)) if found else spans


def comparative_read_as_unit(doc: Doc, num: NumberSpan) -> bool:
    """'30 or higher means obesity': the noun phrase after the number is the comparative and what
    follows it, no unit of the number."""
    k = num.tok_end
    return not num.suffix and k + 1 < len(doc) and doc[k].lower_ in ("or", "and") \
        and doc[k + 1].lower_ in _BARE_COMPARATIVES  # (a glued unit stays: "5C or lower")
