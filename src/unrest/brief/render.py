"""A briefing as Markdown or as one self-contained HTML page (pictures inlined as data URIs).

Both follow the same order: headline figures, what changed since the last briefing, map,
timeline, table by province, notable events with the sentence each rests on, and the footnotes,
where every number's claims are listed (value as written, source, outlet, date).
"""

from __future__ import annotations

import base64
import html

from unrest.brief.collect import PROVINCE_CATEGORIES
from unrest.brief.model import Briefing, Figure, fmt_num
from unrest.brief.text import (
    claim_line, dates, event_heading, footnote_tail, label, province_label, sources_text, subtitle,
)

METHOD = ("Ranges run from the lowest to the highest figure claimed; the best estimate is the median of each "
          "origin's latest claim. A nationwide running toll and the incidents of its wave are never added: the "
          "larger is taken. Each footnote lists the newest claim of each origin, newest first.")


# --- Markdown --------------------------------------------------------------------------------


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_figure(f: Figure | None) -> str:
    if f is None:
        return ""
    return f.range_text() + (f"[^{f.footnote}]" if f.footnote else "")


def render_markdown(b: Briefing, map_ref: str | None = None, timeline_ref: str | None = None) -> str:
    """Markdown; ``map_ref``/``timeline_ref`` are where the pictures are (paths or data URIs)."""
    out = [f"# {b.title}", "", subtitle(b), "", "## Headline figures", ""]
    if b.headline:
        out += ["| Figure | Range | Best estimate | As of | Based on | Sources |", "|---|---|---|---|---|---|"]
        for h in b.headline:
            f = h.figure
            who = sources_text(h.sources) + f" ({f.n_origins} origin{'s' if f.n_origins != 1 else ''}" + \
                (", disputed)" if f.disputed else ")")
            out.append(f"| {label(f.category)} | {_md_figure(f)} | {fmt_num(f.best)} | {f.as_of or ''} | "
                       f"{_md(h.basis)} | {_md(who)} |")
        out += ["", f"_{METHOD}_"]
    else:
        out.append("No figure was reported for this selection.")
    out += ["", "## Since the last briefing", ""] + _md_changes(b)
    if map_ref:
        out += ["", "## Map", "", f"![Map of the incidents by type, sized by deaths]({map_ref})"]
    if timeline_ref:
        out += ["", "## Timeline", "", f"![Incidents over time by type, and deaths]({timeline_ref})"]
    out += ["", "## By province", ""]
    if b.provinces:
        out += ["| Province | Country | Incidents | Reports | " + " | ".join(label(c) for c in PROVINCE_CATEGORIES)
                + " | Dates |", "|---|---|---:|---:|" + "---:|" * len(PROVINCE_CATEGORIES) + "---|"]
        for p in b.provinces:
            out.append(f"| {_md(province_label(p))} | {p.country or ''} | {p.n_incidents:,} | {p.n_reports:,} | "
                       + " | ".join(_md_figure(p.figures.get(c)) for c in PROVINCE_CATEGORIES)
                       + f" | {dates(p.first, p.last)} |")
        if b.n_provinces > len(b.provinces):
            out += ["", f"_The {len(b.provinces)} provinces with the most deaths, then the most incidents, "
                        f"of {b.n_provinces:,}._"]
    else:
        out.append("No incident.")
    out += ["", "## Notable events", ""]
    for i, e in enumerate(b.notable, 1):
        figs = " · ".join(f"{label(c)} {_md_figure(f)}" for c, f in e.figures.items())
        reports = f"{e.n_reports} report{'s' if e.n_reports != 1 else ''}"
        out += [f"### {i}. {event_heading(e)}", "", f"> {e.evidence}", "",
                " · ".join(x for x in (figs, reports) if x), ""]
    if not b.notable:
        out += ["No incident with a source sentence.", ""]
    out += ["## Sources", "", "Every figure above is footnoted with the claims behind it: the value as written, "
            "who gave it, the outlet that reported it and the date.", ""]
    for note in b.footnotes:
        claims = f"{note.n_claims:,} claim{'s' if note.n_claims != 1 else ''}"
        out.append(f"[^{note.number}]: **{_md(note.label)}**: {claims} "
                   f"from {note.n_origins:,} origin{'s' if note.n_origins != 1 else ''}.")
        out += [f"    - {_md(claim_line(c))}" for c in note.claims]
        if footnote_tail(note):
            out.append(f"    - {footnote_tail(note)}")
    return "\n".join(out).rstrip() + "\n"


def _md_changes(b: Briefing) -> list[str]:
    c = b.changes
    if c.since is None:
        return ["_The first briefing for this selection: nothing to compare with yet._"]
    out = [f"Compared with the briefing of {c.since.replace('T', ' ').replace('+00:00', ' UTC')}:", ""]
    out += [f"- {ch.text()}" for ch in c.figures]
    out.append(f"- {_signed(c.new_incidents)} incidents, {_signed(c.new_reports)} reports.")
    if c.new_provinces:
        out.append(f"- Newly affected provinces: {', '.join(c.new_provinces)}.")
    return out


