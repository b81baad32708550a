"""Situation briefings from the store: to read (Markdown, HTML, PDF) and to listen to.

    from unrest.store import Store
    from unrest.brief import BriefFilter, make_briefing, render_briefing, briefing_script

    store = Store.open("unrest.db")
    b = make_briefing(store, BriefFilter(country="KE", since="2024-06-01"))   # read only
    html = render_briefing(b, "html")        # str: one self-contained page (pictures inlined)
    pdf = render_briefing(b, "pdf")          # bytes
    text = briefing_script(b)                # the same briefing written to be heard (for unrest.speech.narrate)

A briefing holds the headline figures (tolls and arrests as ranges, best estimate, sources and
dates), what changed since the last briefing for the same filter, a map and a timeline (PNG, made
with matplotlib), a table by province, the notable events with the sentence each rests on, and
footnotes listing every number's claims (source, outlet, date). :mod:`unrest.brief.collect`
explains how the figures are put together; :mod:`unrest.brief.history` how the last briefing is
remembered (``record=True``, as ``unrest brief`` does).
"""

from __future__ import annotations

from pathlib import Path

from unrest.brief.collect import build_briefing
from unrest.brief.history import last_snapshot, record_snapshot
from unrest.brief.model import BriefFilter, Briefing
from unrest.brief.script import briefing_script

FORMATS = ("md", "html", "pdf")

__all__ = ["FORMATS", "BriefFilter", "Briefing", "briefing_script", "build_briefing", "make_briefing",
           "render_briefing", "write_briefing"]


def make_briefing(store, filt: BriefFilter | None = None, *, record: bool = False,  # type: ignore[no-untyped-def]
                  **options) -> Briefing:
    """Build a briefing from ``store`` (a :class:`unrest.store.Store`), compared with the last one
    recorded for the same filter; ``record=True`` remembers this one for the next comparison.
    ``options`` go to :func:`build_briefing` (``notable``, ``max_provinces``, ``claims_per_note``)."""
    filt = filt or BriefFilter()
    previous = last_snapshot(store.engine, filt.key())
    with store.engine.connect() as conn:
        briefing = build_briefing(conn, filt, previous=previous, **options)
    if record:
        record_snapshot(store.engine, filt.key(), briefing.snapshot())
    return briefing


def render_briefing(b: Briefing, fmt: str, *, pictures: bool = True) -> str | bytes:
    """``md`` or ``html`` (str) or ``pdf`` (bytes). Markdown gets no pictures (they are files:
    see :func:`write_briefing`); HTML and PDF embed them unless ``pictures=False``."""
    from unrest.brief import render

    if fmt == "md":
        return render.render_markdown(b)
    map_png = timeline_png = None
    if pictures:
        from unrest.brief.charts import map_png as draw_map
        from unrest.brief.charts import timeline_png as draw_timeline

        map_png, timeline_png = draw_map(b), draw_timeline(b)
    if fmt == "html":
        return render.render_html(b, map_png, timeline_png)
    if fmt == "pdf":
        from unrest.brief.pdf import render_pdf

        return render_pdf(b, map_png, timeline_png)
    raise ValueError(f"unknown briefing format {fmt!r}: choose one of {', '.join(FORMATS)}")


def write_briefing(b: Briefing, fmt: str, path: str | Path) -> list[Path]:
    """Write the briefing to ``path``; Markdown writes its two pictures beside it
    (``<name>-map.png``, ``<name>-timeline.png``). Returns every file written."""
    from unrest.brief.charts import map_png, timeline_png
    from unrest.brief.render import render_markdown

    path = Path(path)
    if fmt != "md":
        data = render_briefing(b, fmt)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return [path]
    pictures = [path.with_name(f"{path.stem}-map.png"), path.with_name(f"{path.stem}-timeline.png")]
    pictures[0].write_bytes(map_png(b))
    pictures[1].write_bytes(timeline_png(b))
    path.write_text(render_markdown(b, pictures[0].name, pictures[1].name), encoding="utf-8")
    return [path, *pictures]
