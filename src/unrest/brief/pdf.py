"""A briefing as a PDF, made offline with ReportLab (platypus), A4.

Text is set in DejaVu Sans, the TrueType font that ships inside matplotlib, so names in any Latin,
Greek or Cyrillic script print as written (ReportLab's built-in Helvetica covers Latin-1 only).
Footnote marks are links to the footnotes, which link back.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from unrest.brief.collect import PROVINCE_CATEGORIES
from unrest.brief.model import Briefing, Figure, fmt_num
from unrest.brief.render import METHOD
from unrest.brief.text import (
    claim_line, dates, event_heading, footnote_tail, label, province_label, sources_text, subtitle,
)

LINK = "#1a56a0"


@lru_cache(maxsize=1)
def _fonts() -> tuple[str, str]:
    """Register DejaVu Sans from matplotlib's data (regular, bold, italic); fall back to Helvetica."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        import matplotlib

        folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
        faces = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
                 "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
        for name, file in faces.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        addMapping("DejaVuSans", 0, 0, "DejaVuSans")
        addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
        addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
        addMapping("DejaVuSans", 1, 1, "DejaVuSans-BoldOblique")
        return "DejaVuSans", "DejaVuSans-Bold"
    except (ImportError, OSError):  # pragma: no cover - matplotlib is a dependency
        return "Helvetica", "Helvetica-Bold"


def _styles():  # type: ignore[no-untyped-def]
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=8.6, leading=11.4, spaceAfter=3)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        "sub": ParagraphStyle("sub", parent=base, textColor=colors.HexColor("#555555"), spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=11.5, leading=14, spaceBefore=10,
                             spaceAfter=4, textColor=colors.HexColor("#7a1f1f"), keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=9, leading=11.5, spaceBefore=6, spaceAfter=1,
                             keepWithNext=1),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.4, leading=9.4, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.4, spaceAfter=0),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=7.6, leading=9.4, spaceAfter=0, alignment=2),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=7.6, leading=9.4, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=8, borderPadding=(2, 4, 2, 6),
                                backColor=colors.HexColor("#faf5f5"), borderColor=colors.HexColor("#c33333"),
                                fontName="DejaVuSans" if regular == "DejaVuSans" else regular, textColor=colors.black),
        "note": ParagraphStyle("note", parent=base, fontSize=7.4, leading=9.4, spaceAfter=1),
        "claim": ParagraphStyle("claim", parent=base, fontSize=7.2, leading=9, leftIndent=12, spaceAfter=0,
                                textColor=colors.HexColor("#333333")),
    }


def _fig(f: Figure | None) -> str:
    if f is None:
        return ""
    ref = (f'<super><a href="#fn{f.footnote}" color="{LINK}">{f.footnote}</a></super>'
           f'<a name="r{f.footnote}"/>') if f.footnote else ""
    return escape(f.range_text()) + ref


