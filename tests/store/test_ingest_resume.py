"""``unrest ingest`` killed with SIGKILL mid-batch leaves a consistent store, and resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select, text

from unrest.cli import cli
from unrest.store import Store
from unrest.store.schema import article_urls, articles, events, figures, places

from _paths import ROOT

REPORTS = ROOT / "tests" / "devset" / "reports"


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (articles, events, figures, places, article_urls)}


def orphans(store: Store) -> int:
    """Rows whose article is missing: what a half-written article would leave."""
    with store.engine.connect() as conn:
        return sum(conn.execute(select(func.count()).select_from(t).where(
            t.c.article_id.not_in(select(articles.c.id)))).scalar_one() for t in (events, figures, places))


def test_kill_9_mid_batch_then_resume(db_url):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "unrest.cli", "ingest", str(REPORTS), "--db", db_url,
                             "--no-progress"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store.open(db_url)
    deadline = time.time() + 120
    try:
        while time.time() < deadline and proc.poll() is None:
            if counts(store)["articles"] >= 3:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the batch finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = counts(store)
    assert 3 <= partial["articles"] < len(list(REPORTS.glob("*.txt")))
    assert orphans(store) == 0
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    # the same command again finishes the batch without storing anything twice
    result = CliRunner().invoke(cli, ["ingest", str(REPORTS), "--db", db_url, "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"{partial['articles']} already stored" in result.output
    final = counts(store)
    assert final["articles"] == len(list(REPORTS.glob("*.txt")))
    assert orphans(store) == 0
    store.close()
