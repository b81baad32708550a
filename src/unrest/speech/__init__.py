"""Narration, offline: reports and briefings read aloud, with per-sentence timings.

    from unrest.speech import narrate

    n = narrate("Police said 2,200 people were detained. The U.N. called for calm.", format="mp3")
    n.audio          # bytes: an MP3 file (also "wav", "ogg")
    n.mime_type      # "audio/mpeg"
    n.duration       # seconds
    n.cues           # [Cue(index, start, end, text, spoken, char_start, char_end), ...] one per sentence
    n.vtt()          # the cues as WebVTT
    n.save("a.mp3")  # writes a.mp3 and a.vtt

``char_start``/``char_end`` index the text that was narrated, so a page showing that text can
highlight the sentence being read; :func:`split_sentences` gives the same sentences without audio.
For a stored article, :func:`article_text` gives the text to pass (title, then body). The voice is
piper with the packaged, hash-checked ``en_US-joe-medium`` voice, else espeak-ng
(:mod:`unrest.speech.voices`); the text is first made speakable (:func:`speakable`).
"""

from __future__ import annotations

from unrest.speech.narrate import FORMATS, Cue, Narration, encode, narrate, narrate_sentences, to_webvtt
from unrest.speech.sentences import Sentence, split_sentences
from unrest.speech.speakable import speakable
from unrest.speech.voices import SpeechError, get_voice

__all__ = ["FORMATS", "Cue", "Narration", "Sentence", "SpeechError", "article_text", "encode", "get_voice",
           "narrate", "narrate_sentences", "speakable", "split_sentences", "to_webvtt"]


def article_text(title: str | None, body: str) -> str:
    """What to narrate for an article: its title as the first line, then its text."""
    title = (title or "").strip()
    return f"{title}\n\n{body.strip()}" if title else body.strip()
