"""The fixed PLOVER -> ACLED mapping (evaluation/acled_map.py) on hand-made records."""

from __future__ import annotations

import pytest

from unrest.evaluation.acled_map import acled_label, record_contexts
from unrest.models import Actor, Article, Event, Figure, Record, Span


def _event(etype, mode=None, context=(), actors=(), recipients=(), figures=(), **flags):
    return Event("e", etype, mode, [Span(0, 1)], context=list(context),
                 actors=[Actor(n, k, n) for n, k in actors], recipients=[Actor(n, k, n) for n, k in recipients],
                 figures=list(figures), **flags)


def _record(*events, text="x", figures=()):
    return Record(Article(text=text), events=list(events), figures=list(figures))


KILLED = Figure("f1", "killed", "person", 3, None, "exact", "3", 0, 1)


@pytest.mark.parametrize("record, subtask, label", [
    # an air strike is coded by its means
    (_record(_event("ASSAULT", "aerial")), 1, "AIR_STRIKE"),
    # the means outranks the killing in the same report
    (_record(_event("ASSAULT"), _event("ASSAULT", "explosives")), 1, "REM_EXPLOS"),
    # ground taken by rebels
    (_record(_event("FIGHT", context=["territory"], actors=[("rebels", "armed_group")])), 1, "NON_STATE_ACTOR_OVERTAKES_TER"),
    # ground taken back by the army
    (_record(_event("FIGHT", context=["territory", "retake"], actors=[("army", "military")])), 1, "GOV_REGAINS_TERIT"),
    # a protest met with arrests
    (_record(_event("PROTEST", "demo"), _event("COERCE", "arrest")), 1, "PROTEST_WITH_INTER"),
    # a protest met with deadly force
    (_record(_event("PROTEST", "demo"), _event("ASSAULT", actors=[("police", "state_security")], figures=["f1"]),
             figures=[KILLED]), 1, "FORCE_AGAINST_PROTEST"),
    # a protest alone
    (_record(_event("PROTEST", "demo")), 1, "PEACE_PROTEST"),
    # a riot by a mob
    (_record(_event("PROTEST", "riot", actors=[("mob", "protesters")])), 1, "MOB_VIOL"),
    # a denied attack does not count; the arrest does
    (_record(_event("ASSAULT", "firearms", negated=True), _event("COERCE", "arrest")), 1, "ARREST"),
    # organised crime only exists from subtask 2 on
    (_record(_event("COERCE", "arrest", context=["crime"])), 2, "ORG_CRIME"),
    (_record(_event("COERCE", "arrest", context=["crime"])), 1, "OTHER"),
    # a diplomatic condemnation (subtask 3) ...
    (_record(_event("DISAPPROVE", actors=[("France", "foreign_state")])), 3, "DIPLO"),
    # ... and a claim of responsibility
    (_record(_event("ASSAULT", context=["responsibility"])), 3, "ATTRIB"),
    # no event: the text's own context
    (_record(text="An earthquake struck the coast."), 2, "NATURAL_DISASTER"),
])
def test_acled_label(record, subtask, label):
    assert acled_label(record, subtask) == label


@pytest.mark.parametrize("text, contexts", [
    # a bus crash
    ("A bus crash on the highway left 12 dead.", ["disaster-manmade"]),
    # smuggling
    ("Customs seized smuggled cigarettes.", ["crime"]),
    # nothing of the kind
    ("Protesters marched through the capital.", []),
])
def test_record_contexts(text, contexts):
    assert record_contexts(text) == contexts
