"""Full names of people named in a report: titles left out, later surnames resolved (texts our own)."""

from __future__ import annotations

import pytest

from unrest.nlp.people import full_name, name_at, names_in


@pytest.mark.parametrize("text, head, name", [
    # a title before the name is not part of it
    ("Gunmen killed Governor Tomas Ferreira Lago on Monday.", "Lago", "Tomas Ferreira Lago"),
    # a description is no one's name
    ("Gunmen killed the governor on Monday.", "governor", None),
    # an occupation before the name, in a text without capitals
    ("gunmen killed pilot julio paredes on monday.", "paredes", "julio paredes"),
    # the head of a gang is no part of the name
    ("police said cartel boss julio paredes ordered the killing.", "paredes", "julio paredes"),
])
def test_name_at(nlp_model, text, head, name):
    doc = nlp_model(text)
    tok = next(t for t in doc if t.text == head)
    found = name_at(tok)
    assert (found.text if found is not None else None) == name


def test_names_in_a_document(nlp_model):
    doc = nlp_model("Senator Lucia Benitez Arroyo spoke on Monday. Benitez Arroyo left on Tuesday.")
    assert "Lucia Benitez Arroyo" in names_in(doc)


@pytest.mark.parametrize("short, full", [
    ("Benitez Arroyo", "Lucia Benitez Arroyo"),  # a surname
    ("Benitez", "Lucia Benitez Arroyo"),  # the first of two surnames
    ("Lucia", "Lucia"),  # a first name alone is not resolved
])
def test_full_name(short, full):
    assert full_name(short, ["Lucia Benitez Arroyo", "Pedro Salcedo"]) == full


@pytest.mark.parametrize("text, short, full", [
    # the first name the tagger took for a common noun, written once in full
    ("police found the body of jaime pardo lucena. pardo lucena was a lawyer.", "pardo lucena", "jaime pardo lucena"),
    # a title before the full mention is left out
    ("gunmen shot colleague marta ines rubio. rubio died.", "ines rubio", "marta ines rubio"),
    # no fuller form in the report
    ("gunmen shot marta rubio on monday.", "marta rubio", "marta rubio"),
])
def test_written_in_full(nlp_model, text, short, full):
    from unrest.nlp.people import written_in_full

    doc = nlp_model(text)
    words = short.split()
    k = max(i for i in range(len(doc)) if [t.lower_ for t in doc[i:i + len(words)]] == words)
    assert written_in_full(doc[k:k + len(words)]) == full
