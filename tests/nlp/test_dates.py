"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from unrest.nlp.dates import find_dates

THURSDAY = date(2026, 1, 8)  # a Thursday


@pytest.mark.parametrize("text, start, end, precision", [
    # a weekday is the latest such day on or before publication
    ("on Thursday", "2026-01-08", "2026-01-08", "day"),
    ("on Monday", "2026-01-05", "2026-01-05", "day"),
    ("last Thursday", "2026-01-01", "2026-01-01", "day"),
    ("next Monday", "2026-01-12", "2026-01-12", "day"),
    # parts of a month; a later month than publication belongs to last year
    ("since late December", "2025-12-21", "2025-12-31", "week"),
    ("in early January", "2026-01-01", "2026-01-10", "week"),
    ("mid-November", "2025-11-11", "2025-11-20", "week"),
    ("in December", "2025-12-01", "2025-12-31", "month"),
    # explicit dates, with and without a year
    ("on January 5, 2024", "2024-01-05", "2024-01-05", "day"),
    ("on 3 January", "2026-01-03", "2026-01-03", "day"),
    ("on january 20", "2026-01-20", "2026-01-20", "day"),  # a date announced a few days ahead
    ("on March 15", "2025-03-15", "2025-03-15", "day"),  # far ahead: last year's
    # relative days and periods
    ("yesterday", "2026-01-07", "2026-01-07", "day"),
    ("two days ago", "2026-01-06", "2026-01-06", "day"),
    ("last week", "2025-12-29", "2026-01-04", "week"),
    ("earlier this month", "2026-01-01", "2026-01-08", "month"),
    ("over the weekend", "2026-01-03", "2026-01-04", "week"),
    ("the past three days", "2026-01-05", "2026-01-08", "week"),
    # a year after a preposition
    ("since 1979", "1979-01-01", "1979-12-31", "year"),
])
def test_resolution(text, start, end, precision):
    found = find_dates(f"Protesters gathered {text} in the square.", THURSDAY)
    assert len(found) == 1, found
    r = found[0].resolved
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, precision)


@pytest.mark.parametrize("text", [
    # the verb "march" and the modal "may" are not months in lowercase prose
    "students will march to the office and may stay overnight.",
    # a bare number is not a date
    "27 in godhra and three in vadodara.",
])
def test_not_dates(text):
    assert find_dates(text, THURSDAY) == []


def test_since_is_kept_as_a_relation():
    (found,) = find_dates("at least 38 killed since late December", THURSDAY)
    assert found.relation == "since"
