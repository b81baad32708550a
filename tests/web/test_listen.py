"""Listen, server side: the cues and the audio of a report or a briefing, the narration made once
and kept, byte ranges, and the errors in the one envelope. A fake voice (a tone as long as the
sentence) stands in for piper and espeak-ng, so these run anywhere and fast; the browser test
(test_browser.py) hears a real voice."""

from __future__ import annotations

import asyncio
import threading
import time

import numpy as np
import pytest

from unrest.speech.voices import SpeechError
from unrest.web.listen import Narrator

SHAPE = {"ok", "status", "error", "message", "errors"}


class ToneVoice:
    """A voice that 'reads' 40 samples of tone per character, counting the sentences it is given."""

    name = "tone"
    sample_rate = 8000

    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        self.delay = delay
        self.fail = fail
        self.calls = 0
        self._lock = threading.Lock()

    def synthesize(self, text: str) -> np.ndarray:
        with self._lock:
            self.calls += 1
        if self.fail:
            raise SpeechError("the voice is broken")
        time.sleep(self.delay)
        n = 40 * len(text)
        return (3000 * np.sin(np.arange(n) / 3)).astype(np.int16)


@pytest.fixture
def voice():
    return ToneVoice()


@pytest.fixture
def tone(make_client, voice):
    return make_client(narrator=voice)


@pytest.fixture(scope="module")
def article(client):
    """A sample report with a title, as the dashboard reads it."""
    items = client.get("/api/articles?country=NP&limit=5").json()["items"]
    art = client.get(f"/api/articles/{items[0]['id']}").json()
    assert art["record"]["article"]["title"]
    return art


