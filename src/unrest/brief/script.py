"""A briefing written to be heard: short sentences, one per line, no tables or footnote marks.

The listener gets the headline figures with who gives them, what changed, the five most affected
provinces and the notable events with the sentence each rests on. Digits, dates and ranges are
left as written: :func:`unrest.speech.speakable` turns them into words when the script is narrated,
and a page can show this same text while it plays.
"""

from __future__ import annotations

from unrest.brief.collect import country_name
from unrest.brief.model import Briefing, Figure, NotableEvent, fmt_num
from unrest.brief.text import label

_KINDS = {"PROTEST": "a protest", "ASSAULT": "an assault", "COERCE": "a coercive measure", "MOBILIZE": "a deployment",
          "CRIME": "a crime", "DEMAND": "a demand", "DISAPPROVE": "a condemnation", "REJECT": "a rejection",
          "THREATEN": "a threat", "CONSULT": "talks", "CONCEDE": "a concession", "INVESTIGATE": "an investigation",
          "RETREAT": "a retreat", "SANCTION": "a sanction", "ACCUSE": "an accusation", "AID": "aid",
          "COOPERATE": "cooperation", "FIGHT": "fighting"}
_SPOKEN_LABEL = {"killed": "killed", "injured": "injured", "arrested": "arrested or detained",
                 "missing": "missing", "displaced": "displaced", "executed": "executed"}


def briefing_script(b: Briefing, provinces: int = 5) -> str:
    lines = [f"{b.title}.",
             f"{_count(b.n_incidents, 'incident')} from {_count(b.n_reports, 'report')}, {_period(b)}."]
    if b.headline:
        lines.append("The headline figures.")
        for h in b.headline:
            lines.append(_figure_sentence(h.figure, h.sources))
    else:
        lines.append("No casualty or arrest figure was reported.")
    c = b.changes
    if c.since is not None:
        changed = [ch for ch in c.figures if ch.before != ch.after]
        lines.append(f"Since the last briefing, on {c.since[:10]}:" if changed or c.new_incidents
                     else f"Nothing has changed since the last briefing, on {c.since[:10]}.")
        for ch in changed:
            lines.append(_change_sentence(ch.category, ch.before, ch.after))
        if c.new_incidents > 0:
            reports = _count(max(c.new_reports, 0), "new report")
            lines.append(f"{_count(c.new_incidents, 'new incident')} from {reports}.")
    if b.provinces:
        lines.append("By province.")
        for i, p in enumerate(b.provinces[:provinces]):
            figs = ", ".join(f"{_spoken(f)} {_SPOKEN_LABEL.get(k, k)}" for k, f in p.figures.items())
            where = p.name or p.code or "an unknown province"
            if p.country and not b.filter.country:
                where += f", {country_name(p.country)}"
            lead = "The most affected is" if i == 0 else "Then"
            lines.append(f"{lead} {where}: {_count(p.n_incidents, 'incident')}" + (f", {figs}." if figs else "."))
    if b.notable:
        lines.append("Notable events.")
        for e in b.notable:
            lines.append(_event_sentence(e))
            lines.append(e.evidence if e.evidence.endswith((".", "!", "?", '"', "”")) else e.evidence + ".")
    lines.append("Every figure in this briefing is footnoted with its sources in the written version.")
    return "\n".join(lines) + "\n"


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _period(b: Briefing) -> str:
    if not b.first:
        return "with no dated incident"
    return f"on {b.first}" if b.first == b.last else f"between {b.first} and {b.last}"


def _spoken(f: Figure) -> str:
    return fmt_num(f.low) if f.low == f.high else f"between {fmt_num(f.low)} and {fmt_num(f.high)}"


def _figure_sentence(f: Figure, sources: list[str]) -> str:
    what = _SPOKEN_LABEL.get(f.category, f.category)
    text = f"{label(f.category)}: {_spoken(f)} {'people ' if f.category != 'arrested' else ''}{what}"
    if f.low != f.high:
        text += f", with a best estimate of {fmt_num(f.best)}"
    text += f", as of {f.as_of}." if f.as_of else "."
    named = sources[:2]
    if named:
        more = f" and {len(sources) - 2} more" if len(sources) > 2 else ""
        text += f" Source{'s' if len(sources) > 1 else ''}: {' and '.join(named)}{more}."
    if f.disputed:
        text += " The sources disagree."
    return text


def _change_sentence(category: str, before: tuple[float, float, float] | None,
                     after: tuple[float, float, float] | None) -> str:
    what = label(category)
    if before is None and after is not None:
        return f"{what} is newly reported: {_range(after)}."
    if after is None and before is not None:
        return f"{what} is no longer reported; it was {_range(before)}."
    assert before is not None and after is not None
    return f"{what} went from {_range(before)} to {_range(after)}."


def _range(t: tuple[float, float, float]) -> str:
    return fmt_num(t[0]) if t[0] == t[1] else f"between {fmt_num(t[0])} and {fmt_num(t[1])}"


def _event_sentence(e: NotableEvent) -> str:
    place = e.location or e.province or "an unknown place"
    if e.province and e.province != place:
        place += f", {e.province}"
    when = f"On {e.date_start}" if e.date_start else "On an unknown date"
    figs = ", ".join(f"{_spoken(f)} {_SPOKEN_LABEL.get(k, k)}" for k, f in e.figures.items())
    kind = _KINDS.get(e.type, e.type.lower()) + (f" ({e.mode})" if e.mode else "")
    return f"{when}, in {place}: {kind}" + (f"; {figs}." if figs else ".")

