"""Readable plain-text tables of a record, for ``--format table`` and the demo."""

from __future__ import annotations

from collections.abc import Sequence

from unrest.models import Attribution, Record

MAX_CELL = 44


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A left-aligned text table; long cells are cut with an ellipsis."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    rule = "  ".join("-" * w for w in widths)
    body = ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join([line, rule, *body])


def _cell(value: object) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _source(att: Attribution | None) -> str:
    if att is None:
        return "(outlet)"
    extra = ", ".join(x for x in (att.kind, att.hedge, f"via {att.via}" if att.via else None) if x)
    return f"{att.source} ({extra})"


def _number(fig_value: float, value_max: float | None) -> str:
    v = f"{fig_value:,.0f}" if float(fig_value).is_integer() else f"{fig_value:,}"
    if value_max is not None:
        v += f"–{value_max:,.0f}"
    return v


def render_record(record: Record) -> str:
    a = record.article
    places = {p.id: p for p in record.places}
    head = a.title or a.origin or a.id
    meta = ", ".join(x for x in (a.outlet, a.published, a.url) if x)
    out = [f"== {head}" + (f"  [{meta}]" if meta else "") + f"  (id {a.id})", ""]
    flagged = lambda e: " ".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical),  # noqa: E731
                                                  ("historical", e.historical)) if on)
    out.append(f"EVENTS ({len(record.events)})")
    out.append(table(
        ["id", "type", "mode", "date", "place", "actors", "recipients", "figures", "flags"],
        [[e.id, e.type, e.mode, _date(e), ", ".join(places[p].name for p in e.places if p in places),
          ", ".join(x.name for x in e.actors), ", ".join(x.name for x in e.recipients),
          ", ".join(e.figures), flagged(e)] for e in record.events]))
    out += ["", f"FIGURES ({len(record.figures)})"]
    out.append(table(
        ["id", "category", "value", "qualifier", "unit", "event", "source", "text"],
        [[f.id, f.category, _number(f.value, f.value_max), f.qualifier, f.unit, f.event,
          _source(f.attribution), f.text] for f in record.figures]))
    out += ["", f"PLACES ({len(record.places)})"]
    out.append(table(
        ["id", "text", "name", "feature", "province", "country", "lat", "lon"],
        [[p.id, p.text, p.name, p.feature, f"{p.admin1 or ''} {p.admin1_code or ''}".strip()
          or ",".join(p.admin1_codes), p.country, _coord(p.lat), _coord(p.lon)] for p in record.places]))
    if record.quotes:
        out += ["", f"QUOTES ({len(record.quotes)})"]
        out.append(table(["speaker", "affiliation", "quote"],
                         [[q.speaker, q.affiliation, q.text] for q in record.quotes]))
    return "\n".join(out) + "\n"


def _date(e) -> str:  # type: ignore[no-untyped-def]
    if e.date is None or e.date.start is None:
        return ""
    return e.date.start if e.date.start == e.date.end else f"{e.date.start}..{e.date.end}"


def _coord(v: float | None) -> str:
    return "" if v is None else f"{v:.3f}"
