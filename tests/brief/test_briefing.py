"""Briefings from a small store: headline ranges with their sources, footnotes for every number,
what changed since the last briefing, provinces, notable events, and the three formats."""

from __future__ import annotations

import re

from click.testing import CliRunner

from unrest.brief import BriefFilter, briefing_script, make_briefing, render_briefing
from unrest.brief.history import last_snapshot
from unrest.cli import cli


def test_headline_is_a_range_with_sources_dates_and_a_footnote(store):
    b = make_briefing(store, BriefFilter(country="KE"))
    killed = {h.figure.category: h for h in b.headline}["killed"]
    assert (killed.figure.low, killed.figure.high) == (3, 5)
    assert killed.figure.as_of == "2024-06-27" and killed.figure.disputed
    assert {s.lower() for s in killed.sources} == {"police", "a rights group"}
    note = b.footnotes[killed.figure.footnote - 1]
    assert {(c.value, c.published) for c in note.claims} == {(3, "2024-06-26"), (5, "2024-06-27")}
    assert all(c.source for c in note.claims)


def test_provinces_and_notable_events_rest_on_their_sentence(store):
    b = make_briefing(store, BriefFilter(country="KE"))
    by_code = {p.code: p for p in b.provinces}
    assert by_code["KE-31"].name == "Nakuru" and by_code["KE-31"].figures["killed"].high == 5
    assert by_code["KE-31"].n_reports == 2  # two articles, not two per incident
    assert by_code["KE-30"].figures["arrested"].low == 40
    killed = [e for e in b.notable if "killed" in e.figures]
    assert killed and "killed in Nakuru" in killed[0].evidence
    assert make_briefing(store, BriefFilter(country="KE", province="KE-30")).headline[0].figure.category == "arrested"


def test_every_number_in_the_markdown_is_footnoted(store):
    md = render_briefing(make_briefing(store, BriefFilter(country="KE")), "md")
    assert isinstance(md, str)
    headline = md.split("## Headline figures")[1].split("## Since")[0]
    provinces = md.split("## By province")[1].split("## Notable")[0]
    for table in (headline, provinces):
        for row in [r for r in table.splitlines() if r.startswith("| ") and not r.startswith("| Figure")
                    and not r.startswith("| Province")]:
            cells = row.strip("|").split("|")
            figures = cells[1:2] if table is headline else cells[4:7]
            for cell in figures:
                if cell.strip():
                    assert re.fullmatch(r"\s*[\d,–.]+\[\^\d+\]\s*", cell), row
    notes = re.findall(r"^\[\^(\d+)\]:", md, re.M)
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    assert refs and refs == set(notes)


def test_changes_since_the_last_briefing(store, add_later):
    first = make_briefing(store, BriefFilter(country="KE"), record=True)
    assert first.changes.since is None
    add_later(store)
    peek = make_briefing(store, BriefFilter(country="KE"))  # not recorded: the next one still compares with the first
    second = make_briefing(store, BriefFilter(country="KE"), record=True)
    for b in (peek, second):
        assert b.changes.since == first.made_at
        killed = {c.category: c for c in b.changes.figures}["killed"]
        assert killed.before[:2] == (3, 5) and killed.after[:2] == (3, 7)
        assert "3–5 → 3–7" in killed.text()
        assert b.changes.new_reports == 1
    assert {c.category for c in second.changes.figures if c.before is None} == {"injured"}
    assert last_snapshot(store.engine, BriefFilter(country="KE").key())["made_at"] == second.made_at
    assert last_snapshot(store.engine, BriefFilter(country="TZ").key()) is None  # per filter


def test_snapshots_on_both_databases(any_store):
    b = make_briefing(any_store, BriefFilter(), record=True)  # an empty store briefs too
    assert b.n_incidents == 0 and not b.headline
    assert make_briefing(any_store, BriefFilter()).changes.since == b.made_at


def test_the_spoken_script_has_no_marks_or_tables(store):
    text = briefing_script(make_briefing(store, BriefFilter(country="KE")))
    assert "Killed: between 3 and 5 people killed" in text
    assert "[^" not in text and "|" not in text
    assert "killed in Nakuru" in text  # the evidence sentence is read


def test_cli_writes_the_three_formats(store_path, tmp_path):
    runner = CliRunner()
    db = str(store_path)
    md = tmp_path / "ke.md"
    result = runner.invoke(cli, ["brief", "--db", db, "--country", "KE", "-o", str(md)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ke-map.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "ke-timeline.png").stat().st_size > 5000
    assert "![Map" in md.read_text() and "ke-map.png" in md.read_text()
    html = tmp_path / "ke.html"
    assert runner.invoke(cli, ["brief", "--db", db, "--country", "KE", "-o", str(html), "--no-record"]).exit_code == 0
    page = html.read_text()
    assert page.count("data:image/png;base64,") == 2 and 'href="#fn1"' in page and 'id="fn1"' in page
    pdf = tmp_path / "ke.pdf"
    assert runner.invoke(cli, ["brief", "--db", db, "--country", "KE", "-o", str(pdf)]).exit_code == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"
    # the third briefing compares with the first (the HTML one was not recorded)
    again = runner.invoke(cli, ["brief", "--db", db, "--country", "KE"])
    assert "Compared with the briefing of" in again.output and "Killed: unchanged at 3–5" in again.output
