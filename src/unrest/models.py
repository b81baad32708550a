"""Plain dataclasses at the package's boundaries: no spaCy, no SQL.

The record emitted by ``unrest extract --format json`` (format ``unrest.record/1``, see
``shared/contract/record.md``) is built from these; ``as_dict`` gives its JSON shape.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

RECORD_SCHEMA = "unrest.record/1"


def text_id(text: str) -> str:
    """A stable article id: the same cleaned text always gives the same id."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One report, as read from a file, page, feed entry or URL, before extraction."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    language: str = "en"
    origin: str | None = None  # where it was read from (path, URL, "feed.xml#3"); not in the record
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
            "text": self.text,
        }


@dataclass
class Attribution:
    """Who claims a figure or event."""

    source: str
    kind: str  # ngo | media | official | expert | anonymous | wire | witness | other
    n_sources: int | None = None
    via: str | None = None
    hedge: str | None = None  # confirmed | reported | alleged | estimated | claimed
    start: int | None = None  # span of the source mention, when it is in the text
    end: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Figure:
    id: str
    category: str
    unit: str
    value: float
    value_max: float | None
    qualifier: str
    text: str
    start: int
    end: int
    attribution: Attribution | None = None
    event: str | None = None
    change: str | None = None  # up | down for "rose by", "fell by"
    scope: str | None = None  # cumulative | incident
    status: str = "asserted"  # asserted | denied | threatened | hypothetical
    part_of: str | None = None  # the id of the total this is a part of: "five killed, including two guards"

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["value"] = _number(self.value)
        d["value_max"] = _number(self.value_max) if self.value_max is not None else None
        d["attribution"] = self.attribution.as_dict() if self.attribution else None
        return d


@dataclass
class Place:
    id: str
    text: str
    start: int
    end: int
    name: str
    feature: str  # city | admin1 | admin2 | country | region | site
    lat: float | None
    lon: float | None
    geonameid: int | None
    admin1: str | None
    admin1_code: str | None
    country: str | None
    admin1_codes: list[str] = field(default_factory=list)
    role: str = "location"  # location | government (a capital used for its government)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Actor:
    name: str
    kind: str
    text: str
    country: str | None = None  # ISO alpha-2 of the state it belongs to, where the report says

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EventDate:
    start: str | None
    end: str | None
    precision: str  # day | week | month | year
    text: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    evidence: list[Span]
    context: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    date: EventDate | None = None
    places: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    attribution: Attribution | None = None
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    place_inferred: bool = False  # no place in its paragraph: the report's focus place or country
    trigger: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "actors": [a.as_dict() for a in self.actors],
            "recipients": [a.as_dict() for a in self.recipients],
            "date": self.date.as_dict() if self.date else None,
            "places": list(self.places),
            "figures": list(self.figures),
            "attribution": self.attribution.as_dict() if self.attribution else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "historical": self.historical,
            "place_inferred": self.place_inferred,
            "trigger": self.trigger,
            "evidence": [asdict(s) for s in self.evidence],
        }


@dataclass
class Quote:
    speaker: str | None
    affiliation: str | None
    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Record:
    """Everything extracted from one article."""

    article: Article
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": RECORD_SCHEMA,
            "article": self.article.as_dict(),
            "events": [e.as_dict() for e in self.events],
            "figures": [f.as_dict() for f in self.figures],
            "places": [p.as_dict() for p in self.places],
            "quotes": [q.as_dict() for q in self.quotes],
        }


def _number(value: float) -> float | int:
    """Whole numbers print as ints (850, not 850.0)."""
    return int(value) if float(value).is_integer() else value
