"""The CSV's ACLED types come from the one fixed PLOVER -> ACLED mapping (evaluation/acled_map.py)."""

import pytest

from unrest.export.acled import ACLED_NAMES, acled_types
from unrest.evaluation.acled_map import ACLED_TYPES


@pytest.mark.parametrize(("event", "mode", "recipient", "actor", "killed", "expected"), [
    # a march with no force met is a peaceful protest
    ("PROTEST", None, None, "protesters", None, ("Protests", "Peaceful protest")),
    # a riot is a violent demonstration
    ("PROTEST", "riot", None, "protesters", None, ("Riots", "Violent demonstration")),
    # police dispersing protesters with tear gas: an intervention
    ("ASSAULT", "crowd-control", "protesters", "state_security", None, ("Protests", "Protest with intervention")),
    # police killing protesters: excessive force
    ("ASSAULT", None, "protesters", "state_security", 3, ("Protests", "Excessive force against protesters")),
    # the means decides remote violence
    ("ASSAULT", "aerial", "civilians", "military", 12, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "explosives", None, None, 2, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # an armed group attacking soldiers is a clash between two armed sides
    ("ASSAULT", "firearms", "military", "armed_group", 4, ("Battles", "Armed clash")),
    # an unqualified attack on civilians
    ("ASSAULT", "firearms", "civilians", "armed_group", 1, ("Violence against civilians", "Attack")),
    ("COERCE", "arrest", "protesters", "state_security", None, ("Strategic developments", "Arrests")),
    ("AGREE", None, None, "government", None, ("Strategic developments", "Agreement")),
    # outside ACLED's sub-event types (a statement, a crime): another development
    ("DISAPPROVE", None, None, "foreign_state", None, ("Strategic developments", "Other")),
])
def test_incident_types(event, mode, recipient, actor, killed, expected):
    assert acled_types(event, mode, recipient, actor, killed) == expected


def test_every_acled_code_has_a_name():
    assert set(ACLED_TYPES) == set(ACLED_NAMES)
