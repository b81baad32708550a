"""Listening: reports and briefings read aloud, and the sentence being read (routes under ``/api``).

    GET /api/articles/{id}/cues?format=mp3    the sentences with their times in the audio (JSON, or
                                              WebVTT with ``as=vtt``) and the audio's address
    GET /api/articles/{id}/audio?format=mp3   the audio (mp3, ogg or wav; byte ranges, so a player seeks)
    GET /api/briefing?country=..&since=..     a briefing: its title and the script that is read aloud
    GET /api/briefing/cues, /api/briefing/audio   the same two for the briefing of a filter
    GET /api/briefing/{md|html|pdf}           the written briefing

A report is read as :func:`unrest.speech.article_text` gives it (its title, a blank line, its
text). Each cue says which ``part`` it is in (``title`` or ``text`` for a report: ``text`` is
``record.article.text`` as ``/api/articles/{id}`` gives it; ``script`` for a briefing) and its
``char_start``/``char_end`` in that part, so the page that shows the part highlights the sentence
whose ``start <= audio.currentTime < next cue's start``.

Narration is slow (the neural voice reads about ten times faster than real time; a long report
takes seconds), so :class:`Narrator` makes each one once, on a pool of its own threads (the event
loop is never blocked and the shared thread pool is never filled with waiting readers), and keeps
it in memory, least recently used first out, bounded in bytes: the key is the text's SHA-256, the
voice and the audio format, so a second click, the audio request that follows the cues request, or
two people listening at once all share one synthesis.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from unrest.store.schema import articles
from unrest.web.api import ERRORS, ISO2, PROVINCE, FastJSON
from unrest.web.errors import ApiError

router = APIRouter(prefix="/api", responses=ERRORS)

MIME = {"mp3": "audio/mpeg", "ogg": "audio/ogg", "wav": "audio/wav"}


class AudioFormat(str, Enum):
    mp3 = "mp3"
    ogg = "ogg"
    wav = "wav"


class CueFormat(str, Enum):
    json = "json"
    vtt = "vtt"


FORMAT = Query(description="Audio format: mp3 (default), ogg (Vorbis) or wav.")
AS = Query(alias="as", description="json (default): the cues as JSON; vtt: as WebVTT.")


@dataclass(frozen=True)
class Spoken:
    """One narration as the server keeps it."""

    key: str  # text SHA-256 (first 32 hex digits) . voice . format
    audio: bytes
    format: str
    duration: float
    voice: str
    cues: tuple[dict[str, Any], ...]  # Cue.as_dict(): index, start, end, text, char_start, char_end
    vtt: str
    etag: str  # of the audio itself: a voice need not read the same text the same way twice


class Narrator:
    """Narrations made once per text, voice and format, on ``workers`` threads of its own, and kept
    (least recently used first out) while they fit in ``max_bytes``."""

    def __init__(self, voice: str = "auto", *, engine: Any = None, max_bytes: int = 200_000_000,
                 max_chars: int = 60_000, workers: int = 2) -> None:
        self.voice_setting = voice
        self.max_bytes = max_bytes
        self.max_chars = max_chars
        self._engine = engine  # a voice object (tests), else loaded on first use
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="unrest-narrate")
        self._lock = threading.Lock()
        self._done: OrderedDict[str, Spoken] = OrderedDict()
        self._pending: dict[str, Future[Spoken]] = {}
        self._bytes = 0
        self.made = 0  # syntheses run (the tests count them)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _voice(self) -> Any:
        if self._engine is None:
            from unrest.speech import get_voice

            self._engine = get_voice(self.voice_setting)
        return self._engine

    async def voice(self) -> Any:
        if self._engine is not None:
            return self._engine
        return await asyncio.wrap_future(self._pool.submit(self._voice))

    async def narrate(self, text: str, fmt: str) -> Spoken:
        """The narration of ``text`` as ``fmt`` (mp3, ogg, wav): from memory, from a synthesis
        already under way for the same key, or made now in the narrator's threads."""
        if len(text) > self.max_chars:
            raise ApiError(422, f"the text has {len(text):,} characters; the server reads at most "
                                f"{self.max_chars:,} aloud (UNREST_MAX_NARRATION_CHARS)", code="too_long")
        if not text.strip():
            raise ApiError(422, "there is no text to read aloud", code="nothing_to_read")
        voice = await self.voice()
        key = f"{hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]}.{voice.name}.{fmt}"
        with self._lock:
            hit = self._done.get(key)
            if hit is not None:
                self._done.move_to_end(key)
                return hit
            fut = self._pending.get(key)
            if fut is None:
                fut = self._pool.submit(self._make, key, text, fmt, voice)
                self._pending[key] = fut
        # shielded: a listener who goes away does not cancel the synthesis that others may wait on
        return await asyncio.shield(asyncio.wrap_future(fut))

    def _make(self, key: str, text: str, fmt: str, voice: Any) -> Spoken:
        from unrest.speech import narrate

        try:
            n = narrate(text, format=fmt, voice=voice)
        except BaseException:
            with self._lock:
                self._pending.pop(key, None)
            raise
        spoken = Spoken(key, n.audio, fmt, round(n.duration, 3), n.voice, tuple(c.as_dict() for c in n.cues),
                        n.vtt(), f'"{hashlib.sha256(n.audio).hexdigest()[:24]}"')
        with self._lock:
            self._pending.pop(key, None)
            self.made += 1
            if len(spoken.audio) <= self.max_bytes:
                self._done[key] = spoken
                self._bytes += len(spoken.audio)
                while self._bytes > self.max_bytes and self._done:
                    _, old = self._done.popitem(last=False)
                    self._bytes -= len(old.audio)
        return spoken


