"""Numbers of weather, disaster, energy and farm copy that a general extractor reads differently
from other news, found in real reports: a crop or price gap measured against a year ("0.4 tonnes
above 2019", "5,000 head higher than 2021") compares with that year, which is no quantity; a gap
against a time ("6 cents more than one week ago") or against a period's average ("2% above
five-year average yields") bounds neither number; a weather range written with degree signs
("the 92°-96°F range") is one range; a share right after a date ("As of June 2, 4% of the crop")
is no later day; an all-capital "UP" in ordinary copy names a place ("eastern UP 34 pc"); and
"mt", "mb" and "barrels daily" are a metric ton, a millibar and a rate in crop and storm copy;
"highs in the upper 80s" names a band of ten, no quantity; and "the hikes add up to Rs 4 a litre"
states a sum, neither a ceiling nor a rise; "a degree above the average", "a dollar cheaper" and
"rose a foot" count one of a measure; and "over four straight weeks" spans a run, no floor.
(NewsQuant counts the "one" of "one of the largest ...", so that stays.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan, _qualified
from unrest.nlp.number_words import DURATION_NOUNS

if TYPE_CHECKING:
    from unrest.nlp.quantities import Quantity

# comparatives that state a gap against what follows "than": "12,000 tonnes higher than 2021"
_COMPARATIVES = {"higher", "lower", "more", "less", "greater", "fewer", "bigger", "smaller", "larger", "up", "down",
                 "above", "below", "cheaper", "dearer", "warmer", "colder", "wetter", "drier"}
_PERIOD_BACK = {"ago", "earlier", "before", "prior"}


def _gap_before(doc: Doc, k: int) -> bool:
    """A number stands within three tokens before ``k``: the gap that a comparison measures
    ("0.4 tonnes above", "10,000 higher than", "2% below")."""
    return any(t.like_num for t in doc[max(0, k - 3):k])


def _comparison_start(doc: Doc, k: int) -> int | None:
    """The first token of 'above' / 'higher than' ending right before ``k``, if any."""
    if k >= 1 and doc[k - 1].lower_ in ("above", "below"):
        return k - 1
    if k >= 2 and doc[k - 1].lower_ == "than" and doc[k - 2].lower_ in _COMPARATIVES:
        return k - 2
    return None


def year_compared(doc: Doc, num: NumberSpan) -> bool:
    """'2.3 bushels above 2020', '10,000 higher than 2024': a bare four-digit year that a gap is
    measured against names a time, not a quantity (a level stands alone: 'rose above 2000')."""
    if num.num_end - num.num_start != 1 or num.value_max is not None:
        return False
    text = doc[num.num_start].text
    if not (len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100):
        return False
    nxt = doc[num.num_end] if num.num_end < len(doc) else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in ("levels", "level", "and", "figures", "in")):
        return False  # ("above 2000 points" counts)
    start = _comparison_start(doc, num.num_start)
    return start is not None and _gap_before(doc, start)


def bound_of_another_thing(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """'more than' / 'above' before the number bounds something else: the average of a period
    ('1% above five-year average yields') or a time a gap is measured against ('6 cents more
    than one week ago')."""
    j = num.num_end
    if num.tok_start < num.num_start and j + 2 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ \
            and doc[j + 1].lemma_.lower() in DURATION_NOUNS and doc[j + 2].pos_ in ("NOUN", "ADJ", "PROPN"):
        return True  # "above five-year average": the bound is on the average (not "a 30-plus-year career")
    if unit is None or unit.split()[-1] not in ("day", "week", "month", "year", "hour", "decade"):
        return False
    k = num.tok_start
    while k < num.num_start and doc[k].lower_ not in ("more", "less", "fewer"):
        k += 1
    return k < num.num_start and j + 1 < len(doc) and doc[j + 1].lower_ in _PERIOD_BACK and _gap_before(doc, k)


def share_after_day(doc: Doc, j: int) -> bool:
    """The number ending at ``j`` is a share ('As of June 2, 4% of the crop'), so no later day of
    a list of days."""
    return j < len(doc) and (doc[j].lower_ in ("%", "percent", "pc")
                             or doc[j].lower_ == "per" and j + 1 < len(doc) and doc[j + 1].lower_ == "cent")


def join_degree_ranges(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """'the 92°-96°F range': the degree sign before the dash leaves '-96' read as a negative
    number; the two ends are one range in the unit of the second."""
    joined: list[Quantity] = []
    for quantity in out:
        first = joined[-1] if joined else None
        if first is not None and first.value_max is None and quantity.value_max is None and quantity.value < 0 \
                and doc.text[first.end:quantity.start].strip() == "°" and quantity.text.startswith(("-", "–")) \
                and first.value < -quantity.value:
            joined[-1] = replace(first, value_max=-quantity.value, qualifier="range", unit=quantity.unit,
                                 text=doc.text[first.start:quantity.end], end=quantity.end)
            continue
        joined.append(quantity)
    return joined


def up_as_a_name(doc: Doc, num: NumberSpan) -> bool:
    """'eastern UP 34 pc': an all-capital 'UP' in mixed-case copy abbreviates a name (a state, a
    party), so states no rise; a headline in capitals keeps its 'UP 5%'."""
    k = num.num_start - 1
    while k >= max(0, num.num_start - 3) and doc[k].lower_ != "up":
        k -= 1
    if k < max(0, num.num_start - 3) or doc[k].text != "UP":
        return False
    words = [t for t in doc if t.is_alpha and len(t.text) > 1]
    return sum(t.is_upper for t in words) * 2 < len(words)


# words of a storm's or a weather map's air pressure, where "mb" is a millibar, not a megabyte
_PRESSURE_WORDS = {"pressure", "barometric", "hurricane", "typhoon", "cyclone", "storm", "depression", "isobar"}


def farm_and_weather_unit(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """Units that commodity and weather copy write its own way: 'mt' is a metric ton in crop and
    freight reports ('exports of 65 million mt'); 'mb' is a millibar beside a storm's pressure
    ('a central pressure of 940 mb'); 'barrels daily' is a rate like 'barrels a day'."""
    if unit == "mt" and num.num_end < len(doc) and doc[num.num_end].text == "mt":
        return "metric ton"  # (lower case only: "Mt" may be a megatonne of carbon)
    if unit == "megabyte" and any(t.lower_ in _PRESSURE_WORDS for t in doc):
        return "millibar"
    j = num.num_end
    if unit is not None and " per " not in unit and j + 1 < len(doc) and doc[j].pos_ == "NOUN" \
            and doc[j + 1].lower_ == "daily" and doc[j].lemma_.lower() in ("barrel", "tonne", "ton", "bushel"):
        return f"{unit} per day"  # "pumps 2.1 million barrels daily"
    return unit


_BANDS = {"lower", "upper", "mid", "low", "high", "early", "late"}


def decade_band(doc: Doc, num: NumberSpan) -> bool:
    """'highs in the lower 90s', 'the upper 80s': a band of ten (degrees, years, a price) is no
    quantity, like 'the mid-90s'; the 's' is no second."""
    text = doc.text[num.start:num.end]
    k = num.tok_start - 1
    if k >= 0 and doc[k].text == "-":
        k -= 1  # "the mid-90s"
    return len(text) == 3 and text[0] in "123456789" and text[1:] == "0s" and k >= 0 and doc[k].lower_ in _BANDS


_MODALS = {"could", "may", "might", "would", "will", "can", "should"}


def summed_up_to(doc: Doc, num: NumberSpan) -> bool:
    """'the five hikes add up to Rs 4.02 a litre', 'three storms added up to 14 inches': a sum,
    no ceiling; a modal before it keeps the reach ('losses could add up to $40 million')."""
    k = num.tok_start
    if not (k >= 1 and doc[k].lower_ == "up" and k + 1 < num.num_start + 1 and doc[k - 1].pos_ in ("VERB", "AUX")):
        return False
    verb = doc[k - 1]
    if verb.lemma_.lower() not in ("add", "total", "tot", "sum"):
        return False
    return not any(t.lower_ in _MODALS for t in doc[max(0, verb.i - 3):verb.i])


# measures that "a" can count in a gap or a move: "a degree above", "a dollar cheaper", "rose a foot"
_ARTICLE_UNITS = {"degree", "dollar", "cent", "foot", "inch", "metre", "meter", "mile", "bushel"}
_GAP_WORDS = {"more", "less", "cheaper", "dearer", "higher", "lower", "above", "below", "warmer", "colder", "short",
              "shy", "up", "down"}


def article_measures(doc: Doc, spans: list[NumberSpan]) -> list[NumberSpan]:
    """'a degree above the July average', 'a dollar cheaper than a year ago', 'rose a foot
    overnight', 'raised by a bushel': one of a measure, counted by its article, when a gap or a
    move follows or goes before it."""
    from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP

    taken = {k for num in spans for k in range(num.tok_start, num.tok_end)}
    found: list[NumberSpan] = []
    for tok in doc[:-1]:
        i = tok.i
        if tok.lower_ not in ("a", "an") or i in taken or doc[i + 1].lemma_.lower() not in _ARTICLE_UNITS:
            continue
        after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        before = doc[i - 1] if i > 0 else None
        moved = before is not None and (before.lower_ == "by" or before.pos_ == "VERB"
                                        and before.lemma_.lower() in CHANGE_UP | CHANGE_DOWN)
        if after in _GAP_WORDS or moved:
            found.append(_qualified(doc, NumberSpan(start=tok.idx, end=tok.idx + len(tok), tok_start=i, tok_end=i + 1,
                                                    num_start=i, num_end=i + 1, value=1.0, value_max=None,
                                                    qualifier="exact")))  # ("more than a dollar above")
    return sorted(spans + found, key=lambda num: num.tok_start) if found else spans


def over_a_run(doc: Doc, num: NumberSpan) -> bool:
    """'gained over four consecutive weeks', 'rain over three straight days': 'over' spans a run
    of periods, it bounds nothing."""
    j = num.num_end
    return num.num_start >= 1 and doc[num.num_start - 1].lower_ == "over" and j + 1 < len(doc) \
        and doc[j].lower_ in ("consecutive", "straight", "successive") and doc[j + 1].lemma_.lower() in DURATION_NOUNS
