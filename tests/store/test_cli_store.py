"""The store commands as a user runs them: ingest twice, list incidents, a toll table, exports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from unrest.cli import cli

REPORTS = {
    "a.txt": "date 2024-06-26\n\nPolice said three people were killed in Nakuru on Tuesday when officers fired "
             "on protesters.\n",
    "b.txt": "date 2024-06-27\n\nA rights group said five people were killed in Nakuru on Tuesday when police "
             "opened fire on demonstrators.\n",
}


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_ingest_is_idempotent(reports, db_url):
    first = run("ingest", str(reports), "--db", db_url, "--no-progress")
    assert first.exit_code == 0, first.output
    assert "2 new article(s), 0 already stored" in first.output
    again = run("ingest", str(reports), "--db", db_url, "--no-progress")
    assert "0 new article(s), 2 already stored" in again.output


def test_incidents_and_figures(reports, db_url):
    run("ingest", str(reports), "--db", db_url, "--no-progress")
    incidents = run("incidents", "--db", db_url, "--country", "KE", "--format", "json")
    assert incidents.exit_code == 0, incidents.output
    rows = [json.loads(line) for line in incidents.output.splitlines()]
    killed = [r["figures"]["killed"] for r in rows if "killed" in r["figures"]]
    assert killed and killed[0]["low"] == 3 and killed[0]["high"] == 5
    table = run("figures", "--db", db_url, "--category", "killed", "--country", "KE")
    assert table.exit_code == 0 and "rights group" in table.output and "police" in table.output.lower()


def test_export_to_a_file(reports, db_url, tmp_path):
    run("ingest", str(reports), "--db", db_url, "--no-progress")
    out = tmp_path / "incidents.csv"
    result = run("export", "--db", db_url, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and rows[0]["event_date"].startswith("2024-06")


def test_a_bad_database_url_is_a_clear_error(tmp_path):
    result = run("incidents", "--db", "nosuchdialect://x/y")
    assert result.exit_code != 0 and "cannot open the store" in result.output


def test_history_says_what_each_report_changed(reports, db_url):
    run("ingest", str(reports), "--db", db_url, "--no-progress")
    rows = [json.loads(line) for line in run("incidents", "--db", db_url, "--format", "json").output.splitlines()]
    shooting = next(r for r in rows if "killed" in r["figures"])
    result = run("figures", "--db", db_url, "--category", "killed", "--history", shooting["id"], "--format", "json")
    assert result.exit_code == 0, result.output
    steps = json.loads(result.output)
    # the police's three came first and set the figure; the rights group's five a day later widens
    # the range but, as the lower median of two origins, leaves the best at three
    assert [(s["value"], s["best_before"], s["best_after"], s["changed"]) for s in steps] == \
        [(3, None, 3, True), (5, 3, 3, False)]
