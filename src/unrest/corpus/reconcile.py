"""Figures reconciled across reports: low, high and best, who backs them, and what changed.

A claim is one figure in one report: a value (or a range), its qualifier, its source, the outlet
and the date. Claims are grouped by *origin*, the party the number comes from once relayed figures ("according
to X") are traced to X; a wire copy's claims are its original's and are not counted again:

- ``low`` / ``high``: the smallest and largest values claimed;
- ``best``: for an incident, the median of each origin's latest claim; for a campaign's running
  total, the newest claim of the origin that has kept the count longest (the most claims in the
  series), since a toll only rises and a party that disputes it once is not keeping it;
- ``disputed``: origins disagree by more than 10% (and by more than one);
- ``history``: claims in publication order with what each changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median_low

RECONCILED = ("killed", "injured", "arrested", "executed", "missing", "displaced", "participants", "forces")
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several)\s+", re.I)


@dataclass(frozen=True)
class Claim:
    uid: str
    value: float
    value_max: float | None
    qualifier: str | None
    published: date | None
    origin: str
    source: str | None
    outlet: str | None
    cumulative: bool = False  # stated as a running total ("since the protests began")


@dataclass(frozen=True)
class Total:
    low: float
    high: float
    best: float
    as_of: date | None
    n_claims: int
    n_origins: int
    disputed: bool


def origin_of(source: str | None, source_kind: str | None, publisher: str) -> str:
    """Who a claim comes from: a named source (relayed or not), else the publishing outlet.

    Anonymous sources stay with the outlet that quotes them: two outlets' "sources" are not
    known to be the same people.
    """
    if not source or source_kind == "anonymous":
        return normalise(publisher) + (f" / {normalise(source)}" if source else "")
    return normalise(source)


def normalise(name: str) -> str:
    name = " ".join(name.replace("’s", "").replace("'s", "").split())
    return _DETERMINERS.sub("", name).strip(" ,.").lower()


def total(claims: Sequence[Claim], running: bool = False) -> Total:
    """Reconcile the claims about one incident (or, running=True, one campaign toll)."""
    considered = list(claims)
    dated = [c.published for c in claims if c.published]
    as_of = max(dated) if dated else None
    if running and as_of is not None:
        considered = [c for c in claims if c.published and c.published >= as_of - timedelta(days=1)]
    latest = _latest_per_origin(considered)
    values = sorted(c.value for c in latest)
    best = median_low(values)
    if running:
        keeper = _count_keeper(claims)
        kept = [c for c in latest if c.origin == keeper]
        if kept:
            best = kept[0].value
    low = min(c.value for c in considered)
    high = max(c.value_max or c.value for c in considered)
    spread_low, spread_high = min(values), max(values)
    disputed = spread_high - spread_low > max(1.0, 0.1 * spread_high)
    return Total(low, high, best, as_of, len(claims), len({c.origin for c in claims}), disputed)


def _count_keeper(claims: Sequence[Claim]) -> str:
    """The origin with the most running-total claims (any claims if none is stated as one); ties go
    to the one that reported last, then the larger."""
    stats: dict[str, tuple[int, date, float]] = {}
    for c in [c for c in claims if c.cumulative] or claims:
        n, last, value = stats.get(c.origin, (0, date.min, 0.0))
        stats[c.origin] = (n + 1, max(last, c.published or date.min), max(value, c.value))
    return max(stats, key=lambda o: stats[o])


def _latest_per_origin(claims: Iterable[Claim]) -> list[Claim]:
    latest: dict[str, Claim] = {}
    for c in sorted(claims, key=lambda c: (c.published or date.min, c.uid)):
        latest[c.origin] = c
    return list(latest.values())


@dataclass(frozen=True)
class HistoryStep:
    claim: Claim
    best_before: float | None
    best_after: float

    @property
    def changed(self) -> bool:
        return self.best_before != self.best_after


def history(claims: Sequence[Claim], running: bool = False) -> list[HistoryStep]:
    """Claims in publication order, each with the best figure before and after it."""
    ordered = sorted(claims, key=lambda c: (c.published or date.min, c.uid))
    steps: list[HistoryStep] = []
    seen: list[Claim] = []
    best: float | None = None
    for claim in ordered:
        seen.append(claim)
        after = total(seen, running=running).best
        steps.append(HistoryStep(claim, best, after))
        best = after
    return steps
