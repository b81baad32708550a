"""Negated, hypothetical and historical events are flagged (all texts our own)."""

from __future__ import annotations

from datetime import date

import pytest

from unrest.nlp.modality import is_historical


@pytest.mark.parametrize("text, etype, flag", [
    # a denial
    ("The interior ministry denied that police had fired on the marchers.", "ASSAULT", "negated"),
    # a threat to act is no act
    ("The governor threatened to arrest anyone who joined the strike.", "COERCE", "hypothetical"),
    # a condition
    ("Troops will open fire if the crowd enters the square, officials warned.", "ASSAULT", "hypothetical"),
    # nobody was detained
    ("No one was arrested during the march.", "COERCE", "negated"),
])
def test_flags(extract_text, text, etype, flag):
    events = [e for e in extract_text(text)["events"] if e["type"] == etype]
    assert events and all(e[flag] for e in events), events


@pytest.mark.parametrize("start, end, since, expected", [
    # a practice running since 1979 is history
    (date(1979, 1, 1), date(2024, 6, 27), True, True),
    # last week is news
    (date(2024, 6, 20), date(2024, 6, 20), False, False),
    # two years ago, over
    (date(2022, 5, 1), date(2022, 5, 1), False, True),
])
def test_is_historical(start, end, since, expected):
    assert is_historical(start, end, date(2024, 6, 27), since=since) is expected
