"""``unrest extract`` as a user runs it: formats, stdin, and a batch with bad inputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from unrest.cli import cli

REPORT = ("date 2024-06-27\n\nPolice fired tear gas at about 2,000 protesters in Nakuru on Tuesday, "
          "and at least 12 people were arrested, the police said.\n")


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_json_is_one_record_per_line(report, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("date 2024-06-28\n\nTroops were deployed in Nairobi on Friday.\n", encoding="utf-8")
    result = run("extract", str(report), str(second), "--format", "json")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["schema"] == "unrest.record/1"
    assert first["article"]["published"] == "2024-06-27"
    assert {(f["category"], f["value"]) for f in first["figures"]} >= {("participants", 2000), ("arrested", 12)}


def test_table_shows_events_figures_and_places(report):
    result = run("extract", str(report))
    assert result.exit_code == 0, result.output
    for heading in ("EVENTS", "FIGURES", "PLACES"):
        assert heading in result.stdout
    assert "Nakuru" in result.stdout


def test_stdin(report):
    result = run("extract", "-", "--format", "json", stdin=REPORT)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["published"] == "2024-06-27"


@pytest.mark.parametrize("name, content, message", [
    # an empty file
    ("empty.txt", b"", "empty"),
    # a binary file
    ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    # a path that does not exist is named in the error
    ("missing.txt", None, "no such file"),
])
def test_bad_input_is_reported_and_the_batch_goes_on(report, tmp_path, name, content, message):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = run("extract", str(bad), str(report), "--format", "json")
    assert result.exit_code == 1
    assert f"error: {bad}" in result.stderr and message in result.stderr.lower()
    assert len(result.stdout.strip().splitlines()) == 1  # the good report still came out


def test_only_bad_inputs_fail(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty))
    assert result.exit_code == 1


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"]])
def test_help(args):
    result = run(*args)
    assert result.exit_code == 0 and "Usage" in result.output