def get_narrator(request: Request) -> Narrator:
    narrator: Narrator = request.app.state.narrator
    return narrator


Narr = Annotated[Narrator, Depends(get_narrator)]


# -- answers ---------------------------------------------------------------------------------------

def cues_answer(spoken: Spoken, as_: CueFormat, audio_url: str, cues: list[dict[str, Any]],
                **extra: Any) -> Response:
    if as_ is CueFormat.vtt:
        return Response(spoken.vtt, media_type="text/vtt; charset=utf-8")
    return FastJSON({"ok": True, **extra, "voice": spoken.voice, "format": spoken.format,
                     "duration": spoken.duration, "audio": audio_url, "cues": cues})


_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$")


def audio_answer(request: Request, spoken: Spoken, filename: str) -> Response:
    """The audio, whole or the one byte range asked for (what a player needs to seek); several
    ranges, or a malformed one, get the whole file, as HTTP allows."""
    data = spoken.audio
    size = len(data)
    headers = {"Accept-Ranges": "bytes", "ETag": spoken.etag, "Cache-Control": "no-cache",
               "Content-Disposition": f'inline; filename="{filename}.{spoken.format}"'}
    if request.headers.get("if-none-match") == spoken.etag:
        return Response(status_code=304, headers=headers)
    wanted = request.headers.get("range")
    if_range = request.headers.get("if-range")
    m = _RANGE.match(wanted) if wanted and (if_range is None or if_range == spoken.etag) else None
    if m and (m.group(1) or m.group(2)):
        if m.group(1):
            start = int(m.group(1))
            end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
        else:  # the last N bytes
            start, end = max(0, size - int(m.group(2))), size - 1
        if start >= size or end < start:
            raise ApiError(416, f"the audio has {size:,} bytes; range {wanted!r} is outside it", code="bad_range",
                           headers={"Content-Range": f"bytes */{size}"})
        return Response(data[start:end + 1], status_code=206, media_type=MIME[spoken.format],
                        headers={**headers, "Content-Range": f"bytes {start}-{end}/{size}"})
    return Response(data, media_type=MIME[spoken.format], headers=headers)


# -- reports ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ArticleText:
    narrated: str  # what is read: the title, a blank line, the text
    title: str
    body_at: int  # where record.article.text starts in `narrated`, less its leading blanks
    lead: int  # blanks at the start of record.article.text (not read)


def _article_text(request: Request, article_id: str) -> ArticleText:
    from unrest.speech import article_text

    with request.app.state.store.engine.connect() as conn:
        row = conn.execute(select(articles.c.title, articles.c.record).where(articles.c.id == article_id)).first()
    if row is None:
        raise ApiError(404, f"no article {article_id}")
    art = (json.loads(row.record) if row.record else {}).get("article") or {}
    body = art.get("text") or ""
    title = art.get("title") or row.title or ""
    narrated = article_text(title, body)
    return ArticleText(narrated, title, len(narrated) - len(body.strip()), len(body) - len(body.lstrip()))


