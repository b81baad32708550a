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
    # a whole country or region, even on one day, or several incidents: a running total
    ("At least 23 people were killed across the country on Tuesday.", [("killed", 23, "cumulative")]),
    ("Police said 664 people had been arrested in the Eastern Province overnight.", [("arrested", 664, "cumulative")]),
    ("Eight people died in two days of street battles.", [("killed", 8, "cumulative"), ("duration", 2, None)]),
    ("Six soldiers were wounded in two clashes near the border.", [("injured", 6, "cumulative")]),
    # a bare plural may be one episode, and the day decides
    ("Two people were killed in clashes near the square on Friday.", [("killed", 2, "incident")]),
    # a monitor's tally, and a tally in the perfect: running totals
    ("The monitor documented 84 people wounded by gunfire.", [("injured", 84, "cumulative")]),
    ("The ministry said 2,000 people had been detained.", [("arrested", 2000, "cumulative")]),
    ("The office said 87 people had been reported missing after being detained.", [("missing", 87, "cumulative")]),
    # a state on the day of the report
    ("Nearly 9,000 people are living in relief camps.", [("displaced", 9000, "cumulative")]),
    # the toll of one named incident is that incident's
    ("The death toll from the stampede has risen to 31.", [("killed", 31, "incident")]),
    ("The bus blast toll reached four on Sunday.", [("killed", 4, "incident")]),
    # a rival count of the toll shares the scope of the figure it disputes
    ("Doctors said 108 people were killed in the raid on Monday. The ministry put the toll at 46.",
     [("killed", 108, "incident"), ("killed", 46, "incident")]),
    # parts follow their total, and a figure of the same sentence the one before it
    ("The ministry said 846 people had been injured, among them 306 civilians.",
     [("injured", 846, "cumulative"), ("injured", 306, "cumulative")]),
    ("The ministry said 18 soldiers had been killed and 748 injured.",
     [("killed", 18, "cumulative"), ("injured", 748, "cumulative")]),
    # "since" of the figure's own verb, not of "the deadliest day since ..."
    ("Police have arrested 300 people since Friday.", [("arrested", 300, "cumulative")]),
    ("Clashes in the city left 17 people dead, the deadliest day since the unrest began.",
     [("killed", 17, "incident")]),
    # a protest spreading across the country does not widen one death
    ("One man was killed as protests spread across the country.", [("killed", 1, "incident")]),
    # a narrated event in the past tense is one incident
    ("Nine people were killed.", [("killed", 9, "incident")]),
    ("Police arrested 40 students.", [("arrested", 40, "incident")]),
    # the report does not say
    ("Doctors are treating 40 wounded people.", [("injured", 40, None)]),
    # scope is only for casualties and arrests
    ("Some 20,000 people marched on Sunday.", [("participants", 20000, None)]),
])
def test_scope(scopes, text, expected):
    assert scopes(text) == expected
