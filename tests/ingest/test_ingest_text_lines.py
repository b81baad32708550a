"""First lines of plain-text reports: a date-only line sets the date, a short line is the headline."""

from __future__ import annotations

import pytest

from unrest.ingest.text import parse_text


@pytest.mark.parametrize("raw, published, title, starts", [
    # a scraped page's "This story is from" line gives the date and goes away
    ("This story is from March 10, 2002\n\nlucknow: the committee met on saturday.", "2002-03-10", None, "lucknow:"),
    # "Published:" with the day first
    ("Published: 4 March 2024\n\nThe union called a strike.", "2024-03-04", None, "The union"),
    # a headline line with no closing punctuation becomes the title
    ("Police disperse rally in Mombasa\n\nPolice fired tear gas at marchers.", None, "Police disperse rally in Mombasa", "Police fired"),
    # both, in order
    ("Updated on Jan. 5, 2023\nCurfew extended in two districts\n\nThe order was extended.", "2023-01-05", "Curfew extended in two districts", "The order"),
    # a first paragraph that is a sentence is not a headline
    ("Police fired tear gas at marchers.\n\nSeveral were hurt.", None, None, "Police fired"),
    # a date mentioned inside the first sentence is not a dateline
    ("On March 10, 2002 the committee met.\n\nIt voted.", None, None, "On March 10"),
])
def test_first_lines(raw, published, title, starts):
    article = parse_text(raw, "test.txt")
    assert (article.published, article.title) == (published, title)
    assert article.text.startswith(starts)


@pytest.mark.parametrize("raw, outlet, starts", [
    # "By ... | Outlet" under the headline
    ("Curfew in Oruro\nBy staff reporters | The Andes Ledger\n\nTroops patrolled.", "The Andes Ledger", "Troops"),
    # a desk line
    ("Strike day two\nThe Coast Herald live desk\n\nShops stayed shut.", "The Coast Herald", "Shops"),
    # outlet first, staff second
    ("Funerals in El Alto\nRadio Sur | El Alto bureau\n\nMourners marched.", "Radio Sur", "Mourners"),
    # wire credit first, publisher second
    ("Two killed\nMeridian Wire | The Pacific Herald\n\nTwo men died.", "The Pacific Herald", "Two men"),
    # no byline: the wire dateline's credit names the outlet
    ("NAIROBI, June 25 (Meridian Wire) - Police fired tear gas.", "Meridian Wire", "NAIROBI"),
    # a sentence with a bar is not a byline
    ("Prices rose 20% | officials blamed the drought.\n\nMore text.", None, "Prices"),
])
def test_outlet_from_byline(raw, outlet, starts):
    article = parse_text(raw, "x.txt")
    assert article.outlet == outlet
    assert article.text.startswith(starts)
