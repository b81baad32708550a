"""Actors: known names with aliases and kinds from data, unknown ones a kind from their head word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, kind", [
    # an alias maps to the canonical name
    ("The IRGC said it had detained three men.", "Islamic Revolutionary Guard Corps", "military"),
    # a Latin American armed group from the data file
    ("The FMLN claimed the attack on the power station.", "Farabundo Marti National Liberation Front", "armed_group"),
    # an unknown force: the head noun gives the kind
    ("Riot police fired tear gas at the marchers.", "Riot police", "state_security"),
    # a rights group nobody listed
    ("A local rights group counted the dead.", "local rights group", "rights_group"),
    # students protesting
    ("Students blocked the main road.", "Students", "protesters"),
])
def test_actor_kinds(nlp_full, text, name, kind):
    doc = nlp_full(text)
    found = [(a.name, a.kind) for a in doc._.unrest_actors]
    assert (name, kind) in found, found


def test_data_file_is_well_formed():
    from unrest.nlp.components.actors import known_actors

    kinds = {"state_security", "military", "government", "militia", "armed_group", "protesters", "civilians",
             "rights_group", "media", "foreign_state", "international_org", "other"}
    names = set()
    for entry in known_actors():
        assert entry["kind"] in kinds, entry
        assert entry["name"] not in names, entry["name"]
        names.add(entry["name"])
