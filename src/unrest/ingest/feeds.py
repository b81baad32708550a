"""RSS and Atom feeds → one :class:`Article` per entry (feedparser behind our interface).

Entries are numbered from 1 in the origin (``feeds/news.xml#3``) so a message points at the entry a
person would count to. A bad entry (no text, unparseable content) yields a :class:`ParseError` for
that entry and the others still come; a feed with no usable entries at all is one error.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Iterator
from typing import Any

import feedparser  # type: ignore[import-untyped]

from unrest.errors import InputError, ParseError
from unrest.ingest.clean import clean_field, clean_text
from unrest.ingest.html import html_to_text
from unrest.models import Article

logger = logging.getLogger(__name__)


def parse_feed(data: bytes, origin: str) -> Iterator[Article | InputError]:
    """Yield an :class:`Article` or a :class:`ParseError` for each entry of an RSS/Atom feed.

    :param data: the raw feed; feedparser reads its XML encoding declaration itself.
    :param origin: where it came from; entries get ``origin#N``.
    """
    # A file object, never a str: feedparser treats a str as a URL or path and would fetch or open it.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a usable feed ({_one_line(problem)})" if problem else "feed has no entries"
        yield ParseError(origin, reason)
        return
    if parsed.get("bozo"):
        # feedparser's lenient parser recovered what it could; say so but keep the entries
        logger.warning("%s: malformed feed, read leniently: %s", origin, _one_line(parsed.get("bozo_exception")))
    feed = parsed.get("feed", {})
    outlet = clean_field(feed.get("title"))
    language = _language(feed.get("language"))
    for number, entry in enumerate(entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield _entry_article(entry, entry_origin, outlet=outlet, language=language)
        except ParseError as exc:
            yield exc
        except (ValueError, TypeError) as exc:  # a field of an unexpected shape in a broken entry
            error = ParseError(entry_origin, f"unreadable feed entry ({type(exc).__name__}: {_one_line(exc)})")
            error.__cause__ = exc
            yield error


def _entry_article(entry: Any, origin: str, *, outlet: str | None, language: str) -> Article:
    body = _entry_body(entry)
    text = clean_text(html_to_text(body)) if body else ""
    if not text:
        raise ParseError(origin, "feed entry has no text (no content or summary)")
    return Article(
        text=text,
        title=clean_field(_plain(entry.get("title"))),
        published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
        outlet=outlet,
        url=entry.get("link") or None,
        language=_language(_entry_language(entry)) if _entry_language(entry) else language,
        origin=origin,
    )


def _entry_body(entry: Any) -> str:
    """The fullest text an entry carries: its ``content`` if any, else its summary."""
    contents = [c.get("value", "") for c in entry.get("content") or [] if c.get("value", "").strip()]
    if contents:
        return str(max(contents, key=len))  # Atom entries may carry a text and an HTML version
    return str(entry.get("summary") or "")


def _entry_language(entry: Any) -> str | None:
    detail = entry.get("summary_detail") or {}
    value = detail.get("language")
    return str(value) if value else None


def _plain(value: str | None) -> str | None:
    return html_to_text(value) if value else None


def _date(parsed: time.struct_time | None) -> str | None:
    """feedparser normalises every date format it knows to a UTC struct_time."""
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%d", parsed)
    except (TypeError, ValueError):
        return None


def _language(value: str | None) -> str:
    """A bare language code ("en-us" → "en"); English when the feed does not say."""
    if not value:
        return "en"
    return value.split("-")[0].split("_")[0].strip().lower() or "en"


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
