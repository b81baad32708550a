"""Boilerplate that scrapers glue inside or after a paragraph."""

from __future__ import annotations

import pytest

from unrest.ingest import clean_text


@pytest.mark.parametrize("raw, expected", [
    # a language switcher between two sentences
    ("the court ruled. read this story in... \u00a0 hindi the order stands.", "the court ruled. the order stands."),
    # a run-on list of related headlines at the end of a paragraph
    ("shops stayed shut. related stories: toll rises to 58 curfew eased", "shops stayed shut."),
    # a row of share buttons, "Mail" included
    ("Police fired tear gas.\n\nFacebook Twitter Linkedin Mail", "Police fired tear gas."),
    # "related" inside a sentence is kept
    ("Police said the deaths were related to the clashes.", "Police said the deaths were related to the clashes."),
])
def test_inline_boilerplate(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    # syndication notes at the end of a report
    ("The curfew held.\n\n(with inputs from agencies)", "The curfew held."),
    ("The curfew held.\n\n(this story has been published from a wire agency feed without modifications to the text.)",
     "The curfew held."),
    ("The curfew held.\n\nPublished in The Meridian Post, May 10th, 2023", "The curfew held."),
    # a sentence that starts the same way stays
    ("Published in March, the report found abuses.", "Published in March, the report found abuses."),
])
def test_syndication_notes(raw, expected):
    assert clean_text(raw) == expected


def test_banner_never_becomes_the_title():
    from unrest.ingest.text import parse_text

    article = parse_text("Listen to this article\n\nRiot police clear avenue\n\nPolice used water cannon.", "x.txt")
    assert article.title == "Riot police clear avenue"