def article_cues(at: ArticleText, spoken: Spoken) -> list[dict[str, Any]]:
    """The cues with their offsets in the part of the page that shows them: the title, or the text."""
    out = []
    for c in spoken.cues:
        if c["char_start"] >= at.body_at:
            shift, part = at.lead - at.body_at, "text"
        else:
            shift, part = len(at.title) - len(at.title.lstrip()), "title"
        out.append({**c, "part": part, "char_start": c["char_start"] + shift, "char_end": c["char_end"] + shift})
    return out


ArticleId = Annotated[str, Path(max_length=64)]


@router.get("/articles/{article_id}/cues", summary="A report read aloud: its sentences, timed")
async def get_article_cues(request: Request, narrator: Narr, article_id: ArticleId,
                           format: Annotated[AudioFormat, FORMAT] = AudioFormat.mp3,
                           as_: Annotated[CueFormat, AS] = CueFormat.json) -> Response:
    """Reads the report aloud (its title, then its text; made once and kept) and answers one cue per
    sentence: ``index``, ``start`` and ``end`` in seconds, ``text``, ``part`` (``title``, or ``text``:
    ``record.article.text``) and ``char_start``/``char_end`` in that part; ``audio`` is the address
    of the audio these times belong to. ``as=vtt``: the cues as WebVTT."""
    at = await run_in_threadpool(_article_text, request, article_id)
    spoken = await narrator.narrate(at.narrated, format.value)
    url = f"/api/articles/{article_id}/audio?format={format.value}"
    return cues_answer(spoken, as_, url, article_cues(at, spoken), id=article_id)


@router.get("/articles/{article_id}/audio", summary="A report read aloud: the audio",
            responses={200: {"content": {m: {} for m in MIME.values()}}, 206: {"description": "A byte range"}})
async def get_article_audio(request: Request, narrator: Narr, article_id: ArticleId,
                            format: Annotated[AudioFormat, FORMAT] = AudioFormat.mp3) -> Response:
    """The report read aloud by the server's voice (piper, else espeak-ng). Byte ranges are served,
    so a player can seek; the same narration as ``/cues``."""
    at = await run_in_threadpool(_article_text, request, article_id)
    spoken = await narrator.narrate(at.narrated, format.value)
    return audio_answer(request, spoken, f"report-{article_id[:16]}")


# -- briefings -------------------------------------------------------------------------------------

def brief_filter(
    country: Annotated[str | None, Query(pattern=ISO2, description="ISO 3166-1 alpha-2 code, e.g. KE.")] = None,
    province: Annotated[str | None, Query(pattern=PROVINCE, description="ISO 3166-2 code, e.g. KE-30.")] = None,
    since: Annotated[date | None, Query(description="Incidents on or after this day.")] = None,
    until: Annotated[date | None, Query(description="Incidents on or before this day.")] = None,
) -> Any:
    from unrest.brief import BriefFilter

    if since and until and since > until:
        raise ApiError(422, "since is after until", errors=[{"loc": ["query", "since"], "msg": "after until"}])
    return BriefFilter(country=country.upper() if country else None, province=province.upper() if province else None,
                       since=since.isoformat() if since else None, until=until.isoformat() if until else None)


BFilter = Annotated[Any, Depends(brief_filter)]


class Briefings:
    """The briefing of each filter, made once per version of the store (a few are kept)."""

    def __init__(self, keep: int = 16) -> None:
        self.keep = keep
        self._lock = threading.Lock()
        self._made: OrderedDict[tuple[str, Any], Any] = OrderedDict()

    def get(self, request: Request, filt: Any) -> Any:
        from unrest.brief import make_briefing

        key = (filt.key(), request.app.state.version.current())
        with self._lock:
            if key in self._made:
                self._made.move_to_end(key)
                return self._made[key]
        briefing = make_briefing(request.app.state.store, filt)
        with self._lock:
            self._made[key] = briefing
            while len(self._made) > self.keep:
                self._made.popitem(last=False)
        return briefing


def _query(filt: Any, **extra: str) -> str:
    from urllib.parse import urlencode

    params = {k: v for k, v in (("country", filt.country), ("province", filt.province), ("since", filt.since),
                                ("until", filt.until)) if v}
    return urlencode({**params, **extra})


