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
