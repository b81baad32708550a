"""What a briefing holds: plain dataclasses, built by :mod:`unrest.brief.collect` and read by the
renderers (Markdown, HTML, PDF) and by the spoken script."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The figures a briefing leads with, in this order; the others follow when present.
HEADLINE_CATEGORIES = ("killed", "injured", "arrested", "missing", "displaced", "executed")
CATEGORY_LABELS = {"killed": "Killed", "injured": "Injured", "arrested": "Arrested", "missing": "Missing",
                   "displaced": "Displaced", "executed": "Executed", "participants": "Taking part",
                   "forces": "Security forces deployed"}


@dataclass(frozen=True)
class BriefFilter:
    """Which part of the store a briefing covers (all of it when every field is None)."""

    country: str | None = None  # ISO 3166-1 alpha-2
    province: str | None = None  # ISO 3166-2 (incidents.admin1_code)
    since: str | None = None  # YYYY-MM-DD, incidents ending on or after
    until: str | None = None  # YYYY-MM-DD, incidents starting on or before

    def key(self) -> str:
        """A stable name for this filter: the last briefing is remembered per key."""
        return ";".join(f"{k}={v or ''}" for k, v in (("country", (self.country or "").upper()),
                                                      ("province", (self.province or "").upper()),
                                                      ("since", self.since), ("until", self.until)))


@dataclass(frozen=True)
class ClaimRef:
    """One report's figure: the unit every footnote is made of."""

    value: float
    value_max: float | None
    qualifier: str | None
    source: str | None  # who the report says gave the number
    origin: str  # the source after wire copies and relays are traced
    outlet: str | None
    published: str | None  # YYYY-MM-DD
    text: str | None  # the figure as written ("at least 12 people")
    article_id: str


@dataclass
class Footnote:
    number: int
    label: str  # what the number counts ("killed, Nairobi, 2024-06-25")
    claims: list[ClaimRef]  # the claims shown, newest first, at most one per origin
    n_claims: int  # all claims behind the number
    n_origins: int


@dataclass(frozen=True)
class Figure:
    """A reconciled number: a range, a best value, and the footnote that lists its claims."""

    category: str
    low: float
    high: float
    best: float
    as_of: str | None
    n_origins: int
    disputed: bool
    footnote: int | None = None

    def range_text(self) -> str:
        return fmt_range(self.low, self.high)


@dataclass
class Headline:
    figure: Figure
    basis: str  # how the number was put together ("4 incidents; running toll of 1 wave")
    sources: list[str]  # the origins behind it, most recent first


@dataclass
class Change:
    """One headline figure against the last briefing for the same filter."""

    category: str
    before: tuple[float, float, float] | None  # low, high, best; None when it is new
    after: tuple[float, float, float] | None  # None when it is gone

    def text(self) -> str:
        label = CATEGORY_LABELS.get(self.category, self.category)
        if self.before is None and self.after is not None:
            return f"{label}: new, {fmt_range(self.after[0], self.after[1])}"
        if self.after is None and self.before is not None:
            return f"{label}: no longer reported (was {fmt_range(self.before[0], self.before[1])})"
        assert self.before is not None and self.after is not None
        if self.before == self.after:
            return f"{label}: unchanged at {fmt_range(self.after[0], self.after[1])}"
        delta = self.after[2] - self.before[2]
        sign = "+" if delta >= 0 else "−"
        return (f"{label}: {fmt_range(self.before[0], self.before[1])} → {fmt_range(self.after[0], self.after[1])}"
                f" (best estimate {sign}{fmt_num(abs(delta))})")


@dataclass
class Changes:
    since: str | None  # when the last briefing for this filter was made; None: this is the first
    figures: list[Change] = field(default_factory=list)
    new_incidents: int = 0
    new_reports: int = 0
    new_provinces: list[str] = field(default_factory=list)


@dataclass
class ProvinceRow:
    code: str | None
    name: str | None
    country: str | None
    n_incidents: int
    n_reports: int
    first: str | None
    last: str | None
    figures: dict[str, Figure] = field(default_factory=dict)


@dataclass
class NotableEvent:
    incident_id: str
    date_start: str | None
    date_end: str | None
    type: str
    mode: str | None
    location: str | None
    province: str | None
    country: str | None
    evidence: str  # the sentence the incident rests on
    n_reports: int
    figures: dict[str, Figure] = field(default_factory=dict)


@dataclass
class Briefing:
    filter: BriefFilter
    title: str
    made_at: str  # ISO timestamp, UTC
    first: str | None  # the period the incidents span
    last: str | None
    n_incidents: int
    n_reports: int
    n_countries: int
    headline: list[Headline]
    changes: Changes
    provinces: list[ProvinceRow]
    notable: list[NotableEvent]
    footnotes: list[Footnote]
    points: list[tuple[float, float, str, float, str]] = field(default_factory=list)  # lat, lon, type, weight, place
    timeline: dict[str, dict[str, int]] = field(default_factory=dict)  # day -> type -> incidents
    deaths_by_day: dict[str, float] = field(default_factory=dict)  # day -> best toll of incidents that day
    n_provinces: int = 0  # all provinces, when the table shows only the busiest

    def snapshot(self) -> dict[str, Any]:
        """What the next briefing compares itself with."""
        return {
            "made_at": self.made_at, "filter": asdict(self.filter),
            "headline": {h.figure.category: [h.figure.low, h.figure.high, h.figure.best] for h in self.headline},
            "n_incidents": self.n_incidents, "n_reports": self.n_reports,
            "provinces": sorted(p.code for p in self.provinces if p.code),
        }


def fmt_num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def fmt_range(low: float, high: float) -> str:
    return fmt_num(low) if low == high else f"{fmt_num(low)}–{fmt_num(high)}"
