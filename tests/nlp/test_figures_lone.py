"""One person harmed, named by an article ("police killed a demonstrator"): a figure of one
(all texts our own)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def figures_of():
    from unrest.services import extract_text

    return lambda text: [(f.value, f.category, f.text) for f in extract_text(text, published="2024-05-02").figures]


@pytest.mark.parametrize("text, expected", [
    # the object of a killing
    ("Police killed a demonstrator outside the parliament on Monday.", (1.0, "killed", "a demonstrator")),
    # a passive subject, shot dead
    ("A student was shot dead near the campus gate.", (1.0, "killed", "A student")),
    # an adjective between the article and the noun stays in the span
    ("A young farmer died of his wounds in hospital.", (1.0, "killed", "A young farmer")),
    # arrested and injured
    ("Soldiers arrested a journalist at the checkpoint.", (1.0, "arrested", "a journalist")),
    ("A policeman was injured by a stone thrown from the crowd.", (1.0, "injured", "A policeman")),
])
def test_one_person_harmed_is_a_figure_of_one(figures_of, text, expected):
    assert expected in figures_of(text)


@pytest.mark.parametrize("text", [
    # a thing, not a person
    "A bus was burned near the market.",
    # the person is the attacker, not the one harmed
    "An officer shot at the crowd.",
    # a person who only speaks
    "A witness said the square was calm by noon.",
    # shot, but nobody says dead: no toll
    "A protester was shot in the leg.",
])
def test_no_toll_of_one(figures_of, text):
    assert not [f for f in figures_of(text) if f[0] == 1.0 and f[1] == "killed"]


def test_counted_people_keep_their_number(figures_of):
    # a number already there is not doubled by the article rule
    assert [f[:2] for f in figures_of("An attack killed two soldiers.")] == [(2.0, "killed")]


def test_force_that_killed_one_protester_is_excessive():
    # the toll of one lets the fixed ACLED mapping tell lethal force from an intervention
    from unrest.evaluation.acled_map import acled_label
    from unrest.services import extract_text

    record = extract_text("Police killed a demonstrator during a protest in the capital.", published="2024-05-02")
    assert acled_label(record, 3) == "FORCE_AGAINST_PROTEST"
