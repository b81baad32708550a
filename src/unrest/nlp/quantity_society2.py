"""Forms that official statistics copy (crime, housing, health, migration) uses and that real
reports showed us going wrong.

- a rounded figure with the exact one in brackets: "over 9,000 (9,412) families", "just under
  a third (31.6%) of pupils", "more than 2 million people (12%)": the bracketed figure is exact,
  it takes no bound from the rounded one;
- a change, then the level reached, both precise: "grew by 21,340 to 187,650" is no range;
- a count the percentage change started from: "up 4% from 2,310" (2,310 is no percentage).

Used by :mod:`unrest.nlp.quantities` and :mod:`unrest.nlp.quantity_forms`.
"""

from __future__ import annotations

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
