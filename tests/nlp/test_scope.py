"""Scope of a casualty or arrest figure: a running total, one incident, or not told."""

from __future__ import annotations

import pytest

import unrest.nlp.components.figures  # noqa: F401  (registers the components)


@pytest.fixture(scope="module")
def scopes():
    from unrest.nlp.model import load_model

    nlp = load_model()
    nlp.add_pipe("unrest_numbers")
    nlp.add_pipe("unrest_figures")

    def run(text: str) -> list[tuple[str, float, str | None]]:
        return [(f.category, f.value, f.scope) for f in nlp(text)._.unrest_figures if f.category != "other"]

    return run


@pytest.mark.parametrize("text, expected", [
    # a toll that rose to a level is a running total
    ("The death toll has risen to 312, officials said.", [("killed", 312, "cumulative")]),
    ("The number of detainees stands at 1,480.", [("arrested", 1480, "cumulative")]),
    # "since the protests began", "so far": running totals
    ("At least 41 people have been killed since the protests began.", [("killed", 41, "cumulative")]),
    ("More than 900 people have been arrested so far.", [("arrested", 900, "cumulative")]),
    # one day, one place: an incident
    ("Six people were killed in Varna on Saturday.", [("killed", 6, "incident")]),
    ("Police detained 25 students outside the campus yesterday.", [("arrested", 25, "incident")]),
    # one event named: the blast, the firing, "when ..."
    ("Eleven people were wounded in the blast.", [("injured", 11, "incident")]),
    ("Four people were injured when riot police charged the crowd.", [("injured", 4, "incident")]),
    # each figure reads its own clause: an incident, then the total it brings
    ("Three people died in Ostrava on Monday, bringing the toll since the unrest began to 58.",
     [("killed", 3, "incident"), ("killed", 58, "cumulative")]),
    # the report does not say
    ("Nine people were killed.", [("killed", 9, None)]),
    # scope is only for casualties and arrests
    ("Some 20,000 people marched on Sunday.", [("participants", 20000, None)]),
])
def test_scope(scopes, text, expected):
    assert scopes(text) == expected
