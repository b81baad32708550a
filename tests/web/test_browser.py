"""End-to-end: the app on the sample corpus served by uvicorn on a free loopback port, the dashboard
driven in Debian's chromium by playwright-core (``e2e.mjs``): open it, filter by a province,
click a figure and see its sentence and source highlighted, export CSV, read it on a phone, and
check that a report full of markup and script is shown as text and runs nothing. Then Listen
(``listen.mjs``): a short report is read aloud and the highlighted sentence follows the audio.

Needs ``node``, ``/usr/bin/chromium`` and ``tests/web/node_modules`` (all installed by
``.ci/browser.sh``, which CI runs before ``make test``), and for Listen ``espeak-ng`` (``.ci/audio.sh``);
skipped with the reason where one is missing. ``UNREST_SCREENSHOTS=docs/screenshots`` keeps the
screenshots of the main views.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("UNREST_CHROMIUM", "/usr/bin/chromium")

HOSTILE = """date 2025-09-10
<script>window.__pwned = 1; alert("script ran")</script>
Police killed <b>three</b> protesters in Kathmandu on Tuesday, the <img src=x onerror="window.__pwned=2;alert(2)"> rights group said.
At least 12 people were injured, according to <a href="javascript:window.__pwned=3">doctors</a> at <iframe src="javascript:alert(4)"></iframe> Bir Hospital.
"<svg onload=alert(5)>Stop</svg>" shouted protesters, while police said <style>body{display:none}</style> 40 were arrested.
"""


def _missing() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed (CI installs it; see .ci/browser.sh)"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing: run .ci/browser.sh (apt-get install chromium) to run the browser tests"
    if not (HERE / "node_modules" / "playwright-core").is_dir():
        return "playwright-core is not installed: run .ci/browser.sh (npm ci in tests/web)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")

# A short report for Listen: a title and three sentences, read in about four seconds by espeak-ng
# at its fastest, so the test hears it through in real time.
SHORT = """date 2025-09-12
Police fired tear gas at marchers in Pokhara on Friday. At least 12 people were hurt, doctors said.
The city imposed a curfew."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(store_url, auth):
    yield from _serve(store_url, auth)


@pytest.fixture
def fast_voice_server(store_url, auth):
    """The app with espeak-ng at its fastest as the Listen voice."""
    from unrest.speech.voices import EspeakVoice

    yield from _serve(store_url, auth, narrator=EspeakVoice(words_per_minute=450))


def _serve(store_url, auth, **settings):
    import uvicorn

    from unrest.web import Settings, create_app

    app = create_app(Settings(db=store_url, api_token=auth["Authorization"].split()[1], **settings))
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_dashboard_in_chromium(server, auth, tmp_path):
    import httpx

    posted = httpx.post(f"{server}/api/articles", headers=auth, timeout=60, json={
        "text": HOSTILE, "title": "<svg onload=alert(6)>Hostile</svg> report", "outlet": "<i>Evil</i> Wire",
        "source_url": "javascript:alert(7)"})
    assert posted.status_code == 201, posted.text
    hostile_id = posted.json()["articles"][0]["id"]

    results = _run("e2e.mjs", {"BASE_URL": server, "HOSTILE_ID": hostile_id}, tmp_path)
    failed = {name: c["detail"] for name, c in results["checks"].items() if not c["ok"]}
    assert not results["problems"], results["problems"]
    assert not failed, failed
    assert len(results["checks"]) >= 20, sorted(results["checks"])


def _run(script: str, env: dict[str, str], tmp_path: Path) -> dict:
    shots = str(Path(os.environ.get("UNREST_SCREENSHOTS") or tmp_path).resolve())
    Path(shots).mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **env, "SCREENSHOTS": shots, "CHROMIUM": CHROMIUM}
    proc = subprocess.run(["node", str(HERE / script)], cwd=HERE, env=env, capture_output=True, text=True,
                          timeout=240, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(shutil.which("espeak-ng") is None,
                    reason="espeak-ng is not installed (the Listen test's voice; CI installs it: .ci/audio.sh)")
def test_listen_in_chromium(fast_voice_server, auth, tmp_path):
    import httpx

    posted = httpx.post(f"{fast_voice_server}/api/articles", headers=auth, timeout=60,
                        json={"text": SHORT, "title": "Curfew in Pokhara"})
    assert posted.status_code == 201, posted.text
    listen_id = posted.json()["articles"][0]["id"]
    reports = httpx.get(f"{fast_voice_server}/api/articles?country=NP&limit=10", timeout=30).json()["items"]
    sample = next(r["id"] for r in reports if r["id"] != listen_id and r["n_figures"])
    results = _run("listen.mjs", {"BASE_URL": fast_voice_server, "LISTEN_ID": listen_id, "SAMPLE_ID": sample},
                   tmp_path)
    failed = {name: c["detail"] for name, c in results["checks"].items() if not c["ok"]}
    assert not results["problems"], results["problems"]
    assert not failed, (failed, results["seen"])
    assert len(results["checks"]) >= 14, sorted(results["checks"])
