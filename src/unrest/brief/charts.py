"""The briefing's two pictures, drawn offline with matplotlib (Agg, no pyplot state): a map of the
incidents over coastlines and borders (:mod:`unrest.brief.outlines`), and a timeline of incidents
by type with the daily death toll. Both come back as PNG bytes."""

from __future__ import annotations

import io
import math
from collections import Counter
from datetime import date, timedelta

from unrest.brief import outlines
from unrest.brief.model import Briefing

TYPE_COLOURS = {"PROTEST": "#1f77b4", "ASSAULT": "#d62728", "COERCE": "#ff7f0e", "MOBILIZE": "#2ca02c",
                "CRIME": "#8c564b", "DEMAND": "#9467bd", "DISAPPROVE": "#bcbd22", "REJECT": "#7f7f7f",
                "THREATEN": "#e377c2", "CONSULT": "#17becf", "CONCEDE": "#aec7e8", "INVESTIGATE": "#c5b0d5",
                "SANCTION": "#ff9896", "ACCUSE": "#dbdb8d", "AID": "#98df8a", "COOPERATE": "#9edae5"}
OTHER_COLOUR = "#bbbbbb"
_SPARE = ["#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"]


def colour(etype: str) -> str:
    """A type's colour: fixed for the common PLOVER types, a stable spare one for the rest."""
    if etype in TYPE_COLOURS:
        return TYPE_COLOURS[etype]
    if etype == "other":
        return OTHER_COLOUR
    return _SPARE[sum(map(ord, etype)) % len(_SPARE)]
DPI = 150


def _figure(width: float, height: float):  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    fig.patch.set_facecolor("white")
    return fig


def _png(fig) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.08)
    return buf.getvalue()


def map_png(briefing: Briefing, width: float = 7.0, height: float = 4.6) -> bytes:
    """Incidents on a lat/lon frame (equirectangular, aspect corrected at the middle latitude)."""
    fig = _figure(width, height)
    ax = fig.add_subplot()
    points = briefing.points
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    else:
        south, north, west, east = -50.0, 70.0, -170.0, 170.0
    pad = max(2.5, 0.15 * max(north - south, east - west))  # a few degrees of context at least
    south, north = max(-85.0, south - pad), min(85.0, north + pad)
    west, east = max(-180.0, west - pad), min(180.0, east + pad)
    mid = math.cos(math.radians((south + north) / 2))
    # widen the thinner side so the frame fills the picture
    want = (width / height) / max(mid, 0.2)
    if (east - west) / (north - south) < want:
        extra = (want * (north - south) - (east - west)) / 2
        west, east = max(-180.0, west - extra), min(180.0, east + extra)
    else:
        extra = ((east - west) / want - (north - south)) / 2
        south, north = max(-85.0, south - extra), min(85.0, north + extra)
    span = max(north - south, east - west)
    resolution = "i" if span < 12 else "l" if span < 60 else "c"
    ax.set_facecolor("#dcebf5")
    if outlines.available():
        from matplotlib.collections import LineCollection, PolyCollection

        land = outlines.shapes("gshhs", resolution, west, south, east, north)
        ax.add_collection(PolyCollection([p for k, p in land if k == 1], facecolors="#f4f1ea", edgecolors="#9a9a9a",
                                         linewidths=0.4, zorder=1))
        ax.add_collection(PolyCollection([p for k, p in land if k == 2], facecolors="#dcebf5", edgecolors="#9a9a9a",
                                         linewidths=0.3, zorder=1))
        borders = outlines.shapes("countries", resolution if resolution != "c" else "l", west, south, east, north)
        ax.add_collection(LineCollection([p for _, p in borders], colors="#6b6b6b", linewidths=0.6,
                                         linestyles=(0, (4, 2)), zorder=2))
    else:
        ax.grid(True, color="white", linewidth=0.6)
    counts = Counter(p[2] for p in points)
    shown = {t for t, _ in counts.most_common(6)}
    by_type: dict[str, list[tuple[float, float, float]]] = {}
    for lat, lon, etype, weight, _name in points:
        by_type.setdefault(etype if etype in shown else "other", []).append((lat, lon, weight))
    for etype, pts in sorted(by_type.items(), key=lambda kv: (kv[0] == "other", -len(kv[1]))):
        ax.scatter([p[1] for p in pts], [p[0] for p in pts], s=[14 + 10 * math.sqrt(p[2] - 1) for p in pts],
                   c=colour(etype), alpha=0.75, edgecolors="white", linewidths=0.4,
                   label=f"{etype.title()} ({len(pts):,})", zorder=3)
    if by_type:
        ax.legend(loc="lower left", fontsize=6.5, framealpha=0.85, markerscale=0.8)
    else:
        ax.text(0.5, 0.5, "no incident with coordinates", transform=ax.transAxes, ha="center", color="#555")
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    _label_places(ax, briefing)
    ax.set_aspect(1 / max(mid, 0.2))
    ax.tick_params(labelsize=6.5)
    ax.set_xlabel("longitude", fontsize=7)
    ax.set_ylabel("latitude", fontsize=7)
    ax.set_title(f"Incidents by type, sized by deaths ({len(points):,} located of {briefing.n_incidents:,})",
                 fontsize=8.5)
    return _png(fig)


