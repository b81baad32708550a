"""What a number counts: category and unit, decided from the words around it."""

from __future__ import annotations

import pytest

import unrest.nlp.components.figures  # noqa: F401  (registers the components)


@pytest.fixture(scope="module")
def figures():
    from unrest.nlp.model import load_model

    nlp = load_model()  # our own copy: this module adds pipes
    nlp.add_pipe("unrest_numbers")
    nlp.add_pipe("unrest_figures")

    def run(text: str) -> list[tuple[str, str, float]]:
        return [(f.category, f.unit, f.value) for f in nlp(text)._.unrest_figures]

    return run


@pytest.mark.parametrize("text, expected", [
    # a casualty verb right after the counted people
    ("At least 38 people have been killed.", [("killed", "person", 38)]),
    # a bare number and its verb, with no noun
    ("More than 2,200 arrested since the protests began.", [("arrested", "person", 2200)]),
    # two figures in one clause keep their own verbs
    ("At least 38 people have been killed and more than 2,200 arrested.",
     [("killed", "person", 38), ("arrested", "person", 2200)]),
    # the verb governs the number through the parse
    ("Police said 73 died in the firing.", [("killed", "person", 73)]),
    # an adjective of state
    ("Three dead and 12 wounded were taken to hospital.", [("killed", "person", 3), ("injured", "person", 12)]),
    # a death toll is a count of the killed
    ("The death toll rose to 427 on Friday.", [("killed", "person", 427)]),
    # elliptical figures borrow from the figure they break down
    ("Police said 73 died: 43 in Mehsana, 27 in Godhra and three in Vadodara.",
     [("killed", "person", 73), ("killed", "person", 43), ("killed", "person", 27), ("killed", "person", 3)]),
    # forces: the counted noun, even after a list of names
    ("Roughly 850 Hezbollah, Iraqi militia and Quds Force-linked fighters crossed the border.",
     [("forces", "fighter", 850)]),
    ("The government deployed 5,000 troops to the north.", [("forces", "troop", 5000)]),
    # "the number of X at N" names what N counts
    ("Estimates placed the number of fighters at roughly 800.", [("forces", "fighter", 800)]),
    # crowds
    ("Hundreds of protesters gathered outside parliament.", [("participants", "protester", 200)]),
    ("About 10,000 people marched through the capital.", [("participants", "person", 10000)]),
    # places and durations
    ("Protests were reported in more than 200 cities across 26 provinces.",
     [("places", "city", 200), ("places", "province", 26)]),
    ("The strike lasted three days.", [("duration", "day", 3)]),
    ("Protests spread for a 12th straight day.", [("duration", "day", 12)]),
    # money, with a currency sign or name
    ("The state paid $2.5 billion in compensation.", [("money", "USD", 2_500_000_000)]),
    ("Families received 200,000 rupees each.", [("money", "rupee", 200000)]),
    # displaced, missing, executed
    ("Some 40,000 people fled their homes.", [("displaced", "person", 40000)]),
    ("Nine activists remain missing.", [("missing", "activist", 9)]),
    ("Two men were executed at dawn.", [("executed", "man", 2)]),
    # soldiers who were killed are casualties, not a deployment
    ("Four soldiers were killed in the ambush.", [("killed", "soldier", 4)]),
    # a percentage is a share, not a count
    ("Inflation reached 40 percent.", []),
    # "a 36-hour curfew" is a duration
    ("Troops enforced a 36-hour curfew.", [("duration", "hour", 36)]),
    # treated in hospital: injured
    ("Dozens of people were treated for injuries.", [("injured", "person", 24)]),
])
def test_category_and_unit(figures, text, expected):
    assert figures(text) == expected
