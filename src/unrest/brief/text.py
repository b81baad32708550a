"""Words shared by every rendering of a briefing: claims, figures, places and dates as text."""

from __future__ import annotations

from unrest.brief.collect import country_name
from unrest.brief.model import CATEGORY_LABELS, Briefing, ClaimRef, Footnote, NotableEvent, ProvinceRow, fmt_num

_QUALIFIERS = {"at_least": "at least", "more_than": "more than", "over": "more than", "approximately": "about",
               "nearly": "nearly", "at_most": "at most", "less_than": "fewer than", "estimate": "an estimated"}


def claim_value(c: ClaimRef) -> str:
    """The claimed number with its qualifier: 'at least 12', '800–850'."""
    if c.value_max and c.value_max != c.value:
        return f"{fmt_num(c.value)}–{fmt_num(c.value_max)}"
    q = _QUALIFIERS.get(c.qualifier or "")
    return f"{q} {fmt_num(c.value)}" if q else fmt_num(c.value)


def claim_source(c: ClaimRef) -> str:
    """Who gave the number: the source named in the report, else the report itself."""
    return c.source.strip() if c.source else "the report, no source named"


def outlet(c: ClaimRef, limit: int = 70) -> str:
    name = (c.outlet or f"report {c.article_id[:10]}").strip()
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def claim_line(c: ClaimRef) -> str:
    """'at least 12 (“at least 12 people”): Amnesty International; Daily Nation, 2024-06-27'."""
    said = f" (“{' '.join(c.text.split())}”)" if c.text and c.text.strip() != claim_value(c) else ""
    return f"{claim_value(c)}{said}: {claim_source(c)}; {outlet(c)}, {c.published or 'undated'}"


def footnote_tail(note: Footnote) -> str:
    """What the footnote leaves out, if anything: 'and 7 more claims from 5 other origins'."""
    rest = note.n_claims - len(note.claims)
    if rest <= 0:
        return ""
    others = note.n_origins - len(note.claims)
    if others > 0:
        return f"and {_n(rest, 'more claim')} from {_n(others, 'other origin')}"
    return f"and {_n(rest, 'earlier claim')} by the origins above"


def period(b: Briefing) -> str:
    if not b.first:
        return "no dated incident"
    return b.first if b.first == b.last else f"{b.first} to {b.last}"


def subtitle(b: Briefing) -> str:
    where = f" in {b.n_countries} countries" if not b.filter.country and b.n_countries > 1 else ""
    return (f"{_n(b.n_incidents, 'incident')}{where} from {_n(b.n_reports, 'report')}, {period(b)}. "
            f"Made {b.made_at.replace('T', ' ').replace('+00:00', ' UTC')}.")


def _n(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def province_label(p: ProvinceRow) -> str:
    name = p.name or "(province unknown)"
    return f"{name} ({p.code})" if p.code else name


def dates(start: str | None, end: str | None) -> str:
    if not start:
        return "undated"
    return start if not end or end == start else f"{start} to {end}"


def event_heading(e: NotableEvent) -> str:
    place = ", ".join(x for x in dict.fromkeys((e.location, e.province)) if x) or "place unknown"
    country = country_name(e.country)
    kind = e.type.title() + (f" ({e.mode})" if e.mode else "")
    return f"{dates(e.date_start, e.date_end)} · {place}{', ' + country if country else ''} · {kind}"


def label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.title())


def sources_text(sources: list[str], limit: int = 4) -> str:
    shown = [s for s in sources[:limit]]
    more = len(sources) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")
