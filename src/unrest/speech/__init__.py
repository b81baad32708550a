"""Narration, offline: reports and briefings read aloud, with per-sentence timings.

    from unrest.speech import narrate, stored_article_text

    n = narrate("Police said 2,200 people were detained. The U.N. called for calm.", format="mp3")
    n.audio          # bytes: an MP3 file (also "wav", "ogg")
    n.mime_type      # "audio/mpeg"
    n.duration       # seconds
    n.voice          # "piper" or "espeak" (the fallback)
    n.cues           # [Cue(index, start, end, text, spoken, char_start, char_end), ...] one per sentence
    [c.as_dict() for c in n.cues]   # JSON-ready: index, start, end, text, char_start, char_end
    n.vtt()          # the cues as WebVTT (a <track kind="metadata"> or captions)
    n.save("a.mp3")  # writes a.mp3 and a.vtt

    text = stored_article_text(store, "66cd2c90")   # a stored article: title, blank line, body
    # a briefing: text = unrest.brief.briefing_script(unrest.brief.make_briefing(store, filt))

``char_start``/``char_end`` index the text that was narrated, so a page showing that text can
highlight the sentence being read (``cue.start <= audio.currentTime < next cue's start``);
:func:`split_sentences` gives the same sentences, with the same offsets, without audio.
The voice is piper with the packaged, hash-checked ``en_US-joe-medium`` voice, else espeak-ng
(:mod:`unrest.speech.voices`); it is loaded once per process (about 1 s) and shared, and
:func:`narrate` may be called from several threads. The text is first made speakable
(:func:`speakable`). Errors are :class:`SpeechError` (no voice, bad format);
:func:`stored_article_text` raises ``LookupError`` for an unknown id.
"""

from __future__ import annotations

from unrest.speech.narrate import FORMATS, Cue, Narration, encode, narrate, narrate_sentences, to_webvtt
from unrest.speech.sentences import Sentence, split_sentences
from unrest.speech.speakable import speakable
from unrest.speech.voices import SpeechError, get_voice

__all__ = ["FORMATS", "Cue", "Narration", "Sentence", "SpeechError", "article_text", "encode", "get_voice",
           "narrate", "narrate_sentences", "speakable", "split_sentences", "stored_article_text", "to_webvtt"]


def article_text(title: str | None, body: str) -> str:
    """What to narrate for an article: its title as the first line, then its text."""
    title = (title or "").strip()
    return f"{title}\n\n{body.strip()}" if title else body.strip()


def stored_article_text(store, article_id: str) -> str:  # type: ignore[no-untyped-def]
    """What to narrate for an article in ``store`` (a :class:`unrest.store.Store`), found by its id
    or a unique prefix of it (6 characters at least). Raises ``LookupError`` when there is none."""
    from sqlalchemy import select

    from unrest.store.schema import articles

    key = article_id.strip().lower()
    if len(key) < 6 or any(ch not in "0123456789abcdef" for ch in key):
        raise LookupError(f"{article_id}: not an article id")
    with store.engine.connect() as conn:
        rows = conn.execute(select(articles.c.id, articles.c.title, articles.c.text)
                            .where(articles.c.id.like(key + "%")).limit(2)).all()
    if not rows:
        raise LookupError(f"{article_id}: no stored article with that id")
    if len(rows) > 1:
        raise LookupError(f"{article_id}: more than one stored article starts with this id")
    return article_text(rows[0].title, rows[0].text)
