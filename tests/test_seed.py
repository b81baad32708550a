"""The reference report: the contract's scorer passes every expectation on our CLI output."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from unrest.cli import cli

from _paths import SEED, SHARED

pytestmark = pytest.mark.skipif(SEED is None, reason="the shared seed report is not present")


def test_seed_passes_every_expectation(tmp_path):
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = tmp_path / "seed.json"
    records.write_text(result.stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(SHARED / "contract" / "score.py"), str(records),
         str(SHARED / "contract" / "seed.expected.json"), "--quiet"],
        capture_output=True, text=True,
    )
    assert score.returncode == 0, score.stdout
    assert "0 failed" in score.stdout