def _briefing_and_script(request: Request, filt: Any) -> tuple[Any, str]:
    from unrest.brief import briefing_script

    b = request.app.state.briefings.get(request, filt)
    return b, briefing_script(b)


@router.get("/briefing", summary="A situation briefing: its title and the script read aloud")
async def get_briefing(request: Request, filt: BFilter) -> FastJSON:
    """The briefing for the filter (``country``, ``province``, ``since``, ``until``): its title, period,
    counts, the ``script`` that ``/api/briefing/audio`` reads (one sentence a line), and the addresses
    of its audio, cues and written versions (Markdown, HTML, PDF)."""
    from unrest.brief.text import subtitle

    b, script = await run_in_threadpool(_briefing_and_script, request, filt)
    return FastJSON({
        "ok": True, "title": b.title, "subtitle": subtitle(b), "made_at": b.made_at, "first": b.first,
        "last": b.last, "n_incidents": b.n_incidents, "n_reports": b.n_reports,
        "filter": {"country": filt.country, "province": filt.province, "since": filt.since, "until": filt.until},
        "script": script,
        "cues": f"/api/briefing/cues?{_query(filt)}".rstrip("?"),
        "written": {fmt: f"/api/briefing/{fmt}?{_query(filt)}".rstrip("?") for fmt in ("html", "pdf", "md")},
    })


@router.get("/briefing/cues", summary="A briefing read aloud: its sentences, timed")
async def get_briefing_cues(request: Request, narrator: Narr, filt: BFilter,
                            format: Annotated[AudioFormat, FORMAT] = AudioFormat.mp3,
                            as_: Annotated[CueFormat, AS] = CueFormat.json) -> Response:
    """As ``/api/articles/{id}/cues``, for the briefing's script (``part`` is ``script``: the
    ``script`` of ``/api/briefing``)."""
    _, script = await run_in_threadpool(_briefing_and_script, request, filt)
    spoken = await narrator.narrate(script, format.value)
    cues = [{**c, "part": "script"} for c in spoken.cues]
    return cues_answer(spoken, as_, f"/api/briefing/audio?{_query(filt, format=format.value)}", cues)


@router.get("/briefing/audio", summary="A briefing read aloud: the audio",
            responses={200: {"content": {m: {} for m in MIME.values()}}, 206: {"description": "A byte range"}})
async def get_briefing_audio(request: Request, narrator: Narr, filt: BFilter,
                             format: Annotated[AudioFormat, FORMAT] = AudioFormat.mp3) -> Response:
    """The briefing's script read aloud (byte ranges served); the same narration as ``/cues``."""
    _, script = await run_in_threadpool(_briefing_and_script, request, filt)
    spoken = await narrator.narrate(script, format.value)
    return audio_answer(request, spoken, "briefing")


class WrittenFormat(str, Enum):
    html = "html"
    pdf = "pdf"
    md = "md"


# The written briefing is one self-contained page with its own inline style and pictures, and no script.
BRIEFING_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'none'")
_WRITTEN = {"html": "text/html; charset=utf-8", "pdf": "application/pdf", "md": "text/markdown; charset=utf-8"}


@router.get("/briefing/{fmt}", summary="The written briefing (HTML, PDF, Markdown)",
            responses={200: {"content": {m.split(";")[0]: {} for m in _WRITTEN.values()}}})
async def get_briefing_written(request: Request, filt: BFilter, fmt: WrittenFormat) -> Response:
    """The same briefing as ``unrest brief --format html|pdf|md``: headline figures with their
    sources, what changed, map and timeline (HTML and PDF), the table by province, notable events,
    and every number footnoted with its claims. PDF and Markdown come as downloads."""
    from unrest.brief import render_briefing

    def make() -> str | bytes:
        b = request.app.state.briefings.get(request, filt)
        return render_briefing(b, fmt.value, pictures=fmt is not WrittenFormat.md)

    body = await run_in_threadpool(make)
    headers = {}
    if fmt is WrittenFormat.html:
        headers["Content-Security-Policy"] = BRIEFING_CSP
    else:
        headers["Content-Disposition"] = f'attachment; filename="briefing.{fmt.value}"'
    return Response(body, media_type=_WRITTEN[fmt.value], headers=headers)