def render_pdf(b: Briefing, map_png: bytes | None = None, timeline_png: bytes | None = None) -> bytes:
    """The briefing as PDF bytes."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    st = _styles()
    regular, _bold = _fonts()
    P = Paragraph  # noqa: N806
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=b.title, author="Unrest Monitor",
                            subject="Situation briefing", creator="unrest brief")
    width = doc.width

    def table(rows: list[list[object]], widths: list[float]) -> Table:
        t = Table(rows, colWidths=[w * width for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0f0f0")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d8d8d8")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        return t

    def picture(png: bytes, max_height: float) -> Image:
        w, h = ImageReader(io.BytesIO(png)).getSize()
        scale = min(width / w, max_height / h)
        return Image(io.BytesIO(png), width=w * scale, height=h * scale)

    story: list[object] = [P(escape(b.title), st["title"]), P(escape(subtitle(b)), st["sub"]),
                           P("Headline figures", st["h2"])]
    if b.headline:
        rows: list[list[object]] = [[P(x, st["head"]) for x in ("Figure", "Range", "Best", "As of", "Based on",
                                                                "Sources")]]
        for h in b.headline:
            f = h.figure
            who = f"{sources_text(h.sources)} ({f.n_origins} origin{'s' if f.n_origins != 1 else ''}" + \
                (", disputed)" if f.disputed else ")")
            rows.append([P(escape(label(f.category)), st["cell"]), P(_fig(f), st["cellr"]),
                         P(escape(fmt_num(f.best)), st["cellr"]), P(escape(f.as_of or ""), st["cell"]),
                         P(escape(h.basis), st["cell"]), P(escape(who), st["cell"])])
        story += [table(rows, [0.10, 0.14, 0.08, 0.11, 0.19, 0.38]), Spacer(1, 3), P(escape(METHOD), st["small"])]
    else:
        story.append(P("No figure was reported for this selection.", st["body"]))

    story.append(P("Since the last briefing", st["h2"]))
    c = b.changes
    if c.since is None:
        story.append(P("<i>The first briefing for this selection: nothing to compare with yet.</i>", st["body"]))
    else:
        story.append(P(escape(f"Compared with the briefing of {c.since.replace('T', ' ').replace('+00:00', ' UTC')}:"),
                       st["body"]))
        items = [ch.text() for ch in c.figures]
        items.append(f"{c.new_incidents:+,} incidents, {c.new_reports:+,} reports.")
        if c.new_provinces:
            items.append(f"Newly affected provinces: {', '.join(c.new_provinces)}.")
        story += [P("• " + escape(i), st["body"]) for i in items]

    if map_png:
        story += [KeepTogether([P("Map", st["h2"]), picture(map_png, 105 * mm)])]
    if timeline_png:
        story += [KeepTogether([P("Timeline", st["h2"]), picture(timeline_png, 60 * mm)])]

    story.append(P("By province", st["h2"]))
    if b.provinces:
        head = ["Province", "Country", "Incidents", "Reports", *(label(x) for x in PROVINCE_CATEGORIES), "Dates"]
        rows = [[P(escape(x), st["head"]) for x in head]]
        for p in b.provinces:
            rows.append([P(escape(province_label(p)), st["cell"]), P(escape(p.country or ""), st["cell"]),
                         P(f"{p.n_incidents:,}", st["cellr"]), P(f"{p.n_reports:,}", st["cellr"]),
                         *(P(_fig(p.figures.get(x)), st["cellr"]) for x in PROVINCE_CATEGORIES),
                         P(escape(dates(p.first, p.last)), st["cell"])])
        story.append(table(rows, [0.21, 0.09, 0.10, 0.09, 0.09, 0.09, 0.09, 0.24]))
        if b.n_provinces > len(b.provinces):
            story.append(P(escape(f"The {len(b.provinces)} provinces with the most deaths, then the most incidents, "
                                  f"of {b.n_provinces:,}."), st["small"]))
    else:
        story.append(P("No incident.", st["body"]))

    story.append(P("Notable events", st["h2"]))
    for i, e in enumerate(b.notable, 1):
        figs = " · ".join(f"{escape(label(k))} {_fig(f)}" for k, f in e.figures.items())
        reports = f"{e.n_reports} report{'s' if e.n_reports != 1 else ''}"
        story.append(KeepTogether([P(escape(f"{i}. {event_heading(e)}"), st["h3"]),
                                   P(escape(e.evidence), st["quote"]),
                                   P(" · ".join(x for x in (figs, reports) if x), st["body"])]))
    if not b.notable:
        story.append(P("No incident with a source sentence.", st["body"]))

    story += [P("Sources", st["h2"]), P("Every figure above is footnoted with the claims behind it: the value as "
                                        "written, who gave it, the outlet that reported it and the date.", st["body"])]
    for note in b.footnotes:
        lines = [claim_line(cl) for cl in note.claims] + ([footnote_tail(note)] if footnote_tail(note) else [])
        head = (f'<a name="fn{note.number}"/><b>{note.number}.</b> <b>{escape(note.label)}</b>: '
                f"{note.n_claims:,} claim{'s' if note.n_claims != 1 else ''} from {note.n_origins:,} "
                f"origin{'s' if note.n_origins != 1 else ''} "
                f'<a href="#r{note.number}" color="{LINK}">↩</a>')
        story.append(KeepTogether([P(head, st["note"])] + [P("– " + escape(line), st["claim"]) for line in lines]))

    def footer(canvas, doc_) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#777777"))
        canvas.drawString(16 * mm, 9 * mm, f"{b.title} · {b.made_at[:10]}")
        canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, f"page {doc_.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
