"""Forms that official statistics copy (crime, housing, health, migration) uses and that real
reports showed us going wrong.

- a rounded figure with the exact one in brackets: "over 9,000 (9,412) families", "just under
  a third (31.6%) of pupils", "more than 2 million people (12%)": the bracketed figure is exact,
  it takes no bound from the rounded one;
- a change, then the level reached, both precise: "grew by 21,340 to 187,650" is no range;
- a count the percentage change started from: "up 4% from 2,310" (2,310 is no percentage);
- millions of a compound plural: "1.3m emergency parcels" (no metres);
- "over" as a verb's particle: "handed over 2,340 firearms" (no floor).

Used by :mod:`unrest.nlp.quantities` and :mod:`unrest.nlp.quantity_forms`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan

# how far the exact figure may stray from the rounded one it restates ("over 9,000 (9,412)")
_RESTATED_SPREAD = 0.15


def exact_figure_in_brackets(before_value: float, before_unit: str, value: float, unit: str) -> bool:
    """The bracketed figure states exactly what the hedged one before it rounds, so it keeps no
    bound: a share after a count ("more than 2 million people (12%)"), a precise share after a
    fraction ("just over a quarter (26.4%)"), or the same count to the unit ("over 9,000 (9,412)").
    A conversion keeps the bound: "more than 100 km (62 miles)", "over a third (33.3%)"."""
    if unit == "percent" and before_unit.startswith("%"):
        return abs(value - 100 * before_value) >= 0.5  # (a third is 33.3%: a conversion)
    if unit == "percent":
        return before_unit != "percent"
    if unit != before_unit or before_value <= 0 or value == before_value:
        return False
    return abs(value - before_value) <= _RESTATED_SPREAD * before_value


def _significant_digits(value: float) -> int:
    """316250 -> 5, 316000 -> 3, 2.75 -> 3."""
    if value == int(value):
        return len(str(int(value)).rstrip("0"))
    return len(f"{value:g}".replace(".", "").lstrip("0"))


def precise_change_then_level(value: float, end: tuple[float, int, str] | None) -> bool:
    """'grew by 21,340 to 187,650': a change and the level it reached, not a range of changes.
    The bounds of a range are round ("by 2 to 3 per cent", "by 1,000 to 1,500"); figures given to
    four or more digits are counted, not guessed."""
    if end is None or value < 100 or end[0] < 100:
        return False
    return max(_significant_digits(value), _significant_digits(end[0])) >= 4


def count_not_share(before_unit: str, value: float) -> bool:
    """'up 4% from 2,310 a year earlier': a bare number above 100 after a percentage change is the
    count it started from, not a share (a share would carry its own sign: "to 5.2% from 4.9%")."""
    return before_unit == "percent" and value > 100


def plural_after_compound(token: Token) -> bool:
    """'1.3m emergency parcels', '2m council homes': the noun after a glued "m" modifies a plural
    noun just after it, so the "m" counts millions of them (not "a 1.5m sea wall")."""
    head = token.head
    return token.tag_ == "NN" and token.dep_ == "compound" and token.is_alpha and 0 < head.i - token.i <= 2 \
        and head.tag_ in ("NNS", "NNPS") and head.is_alpha


# verbs whose particle "over" hands things on: "handed over 2,340 firearms" states no floor
_HANDING_VERBS = {"hand", "turn", "sign"}


def over_as_particle(doc: Doc, num: NumberSpan) -> bool:
    """'handed over 2,340 firearms', 'turned over 450 files': "over" is the verb's particle, not
    "more than"."""
    k = num.tok_start
    over = doc[k] if doc[k].lower_ == "over" else None
    return over is not None and over.dep_ == "prt" and over.head.lemma_.lower() in _HANDING_VERBS


_COMPARATIVES = {"less", "more", "lower", "higher", "fewer", "greater", "smaller", "larger", "bigger", "up", "down"}


def compared_year(doc: Doc, num: NumberSpan, spans: list[NumberSpan]) -> bool:
    """'2.1% less than 2019', '120 more than 2021.': a year after a comparative that follows another
    figure is the date compared with, not a quantity (unlike "more than 2021 people")."""
    k = num.num_start
    if not (k >= 2 and doc[k - 1].lower_ == "than" and doc[k - 2].lower_ in _COMPARATIVES):
        return False
    if not (doc[k].text.isdigit() and len(doc[k].text) == 4 and 1900 <= num.value <= 2100 and num.value_max is None):
        return False
    after = doc[num.num_end] if num.num_end < len(doc) else None
    if after is not None and not (after.is_punct or after.pos_ == "CCONJ"):
        return False  # "more than 2021 people"
    return any(other is not num and k - 5 <= other.tok_end <= k - 2 for other in spans)


# what may follow "12% up": the base of the comparison or the end of the phrase
_AFTER_POSTPOSED_MOVE = {"on", "from", "year", "compared", "against", "versus", "vs", "vs.", "over", "y/y", "yoy"}
_POSTPOSED_MOVES = {"up": "up", "down": "down", "higher": "up", "lower": "down"}


def postposed_move(doc: Doc, num: NumberSpan) -> str | None:
    """'9% up on the same month last year', '6% down on the previous year', '11% up year on year':
    a share with its direction after it (copy in apposition, with no verb of its own). "Higher" and
    "lower" count only with "on" ("5% higher on the year"; "5% higher than" is a comparison)."""
    k = num.tok_end
    if num.kind != "percent" or k >= len(doc) or doc[k].lower_ not in _POSTPOSED_MOVES:
        return None
    if num.tok_start > 0 and doc[num.tok_start - 1].lower_ == "or":
        return None  # "118 points or 0.3 per cent up": the pair takes its direction together
    word = doc[k].lower_
    after = doc[k + 1] if k + 1 < len(doc) else None
    if word in ("higher", "lower"):
        return _POSTPOSED_MOVES[word] if after is not None and after.lower_ == "on" else None
    if after is None or after.is_punct and after.text not in ("(", "/") or after.lower_ in _AFTER_POSTPOSED_MOVE:
        return _POSTPOSED_MOVES[word]
    return None
