"""People's names in reports written without capitals (sentences our own)."""

from __future__ import annotations

import pytest

from unrest.nlp.people import name_at


@pytest.mark.parametrize("text, head, name", [
    # the one kidnapped, named in full; the tagger sees no person
    ("unknown men kidnapped norberto quilcate on sunday.", "quilcate", "norberto quilcate"),
    # after a preposition, in a list
    ("the bodies of marisol ventanilla and her son were found.", "ventanilla", "marisol ventanilla"),
    # a particle inside the name
    ("gunmen shot ramiro de ocampo near the market.", "ocampo", "ramiro de ocampo"),
    # a first name that is also a city
    ("the death of orlando quintanilla was reported.", "quintanilla", "orlando quintanilla"),
    # three words, after a title
    ("gunmen murdered union leader hector arevalo colindres.", "colindres", "hector arevalo colindres"),
    # a university rector's title is no part of the name
    ("the rector ignacio zubiria was shot.", "zubiria", "ignacio zubiria"),
    # a nationality is no part of the name
    ("troops shot nicaraguan ramiro quilcate.", "quilcate", "ramiro quilcate"),
    # in a sentence with capitals a name has them: lowercase words there are no name
    ("In Lima, Police said gunmen kidnapped norberto quilcate.", "quilcate", None),
    # a place the gazetteer knows is no one's name
    ("rebels attacked san salvador on monday.", "salvador", None),
    # an English phrase is no name
    ("rebels attacked the power station.", "station", None),
    # a Spanish place phrase is no name
    ("rebels attacked la libertad port.", "libertad", None),
    # two English words are no name
    ("soldiers burned the village school.", "school", None),
    # a common given name that is an English word too
    ("gunmen shot victor quilcate near the market.", "quilcate", "victor quilcate"),
    # a region named by its direction
    ("rebels attacked northern putumayo.", "putumayo", None),
    # an English adjective before a word the lexicon lacks (a brand) is no name
    ("the bomb was in a blue fiatino.", "fiatino", None),
    # an alias is no part of the name
    ("police arrested ramiro quilcate, alias chalaco.", "chalaco", None),
    # a known organisation is no person
    ("troops killed three members of the farabundo marti front.", "marti", None),
])
def test_name_without_capitals(nlp_model, text, head, name):
    doc = nlp_model(text)
    tok = next(t for t in doc if t.text == head)
    found = name_at(tok)
    assert (found.text if found is not None else None) == name
