"""Denied, threatened and hypothetical figures are not plain counts: the status says which."""

from __future__ import annotations

import pytest

import unrest.nlp.components.figures  # noqa: F401  (registers the components)


@pytest.fixture(scope="module")
def statuses():
    from unrest.nlp.model import load_model

    nlp = load_model()
    nlp.add_pipe("unrest_numbers")
    nlp.add_pipe("unrest_figures")

    def run(text: str) -> list[tuple[str, float, str]]:
        return [(f.category, f.value, f.status) for f in nlp(text)._.unrest_figures]

    return run


@pytest.mark.parametrize("text, expected", [
    # a denial over the casualty verb
    ("The army denied that 15 civilians were killed in the raid.", [("killed", 15, "denied")]),
    ("Officials dismissed claims that 200 protesters had been detained.", [("arrested", 200, "denied")]),
    # a negation on the verb itself
    ("Police said they had not arrested 40 students.", [("arrested", 40, "denied")]),
    # a threat: not an arrest that happened
    ("The governor threatened to arrest hundreds of strikers.", [("arrested", 200, "threatened")]),
    ("The commander warned that troops would detain 500 people.", [("arrested", 500, "threatened")]),
    # a modal or a plan: hypothetical
    ("Up to 300 people could be evicted under the order.", [("displaced", 300, "hypothetical")]),
    ("Authorities plan to deploy 2,000 police officers.", [("forces", 2000, "hypothetical")]),
    # plain statements stay asserted, also when a source reports them
    ("Twelve people were killed, police said.", [("killed", 12, "asserted")]),
    ("Rights groups said at least 60 people had been detained.", [("arrested", 60, "asserted")]),
])
def test_status(statuses, text, expected):
    assert statuses(text) == expected


def test_denied_with_no_number_gives_no_figure(extract_text):
    # "anyone" is no count: nothing to add to a toll, the event carries the denial
    record = extract_text("Police denied that anyone was killed during the march.")
    assert [f for f in record["figures"] if f["category"] == "killed"] == []
