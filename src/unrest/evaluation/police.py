"""The IndiaPoliceEvents questions answered from a record: did police kill, arrest, use force,
fail to act, act at all?

Read off the events only (fixed before the first scored run):

- an event counts when its actors include police or other security forces (kinds
  ``state_security`` or ``military``) and it is asserted (not negated, hypothetical or
  historical); an ARREST-mode COERCE with no actor named counts too, since only the state arrests;
- KILL: an ASSAULT or FIGHT with a ``killed`` figure, the ``fatal`` context, or a killing trigger;
- ARREST: a COERCE with mode ``arrest``;
- FORCE: an ASSAULT or FIGHT (KILL included), or a COERCE that destroys or seizes by force;
- FAIL: an event with the ``inaction`` context (security forces that stood by, did not intervene);
- ANY_ACTION: any of the above, or any other event of the security forces (deployments, raids,
  curfews, investigations).
"""

from __future__ import annotations

from unrest.models import Event, Record

SECURITY = {"state_security", "military"}
_KILL_TRIGGERS = {"kill", "killed", "kills", "killing", "shot", "shoot", "murder", "murdered", "slay", "slain",
                  "died", "die", "death", "deaths", "dead", "massacre", "encounter"}


def _security(ev: Event) -> bool:
    return any(a.kind in SECURITY for a in ev.actors)


def _asserted(ev: Event) -> bool:
    return not (ev.negated or ev.hypothetical or ev.historical)


def police_answers(record: Record) -> set[str]:
    """The labels (KILL, ARREST, FORCE, FAIL, ANY_ACTION) the record says yes to."""
    killed = {f.id for f in record.figures if f.category == "killed"}
    out: set[str] = set()
    for ev in record.events:
        if "inaction" in ev.context and _security(ev):
            out.add("FAIL")
            continue
        if not _asserted(ev):
            continue
        by_police = _security(ev)
        if ev.type == "COERCE" and ev.mode == "arrest" and (by_police or not ev.actors):
            out.add("ARREST")
        if not by_police:
            continue
        if ev.type in ("ASSAULT", "FIGHT"):
            out.add("FORCE")
            trig = (ev.trigger or "").lower()
            if set(ev.figures) & killed or trig in _KILL_TRIGGERS or "fatal" in ev.context:
                out.add("KILL")
        if ev.type == "COERCE" and ev.mode in ("destroy", "seize"):
            out.add("FORCE")
        out.add("ANY_ACTION")
    if out - {"FAIL"}:
        out.add("ANY_ACTION")
    return out