def envelope(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == SHAPE and body["ok"] is False and body["status"] == status and body["error"] == code, body
    return body


def test_cues_point_into_the_text_the_page_shows(tone, article):
    r = tone.get(f"/api/articles/{article['id']}/cues?format=wav")
    assert r.status_code == 200, r.text
    body = r.json()
    cues = body["cues"]
    text = article["record"]["article"]["text"]
    title = article["record"]["article"]["title"].strip()
    assert body["voice"] == "tone" and body["format"] == "wav" and body["audio"].endswith("/audio?format=wav")
    assert cues[0]["part"] == "title" and cues[0]["text"] == title[cues[0]["char_start"]:cues[0]["char_end"]]
    body_cues = [c for c in cues if c["part"] == "text"]
    assert len(body_cues) >= 5
    for c in body_cues:
        assert text[c["char_start"]:c["char_end"]] == c["text"], c
    starts = [c["start"] for c in cues]
    assert starts == sorted(starts) and all(c["start"] < c["end"] <= body["duration"] for c in cues)
    assert [c["index"] for c in cues] == list(range(len(cues)))


def test_the_audio_is_the_narration_of_the_cues(tone, article):
    cues = tone.get(f"/api/articles/{article['id']}/cues?format=wav").json()
    r = tone.get(cues["audio"])
    assert "x-cache" not in r.headers and "x-cache" not in tone.get(f"/api/articles/{article['id']}/cues").headers
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.content[:4] == b"RIFF" and r.headers["accept-ranges"] == "bytes"
    samples = (len(r.content) - 44) // 2
    assert abs(samples / 8000 - cues["duration"]) < 0.01


@pytest.mark.parametrize("fmt, mime", [("mp3", "audio/mpeg"), ("ogg", "audio/ogg")])
def test_compressed_formats(tone, article, fmt, mime):
    r = tone.get(f"/api/articles/{article['id']}/audio?format={fmt}")
    assert r.status_code == 200 and r.headers["content-type"] == mime
    if fmt == "mp3":  # an ID3 tag or an MPEG frame's sync bits
        assert r.content.startswith(b"ID3") or (r.content[0] == 0xFF and r.content[1] & 0xE0 == 0xE0)
    else:
        assert r.content.startswith(b"OggS")


def test_narrated_once_however_often_asked(tone, voice, article):
    path = f"/api/articles/{article['id']}"
    n = len(tone.get(f"{path}/cues?format=wav").json()["cues"])
    for _ in range(3):
        assert tone.get(f"{path}/cues?format=wav").status_code == 200
        assert tone.get(f"{path}/audio?format=wav").status_code == 200
    assert tone.app.state.narrator.made == 1 and voice.calls == n
    tone.get(f"{path}/audio?format=ogg")
    assert tone.app.state.narrator.made == 2  # the key is text, voice and format


def test_two_listeners_share_one_synthesis_and_the_loop_runs_meanwhile():
    voice = ToneVoice(delay=0.05)
    narrator = Narrator(engine=voice)
    text = "One sentence here. Another one there. And a third."

    async def main() -> tuple[list, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.005)
                ticks += 1

        t = asyncio.create_task(ticker())
        got = await asyncio.gather(narrator.narrate(text, "wav"), narrator.narrate(text, "wav"))
        t.cancel()
        return got, ticks

    try:
        (a, b), ticks = asyncio.run(main())
    finally:
        narrator.close()
    assert a is b and narrator.made == 1 and voice.calls == 3
    assert ticks >= 10  # the event loop kept running during the ~0.1 s of synthesis


def test_least_recently_used_narration_goes_first():
    narrator = Narrator(engine=ToneVoice(), max_bytes=20_000)  # one of these narrations fits, not two
    try:
        first = asyncio.run(narrator.narrate("The first text to read.", "wav"))
        asyncio.run(narrator.narrate("A second text, to push the first one out of memory.", "wav"))
        assert len(first.audio) < 20_000 and narrator.made == 2
        asyncio.run(narrator.narrate("The first text to read.", "wav"))
        assert narrator.made == 3
    finally:
        narrator.close()


def test_byte_ranges(tone, article):
    url = f"/api/articles/{article['id']}/audio?format=wav"
    whole = tone.get(url)
    size = len(whole.content)
    part = tone.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == whole.content[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{size}"
    tail = tone.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == whole.content[-10:]
    rest = tone.get(url, headers={"Range": f"bytes={size - 5}-"})
    assert rest.status_code == 206 and rest.content == whole.content[-5:]
    several = tone.get(url, headers={"Range": "bytes=0-1,5-6"})
    assert several.status_code == 200 and several.content == whole.content
    outside = tone.get(url, headers={"Range": f"bytes={size}-"})
    envelope(outside, 416, "bad_range")
    assert outside.headers["content-range"] == f"bytes */{size}"
    assert tone.get(url, headers={"If-None-Match": whole.headers["etag"]}).status_code == 304


def test_cues_as_webvtt(tone, article):
    r = tone.get(f"/api/articles/{article['id']}/cues?format=wav&as=vtt")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/vtt")
    assert r.text.startswith("WEBVTT\n\n1\n00:00:00.000 --> ")


def test_errors_have_the_envelope(make_client, tone, article):
    envelope(tone.get("/api/articles/0000000000000000/cues"), 404, "not_found")
    envelope(tone.get("/api/articles/0000000000000000/audio"), 404, "not_found")
    envelope(tone.get(f"/api/articles/{article['id']}/audio?format=flac"), 422, "invalid_request")
    envelope(tone.get(f"/api/articles/{article['id']}/cues?as=srt"), 422, "invalid_request")
    short = make_client(narrator=ToneVoice(), max_narration_chars=100)
    body = envelope(short.get(f"/api/articles/{article['id']}/cues"), 422, "too_long")
    assert "UNREST_MAX_NARRATION_CHARS" in body["message"]
    broken = make_client(narrator=ToneVoice(fail=True))
    envelope(broken.get(f"/api/articles/{article['id']}/cues?format=wav"), 503, "speech_unavailable")
    envelope(tone.get("/api/briefing?country=Nepal"), 422, "invalid_request")
    envelope(tone.get("/api/briefing/cues?since=2025-09-10&until=2025-09-01"), 422, "invalid_request")
    envelope(tone.get("/api/briefing/docx"), 422, "invalid_request")


def test_briefing_script_and_its_cues(tone):
    b = tone.get("/api/briefing?country=np").json()
    assert b["ok"] and "Nepal" in b["title"] and b["filter"]["country"] == "NP" and b["n_incidents"] > 0
    script = b["script"]
    assert script.startswith(b["title"]) and tone.get("/api/briefing?country=NP").json()["script"] == script
    cues = tone.get(b["cues"] + "&format=wav").json()
    assert cues["audio"] == "/api/briefing/audio?country=NP&format=wav"
    assert len(cues["cues"]) >= len(script.strip().splitlines())
    for c in cues["cues"]:
        assert c["part"] == "script" and script[c["char_start"]:c["char_end"]] == c["text"]
    audio = tone.get(cues["audio"])
    assert audio.status_code == 200 and audio.content[:4] == b"RIFF"
    assert tone.app.state.narrator.made == 1


def test_written_briefing(tone):
    html = tone.get("/api/briefing/html?country=NP")
    assert html.status_code == 200 and html.text.startswith("<!doctype html>") and "Nepal" in html.text
    csp = html.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script" not in csp and "frame-ancestors 'none'" in csp
    md = tone.get("/api/briefing/md?country=NP")
    assert md.status_code == 200 and md.text.startswith("# ") and "attachment" in md.headers["content-disposition"]
    pdf = tone.get("/api/briefing/pdf?country=NP")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF") and pdf.headers["content-type"] == "application/pdf"


def test_voice_setting():
    from unrest.errors import ConfigError
    from unrest.web import Settings

    s = Settings.from_env({"UNREST_VOICE": "espeak", "UNREST_AUDIO_CACHE_BYTES": "1000",
                           "UNREST_MAX_NARRATION_CHARS": "20"})
    assert (s.voice, s.audio_cache_bytes, s.max_narration_chars) == ("espeak", 1000, 20)
    with pytest.raises(ConfigError):
        Settings.from_env({"UNREST_VOICE": "robot"})
