"""Plain-text reports: an optional ``date YYYY-MM-DD`` header line, then the body.

The header is how our scraped reports carry their publication date, e.g.
``" date 2026-01-08 NEW You can now listen to ..."``: leading whitespace and anything after the date
are allowed, and the whole line (junk included) is dropped from the text.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from unrest.errors import ParseError
from unrest.ingest.clean import clean_text
from unrest.ingest.dateline import find_dateline
from unrest.models import Article
from unrest.nlp.dates import MONTH_NUMBERS

logger = logging.getLogger(__name__)

_HEADER = re.compile(r"^[^\S\n]*date[^\S\n]+(\d{4}-\d{2}-\d{2})\b[^\n]*(?:\n|$)", re.IGNORECASE)


def split_date_header(text: str) -> tuple[str | None, str]:
    """Return ``(published, rest)``; ``published`` is ``None`` when there is no valid header.

    A header with an impossible date (``2026-13-45``) is still a header: it is dropped from the
    text but sets no date, and a warning is logged, so one typo does not lose the article.
    """
    match = _HEADER.match(text.lstrip("\ufeff"))
    if not match:
        return None, text
    rest = text.lstrip("\ufeff")[match.end() :]
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat(), rest
    except ValueError:
        logger.warning("ignoring invalid date %r in the header line", match.group(1))
        return None, rest


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# a line that only says when the story is from: "This story is from March 10, 2002",
# "Published: 4 March 2024", "Updated on Jan. 5, 2023", or the bare date alone
_DATELINE = re.compile(
    r"^[^\S\n]*(?:(?:this story is from|published(?: on)?|first published(?: on)?|posted(?: on)?|updated(?: on)?)"
    r"[^\S\n]*:?[^\S\n]*)?"
    rf"(?:(?P<m1>{_MONTHS})\.?[^\S\n]+(?P<d1>\d{{1,2}}),?[^\S\n]+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[^\S\n]+(?P<m2>{_MONTHS})\.?,?[^\S\n]+(?P<y2>\d{{4}}))"
    r"[^\S\n]*(?:\n|$)",
    re.IGNORECASE,
)


def split_dateline(text: str) -> tuple[str | None, str]:
    """A first line that only gives the story's date sets ``published`` and is dropped."""
    stripped = text.lstrip()
    match = _DATELINE.match(stripped)
    if not match:
        return None, text
    month = (match.group("m1") or match.group("m2")).lower()[:3]
    day = int(match.group("d1") or match.group("d2"))
    year = int(match.group("y1") or match.group("y2"))
    try:
        return dt.date(year, MONTH_NUMBERS[month], day).isoformat(), stripped[match.end():]
    except ValueError:
        return None, text


def split_headline(text: str) -> tuple[str | None, str]:
    """A short first line with no closing punctuation, before the body, is the headline."""
    first, sep, rest = text.strip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > 160 or len(first.split()) > 24:
        return None, text
    if first[-1] in ".!?:;,\"”’'-—–" or first.count(".") > 1:
        return None, text
    return first, rest


# "By Jane Doe | The Meridian Post", "By staff — Andes Ledger", "The Continental Post live desk"
_BYLINE_OUTLET = re.compile(
    r"^(?:by\s+[^|·—–\n]{1,60}?\s*[|·—–]\s*(?P<a>[A-Z][^|·\n]{1,60}?)"
    r"|(?P<b>[A-Z][\w'’&.() -]{1,60}?)\s+(?:live |news |foreign |world |metro |national )?desk)\s*$",
    re.IGNORECASE,
)

_STAFF_WORDS = re.compile(r"\b(?:desk|bureau|newsroom|correspondents?|staff|reporters?|team|editors?)\b", re.IGNORECASE)


def _outlet_of_pipe_line(line: str) -> str | None:
    """'Radio Altiplano | El Alto desk' -> Radio Altiplano; 'Meridian Wire | The Pacific Herald' -> the
    publisher, the last part, unless it names staff."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 2 or not all(parts) or len(line.split()) > 12 or line.rstrip().endswith((".", "?", "!")):
        return None
    first, last = parts
    if _STAFF_WORDS.search(last) and not _STAFF_WORDS.search(first):
        return first
    if not _STAFF_WORDS.search(last) and last[0].isupper():
        return last
    return None


def split_byline(text: str) -> tuple[str | None, str]:
    """The outlet a byline or desk line names; the line itself is not the report."""
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > 3:
            break
        match = _BYLINE_OUTLET.match(line.strip())
        outlet = (match.group("a") or match.group("b")).strip(" .") if match else _outlet_of_pipe_line(line)
        if outlet:
            return outlet, "\n".join(lines[:i] + lines[i + 1:])
    return None, text


def parse_text(text: str, origin: str) -> Article:
    """Build an :class:`Article` from decoded plain text; ``origin`` names it in errors."""
    published, body = split_date_header(text)
    if published is None:
        published, body = split_dateline(body)
    outlet, body = split_byline(body)
    cleaned = clean_text(body)
    title, cleaned = split_headline(cleaned)  # after cleaning, so a banner or byline is never the title
    cleaned = cleaned.strip()
    # a wire dateline ("NAIROBI, June 25, 2025 (Meridian Wire) —") gives the outlet and date the text did not
    dateline = find_dateline(cleaned)
    if dateline is not None:
        outlet = outlet or dateline.credit
        published = published or dateline.date
    if not cleaned:
        reason = "no text after the date header" if published else "no article text (blank or boilerplate only)"
        raise ParseError(origin, reason)
    return Article(text=cleaned, published=published, title=title, outlet=outlet, origin=origin)