def _signed(n: int) -> str:
    return f"+{n:,}" if n >= 0 else f"−{abs(n):,}"


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#1d1d1d;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
h3{font-size:1rem;margin:1.2rem 0 .3rem}.sub{color:#555;margin-top:0}.method{color:#555;font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e3e3e3;padding:.3rem .4rem;
text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}th{background:#f4f4f4}
blockquote{margin:.3rem 0;padding:.3rem .8rem;border-left:3px solid #c33;background:#faf7f7}
sup a{text-decoration:none}img{max-width:100%}.notes li{margin-bottom:.4rem;font-size:.88rem}
.notes ul{margin:.2rem 0 0 1rem;padding:0}.disputed{color:#a33}
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_figure(f: Figure | None) -> str:
    if f is None:
        return ""
    ref = f'<sup><a href="#fn{f.footnote}" id="r{f.footnote}">{f.footnote}</a></sup>' if f.footnote else ""
    return f"{_h(f.range_text())}{ref}"


def _data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def render_html(b: Briefing, map_png: bytes | None = None, timeline_png: bytes | None = None) -> str:
    """One HTML page, no external file: the pictures are inlined."""
    o = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{_h(b.title)}</title><style>{_CSS}</style></head><body>",
         f"<h1>{_h(b.title)}</h1>", f'<p class="sub">{_h(subtitle(b))}</p>', "<h2>Headline figures</h2>"]
    if b.headline:
        o.append("<table><tr><th>Figure</th><th>Range</th><th>Best estimate</th><th>As of</th><th>Based on</th>"
                 "<th>Sources</th></tr>")
        for h in b.headline:
            f = h.figure
            flag = ', <span class="disputed">disputed</span>' if f.disputed else ""
            o.append(f"<tr><td>{_h(label(f.category))}</td><td class=n>{_html_figure(f)}</td>"
                     f"<td class=n>{_h(fmt_num(f.best))}</td><td>{_h(f.as_of or '')}</td><td>{_h(h.basis)}</td>"
                     f"<td>{_h(sources_text(h.sources))} ({f.n_origins} origin{'s' if f.n_origins != 1 else ''}"
                     f"{flag})</td></tr>")
        o += ["</table>", f'<p class="method">{_h(METHOD)}</p>']
    else:
        o.append("<p>No figure was reported for this selection.</p>")
    o.append("<h2>Since the last briefing</h2>")
    c = b.changes
    if c.since is None:
        o.append("<p><em>The first briefing for this selection: nothing to compare with yet.</em></p>")
    else:
        items = [ch.text() for ch in c.figures] + [f"{_signed(c.new_incidents)} incidents, "
                                                   f"{_signed(c.new_reports)} reports."]
        if c.new_provinces:
            items.append(f"Newly affected provinces: {', '.join(c.new_provinces)}.")
        when = c.since.replace("T", " ").replace("+00:00", " UTC")
        o.append(f"<p>Compared with the briefing of {_h(when)}:</p>"
                 "<ul>" + "".join(f"<li>{_h(i)}</li>" for i in items) + "</ul>")
    if map_png:
        o += ["<h2>Map</h2>", f'<img src="{_data_uri(map_png)}" alt="Map of the incidents by type, sized by deaths">']
    if timeline_png:
        o += ["<h2>Timeline</h2>",
              f'<img src="{_data_uri(timeline_png)}" alt="Incidents over time by type, and deaths">']
    o.append("<h2>By province</h2>")
    if b.provinces:
        o.append("<table><tr><th>Province</th><th>Country</th><th>Incidents</th><th>Reports</th>"
                 + "".join(f"<th>{_h(label(c))}</th>" for c in PROVINCE_CATEGORIES) + "<th>Dates</th></tr>")
        for p in b.provinces:
            o.append(f"<tr><td>{_h(province_label(p))}</td><td>{_h(p.country or '')}</td><td class=n>{p.n_incidents:,}"
                     f"</td><td class=n>{p.n_reports:,}</td>"
                     + "".join(f"<td class=n>{_html_figure(p.figures.get(c))}</td>" for c in PROVINCE_CATEGORIES)
                     + f"<td>{_h(dates(p.first, p.last))}</td></tr>")
        o.append("</table>")
        if b.n_provinces > len(b.provinces):
            o.append(f'<p class="method">The {len(b.provinces)} provinces with the most deaths, then the most '
                     f"incidents, of {b.n_provinces:,}.</p>")
    else:
        o.append("<p>No incident.</p>")
    o.append("<h2>Notable events</h2>")
    for i, e in enumerate(b.notable, 1):
        figs = " · ".join(f"{_h(label(c))} {_html_figure(f)}" for c, f in e.figures.items())
        reports = f"{e.n_reports} report{'s' if e.n_reports != 1 else ''}"
        o += [f"<h3>{i}. {_h(event_heading(e))}</h3>", f"<blockquote>{_h(e.evidence)}</blockquote>",
              f"<p>{' · '.join(x for x in (figs, reports) if x)}</p>"]
    if not b.notable:
        o.append("<p>No incident with a source sentence.</p>")
    o += ["<h2>Sources</h2>", "<p>Every figure above is footnoted with the claims behind it: the value as written, "
          "who gave it, the outlet that reported it and the date.</p>", '<ol class="notes">']
    for note in b.footnotes:
        lines = [claim_line(cl) for cl in note.claims] + ([footnote_tail(note)] if footnote_tail(note) else [])
        o.append(f'<li id="fn{note.number}"><strong>{_h(note.label)}</strong>: {note.n_claims:,} '
                 f"claim{'s' if note.n_claims != 1 else ''} from {note.n_origins:,} "
                 f"origin{'s' if note.n_origins != 1 else ''} "
                 f'<a href="#r{note.number}" aria-label="back">↩</a>'
                 "<ul>" + "".join(f"<li>{_h(line)}</li>" for line in lines) + "</ul></li>")
    o += ["</ol>", "</body></html>"]
    return "\n".join(o) + "\n"

