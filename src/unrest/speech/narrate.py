"""Narration: text in, audio bytes and per-sentence timings out.

The text is split into sentences (:mod:`unrest.speech.sentences`); each is made speakable
(:mod:`unrest.speech.speakable`) and read by the voice on its own, so its start and end in the audio
are known exactly, not estimated. Sentences are joined with a short pause (longer between
paragraphs) and encoded as WAV, Ogg Vorbis or MP3.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from unrest.speech.sentences import Sentence, split_sentences
from unrest.speech.speakable import speakable
from unrest.speech.voices import SpeechError, Voice, get_voice

FORMATS = {"wav": "audio/wav", "ogg": "audio/ogg", "mp3": "audio/mpeg"}
SENTENCE_PAUSE = 0.30  # seconds of silence after a sentence
PARAGRAPH_PAUSE = 0.70  # ... and after the last sentence of a paragraph or a line


@dataclass(frozen=True)
class Cue:
    """One sentence in the audio: when it is read and where it is in the text."""

    index: int  # 0-based, in reading order
    start: float  # seconds
    end: float
    text: str  # the sentence as written (what a page highlights)
    spoken: str  # what the voice was given
    char_start: int  # offsets into the narrated text
    char_end: int

    def as_dict(self) -> dict[str, object]:
        return {"index": self.index, "start": round(self.start, 3), "end": round(self.end, 3), "text": self.text,
                "char_start": self.char_start, "char_end": self.char_end}


@dataclass
class Narration:
    """Audio and the timings of its sentences."""

    audio: bytes
    format: str  # wav | ogg | mp3
    sample_rate: int
    duration: float  # seconds
    voice: str  # piper | espeak
    cues: list[Cue] = field(default_factory=list)
    synthesis_seconds: float = 0.0  # wall time spent in the voice

    @property
    def mime_type(self) -> str:
        return FORMATS[self.format]

    @property
    def real_time_factor(self) -> float:
        return self.synthesis_seconds / self.duration if self.duration else 0.0

    def vtt(self) -> str:
        """The cues as WebVTT, one cue per sentence, the sentence as written."""
        return to_webvtt(self.cues)

    def save(self, path: str | Path) -> tuple[Path, Path]:
        """Write the audio to ``path`` and its WebVTT beside it (same name, ``.vtt``)."""
        path = Path(path)
        path.write_bytes(self.audio)
        vtt = path.with_suffix(".vtt")
        vtt.write_text(self.vtt(), encoding="utf-8")
        return path, vtt


def narrate(text: str, *, format: str = "wav", voice: str | Voice | None = None, workers: int = 2) -> Narration:
    """Read ``text`` aloud: audio bytes (``format``: wav, ogg or mp3) and one :class:`Cue` per sentence.

    ``voice`` is ``"auto"`` (default: piper with the packaged voice, else espeak-ng), ``"piper"``,
    ``"espeak"`` or a voice object. ``workers`` sentences are synthesised side by side.
    """
    return narrate_sentences(text, split_sentences(text), format=format, voice=voice, workers=workers)


def narrate_sentences(text: str, sentences: Sequence[Sentence], *, format: str = "wav",
                      voice: str | Voice | None = None, workers: int = 2) -> Narration:
    """Like :func:`narrate`, for sentences already split (their offsets index ``text``)."""
    import time

    if format not in FORMATS:
        raise SpeechError(f"unknown audio format {format!r}: choose one of {', '.join(FORMATS)}")
    engine = voice if voice is not None and not isinstance(voice, str) else get_voice(voice)
    spoken = [speakable(s.text) for s in sentences]
    started = time.perf_counter()
    if workers > 1 and len(spoken) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            audio = list(pool.map(engine.synthesize, spoken))
    else:
        audio = [engine.synthesize(s) for s in spoken]
    synthesis = time.perf_counter() - started
    rate = engine.sample_rate
    pieces: list[np.ndarray] = []
    cues: list[Cue] = []
    clock = 0
    for i, (sentence, words, samples) in enumerate(zip(sentences, spoken, audio)):
        samples = _trim(samples)
        cues.append(Cue(i, clock / rate, (clock + len(samples)) / rate, sentence.text, words,
                        sentence.start, sentence.end))
        last_on_line = i + 1 == len(sentences) or "\n" in text[sentence.end:sentences[i + 1].start]
        gap = np.zeros(int(rate * (PARAGRAPH_PAUSE if last_on_line else SENTENCE_PAUSE)), dtype=np.int16)
        pieces += [samples, gap]
        clock += len(samples) + len(gap)
    pcm = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int16)
    return Narration(encode(pcm, rate, format), format, rate, len(pcm) / rate, engine.name, cues, synthesis)


def _trim(samples: np.ndarray, threshold: int = 200) -> np.ndarray:
    """Leading and trailing silence cut (keeping 40 ms), so the pauses between sentences are ours."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > threshold)
    if not len(loud):
        return samples
    keep = 880  # 40 ms at 22,050 Hz
    return samples[max(0, loud[0] - keep):loud[-1] + keep]


def encode(pcm: np.ndarray, rate: int, format: str) -> bytes:
    """Mono 16-bit samples as a WAV, Ogg Vorbis or MP3 file."""
    buf = io.BytesIO()
    if format == "wav":
        with wave.open(buf, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(pcm.astype("<i2").tobytes())
        return buf.getvalue()
    try:
        import soundfile
    except ImportError as exc:
        raise SpeechError(f"{format} needs the soundfile package ({exc}); use wav") from exc
    subtype = {"ogg": "VORBIS", "mp3": "MPEG_LAYER_III"}[format]
    try:
        soundfile.write(buf, pcm, rate, format=format.upper() if format == "ogg" else "MP3", subtype=subtype)
    except (RuntimeError, TypeError, ValueError, soundfile.LibsndfileError) as exc:
        raise SpeechError(f"cannot encode {format}: {exc}") from exc
    return buf.getvalue()


def to_webvtt(cues: Sequence[Cue]) -> str:
    """WebVTT text: a header, then each cue's number, times and sentence."""
    lines = ["WEBVTT", ""]
    for cue in cues:
        lines += [str(cue.index + 1), f"{_timestamp(cue.start)} --> {_timestamp(cue.end)}",
                  cue.text.replace("-->", "->"), ""]
    return "\n".join(lines)


def _timestamp(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"