def _label_places(ax, briefing: Briefing, limit: int = 6) -> None:  # type: ignore[no-untyped-def]
    """Names of the places with the most weight (incidents and deaths) beside their dots."""
    weight: Counter[tuple[float, float]] = Counter()
    names: dict[tuple[float, float], str] = {}
    for lat, lon, _type, w, name in briefing.points:
        key = (round(lat, 2), round(lon, 2))
        weight[key] += w
        if name:
            names.setdefault(key, name)
    x0, x1 = ax.get_xlim()
    placed: list[tuple[float, float]] = []
    for (lat, lon), _w in weight.most_common(limit * 3):
        near = any(abs(lat - a) < 0.04 * (x1 - x0) and abs(lon - b) < 0.12 * (x1 - x0) for a, b in placed)
        if (lat, lon) in names and not near and len(placed) < limit:
            placed.append((lat, lon))
            ax.annotate(names[(lat, lon)], (lon, lat), xytext=(4, 3), textcoords="offset points", fontsize=6.5,
                        color="#222", zorder=4)


def _all_bins(first: date, last: date, unit: str) -> list[date]:
    out, d = [], first
    while d <= last:
        out.append(d)
        if unit == "day":
            d += timedelta(days=1)
        elif unit == "week":
            d += timedelta(days=7)
        elif unit == "month":
            d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            d = d.replace(year=d.year + 1)
    return out


def timeline_png(briefing: Briefing, width: float = 7.0, height: float = 2.6) -> bytes:
    """Incidents per day (per week or month over long periods), stacked by type, and deaths."""
    fig = _figure(width, height)
    ax = fig.add_subplot()
    days = sorted(briefing.timeline)
    if not days:
        ax.text(0.5, 0.5, "no dated incident", transform=ax.transAxes, ha="center", color="#555")
        ax.set_axis_off()
        return _png(fig)
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (last - first).days + 1
    step, unit = (1, "day") if span <= 90 else (7, "week") if span <= 730 else (30, "month")
    if span > 3650:
        step, unit = 365, "year"

    def bin_of(day: str) -> date:
        d = date.fromisoformat(day)
        if unit == "week":
            return d - timedelta(days=d.weekday())
        if unit == "month":
            return d.replace(day=1)
        if unit == "year":
            return d.replace(month=1, day=1)
        return d

    totals: Counter[str] = Counter()
    for counts in briefing.timeline.values():
        totals.update(counts)
    top = [t for t, _ in totals.most_common(6)]
    bins: dict[date, Counter[str]] = {}
    for day, counts in briefing.timeline.items():
        b = bins.setdefault(bin_of(day), Counter())
        for t, n in counts.items():
            b[t if t in top else "other"] += n
    xs = sorted(bins)
    bottom = [0] * len(xs)
    width_days = step * 0.8
    for etype in [*top, "other"]:
        ys = [bins[x].get(etype, 0) for x in xs]
        if not any(ys):
            continue
        ax.bar(xs, ys, width=width_days, bottom=bottom, color=colour(etype),
               label=etype.title(), align="edge" if unit != "day" else "center", linewidth=0)
        bottom = [b + y for b, y in zip(bottom, ys)]
    ax.set_ylabel(f"incidents per {unit}", fontsize=7)
    ax.tick_params(labelsize=6.5)
    if briefing.deaths_by_day:
        deaths: Counter[date] = Counter()
        for day, n in briefing.deaths_by_day.items():
            deaths[bin_of(day)] += n
        ax2 = ax.twinx()
        dx = _all_bins(xs[0], xs[-1], unit)  # bins with no reported death read as zero
        ax2.plot(dx, [deaths[d] for d in dx], color="black", marker="o", markersize=2.5, linewidth=1,
                 label="killed (best estimate)")
        ax2.set_ylabel("killed", fontsize=7)
        ax2.tick_params(labelsize=6.5)
        ax2.set_ylim(0, max(deaths.values()) * 1.35 + 1)
        ax2.legend(loc="upper right", fontsize=6.5, framealpha=0.85)
    ax.legend(loc="upper left", fontsize=6.5, ncol=4, framealpha=0.85)
    ax.set_ylim(0, max(bottom) * 1.35 + 1)
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DayLocator

    locator = DayLocator(interval=max(1, span // 8)) if span <= 31 else AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    if span <= 3:  # a day or three: room on either side of the bars
        ax.set_xlim(first - timedelta(days=1), last + timedelta(days=1))
    ax.xaxis.get_offset_text().set_fontsize(7)
    ax.set_title(f"Incidents per {unit}, {days[0]} to {days[-1]}", fontsize=8.5)
    return _png(fig)
